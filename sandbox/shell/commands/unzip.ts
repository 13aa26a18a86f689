/**
 * `unzip`, as Info-ZIP's UnZip 6.00 behaves: `Archive:  function.zip` then `  inflating: index.mjs`
 * lines; -o overwrite, -n never overwrite, -d DIR, -l list, -t test, -p to stdout, -j junk paths,
 * -q quiet; member names (wildcards allowed) select entries. With no -o/-n and a file in the way it
 * does what UnZip does when it cannot ask: treat the answer as [N]one (the terminal cannot prompt).
 */
import { join } from '../../workspace/path.ts';
import { globToRegExp } from '../glob.ts';
import type { Command, CommandContext } from '../types.ts';
import { readZip, safeEntryName, ZipError, type ZipEntry } from '../zip.ts';
import { getopt } from './getopt.ts';
import { errorText } from './util.ts';

const USAGE = `UnZip 6.00 of 20 April 2009, by Info-ZIP.

Usage: unzip [-Z] [-opts[modifiers]] file[.zip] [list] [-x xlist] [-d exdir]
  Default action is to extract files in list, except those in xlist, to exdir;
  file[.zip] may be a wildcard.

  -p  extract files to pipe, no messages     -l  list files (short format)
  -t  test compressed archive data           -d  extract files into exdir
modifiers:
  -n  never overwrite existing files         -q  quiet mode (-qq => quieter)
  -o  overwrite files WITHOUT prompting      -j  junk paths (do not make directories)
`;

export const unzip: Command = async (ctx) => {
  const args = ctx.argv.slice(1);
  // -x takes the names after it, up to the next option.
  const excludes: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-x') {
      while (i + 1 < args.length && !args[i + 1].startsWith('-')) excludes.push(args[++i]);
    } else rest.push(args[i]);
  }
  const parsed = getopt(rest, { flags: 'olqtpjnv', values: 'd', long: {} });
  if ('error' in parsed || parsed.flags.help) {
    ctx.stdout(USAGE);
    return 'error' in parsed ? 10 : 0;
  }
  const f = parsed.flags;
  const [archiveArg, ...members] = parsed.operands;
  if (archiveArg === undefined) {
    ctx.stdout(USAGE);
    return 0;
  }
  const quiet = (f.q ?? 0) > 0;

  // UnZip tries NAME, NAME.zip and NAME.ZIP.
  let archivePath: string | null = null;
  for (const candidate of [archiveArg, `${archiveArg}.zip`, `${archiveArg}.ZIP`]) {
    if ((await ctx.fs.stat(ctx.resolve(candidate)))?.type === 'file') {
      archivePath = ctx.resolve(candidate);
      break;
    }
  }
  if (!archivePath) {
    ctx.stderr(`unzip:  cannot find or open ${archiveArg}, ${archiveArg}.zip or ${archiveArg}.ZIP.\n`);
    return 9;
  }
  if (!quiet && !f.p) ctx.stdout(`Archive:  ${archiveArg}\n`);
  let entries: ZipEntry[];
  try {
    entries = readZip(await ctx.fs.readFile(archivePath));
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    if (error.code === 'NOT_ZIP') {
      ctx.stderr(
        '  End-of-central-directory signature not found.  Either this file is not\n' +
          '  a zipfile, or it constitutes one disk of a multi-part archive.  In the\n' +
          '  latter case the central directory and zipfile comment will be found on\n' +
          '  the last disk(s) of this archive.\n' +
          `unzip:  cannot find zipfile directory in one of ${archiveArg} or\n` +
          `        ${archiveArg}.zip, and cannot find ${archiveArg}.ZIP, period.\n`,
      );
      return 9;
    }
    ctx.stderr(`error:  ${error.message}\n`);
    return error.code === 'UNSUPPORTED' ? 81 : 3;
  }

  // Member selection, with the same wildcards as the shell's.
  const include = members.map((m) => ({ pattern: m, re: globToRegExp(m), used: false }));
  const exclude = excludes.map((m) => globToRegExp(m));
  const chosen = entries.filter((e) => {
    if (exclude.some((re) => re.test(e.name))) return false;
    if (include.length === 0) return true;
    const hit = include.filter((m) => m.re.test(e.name));
    for (const m of hit) m.used = true;
    return hit.length > 0;
  });
  let status = 0;
  const unmatched = include.filter((m) => !m.used);
  if (f.l) list(ctx, chosen);
  else if (f.t) {
    for (const e of chosen) if (!quiet) ctx.stdout(`    testing: ${e.name.padEnd(22)}   OK\n`);
    if (!quiet || (f.q ?? 0) < 2) ctx.stdout(`No errors detected in compressed data of ${archiveArg}.\n`);
  } else if (f.p) {
    for (const e of chosen) if (!e.dir) ctx.stdout(new TextDecoder().decode(e.data));
  } else status = await extract(ctx, chosen, { quiet, overwrite: !!f.o, never: !!f.n, junk: !!f.j, exdir: parsed.values.d });
  for (const m of unmatched) ctx.stderr(`caution: filename not matched:  ${m.pattern}\n`);
  return unmatched.length > 0 ? 11 : status;
};

/** `unzip -l`: Info-ZIP's table (dates as Debian's UnZip prints them, ISO, in UTC). */
function list(ctx: CommandContext, entries: ZipEntry[]): void {
  let out = '  Length      Date    Time    Name\n---------  ---------- -----   ----\n';
  let total = 0;
  for (const e of entries) {
    total += e.size;
    const d = new Date(e.mtimeMs);
    const pad = (n: number) => String(n).padStart(2, '0');
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    out += `${String(e.size).padStart(9)}  ${date}   ${e.name}\n`;
  }
  out += '---------                     -------\n';
  out += `${String(total).padStart(9)}                     ${entries.length} file${entries.length === 1 ? '' : 's'}\n`;
  ctx.stdout(out);
}

async function extract(
  ctx: CommandContext,
  entries: ZipEntry[],
  opts: { quiet: boolean; overwrite: boolean; never: boolean; junk: boolean; exdir?: string },
): Promise<number> {
  const base = opts.exdir === undefined ? ctx.cwd : ctx.resolve(opts.exdir);
  const shown = (name: string) => (opts.exdir === undefined ? name : `${opts.exdir.replace(/\/+$/, '')}/${name}`);
  const say = (line: string) => {
    if (!opts.quiet) ctx.stdout(line);
  };
  try {
    await ctx.fs.mkdir(base, { recursive: true });
  } catch (error) {
    ctx.stderr(`checkdir:  cannot create extraction directory: ${opts.exdir}\n           ${errorText(error)}\n`);
    return 3;
  }
  let status = 0;
  let none = false;
  for (const entry of entries) {
    let name = safeEntryName(entry.name);
    if (name !== entry.name.replace(/^\.\//, '')) ctx.stderr(`warning:  skipped "../" path component(s) in ${entry.name}\n`);
    if (opts.junk) {
      if (entry.dir) continue;
      name = name.slice(name.lastIndexOf('/') + 1);
    }
    if (name === '') continue;
    const path = join(base, name);
    const existing = await ctx.fs.stat(path);
    try {
      if (entry.dir) {
        if (!existing) {
          await ctx.fs.mkdir(path, { recursive: true });
          say(`   creating: ${shown(name)}\n`);
        }
        continue;
      }
      if (existing) {
        if (opts.never || none) continue;
        if (!opts.overwrite) {
          // What UnZip does when it cannot read an answer: "[N]one" for this and every later file.
          ctx.stderr(`replace ${shown(name)}? [y]es, [n]o, [A]ll, [N]one, [r]ename:  NULL\n(EOF or read error, treating as "[N]one" ...)\n`);
          none = true;
          status = 1;
          continue;
        }
      }
      const parent = path.slice(0, path.lastIndexOf('/')) || '/';
      await ctx.fs.mkdir(parent, { recursive: true });
      await ctx.fs.writeFile(path, entry.data);
      say(`${entry.method === 8 ? '  inflating' : ' extracting'}: ${shown(name).padEnd(22)}  \n`);
    } catch (error) {
      ctx.stderr(`error:  cannot create ${shown(name)}\n        ${errorText(error)}\n`);
      status = 50;
    }
  }
  return status;
}
