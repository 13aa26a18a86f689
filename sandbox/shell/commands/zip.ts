/**
 * `zip`, as Info-ZIP's zip 3.0 behaves for building deployment packages:
 *   zip function.zip index.mjs        →   adding: index.mjs (deflated 32%)
 *   zip -r function.zip .             →   recursive, the archive itself left out
 *   zip function.zip index.mjs (again) →  updating: index.mjs (deflated 32%)
 * Options -r, -q, -j, -D, -0…-9, -x PATTERN. Entry times are the files' mtimes, so the same
 * workspace gives the same bytes. Messages that Info-ZIP prints as warnings and errors go to stderr.
 */
import type { FileSystem } from '../../workspace/fs.ts';
import { basename } from '../../workspace/path.ts';
import { collate } from '../collate.ts';
import { globToRegExp } from '../glob.ts';
import type { Command, CommandContext } from '../types.ts';
import { createZip, readZip, savedPercent, ZipError, type ZipInput } from '../zip.ts';

const USAGE = `Copyright (c) 1990-2008 Info-ZIP - Type 'zip "-L"' for software license.
Zip 3.0 (July 5th 2008). Usage:
zip [-options] [-b path] [-t mmddyyyy] [-n suffixes] [zipfile list] [-xi list]
  The default action is to add or replace zipfile entries from list.
  -r   recurse into directories     -j   junk (don't record) directory names
  -q   quiet operation              -D   do not add directory entries
  -0   store only                   -9   compress better
  -x   exclude the following names
`;

interface Found {
  name: string;
  path: string;
  dir: boolean;
  mtimeMs: number;
}

export const zip: Command = async (ctx) => {
  const args = ctx.argv.slice(1);
  if (args.length === 0) {
    ctx.stdout(USAGE);
    return 0;
  }
  const flags = new Set<string>();
  const excludes: string[] = [];
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-x' || arg === '--exclude') {
      // Info-ZIP's -x takes every following name up to the next option.
      while (i + 1 < args.length && !args[i + 1].startsWith('-')) excludes.push(args[++i]);
      continue;
    }
    if (arg.startsWith('--')) {
      const long: Record<string, string> = { recurse_paths: 'r', quiet: 'q', junk_paths: 'j', no_dir_entries: 'D', help: 'h' };
      const name = arg.slice(2);
      if (!(name in long)) return zipError(ctx, 16, `Invalid command arguments (long option '${name}' not supported)`);
      flags.add(long[name]);
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      for (const c of arg.slice(1)) {
        if (!'rqjDhv0123456789'.includes(c)) return zipError(ctx, 16, `Invalid command arguments (short option '${c}' not supported)`);
        flags.add(c);
      }
      continue;
    }
    operands.push(arg);
  }
  if (flags.has('h')) {
    ctx.stdout(USAGE);
    return 0;
  }
  let archiveName = operands.shift();
  if (archiveName === undefined) return zipError(ctx, 16, 'Invalid command arguments (nothing to select from)');
  // Info-ZIP adds .zip to an archive name without a suffix.
  if (!basename(archiveName).includes('.')) archiveName += '.zip';
  const archivePath = ctx.resolve(archiveName);
  const quiet = flags.has('q');
  const store = flags.has('0');
  const excluded = excludes.map((p) => globToRegExp(p));

  // Read the existing archive first: updating keeps its entries and their order.
  let existing: ZipInput[] = [];
  const archiveStat = await ctx.fs.stat(archivePath);
  if (archiveStat?.type === 'dir') return zipError(ctx, 15, `Could not create output file (${archiveName})`);
  if (archiveStat) {
    try {
      existing = readZip(await ctx.fs.readFile(archivePath)).map((e) => ({ name: e.name, data: e.data, mtimeMs: e.mtimeMs }));
    } catch (error) {
      if (!(error instanceof ZipError)) throw error;
      ctx.stderr('\tzip warning: missing end signature--probably not a zip file (did you\n\tzip warning: remember to use binary mode when you transferred it?)\n');
      return zipError(ctx, 3, `Zip file structure invalid (${archiveName})`);
    }
  }

  const found: Found[] = [];
  for (const operand of operands) {
    const path = ctx.resolve(operand);
    const stat = await ctx.fs.stat(path);
    if (!stat) {
      ctx.stderr(`\tzip warning: name not matched: ${operand}\n`);
      continue;
    }
    const name = entryName(operand);
    if (stat.type === 'file') {
      if (path !== archivePath) found.push({ name: flags.has('j') ? basename(name) : name, path, dir: false, mtimeMs: stat.mtimeMs });
      continue;
    }
    if (name !== '' && !flags.has('D') && !flags.has('j')) found.push({ name: name + '/', path, dir: true, mtimeMs: stat.mtimeMs });
    if (flags.has('r')) await walk(ctx.fs, path, name, archivePath, found, flags.has('D') || flags.has('j'));
  }
  const selected = found
    .filter((f) => !excluded.some((re) => re.test(f.name) || re.test(f.name.replace(/\/$/, ''))))
    .map((f) => (flags.has('j') && !f.dir ? { ...f, name: basename(f.name) } : f));
  if (selected.length === 0) return zipError(ctx, 12, `Nothing to do! (${archiveName})`);

  const inputs = [...existing];
  const verbs = new Map<string, string>();
  for (const f of selected) {
    const data = f.dir ? new Uint8Array(0) : await ctx.fs.readFile(f.path);
    const input: ZipInput = { name: f.name, data, mtimeMs: f.mtimeMs };
    const at = inputs.findIndex((e) => e.name === f.name);
    if (at >= 0) inputs[at] = input;
    else inputs.push(input);
    verbs.set(f.name, verbs.get(f.name) ?? (at >= 0 ? 'updating' : '  adding'));
  }
  const { data, entries } = createZip(inputs, { store });
  if (!quiet) {
    for (const entry of entries) {
      const verb = verbs.get(entry.name);
      if (!verb) continue;
      const how = entry.method === 8 ? 'deflated' : 'stored';
      ctx.stdout(`${verb}: ${entry.name} (${how} ${savedPercent(entry.size, entry.compressedSize)}%)\n`);
    }
  }
  try {
    await ctx.fs.writeFile(archivePath, data);
  } catch {
    return zipError(ctx, 15, `Could not create output file (${archiveName})`);
  }
  return 0;
};

/** The name zip records for an operand: forward slashes, no leading `/`, `./` or `../`. */
function entryName(operand: string): string {
  return operand
    .split('/')
    .filter((s) => s !== '' && s !== '.' && s !== '..')
    .join('/');
}

async function walk(fs: FileSystem, dir: string, prefix: string, archivePath: string, out: Found[], noDirs: boolean): Promise<void> {
  const names = (await fs.readdir(dir)).sort(collate);
  for (const name of names) {
    const path = dir === '/' ? `/${name}` : `${dir}/${name}`;
    if (path === archivePath) continue;
    const stat = await fs.stat(path);
    if (!stat) continue;
    const entry = prefix === '' ? name : `${prefix}/${name}`;
    if (stat.type === 'dir') {
      if (!noDirs) out.push({ name: entry + '/', path, dir: true, mtimeMs: stat.mtimeMs });
      await walk(fs, path, entry, archivePath, out, noDirs);
    } else out.push({ name: entry, path, dir: false, mtimeMs: stat.mtimeMs });
  }
}

function zipError(ctx: CommandContext, status: number, message: string): number {
  ctx.stderr(`\nzip error: ${message}\n`);
  return status;
}
