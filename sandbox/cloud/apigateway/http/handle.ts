/**
 * The data plane: one HTTP request to `https://{apiId}.execute-api.{region}.amazonaws.com/…`, routed
 * to a Lambda integration and answered as API Gateway answers — the HTTP API way or the REST API
 * way, whichever kind of API owns the id. `lab`'s curl, the browser's fetch interception and the
 * Node server all come through here.
 */
import type { Cloud } from '../../cloud.ts';
import { functionArnOf } from '../lambda-uri.ts';
import { executeApiArn, extendedRequestId } from '../names.ts';
import { apigatewayState, type HttpApi, type RestApi } from '../state.ts';
import { servedBy } from '../v2/stages.ts';
import { httpApiEventV1, httpApiEventV2, restApiEvent, type ProxyRequest } from './events.ts';
import { invokeIntegration, type InvokeOutcome } from './invoke.ts';
import { matchResource, matchRoute } from './match.ts';
import { parseRequest, pathSegments, type HttpRequest, type HttpResponse, type ParsedRequest } from './request.ts';
import { MESSAGES, errorResponse, fromProxyResponseV1, fromProxyResponseV2, type Answering } from './responses.ts';

/** The request named a host no API answers for: a client reports it as a name that does not resolve. */
export class UnknownHostError extends Error {
  readonly host: string;
  constructor(host: string) {
    super(`Could not resolve host: ${host}`);
    this.name = 'UnknownHostError';
    this.host = host;
  }
}

/** The host resolves, but nothing listens there: API Gateway only answers HTTPS on port 443. */
export class ConnectionRefusedError extends Error {
  readonly host: string;
  readonly port: number;
  constructor(host: string, port: number) {
    super(`Failed to connect to ${host} port ${port}: Couldn't connect to server`);
    this.name = 'ConnectionRefusedError';
    this.host = host;
    this.port = port;
  }
}

const HOST = /^([a-z0-9]{10})\.execute-api\.([a-z0-9-]+)\.amazonaws\.com$/;

/** The API behind an execute-api host, if one exists in that region. */
export function apiForHost(cloud: Cloud, host: string): { http?: HttpApi; rest?: RestApi } | null {
  const m = HOST.exec(host.toLowerCase());
  if (!m) return null;
  const state = apigatewayState(cloud);
  const http = state.apis[m[1]!];
  const rest = state.restApis[m[1]!];
  if (http && http.region === m[2]) return { http };
  if (rest && rest.region === m[2]) return { rest };
  return null;
}

function traceId(cloud: Cloud, time: number): string {
  return `Root=1-${Math.floor(time / 1000).toString(16).padStart(8, '0')}-${cloud.ids.hex(24)}`;
}

/** Client headers plus the ones API Gateway adds before the integration sees them. */
function forwardedHeaders(req: ParsedRequest, trace: string): Array<[string, string]> {
  const has = (name: string) => req.headers.some(([k]) => k.toLowerCase() === name);
  const added: Array<[string, string]> = [];
  if (req.body && !has('content-length')) added.push(['content-length', String(req.body.length)]);
  if (!has('host')) added.push(['Host', req.host]);
  added.push(['X-Amzn-Trace-Id', trace], ['X-Forwarded-For', req.sourceIp], ['X-Forwarded-Port', '443'], ['X-Forwarded-Proto', 'https']);
  return [...req.headers.filter(([k]) => !['x-forwarded-for', 'x-forwarded-port', 'x-forwarded-proto', 'x-amzn-trace-id'].includes(k.toLowerCase())), ...added];
}

/** Handles one request. Throws UnknownHostError when no API owns the host, ConnectionRefusedError for anything but HTTPS on 443. */
export async function handleHttpRequest(cloud: Cloud, request: HttpRequest): Promise<HttpResponse> {
  const req = parseRequest(request);
  if (!req) throw new UnknownHostError(String(request.url));
  const owner = apiForHost(cloud, req.host);
  if (!owner) throw new UnknownHostError(req.host);
  if (req.scheme !== 'https' || req.port !== 443) throw new ConnectionRefusedError(req.host, req.port);
  const time = cloud.clock.now();
  const flavor = owner.http ? 'http' : 'rest';
  const answering: Answering = {
    flavor,
    requestId: flavor === 'rest' ? cloud.ids.uuid() : '',
    extendedRequestId: extendedRequestId(cloud),
    traceId: traceId(cloud, time),
    time,
  };
  if (flavor === 'http') answering.requestId = answering.extendedRequestId;
  const response = owner.http ? await handleHttpApi(cloud, owner.http, req, answering) : await handleRestApi(cloud, owner.rest!, req, answering);
  cloud.trace({ type: 'apigateway.request', apiId: (owner.http?.apiId ?? owner.rest?.id)!, method: req.method, path: req.rawPath, status: response.status, requestId: answering.requestId });
  return req.method === 'HEAD' ? { ...response, body: new Uint8Array() } : response;
}

function baseRequest(req: ParsedRequest, a: Answering, api: { id: string; account: string }, stage: string, path: string): ProxyRequest {
  return {
    apiId: api.id,
    account: api.account,
    domainName: req.host,
    stage,
    method: req.method,
    rawPath: req.rawPath,
    path,
    rawQuery: req.rawQuery,
    headers: forwardedHeaders(req, a.traceId),
    ...(req.body ? { body: req.body } : {}),
    sourceIp: req.sourceIp,
    requestId: a.requestId,
    extendedRequestId: a.extendedRequestId,
    time: a.time,
    pathParameters: {},
    stageVariables: {},
  };
}

/** The failure responses common to both flavours, from an invocation that did not return a result. */
function failure(a: Answering, outcome: InvokeOutcome): HttpResponse {
  const m = MESSAGES[a.flavor];
  switch (outcome.kind) {
    case 'throttled':
      return errorResponse(a, 429, m.throttled);
    case 'timeout':
      return a.flavor === 'http' ? errorResponse(a, 503, m.timeout) : errorResponse(a, 504, m.timeout);
    case 'function-error':
      // A function error: HTTP APIs answer 500, REST APIs 502 Bad Gateway.
      return errorResponse(a, a.flavor === 'http' ? 500 : 502, m.internal);
    default:
      return errorResponse(a, 500, m.internal);
  }
}

async function handleHttpApi(cloud: Cloud, api: HttpApi, req: ParsedRequest, a: Answering): Promise<HttpResponse> {
  if (api.disableExecuteApiEndpoint) return errorResponse(a, 403, MESSAGES.http.forbidden);
  const segments = pathSegments(req.rawPath);
  // A named stage is the first path segment; otherwise the $default stage serves the whole path.
  const named = segments[0] !== undefined && segments[0] !== '$default' ? api.stages[segments[0]] : undefined;
  const stage = named ?? api.stages.$default;
  if (!stage) return errorResponse(a, 404, MESSAGES.http.notFound);
  const routePath = named ? segments.slice(1) : segments;
  const served = servedBy(api, stage);
  const match = served && matchRoute(served.routes, req.method, routePath);
  if (!served || !match) return errorResponse(a, 404, MESSAGES.http.notFound);
  const integrationId = /^integrations\/(.+)$/.exec(match.route.target ?? '')?.[1];
  const integration = integrationId ? served.integrations[integrationId] : undefined;
  if (!integration) return errorResponse(a, 404, MESSAGES.http.notFound);
  const functionArn = integration.integrationType === 'AWS_PROXY' ? functionArnOf(integration.integrationUri) : undefined;
  // HTTP_PROXY would need the internet, which the sandbox does not have.
  if (!functionArn) return errorResponse(a, 500, MESSAGES.http.internal);
  const path = `/${routePath.join('/')}`;
  const proxy: ProxyRequest = { ...baseRequest(req, a, { id: api.apiId, account: api.account }, stage.stageName, path), pathParameters: match.pathParameters, stageVariables: stage.stageVariables };
  const routeKey = match.route.routeKey;
  const routeTemplate = routeKey === '$default' ? '$default' : routeKey.slice(routeKey.indexOf(' ') + 1);
  const event = integration.payloadFormatVersion === '2.0' ? httpApiEventV2(proxy, routeKey) : httpApiEventV1(proxy, routeKey, routeTemplate);
  const sourceArn = executeApiArn(api.region, api.account, api.apiId, routeKey === '$default' ? `${stage.stageName}/$default` : `${stage.stageName}/${req.method}${routeTemplate}`);
  const outcome = await invokeIntegration(cloud, { functionArn, sourceArn, timeoutMs: integration.timeoutInMillis }, event);
  if (outcome.kind !== 'ok') return failure(a, outcome);
  const response = integration.payloadFormatVersion === '2.0' ? fromProxyResponseV2(a, outcome.payload) : fromProxyResponseV1(a, outcome.payload);
  return response ?? errorResponse(a, 500, MESSAGES.http.internal);
}

async function handleRestApi(cloud: Cloud, api: RestApi, req: ParsedRequest, a: Answering): Promise<HttpResponse> {
  if (api.disableExecuteApiEndpoint) return errorResponse(a, 403, MESSAGES.rest.forbidden);
  const [stageName, ...segments] = pathSegments(req.rawPath);
  const stage = stageName === undefined ? undefined : api.stages[stageName];
  const deployment = stage && api.deployments[stage.deploymentId];
  // A REST API answers a path it has no method for with 403 "Missing Authentication Token", not 404.
  if (!stage || !deployment) return errorResponse(a, 403, MESSAGES.rest.forbidden);
  const match = matchResource(deployment.resources, api.rootResourceId, segments);
  const method = match && (match.resource.methods[req.method] ?? match.resource.methods.ANY);
  if (!match || !method) return errorResponse(a, 403, MESSAGES.rest.missingToken);
  const integration = method.integration;
  const functionArn = integration?.type === 'AWS_PROXY' ? functionArnOf(integration.uri) : undefined;
  // Lambda is only invoked with POST: another integration method is a configuration error (500).
  if (!integration || !functionArn || integration.httpMethod !== 'POST') return errorResponse(a, 500, MESSAGES.rest.internal);
  const path = `/${segments.join('/')}`;
  const proxy: ProxyRequest = { ...baseRequest(req, a, api, stage.stageName, path), pathParameters: match.pathParameters, stageVariables: stage.variables };
  const event = restApiEvent(proxy, { id: match.resource.id, path: match.resource.path }, deployment.id);
  const sourceArn = executeApiArn(api.region, api.account, api.id, `${stage.stageName}/${req.method}${match.resource.path}`);
  const outcome = await invokeIntegration(cloud, { functionArn, sourceArn, timeoutMs: integration.timeoutInMillis }, event);
  if (outcome.kind !== 'ok') return failure(a, outcome);
  return fromProxyResponseV1(a, outcome.payload) ?? errorResponse(a, 502, MESSAGES.rest.internal);
}
