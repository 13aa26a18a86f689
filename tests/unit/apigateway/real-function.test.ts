/** End to end with a real function in a real environment: quick create, a request, the logs, an error. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { createFunction, logs, newCloud } from '../../helpers/cloud.ts';
import { request, v1, v2 } from './helpers.ts';

/** What the console does for you and the CLI leaves to you: let API Gateway invoke the function. */
async function allowApiGateway(cloud: Cloud, name: string, apiId: string) {
  await cloud.call({
    service: 'lambda',
    action: 'AddPermission',
    input: { FunctionName: name, StatementId: 'apigateway', Action: 'lambda:InvokeFunction', Principal: 'apigateway.amazonaws.com', SourceArn: `arn:aws:execute-api:us-east-1:111111111111:${apiId}/*` },
  });
}

const HANDLER = `
exports.handler = async (event) => {
  if (event.rawPath === '/boom' || event.path === '/boom') throw new Error('boom');
  console.log('path', event.rawPath ?? event.path);
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: (event.pathParameters || {}).id ?? null, version: event.version ?? 'rest' }) };
};`;

describe('API Gateway in front of a real function', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('HTTP API quick create: without a Lambda permission 500; with it, GET /items/1 runs the handler', async () => {
    cloud = newCloud();
    const fn = await createFunction(cloud, 'items', { 'index.js': HANDLER });
    const { ApiId } = await v2(cloud, 'CreateApi', { Name: 'items-api', ProtocolType: 'HTTP', Target: fn.FunctionArn, RouteKey: 'GET /items/{id}' });
    const denied = await request(cloud, { method: 'GET', url: `https://${ApiId}.execute-api.us-east-1.amazonaws.com/items/1` });
    expect([denied.status, denied.text]).toEqual([500, '{"message":"Internal Server Error"}']);
    expect(cloud.state.trace.some((t) => t.type === 'invoke.denied' && t.principal === 'apigateway.amazonaws.com')).toBe(true);
    await allowApiGateway(cloud, 'items', ApiId);
    const ok = await request(cloud, { method: 'GET', url: `https://${ApiId}.execute-api.us-east-1.amazonaws.com/items/1` });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text)).toEqual({ id: '1', version: '2.0' });
    expect((await logs(cloud, 'items')).some((l) => l.includes('path /items/1'))).toBe(true);
    expect(cloud.state.trace.some((t) => t.type === 'apigateway.request' && t.status === 200)).toBe(true);
  });

  it('REST API: a thrown error is 502 {"message": "Internal server error"}', async () => {
    cloud = newCloud();
    const fn = await createFunction(cloud, 'items', { 'index.js': HANDLER });
    const { id, rootResourceId } = await v1(cloud, 'CreateRestApi', { name: 'items' });
    const proxy = await v1(cloud, 'CreateResource', { restApiId: id, parentId: rootResourceId, pathPart: '{proxy+}' });
    await v1(cloud, 'PutMethod', { restApiId: id, resourceId: proxy.id, httpMethod: 'ANY', authorizationType: 'NONE' });
    await v1(cloud, 'PutIntegration', { restApiId: id, resourceId: proxy.id, httpMethod: 'ANY', type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${fn.FunctionArn}/invocations` });
    await v1(cloud, 'CreateDeployment', { restApiId: id, stageName: 'dev' });
    await allowApiGateway(cloud, 'items', id);
    const ok = await request(cloud, { method: 'GET', url: `https://${id}.execute-api.us-east-1.amazonaws.com/dev/things` });
    expect([ok.status, JSON.parse(ok.text)]).toEqual([200, { id: null, version: 'rest' }]);
    const boom = await request(cloud, { method: 'GET', url: `https://${id}.execute-api.us-east-1.amazonaws.com/dev/boom` });
    expect([boom.status, boom.text]).toEqual([502, '{"message": "Internal server error"}']);
  });
});
