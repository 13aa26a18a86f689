/** What a command sees. Every command — built-in, `aws`, `lab`, `node` — is one async function of this. */
import type { FileSystem } from '../workspace/fs.ts';

export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface CommandContext extends CommandIO {
  /** argv[0] is the command name. */
  argv: string[];
  cwd: string;
  home: string;
  /** The exported variables, plus `NAME=value` prefixes of this command. */
  env: Record<string, string>;
  fs: FileSystem;
  /** '' unless piped or redirected (`<`, here-document). */
  stdin: string;
  /** Aborted when the learner presses Ctrl-C. */
  signal?: AbortSignal;
  /** A path as typed, made absolute against cwd, with `~` expanded. */
  resolve(path: string): string;
  /** Present when stdout is the terminal (not a file, pipe or $( )): `ls` lays out columns only then. */
  terminal?: { columns: number };
  /** The shell's clock (ms since the epoch), for output that depends on "now" such as `ls -l`. */
  now?: () => number;
}

/** Resolves with the exit status. Throwing is allowed: the shell prints `bash: <cmd>: <message>`, status 1. */
export type Command = (ctx: CommandContext) => Promise<number>;
