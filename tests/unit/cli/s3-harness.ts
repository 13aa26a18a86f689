/**
 * `aws s3api` and `aws s3` over a real cloud's S3 engine, for the CLI tests. Until the lead registers
 * S3 in the driver (models/index.ts, driver.ts CUSTOM_COMMANDS / ARGUMENT_EDITS, cloud.ts SERVICES),
 * this harness stands in for those lines: it adds the s3api model and its argument edits through the
 * driver's exported tables, and dispatches `aws s3 <command>` the way runService does.
 */
import { ArgParser, type ArgSpec } from '../../../sandbox/cli/aws/argparse.ts';
import { RENAME_EDITS } from '../../../sandbox/cli/aws/customizations/argrename.ts';
import { S3_COMMANDS, S3API_ARGUMENT_EDITS, s3Model } from '../../../sandbox/cli/aws/customizations/s3/index.ts';
import { renderError } from '../../../sandbox/cli/aws/errors.ts';
import { GLOBAL_SPECS, readGlobals } from '../../../sandbox/cli/aws/globals.ts';
import { createAwsCommand, SERVICES } from '../../../sandbox/cli/aws/index.ts';
import { s3apiModel } from '../../../sandbox/cli/aws/models/s3api.ts';
import type { CommandContext } from '../../../sandbox/cli/aws/context.ts';
import { identityForAccessKey } from '../../../sandbox/cloud/accounts.ts';
import type { ServiceRequest } from '../../../sandbox/cloud/api.ts';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { s3Actions } from '../../../sandbox/cloud/s3/index.ts';
import { s3Cloud } from '../s3/helpers.ts';
import { CONFIG, CREDENTIALS, MemoryFs, shellWords } from './harness.ts';

const services = SERVICES as Record<string, unknown>;
if (!('s3api' in services)) services.s3api = s3apiModel;
if (!RENAME_EDITS.s3api) RENAME_EDITS.s3api = S3API_ARGUMENT_EDITS;

export interface S3Run {
  rc: number;
  stdout: string;
  stderr: string;
  requests: ServiceRequest[];
}

export interface S3Box {
  cloud: Cloud;
  fs: MemoryFs;
  requests: ServiceRequest[];
  run(line: string, options?: { stdin?: string; cwd?: string }): Promise<S3Run>;
  dispose(): void;
}

const CWD = '/home/learner/project';

export function s3Box(files: Record<string, string | Uint8Array> = {}): S3Box {
  const cloud = s3Cloud();
  const fs = new MemoryFs({ '/home/learner/.aws/config': CONFIG, '/home/learner/.aws/credentials': CREDENTIALS, ...files });
  fs.dirs.add(CWD);
  const box: S3Box = {
    cloud,
    fs,
    requests: [],
    dispose: () => cloud.dispose(),
    async run(line, options = {}) {
      const requests: ServiceRequest[] = [];
      const deps = {
        call: async (request: ServiceRequest) => {
          requests.push(request);
          box.requests.push(request);
          if (request.service !== 's3') throw new Error(`unexpected service ${request.service}`);
          const action = s3Actions[request.action];
          if (!action) throw new Error(`no S3 action ${request.action}`);
          return (await action({ cloud, identity: identityForAccessKey(request.accessKeyId), region: request.region ?? 'us-east-1' }, request.input)) as Record<string, unknown>;
        },
        now: () => cloud.clock.now(),
      };
      let stdout = '';
      let stderr = '';
      const cwd = options.cwd ?? CWD;
      const ctx: CommandContext = {
        argv: shellWords(line),
        cwd,
        home: '/home/learner',
        env: { HOME: '/home/learner' },
        fs,
        stdin: options.stdin ?? '',
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
        resolve: (path) => {
          const p = path.startsWith('~/') ? '/home/learner' + path.slice(1) : path;
          const abs = p.startsWith('/') ? p : `${cwd}/${p}`;
          const out: string[] = [];
          for (const part of abs.split('/')) {
            if (part === '' || part === '.') continue;
            if (part === '..') out.pop();
            else out.push(part);
          }
          return '/' + out.join('/');
        },
      };
      let rc: number;
      if (ctx.argv[1] === 's3') rc = await runS3(ctx, deps);
      else rc = await createAwsCommand(deps)(ctx);
      return { rc, stdout, stderr, requests };
    },
  };
  return box;
}

/** runAws + runService for the `s3` command, as the driver will once S3_COMMANDS is registered. */
async function runS3(ctx: CommandContext, deps: Parameters<typeof createAwsCommand>[0]): Promise<number> {
  try {
    const commandSpec: ArgSpec = { dest: 'command', optionStrings: [], choices: ['s3'] };
    const parsed = new ArgParser([...GLOBAL_SPECS, commandSpec]).parseKnownArgs(ctx.argv.slice(1));
    const globals = readGlobals(parsed.values);
    const sub = new ArgParser([{ dest: 'operation', optionStrings: [], choices: [...s3Model.commands, 'help'] }]).parseKnownArgs(parsed.extras);
    const command = S3_COMMANDS[sub.values.operation as string];
    if (!command) throw new Error(`aws s3 ${String(sub.values.operation)} is not offered`);
    return await command({ ctx, deps, globals }, sub.extras);
  } catch (error) {
    const { text, rc } = renderError(error);
    ctx.stderr(text);
    return rc;
  }
}
