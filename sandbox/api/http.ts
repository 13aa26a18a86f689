/**
 * An HTTP exchange as plain data: what the Node server (`lab serve`) reads off a socket and what a
 * realm's intercepted SDK request carries across postMessage. Header names are lower case.
 */
export interface WireRequest {
  method: string;
  /** The Host header: `lambda.us-east-1.amazonaws.com`, `my-bucket.s3.amazonaws.com`, `localhost:4566` … */
  host: string;
  /** The path as sent, percent-encoded, without the query string. */
  path: string;
  /** The query string as sent, without `?`. */
  query: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const bodyText = (request: WireRequest): string => decoder.decode(request.body);

export function response(status: number, headers: Record<string, string>, body: string | Uint8Array = new Uint8Array(0)): WireResponse {
  const bytes = typeof body === 'string' ? encoder.encode(body) : body;
  // A HEAD answer keeps the Content-Length of what a GET would send (S3's HeadObject).
  return { status, headers: { 'content-length': String(bytes.length), ...headers }, body: bytes };
}

/** Splits `https://host/path?query` (or `/path?query`) into the request's parts. */
export function requestFromUrl(method: string, url: string, headers: Record<string, string> = {}, body: Uint8Array = new Uint8Array(0)): WireRequest {
  const u = new URL(url, 'http://localhost');
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { method: method.toUpperCase(), host: lower.host ?? u.host, path: u.pathname, query: u.search.replace(/^\?/, ''), headers: lower, body };
}

/** Query-string parameters in order; a key without `=` has the value ''. */
export function queryParams(query: string): [string, string][] {
  if (!query) return [];
  return query.split('&').filter(Boolean).map((pair) => {
    const i = pair.indexOf('=');
    const dec = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, '%20'));
      } catch {
        return s;
      }
    };
    return i < 0 ? [dec(pair), ''] : [dec(pair.slice(0, i)), dec(pair.slice(i + 1))];
  });
}
