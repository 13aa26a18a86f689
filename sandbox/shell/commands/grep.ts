/**
 * `grep [-i -v -n -c -q -E -F -o] PATTERN [FILE]...` — enough to filter the output of a pipe
 * (`aws lambda list-functions | grep FunctionName`). Basic regular expressions are translated to
 * JavaScript's; -E patterns are close enough to be used as they are.
 */
import type { Command } from '../types.ts';
import { getopt } from './getopt.ts';
import { errorText, usageError } from './util.ts';
import { toText } from '../../workspace/fs.ts';

export const grep: Command = async (ctx) => {
  const parsed = getopt(ctx.argv.slice(1), {
    flags: 'ivncqEFoHhl',
    values: 'e',
    long: { 'ignore-case': 'i', 'invert-match': 'v', 'line-number': 'n', count: 'c', quiet: 'q', silent: 'q', 'extended-regexp': 'E', 'fixed-strings': 'F', 'only-matching': 'o', 'files-with-matches': 'l', 'regexp=': 'e' },
  });
  if ('error' in parsed) {
    ctx.stderr(`grep: ${parsed.error}\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n`);
    return 2;
  }
  const f = parsed.flags;
  if (f.help) {
    ctx.stdout('Usage: grep [OPTION]... PATTERNS [FILE]...\nSearch for PATTERNS in each FILE.\n\n  -E  extended regular expressions   -F  fixed strings\n  -i  ignore case   -v  invert match   -n  line numbers\n  -c  count   -l  file names only   -o  only the matching part   -q  quiet\n');
    return 0;
  }
  const operands = [...parsed.operands];
  const pattern = parsed.values.e ?? operands.shift();
  if (pattern === undefined) return usageError(ctx, 'grep', 'no pattern given', 2);
  let re: RegExp;
  try {
    const source = f.F ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : f.E ? pattern : breToJs(pattern);
    re = new RegExp(source, f.i ? 'gi' : 'g');
  } catch (error) {
    ctx.stderr(`grep: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}\n`);
    return 2;
  }
  const names = operands.length > 0 ? operands : ['-'];
  const prefix = (names.length > 1 || !!f.H) && !f.h;
  let matched = false;
  let status = 0;
  for (const name of names) {
    let text: string;
    if (name === '-') text = ctx.stdin;
    else {
      try {
        text = toText(await ctx.fs.readFile(ctx.resolve(name)));
      } catch (error) {
        if (!f.q) ctx.stderr(`grep: ${name}: ${errorText(error)}\n`);
        status = 2;
        continue;
      }
    }
    const shown = name === '-' ? '(standard input)' : name;
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    let count = 0;
    for (let i = 0; i < lines.length; i++) {
      re.lastIndex = 0;
      const hit = re.test(lines[i]);
      if (hit === !!f.v) continue;
      count++;
      matched = true;
      if (f.q || f.c || f.l) continue;
      const lead = (prefix ? `${shown}:` : '') + (f.n ? `${i + 1}:` : '');
      if (f.o && !f.v) {
        for (const m of lines[i].matchAll(re)) if (m[0] !== '') ctx.stdout(`${lead}${m[0]}\n`);
      } else ctx.stdout(`${lead}${lines[i]}\n`);
    }
    if (f.q && matched) return 0;
    if (f.c) ctx.stdout(`${prefix ? `${shown}:` : ''}${count}\n`);
    if (f.l && count > 0) ctx.stdout(`${shown}\n`);
  }
  if (status === 2 && !(f.q && matched)) return 2;
  return matched ? 0 : 1;
};

/** POSIX basic regular expressions: `\( \) \{ \} \| \+ \?` are the operators, their bare forms are literal. */
export function breToJs(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      const n = pattern[++i];
      out += '(){}|+?'.includes(n) ? n : `\\${n}`;
    } else if ('(){}|+?'.includes(c)) out += `\\${c}`;
    else out += c;
  }
  return out;
}
