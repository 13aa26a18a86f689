/**
 * Errors exactly as Node's fs throws them: libuv errors (`ENOENT: no such file or directory, open
 * '/var/task/nope.json'` with errno, code, syscall, path, dest) and the argument errors of its
 * validators. Learners match on `err.code` and read the message, so both must be Node's own.
 */

export type UvCode = 'EPERM' | 'ENOENT' | 'EBADF' | 'EACCES' | 'EEXIST' | 'EXDEV' | 'ENOTDIR' | 'EISDIR' | 'EINVAL' | 'ENOSPC' | 'EROFS' | 'ENOTEMPTY';

const UV: Record<UvCode, [errno: number, description: string, strerror: string]> = {
  EPERM: [-1, 'operation not permitted', 'Operation not permitted'],
  ENOENT: [-2, 'no such file or directory', 'No such file or directory'],
  EBADF: [-9, 'bad file descriptor', 'Bad file descriptor'],
  EACCES: [-13, 'permission denied', 'Permission denied'],
  EEXIST: [-17, 'file already exists', 'File exists'],
  EXDEV: [-18, 'cross-device link not permitted', 'Invalid cross-device link'],
  ENOTDIR: [-20, 'not a directory', 'Not a directory'],
  EISDIR: [-21, 'illegal operation on a directory', 'Is a directory'],
  EINVAL: [-22, 'invalid argument', 'Invalid argument'],
  ENOSPC: [-28, 'no space left on device', 'No space left on device'],
  EROFS: [-30, 'read-only file system', 'Read-only file system'],
  ENOTEMPTY: [-39, 'directory not empty', 'Directory not empty'],
};

/** Marks errors this file system made, so the API layer can trim its own frames from their stacks. */
export const OWN_ERROR = Symbol('lambda-lab.fs-error');

export interface FsError extends Error {
  errno?: number;
  code?: string;
  syscall?: string;
  path?: string;
  dest?: string;
  [OWN_ERROR]?: true;
}

/** A libuv error as Node builds it (uvException): same message, same property order. */
export function uvError(code: UvCode, syscall: string, path?: string, dest?: string): FsError {
  const [errno, description] = UV[code];
  let message = `${code}: ${description}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const error: FsError = new Error(message);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  if (path !== undefined) error.path = path;
  if (dest !== undefined) error.dest = dest;
  Object.defineProperty(error, OWN_ERROR, { value: true });
  return error;
}

/**
 * rmSync/rm run in C++ (std::filesystem) since Node 23 and word their failures differently:
 * `EROFS, Read-only file system: /var/task/x '/var/task/x'` with a positive errno.
 */
export function rmError(code: UvCode, path: string): FsError {
  const [errno, , strerror] = UV[code];
  const error: FsError = new Error(`${code}, ${strerror}: ${path} '${path}'`);
  error.errno = -errno;
  error.code = code;
  error.syscall = 'rm';
  error.path = path;
  Object.defineProperty(error, OWN_ERROR, { value: true });
  return error;
}

/** Node's SystemError (`SystemError [ERR_FS_EISDIR]: Path is a directory: rm returned EISDIR (is a directory) /tmp/d`). */
export function systemError(code: string, prefix: string, info: { code: UvCode; syscall: string; path: string }): FsError {
  const [errno, , strerror] = UV[info.code];
  const reason = strerror.toLowerCase();
  const message = `${prefix}: ${info.syscall} returned ${info.code} (${reason}) ${info.path}`;
  const error: FsError & { info?: unknown } = new Error(message);
  error.name = 'SystemError';
  error.code = code;
  error.info = { code: info.code, message: reason, path: info.path, syscall: info.syscall, errno: -errno };
  error.errno = -errno;
  error.syscall = info.syscall;
  error.path = info.path;
  error.stack = `SystemError [${code}]: ${message}`;
  Object.defineProperty(error, OWN_ERROR, { value: true });
  return error;
}

/** How Node's validators describe a wrong value (`Received type number (42)`, `Received an instance of Object`). */
export function received(value: unknown): string {
  if (value === null) return 'Received null';
  if (value === undefined) return 'Received undefined';
  switch (typeof value) {
    case 'bigint': return `Received type bigint (${value}n)`;
    case 'number': return `Received type number (${Object.is(value, -0) ? '-0' : String(value)})`;
    case 'boolean': return `Received type boolean (${value})`;
    case 'symbol': return `Received type symbol (${String(value)})`;
    case 'function': return `Received function ${(value as { name?: string }).name ?? ''}`;
    case 'string': {
      const s = value.length > 28 ? `${value.slice(0, 25)}...` : value;
      return `Received type string (${s.includes("'") ? JSON.stringify(s) : `'${s}'`})`;
    }
    default: {
      const ctor = (value as { constructor?: { name?: string } }).constructor;
      return ctor?.name ? `Received an instance of ${ctor.name}` : 'Received [Object: null prototype]';
    }
  }
}

function codedError<E extends Error>(error: E, code: string): E & { code: string } {
  const e = error as E & { code: string };
  e.code = code;
  // Node prints the code in the stack's first line: `TypeError [ERR_INVALID_ARG_TYPE]: …`.
  e.stack = String(e.stack).replace(/^([A-Za-z]*Error)(?=: )/, `$1 [${code}]`);
  Object.defineProperty(e, OWN_ERROR, { value: true });
  return e;
}

export function invalidArgType(name: string, expected: string, value: unknown): TypeError {
  return codedError(new TypeError(`The "${name}" argument must be ${expected}. ${received(value)}`), 'ERR_INVALID_ARG_TYPE');
}

export function invalidArgValue(name: string, value: unknown, reason = 'is invalid'): TypeError {
  const shown = typeof value === 'string' ? `'${value}'` : String(value);
  return codedError(new TypeError(`The argument '${name}' ${reason}. Received ${shown}`), 'ERR_INVALID_ARG_VALUE');
}

export function invalidUrlScheme(): TypeError {
  return codedError(new TypeError('The URL must be of scheme file'), 'ERR_INVALID_URL_SCHEME');
}

/** cpSync's own check (C++ in Node 24): a plain Error with a code, naming the directory with a slash. */
export function cpDirectory(path: string): FsError {
  const e: FsError = new Error(`Recursive option not enabled, cannot copy a directory: ${path.endsWith('/') ? path : `${path}/`}`);
  e.code = 'ERR_FS_EISDIR';
  Object.defineProperty(e, OWN_ERROR, { value: true });
  return e;
}
