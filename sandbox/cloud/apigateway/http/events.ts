/**
 * The proxy events API Gateway hands a Lambda function, key for key in AWS's order:
 *   - HTTP API, payload format 2.0 (`version: "2.0"`, routeKey, rawPath, cookies …)
 *   - HTTP API, payload format 1.0 (REST-shaped, with `version: "1.0"`)
 *   - REST API (resource, path, httpMethod, multiValueHeaders … requestContext.identity)
 * HTTP APIs lower-case every header name; REST APIs keep the client's spelling.
 */
import { fromUtf8, toBase64 } from '../../bytes.ts';
import { clfTime } from '../names.ts';
import { headerValue, queryPairs } from './request.ts';

/** Everything about one request that the events are made from. */
export interface ProxyRequest {
  apiId: string;
  account: string;
  domainName: string;
  stage: string;
  method: string;
  /** The path as sent, with the stage prefix (`/prod/items/1`). */
  rawPath: string;
  /** The path below the stage (`/items/1`). */
  path: string;
  rawQuery: string;
  /** As received plus what API Gateway adds (host, x-forwarded-*, x-amzn-trace-id). */
  headers: Array<[string, string]>;
  body?: Uint8Array;
  sourceIp: string;
  requestId: string;
  extendedRequestId: string;
  time: number;
  pathParameters: Record<string, string>;
  stageVariables: Record<string, string>;
}

const TEXT_TYPES = /^(text\/|application\/(json|javascript|xml|x-yaml|yaml)\b|[^;]*\+(json|xml)\b)/i;

/** HTTP APIs pass text bodies as they are and base64-encode anything else (form posts included). */
export function httpApiBody(req: ProxyRequest): { body?: string; isBase64Encoded: boolean } {
  if (!req.body) return { isBase64Encoded: false };
  const type = headerValue(req.headers, 'content-type') ?? '';
  return TEXT_TYPES.test(type.trim()) ? { body: fromUtf8(req.body), isBase64Encoded: false } : { body: toBase64(req.body), isBase64Encoded: true };
}

const domainPrefix = (req: ProxyRequest) => req.domainName.split('.')[0]!;
const nonEmpty = <T>(map: Record<string, T>): Record<string, T> | undefined => (Object.keys(map).length ? map : undefined);

/** Lower-case names, duplicates joined with commas, sorted as API Gateway lists them. */
function lowerHeaders(headers: Array<[string, string]>, omit: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of headers) {
    const name = k.toLowerCase();
    if (omit.includes(name)) continue;
    out[name] = name in out ? `${out[name]},${v}` : v;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `headers` (last value wins) and `multiValueHeaders` of the 1.0 shapes. */
function singleAndMulti(pairs: Array<[string, string]>): { single: Record<string, string>; multi: Record<string, string[]> } {
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [k, v] of pairs) {
    single[k] = v;
    (multi[k] ??= []).push(v);
  }
  return { single, multi };
}

function sortedPairs(headers: Array<[string, string]>): Array<[string, string]> {
  return [...headers].sort(([a], [b]) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
}

/** HTTP API payload format 2.0. */
export function httpApiEventV2(req: ProxyRequest, routeKey: string): Record<string, unknown> {
  const cookies = req.headers
    .filter(([k]) => k.toLowerCase() === 'cookie')
    .flatMap(([, v]) => v.split(';'))
    .map((c) => c.trim())
    .filter(Boolean);
  const query: Record<string, string> = {};
  for (const [k, v] of queryPairs(req.rawQuery)) query[k] = k in query ? `${query[k]},${v}` : v;
  const { body, isBase64Encoded } = httpApiBody(req);
  return {
    version: '2.0',
    routeKey,
    rawPath: req.rawPath,
    rawQueryString: req.rawQuery,
    ...(cookies.length ? { cookies } : {}),
    headers: lowerHeaders(req.headers, ['cookie']),
    ...(nonEmpty(query) ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: req.account,
      apiId: req.apiId,
      domainName: req.domainName,
      domainPrefix: domainPrefix(req),
      http: {
        method: req.method,
        path: req.rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: req.sourceIp,
        userAgent: headerValue(req.headers, 'user-agent') ?? '',
      },
      requestId: req.requestId,
      routeKey,
      stage: req.stage,
      time: clfTime(req.time),
      timeEpoch: req.time,
    },
    ...(nonEmpty(req.pathParameters) ? { pathParameters: req.pathParameters } : {}),
    ...(nonEmpty(req.stageVariables) ? { stageVariables: req.stageVariables } : {}),
    ...(body !== undefined ? { body } : {}),
    isBase64Encoded,
  };
}

function queryMaps(rawQuery: string) {
  const pairs = queryPairs(rawQuery);
  const { single, multi } = singleAndMulti(pairs);
  return pairs.length ? { single, multi } : { single: null, multi: null };
}

/** HTTP API payload format 1.0: the REST shape, from an HTTP API (lower-case headers, its own requestContext). */
export function httpApiEventV1(req: ProxyRequest, routeKey: string, resourcePath: string): Record<string, unknown> {
  const headers = req.headers.map(([k, v]) => [k.toLowerCase(), v] as [string, string]);
  const { single, multi } = singleAndMulti(sortedPairs(headers));
  const query = queryMaps(req.rawQuery);
  const { body, isBase64Encoded } = httpApiBody(req);
  const userAgent = headerValue(req.headers, 'user-agent') ?? '';
  return {
    version: '1.0',
    resource: resourcePath,
    path: req.rawPath,
    httpMethod: req.method,
    headers: single,
    multiValueHeaders: multi,
    queryStringParameters: query.single,
    multiValueQueryStringParameters: query.multi,
    requestContext: {
      accountId: req.account,
      apiId: req.apiId,
      authorizer: { claims: null, scopes: null },
      domainName: req.domainName,
      domainPrefix: domainPrefix(req),
      extendedRequestId: req.extendedRequestId,
      httpMethod: req.method,
      identity: {
        accessKey: null,
        accountId: null,
        caller: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: req.sourceIp,
        user: null,
        userAgent,
        userArn: null,
      },
      path: req.rawPath,
      protocol: 'HTTP/1.1',
      requestId: req.requestId,
      requestTime: clfTime(req.time),
      requestTimeEpoch: req.time,
      resourceId: routeKey,
      resourcePath,
      stage: req.stage,
    },
    pathParameters: nonEmpty(req.pathParameters) ?? null,
    stageVariables: nonEmpty(req.stageVariables) ?? null,
    body: body ?? null,
    isBase64Encoded,
  };
}

/** REST API Lambda proxy event. */
export function restApiEvent(req: ProxyRequest, resource: { id: string; path: string }, deploymentId: string): Record<string, unknown> {
  const { single, multi } = singleAndMulti(sortedPairs(req.headers));
  const query = queryMaps(req.rawQuery);
  return {
    resource: resource.path,
    path: req.path,
    httpMethod: req.method,
    headers: single,
    multiValueHeaders: multi,
    queryStringParameters: query.single,
    multiValueQueryStringParameters: query.multi,
    pathParameters: nonEmpty(req.pathParameters) ?? null,
    stageVariables: nonEmpty(req.stageVariables) ?? null,
    requestContext: {
      resourceId: resource.id,
      resourcePath: resource.path,
      httpMethod: req.method,
      extendedRequestId: req.extendedRequestId,
      requestTime: clfTime(req.time),
      path: req.rawPath,
      accountId: req.account,
      protocol: 'HTTP/1.1',
      stage: req.stage,
      domainPrefix: domainPrefix(req),
      requestTimeEpoch: req.time,
      requestId: req.requestId,
      identity: {
        cognitoIdentityPoolId: null,
        accountId: null,
        cognitoIdentityId: null,
        caller: null,
        sourceIp: req.sourceIp,
        principalOrgId: null,
        accessKey: null,
        cognitoAuthenticationType: null,
        cognitoAuthenticationProvider: null,
        userArn: null,
        userAgent: headerValue(req.headers, 'user-agent') ?? null,
        user: null,
      },
      domainName: req.domainName,
      deploymentId,
      apiId: req.apiId,
    },
    // Without binary media types a REST API passes the body as text.
    body: req.body ? fromUtf8(req.body) : null,
    isBase64Encoded: false,
  };
}
