import { Readline } from 'xterm-readline';

/** Shown at the start of each continuation line of a multi-line command, as bash's PS2. */
export const CONTINUATION_PROMPT = '> ';

/**
 * xterm-readline keeps a multi-line command (one ending in `\`, or with an open quote) in one buffer
 * and one history entry, but draws its continuation lines flush left. Bash draws them after `> `.
 * Readline draws and places the cursor through its Tty, so this Tty inserts the continuation prompt
 * after every newline both when it lays the text out and when it computes positions; the buffer — and
 * so the command the shell runs — stays exactly what was typed.
 */
export class ShellReadline extends Readline {
  override tty(): ReturnType<Readline['tty']> {
    const tty = super.tty();
    const withPrompts = (text: string) => text.replaceAll('\n', `\n${CONTINUATION_PROMPT}`);
    const calculatePosition = tty.calculatePosition.bind(tty);
    const splitIntoVisualRows = tty.splitIntoVisualRows.bind(tty);
    tty.calculatePosition = (text, origin) => calculatePosition(withPrompts(text), origin);
    tty.splitIntoVisualRows = (text) => splitIntoVisualRows(withPrompts(text));
    return tty;
  }
}
