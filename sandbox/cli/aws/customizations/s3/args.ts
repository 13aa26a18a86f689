/**
 * The arguments of the `aws s3` commands, as awscli/customizations/s3/subcommands.py declares them
 * (names, actions, choices, defaults and help), and the parsing every command shares: `help`,
 * `--exclude` / `--include` kept in the order given, unknown options refused as BasicCommand does.
 */
import { ArgParser, type ArgSpec } from '../../argparse.ts';
import { customArgument, type CliArgument } from '../../arguments.ts';
import type { CommandContext } from '../../context.ts';
import { ParamError, ParamValidationError } from '../../errors.ts';
import { operationHelp } from '../../help.ts';
import { loadParamfile, ResourceLoadingError } from '../../paramfile.ts';

type Flag = Parameters<typeof customArgument>[0];

const flag = (name: string, doc: string, spec: Partial<ArgSpec> = {}, typeName = 'string'): Flag => ({ name, doc, spec, typeName });
const boolFlag = (name: string, doc: string, dest?: string, action: 'store_true' | 'store_false' = 'store_true'): Flag => ({
  name,
  doc,
  typeName: 'boolean',
  spec: { action, default: action === 'store_false' ? true : false, ...(dest ? { dest } : {}) },
});

export const PATHS = (nargs: ArgSpec['nargs'], synopsis: string, extra: Partial<ArgSpec> = {}): Flag => ({
  name: 'paths',
  doc: synopsis,
  positional: true,
  spec: { nargs, ...extra },
});

export const RECURSIVE = boolFlag('recursive', 'Command is performed on all files or objects under the specified directory or prefix.', 'dir_op');
export const HUMAN_READABLE = boolFlag('human-readable', 'Displays file sizes in human readable format.');
export const SUMMARIZE = boolFlag('summarize', 'Displays summary information (number of objects, total size).');
export const DRYRUN = boolFlag('dryrun', 'Displays the operations that would be performed using the specified command without actually running them.');
export const QUIET = boolFlag('quiet', 'Does not display the operations performed from the specified command.');
export const FORCE = boolFlag('force', 'Deletes all objects in the bucket including the bucket itself. Note that versioned objects will not be deleted in this process which would cause the bucket deletion to fail because the bucket would not be empty. To delete versioned objects use the s3api delete-object command with the --version-id parameter.');
const FOLLOW_SYMLINKS: Flag = { ...boolFlag('follow-symlinks', 'Symbolic links are followed only when uploading to S3 from the local filesystem.', 'follow_symlinks'), spec: { action: 'store_true', dest: 'follow_symlinks', default: true } };
const NO_FOLLOW_SYMLINKS: Flag = { ...boolFlag('no-follow-symlinks', '', 'follow_symlinks', 'store_false'), documented: false };
const NO_GUESS_MIME_TYPE = boolFlag('no-guess-mime-type', 'Do not try to guess the mime type for uploaded files. By default the mime type of a file is guessed when it is uploaded.', 'guess_mime_type', 'store_false');
const CONTENT_TYPE = flag('content-type', 'Specify an explicit content type for this operation. This value overrides any guessed mime types.');
const INCLUDE = flag('include', "Don't exclude files or objects in the command that match the specified pattern.");
const EXCLUDE = flag('exclude', 'Exclude all files or objects from the command that matches the specified pattern.');
const ACL = flag('acl', 'Sets the ACL for the object when the command is performed.', {
  choices: ['private', 'public-read', 'public-read-write', 'authenticated-read', 'aws-exec-read', 'bucket-owner-read', 'bucket-owner-full-control', 'log-delivery-write'],
});
const GRANTS = flag('grants', 'Grant specific permissions to individual users or groups.', { nargs: '+' }, 'list');
const SSE = flag('sse', 'Specifies server-side encryption of the object in S3. Valid values are AES256 and aws:kms. If the parameter is specified but no value is provided, AES256 is used.', { nargs: '?', const: 'AES256', choices: ['AES256', 'aws:kms'] });
const SSE_C = flag('sse-c', 'Specifies server-side encryption using customer provided keys of the the object in S3.', { nargs: '?', const: 'AES256', choices: ['AES256'] });
const SSE_C_KEY = flag('sse-c-key', 'The customer-provided encryption key to use to server-side encrypt the object in S3.', {}, 'blob');
const SSE_KMS_KEY_ID = flag('sse-kms-key-id', 'The customer-managed AWS Key Management Service (KMS) key ID that should be used to server-side encrypt the object in S3.');
const SSE_C_COPY_SOURCE = flag('sse-c-copy-source', 'This parameter should only be specified when copying an S3 object that was encrypted server-side with a customer-provided key.', { nargs: '?', const: 'AES256', choices: ['AES256'] });
const SSE_C_COPY_SOURCE_KEY = flag('sse-c-copy-source-key', 'This parameter should only be specified when copying an S3 object that was encrypted server-side with a customer-provided key.', {}, 'blob');
const STORAGE_CLASS = flag('storage-class', "The type of storage to use for the object. Valid choices are: STANDARD | REDUCED_REDUNDANCY | STANDARD_IA | ONEZONE_IA | INTELLIGENT_TIERING | GLACIER | DEEP_ARCHIVE | GLACIER_IR. Defaults to 'STANDARD'", {
  choices: ['STANDARD', 'REDUCED_REDUNDANCY', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER', 'DEEP_ARCHIVE', 'GLACIER_IR'],
});
const WEBSITE_REDIRECT = flag('website-redirect', 'If the bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL.');
const CACHE_CONTROL = flag('cache-control', 'Specifies caching behavior along the request/reply chain.');
const CONTENT_DISPOSITION = flag('content-disposition', 'Specifies presentational information for the object.');
const CONTENT_ENCODING = flag('content-encoding', 'Specifies what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field.');
const CONTENT_LANGUAGE = flag('content-language', 'The language the content is in.');
const EXPIRES = flag('expires', 'The date and time at which the object is no longer cacheable.');
const SOURCE_REGION = flag('source-region', 'When transferring objects from an s3 bucket to an s3 bucket, this specifies the region of the source bucket.');
export const ONLY_SHOW_ERRORS = boolFlag('only-show-errors', 'Only errors and warnings are displayed. All other output is suppressed.');
const NO_PROGRESS = boolFlag('no-progress', 'File transfer progress is not displayed. This flag is only applied when the quiet and only-show-errors flags are not provided.', 'progress', 'store_false');
export const PAGE_SIZE = flag('page-size', 'The number of results to return in each response to a list operation. The default value is 1000 (the maximum allowed). Using a lower value may help if an operation times out.', { type: 'int' }, 'integer');
const IGNORE_GLACIER_WARNINGS = boolFlag('ignore-glacier-warnings', 'Turns off glacier warnings.');
const FORCE_GLACIER_TRANSFER = boolFlag('force-glacier-transfer', 'Forces a transfer request on all Glacier objects in a sync or recursive copy.');
export const REQUEST_PAYER = flag('request-payer', 'Confirms that the requester knows that they will be charged for the request.', { nargs: '?', const: 'requester', choices: ['requester'] });
const CHECKSUM_MODE = flag('checksum-mode', 'To retrieve the checksum, this mode must be enabled.', { choices: ['ENABLED'] });
const CHECKSUM_ALGORITHM = flag('checksum-algorithm', 'Indicates the algorithm used to create the checksum for the object.', { choices: ['CRC64NVME', 'CRC32', 'SHA256', 'SHA1', 'CRC32C'] });
const METADATA = flag('metadata', 'A map of metadata to store with the objects in S3. This will be applied to every object which is part of this request.', {}, 'map');
const COPY_PROPS = flag('copy-props', 'Determines which properties are copied from the source S3 object.', { choices: ['none', 'metadata-directive', 'default'], default: 'default' });
const METADATA_DIRECTIVE = flag('metadata-directive', 'Specifies whether the metadata is copied from the source object or replaced with metadata provided when copying S3 objects.', { choices: ['COPY', 'REPLACE'] });
const EXPECTED_SIZE = flag('expected-size', 'This argument specifies the expected size of a stream in terms of bytes.');
const NO_OVERWRITE = boolFlag('no-overwrite', 'This flag prevents overwriting of files at the destination.');
const VALIDATE_SAME_S3_PATHS = boolFlag('validate-same-s3-paths', 'Resolves the source and destination S3 URIs to their underlying buckets and verifies that the file or object is not being moved onto itself.');
const DELETE = boolFlag('delete', 'Files that exist in the destination but not in the source are deleted during sync.');
const EXACT_TIMESTAMPS = boolFlag('exact-timestamps', 'When syncing from S3 to local, same-sized items will be ignored only when the timestamps match exactly.');
const SIZE_ONLY = boolFlag('size-only', 'Makes the size of each key the only criteria used to decide whether to sync from source to destination.');

const TRANSFER_ARGS = [
  DRYRUN, QUIET, INCLUDE, EXCLUDE, ACL, FOLLOW_SYMLINKS, NO_FOLLOW_SYMLINKS, NO_GUESS_MIME_TYPE, SSE, SSE_C, SSE_C_KEY,
  SSE_KMS_KEY_ID, SSE_C_COPY_SOURCE, SSE_C_COPY_SOURCE_KEY, STORAGE_CLASS, GRANTS, WEBSITE_REDIRECT, CONTENT_TYPE,
  CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_ENCODING, CONTENT_LANGUAGE, EXPIRES, SOURCE_REGION, ONLY_SHOW_ERRORS,
  NO_PROGRESS, PAGE_SIZE, IGNORE_GLACIER_WARNINGS, FORCE_GLACIER_TRANSFER, REQUEST_PAYER, CHECKSUM_MODE, CHECKSUM_ALGORITHM,
];

const TRANSFER_USAGE = '<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>';

export interface CommandDefinition {
  name: string;
  description: string;
  usage: string;
  flags: Flag[];
}

export const COMMAND_DEFINITIONS: Record<string, CommandDefinition> = {
  ls: {
    name: 'ls',
    description: 'List S3 objects and common prefixes under a prefix or all S3 buckets. Note that the --output and --no-paginate arguments are ignored for this command.',
    usage: '<S3Uri> or NONE',
    flags: [
      PATHS('?', '<S3Uri> or NONE', { default: 's3://' }), RECURSIVE, PAGE_SIZE, HUMAN_READABLE, SUMMARIZE, REQUEST_PAYER,
      flag('bucket-name-prefix', 'Limits the response to bucket names that begin with the specified bucket name prefix.'),
      flag('bucket-region', 'Limits the response to buckets that are located in the specified Amazon Web Services Region.'),
    ],
  },
  cp: {
    name: 'cp',
    description: 'Copies a local file or S3 object to another location locally or in S3.',
    usage: TRANSFER_USAGE,
    flags: [PATHS('*', TRANSFER_USAGE), ...TRANSFER_ARGS, METADATA, COPY_PROPS, METADATA_DIRECTIVE, EXPECTED_SIZE, RECURSIVE, NO_OVERWRITE],
  },
  mv: {
    name: 'mv',
    description: 'Moves a local file or S3 object to another location locally or in S3.',
    usage: TRANSFER_USAGE,
    flags: [PATHS('*', TRANSFER_USAGE), ...TRANSFER_ARGS, METADATA, COPY_PROPS, METADATA_DIRECTIVE, RECURSIVE, VALIDATE_SAME_S3_PATHS, NO_OVERWRITE],
  },
  rm: {
    name: 'rm',
    description: 'Deletes an S3 object.',
    usage: '<S3Uri>',
    flags: [PATHS(undefined, '<S3Uri>'), DRYRUN, QUIET, RECURSIVE, REQUEST_PAYER, INCLUDE, EXCLUDE, ONLY_SHOW_ERRORS, PAGE_SIZE],
  },
  sync: {
    name: 'sync',
    description: 'Syncs directories and S3 prefixes. Recursively copies new and updated files from the source directory to the destination. Only creates folders in the destination if they contain one or more files.',
    usage: '<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>',
    flags: [PATHS('*', TRANSFER_USAGE), DELETE, EXACT_TIMESTAMPS, SIZE_ONLY, NO_OVERWRITE, ...TRANSFER_ARGS, METADATA, COPY_PROPS, METADATA_DIRECTIVE],
  },
  mb: {
    name: 'mb',
    description: 'Creates an S3 bucket.',
    usage: '<S3Uri>',
    flags: [{ name: 'path', doc: '<S3Uri>', positional: true, spec: {} }],
  },
  rb: {
    name: 'rb',
    description: 'Deletes an empty S3 bucket. A bucket must be completely empty of objects and versioned objects before it can be deleted. However, the --force parameter can be used to delete the non-versioned objects in the bucket before the bucket is deleted.',
    usage: '<S3Uri>',
    flags: [{ name: 'path', doc: '<S3Uri>', positional: true, spec: {} }, FORCE],
  },
};

export interface Parsed {
  values: Record<string, unknown>;
  /** `--exclude` / `--include` in command-line order, as AppendFilter collects them. */
  filters: Array<['exclude' | 'include', string]>;
}

const table = (def: CommandDefinition): CliArgument[] => def.flags.map((f) => customArgument(f));

/** Pulls the filters out first: argparse's AppendFilter keeps both flags in one ordered list. */
function takeFilters(args: readonly string[]): { rest: string[]; filters: Parsed['filters'] } {
  const rest: string[] = [];
  const filters: Parsed['filters'] = [];
  for (let i = 0; i < args.length; i++) {
    const m = /^--(exclude|include)(?:=(.*))?$/.exec(args[i]!);
    if (!m) {
      rest.push(args[i]!);
      continue;
    }
    const value = m[2] ?? args[++i];
    if (value === undefined) rest.push(args[i - 1]!);
    else filters.push([m[1] as 'exclude' | 'include', value]);
  }
  return { rest, filters };
}

/** Parses a command's arguments; null when `help` was asked for (the page is printed). */
export async function parseCommand(ctx: CommandContext, def: CommandDefinition, args: readonly string[]): Promise<Parsed | null> {
  const args2 = table(def);
  if (args.length === 1 && args[0] === 'help') {
    ctx.stdout(operationHelp(def.name, def.description, args2));
    return null;
  }
  const { rest, filters } = takeFilters(args);
  const { values, extras } = new ArgParser(args2.map((a) => a.spec())).parseKnownArgs(rest);
  // BasicCommand loads file:// and fileb:// for every argument, paths included.
  for (const arg of args2) {
    try {
      const loaded = await loadParamfile(ctx, values[arg.dest]);
      if (loaded !== undefined) values[arg.dest] = loaded;
    } catch (error) {
      if (error instanceof ResourceLoadingError) throw new ParamError(arg.positional ? arg.name : `--${arg.name}`, error.message);
      throw error;
    }
  }
  if (extras.length > 0) throw new ParamValidationError(`Unknown options: ${extras.join(',')}`);
  return { values, filters };
}
