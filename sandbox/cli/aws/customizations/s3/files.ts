/**
 * What a transfer works on (fileformat.py, filegenerator.py, filters.py, comparator.py): the source
 * and destination formatted as directories or single files, the files or objects found under the
 * source, each with its destination path and compare key, `--exclude` / `--include` applied in order
 * (the last matching pattern wins), and — for sync — the walk that pairs source and destination.
 */
import type { Client } from '../../client.ts';
import type { CommandContext } from '../../context.ts';
import { ClientError } from '../../errors.ts';
import { s3apiModel } from '../../models/s3api.ts';
import type { OperationModel, PaginatorModel } from '../../models/shapes.ts';
import { dirname, findBucketKey, join } from './paths.ts';

export type Location = 'local' | 's3';
export type Operation = 'upload' | 'download' | 'copy' | 'delete';

export interface Side {
  /** Absolute local path (ending in `/` for a directory) or `bucket/key` without `s3://`. */
  path: string;
  type: Location;
}

export interface Files {
  src: Side;
  dest: Side;
  dirOp: boolean;
  useSrcName: boolean;
}

export interface FileInfo {
  src: string;
  dest: string;
  compareKey: string;
  srcType: Location;
  destType: Location;
  operation: Operation;
  size?: number;
  /** Epoch ms. */
  lastModified?: number;
}

/** FileFormat.format. */
export async function formatPaths(ctx: CommandContext, src: string, dest: string, dirOp: boolean): Promise<Files> {
  const side = async (path: string): Promise<[Side, boolean]> => {
    if (path.startsWith('s3://')) {
      const p = path.slice(5);
      if (dirOp) return [{ path: p.endsWith('/') ? p : `${p}/`, type: 's3' }, true];
      return [{ path: p, type: 's3' }, p.endsWith('/')];
    }
    const full = ctx.resolve(path);
    const stat = await ctx.fs.stat(full);
    const asDir = (stat?.type === 'dir' || dirOp || path.endsWith('/'));
    return [{ path: asDir ? (full === '/' ? '/' : `${full}/`) : full, type: 'local' }, asDir];
  };
  const [srcSide] = await side(src);
  const [destSide, useSrcName] = await side(dest);
  return { src: srcSide, dest: destSide, dirOp, useSrcName };
}

/** find_dest_path_comp_key. */
export function destPathAndCompareKey(files: Files, srcPath: string): [string, string] {
  const rel = files.dirOp ? srcPath.slice(files.src.path.length) : srcPath.slice(srcPath.lastIndexOf('/') + 1);
  return [files.useSrcName ? files.dest.path + rel : files.dest.path, rel];
}

/** A warning the transfer prints and counts (status 2 when nothing failed). */
export class TransferWarning {
  readonly message: string;
  constructor(message: string) {
    this.message = message;
  }
}

export const skipWarning = (path: string, why: string) => new TransferWarning(`warning: Skipping file ${path}. ${why}`);

interface Listed {
  path: string;
  size?: number;
  lastModified?: number;
}

/** FileGenerator.list_files: one file, or a depth-first walk in byte order of the full path. */
async function* listFiles(ctx: CommandContext, path: string, dirOp: boolean, warn: (w: TransferWarning) => void): AsyncGenerator<Listed> {
  if (!dirOp) {
    const stat = await ctx.fs.stat(path);
    if (!stat) warn(skipWarning(path, 'File does not exist.'));
    else yield { path, size: stat.size, lastModified: stat.mtimeMs };
    return;
  }
  const root = path.endsWith('/') && path !== '/' ? path.slice(0, -1) : path;
  const names: string[] = [];
  for (const name of await ctx.fs.readdir(root)) {
    const stat = await ctx.fs.stat(join(root, name));
    names.push(stat?.type === 'dir' ? `${name}/` : name);
  }
  names.sort();
  for (const name of names) {
    const full = join(root, name.replace(/\/$/, ''));
    if (name.endsWith('/')) yield* listFiles(ctx, full, true, warn);
    else {
      const stat = await ctx.fs.stat(full);
      if (stat) yield { path: full, size: stat.size, lastModified: stat.mtimeMs };
    }
  }
}

/** FileGenerator.list_objects: HeadObject for a single object, ListObjectsV2 for a prefix. */
async function* listObjects(client: Client, s3Path: string, dirOp: boolean, operation: Operation | '', pageSize: number | undefined): AsyncGenerator<Listed> {
  const [bucket, prefix] = findBucketKey(s3Path);
  if (!dirOp && prefix) {
    // A single remote delete needs nothing from HeadObject.
    if (operation === 'delete') {
      yield { path: s3Path };
      return;
    }
    try {
      const head = await client.call(s3apiModel.operations.HeadObject!, { Bucket: bucket, Key: prefix });
      yield { path: s3Path, size: Number(head.ContentLength), lastModified: Date.parse(String(head.LastModified)) };
    } catch (error) {
      // The CLI words a missing key itself.
      if (error instanceof ClientError && error.code === '404') throw new ClientError('404', `Key "${prefix}" does not exist`, 'HeadObject');
      throw error;
    }
    return;
  }
  const op = s3apiModel.operations.ListObjectsV2 as OperationModel & { paginator: PaginatorModel };
  const pages = await client.paginate(op, { Bucket: bucket, Prefix: prefix }, pageSize ? { PageSize: pageSize } : {});
  for (const page of pages.pages) {
    for (const c of (page.Contents as Array<{ Key: string; Size: number; LastModified: string }> | undefined) ?? []) {
      const source = `${bucket}/${c.Key}`;
      const listed = { path: source, size: Number(c.Size), lastModified: Date.parse(c.LastModified) };
      // Zero-byte "folder" objects are only ever deleted, never copied.
      if (c.Size === 0 && c.Key.endsWith('/')) {
        if (operation === 'delete') yield listed;
      } else if (!dirOp && s3Path !== source) {
        continue;
      } else {
        yield listed;
      }
    }
  }
}

export interface GenerateOptions {
  ctx: CommandContext;
  client: Client;
  operation: Operation | '';
  pageSize?: number;
  warn: (w: TransferWarning) => void;
}

/** FileGenerator.call: every FileInfo of the source side. */
export async function* generate(files: Files, options: GenerateOptions): AsyncGenerator<FileInfo> {
  const listing = files.src.type === 's3'
    ? listObjects(options.client, files.src.path, files.dirOp, options.operation, options.pageSize)
    : listFiles(options.ctx, files.src.path, files.dirOp, options.warn);
  for await (const item of listing) {
    const [dest, compareKey] = destPathAndCompareKey(files, item.path);
    yield {
      src: item.path,
      dest,
      compareKey,
      srcType: files.src.type,
      destType: files.dest.type,
      operation: (options.operation || 'upload') as Operation,
      ...(item.size !== undefined ? { size: item.size } : {}),
      ...(item.lastModified !== undefined ? { lastModified: item.lastModified } : {}),
    };
  }
}

/** fnmatch.translate, enough for the CLI's patterns: `*`, `?`, `[seq]`, `[!seq]`. */
function fnmatch(name: string, pattern: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        let body = pattern.slice(i + 1, end).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 's').test(name);
}

const rootOf = (location: string, dirOp: boolean, resolve: (p: string) => string): string => {
  if (location.startsWith('s3://')) {
    const [bucket, key] = findBucketKey(location.slice(5));
    const k = !dirOp && !key.endsWith('/') ? key.split('/').slice(0, -1).join('/') : key;
    return `${bucket}/${k}`;
  }
  return dirOp ? resolve(location) : dirname(resolve(location)) || '/';
};

/**
 * filters.create_filter: a pattern is joined to the root of the side a file is on — the source's
 * directory (or bucket/prefix), or the destination's for the files sync lists there.
 */
export function createFilter(filters: Array<['exclude' | 'include', string]>, src: string, dest: string, dirOp: boolean, resolve: (p: string) => string) {
  if (filters.length === 0) return () => true;
  const srcRoot = rootOf(src, dirOp, resolve);
  const destRoot = rootOf(dest, dirOp, resolve);
  return (info: FileInfo) => {
    const root = info.src.startsWith(srcRoot) ? srcRoot : destRoot;
    let include = true;
    for (const [type, pattern] of filters) {
      if (fnmatch(info.src, join(root, pattern))) include = type === 'include';
    }
    return include;
  };
}
