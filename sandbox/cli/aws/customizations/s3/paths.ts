/**
 * Paths as awscli/customizations/s3/utils.py and Python's posixpath see them: `s3://bucket/key`
 * URIs split at the first slash, local paths made absolute against the shell's cwd, and the
 * `relative_path` the CLI prints (`./a.txt`, `../x/b.txt`, `dir/c.txt`).
 */

export const isS3 = (path: string) => path.startsWith('s3://');

/** find_bucket_key: `bucket/some/key` → [`bucket`, `some/key`]. */
export function findBucketKey(s3Path: string): [string, string] {
  const slash = s3Path.indexOf('/');
  return slash < 0 ? [s3Path, ''] : [s3Path.slice(0, slash), s3Path.slice(slash + 1)];
}

/** split_s3_bucket_key: the same, for a path that may still start with `s3://`. */
export const splitS3BucketKey = (path: string) => findBucketKey(isS3(path) ? path.slice(5) : path);

/** posixpath.normpath of an absolute path. */
export function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  if (i < 0) return '';
  const head = path.slice(0, i + 1);
  return /^\/+$/.test(head) ? head : head.replace(/\/+$/, '');
}

export const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** posixpath.join for two parts. */
export function join(a: string, b: string): string {
  if (b.startsWith('/')) return b;
  if (a === '' || a.endsWith('/')) return a + b;
  return `${a}/${b}`;
}

/** posixpath.relpath of two absolute paths. */
export function relpath(path: string, start: string): string {
  const p = normalize(path).split('/').filter(Boolean);
  const s = normalize(start).split('/').filter(Boolean);
  let i = 0;
  while (i < p.length && i < s.length && p[i] === s[i]) i++;
  const parts = [...Array(s.length - i).fill('..'), ...p.slice(i)];
  return parts.length ? parts.join('/') : '.';
}

/** utils.relative_path: the directory made relative to cwd, joined to the file name. */
export function relativePath(absolute: string, cwd: string): string {
  const slash = absolute.lastIndexOf('/');
  const dir = absolute.slice(0, slash) || '/';
  return join(relpath(dir, cwd), absolute.slice(slash + 1));
}
