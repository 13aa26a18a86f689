/** Which route or resource a request reaches: most specific first, greedy last, $default as the catch-all. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { UnknownHostError } from '../../../sandbox/cloud/apigateway/index.ts';
import { failure, httpApi, request, restApi, stubbedCloud, v1, v2, type Stubbed } from './helpers.ts';

describe('routing', () => {
  let box: Stubbed;
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  const url = (apiId: string, path: string) => `https://${apiId}.execute-api.us-east-1.amazonaws.com${path}`;

  it("HTTP API: the documentation's example — exact, then {param}, then greedy, then ANY, then $default", async () => {
    box = stubbedCloud((event) => ({ Payload: JSON.stringify({ statusCode: 200, body: event.routeKey }) }));
    cloud = box.cloud;
    const apiId = await httpApi(cloud, ['GET /pets/dog/1', 'GET /pets/dog/{id}', 'GET /pets/{proxy+}', 'ANY /{proxy+}', '$default']);
    const routeFor = async (method: string, path: string) => (await request(cloud, { method, url: url(apiId, path) })).text;
    expect(await routeFor('GET', '/pets/dog/1')).toBe('GET /pets/dog/1');
    expect(await routeFor('GET', '/pets/dog/2')).toBe('GET /pets/dog/{id}');
    expect(await routeFor('GET', '/pets/cat/1')).toBe('GET /pets/{proxy+}');
    expect(await routeFor('POST', '/pets/dog/1')).toBe('ANY /{proxy+}');
    expect(await routeFor('GET', '/')).toBe('$default');
    expect(box.invokes[2]!.event.pathParameters).toEqual({ proxy: 'cat/1' });
  });

  it('HTTP API: no matching route and no $default is 404 {"message":"Not Found"}; an unknown API is an unknown host', async () => {
    box = stubbedCloud();
    cloud = box.cloud;
    const apiId = await httpApi(cloud, ['GET /items']);
    const res = await request(cloud, { method: 'POST', url: url(apiId, '/items') });
    expect(res.status).toBe(404);
    expect(res.text).toBe('{"message":"Not Found"}');
    expect(res.header('apigw-requestid')[0]).toMatch(/^[A-Za-z0-9+/]{15}=$/);
    expect(box.invokes).toEqual([]);
    expect(await failure(request(cloud, { method: 'GET', url: url('zzzzzzzzzz', '/') }))).toBeInstanceOf(UnknownHostError);
    expect(await failure(request(cloud, { method: 'GET', url: 'https://example.com/' }))).toMatchObject({ name: 'UnknownHostError', host: 'example.com' });
  });

  it('HTTP API: a named stage is the first path segment; a stage without AutoDeploy serves its last deployment only', async () => {
    box = stubbedCloud((event) => ({ Payload: JSON.stringify({ statusCode: 200, body: `${event.requestContext.stage} ${event.rawPath}` }) }));
    cloud = box.cloud;
    const { ApiId } = await v2(cloud, 'CreateApi', { Name: 'shop', ProtocolType: 'HTTP', Target: 'arn:aws:lambda:us-east-1:111111111111:function:items', RouteKey: 'GET /a' });
    await v2(cloud, 'CreateStage', { ApiId, StageName: 'prod' });
    expect((await request(cloud, { method: 'GET', url: url(ApiId, '/prod/a') })).status).toBe(404);
    await v2(cloud, 'CreateDeployment', { ApiId, StageName: 'prod' });
    expect((await request(cloud, { method: 'GET', url: url(ApiId, '/prod/a') })).text).toBe('prod /prod/a');
    expect((await request(cloud, { method: 'GET', url: url(ApiId, '/a') })).text).toBe('$default /a');
    const { Items } = await v2(cloud, 'GetIntegrations', { ApiId });
    await v2(cloud, 'CreateRoute', { ApiId, RouteKey: 'GET /b', Target: `integrations/${Items[0].IntegrationId}` });
    expect((await request(cloud, { method: 'GET', url: url(ApiId, '/b') })).status).toBe(200);
    expect((await request(cloud, { method: 'GET', url: url(ApiId, '/prod/b') })).status).toBe(404);
  });

  it('REST API: literal beats {param} beats {proxy+}; a method beats ANY; the stage comes first in the path', async () => {
    box = stubbedCloud((event) => ({ Payload: JSON.stringify({ statusCode: 200, body: `${event.httpMethod} ${event.resource}` }) }));
    cloud = box.cloud;
    const apiId = await restApi(cloud, ['GET /items', 'GET /items/{id}', 'ANY /{proxy+}', 'GET /']);
    const hit = async (method: string, path: string) => (await request(cloud, { method, url: url(apiId, path) })).text;
    expect(await hit('GET', '/prod/items')).toBe('GET /items');
    expect(await hit('GET', '/prod/items/9')).toBe('GET /items/{id}');
    expect(await hit('DELETE', '/prod/items/9/parts')).toBe('DELETE /{proxy+}');
    expect(await hit('GET', '/prod')).toBe('GET /');
    expect(box.invokes[1]!.event.pathParameters).toEqual({ id: '9' });
  });

  it('REST API: a path with no method is 403 Missing Authentication Token; an unknown stage is 403 Forbidden', async () => {
    box = stubbedCloud();
    cloud = box.cloud;
    const apiId = await restApi(cloud, ['GET /items']);
    const missing = await request(cloud, { method: 'POST', url: url(apiId, '/prod/items') });
    expect(missing.status).toBe(403);
    expect(missing.text).toBe('{"message":"Missing Authentication Token"}');
    expect(missing.header('x-amzn-ErrorType')).toEqual(['MissingAuthenticationTokenException']);
    expect(missing.header('x-amzn-RequestId')[0]).toMatch(/^[0-9a-f-]{36}$/);
    const stage = await request(cloud, { method: 'GET', url: url(apiId, '/test/items') });
    expect([stage.status, stage.text]).toEqual([403, '{"message":"Forbidden"}']);
  });

  it('REST API: a change is not live until deployed again', async () => {
    box = stubbedCloud();
    cloud = box.cloud;
    const apiId = await restApi(cloud, ['GET /items']);
    const { items } = await v1(cloud, 'GetResources', { restApiId: apiId });
    const root = items.find((r: { path: string }) => r.path === '/');
    const orders = await v1(cloud, 'CreateResource', { restApiId: apiId, parentId: root.id, pathPart: 'orders' });
    await v1(cloud, 'PutMethod', { restApiId: apiId, resourceId: orders.id, httpMethod: 'GET', authorizationType: 'NONE' });
    await v1(cloud, 'PutIntegration', { restApiId: apiId, resourceId: orders.id, httpMethod: 'GET', type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:items/invocations` });
    expect((await request(cloud, { method: 'GET', url: url(apiId, '/prod/orders') })).status).toBe(403);
    await v1(cloud, 'CreateDeployment', { restApiId: apiId, stageName: 'prod' });
    expect((await request(cloud, { method: 'GET', url: url(apiId, '/prod/orders') })).status).toBe(200);
  });
});
