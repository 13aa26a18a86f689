/**
 * `ls`, as GNU coreutils prints it: columns on a terminal (names two spaces apart when they fit on
 * one line), one name per line into a pipe or file, `-l` long format with `total`, errors in its words.
 * Times are shown in UTC, the time zone Lambda runs in, so the output is the same on every machine.
 */
import type { FileStat } from '../../workspace/fs.ts';
import { basename, dirname } from '../../workspace/path.ts';
import { collate } from '../collate.ts';
import type { Command, CommandContext } from '../types.ts';
import { getopt } from './getopt.ts';
import { errorText, q, usageError } from './util.ts';

interface Item {
  name: string;
  path: string;
  stat: FileStat;
}

interface Options {
  all: boolean;
  almostAll: boolean;
  long: boolean;
  one: boolean;
  classify: boolean;
  directory: boolean;
  human: boolean;
  reverse: boolean;
  byTime: boolean;
  bySize: boolean;
  recursive: boolean;
}

const HELP = `Usage: ls [OPTION]... [FILE]...
List information about the FILEs (the current directory by default).

  -a, --all                  do not ignore entries starting with .
  -A, --almost-all           do not list implied . and ..
  -d, --directory            list directories themselves, not their contents
  -F, --classify             append / to directories
  -h, --human-readable       with -l, print sizes like 1K 234M 2G
  -l                         use a long listing format
  -r, --reverse              reverse order while sorting
  -R, --recursive            list subdirectories recursively
  -S                         sort by file size, largest first
  -t                         sort by time, newest first
  -1                         list one file per line
`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SIX_MONTHS_MS = 15_778_476_000;

export const ls: Command = async (ctx) => {
  const parsed = getopt(ctx.argv.slice(1), {
    flags: 'aAlF1dhrtSR',
    long: { all: 'a', 'almost-all': 'A', classify: 'F', directory: 'd', 'human-readable': 'h', reverse: 'r', recursive: 'R' },
  });
  if ('error' in parsed) return usageError(ctx, 'ls', parsed.error, 2);
  if (parsed.flags.help) {
    ctx.stdout(HELP);
    return 0;
  }
  const f = parsed.flags;
  const opts: Options = {
    all: !!f.a, almostAll: !!f.A, long: !!f.l, one: !!f['1'], classify: !!f.F, directory: !!f.d,
    human: !!f.h, reverse: !!f.r, byTime: !!f.t, bySize: !!f.S, recursive: !!f.R,
  };
  const operands = parsed.operands.length > 0 ? parsed.operands : ['.'];
  let status = 0;
  const files: Item[] = [];
  const dirs: Item[] = [];
  for (const name of operands) {
    const path = ctx.resolve(name);
    const stat = await ctx.fs.stat(path);
    if (!stat) {
      ctx.stderr(`ls: cannot access ${q(name)}: No such file or directory\n`);
      status = 2;
      continue;
    }
    (stat.type === 'dir' && !opts.directory ? dirs : files).push({ name, path, stat });
  }
  const blocks: string[] = [];
  if (files.length > 0) blocks.push(await format(ctx, sortItems(files, opts), opts, false));
  const headers = operands.length > 1 || opts.recursive;
  const queue = sortItems(dirs, opts);
  while (queue.length > 0) {
    const dir = queue.shift()!;
    let items: Item[];
    try {
      items = await listDir(ctx, dir, opts);
    } catch (error) {
      ctx.stderr(`ls: cannot open directory ${q(dir.name)}: ${errorText(error)}\n`);
      status = 2;
      continue;
    }
    const body = await format(ctx, items, opts, true);
    blocks.push((headers ? `${dir.name}:\n` : '') + body);
    if (opts.recursive) {
      const subdirs = items.filter((i) => i.stat.type === 'dir' && i.name !== '.' && i.name !== '..');
      queue.unshift(...subdirs.map((i) => ({ ...i, name: dir.name === '/' ? `/${i.name}` : `${dir.name}/${i.name}` })));
    }
  }
  ctx.stdout(blocks.join('\n'));
  return status;
};

async function listDir(ctx: CommandContext, dir: Item, opts: Options): Promise<Item[]> {
  const names = await ctx.fs.readdir(dir.path);
  const items: Item[] = [];
  if (opts.all) {
    items.push({ name: '.', path: dir.path, stat: dir.stat });
    const parent = dirname(dir.path);
    items.push({ name: '..', path: parent, stat: (await ctx.fs.stat(parent)) ?? dir.stat });
  }
  for (const name of names) {
    if (name.startsWith('.') && !opts.all && !opts.almostAll) continue;
    const path = dir.path === '/' ? `/${name}` : `${dir.path}/${name}`;
    const stat = await ctx.fs.stat(path);
    if (stat) items.push({ name, path, stat });
  }
  return sortItems(items, opts);
}

function sortItems(items: Item[], opts: Options): Item[] {
  const sorted = [...items].sort((a, b) => {
    if (opts.byTime && a.stat.mtimeMs !== b.stat.mtimeMs) return b.stat.mtimeMs - a.stat.mtimeMs;
    if (opts.bySize && a.stat.size !== b.stat.size) return b.stat.size - a.stat.size;
    return collate(a.name, b.name);
  });
  return opts.reverse ? sorted.reverse() : sorted;
}

async function format(ctx: CommandContext, items: Item[], opts: Options, isDir: boolean): Promise<string> {
  const label = (item: Item) => {
    const name = ctx.terminal ? shellQuote(item.name) : item.name;
    return name + (opts.classify && item.stat.type === 'dir' ? '/' : '');
  };
  if (opts.long) return longFormat(ctx, items, opts, isDir, label);
  if (items.length === 0) return '';
  const names = items.map(label);
  if (opts.one || !ctx.terminal) return names.map((n) => n + '\n').join('');
  return columns(names, ctx.terminal.columns);
}

/** GNU ls's vertical columns: as many as fit in the width, filled top to bottom, two spaces apart. */
export function columns(names: string[], width: number): string {
  for (let cols = names.length; cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const used = Math.ceil(names.length / rows);
    if (used < cols) continue;
    const widths: number[] = [];
    for (let c = 0; c < used; c++) widths.push(Math.max(...names.slice(c * rows, c * rows + rows).map((n) => n.length)));
    const total = widths.reduce((a, b) => a + b, 0) + 2 * (used - 1);
    if (total >= width && cols > 1) continue;
    const lines: string[] = [];
    for (let r = 0; r < rows; r++) {
      let line = '';
      for (let c = 0; c < used; c++) {
        const name = names[c * rows + r];
        if (name === undefined) continue;
        const last = c === used - 1 || names[(c + 1) * rows + r] === undefined;
        line += last ? name : name.padEnd(widths[c] + 2);
      }
      lines.push(line);
    }
    return lines.join('\n') + '\n';
  }
  return '';
}

async function longFormat(ctx: CommandContext, items: Item[], opts: Options, isDir: boolean, label: (i: Item) => string): Promise<string> {
  const user = ctx.env.USER || basename(ctx.home) || 'learner';
  const now = ctx.now?.() ?? Date.now();
  const rows: string[][] = [];
  let blocks = 0;
  for (const item of items) {
    const dir = item.stat.type === 'dir';
    blocks += dir ? 4 : Math.ceil(item.stat.size / 4096) * 4;
    const links = dir ? 2 + (await subdirCount(ctx, item.path)) : 1;
    rows.push([
      dir ? 'drwxr-xr-x' : '-rw-r--r--',
      String(links),
      user,
      user,
      opts.human ? human(item.stat.size) : String(item.stat.size),
      timestamp(item.stat.mtimeMs, now),
      label(item),
    ]);
  }
  const width = (i: number) => Math.max(0, ...rows.map((r) => r[i].length));
  const [wl, wu, wg, ws] = [width(1), width(2), width(3), width(4)];
  const lines = rows.map((r) => `${r[0]} ${r[1].padStart(wl)} ${r[2].padEnd(wu)} ${r[3].padEnd(wg)} ${r[4].padStart(ws)} ${r[5]} ${r[6]}\n`);
  const total = isDir ? `total ${opts.human ? human(blocks * 1024) : blocks}\n` : '';
  return total + lines.join('');
}

async function subdirCount(ctx: CommandContext, path: string): Promise<number> {
  try {
    let n = 0;
    for (const name of await ctx.fs.readdir(path)) {
      if ((await ctx.fs.stat(path === '/' ? `/${name}` : `${path}/${name}`))?.type === 'dir') n++;
    }
    return n;
  } catch {
    return 0;
  }
}

/** `Nov 28 06:06` for the last six months, `Jan  1  1970` otherwise, as ls does. */
export function timestamp(mtimeMs: number, now: number): string {
  const d = new Date(mtimeMs);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  const recent = mtimeMs > now - SIX_MONTHS_MS && mtimeMs <= now + 60_000;
  const tail = recent
    ? `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`
    : ` ${d.getUTCFullYear()}`;
  return `${MONTHS[d.getUTCMonth()]} ${day} ${tail}`;
}

/** ls -h: 104, 4.0K, 45K, 1.2M — one decimal below 10, rounded up as GNU does. */
export function human(bytes: number): string {
  const units = ['K', 'M', 'G', 'T'];
  if (bytes < 1024) return String(bytes);
  let value = bytes;
  let unit = -1;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (value < 10) {
    const v = Math.ceil(value * 10) / 10;
    return v >= 10 ? `10${units[unit]}` : `${v.toFixed(1)}${units[unit]}`;
  }
  return `${Math.ceil(value)}${units[unit]}`;
}

/** Names with spaces or shell characters are shown quoted on a terminal, as GNU ls does. */
function shellQuote(name: string): string {
  if (/^[A-Za-z0-9._\-+,@%=:/^~]*$/.test(name)) return name;
  return name.includes("'") ? `"${name}"` : `'${name}'`;
}
