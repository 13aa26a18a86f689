/**
 * Pathname expansion: `*.zip`, `src/*.js`, `file?.txt`, `[abc]*`. Patterns come from the expander
 * with quoted characters already escaped by a backslash, so `"*.zip"` never expands.
 */
import type { FileSystem } from '../workspace/fs.ts';
import { resolve } from '../workspace/path.ts';
import { collate } from './collate.ts';

/** True when the pattern has an unescaped `*`, `?` or `[`. */
export function hasGlob(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** Removes the backslashes that protect quoted characters. */
export function unescapeGlob(pattern: string): string {
  return pattern.replace(/\\(.)/gs, '$1');
}

/** A RegExp matching one whole name (no `/`) against a glob; also used by ${VAR#pattern}. */
export function globToRegExp(pattern: string, options: { anchored?: boolean; greedy?: boolean } = {}): RegExp {
  const star = options.greedy === false ? '[^]*?' : '[^]*';
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) re += escapeRe(pattern[++i]);
    else if (c === '*') re += star;
    else if (c === '?') re += '[^]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) {
        re += '\\[';
        continue;
      }
      let set = pattern.slice(i + 1, end);
      let negate = false;
      if (set[0] === '!' || set[0] === '^') {
        negate = true;
        set = set.slice(1);
      }
      re += `[${negate ? '^' : ''}${set.replace(/[\\\]]/g, '\\$&')}]`;
      i = end;
    } else re += escapeRe(c);
  }
  return options.anchored === false ? new RegExp(re, 's') : new RegExp(`^${re}$`, 's');
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The paths a pattern matches, spelled as typed (relative stays relative), sorted as `ls` sorts.
 * Names starting with `.` only match a segment that starts with `.` too. Empty when nothing matches
 * (the caller then keeps the word as it was, as bash does).
 */
export async function glob(pattern: string, cwd: string, home: string, fs: FileSystem): Promise<string[]> {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  // Each candidate: how it is spelled, and the directory it names.
  let candidates: { shown: string; path: string }[] = [{ shown: absolute ? '/' : '', path: absolute ? '/' : cwd }];
  for (let i = absolute ? 1 : 0; i < segments.length; i++) {
    const segment = segments[i];
    const last = i === segments.length - 1;
    const next: typeof candidates = [];
    for (const c of candidates) {
      const join = (name: string) => ({
        shown: c.shown === '' ? name : c.shown.endsWith('/') ? c.shown + name : `${c.shown}/${name}`,
        path: resolve(c.path, name, home),
      });
      if (!hasGlob(segment)) {
        next.push(join(unescapeGlob(segment)));
        continue;
      }
      const stat = await fs.stat(c.path);
      if (stat?.type !== 'dir') continue;
      const re = globToRegExp(segment);
      const dotOk = segment.startsWith('.') || segment.startsWith('\\.');
      for (const name of await fs.readdir(c.path)) {
        if (name.startsWith('.') && !dotOk) continue;
        if (!re.test(name)) continue;
        const j = join(name);
        if (!last && (await fs.stat(j.path))?.type !== 'dir') continue;
        next.push(j);
      }
    }
    candidates = next;
  }
  const found: string[] = [];
  for (const c of candidates) if ((await fs.stat(c.path)) !== null) found.push(c.shown + (pattern.endsWith('/') && !c.shown.endsWith('/') ? '/' : ''));
  return found.sort(collate);
}
