/**
 * Node's `fs` and `fs/promises` over a Volume: the synchronous API does the work; the callback and
 * promise forms wrap it, as handlers use all three. Arguments are read the way Node reads them (paths
 * as strings, Buffers or file: URLs; options as an encoding or an object; string or numeric flags) and
 * bytes come back as Buffers where the realm has Buffer (worker thread), else as Uint8Arrays that
 * still print as text (Web Worker).
 */
import { decode, encode, encodingOf, FsBytes, type Encoding } from './encoding.ts';
import { cpDirectory, invalidArgType, invalidArgValue, invalidUrlScheme, OWN_ERROR, uvError, type FsError } from './errors.ts';
import type { PosixPath } from './path.ts';
import { O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY, S_IFDIR, S_IFREG, type FsNode, type Volume } from './volume.ts';

export const constants = Object.freeze({
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152,
  O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, UV_FS_O_TEMPORARY: 0, UV_FS_O_SHORT_LIVED: 0, UV_FS_O_SEQUENTIAL: 0, UV_FS_O_RANDOM: 0,
  O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
});

const FLAGS: Record<string, number> = {
  r: O_RDONLY, rs: O_RDONLY, sr: O_RDONLY, 'r+': O_RDWR, 'rs+': O_RDWR, 'sr+': O_RDWR,
  w: O_TRUNC | O_CREAT | O_WRONLY, wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL, xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL, 'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: O_APPEND | O_CREAT | O_WRONLY, ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL, xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  as: O_APPEND | O_CREAT | O_WRONLY, sa: O_APPEND | O_CREAT | O_WRONLY,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR, 'sa+': O_APPEND | O_CREAT | O_RDWR,
};

const S_IFMT = 0o170000;
const kType = Symbol('type');

export class Stats {
  dev: number; mode: number; nlink: number; uid: number; gid: number; rdev: number; blksize: number; ino: number;
  size: number; blocks: number; atimeMs: number; mtimeMs: number; ctimeMs: number; birthtimeMs: number;

  constructor(node: FsNode, dev: number, nlink: number) {
    const size = node.kind === 'file' ? node.size : 4096;
    this.dev = dev;
    this.mode = node.mode;
    this.nlink = nlink;
    this.uid = node.uid;
    this.gid = node.gid;
    this.rdev = 0;
    this.blksize = 4096;
    this.ino = node.ino;
    this.size = size;
    this.blocks = Math.ceil(size / 4096) * 8;
    this.atimeMs = node.atimeMs;
    this.mtimeMs = node.mtimeMs;
    this.ctimeMs = node.ctimeMs;
    this.birthtimeMs = node.birthtimeMs;
  }

  get atime(): Date { return new Date(this.atimeMs); }
  get mtime(): Date { return new Date(this.mtimeMs); }
  get ctime(): Date { return new Date(this.ctimeMs); }
  get birthtime(): Date { return new Date(this.birthtimeMs); }
  isFile(): boolean { return (this.mode & S_IFMT) === S_IFREG; }
  isDirectory(): boolean { return (this.mode & S_IFMT) === S_IFDIR; }
  isSymbolicLink(): boolean { return false; }
  isBlockDevice(): boolean { return false; }
  isCharacterDevice(): boolean { return false; }
  isFIFO(): boolean { return false; }
  isSocket(): boolean { return false; }
}

export class Dirent {
  name: string;
  parentPath: string;
  [kType]: number;

  constructor(name: string, parentPath: string, type: number) {
    this.name = name;
    this.parentPath = parentPath;
    this[kType] = type;
  }

  isFile(): boolean { return this[kType] === constants.UV_DIRENT_FILE; }
  isDirectory(): boolean { return this[kType] === constants.UV_DIRENT_DIR; }
  isSymbolicLink(): boolean { return false; }
  isBlockDevice(): boolean { return false; }
  isCharacterDevice(): boolean { return false; }
  isFIFO(): boolean { return false; }
  isSocket(): boolean { return false; }
}

/** Buffer's one method fs needs; absent in the Web Worker host. */
export interface BufferClass {
  from(buffer: ArrayBufferLike, byteOffset?: number, length?: number): Uint8Array;
}

export interface NodeFsOptions {
  volume: Volume;
  path: PosixPath;
  Buffer?: BufferClass;
  /** Randomness for mkdtemp's suffix. */
  random?: () => number;
}

type Fn = (...args: never[]) => unknown;
type Api = Record<string, unknown>;

interface ReadOptions { encoding?: Encoding; flag: number; mode: number }

export function createNodeFs(options: NodeFsOptions): { fs: Api; promises: Api } {
  const { volume, path: posix } = options;
  const random = options.random ?? Math.random;

  // ---- arguments ----------------------------------------------------------------------------

  function pathArg(value: unknown, name = 'path'): string {
    if (typeof value === 'string') return checkNul(value, name);
    if (value instanceof Uint8Array) return checkNul(decode(value, 'utf8'), name);
    if (value && typeof value === 'object' && 'href' in value && 'protocol' in value) {
      const url = value as URL;
      if (url.protocol !== 'file:') throw invalidUrlScheme();
      return checkNul(decodeURIComponent(url.pathname), name);
    }
    throw invalidArgType(name, 'of type string or an instance of Buffer or URL', value);
  }

  function checkNul(value: string, name: string): string {
    if (value.includes('\u0000')) throw invalidArgValue(name, value, 'must be a string, Uint8Array, or URL without null bytes');
    return value;
  }

  function fdArg(value: unknown): number {
    if (typeof value !== 'number') throw invalidArgType('fd', 'of type number', value);
    return value;
  }

  function flagsArg(value: unknown, fallback: number): number {
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'number') return value;
    const found = typeof value === 'string' ? FLAGS[value] : undefined;
    if (found === undefined) throw invalidArgValue('flags', value);
    return found;
  }

  function modeArg(value: unknown, fallback: number): number {
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'number') return value;
    if (typeof value === 'string' && /^[0-7]+$/.test(value)) return parseInt(value, 8);
    throw invalidArgType('mode', 'of type number', value);
  }

  function objectOptions(value: unknown): Record<string, unknown> {
    if (value === undefined || value === null || typeof value === 'function') return {};
    if (typeof value === 'string') return { encoding: value };
    if (typeof value === 'object') return value as Record<string, unknown>;
    throw invalidArgType('options', 'of type string or an instance of Object', value);
  }

  function readOptions(value: unknown, flag: number, encoding?: string): ReadOptions {
    const o = objectOptions(value);
    return { encoding: encodingOf(o.encoding ?? encoding), flag: flagsArg(o.flag, flag), mode: modeArg(o.mode, 0o666) };
  }

  function dataArg(data: unknown, encoding: Encoding | undefined): Uint8Array {
    if (typeof data === 'string') return encode(data, encoding ?? 'utf8');
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }

  /** Fresh bytes out: a Buffer in Node, a Uint8Array that prints as text elsewhere. */
  function bytesOut(bytes: Uint8Array): Uint8Array {
    if (options.Buffer) return options.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    return new FsBytes(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length);
  }

  function viewOf(buffer: unknown, name = 'buffer'): Uint8Array {
    if (!ArrayBuffer.isView(buffer)) throw invalidArgType(name, 'an instance of Buffer, TypedArray, or DataView', buffer);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }

  const stats = (node: FsNode) => new Stats(node, node.mount.dev, volume.links(node));

  // ---- fd helpers ---------------------------------------------------------------------------

  function readAll(fd: number): Uint8Array {
    const node = volume.fstat(fd);
    if (node.kind === 'dir') volume.read(fd, new Uint8Array(1), null);
    const out = new Uint8Array(node.kind === 'file' ? node.size : 0);
    const n = volume.read(fd, out, null);
    return out.subarray(0, n);
  }

  function writeAll(fd: number, bytes: Uint8Array): void {
    for (let off = 0; off < bytes.length; ) off += volume.write(fd, bytes.subarray(off), null);
  }

  function withFd<T>(file: unknown, flag: number, mode: number, use: (fd: number) => T): T {
    if (typeof file === 'number') return use(file);
    const fd = volume.open(pathArg(file), flag, mode);
    try {
      return use(fd);
    } finally {
      volume.close(fd);
    }
  }

  // ---- the synchronous API ------------------------------------------------------------------

  function readFileSync(file: unknown, opts?: unknown): string | Uint8Array {
    const o = readOptions(opts, O_RDONLY);
    const bytes = withFd(file, o.flag, o.mode, readAll);
    return o.encoding ? decode(bytes, o.encoding) : bytesOut(bytes);
  }

  function writeData(file: unknown, data: unknown, opts: unknown, flag: number): void {
    const o = readOptions(opts, flag, 'utf8');
    const bytes = dataArg(data, o.encoding);
    withFd(file, o.flag, o.mode, (fd) => writeAll(fd, bytes));
  }

  function writeFileSync(file: unknown, data: unknown, opts?: unknown): void {
    writeData(file, data, opts, FLAGS.w!);
  }

  function appendFileSync(file: unknown, data: unknown, opts?: unknown): void {
    writeData(file, data, opts, FLAGS.a!);
  }

  function existsSync(file: unknown): boolean {
    try {
      volume.lookup(pathArg(file), 'access');
      return true;
    } catch {
      return false;
    }
  }

  function statAs(syscall: string, file: unknown, opts: unknown): Stats | undefined {
    const o = objectOptions(opts);
    try {
      return stats(volume.lookup(pathArg(file), syscall));
    } catch (error) {
      const code = (error as FsError).code;
      if (o.throwIfNoEntry === false && (code === 'ENOENT' || code === 'ENOTDIR')) return undefined;
      throw error;
    }
  }

  function statSync(file: unknown, opts?: unknown): Stats | undefined {
    return statAs('stat', file, opts);
  }

  function lstatSync(file: unknown, opts?: unknown): Stats | undefined {
    return statAs('lstat', file, opts);
  }

  function fstatSync(fd: unknown): Stats {
    return stats(volume.fstat(fdArg(fd)));
  }

  function readdirSync(dir: unknown, opts?: unknown): Array<string | Dirent> {
    const o = objectOptions(opts);
    encodingOf(o.encoding);
    const top = pathArg(dir);
    const out: Array<string | Dirent> = [];
    const queue: Array<[shown: string, relative: string]> = [[top, '']];
    for (let item = queue.shift(); item; item = queue.shift()) {
      const [shown, relative] = item;
      for (const [name, node] of volume.readdir(shown)) {
        const type = node.kind === 'dir' ? constants.UV_DIRENT_DIR : constants.UV_DIRENT_FILE;
        out.push(o.withFileTypes ? new Dirent(name, shown, type) : relative ? `${relative}/${name}` : name);
        if (o.recursive && node.kind === 'dir') queue.push([posix.join(shown, name), relative ? `${relative}/${name}` : name]);
      }
    }
    return out;
  }

  function mkdirSync(dir: unknown, opts?: unknown): string | undefined {
    const o = typeof opts === 'number' || typeof opts === 'string' ? { mode: opts } : objectOptions(opts);
    const p = pathArg(dir);
    const mode = modeArg(o.mode, 0o777);
    if (o.recursive) return volume.mkdirp(p, mode);
    volume.mkdir(p, mode);
    return undefined;
  }

  function mkdtempSync(prefix: unknown): string {
    if (typeof prefix !== 'string') throw invalidArgType('prefix', 'of type string', prefix);
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    for (;;) {
      let suffix = '';
      for (let i = 0; i < 6; i++) suffix += chars[Math.floor(random() * chars.length)];
      try {
        volume.mkdir(prefix + suffix, 0o700);
        return prefix + suffix;
      } catch (error) {
        const code = (error as FsError).code as 'ENOENT' | 'EEXIST';
        if (code !== 'EEXIST') throw uvError(code, 'mkdtemp', `${prefix}XXXXXX`);
      }
    }
  }

  function rmSync(target: unknown, opts?: unknown): void {
    const o = objectOptions(opts);
    try {
      volume.rm(pathArg(target), Boolean(o.recursive));
    } catch (error) {
      if (!(o.force && (error as FsError).code === 'ENOENT')) throw error;
    }
  }

  function rmdirSync(dir: unknown, opts?: unknown): void {
    const o = objectOptions(opts);
    if (o.recursive) volume.rm(pathArg(dir), true);
    else volume.rmdir(pathArg(dir));
  }

  function unlinkSync(file: unknown): void {
    volume.unlink(pathArg(file));
  }

  function renameSync(from: unknown, to: unknown): void {
    volume.rename(pathArg(from, 'oldPath'), pathArg(to, 'newPath'));
  }

  function copyFileSync(src: unknown, dest: unknown, mode?: unknown): void {
    volume.copyFile(pathArg(src, 'src'), pathArg(dest, 'dest'), (modeArg(mode, 0) & constants.COPYFILE_EXCL) !== 0);
  }

  function cpSync(src: unknown, dest: unknown, opts?: unknown): void {
    const o = objectOptions(opts);
    const from = pathArg(src, 'src');
    const to = pathArg(dest, 'dest');
    const copy = (a: string, b: string) => {
      if (typeof o.filter === 'function' && !o.filter(a, b)) return;
      const node = volume.lookup(a, 'lstat');
      if (node.kind === 'dir') {
        if (!o.recursive) throw cpDirectory(a);
        if (!volume.walk(b, 'mkdir').node) volume.mkdirp(b);
        for (const [name] of volume.readdir(a)) copy(posix.join(a, name), posix.join(b, name));
      } else if (volume.walk(b, 'copyfile', b, a).node && o.force === false) {
        if (o.errorOnExist) throw uvError('EEXIST', 'copyfile', a, b);
      } else {
        volume.copyFile(a, b, false);
      }
    };
    copy(from, to);
  }

  function accessSync(file: unknown, mode?: unknown): void {
    volume.access(pathArg(file), modeArg(mode, constants.F_OK));
  }

  function realpathSync(file: unknown): string {
    return volume.realpath(pathArg(file));
  }
  realpathSync.native = (file: unknown): string => volume.realpath(pathArg(file), 'realpath');

  function readlinkSync(file: unknown): string {
    const p = pathArg(file);
    volume.lookup(p, 'readlink');
    // Nothing here is a symbolic link.
    throw uvError('EINVAL', 'readlink', p);
  }

  function truncateSync(file: unknown, len?: unknown): void {
    withFd(file, O_RDWR, 0o666, (fd) => volume.ftruncate(fd, Number(len ?? 0)));
  }

  function ftruncateSync(fd: unknown, len?: unknown): void {
    volume.ftruncate(fdArg(fd), Number(len ?? 0));
  }

  function openSync(file: unknown, flags?: unknown, mode?: unknown): number {
    return volume.open(pathArg(file), flagsArg(flags, O_RDONLY), modeArg(mode, 0o666));
  }

  function closeSync(fd: unknown): void {
    volume.close(fdArg(fd));
  }

  function readSync(fd: unknown, buffer: unknown, offsetOrOptions?: unknown, length?: unknown, position?: unknown): number {
    const view = viewOf(buffer);
    let offset = offsetOrOptions;
    if (offsetOrOptions && typeof offsetOrOptions === 'object') ({ offset, length, position } = offsetOrOptions as Record<string, unknown>);
    const start = Number(offset ?? 0);
    const count = Number(length ?? view.length - start);
    const at = position === undefined || position === null || position === -1 ? null : Number(position);
    return volume.read(fdArg(fd), view.subarray(start, start + count), at);
  }

  function writeSync(fd: unknown, data: unknown, a?: unknown, b?: unknown, c?: unknown): number {
    if (typeof data === 'string') {
      // writeSync(fd, string, position?, encoding?)
      const at = a === undefined || a === null ? null : Number(a);
      return volume.write(fdArg(fd), encode(data, encodingOf(b ?? 'utf8') ?? 'utf8'), at);
    }
    const view = viewOf(data);
    let offset = a;
    let length = b;
    let position = c;
    if (a && typeof a === 'object') ({ offset, length, position } = a as Record<string, unknown>);
    const start = Number(offset ?? 0);
    const count = Number(length ?? view.length - start);
    const at = position === undefined || position === null ? null : Number(position);
    return volume.write(fdArg(fd), view.subarray(start, start + count), at);
  }

  function fsyncSync(fd: unknown): void {
    volume.fstat(fdArg(fd));
  }

  function chmodSync(file: unknown, mode: unknown): void {
    const m = modeArg(mode, 0);
    volume.setattr(pathArg(file), 'chmod', (node) => {
      node.mode = (node.mode & S_IFMT) | (m & 0o7777);
    });
  }

  function utimesSync(file: unknown, atime: unknown, mtime: unknown): void {
    const ms = (t: unknown) => (t instanceof Date ? t.getTime() : typeof t === 'string' ? Number(t) * 1000 : Number(t) * 1000);
    volume.setattr(pathArg(file), 'utime', (node) => {
      node.atimeMs = ms(atime);
      node.mtimeMs = ms(mtime);
    });
  }

  const sync: Record<string, Fn> = {
    accessSync, appendFileSync, chmodSync, closeSync, copyFileSync, cpSync, existsSync, fdatasyncSync: fsyncSync, fstatSync,
    fsyncSync, ftruncateSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, readdirSync, readlinkSync,
    realpathSync, renameSync, rmSync, rmdirSync, statSync, truncateSync, unlinkSync, utimesSync, writeFileSync, writeSync,
  };

  // ---- wrappers: stacks, callbacks, promises ------------------------------------------------

  /** Our errors get the caller's stack, not this file's frames (Node shows node:fs frames there). */
  function restack(error: unknown, entry: Fn): void {
    const e = error as FsError;
    const capture = (Error as { captureStackTrace?: (target: object, ctor?: Fn) => void }).captureStackTrace;
    if (!e || !e[OWN_ERROR] || !capture) return;
    const holder: { stack?: string } = {};
    capture(holder, entry);
    const head = String(e.stack).split('\n')[0];
    const frames = String(holder.stack).split('\n').slice(1);
    e.stack = [head, ...frames].join('\n');
  }

  function syncEntry(fn: Fn): Fn {
    const entry = (...args: never[]) => {
      try {
        return fn(...args);
      } catch (error) {
        restack(error, entry);
        throw error;
      }
    };
    Object.defineProperty(entry, 'name', { value: fn.name });
    return entry;
  }

  /** The callback form: argument errors throw at once; failures of the operation go to the callback, later. */
  function callbackEntry(name: string, fn: Fn, spread = false): Fn {
    const entry = (...args: unknown[]) => {
      // The callback is the last argument; with the path alone there is none (Node says `Received undefined`).
      const cb = args.length > 1 ? args.pop() : undefined;
      if (typeof cb !== 'function') throw invalidArgType('cb', 'of type function', cb);
      let result: unknown;
      try {
        result = (fn as (...a: unknown[]) => unknown)(...args);
      } catch (error) {
        const e = error as FsError;
        if (!e?.syscall && e?.code !== 'ERR_FS_EISDIR') {
          restack(error, entry);
          throw error;
        }
        // Node's callback errors come from the event loop: no JavaScript frames.
        if (e[OWN_ERROR] && e.name === 'Error') e.stack = `Error: ${e.message}`;
        queueMicrotask(() => cb(e));
        return;
      }
      queueMicrotask(() => (spread ? cb(null, ...(result as unknown[])) : result === undefined ? cb(null) : cb(null, result)));
    };
    Object.defineProperty(entry, 'name', { value: name });
    return entry;
  }

  function promiseEntry(name: string, fn: Fn): Fn {
    const entry = async (...args: never[]) => {
      try {
        return fn(...args);
      } catch (error) {
        restack(error, entry);
        throw error;
      }
    };
    Object.defineProperty(entry, 'name', { value: name });
    return entry;
  }

  const fs: Api = { constants, Stats, Dirent };
  for (const [name, fn] of Object.entries(sync)) {
    fs[name] = syncEntry(fn);
    const base = name.slice(0, -4);
    if (base === 'exists' || base === 'read' || base === 'write') continue;
    fs[base] = callbackEntry(base, fn);
  }
  (fs.realpathSync as { native?: Fn }).native = syncEntry(realpathSync.native);
  (fs.realpath as { native?: Fn }).native = callbackEntry('native', realpathSync.native);
  fs.read = callbackEntry('read', (fd: unknown, buffer: unknown, ...rest: unknown[]) => [readSync(fd, buffer, ...rest), buffer], true);
  fs.write = callbackEntry('write', (fd: unknown, data: unknown, ...rest: unknown[]) => [writeSync(fd, data, ...rest), data], true);
  // exists(path, cb) is the one callback without an error argument.
  fs.exists = (file: unknown, cb: unknown) => {
    if (typeof cb !== 'function') throw invalidArgType('cb', 'of type function', cb);
    const found = existsSync(file);
    queueMicrotask(() => cb(found));
  };

  // ---- fs/promises ---------------------------------------------------------------------------

  class FileHandle {
    #fd: number;
    constructor(fd: number) {
      this.#fd = fd;
    }
    get fd(): number { return this.#fd; }
    readFile = promiseEntry('readFile', (opts?: unknown) => readFileSync(this.#fd, opts));
    writeFile = promiseEntry('writeFile', (data: unknown, opts?: unknown) => writeFileSync(this.#fd, data, opts));
    appendFile = promiseEntry('appendFile', (data: unknown, opts?: unknown) => writeFileSync(this.#fd, data, opts));
    read = promiseEntry('read', (buffer?: unknown, offset?: unknown, length?: unknown, position?: unknown) => {
      const target = buffer ?? bytesOut(new Uint8Array(16384));
      return { bytesRead: readSync(this.#fd, target, offset, length, position), buffer: target };
    });
    write = promiseEntry('write', (data: unknown, a?: unknown, b?: unknown, c?: unknown) => ({ bytesWritten: writeSync(this.#fd, data, a, b, c), buffer: data }));
    stat = promiseEntry('stat', () => fstatSync(this.#fd));
    truncate = promiseEntry('truncate', (len?: unknown) => ftruncateSync(this.#fd, len));
    sync = promiseEntry('sync', () => fsyncSync(this.#fd));
    datasync = promiseEntry('datasync', () => fsyncSync(this.#fd));
    close = promiseEntry('close', () => closeSync(this.#fd));
  }
  // `await using` support where the platform has it (not every browser does yet).
  if (typeof Symbol.asyncDispose === 'symbol') {
    Object.defineProperty(FileHandle.prototype, Symbol.asyncDispose, {
      value(this: FileHandle) {
        return this.close();
      },
    });
  }

  const promises: Api = { constants };
  for (const [name, fn] of Object.entries(sync)) {
    const base = name.slice(0, -4);
    if (['exists', 'read', 'write', 'open', 'close', 'fstat', 'ftruncate', 'fsync', 'fdatasync'].includes(base)) continue;
    promises[base] = promiseEntry(base, fn);
  }
  promises.open = promiseEntry('open', (file: unknown, flags?: unknown, mode?: unknown) => new FileHandle(openSync(file, flags, mode)));
  fs.promises = promises;
  return { fs, promises };
}
