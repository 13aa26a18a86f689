/**
 * The order `ls` and glob results appear in. GNU tools in an en_US.UTF-8 locale (what learners see
 * on Ubuntu or Amazon Linux) sort by letters and digits first, ignoring case and punctuation, so
 * `README.md` sits between `package.json` and `src`, and `.env` next to `env.js`. This approximates
 * glibc's collation deterministically, with the same result in Node and every browser.
 */
export function collate(a: string, b: string): number {
  const ka = key(a);
  const kb = key(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  // Ties (e.g. `a.js` and `a-js`, `A` and `a`): lowercase first, then byte order, as glibc does.
  const la = a.toLowerCase() === a;
  const lb = b.toLowerCase() === b;
  if (la !== lb) return la ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
