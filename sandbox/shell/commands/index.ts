/** The file and text commands every shell starts with, with the one-line summaries `help` prints. */
import type { Command } from '../types.ts';
import { cat } from './cat.ts';
import { echo } from './echo.ts';
import { cp, mkdir, mv, rm, touch } from './files.ts';
import { grep } from './grep.ts';
import { head, tail } from './head.ts';
import { ls } from './ls.ts';
import { clear, falseCommand, pwd, seq, trueCommand } from './misc.ts';
import { unzip } from './unzip.ts';
import { zip } from './zip.ts';

export interface CommandEntry {
  command: Command;
  summary: string;
}

export const coreCommands: Record<string, CommandEntry> = {
  cat: { command: cat, summary: 'print files (or standard input)' },
  clear: { command: clear, summary: 'clear the terminal' },
  cp: { command: cp, summary: 'copy files (-r for directories)' },
  echo: { command: echo, summary: 'print its arguments (-n: no newline, -e: escapes)' },
  false: { command: falseCommand, summary: 'do nothing, unsuccessfully (status 1)' },
  grep: { command: grep, summary: 'print lines that match a pattern' },
  head: { command: head, summary: 'print the first lines of files (-n N)' },
  ls: { command: ls, summary: 'list directory contents (-l -a -1 -F)' },
  mkdir: { command: mkdir, summary: 'make directories (-p: with parents)' },
  mv: { command: mv, summary: 'move or rename files' },
  pwd: { command: pwd, summary: 'print the working directory' },
  rm: { command: rm, summary: 'remove files (-r: directories, -f: no errors for missing ones)' },
  seq: { command: seq, summary: 'print a sequence of numbers' },
  tail: { command: tail, summary: 'print the last lines of files (-n N)' },
  touch: { command: touch, summary: 'create empty files, or update their times' },
  true: { command: trueCommand, summary: 'do nothing, successfully (status 0)' },
  unzip: { command: unzip, summary: 'extract (or -l list) a .zip archive' },
  zip: { command: zip, summary: 'package files into a .zip archive (-r: recurse), e.g. a deployment package' },
};
