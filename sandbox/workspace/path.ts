/**
 * POSIX path helpers, pure and isomorphic (node:path is not available in a Web Worker). They follow
 * node:path/posix, plus `~` expansion, which a shell does and a path library does not.
 */

/** Collapses `//`, `.` and `..`; keeps a leading `/`; `..` above the root stays at the root. */
export function normalize(path: string): string {
  if (path === '') return '.';
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(segment);
  }
  const joined = out.join('/');
  if (absolute) return '/' + joined;
  return joined === '' ? '.' : joined;
}

export function join(...parts: string[]): string {
  const nonEmpty = parts.filter((p) => p !== '');
  return nonEmpty.length === 0 ? '.' : normalize(nonEmpty.join('/'));
}

export function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

/**
 * The absolute path `p` names when typed in `cwd`. `~` and `~/…` expand to `home` (when given), as
 * the shell does before a command sees its arguments; `~user` is left alone.
 */
export function resolve(cwd: string, p: string, home?: string): string {
  let path = p;
  if (home !== undefined && (path === '~' || path.startsWith('~/'))) path = home + path.slice(1);
  return normalize(path.startsWith('/') ? path : `${cwd}/${path}`);
}

export function dirname(path: string): string {
  const p = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const i = p.lastIndexOf('/');
  if (i === -1) return '.';
  if (i === 0) return '/';
  return p.slice(0, i);
}

export function basename(path: string): string {
  if (path === '/') return '/';
  const p = path.replace(/\/+$/, '');
  return p.slice(p.lastIndexOf('/') + 1);
}

/** The path from `from` to `to` (both absolute), e.g. relative('/a/b', '/a/c/d') === '../c/d'. */
export function relative(from: string, to: string): string {
  const a = normalize(from).split('/').filter(Boolean);
  const b = normalize(to).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/** True when `path` is `root` or inside it. */
export function isInside(root: string, path: string): boolean {
  const r = normalize(root);
  const p = normalize(path);
  return r === '/' || p === r || p.startsWith(r + '/');
}

/** `~`-abbreviated form of an absolute path, as bash shows it in the prompt. */
export function tildify(path: string, home: string): string {
  if (path === home) return '~';
  if (home !== '/' && path.startsWith(home + '/')) return '~' + path.slice(home.length);
  return path;
}
