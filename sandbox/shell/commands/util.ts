/** Small helpers the built-ins share: coreutils' ways of quoting names and reporting errors. */
import { FS_ERROR_MESSAGES, isFsError, toText } from '../../workspace/fs.ts';
import type { CommandContext } from '../types.ts';

/** strerror-style text for an error from the file system (or any error's message). */
export function errorText(error: unknown): string {
  if (isFsError(error)) return FS_ERROR_MESSAGES[error.code];
  return error instanceof Error ? error.message : String(error);
}

/**
 * A file name in diagnostics, as coreutils quotes it since 8.25 ("shell-escape" style):
 * `cannot access 'nope'`; a name holding `'` goes in double quotes.
 */
export function q(name: string): string {
  return name.includes("'") ? `"${name}"` : `'${name}'`;
}

/** GNU's locale quotes, used by a few older messages (`mkdir: cannot create directory ‘x’`). */
export function lq(name: string): string {
  return `‘${name}’`;
}

/** Prints `cmd: message` and `Try 'cmd --help' …` on stderr; returns the status to exit with. */
export function usageError(ctx: CommandContext, cmd: string, message: string, status = 1): number {
  ctx.stderr(`${cmd}: ${message}\nTry '${cmd} --help' for more information.\n`);
  return status;
}

/** Reads a file as text, or null after printing `cmd: name: <error>` (cat's wording). */
export async function readTextOrReport(ctx: CommandContext, cmd: string, name: string): Promise<string | null> {
  try {
    return toText(await ctx.fs.readFile(ctx.resolve(name)));
  } catch (error) {
    ctx.stderr(`${cmd}: ${name}: ${errorText(error)}\n`);
    return null;
  }
}

/** Text split into lines, keeping whether the last one ended with a newline. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
