/** `mkdir`, `rm`, `cp`, `mv`, `touch`: coreutils' behaviour and diagnostics over the FileSystem interface. */
import type { FileSystem } from '../../workspace/fs.ts';
import { basename, isInside } from '../../workspace/path.ts';
import type { Command, CommandContext } from '../types.ts';
import { getopt, type OptionSpec } from './getopt.ts';
import { errorText, lq, q, usageError } from './util.ts';

const code = (error: unknown) => (error as { code?: string }).code;

function help(ctx: CommandContext, text: string): number {
  ctx.stdout(text);
  return 0;
}

export const mkdir: Command = async (ctx) => {
  const parsed = getopt(ctx.argv.slice(1), { flags: 'pv', long: { parents: 'p', verbose: 'v' } });
  if ('error' in parsed) return usageError(ctx, 'mkdir', parsed.error);
  if (parsed.flags.help) return help(ctx, 'Usage: mkdir [OPTION]... DIRECTORY...\nCreate the DIRECTORY(ies), if they do not already exist.\n\n  -p, --parents     no error if existing, make parent directories as needed\n  -v, --verbose     print a message for each created directory\n');
  if (parsed.operands.length === 0) return usageError(ctx, 'mkdir', 'missing operand');
  let status = 0;
  for (const name of parsed.operands) {
    const path = ctx.resolve(name);
    try {
      const existed = (await ctx.fs.stat(path)) !== null;
      await ctx.fs.mkdir(path, { recursive: !!parsed.flags.p });
      if (parsed.flags.v && !existed) ctx.stdout(`mkdir: created directory ${q(name)}\n`);
    } catch (error) {
      ctx.stderr(`mkdir: cannot create directory ${lq(name)}: ${errorText(error)}\n`);
      status = 1;
    }
  }
  return status;
};

export const rm: Command = async (ctx) => {
  const parsed = getopt(ctx.argv.slice(1), { flags: 'rRfvd', long: { recursive: 'r', force: 'f', verbose: 'v', dir: 'd', 'no-preserve-root': 'no-preserve-root' } });
  if ('error' in parsed) return usageError(ctx, 'rm', parsed.error);
  const f = parsed.flags;
  if (f.help) return help(ctx, 'Usage: rm [OPTION]... [FILE]...\nRemove (unlink) the FILE(s).\n\n  -f, --force           ignore nonexistent files, never prompt\n  -r, -R, --recursive   remove directories and their contents recursively\n  -d, --dir             remove empty directories\n  -v, --verbose         explain what is being done\n');
  const recursive = !!(f.r || f.R);
  if (parsed.operands.length === 0) return f.f ? 0 : usageError(ctx, 'rm', 'missing operand');
  let status = 0;
  for (const name of parsed.operands) {
    const path = ctx.resolve(name);
    const base = basename(name.replace(/\/+$/, '') || '/');
    if (base === '.' || base === '..') {
      ctx.stderr(`rm: refusing to remove '.' or '..' directory: skipping ${q(name)}\n`);
      status = 1;
      continue;
    }
    if (path === '/' && recursive && !f['no-preserve-root']) {
      ctx.stderr(`rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n`);
      status = 1;
      continue;
    }
    const stat = await ctx.fs.stat(path);
    if (!stat) {
      if (!f.f) {
        ctx.stderr(`rm: cannot remove ${q(name)}: No such file or directory\n`);
        status = 1;
      }
      continue;
    }
    try {
      if (stat.type === 'dir' && !recursive) {
        if (!f.d) throw Object.assign(new Error('Is a directory'), { code: 'EISDIR' });
        if ((await ctx.fs.readdir(path)).length > 0) throw Object.assign(new Error('Directory not empty'), { code: 'ENOTEMPTY' });
      }
      await ctx.fs.rm(path, { recursive: stat.type === 'dir' });
      if (f.v) ctx.stdout(stat.type === 'dir' ? `removed directory ${q(name)}\n` : `removed ${q(name)}\n`);
    } catch (error) {
      ctx.stderr(`rm: cannot remove ${q(name)}: ${errorText(error)}\n`);
      status = 1;
    }
  }
  return status;
};

export const touch: Command = async (ctx) => {
  const parsed = getopt(ctx.argv.slice(1), { flags: 'c', long: { 'no-create': 'c' } });
  if ('error' in parsed) return usageError(ctx, 'touch', parsed.error);
  if (parsed.flags.help) return help(ctx, 'Usage: touch [OPTION]... FILE...\nUpdate the modification time of each FILE to the current time.\nA FILE argument that does not exist is created empty.\n\n  -c, --no-create   do not create any files\n');
  if (parsed.operands.length === 0) return usageError(ctx, 'touch', 'missing file operand');
  let status = 0;
  for (const name of parsed.operands) {
    const path = ctx.resolve(name);
    try {
      const stat = await ctx.fs.stat(path);
      // The interface has no utimes: rewriting the same bytes is how the mtime moves to "now".
      if (stat?.type === 'file') await ctx.fs.writeFile(path, await ctx.fs.readFile(path));
      else if (!stat && !parsed.flags.c) await ctx.fs.writeFile(path, '');
    } catch (error) {
      ctx.stderr(`touch: cannot touch ${q(name)}: ${errorText(error)}\n`);
      status = 1;
    }
  }
  return status;
};

/** Copies a file or a whole tree (the caller has checked that src is not an ancestor of dest). */
async function copyTree(fs: FileSystem, src: string, dest: string): Promise<void> {
  const stat = await fs.stat(src);
  if (stat?.type === 'dir') {
    if ((await fs.stat(dest))?.type !== 'dir') await fs.mkdir(dest);
    for (const name of await fs.readdir(src)) await copyTree(fs, `${src}/${name}`.replace('//', '/'), `${dest}/${name}`.replace('//', '/'));
    return;
  }
  await fs.writeFile(dest, await fs.readFile(src));
}

/** Where `src` goes: into `dest` when dest is a directory (or several sources), else to `dest` itself. */
async function transfer(ctx: CommandContext, cmd: 'cp' | 'mv'): Promise<number> {
  const spec: OptionSpec = cmd === 'cp'
    ? { flags: 'rRafvnT', long: { recursive: 'r', archive: 'a', force: 'f', verbose: 'v', 'no-clobber': 'n', 'no-target-directory': 'T' } }
    : { flags: 'fvnT', long: { force: 'f', verbose: 'v', 'no-clobber': 'n', 'no-target-directory': 'T' } };
  const parsed = getopt(ctx.argv.slice(1), spec);
  if ('error' in parsed) return usageError(ctx, cmd, parsed.error);
  const f = parsed.flags;
  if (f.help) {
    return help(ctx, cmd === 'cp'
      ? 'Usage: cp [OPTION]... SOURCE DEST\n  or:  cp [OPTION]... SOURCE... DIRECTORY\nCopy SOURCE to DEST, or multiple SOURCE(s) to DIRECTORY.\n\n  -r, -R, --recursive   copy directories recursively\n  -n, --no-clobber      do not overwrite an existing file\n  -v, --verbose         explain what is being done\n'
      : 'Usage: mv [OPTION]... SOURCE DEST\n  or:  mv [OPTION]... SOURCE... DIRECTORY\nRename SOURCE to DEST, or move SOURCE(s) to DIRECTORY.\n\n  -n, --no-clobber      do not overwrite an existing file\n  -v, --verbose         explain what is being done\n');
  }
  const recursive = cmd === 'mv' || !!(f.r || f.R || f.a);
  const ops = parsed.operands;
  if (ops.length === 0) return usageError(ctx, cmd, 'missing file operand');
  if (ops.length === 1) return usageError(ctx, cmd, `missing destination file operand after ${q(ops[0])}`);
  const target = ops[ops.length - 1];
  const targetPath = ctx.resolve(target);
  const targetStat = await ctx.fs.stat(targetPath);
  const intoDir = targetStat?.type === 'dir' && !f.T;
  if (ops.length > 2 && !intoDir) {
    ctx.stderr(`${cmd}: target ${q(target)} is not a directory\n`);
    return 1;
  }
  let status = 0;
  for (const source of ops.slice(0, -1)) {
    const src = ctx.resolve(source);
    const srcStat = await ctx.fs.stat(src);
    if (!srcStat) {
      ctx.stderr(`${cmd}: cannot stat ${q(source)}: No such file or directory\n`);
      status = 1;
      continue;
    }
    if (srcStat.type === 'dir' && !recursive) {
      ctx.stderr(`cp: -r not specified; omitting directory ${q(source)}\n`);
      status = 1;
      continue;
    }
    const name = basename(source.replace(/\/+$/, '')) || basename(src);
    const dest = intoDir ? (targetPath === '/' ? `/${name}` : `${targetPath}/${name}`) : targetPath;
    const destShown = intoDir ? `${target.replace(/\/+$/, '')}/${name}` : target;
    if (dest === src) {
      ctx.stderr(`${cmd}: ${q(source)} and ${q(destShown)} are the same file\n`);
      status = 1;
      continue;
    }
    if (srcStat.type === 'dir' && isInside(src, dest)) {
      ctx.stderr(cmd === 'cp'
        ? `cp: cannot copy a directory, ${q(source)}, into itself, ${q(destShown)}\n`
        : `mv: cannot move ${q(source)} to a subdirectory of itself, ${q(destShown)}\n`);
      status = 1;
      continue;
    }
    const destStat = await ctx.fs.stat(dest);
    if (destStat && f.n) continue;
    if (destStat?.type === 'dir' && srcStat.type !== 'dir') {
      ctx.stderr(`${cmd}: cannot overwrite directory ${q(destShown)} with non-directory\n`);
      status = 1;
      continue;
    }
    if (destStat?.type === 'file' && srcStat.type === 'dir') {
      ctx.stderr(`${cmd}: cannot overwrite non-directory ${q(destShown)} with directory ${q(source)}\n`);
      status = 1;
      continue;
    }
    try {
      if (cmd === 'mv' && destStat?.type === 'dir' && (await ctx.fs.readdir(dest)).length > 0) {
        ctx.stderr(`mv: cannot move ${q(source)} to ${q(destShown)}: Directory not empty\n`);
        status = 1;
        continue;
      }
      await copyTree(ctx.fs, src, dest);
      if (cmd === 'mv') await ctx.fs.rm(src, { recursive: true });
      if (f.v) ctx.stdout(cmd === 'mv' ? `renamed ${q(source)} -> ${q(destShown)}\n` : `${q(source)} -> ${q(destShown)}\n`);
    } catch (error) {
      const what = code(error) === 'ENOENT' || code(error) === 'ENOTDIR'
        ? (cmd === 'cp' ? `cp: cannot create ${srcStat.type === 'dir' ? 'directory' : 'regular file'} ${q(destShown)}` : `mv: cannot move ${q(source)} to ${q(destShown)}`)
        : `${cmd}: ${q(destShown)}`;
      ctx.stderr(`${what}: ${errorText(error)}\n`);
      status = 1;
    }
  }
  return status;
}

export const cp: Command = (ctx) => transfer(ctx, 'cp');
export const mv: Command = (ctx) => transfer(ctx, 'mv');
