/**
 * From a Lambda result to an HTTP response, by the rules of each flavour:
 *   - HTTP API, format 2.0: `{statusCode, headers, cookies, body, isBase64Encoded}`; anything else
 *     that is valid JSON becomes a 200 application/json response of that JSON.
 *   - HTTP API, format 1.0, and REST APIs: `{statusCode, headers, multiValueHeaders, body,
 *     isBase64Encoded}` is required. REST refuses any other key ("Malformed Lambda proxy response").
 * And API Gateway's own error responses, worded per flavour: HTTP APIs say
 * `{"message":"Internal Server Error"}`, REST APIs `{"message": "Internal server error"}`.
 */
import { fromBase64, utf8 } from '../../bytes.ts';
import { httpDate } from '../names.ts';
import type { HttpResponse } from './request.ts';

export type Flavor = 'http' | 'rest';

/** Who answered: the ids and time that go into API Gateway's own headers. */
export interface Answering {
  flavor: Flavor;
  requestId: string;
  extendedRequestId: string;
  traceId: string;
  time: number;
}

/** The body texts, exactly as each flavour writes them (REST puts a space after the colon in some). */
export const MESSAGES = {
  http: {
    notFound: '{"message":"Not Found"}',
    forbidden: '{"message":"Forbidden"}',
    internal: '{"message":"Internal Server Error"}',
    throttled: '{"message":"Too Many Requests"}',
    timeout: '{"message":"Service Unavailable"}',
  },
  rest: {
    missingToken: '{"message":"Missing Authentication Token"}',
    forbidden: '{"message":"Forbidden"}',
    internal: '{"message": "Internal server error"}',
    throttled: '{"message":"Too Many Requests"}',
    timeout: '{"message": "Endpoint request timed out"}',
  },
} as const;

const REST_ERROR_TYPES: Record<number, string> = {
  403: 'ForbiddenException',
  429: 'TooManyRequestsException',
  500: 'InternalServerErrorException',
  502: 'InternalServerErrorException',
};

/** API Gateway's headers around `extra` (the function's), in the order each flavour sends them. */
export function respond(a: Answering, status: number, body: Uint8Array, contentType: string, extra: Array<[string, string]> = [], errorType?: string): HttpResponse {
  const own = extra.filter(([k]) => !['content-length', 'content-type', 'date'].includes(k.toLowerCase()));
  const type = extra.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? contentType;
  const headers: Array<[string, string]> =
    a.flavor === 'http'
      ? [['date', httpDate(a.time)], ['content-type', type], ['content-length', String(body.length)], ...own, ['apigw-requestid', a.extendedRequestId]]
      : [
          ['content-type', type],
          ['content-length', String(body.length)],
          ['date', httpDate(a.time)],
          ...own,
          ['x-amzn-RequestId', a.requestId],
          ...(errorType ? [['x-amzn-ErrorType', errorType] as [string, string]] : []),
          ['x-amz-apigw-id', a.extendedRequestId],
          ['X-Amzn-Trace-Id', a.traceId],
        ];
  return { status, headers, body };
}

/** One of API Gateway's own error responses. */
export function errorResponse(a: Answering, status: number, message: string): HttpResponse {
  const errorType = a.flavor === 'rest' ? (message === MESSAGES.rest.missingToken ? 'MissingAuthenticationTokenException' : REST_ERROR_TYPES[status]) : undefined;
  return respond(a, status, utf8(message), 'application/json', [], errorType);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function statusOf(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 100 && n <= 599 ? n : null;
}

function bodyBytes(body: unknown, base64: unknown): Uint8Array | null {
  if (body === undefined || body === null) return new Uint8Array();
  if (typeof body !== 'string') return null;
  if (base64 !== true) return utf8(body);
  try {
    return fromBase64(body);
  } catch {
    return null;
  }
}

/** `headers` and `multiValueHeaders` merged; a name in both takes multiValueHeaders' values. Null when malformed. */
function mergedHeaders(headers: unknown, multi: unknown): Array<[string, string]> | null {
  const out: Array<[string, string]> = [];
  if (headers !== undefined && headers !== null) {
    if (!isObject(headers) || !Object.values(headers).every(isScalar)) return null;
    for (const [k, v] of Object.entries(headers)) out.push([k, String(v)]);
  }
  if (multi !== undefined && multi !== null) {
    if (!isObject(multi) || !Object.values(multi).every((v) => Array.isArray(v) && v.every(isScalar))) return null;
    for (const [k, values] of Object.entries(multi)) {
      const kept = out.filter(([name]) => name.toLowerCase() !== k.toLowerCase());
      out.length = 0;
      out.push(...kept, ...(values as unknown[]).map((v) => [k, String(v)] as [string, string]));
    }
  }
  return out;
}

const REST_KEYS = new Set(['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded']);

/** REST APIs and HTTP API format 1.0. Null when the result is not a proxy response (REST: 502, HTTP: 500). */
export function fromProxyResponseV1(a: Answering, payload: string): HttpResponse | null {
  let result: unknown;
  try {
    result = JSON.parse(payload);
  } catch {
    return null;
  }
  if (!isObject(result)) return null;
  if (a.flavor === 'rest' && Object.keys(result).some((k) => !REST_KEYS.has(k))) return null;
  const status = statusOf(result.statusCode);
  if (status === null) return null;
  const headers = mergedHeaders(result.headers, result.multiValueHeaders);
  const body = bodyBytes(result.body, result.isBase64Encoded);
  if (!headers || !body) return null;
  return respond(a, status, body, a.flavor === 'rest' ? 'application/json' : 'text/plain; charset=utf-8', headers);
}

/** HTTP API format 2.0: a structured response when `statusCode` is there, else the JSON itself. Null when malformed. */
export function fromProxyResponseV2(a: Answering, payload: string): HttpResponse | null {
  let result: unknown;
  try {
    result = JSON.parse(payload);
  } catch {
    return null;
  }
  if (!isObject(result) || !('statusCode' in result)) {
    // "API Gateway can infer the response format": a bare string is the body, anything else its JSON.
    const body = typeof result === 'string' ? result : payload;
    return respond(a, 200, utf8(body), 'application/json');
  }
  const status = statusOf(result.statusCode);
  const headers = mergedHeaders(result.headers, undefined);
  const body = bodyBytes(result.body, result.isBase64Encoded);
  if (status === null || !headers || !body) return null;
  if (result.cookies !== undefined && (!Array.isArray(result.cookies) || !result.cookies.every((c) => typeof c === 'string'))) return null;
  const cookies = ((result.cookies as string[] | undefined) ?? []).map((c) => ['set-cookie', c] as [string, string]);
  return respond(a, status, body, 'text/plain; charset=utf-8', [...headers, ...cookies]);
}
