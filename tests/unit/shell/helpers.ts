import { Shell, type Command } from '../../../sandbox/shell/index.ts';
import { toText } from '../../../sandbox/workspace/fs.ts';
import { MemoryFS } from '../../../sandbox/workspace/memory-fs.ts';

export const HOME = '/home/learner';
/** 2024-01-15T10:30:00Z: the clock of both the file system and the shell in these tests. */
export const NOW = Date.UTC(2024, 0, 15, 10, 30);

export interface Result {
  out: string;
  err: string;
  status: number;
}

/** A shell over a MemoryFS holding `files` in the home directory. */
export function setup(files: Record<string, string | Uint8Array> = {}, commands: Record<string, Command> = {}) {
  const fs = MemoryFS.fromFiles(HOME, files, { now: () => NOW });
  const shell = new Shell({ fs, home: HOME, commands, now: () => NOW });
  const run = async (line: string): Promise<Result> => {
    let out = '';
    let err = '';
    const status = await shell.run(line, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
    return { out, err, status };
  };
  const read = async (path: string) => toText(await fs.readFile(path.startsWith('/') ? path : `${HOME}/${path}`));
  const exists = async (path: string) => (await fs.stat(path.startsWith('/') ? path : `${HOME}/${path}`)) !== null;
  return { fs, shell, run, read, exists };
}

/** A stand-in for `aws`: prints its arguments, one per line, as `[arg]`, and the env var FAKE if set. */
export const printArgs: Command = async (ctx) => {
  ctx.stdout(ctx.argv.slice(1).map((a) => `[${a}]`).join('\n') + '\n');
  return 0;
};
