/**
 * The in-memory file system of the browser sandbox and of tests. Its whole state is one Map from
 * absolute path to entry, so it snapshots to plain data (persistence, export, grading) and needs no
 * tree walking to find a file. The clock is injected, like the cloud's: no wall clock inside.
 */
import { FsError, toBytes, type FileStat, type FileSystem } from './fs.ts';
import { dirname, join, normalize } from './path.ts';

type Entry = { type: 'file'; data: Uint8Array; mtimeMs: number } | { type: 'dir'; mtimeMs: number };

/** ext4's size for a directory, so `ls -l` looks like it does on Linux. */
const DIR_SIZE = 4096;

export interface MemoryFSOptions {
  /** Clock for mtimes; defaults to 0 so that tests and snapshots are deterministic. */
  now?: () => number;
}

export class MemoryFS implements FileSystem {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<(paths: string[]) => void>();
  private readonly now: () => number;

  constructor(options: MemoryFSOptions = {}) {
    this.now = options.now ?? (() => 0);
    this.entries.set('/', { type: 'dir', mtimeMs: this.now() });
  }

  /**
   * A file system holding `files` under `root` (created with its parents). Keys are relative to
   * `root` (`src/app.js`) or absolute; a key ending in `/` makes an empty directory.
   */
  static fromFiles(root: string, files: Record<string, Uint8Array | string>, options: MemoryFSOptions = {}): MemoryFS {
    const fs = new MemoryFS(options);
    fs.mkdirp(normalize('/' + root));
    for (const [key, data] of Object.entries(files)) {
      const path = key.startsWith('/') ? normalize(key) : join('/', root, key);
      if (key.endsWith('/')) {
        fs.mkdirp(path);
        continue;
      }
      fs.mkdirp(dirname(path));
      fs.entries.set(path, { type: 'file', data: toBytes(data), mtimeMs: fs.now() });
    }
    return fs;
  }

  /**
   * Every file as path → bytes (copies). Without `root` the keys are absolute paths; with it, only
   * the files under `root`, keyed relative to it — the shape `fromFiles` takes back.
   * Empty directories are not part of a snapshot.
   */
  snapshot(root?: string): Record<string, Uint8Array> {
    const out: Record<string, Uint8Array> = {};
    const prefix = root === undefined ? null : normalize('/' + root).replace(/\/$/, '') + '/';
    for (const path of [...this.entries.keys()].sort()) {
      const entry = this.entries.get(path)!;
      if (entry.type !== 'file') continue;
      if (prefix === null) out[path] = new Uint8Array(entry.data);
      else if (path.startsWith(prefix)) out[path.slice(prefix.length)] = new Uint8Array(entry.data);
    }
    return out;
  }

  /** Subscribes to changes; the listener gets the paths created, modified or removed. Returns the unsubscribe. */
  onChange(listener: (paths: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  async readFile(path: string): Promise<Uint8Array> {
    const p = this.abs(path);
    const entry = this.lookup(p);
    if (entry.type === 'dir') throw new FsError('EISDIR', p);
    return new Uint8Array(entry.data);
  }

  async writeFile(path: string, data: Uint8Array | string): Promise<void> {
    const p = this.abs(path);
    const existing = this.entries.get(p);
    if (existing?.type === 'dir') throw new FsError('EISDIR', p);
    this.parentDir(p);
    this.entries.set(p, { type: 'file', data: toBytes(data), mtimeMs: this.now() });
    if (!existing) this.touchDir(dirname(p));
    this.emit([p]);
  }

  async stat(path: string): Promise<FileStat | null> {
    const entry = this.entries.get(this.abs(path));
    if (!entry) return null;
    return entry.type === 'file'
      ? { type: 'file', size: entry.data.length, mtimeMs: entry.mtimeMs }
      : { type: 'dir', size: DIR_SIZE, mtimeMs: entry.mtimeMs };
  }

  async readdir(path: string): Promise<string[]> {
    const p = this.abs(path);
    const entry = this.lookup(p);
    if (entry.type !== 'dir') throw new FsError('ENOTDIR', p);
    return this.children(p).sort();
  }

  async mkdir(path: string, options: { recursive?: boolean } = {}): Promise<void> {
    const p = this.abs(path);
    if (options.recursive) {
      const created = this.mkdirp(p);
      if (created.length > 0) this.emit(created);
      return;
    }
    if (this.entries.has(p)) throw new FsError('EEXIST', p);
    this.parentDir(p);
    this.entries.set(p, { type: 'dir', mtimeMs: this.now() });
    this.touchDir(dirname(p));
    this.emit([p]);
  }

  async rm(path: string, options: { recursive?: boolean } = {}): Promise<void> {
    const p = this.abs(path);
    const entry = this.lookup(p);
    if (p === '/') throw new FsError('EACCES', p);
    if (entry.type === 'dir' && !options.recursive) throw new FsError('EISDIR', p);
    const removed = [p];
    if (entry.type === 'dir') {
      const prefix = p + '/';
      for (const key of this.entries.keys()) if (key.startsWith(prefix)) removed.push(key);
    }
    for (const key of removed) this.entries.delete(key);
    this.touchDir(dirname(p));
    this.emit(removed.sort());
  }

  private abs(path: string): string {
    return normalize('/' + path);
  }

  /** The entry at p, or the error a real kernel gives: ENOTDIR when an ancestor is a file, else ENOENT. */
  private lookup(p: string): Entry {
    const entry = this.entries.get(p);
    if (entry) return entry;
    this.checkAncestors(p);
    throw new FsError('ENOENT', p);
  }

  private checkAncestors(p: string): void {
    for (let dir = dirname(p); dir !== '/'; dir = dirname(dir)) {
      const e = this.entries.get(dir);
      if (e?.type === 'file') throw new FsError('ENOTDIR', p);
    }
  }

  /** The parent of p must exist and be a directory before p can be created. */
  private parentDir(p: string): void {
    const parent = this.entries.get(dirname(p));
    if (parent?.type === 'dir') return;
    this.checkAncestors(p);
    throw new FsError(parent ? 'ENOTDIR' : 'ENOENT', p);
  }

  /** mkdir -p: creates the missing directories and returns them, outermost first. */
  private mkdirp(p: string): string[] {
    const missing: string[] = [];
    for (let dir = p; ; dir = dirname(dir)) {
      const e = this.entries.get(dir);
      if (e?.type === 'dir') break;
      if (e?.type === 'file') throw new FsError(dir === p ? 'EEXIST' : 'ENOTDIR', p);
      missing.unshift(dir);
      if (dir === '/') break;
    }
    for (const dir of missing) {
      this.entries.set(dir, { type: 'dir', mtimeMs: this.now() });
      this.touchDir(dirname(dir));
    }
    return missing;
  }

  private children(dir: string): string[] {
    const prefix = dir === '/' ? '/' : dir + '/';
    const names: string[] = [];
    for (const key of this.entries.keys()) {
      if (key.length > prefix.length && key.startsWith(prefix) && !key.includes('/', prefix.length)) {
        names.push(key.slice(prefix.length));
      }
    }
    return names;
  }

  /** A directory's mtime changes when an entry is added or removed in it, as on a real file system. */
  private touchDir(dir: string): void {
    const e = this.entries.get(dir);
    if (e?.type === 'dir') e.mtimeMs = this.now();
  }

  private emit(paths: string[]): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(paths);
      } catch {
        // A faulty listener (the UI) must not make a learner's `rm` fail.
      }
    }
  }
}
