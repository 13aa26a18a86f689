/**
 * Whether a terminal line is a whole command or needs another line (PS2): a trailing `\`, an open
 * quote or `$(`, a trailing `&&` / `|`, an unfinished here-document or `for` loop. Its own module so
 * the page can decide without loading the shell (the shell itself runs in a worker).
 */
import { parse } from './parse.ts';

export function isComplete(text: string): boolean {
  return parse(text, { final: false }).error?.kind !== 'incomplete';
}
