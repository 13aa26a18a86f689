/**
 * `aws s3 cp | mv | rm | sync` (S3TransferCommand, CommandArchitecture and s3handler.py): check the
 * paths, list what the source holds, filter it, (sync: compare with the destination), then one
 * request per file, each reported on its own line as the CLI's ResultPrinter does:
 *   upload: ./a.txt to s3://bucket/a.txt          download: s3://bucket/a.txt to ./a.txt
 *   copy: s3://b/a to s3://b/c     move: …     delete: s3://bucket/a.txt     (dryrun) upload: …
 *   upload failed: ./a.txt to s3://nope/a.txt An error occurred (NoSuchBucket) when calling …
 *   fatal error: An error occurred (404) when calling the HeadObject operation: Key "k" does not exist
 * Status 1 when something failed, 2 when a file was skipped with a warning, else 0. Progress lines
 * (`Completed 1.2 KiB/…`) are not drawn: the sandbox answers at once.
 */
import { ArgParseError, CliError, GeneralError, ParamValidationError } from '../../errors.ts';
import { createClient, type Client, type Invocation } from '../../client.ts';
import type { CommandContext } from '../../context.ts';
import { fsErrorCode } from '../../context.ts';
import { unpackArgument, type RawValue } from '../../argprocess.ts';
import { map, string } from '../../models/shapes.ts';
import { s3apiModel } from '../../models/s3api.ts';
import { osErrorText } from '../../paramfile.ts';
import { COMMAND_DEFINITIONS, parseCommand } from './args.ts';
import { createFilter, formatPaths, generate, type FileInfo, type Files, type Operation, TransferWarning } from './files.ts';
import { guessMimeType } from './mime.ts';
import { dirname, findBucketKey, isS3, relativePath } from './paths.ts';

type Command = 'cp' | 'mv' | 'rm' | 'sync';
type PathsType = 'locals3' | 's3local' | 's3s3' | 's3' | 'local' | 'locallocal';

const ALLOWED: Record<PathsType, Command[]> = {
  s3s3: ['cp', 'sync', 'mv'],
  s3local: ['cp', 'sync', 'mv'],
  locals3: ['cp', 'sync', 'mv'],
  s3: ['rm'],
  local: [],
  locallocal: [],
};

const OPERATION: Record<string, Operation> = { locals3: 'upload', s3s3: 'copy', s3local: 'download', s3: 'delete' };

const MetadataShape = map(string({ name: 'MetadataKey' }), string({ name: 'MetadataValue' }), { name: 'Metadata' });

/** urllib.parse.quote(key, safe='/~'), as botocore writes CopySource. */
function quote(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9_.\-~/]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

interface Outcome {
  failed: number;
  warned: number;
  errors: number;
}

/** ResultPrinter, NoProgressResultPrinter and OnlyShowErrorsResultPrinter in one. */
class Printer {
  readonly ctx: CommandContext;
  readonly mode: 'all' | 'errors' | 'none';
  readonly outcome: Outcome = { failed: 0, warned: 0, errors: 0 };

  constructor(ctx: CommandContext, mode: 'all' | 'errors' | 'none') {
    this.ctx = ctx;
    this.mode = mode;
  }

  private static location(src: string, dest?: string) {
    return dest === undefined ? src : `${src} to ${dest}`;
  }

  success(type: string, src: string, dest?: string): void {
    if (this.mode === 'all') this.ctx.stdout(`${type}: ${Printer.location(src, dest)}\n`);
  }

  dryrun(type: string, src: string, dest?: string): void {
    if (this.mode === 'all') this.ctx.stdout(`(dryrun) ${type}: ${Printer.location(src, dest)}\n`);
  }

  failure(type: string, src: string, dest: string | undefined, message: string): void {
    this.outcome.failed++;
    if (this.mode !== 'none') this.ctx.stderr(`${type} failed: ${Printer.location(src, dest)} ${message}\n`);
  }

  warning(warning: TransferWarning): void {
    this.outcome.warned++;
    if (this.mode !== 'none') this.ctx.stderr(`${warning.message}\n`);
  }

  fatal(message: string): void {
    this.outcome.errors++;
    if (this.mode !== 'none') this.ctx.stderr(`fatal error: ${message}\n`);
  }

  rc(): number {
    if (this.outcome.failed + this.outcome.errors > 0) return 1;
    return this.outcome.warned > 0 ? 2 : 0;
  }
}

/** A service error's CLI text, or Python's OSError text for a local file. */
function errorMessage(error: unknown, path: string): string {
  if (error instanceof CliError) return error.message;
  if (fsErrorCode(error) !== undefined) return osErrorText(error, path);
  return error instanceof Error ? error.message : String(error);
}

interface Run {
  ctx: CommandContext;
  client: Client;
  values: Record<string, unknown>;
  printer: Printer;
  isMove: boolean;
  isStream: boolean;
}

/** RequestParamsMapper: the object headers the command line sets on uploads and copies. */
function objectParams(run: Run, info: FileInfo): Record<string, unknown> {
  const v = run.values;
  const out: Record<string, unknown> = {};
  const set = (flag: string, member: string) => {
    if (v[flag] !== null && v[flag] !== undefined) out[member] = v[flag];
  };
  set('acl', 'ACL');
  set('storage_class', 'StorageClass');
  set('website_redirect', 'WebsiteRedirectLocation');
  set('content_type', 'ContentType');
  set('cache_control', 'CacheControl');
  set('content_disposition', 'ContentDisposition');
  set('content_encoding', 'ContentEncoding');
  set('content_language', 'ContentLanguage');
  set('expires', 'Expires');
  set('sse', 'ServerSideEncryption');
  set('sse_kms_key_id', 'SSEKMSKeyId');
  set('request_payer', 'RequestPayer');
  set('checksum_algorithm', 'ChecksumAlgorithm');
  if (v.metadata !== null && v.metadata !== undefined) out.Metadata = unpackArgument(MetadataShape, v.metadata as RawValue, '--metadata');
  if (info.operation === 'upload' && v.guess_mime_type !== false && out.ContentType === undefined) {
    const guessed = guessMimeType(info.src);
    if (guessed) out.ContentType = guessed;
  }
  if (info.operation === 'copy') {
    if (v.metadata_directive !== null && v.metadata_directive !== undefined) out.MetadataDirective = v.metadata_directive;
    else if (['Metadata', 'ContentType', 'CacheControl', 'ContentDisposition', 'ContentEncoding', 'ContentLanguage', 'Expires'].some((m) => m in out)) {
      // Giving new object headers for a copy means replacing the source's.
      out.MetadataDirective = 'REPLACE';
    }
  }
  return out;
}

function locations(run: Run, info: FileInfo): [string, string | undefined] {
  const local = (path: string) => (run.isStream ? '-' : relativePath(path, run.ctx.cwd));
  const remote = (path: string) => `s3://${path}`;
  switch (info.operation) {
    case 'upload':
      return [local(info.src), remote(info.dest)];
    case 'download':
      return [remote(info.src), local(info.dest)];
    case 'copy':
      return [remote(info.src), remote(info.dest)];
    case 'delete':
      return [info.srcType === 's3' ? remote(info.src) : local(info.src), undefined];
  }
}

async function exists(run: Run, info: FileInfo): Promise<boolean> {
  if (info.destType === 'local') return (await run.ctx.fs.stat(info.dest)) !== null;
  const [Bucket, Key] = findBucketKey(info.dest);
  try {
    await run.client.call(s3apiModel.operations.HeadObject!, { Bucket, Key });
    return true;
  } catch {
    return false;
  }
}

async function mkdirs(ctx: CommandContext, dir: string): Promise<void> {
  if (dir && dir !== '/' && !(await ctx.fs.stat(dir))) await ctx.fs.mkdir(dir, { recursive: true });
}

/** One file's request(s), reported as success or failure. */
async function perform(run: Run, info: FileInfo): Promise<void> {
  const { ctx, client } = run;
  const type = run.isMove && info.operation !== 'delete' ? 'move' : info.operation;
  const [src, dest] = locations(run, info);
  if (run.values.dryrun === true) {
    run.printer.dryrun(type, src, dest);
    return;
  }
  if (run.values.no_overwrite === true && info.operation !== 'delete' && (await exists(run, info))) return;
  try {
    switch (info.operation) {
      case 'upload': {
        const body = run.isStream ? new TextEncoder().encode(ctx.stdin) : await ctx.fs.readFile(info.src);
        const [Bucket, Key] = findBucketKey(info.dest);
        await client.call(s3apiModel.operations.PutObject!, { Bucket, Key, Body: body, ...objectParams(run, info) });
        if (run.isMove) await ctx.fs.rm(info.src);
        break;
      }
      case 'download': {
        const [Bucket, Key] = findBucketKey(info.src);
        const got = await client.call(s3apiModel.operations.GetObject!, { Bucket, Key, ...(run.values.request_payer ? { RequestPayer: run.values.request_payer } : {}) });
        const body = got.Body instanceof Uint8Array ? got.Body : new Uint8Array(0);
        if (run.isStream) ctx.stdout(new TextDecoder().decode(body));
        else {
          await mkdirs(ctx, dirname(info.dest));
          await ctx.fs.writeFile(info.dest, body);
        }
        if (run.isMove) await client.call(s3apiModel.operations.DeleteObject!, { Bucket, Key });
        break;
      }
      case 'copy': {
        const [Bucket, Key] = findBucketKey(info.dest);
        const [sourceBucket, sourceKey] = findBucketKey(info.src);
        const CopySource = `${sourceBucket}/${quote(sourceKey)}`;
        await client.call(s3apiModel.operations.CopyObject!, { Bucket, Key, CopySource, ...objectParams(run, info) });
        if (run.isMove) await client.call(s3apiModel.operations.DeleteObject!, { Bucket: sourceBucket, Key: sourceKey });
        break;
      }
      case 'delete': {
        if (info.srcType === 'local') await ctx.fs.rm(info.src);
        else {
          const [Bucket, Key] = findBucketKey(info.src);
          await client.call(s3apiModel.operations.DeleteObject!, { Bucket, Key });
        }
        break;
      }
    }
    run.printer.success(type, src, dest);
  } catch (error) {
    if (!(error instanceof CliError) && fsErrorCode(error) === undefined) throw error;
    run.printer.failure(type, src, dest, errorMessage(error, info.operation === 'download' ? info.dest : info.src));
  }
}

/** SizeAndLastModifiedSync (or --size-only, --exact-timestamps): whether a file at both ends needs the transfer. */
function shouldSync(values: Record<string, unknown>, src: FileInfo, dest: FileInfo): boolean {
  const sameSize = src.size === dest.size;
  if (values.size_only === true) return !sameSize;
  const delta = Math.trunc(((dest.lastModified ?? 0) - (src.lastModified ?? 0)) / 1000);
  let sameTime: boolean;
  if (src.operation === 'download') sameTime = values.exact_timestamps === true ? delta === 0 : delta <= 0;
  else sameTime = delta >= 0;
  return !sameSize || !sameTime;
}

async function collect(files: Files, run: Run, operation: Operation | '', keep: (f: FileInfo) => boolean): Promise<FileInfo[]> {
  const out: FileInfo[] = [];
  for await (const info of generate(files, {
    ctx: run.ctx,
    client: run.client,
    operation,
    pageSize: run.values.page_size ? Number(run.values.page_size) : undefined,
    warn: (w) => run.printer.warning(w),
  })) {
    if (keep(info)) out.push(info);
  }
  return out;
}

/** Comparator.call: walks both sides in compare-key order. */
function compare(values: Record<string, unknown>, sources: FileInfo[], dests: FileInfo[]): FileInfo[] {
  const byKey = (a: FileInfo, b: FileInfo) => (a.compareKey < b.compareKey ? -1 : a.compareKey > b.compareKey ? 1 : 0);
  const s = [...sources].sort(byKey);
  const d = [...dests].sort(byKey);
  const out: FileInfo[] = [];
  let i = 0;
  let j = 0;
  while (i < s.length || j < d.length) {
    const a = s[i];
    const b = d[j];
    if (a && b && a.compareKey === b.compareKey) {
      if (shouldSync(values, a, b)) out.push(a);
      i++;
      j++;
    } else if (a && (!b || a.compareKey < b.compareKey)) {
      out.push(a);
      i++;
    } else {
      if (values.delete === true) out.push({ ...b!, operation: 'delete' });
      j++;
    }
  }
  return out;
}

export async function runTransfer(invocation: Invocation, cmd: Command, args: readonly string[]): Promise<number> {
  const { ctx } = invocation;
  const def = COMMAND_DEFINITIONS[cmd]!;
  const parsed = await parseCommand(ctx, def, args);
  if (!parsed) return 0;
  const { values, filters } = parsed;
  const raw = values.paths;
  const paths = (Array.isArray(raw) ? raw : [raw]).map(String);
  if (cmd !== 'rm') {
    if (paths.length < 2) throw new ArgParseError('the following arguments are required: paths');
    if (paths.length > 2) throw new ParamValidationError(`Unknown options: ${paths.slice(2).join(',')}`);
  }
  const client = await createClient(invocation, s3apiModel);

  // CommandParameters: the kinds of path, the trailing slash of a bare bucket, streams, and sanity checks.
  const pathsType = paths.map((p) => (isS3(p) ? 's3' : 'local')).join('') as PathsType;
  if (!ALLOWED[pathsType].includes(cmd)) throw new ParamValidationError(`usage: aws s3 ${cmd} ${def.usage}\nError: Invalid argument type`);
  for (let i = 0; i < paths.length; i++) {
    if (isS3(paths[i]!) && !findBucketKey(paths[i]!.slice(5))[1] && !paths[i]!.endsWith('/')) paths[i] += '/';
  }
  const src = paths[0]!;
  const dest = paths[1] ?? paths[0]!;
  let dirOp = cmd === 'sync' || values.dir_op === true;
  const isStream = src === '-' || dest === '-';
  if (isStream) {
    if (cmd !== 'cp' || dirOp) throw new ParamValidationError('Streaming currently is only compatible with non-recursive cp commands');
    dirOp = false;
  }
  if (cmd === 'mv' && pathsType === 's3s3' && (src === dest || (dest.endsWith('/') && src === `${dest}${src.slice(src.lastIndexOf('/') + 1)}`))) {
    throw new ParamValidationError(`Cannot mv a file onto itself: ${src} - ${dest}`);
  }
  if (pathsType === 'locals3' && !isStream && !(await ctx.fs.stat(ctx.resolve(src)))) {
    throw new GeneralError(`The user-provided path ${src} does not exist.`);
  }
  if (pathsType === 's3local' && dirOp && !isStream) await mkdirs(ctx, ctx.resolve(dest));

  const mode = values.quiet === true ? 'none' : values.only_show_errors === true || isStream ? 'errors' : 'all';
  const printer = new Printer(ctx, mode);
  const run: Run = { ctx, client, values, printer, isMove: cmd === 'mv', isStream };
  const operation = OPERATION[pathsType]!;
  const keep = createFilter(filters, src, dest, dirOp, (p) => ctx.resolve(p));

  try {
    let todo: FileInfo[];
    if (isStream) {
      const files = await formatPaths(ctx, src === '-' ? dest : src, dest === '-' ? src : dest, false);
      const s3Side = src === '-' ? files.dest.path : files.src.path;
      todo = [{ src: src === '-' ? '-' : s3Side, dest: dest === '-' ? '-' : s3Side, compareKey: '', srcType: src === '-' ? 'local' : 's3', destType: dest === '-' ? 'local' : 's3', operation }];
    } else {
      const files = await formatPaths(ctx, src, dest, dirOp);
      todo = await collect(files, run, operation, keep);
      if (cmd === 'sync') {
        const reverse = await formatPaths(ctx, dest, src, dirOp);
        const dests = await collect(reverse, run, '', keep);
        todo = compare(values, todo, dests);
      }
    }
    for (const info of todo) await perform(run, info);
  } catch (error) {
    if (!(error instanceof CliError) && fsErrorCode(error) === undefined) throw error;
    printer.fatal(errorMessage(error, src));
  }
  return printer.rc();
}
