/** A cloud whose Lambda Invoke is scripted, callers for both API Gateway versions, and request helpers. */
import { LEARNER } from '../../../sandbox/cloud/accounts.ts';
import type { ServiceRequest } from '../../../sandbox/cloud/api.ts';
import { fromUtf8, utf8 } from '../../../sandbox/cloud/bytes.ts';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { apigatewayActions, apigatewayv2Actions, handleHttpRequest, type HttpRequest } from '../../../sandbox/cloud/apigateway/index.ts';
import { newCloud } from '../../helpers/cloud.ts';

export const FN = 'arn:aws:lambda:us-east-1:111111111111:function:items';
export const FN_URI = `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${FN}/invocations`;

export type InvokeReply = { Payload?: string; FunctionError?: string; throws?: { code: string; message: string }; advanceMs?: number };

export interface Stubbed {
  cloud: Cloud;
  /** Every Invoke request, with the event parsed. */
  invokes: Array<{ request: ServiceRequest & { $principal?: unknown }; event: any }>;
  reply: (event: any) => InvokeReply;
}

export function stubbedCloud(reply: (event: any) => InvokeReply = () => ({ Payload: '{"statusCode":200,"body":"ok"}' })): Stubbed {
  const cloud = newCloud();
  const box: Stubbed = { cloud, invokes: [], reply };
  // The scripted function lets API Gateway in; real resource policies are exercised in real-function.test.ts.
  (cloud as unknown as { canServiceInvoke: unknown }).canServiceInvoke = () => true;
  (cloud as unknown as { call: unknown }).call = async (request: ServiceRequest) => {
    const event = JSON.parse(fromUtf8(request.input.Payload as Uint8Array));
    box.invokes.push({ request, event });
    const r = box.reply(event);
    if (r.advanceMs) cloud.clock.advance(r.advanceMs);
    if (r.throws) throw Object.assign(new Error(r.throws.message), { code: r.throws.code, status: 400 });
    return { StatusCode: 200, ...(r.FunctionError ? { FunctionError: r.FunctionError } : {}), ExecutedVersion: '$LATEST', Payload: utf8(r.Payload ?? 'null') };
  };
  return box;
}

const ctx = (cloud: Cloud) => ({ cloud, identity: LEARNER, region: 'us-east-1' });

export async function v2(cloud: Cloud, action: string, input: Record<string, unknown> = {}): Promise<any> {
  return await apigatewayv2Actions[action]!(ctx(cloud), input);
}

export async function v1(cloud: Cloud, action: string, input: Record<string, unknown> = {}): Promise<any> {
  return await apigatewayActions[action]!(ctx(cloud), input);
}

export async function failure(p: Promise<unknown> | (() => unknown)): Promise<{ code: string; message: string; status: number }> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (error) {
    return error as { code: string; message: string; status: number };
  }
  throw new Error('expected a failure');
}

export async function request(cloud: Cloud, req: HttpRequest) {
  const res = await handleHttpRequest(cloud, req);
  const text = fromUtf8(res.body);
  return { ...res, text, header: (name: string) => res.headers.filter(([k]) => k.toLowerCase() === name.toLowerCase()).map(([, v]) => v) };
}

/** An HTTP API with one Lambda integration and the given routes on an auto-deploying $default stage. */
export async function httpApi(cloud: Cloud, routes: string[], payloadFormatVersion = '2.0'): Promise<string> {
  const { ApiId } = await v2(cloud, 'CreateApi', { Name: 'shop', ProtocolType: 'HTTP' });
  const { IntegrationId } = await v2(cloud, 'CreateIntegration', { ApiId, IntegrationType: 'AWS_PROXY', IntegrationUri: FN, PayloadFormatVersion: payloadFormatVersion });
  for (const RouteKey of routes) await v2(cloud, 'CreateRoute', { ApiId, RouteKey, Target: `integrations/${IntegrationId}` });
  await v2(cloud, 'CreateStage', { ApiId, StageName: '$default', AutoDeploy: true });
  return ApiId;
}

/** A REST API with `paths` (each `METHOD /a/{b}`) proxied to the function and deployed to `prod`. */
export async function restApi(cloud: Cloud, methods: string[], stageName = 'prod'): Promise<string> {
  const { id, rootResourceId } = await v1(cloud, 'CreateRestApi', { name: 'shop' });
  const byPath: Record<string, string> = { '/': rootResourceId };
  for (const spec of methods) {
    const [method, path] = spec.split(' ') as [string, string];
    let parent = rootResourceId;
    let sofar = '';
    for (const part of path.split('/').filter(Boolean)) {
      sofar += `/${part}`;
      byPath[sofar] ??= (await v1(cloud, 'CreateResource', { restApiId: id, parentId: parent, pathPart: part })).id;
      parent = byPath[sofar]!;
    }
    const resourceId = byPath[path === '/' ? '/' : sofar]!;
    await v1(cloud, 'PutMethod', { restApiId: id, resourceId, httpMethod: method, authorizationType: 'NONE' });
    await v1(cloud, 'PutIntegration', { restApiId: id, resourceId, httpMethod: method, type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: FN_URI });
  }
  await v1(cloud, 'CreateDeployment', { restApiId: id, stageName });
  return id;
}
