/**
 * An HTTP request as API Gateway receives it: the URL split into host, raw path and raw query, the
 * headers in arrival order (names as sent), the body as bytes. Nothing here knows about routes.
 */
import { utf8 } from '../../bytes.ts';

export interface HttpRequest {
  method: string;
  url: string;
  /** A map, or pairs when a name repeats. */
  headers?: Record<string, string> | Array<[string, string]>;
  body?: string | Uint8Array;
  /** The client's address; the sandbox's made-up public IP by default. */
  sourceIp?: string;
}

export interface HttpResponse {
  status: number;
  /** Pairs, since `set-cookie` may repeat. */
  headers: Array<[string, string]>;
  body: Uint8Array;
}

/** The address the sandbox's client appears to call from (TEST-NET-3, so it is nobody's). */
export const DEFAULT_SOURCE_IP = '203.0.113.10';

export interface ParsedRequest {
  method: string;
  scheme: string;
  host: string;
  port: number;
  /** As sent, percent-encoding kept: `/prod/items/a%20b`. */
  rawPath: string;
  /** Without the `?`; '' when none. */
  rawQuery: string;
  headers: Array<[string, string]>;
  body?: Uint8Array;
  sourceIp: string;
}

export function parseUrl(url: string): { scheme: string; host: string; port: number; rawPath: string; rawQuery: string } | null {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]+)([^?#]*)(?:\?([^#]*))?/.exec(url);
  if (!m) return null;
  const scheme = m[1]!.toLowerCase();
  const authority = /^(?:[^@]*@)?([^:]*)(?::(\d+))?$/.exec(m[2]!);
  if (!authority) return null;
  const port = authority[2] !== undefined ? Number(authority[2]) : scheme === 'https' ? 443 : 80;
  return { scheme, host: authority[1]!.toLowerCase(), port, rawPath: m[3] || '/', rawQuery: m[4] ?? '' };
}

export function parseRequest(req: HttpRequest): ParsedRequest | null {
  const url = parseUrl(req.url);
  if (!url) return null;
  const headers: Array<[string, string]> = Array.isArray(req.headers) ? req.headers.map(([k, v]) => [k, v]) : Object.entries(req.headers ?? {});
  const body = req.body === undefined ? undefined : typeof req.body === 'string' ? utf8(req.body) : req.body;
  return { method: req.method.toUpperCase(), ...url, headers, ...(body && body.length ? { body } : {}), sourceIp: req.sourceIp ?? DEFAULT_SOURCE_IP };
}

export function headerValue(headers: Array<[string, string]>, name: string): string | undefined {
  const lower = name.toLowerCase();
  const values = headers.filter(([k]) => k.toLowerCase() === lower).map(([, v]) => v);
  return values.length ? values.join(',') : undefined;
}

/** Percent-decoding that leaves a malformed escape as it was instead of failing the request. */
export function decode(text: string, plusIsSpace = false): string {
  const t = plusIsSpace ? text.replace(/\+/g, ' ') : text;
  try {
    return decodeURIComponent(t);
  } catch {
    return t;
  }
}

/** `a=1&a=2&b` → [['a','1'], ['a','2'], ['b','']], decoded. */
export function queryPairs(rawQuery: string): Array<[string, string]> {
  if (rawQuery === '') return [];
  return rawQuery
    .split('&')
    .filter((p) => p !== '')
    .map((p) => {
      const i = p.indexOf('=');
      return i < 0 ? [decode(p, true), ''] : [decode(p.slice(0, i), true), decode(p.slice(i + 1), true)];
    });
}

/** Path segments of a raw path, still encoded: `/a/b%20c` → ['a', 'b%20c']; `/` → []. */
export function pathSegments(rawPath: string): string[] {
  const trimmed = rawPath.replace(/^\/+/, '');
  return trimmed === '' ? [] : trimmed.split('/');
}
