/** The one-liners: `pwd`, `true`, `false`, `clear`, `seq`. */
import type { Command } from '../types.ts';
import { usageError } from './util.ts';

export const pwd: Command = async (ctx) => {
  ctx.stdout(ctx.cwd + '\n');
  return 0;
};

export const trueCommand: Command = async () => 0;
export const falseCommand: Command = async () => 1;

/** Erase the screen and the scrollback, cursor home: what `clear` sends to an xterm. */
export const CLEAR_SCREEN = '\x1b[2J\x1b[3J\x1b[H';

export const clear: Command = async (ctx) => {
  ctx.stdout(CLEAR_SCREEN);
  return 0;
};

/** `seq LAST`, `seq FIRST LAST`, `seq FIRST INCREMENT LAST` (integers), for `for i in $(seq 1 10)`. */
export const seq: Command = async (ctx) => {
  const args = ctx.argv.slice(1);
  if (args.length === 0 || args.length > 3) return usageError(ctx, 'seq', args.length === 0 ? 'missing operand' : `extra operand '${args[3]}'`);
  for (const a of args) {
    if (!/^[-+]?\d+$/.test(a)) return usageError(ctx, 'seq', `invalid floating point argument: '${a}'`);
  }
  const n = args.map(Number);
  const [first, step, last] = n.length === 1 ? [1, 1, n[0]] : n.length === 2 ? [n[0], 1, n[1]] : [n[0], n[1], n[2]];
  if (step === 0) return usageError(ctx, 'seq', "invalid Zero increment value: '0'");
  let out = '';
  let count = 0;
  for (let i = first; step > 0 ? i <= last : i >= last; i += step) {
    out += `${i}\n`;
    if (++count >= 1_000_000) break;
  }
  ctx.stdout(out);
  return 0;
};
