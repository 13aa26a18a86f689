/**
 * Node's `url` in a Web Worker: the WHATWG URL and URLSearchParams (the worker's own, as Node's are
 * the same standard), fileURLToPath and pathToFileURL for POSIX paths, and the legacy url.parse,
 * url.format and url.resolve for the common shapes (scheme://auth@host:port/path?query#hash, and
 * paths without a host); IPv6 hosts and Node's escaping of unusual characters are not reproduced.
 */
import { nodeError, invalidArgType } from './bytes.ts';
import querystring from './querystring.ts';

const cwd = () => (globalThis as { process?: { cwd?: () => string } }).process?.cwd?.() ?? '/';

export const URL = globalThis.URL;
export const URLSearchParams = globalThis.URLSearchParams;

export function fileURLToPath(input: unknown): string {
  const url = typeof input === 'string' ? new URL(input) : input;
  if (!(url instanceof URL)) throw invalidArgType('path', 'of type string or an instance of URL', input);
  if (url.protocol !== 'file:') throw nodeError(new TypeError('The URL must be of scheme file'), 'ERR_INVALID_URL_SCHEME');
  if (url.hostname !== '') {
    throw nodeError(new TypeError('File URL host must be "localhost" or empty on linux'), 'ERR_INVALID_FILE_URL_HOST');
  }
  if (/%2f/i.test(url.pathname)) throw nodeError(new TypeError('File URL path must not include encoded / characters'), 'ERR_INVALID_FILE_URL_PATH');
  return decodeURIComponent(url.pathname);
}

/** Resolves `path` against the working directory (/var/task), then escapes what a URL path cannot hold. */
export function pathToFileURL(path: string): URL {
  if (typeof path !== 'string') throw invalidArgType('path', 'of type string', path);
  const parts = (path.startsWith('/') ? path : `${cwd()}/${path}`).split('/');
  const stack: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') stack.pop();
    else stack.push(part);
  }
  let resolved = `/${stack.join('/')}`;
  if (path.endsWith('/') && resolved !== '/') resolved += '/';
  const url = new URL('file://');
  url.pathname = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09')
    .replace(/#/g, '%23').replace(/\?/g, '%3F');
  return url;
}

/** The legacy URL object url.parse returns; members absent from the input are null, as in Node. */
export class Url {
  static {
    Object.defineProperty(this, 'name', { value: 'Url' }); // kept through minification, as Node names it
  }

  protocol: string | null = null;
  slashes: boolean | null = null;
  auth: string | null = null;
  host: string | null = null;
  port: string | null = null;
  hostname: string | null = null;
  hash: string | null = null;
  search: string | null = null;
  query: string | Record<string, unknown> | null = null;
  pathname: string | null = null;
  path: string | null = null;
  href = '';
}

/** Protocols whose URLs always have `//` and a host. */
const SLASHED = new Set(['http:', 'https:', 'ftp:', 'gopher:', 'file:', 'ws:', 'wss:']);

let deprecationShown = false;

/**
 * Node 24 warns once (DEP0169) when url.parse is called from the function's own code, not from a
 * package under node_modules; the first frame in /var/task or /opt says which.
 */
function warnDeprecated(): void {
  if (deprecationShown) return;
  const caller = (new Error().stack ?? '').split('\n').find((line) => /\/(var\/task|opt)\//.test(line));
  if (caller?.includes('/node_modules/')) return;
  deprecationShown = true;
  const proc = (globalThis as { process?: { emitWarning?: (message: string, type: string, code: string) => void } }).process;
  proc?.emitWarning?.('`url.parse()` behavior is not standardized and prone to errors that have security implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` vulnerabilities.', 'DeprecationWarning', 'DEP0169');
}

export function parse(input: unknown, parseQueryString = false, slashesDenoteHost = false): Url {
  if (typeof input !== 'string') throw invalidArgType('url', 'of type string', input);
  warnDeprecated();
  const result = new Url();
  let rest = input.trim();
  const hashAt = rest.indexOf('#');
  if (hashAt >= 0) {
    result.hash = rest.slice(hashAt);
    rest = rest.slice(0, hashAt);
  }
  const queryAt = rest.indexOf('?');
  if (queryAt >= 0) {
    result.search = rest.slice(queryAt);
    result.query = rest.slice(queryAt + 1);
    rest = rest.slice(0, queryAt);
  } else if (parseQueryString) {
    result.search = '';
    result.query = {};
  }
  if (parseQueryString && typeof result.query === 'string') result.query = querystring.parse(result.query);
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*:)/.exec(rest);
  if (scheme) {
    result.protocol = scheme[1]!.toLowerCase();
    rest = rest.slice(scheme[1]!.length);
  }
  if (rest.startsWith('//') && (result.protocol !== null || slashesDenoteHost) && result.protocol !== 'javascript:') {
    result.slashes = true;
    rest = rest.slice(2);
  }
  // As Node's does, the legacy parser reads a host after any scheme that is not always slashed
  // (mailto:someone@example.com), and after `//`.
  const hostless = result.protocol === null || result.protocol === 'javascript:';
  if (result.slashes || (!hostless && !SLASHED.has(result.protocol!))) {
    const end = rest.search(/[/\\]/);
    let authority = end >= 0 ? rest.slice(0, end) : rest;
    rest = end >= 0 ? rest.slice(end) : '';
    const at = authority.lastIndexOf('@');
    if (at >= 0) {
      result.auth = decodeURIComponent(authority.slice(0, at));
      authority = authority.slice(at + 1);
    }
    const port = /:(\d*)$/.exec(authority);
    if (port) {
      if (port[1]) result.port = port[1];
      authority = authority.slice(0, port.index);
    }
    // What cannot be in a host name starts the path, as in Node (arn:aws:s3:::b has host "aws").
    const valid = /^[+a-zA-Z0-9_.-]*/.exec(authority)![0];
    if (valid !== authority) {
      rest = `/${authority.slice(valid.length)}${rest}`;
      authority = valid;
    }
    result.hostname = authority.toLowerCase();
    result.host = result.port ? `${result.hostname}:${result.port}` : result.hostname;
    if (rest === '' && SLASHED.has(result.protocol ?? '')) rest = '/';
  }
  if (rest !== '') result.pathname = rest;
  else if (result.slashes && SLASHED.has(result.protocol ?? '')) result.pathname = '/';
  if (result.pathname !== null || result.search !== null) result.path = (result.pathname ?? '') + (result.search ?? '');
  result.href = format(result);
  return result;
}

type UrlLike = Partial<Omit<Url, 'query'>> & { query?: unknown };

export function format(input: unknown, options?: { auth?: boolean; fragment?: boolean; search?: boolean }): string {
  if (typeof input === 'string') return parse(input).href;
  if (input instanceof URL) {
    const url = new URL(input.href);
    if (options?.auth === false) url.username = url.password = '';
    if (options?.fragment === false) url.hash = '';
    if (options?.search === false) url.search = '';
    return url.href;
  }
  if (input === null || typeof input !== 'object') throw invalidArgType('urlObject', 'one of type object or string', input);
  const u = input as UrlLike;
  let protocol = u.protocol ?? '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  const auth = u.auth ? `${encodeURIComponent(u.auth).replace(/%3A/i, ':')}@` : '';
  let host = '';
  if (u.host) host = auth + u.host;
  else if (u.hostname) host = auth + u.hostname + (u.port ? `:${u.port}` : '');
  let pathname = (u.pathname ?? '').replace(/[?#]/g, encodeURIComponent);
  let search = u.search ?? (u.query && typeof u.query === 'object' && Object.keys(u.query).length ? `?${querystring.stringify(u.query)}` : '');
  if (search && !search.startsWith('?')) search = `?${search}`;
  let hash = u.hash ?? '';
  if (hash && !hash.startsWith('#')) hash = `#${hash}`;
  if ((u.slashes || SLASHED.has(protocol)) && (u.slashes || host)) {
    if (pathname && !pathname.startsWith('/')) pathname = `/${pathname}`;
    host = `//${host}`;
  } else if (protocol === 'file:' && !host) {
    host = '//';
  }
  return protocol + host + pathname + search.replace(/#/g, '%23') + hash;
}

/** Resolves `to` against `from` as a browser resolves a link. */
export function resolve(from: string, to: string): string {
  const base = new URL(from, 'resolve://');
  const url = new URL(to, base);
  if (url.protocol === 'resolve:') {
    const { pathname, search, hash } = url;
    return from.startsWith('/') || pathname === '/' ? pathname + search + hash : pathname.slice(1) + search + hash;
  }
  return url.href;
}

/** The options http.request takes, from a URL. */
export function urlToHttpOptions(url: URL) {
  return {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname}${url.search}`,
    href: url.href,
    ...(url.port !== '' ? { port: Number(url.port) } : {}),
    ...(url.username || url.password ? { auth: `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` } : {}),
  };
}

export default { URL, URLSearchParams, Url, parse, format, resolve, fileURLToPath, pathToFileURL, urlToHttpOptions };
