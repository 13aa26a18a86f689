/** `cat [-n] [FILE|-]...`: files in order, `-` or no operand for stdin; a missing file is reported and skipped. */
import type { Command } from '../types.ts';
import { getopt } from './getopt.ts';
import { readTextOrReport, usageError } from './util.ts';

export const cat: Command = async (ctx) => {
  const parsed = getopt(ctx.argv.slice(1), { flags: 'n', long: { number: 'n' } });
  if ('error' in parsed) return usageError(ctx, 'cat', parsed.error);
  if (parsed.flags.help) {
    ctx.stdout('Usage: cat [OPTION]... [FILE]...\nConcatenate FILE(s) to standard output.\nWith no FILE, or when FILE is -, read standard input.\n\n  -n, --number             number all output lines\n');
    return 0;
  }
  let status = 0;
  let line = 0;
  for (const name of parsed.operands.length > 0 ? parsed.operands : ['-']) {
    const text = name === '-' ? ctx.stdin : await readTextOrReport(ctx, 'cat', name);
    if (text === null) {
      status = 1;
      continue;
    }
    if (!parsed.flags.n) {
      ctx.stdout(text);
      continue;
    }
    ctx.stdout(text.replace(/^.*(\n|$)/gm, (l) => (l === '' ? '' : `${String(++line).padStart(6)}\t${l}`)));
  }
  return status;
};
