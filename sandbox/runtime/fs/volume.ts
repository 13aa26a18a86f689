/**
 * The file system of one execution environment, in memory: Lambda's read-only root with the package
 * at /var/task and the layers at /opt (both read-only mounts, their bytes shared with the compiled
 * package), and /tmp, a writable mount of the function's ephemeral storage size that lives and dies
 * with the environment. The operations are the system calls Node's fs makes, with Linux's checks in
 * Linux's order (a read-only mount answers EROFS before a missing name answers ENOENT, as the kernel's
 * mnt_want_write comes before the lookup), so the errors a handler sees are the ones Lambda gives.
 */
import { rmError, systemError, uvError } from './errors.ts';

export interface Mount {
  dev: number;
  writable: boolean;
  /** Bytes the mount can hold (ephemeral storage for /tmp). */
  capacity: number;
  /** Bytes its files hold now. */
  used: number;
}

interface NodeBase {
  ino: number;
  mode: number;
  uid: number;
  gid: number;
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
  birthtimeMs: number;
  mount: Mount;
}

export interface FileNode extends NodeBase {
  kind: 'file';
  /** Storage; only the first `size` bytes are the file. */
  data: Uint8Array;
  size: number;
  /** `data` is shared (a package file, or the source of a copy): copy it before writing. */
  shared: boolean;
}

export interface DirNode extends NodeBase {
  kind: 'dir';
  entries: Map<string, FsNode>;
}

export type FsNode = FileNode | DirNode;

export const O_RDONLY = 0;
export const O_WRONLY = 1;
export const O_RDWR = 2;
export const O_CREAT = 0o100;
export const O_EXCL = 0o200;
export const O_TRUNC = 0o1000;
export const O_APPEND = 0o2000;

export const S_IFREG = 0o100000;
export const S_IFDIR = 0o40000;

/** The function runs as sbx_user1051; what it creates in /tmp is that user's. */
const SANDBOX_UID = 993;
const SANDBOX_GID = 990;
/** Lambda's umask (022): new files 644, new directories 755. */
const UMASK = 0o022;

/** The directories of Lambda's root file system a handler might look at; their contents are not modelled. */
const ROOT_DIRS = ['bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib64', 'media', 'mnt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'usr', 'var', 'var/lang', 'var/runtime'];

interface OpenFile {
  node: FsNode;
  readable: boolean;
  writable: boolean;
  append: boolean;
  position: number;
}

interface Walked {
  parent: DirNode;
  name: string;
  node: FsNode | undefined;
  /** The path ends in a slash, `.` or `..`: it can only name a directory. */
  dirLike: boolean;
}

export interface VolumeOptions {
  /** Package and layer files by absolute path (/var/task/…, /opt/…). */
  files: Record<string, Uint8Array>;
  /** /tmp's size in bytes. */
  tmpCapacity: number;
  /** process.cwd(), for relative paths. */
  cwd(): string;
  /** The environment's clock (epoch ms) for timestamps. */
  clock(): number;
}

export class Volume {
  readonly root: DirNode;
  readonly tmp: Mount;
  readonly #options: VolumeOptions;
  readonly #fds = new Map<number, OpenFile>();
  #nextFd = 20;
  #nextIno = 2;

  constructor(options: VolumeOptions) {
    this.#options = options;
    const rootMount: Mount = { dev: 2049, writable: false, capacity: 0, used: 0 };
    const taskMount: Mount = { dev: 2065, writable: false, capacity: 0, used: 0 };
    const optMount: Mount = { dev: 2081, writable: false, capacity: 0, used: 0 };
    this.tmp = { dev: 2097, writable: true, capacity: options.tmpCapacity, used: 0 };
    this.root = this.#dir(rootMount, 0o755, 0, 0);
    for (const path of ROOT_DIRS) this.#mkdirs(path.split('/'));
    const tmp = this.#dir(this.tmp, 0o1777, 0, 0);
    this.root.entries.set('tmp', tmp);
    this.root.entries.set('opt', this.#dir(optMount, 0o755, 0, 0));
    (this.root.entries.get('var') as DirNode).entries.set('task', this.#dir(taskMount, 0o755, 0, 0));
    for (const [path, bytes] of Object.entries(options.files)) {
      const parts = path.split('/').filter(Boolean);
      const name = parts.pop();
      if (!name) continue;
      const dir = this.#mkdirs(parts);
      dir.entries.set(name, this.#file(dir.mount, 0o644, 0, 0, bytes, true));
    }
  }

  // ---- nodes --------------------------------------------------------------------------------

  #times(): Pick<NodeBase, 'atimeMs' | 'mtimeMs' | 'ctimeMs' | 'birthtimeMs'> {
    const t = this.#options.clock();
    return { atimeMs: t, mtimeMs: t, ctimeMs: t, birthtimeMs: t };
  }

  #dir(mount: Mount, perm: number, uid: number, gid: number): DirNode {
    return { kind: 'dir', entries: new Map(), ino: this.#nextIno++, mode: S_IFDIR | perm, uid, gid, mount, ...this.#times() };
  }

  #file(mount: Mount, perm: number, uid: number, gid: number, data: Uint8Array, shared: boolean): FileNode {
    return { kind: 'file', data, size: data.length, shared, ino: this.#nextIno++, mode: S_IFREG | perm, uid, gid, mount, ...this.#times() };
  }

  /** Builds directories at start-up; each belongs to its parent's mount (/var/task, /opt or the root). */
  #mkdirs(parts: string[]): DirNode {
    let dir = this.root;
    for (const part of parts) {
      let next = dir.entries.get(part);
      if (!next || next.kind !== 'dir') {
        next = this.#dir(dir.mount, 0o755, 0, 0);
        dir.entries.set(part, next);
      }
      dir = next;
    }
    return dir;
  }

  #touch(node: FsNode): void {
    node.mtimeMs = node.ctimeMs = this.#options.clock();
  }

  /** Changes a file's length, with the mount's bookkeeping; false if the mount is full. */
  #resize(node: FileNode, size: number): boolean {
    const growth = size - node.size;
    if (growth > 0 && node.mount.used + growth > node.mount.capacity) return false;
    if (node.shared || size > node.data.length) {
      const capacity = size > node.data.length ? Math.max(size, Math.min(node.data.length * 2, size + 64 * 1024 * 1024)) : node.data.length;
      const data = new Uint8Array(capacity);
      data.set(node.data.subarray(0, Math.min(node.size, size)));
      node.data = data;
      node.shared = false;
    } else if (size < node.size) {
      node.data.fill(0, size, node.size);
    }
    node.mount.used += growth;
    node.size = size;
    return true;
  }

  #release(node: FsNode): void {
    if (node.kind === 'file') node.mount.used -= node.size;
    else for (const child of node.entries.values()) this.#release(child);
  }

  // ---- paths --------------------------------------------------------------------------------

  /**
   * Walks a path as the kernel does: every component before the last must be a directory. Errors
   * name `shown` (the caller's spelling; for two-path calls, the source and `dest`).
   */
  walk(path: string, syscall: string, dest?: string, shown = path): Walked {
    const fail = (code: 'ENOENT' | 'ENOTDIR') => uvError(code, syscall, shown, dest);
    if (path === '') throw fail('ENOENT');
    const absolute = path.startsWith('/') ? path : `${this.#options.cwd()}/${path}`;
    const parts = absolute.split('/').filter(Boolean);
    const last = parts.at(-1);
    const dirLike = absolute.endsWith('/') || last === '.' || last === '..';
    const stack: Array<[string, DirNode]> = [['', this.root]];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const isLast = i === parts.length - 1;
      if (part === '.') continue;
      if (part === '..') {
        if (stack.length > 1) stack.pop();
        continue;
      }
      const dir = stack.at(-1)![1];
      const child = dir.entries.get(part);
      if (isLast) {
        if (child?.kind === 'file' && dirLike) throw fail('ENOTDIR');
        return { parent: dir, name: part, node: child, dirLike };
      }
      if (!child) throw fail('ENOENT');
      if (child.kind !== 'dir') throw fail('ENOTDIR');
      stack.push([part, child]);
    }
    // The path names a directory reached through `.`/`..` (or the root itself).
    const [name, node] = stack.at(-1)!;
    const parent = stack.at(-2)?.[1] ?? this.root;
    return { parent, name, node, dirLike: true };
  }

  lookup(path: string, syscall: string): FsNode {
    const { node } = this.walk(path, syscall);
    if (!node) throw uvError('ENOENT', syscall, path);
    return node;
  }

  /** The absolute path of a path (no symbolic links exist here), or the error of a missing one. */
  realpath(path: string, syscall = 'lstat'): string {
    this.lookup(path, syscall);
    const out: string[] = [];
    const absolute = path.startsWith('/') ? path : `${this.#options.cwd()}/${path}`;
    for (const part of absolute.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') out.pop();
      else out.push(part);
    }
    return `/${out.join('/')}`;
  }

  // ---- file descriptors ---------------------------------------------------------------------

  open(path: string, flags: number, mode = 0o666, syscall = 'open', dest?: string): number {
    const w = this.walk(path, syscall, dest);
    const access = flags & 3;
    const wantsWrite = access !== O_RDONLY || (flags & O_TRUNC) !== 0;
    let node = w.node;
    if (node) {
      if (flags & O_CREAT && flags & O_EXCL) throw uvError('EEXIST', syscall, path, dest);
      if (node.kind === 'dir' && wantsWrite) throw uvError('EISDIR', syscall, path, dest);
      if (wantsWrite && !node.mount.writable) throw uvError('EROFS', syscall, path, dest);
      if (node.kind === 'file' && flags & O_TRUNC && node.size > 0) {
        this.#resize(node, 0);
        this.#touch(node);
      }
    } else {
      if (!(flags & O_CREAT)) throw uvError('ENOENT', syscall, path, dest);
      if (w.dirLike) throw uvError('EISDIR', syscall, path, dest);
      if (!w.parent.mount.writable) throw uvError('EROFS', syscall, path, dest);
      node = this.#file(w.parent.mount, mode & 0o777 & ~UMASK, SANDBOX_UID, SANDBOX_GID, new Uint8Array(0), false);
      w.parent.entries.set(w.name, node);
      this.#touch(w.parent);
    }
    const fd = this.#nextFd++;
    this.#fds.set(fd, { node, readable: access !== O_WRONLY, writable: access !== O_RDONLY, append: (flags & O_APPEND) !== 0, position: 0 });
    return fd;
  }

  #fd(fd: number, syscall: string): OpenFile {
    const open = this.#fds.get(fd);
    if (!open) throw uvError('EBADF', syscall);
    return open;
  }

  close(fd: number): void {
    this.#fd(fd, 'close');
    this.#fds.delete(fd);
  }

  fstat(fd: number): FsNode {
    return this.#fd(fd, 'fstat').node;
  }

  /** read(2): `position` null reads at (and moves) the file position. */
  read(fd: number, target: Uint8Array, position: number | null): number {
    const open = this.#fd(fd, 'read');
    if (!open.readable) throw uvError('EBADF', 'read');
    if (open.node.kind === 'dir') throw uvError('EISDIR', 'read');
    const node = open.node;
    const at = position ?? open.position;
    const count = Math.max(0, Math.min(target.length, node.size - at));
    if (count > 0) target.set(node.data.subarray(at, at + count));
    if (position === null) open.position += count;
    return count;
  }

  /** write(2): writes what fits; a full mount fails only when nothing fits, as the kernel does. */
  write(fd: number, source: Uint8Array, position: number | null, syscall = 'write'): number {
    const open = this.#fd(fd, syscall);
    if (!open.writable || open.node.kind !== 'file') throw uvError('EBADF', syscall);
    const node = open.node;
    const at = open.append ? node.size : (position ?? open.position);
    let count = source.length;
    const end = at + count;
    if (end > node.size && !this.#resize(node, end)) {
      const room = node.mount.capacity - node.mount.used;
      count = Math.max(0, Math.min(count, node.size + room - at));
      if (count === 0 || !this.#resize(node, at + count)) throw uvError('ENOSPC', syscall);
    } else if (node.shared) {
      this.#resize(node, node.size);
    }
    node.data.set(source.subarray(0, count), at);
    if (position === null || open.append) open.position = at + count;
    if (count > 0) this.#touch(node);
    return count;
  }

  ftruncate(fd: number, length: number): void {
    const open = this.#fd(fd, 'ftruncate');
    if (!open.writable || open.node.kind !== 'file') throw uvError('EINVAL', 'ftruncate');
    if (!this.#resize(open.node, length)) throw uvError('ENOSPC', 'ftruncate');
    this.#touch(open.node);
  }

  // ---- paths: directories and names ---------------------------------------------------------

  readdir(path: string): Array<[string, FsNode]> {
    const node = this.lookup(path, 'scandir');
    if (node.kind !== 'dir') throw uvError('ENOTDIR', 'scandir', path);
    return [...node.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  mkdir(path: string, mode = 0o777): void {
    const w = this.walk(path, 'mkdir');
    if (w.node) throw uvError('EEXIST', 'mkdir', path);
    if (!w.parent.mount.writable) throw uvError('EROFS', 'mkdir', path);
    w.parent.entries.set(w.name, this.#dir(w.parent.mount, mode & 0o777 & ~UMASK, SANDBOX_UID, SANDBOX_GID));
    this.#touch(w.parent);
  }

  /** mkdir -p; returns the first directory it made, in the caller's spelling (Node's return value). */
  mkdirp(path: string, mode = 0o777): string | undefined {
    if (path === '') throw uvError('ENOENT', 'mkdir', path);
    const absolute = path.startsWith('/') ? path : `${this.#options.cwd()}/${path}`;
    const parts = absolute.split('/').filter((p) => p !== '' && p !== '.');
    const stack: DirNode[] = [this.root];
    let firstMade = -1;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (part === '..') {
        if (stack.length > 1) stack.pop();
        continue;
      }
      const dir = stack.at(-1)!;
      let child = dir.entries.get(part);
      if (child && child.kind !== 'dir') throw uvError(i === parts.length - 1 ? 'EEXIST' : 'ENOTDIR', 'mkdir', path);
      if (!child) {
        if (!dir.mount.writable) throw uvError('EROFS', 'mkdir', path);
        child = this.#dir(dir.mount, mode & 0o777 & ~UMASK, SANDBOX_UID, SANDBOX_GID);
        dir.entries.set(part, child);
        this.#touch(dir);
        if (firstMade === -1) firstMade = i;
      }
      stack.push(child);
    }
    if (firstMade === -1) return undefined;
    // Drop the components made after the first from the caller's own path.
    let out = path.replace(/\/+$/, '');
    for (let drop = parts.length - 1 - firstMade; drop > 0; drop--) out = out.slice(0, Math.max(0, out.lastIndexOf('/')));
    return out;
  }

  rmdir(path: string): void {
    const w = this.walk(path, 'rmdir');
    if (!w.parent.mount.writable || w.node === this.root) throw uvError('EROFS', 'rmdir', path);
    if (!w.node) throw uvError('ENOENT', 'rmdir', path);
    if (w.node.kind !== 'dir') throw uvError('ENOTDIR', 'rmdir', path);
    if (w.node.entries.size > 0) throw uvError('ENOTEMPTY', 'rmdir', path);
    w.parent.entries.delete(w.name);
    this.#touch(w.parent);
  }

  unlink(path: string): void {
    const w = this.walk(path, 'unlink');
    if (!w.parent.mount.writable || w.node === this.root) throw uvError('EROFS', 'unlink', path);
    if (!w.node) throw uvError('ENOENT', 'unlink', path);
    if (w.node.kind === 'dir') throw uvError('EISDIR', 'unlink', path);
    this.#release(w.node);
    w.parent.entries.delete(w.name);
    this.#touch(w.parent);
  }

  rename(from: string, to: string): void {
    const a = this.walk(from, 'rename', to);
    const b = this.walk(to, 'rename', to, from);
    if (a.parent.mount !== b.parent.mount) throw uvError('EXDEV', 'rename', from, to);
    if (!a.parent.mount.writable) throw uvError('EROFS', 'rename', from, to);
    const node = a.node;
    if (!node) throw uvError('ENOENT', 'rename', from, to);
    const target = b.node;
    if (target === node) return;
    if (node.kind === 'dir') {
      if (target && target.kind !== 'dir') throw uvError('ENOTDIR', 'rename', from, to);
      if (target && target.kind === 'dir' && target.entries.size > 0) throw uvError('ENOTEMPTY', 'rename', from, to);
      // A directory cannot move into itself.
      for (let probe: FsNode | undefined = b.parent; probe; probe = probe === this.root ? undefined : this.#parentOf(probe)) {
        if (probe === node) throw uvError('EINVAL', 'rename', from, to);
      }
    } else if (target?.kind === 'dir') {
      throw uvError('EISDIR', 'rename', from, to);
    }
    if (target) this.#release(target);
    a.parent.entries.delete(a.name);
    b.parent.entries.set(b.name, node);
    node.ctimeMs = this.#options.clock();
    this.#touch(a.parent);
    this.#touch(b.parent);
  }

  #parentOf(target: FsNode, dir: DirNode = this.root): DirNode | undefined {
    for (const child of dir.entries.values()) {
      if (child === target) return dir;
      if (child.kind === 'dir') {
        const found = this.#parentOf(target, child);
        if (found) return found;
      }
    }
    return undefined;
  }

  /**
   * uv_fs_copyfile: errors name both paths; copying a file onto itself changes nothing; the copy
   * shares the bytes until either file is written.
   */
  copyFile(from: string, to: string, exclusive: boolean): void {
    const source = this.open(from, O_RDONLY, 0o666, 'copyfile', to);
    try {
      const node = this.fstat(source);
      if (node.kind === 'dir') throw uvError('EISDIR', 'copyfile', from, to);
      const w = this.walk(to, 'copyfile', to, from);
      if (w.node?.kind === 'dir') throw uvError('EISDIR', 'copyfile', from, to);
      let fd: number;
      try {
        fd = this.open(to, O_WRONLY | O_CREAT | (exclusive ? O_EXCL : 0), node.mode & 0o777, 'copyfile', to);
      } catch (error) {
        throw uvError((error as { code: 'EEXIST' }).code, 'copyfile', from, to);
      }
      try {
        const target = this.fstat(fd) as FileNode;
        if (target === node) return;
        const growth = node.size - target.size;
        if (growth > 0 && target.mount.used + growth > target.mount.capacity) throw uvError('ENOSPC', 'copyfile', from, to);
        target.mount.used += growth;
        target.data = node.data;
        target.size = node.size;
        target.shared = node.shared = true;
        this.#touch(target);
      } finally {
        this.close(fd);
      }
    } finally {
      this.close(source);
    }
  }

  /** Node 24's rm (C++, std::filesystem): EISDIR without `recursive`, then remove or remove_all. */
  rm(path: string, recursive: boolean): void {
    const w = this.walk(path, 'lstat');
    if (!w.node) throw uvError('ENOENT', 'lstat', path);
    if (w.node.kind === 'dir' && !recursive) throw systemError('ERR_FS_EISDIR', 'Path is a directory', { code: 'EISDIR', syscall: 'rm', path });
    const remove = (parent: DirNode, name: string, node: FsNode): void => {
      if (node.kind === 'dir') for (const [childName, child] of [...node.entries]) remove(node, childName, child);
      if (!parent.mount.writable || node === this.root) throw rmError('EROFS', path);
      this.#release(node);
      parent.entries.delete(name);
      this.#touch(parent);
    };
    remove(w.parent, w.name, w.node);
  }

  access(path: string, mode: number): void {
    const node = this.lookup(path, 'access');
    if (mode & 2 && !node.mount.writable) throw uvError('EROFS', 'access', path);
    if (mode & 1 && !(node.mode & 0o111)) throw uvError('EACCES', 'access', path);
  }

  /** chmod/utimes: metadata changes, refused on a read-only mount. */
  setattr(path: string, syscall: 'chmod' | 'utime', change: (node: FsNode) => void): void {
    const node = this.lookup(path, syscall);
    if (!node.mount.writable) throw uvError('EROFS', syscall, path);
    change(node);
    node.ctimeMs = this.#options.clock();
  }

  /** st_nlink: a directory counts `.`, its entry in the parent and each subdirectory's `..`. */
  links(node: FsNode): number {
    if (node.kind === 'file') return 1;
    let n = 2;
    for (const child of node.entries.values()) if (child.kind === 'dir') n++;
    return n;
  }
}
