/**
 * The one wire router: an HTTP request in any of the AWS protocols the engine speaks, answered by
 * the cloud. `lab serve` (Node's HTTP server) and the SDK calls of handlers (intercepted inside the
 * execution environment) both come through here, so each protocol has one implementation.
 *
 * The service comes from `X-Amz-Target`, the AWS host name (`sqs.us-east-1.amazonaws.com`,
 * `my-bucket.s3.amazonaws.com`), or the SigV4 credential scope (what a client pointed at
 * `--endpoint-url http://localhost:4566` signs with); the caller from the access key in that scope.
 * Signatures are not verified: the sandbox has one learner, and a key it did not issue acts as them.
 */
import { AwsError, isAwsError, type AwsErrorShape } from '../cloud/errors.ts';
import type { ServiceCaller } from '../cloud/api.ts';
import { bodyText, queryParams, type WireRequest, type WireResponse } from './http.ts';
import { SERVICES, type ServiceSpec } from './model.ts';
import type { Exchange, Protocol } from './protocols/protocol.ts';
import { awsJson } from './protocols/json.ts';
import { awsQuery } from './protocols/query.ts';
import { restJson } from './protocols/rest-json.ts';
import { restXml } from './protocols/rest-xml.ts';
import { sqsQuery } from './protocols/sqs-query.ts';
import { SQS_QUERY } from './sqs-query.ts';

const PROTOCOLS: Record<ServiceSpec['metadata']['protocol'], Protocol> = {
  json: awsJson,
  query: awsQuery,
  'rest-json': restJson,
  'rest-xml': restXml,
};

/** The protocol that reads and writes a service's requests: its model's, or SQS's query dialect. */
const protocolOf = (spec: ServiceSpec): Protocol => (spec === SQS_QUERY ? sqsQuery : PROTOCOLS[spec.metadata.protocol]);

/** Whether the request names a query-protocol `Action` (in the query string or a form body). */
function hasAction(request: WireRequest): boolean {
  if (queryParams(request.query).some(([k]) => k === 'Action')) return true;
  const type = request.headers['content-type'] ?? '';
  if (request.method !== 'POST' || !(type.includes('x-www-form-urlencoded') || type === '')) return false;
  return queryParams(bodyText(request)).some(([k]) => k === 'Action');
}

export interface RouterOptions {
  call: ServiceCaller;
  /** A request id for each answer (the cloud's seeded ids, so answers are reproducible). */
  requestId: () => string;
  /** Told of every answer: which operation it was (when the request named one), its status and error code. */
  observe?: (answer: { service: string; action?: string; status: number; errorCode?: string }) => void;
  /** Region when neither the host nor the signature names one. */
  defaultRegion?: string;
}

/** What the Authorization header (or a presigned URL's X-Amz-Credential) says about the caller. */
export interface Credential {
  accessKeyId: string;
  region: string;
  service: string;
}

export function credentialOf(request: WireRequest): Credential | undefined {
  const auth = request.headers.authorization ?? '';
  const scope = /Credential=([^,\s]+)/.exec(auth)?.[1] ?? new Map(queryParams(request.query)).get('X-Amz-Credential');
  if (!scope) {
    // Signature version 2 (`AWS AKID:signature`), which old S3 clients still send.
    const v2 = /^AWS ([^:\s]+):/.exec(auth);
    return v2 ? { accessKeyId: v2[1]!, region: '', service: '' } : undefined;
  }
  const [accessKeyId = '', , region = '', service = ''] = scope.split('/');
  return { accessKeyId, region, service };
}

interface HostInfo {
  /** The endpoint prefix the host names (`lambda`, `s3`, `sqs` …). */
  service?: string;
  region?: string;
  /** The bucket of a virtual-hosted S3 request. */
  bucket?: string;
}

const isRegion = (label: string) => /^[a-z]{2}(-gov)?-[a-z]+-\d$/.test(label);

/** Reads AWS's host names, and the local ones `lab serve` answers on (`localhost`, `bucket.localhost`). */
export function hostInfo(host: string): HostInfo {
  const name = host.replace(/:\d+$/, '').toLowerCase();
  if (name.endsWith('.amazonaws.com')) {
    const labels = name.slice(0, -'.amazonaws.com'.length).split('.');
    const region = labels.find(isRegion);
    // S3: `s3.amazonaws.com`, `s3.us-east-1…`, `s3-us-west-2…`, with a virtual-hosted bucket in front.
    const s3 = labels.findIndex((l) => l === 's3' || /^s3-/.test(l));
    if (s3 >= 0) {
      return { service: 's3', region: region ?? (labels[s3]!.startsWith('s3-') ? labels[s3]!.slice(3) : undefined), bucket: labels.slice(0, s3).join('.') || undefined };
    }
    const service = labels.filter((l) => !isRegion(l)).join('.');
    return { service: service.endsWith('.execute-api') ? 'execute-api' : service, region };
  }
  const local = /^(.+?)\.(?:s3\.)?localhost(?:\.localstack\.cloud)?$/.exec(name);
  if (local && local[1] !== 's3') return { service: 's3', bucket: local[1] };
  return {};
}

const BY_ENDPOINT = new Map(Object.values(SERVICES).map((s) => [s.metadata.endpointPrefix, s]));
const BY_TARGET = new Map(Object.values(SERVICES).filter((s) => s.metadata.targetPrefix).map((s) => [s.metadata.targetPrefix!, s]));

/** The services a request may be for, most likely first. */
function candidates(request: WireRequest, host: HostInfo, credential: Credential | undefined): ServiceSpec[] {
  const target = request.headers['x-amz-target'];
  if (target) {
    const spec = BY_TARGET.get(target.slice(0, target.lastIndexOf('.')));
    if (spec) return [spec];
  }
  const named = host.service ?? credential?.service;
  if (named === 'apigateway') return [SERVICES.apigateway!, SERVICES.apigatewayv2!];
  if (named === 'execute-api') return [];
  const spec = named ? BY_ENDPOINT.get(named) : undefined;
  // SQS answers both its JSON protocol and, for older clients, the query protocol (`Action=…`).
  if (spec === SERVICES.sqs && !target && hasAction(request)) return [SQS_QUERY];
  if (spec) return [spec];
  // Unsigned, on a local host: Lambda's paths are unmistakable; anything else is S3, as LocalStack assumes.
  if (/^\/20\d\d-\d\d-\d\d\//.test(request.path)) return [SERVICES.lambda!];
  return [SERVICES.s3!];
}

/** A failure of ours, in the words the cloud uses for one (never a stack). */
export function internalError(requestId: string): AwsErrorShape {
  return { code: 'ServiceException', message: `An internal error occurred (request ${requestId}).`, status: 500, type: 'Service' };
}

function unknownOperation(spec: ServiceSpec, name: string | undefined): AwsError {
  if (spec.metadata.protocol === 'query') {
    return new AwsError('InvalidAction', `Could not find operation ${name ?? ''} for version ${spec.metadata.apiVersion}`, 400);
  }
  if (spec.metadata.protocol === 'json') return new AwsError('UnknownOperationException', name ? `The ${spec.service} service has no ${name} operation in this sandbox.` : 'Missing X-Amz-Target header', 400);
  return new AwsError('UnknownOperationException', `No ${spec.service} operation answers ${name ?? 'this method and path'} in this sandbox.`, spec.service === 's3' ? 405 : 404);
}

/** Where a request is going: its caller, the request as the templates read it, the services it may be for. */
function locate(incoming: WireRequest) {
  const credential = credentialOf(incoming);
  const host = hostInfo(incoming.host);
  // A virtual-hosted bucket moves into the path, so one set of templates serves both styles.
  const request = host.bucket ? { ...incoming, path: `/${encodeURIComponent(host.bucket)}${incoming.path === '/' ? '' : incoming.path}` } : incoming;
  const specs = candidates(request, host, credential);
  return { credential, host, request, specs, spec: specs[0] ?? SERVICES.lambda! };
}

export function createRouter(options: RouterOptions): (request: WireRequest) => Promise<WireResponse> {
  return async (incoming) => {
    const requestId = options.requestId();
    const { credential, host, request, specs, spec } = locate(incoming);
    const region = credential?.region || host.region || options.defaultRegion || 'us-east-1';
    let x: Exchange = { spec, request, requestId };
    let protocol = protocolOf(spec);
    let action: string | undefined;
    try {
      let found: ReturnType<Protocol['operation']>;
      for (const candidate of specs) {
        const p = protocolOf(candidate);
        const named = p.operation({ spec: candidate, request, requestId });
        if (named && typeof named !== 'string') {
          x = { spec: candidate, request, requestId };
          protocol = p;
          found = named;
          break;
        }
        found ??= named;
      }
      if (!found || typeof found === 'string') throw unknownOperation(x.spec, found);
      const input = protocol.decode(x, found.op, found.labels);
      const traceHeader = incoming.headers['x-amzn-trace-id'];
      action = found.op.name;
      const output = await options.call({
        service: x.spec.service, action, input, region, accessKeyId: credential?.accessKeyId,
        ...(traceHeader ? { traceHeader } : {}),
      });
      const answer = protocol.encode(x, found.op, output ?? {});
      options.observe?.({ service: x.spec.service, action, status: answer.status });
      return answer;
    } catch (error) {
      const shape = isAwsError(error) ? error : internalError(requestId);
      options.observe?.({ service: x.spec.service, ...(action ? { action } : {}), status: shape.status, errorCode: shape.code });
      return protocol.error(x, shape);
    }
  };
}

/**
 * An answer for a request the router did not read whole — the HTTP server's own refusals (a body over
 * its limit, a failure outside the router) — in the protocol of the service it was for. `error` is
 * told the service and the operation the method, path or headers name, when they name one.
 */
export function refuse(incoming: WireRequest, requestId: string, error: (service: string, operation: string | undefined) => AwsErrorShape): WireResponse {
  const { request, spec } = locate(incoming);
  const x: Exchange = { spec, request, requestId };
  const protocol = protocolOf(spec);
  let named: ReturnType<Protocol['operation']>;
  try {
    named = protocol.operation(x);
  } catch {
    named = undefined;
  }
  return protocol.error(x, error(spec.service, typeof named === 'object' ? named.op.name : undefined));
}
