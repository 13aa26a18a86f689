/**
 * The global options (awscli/data/cli.json in v2) and the values they resolve to. They are accepted
 * anywhere on the line because the top-level parser sees every argument first and passes on what it
 * does not know.
 */
import type { ArgSpec } from './argparse.ts';
import { OUTPUT_FORMATS, type OutputFormat } from './formatter.ts';

export const CLI_VERSION = 'aws-cli/2.27.50 Python/3.13.4 Linux/6.1.0 exe/x86_64.lambda-lab';

export interface GlobalOptionDoc {
  flag: string;
  type: string;
  doc: string;
}

/** In cli.json's order: argparse reports ambiguous prefixes in this order. */
export const GLOBAL_SPECS: readonly ArgSpec[] = [
  { dest: 'debug', optionStrings: ['--debug'], action: 'store_true' },
  { dest: 'endpoint_url', optionStrings: ['--endpoint-url'] },
  { dest: 'verify_ssl', optionStrings: ['--no-verify-ssl'], action: 'store_false' },
  { dest: 'paginate', optionStrings: ['--no-paginate'], action: 'store_false' },
  { dest: 'output', optionStrings: ['--output'], choices: OUTPUT_FORMATS },
  { dest: 'query', optionStrings: ['--query'] },
  { dest: 'profile', optionStrings: ['--profile'] },
  { dest: 'region', optionStrings: ['--region'] },
  { dest: 'version', optionStrings: ['--version'], action: 'version', version: CLI_VERSION },
  { dest: 'color', optionStrings: ['--color'], choices: ['on', 'off', 'auto'], default: 'auto' },
  { dest: 'sign_request', optionStrings: ['--no-sign-request'], action: 'store_false' },
  { dest: 'ca_bundle', optionStrings: ['--ca-bundle'] },
  { dest: 'read_timeout', optionStrings: ['--cli-read-timeout'], type: 'int' },
  { dest: 'connect_timeout', optionStrings: ['--cli-connect-timeout'], type: 'int' },
  { dest: 'cli_binary_format', optionStrings: ['--cli-binary-format'], choices: ['base64', 'raw-in-base64-out'] },
  { dest: 'no_cli_pager', optionStrings: ['--no-cli-pager'], action: 'store_true' },
  { dest: 'cli_auto_prompt', optionStrings: ['--cli-auto-prompt'], action: 'store_true' },
  { dest: 'no_cli_auto_prompt', optionStrings: ['--no-cli-auto-prompt'], action: 'store_true' },
];

/** For `aws help` and the GLOBAL OPTIONS section of every help page. */
export const GLOBAL_OPTION_DOCS: readonly GlobalOptionDoc[] = [
  { flag: '--debug', type: 'boolean', doc: 'Turn on debug logging (accepted; the sandbox prints no debug log).' },
  { flag: '--endpoint-url', type: 'string', doc: "Override the command's default URL with the given URL (accepted; the sandbox always answers)." },
  { flag: '--no-verify-ssl', type: 'boolean', doc: 'Do not verify SSL certificates (accepted, no effect).' },
  { flag: '--no-paginate', type: 'boolean', doc: 'Disable automatic pagination: make one call and print its raw page.' },
  { flag: '--output', type: 'string', doc: 'The formatting style for command output: json, text, table, yaml or yaml-stream.' },
  { flag: '--query', type: 'string', doc: 'A JMESPath query to use in filtering the response data.' },
  { flag: '--profile', type: 'string', doc: 'Use a specific profile from your credential file.' },
  { flag: '--region', type: 'string', doc: 'The region to use. Overrides config/env settings.' },
  { flag: '--version', type: 'string', doc: 'Display the version of this tool.' },
  { flag: '--color', type: 'string', doc: 'Turn on/off color output: on, off or auto.' },
  { flag: '--no-sign-request', type: 'boolean', doc: 'Do not sign requests; credentials are not loaded.' },
  { flag: '--ca-bundle', type: 'string', doc: 'The CA certificate bundle to use when verifying SSL certificates (accepted, no effect).' },
  { flag: '--cli-read-timeout', type: 'int', doc: 'The maximum socket read time in seconds (accepted, no effect).' },
  { flag: '--cli-connect-timeout', type: 'int', doc: 'The maximum socket connect time in seconds (accepted, no effect).' },
  { flag: '--cli-binary-format', type: 'string', doc: 'The formatting style for binary blobs: base64 (the default) or raw-in-base64-out.' },
  { flag: '--no-cli-pager', type: 'boolean', doc: 'Disable the cli pager for output (accepted; the sandbox has no pager).' },
  { flag: '--cli-auto-prompt', type: 'boolean', doc: 'Automatically prompt for CLI input parameters (accepted, no effect).' },
  { flag: '--no-cli-auto-prompt', type: 'boolean', doc: 'Disable automatically prompt for CLI input parameters.' },
];

export interface GlobalArgs {
  debug: boolean;
  endpointUrl: string | null;
  paginate: boolean;
  output: OutputFormat | null;
  query: string | null;
  profile: string | null;
  region: string | null;
  color: 'on' | 'off' | 'auto';
  signRequest: boolean;
  cliBinaryFormat: 'base64' | 'raw-in-base64-out' | null;
}

export function readGlobals(values: Record<string, unknown>): GlobalArgs {
  return {
    debug: values.debug === true,
    endpointUrl: (values.endpoint_url as string | null) ?? null,
    paginate: values.paginate !== false,
    output: (values.output as OutputFormat | null) ?? null,
    query: (values.query as string | null) ?? null,
    profile: (values.profile as string | null) ?? null,
    region: (values.region as string | null) ?? null,
    color: (values.color as GlobalArgs['color']) ?? 'auto',
    signRequest: values.sign_request !== false,
    cliBinaryFormat: (values.cli_binary_format as GlobalArgs['cliBinaryFormat']) ?? null,
  };
}
