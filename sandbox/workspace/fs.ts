/**
 * The file system the shell, the CLI and the runtime see. One small async interface so the same code
 * runs over an in-memory tree (browser, tests), a real directory (Node: `lab shell`, grading) or an
 * overlay (the built-in ~/.aws files). Paths are absolute POSIX paths.
 */
export interface FileStat {
  type: 'file' | 'dir';
  size: number;
  mtimeMs: number;
}

export interface FileSystem {
  /** FsError ENOENT when missing, EISDIR on a directory. */
  readFile(path: string): Promise<Uint8Array>;
  /** A string is written as UTF-8. ENOENT if the parent directory is missing, EISDIR on a directory. */
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  /** null when missing. */
  stat(path: string): Promise<FileStat | null>;
  /** Entry names (not paths), sorted. ENOENT / ENOTDIR. */
  readdir(path: string): Promise<string[]>;
  mkdir(path: string, options?: { recursive?: boolean }): Promise<void>;
  rm(path: string, options?: { recursive?: boolean }): Promise<void>;
}

export type FsErrorCode = 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EEXIST' | 'ENOTEMPTY' | 'EACCES';

/** strerror(3) texts, so callers can print `cat: x: No such file or directory` without a table of their own. */
export const FS_ERROR_MESSAGES: Record<FsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EACCES: 'Permission denied',
};

/** A failed file operation, as data: the errno name, the path it concerns and strerror's words. */
export class FsError extends Error {
  code: FsErrorCode;
  path: string;

  constructor(code: FsErrorCode, path: string, message: string = FS_ERROR_MESSAGES[code]) {
    super(message);
    this.name = 'FsError';
    this.code = code;
    this.path = path;
  }
}

/** True for an FsError, also one that crossed a realm boundary (structured clone keeps code/path, not the class). */
export function isFsError(value: unknown): value is FsError {
  return (
    value instanceof FsError ||
    (typeof value === 'object' && value !== null && 'code' in value && 'path' in value &&
      typeof (value as { code: unknown }).code === 'string' && (value as { code: string }).code in FS_ERROR_MESSAGES)
  );
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** UTF-8 bytes of a string; copies a Uint8Array so the caller cannot mutate stored data later. */
export function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data);
}

/** UTF-8 text of bytes (invalid sequences become U+FFFD, as a terminal would show them). */
export function toText(data: Uint8Array): string {
  return decoder.decode(data);
}
