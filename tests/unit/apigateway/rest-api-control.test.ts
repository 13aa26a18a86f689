/** REST APIs (apigateway): resources, methods, proxy integrations, deployments, errors. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { FN_URI, failure, stubbedCloud, v1 } from './helpers.ts';

describe('REST APIs: control plane', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('CreateRestApi makes the API and its root resource; GetResources lists /', async () => {
    ({ cloud } = stubbedCloud());
    const api = await v1(cloud, 'CreateRestApi', { name: 'HelloWorld' });
    expect(api).toEqual({
      id: expect.stringMatching(/^[a-z0-9]{10}$/),
      name: 'HelloWorld',
      createdDate: '2026-01-01T00:00:00+00:00',
      apiKeySource: 'HEADER',
      endpointConfiguration: { types: ['EDGE'], ipAddressType: 'ipv4' },
      disableExecuteApiEndpoint: false,
      rootResourceId: expect.stringMatching(/^[a-z0-9]{10}$/),
    });
    expect(await v1(cloud, 'GetResources', { restApiId: api.id })).toEqual({ items: [{ id: api.rootResourceId, path: '/' }] });
  });

  it('resources, a method and a proxy integration, then a deployment to a stage', async () => {
    ({ cloud } = stubbedCloud());
    const { id, rootResourceId } = await v1(cloud, 'CreateRestApi', { name: 'shop' });
    const items = await v1(cloud, 'CreateResource', { restApiId: id, parentId: rootResourceId, pathPart: 'items' });
    expect(items).toEqual({ id: expect.stringMatching(/^[a-z0-9]{6}$/), parentId: rootResourceId, pathPart: 'items', path: '/items' });
    const item = await v1(cloud, 'CreateResource', { restApiId: id, parentId: items.id, pathPart: '{id}' });
    expect(item.path).toBe('/items/{id}');
    expect(await v1(cloud, 'PutMethod', { restApiId: id, resourceId: item.id, httpMethod: 'GET', authorizationType: 'NONE' })).toEqual({ httpMethod: 'GET', authorizationType: 'NONE', apiKeyRequired: false });
    const integration = await v1(cloud, 'PutIntegration', { restApiId: id, resourceId: item.id, httpMethod: 'GET', type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: FN_URI });
    expect(integration).toEqual({ type: 'AWS_PROXY', httpMethod: 'POST', uri: FN_URI, passthroughBehavior: 'WHEN_NO_MATCH', timeoutInMillis: 29000, cacheNamespace: item.id, cacheKeyParameters: [] });
    const deployment = await v1(cloud, 'CreateDeployment', { restApiId: id, stageName: 'prod' });
    expect(deployment).toEqual({ id: expect.stringMatching(/^[a-z0-9]{6}$/), createdDate: '2026-01-01T00:00:00+00:00' });
    expect((await v1(cloud, 'GetStages', { restApiId: id })).item).toEqual([expect.objectContaining({ deploymentId: deployment.id, stageName: 'prod' })]);
    const { items: all } = await v1(cloud, 'GetResources', { restApiId: id });
    expect(all.map((r: { path: string }) => r.path)).toEqual(['/', '/items', '/items/{id}']);
    expect(all[2].resourceMethods).toEqual({ GET: {} });
  });

  it("refuses what API Gateway refuses, in API Gateway's words", async () => {
    ({ cloud } = stubbedCloud());
    const { id, rootResourceId } = await v1(cloud, 'CreateRestApi', { name: 'shop' });
    expect(await failure(v1(cloud, 'CreateDeployment', { restApiId: id, stageName: 'prod' }))).toMatchObject({ code: 'BadRequestException', message: "The REST API doesn't contain any methods" });
    expect(await failure(v1(cloud, 'CreateResource', { restApiId: id, parentId: rootResourceId, pathPart: 'a b' }))).toMatchObject({
      code: 'BadRequestException',
      message: "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.",
    });
    await v1(cloud, 'CreateResource', { restApiId: id, parentId: rootResourceId, pathPart: 'items' });
    expect(await failure(v1(cloud, 'CreateResource', { restApiId: id, parentId: rootResourceId, pathPart: 'items' }))).toMatchObject({ code: 'ConflictException', message: 'Another resource with the same parent already has this name: items' });
    const proxy = await v1(cloud, 'CreateResource', { restApiId: id, parentId: rootResourceId, pathPart: '{proxy+}' });
    expect(await failure(v1(cloud, 'CreateResource', { restApiId: id, parentId: rootResourceId, pathPart: '{id}' }))).toMatchObject({
      message: 'A sibling ({proxy+}) of this resource already has a variable path part -- only one is allowed',
    });
    expect(await failure(v1(cloud, 'CreateResource', { restApiId: id, parentId: 'nope00', pathPart: 'x' }))).toMatchObject({ code: 'NotFoundException', message: 'Invalid Resource identifier specified' });
    expect(await failure(v1(cloud, 'PutIntegration', { restApiId: id, resourceId: proxy.id, httpMethod: 'ANY', type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: FN_URI }))).toMatchObject({
      code: 'NotFoundException',
      message: 'Invalid Method identifier specified',
    });
    await v1(cloud, 'PutMethod', { restApiId: id, resourceId: proxy.id, httpMethod: 'ANY', authorizationType: 'NONE' });
    expect(await failure(v1(cloud, 'PutMethod', { restApiId: id, resourceId: proxy.id, httpMethod: 'ANY', authorizationType: 'NONE' }))).toMatchObject({ code: 'ConflictException', message: 'Method already exists for this resource' });
    expect(await failure(v1(cloud, 'CreateDeployment', { restApiId: id, stageName: 'prod' }))).toMatchObject({ message: 'No integration defined for method' });
    expect(await failure(v1(cloud, 'PutIntegration', { restApiId: id, resourceId: proxy.id, httpMethod: 'ANY', type: 'AWS_PROXY', uri: FN_URI }))).toMatchObject({
      code: 'BadRequestException',
      message: 'Enumeration value for HttpMethod must be non-empty',
    });
    expect(await failure(v1(cloud, 'GetResources', { restApiId: 'zzzzzzzzzz' }))).toMatchObject({ code: 'NotFoundException', status: 404, message: 'Invalid API identifier specified 111111111111:zzzzzzzzzz' });
  });
});
