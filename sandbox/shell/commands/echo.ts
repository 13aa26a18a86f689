/** bash's builtin `echo`: -n (no newline), -e (interpret \n \t … and \c), -E; anything else is text. */
import { cEscape } from '../parse.ts';
import type { Command } from '../types.ts';

export const echo: Command = async (ctx) => {
  const args = ctx.argv.slice(1);
  let newline = true;
  let escapes = false;
  while (args.length > 0 && /^-[neE]+$/.test(args[0])) {
    for (const c of args.shift()!.slice(1)) {
      if (c === 'n') newline = false;
      else escapes = c === 'e';
    }
  }
  let text = args.join(' ');
  if (escapes) {
    const stop = interpret(text);
    text = stop.text;
    if (stop.stopped) newline = false;
  }
  ctx.stdout(text + (newline ? '\n' : ''));
  return 0;
};

/** echo -e's escapes; `\c` ends the output there (and drops the newline). */
function interpret(text: string): { text: string; stopped: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\\' || i + 1 >= text.length) {
      out += text[i];
      continue;
    }
    if (text[i + 1] === 'c') return { text: out, stopped: true };
    const [s, used] = cEscape(text, i + 1);
    out += s;
    i += used;
  }
  return { text: out, stopped: false };
}
