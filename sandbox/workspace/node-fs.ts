/**
 * A real directory seen as the learner's virtual tree, for Node (`lab shell`, `lab grade`, tests).
 * The only module under sandbox/ that touches node:fs: everything else stays isomorphic.
 *
 * The virtual root (e.g. `/home/learner`) maps onto `dir`; a path outside it is EACCES, and so is a
 * symbolic link that leads out of `dir`, so that grading a learner's folder never reads the grader's
 * own files.
 */
import { mkdir, readdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import * as nodePath from 'node:path';
import { FsError, toBytes, type FileStat, type FileSystem, type FsErrorCode } from './fs.ts';
import { normalize } from './path.ts';

const KNOWN_CODES = new Set<string>(['ENOENT', 'EISDIR', 'ENOTDIR', 'EEXIST', 'ENOTEMPTY', 'EACCES']);

export interface NodeFSOptions {
  /** The real directory. */
  dir: string;
  /** The absolute virtual path it appears at; default `/`. */
  root?: string;
}

export class NodeFS implements FileSystem {
  readonly dir: string;
  readonly root: string;
  private realDir: Promise<string> | null = null;

  /** `new NodeFS('/tmp/work', '/home/learner')` or `new NodeFS({ dir, root })`. */
  constructor(dirOrOptions: string | NodeFSOptions, root?: string) {
    const options = typeof dirOrOptions === 'string' ? { dir: dirOrOptions, root } : dirOrOptions;
    this.dir = nodePath.resolve(options.dir);
    this.root = normalize('/' + (options.root ?? '/'));
  }

  async readFile(path: string): Promise<Uint8Array> {
    const real = await this.real(path);
    return this.call(path, async () => new Uint8Array(await readFile(real)));
  }

  async writeFile(path: string, data: Uint8Array | string): Promise<void> {
    const real = await this.real(path);
    await this.call(path, () => writeFile(real, toBytes(data)));
  }

  async stat(path: string): Promise<FileStat | null> {
    let real: string;
    try {
      real = await this.real(path);
    } catch (error) {
      // Outside the root does not exist, as far as the learner can see.
      if (error instanceof FsError) return null;
      throw error;
    }
    try {
      const s = await stat(real);
      return { type: s.isDirectory() ? 'dir' : 'file', size: s.size, mtimeMs: s.mtimeMs };
    } catch {
      return null;
    }
  }

  async readdir(path: string): Promise<string[]> {
    const real = await this.real(path);
    return this.call(path, async () => (await readdir(real)).sort());
  }

  async mkdir(path: string, options: { recursive?: boolean } = {}): Promise<void> {
    const real = await this.real(path);
    await this.call(path, async () => {
      await mkdir(real, { recursive: options.recursive ?? false });
    });
  }

  async rm(path: string, options: { recursive?: boolean } = {}): Promise<void> {
    const virtual = normalize('/' + path);
    if (virtual === this.root) throw new FsError('EACCES', virtual);
    const real = await this.real(path);
    await this.call(path, async () => {
      const s = await stat(real);
      // node's rm reports ERR_FS_EISDIR, not an errno; say it the way the interface does.
      if (s.isDirectory() && !options.recursive) throw new FsError('EISDIR', virtual);
      await rm(real, { recursive: options.recursive ?? false });
    });
  }

  /** The real path for a virtual one, or EACCES when it (or a link on the way) leaves the root. */
  private async real(path: string): Promise<string> {
    const virtual = normalize('/' + path);
    const rel = this.root === '/' ? virtual.slice(1) : virtual === this.root ? '' : virtual.startsWith(this.root + '/') ? virtual.slice(this.root.length + 1) : null;
    if (rel === null) throw new FsError('EACCES', virtual);
    const real = nodePath.join(this.dir, ...rel.split('/').filter(Boolean));
    await this.checkLinks(real, virtual);
    return real;
  }

  /** Resolves symbolic links along the deepest existing ancestor and refuses those that point outside. */
  private async checkLinks(real: string, virtual: string): Promise<void> {
    this.realDir ??= realpath(this.dir).catch(() => this.dir);
    const base = await this.realDir;
    for (let p = real; ; p = nodePath.dirname(p)) {
      try {
        const resolved = await realpath(p);
        // A root of `/` contains everything (the `aws` and `zip` bins see the whole file system).
        const prefix = base.endsWith(nodePath.sep) ? base : base + nodePath.sep;
        if (resolved !== base && !resolved.startsWith(prefix)) throw new FsError('EACCES', virtual);
        return;
      } catch (error) {
        if (error instanceof FsError) throw error;
        if (p === this.dir || nodePath.dirname(p) === p) return;
      }
    }
  }

  /** Runs a node:fs call and turns its errno into an FsError about the virtual path. */
  private async call<T>(path: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof FsError) throw error;
      const code = (error as { code?: string }).code ?? '';
      const virtual = normalize('/' + path);
      if (KNOWN_CODES.has(code)) throw new FsError(code as FsErrorCode, virtual);
      if (code === 'EPERM') throw new FsError('EACCES', virtual);
      throw error;
    }
  }
}
