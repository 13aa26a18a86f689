/** `head` and `tail`: the first / last N lines (-n N, -N, -c N bytes), with `==> name <==` headers for several files. */
import type { Command, CommandContext } from '../types.ts';
import { getopt } from './getopt.ts';
import { errorText, lq, q, usageError } from './util.ts';
import { toText } from '../../workspace/fs.ts';

function makeHeadTail(cmd: 'head' | 'tail'): Command {
  return async (ctx) => {
    // The historical `head -5` form.
    const args = ctx.argv.slice(1).map((a) => (/^-\d+$/.test(a) ? `-n${a.slice(1)}` : a));
    const parsed = getopt(args, { flags: 'qv', values: 'nc', long: { 'lines=': 'n', 'bytes=': 'c', quiet: 'q', silent: 'q', verbose: 'v' } });
    if ('error' in parsed) return usageError(ctx, cmd, parsed.error);
    if (parsed.flags.help) {
      ctx.stdout(`Usage: ${cmd} [OPTION]... [FILE]...\nPrint the ${cmd === 'head' ? 'first' : 'last'} 10 lines of each FILE to standard output.\n\n  -c, --bytes=NUM          print the ${cmd === 'head' ? 'first' : 'last'} NUM bytes\n  -n, --lines=NUM          print the ${cmd === 'head' ? 'first' : 'last'} NUM lines instead of 10\n`);
      return 0;
    }
    const bytes = parsed.values.c !== undefined;
    const spec = bytes ? parsed.values.c : (parsed.values.n ?? '10');
    const m = /^([-+]?)(\d+)$/.exec(spec);
    if (!m) {
      ctx.stderr(`${cmd}: invalid number of ${bytes ? 'bytes' : 'lines'}: ${lq(spec)}\n`);
      return 1;
    }
    const count = Number(m[2]);
    const sign = m[1];
    const names = parsed.operands.length > 0 ? parsed.operands : ['-'];
    const headers = (names.length > 1 && !parsed.flags.q) || !!parsed.flags.v;
    let status = 0;
    let first = true;
    for (const name of names) {
      const text = name === '-' ? ctx.stdin : await read(ctx, cmd, name);
      if (text === null) {
        status = 1;
        continue;
      }
      if (headers) ctx.stdout(`${first ? '' : '\n'}==> ${name === '-' ? 'standard input' : name} <==\n`);
      first = false;
      ctx.stdout(bytes ? pickBytes(text, cmd, count, sign) : pickLines(text, cmd, count, sign));
    }
    return status;
  };
}

async function read(ctx: CommandContext, cmd: string, name: string): Promise<string | null> {
  try {
    return toText(await ctx.fs.readFile(ctx.resolve(name)));
  } catch (error) {
    const code = (error as { code?: string }).code;
    ctx.stderr(code === 'EISDIR' ? `${cmd}: error reading ${q(name)}: Is a directory\n` : `${cmd}: cannot open ${q(name)} for reading: ${errorText(error)}\n`);
    return null;
  }
}

/** head -n N / -n -N (all but the last N); tail -n N / -n +N (from line N on). */
function pickLines(text: string, cmd: string, n: number, sign: string): string {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  if (cmd === 'head') return (sign === '-' ? lines.slice(0, Math.max(0, lines.length - n)) : lines.slice(0, n)).join('');
  return (sign === '+' ? lines.slice(Math.max(0, n - 1)) : n === 0 ? [] : lines.slice(-n)).join('');
}

function pickBytes(text: string, cmd: string, n: number, sign: string): string {
  if (cmd === 'head') return sign === '-' ? text.slice(0, Math.max(0, text.length - n)) : text.slice(0, n);
  return sign === '+' ? text.slice(Math.max(0, n - 1)) : n === 0 ? '' : text.slice(-n);
}

export const head = makeHeadTail('head');
export const tail = makeHeadTail('tail');
