/** HTTP APIs (apigatewayv2): create, quick create, integrations, routes, stages, deployments, errors. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { apigatewayState } from '../../../sandbox/cloud/apigateway/index.ts';
import { FN, failure, stubbedCloud, v2 } from './helpers.ts';

describe('HTTP APIs: control plane', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('CreateApi answers with the endpoint, ids of ten lowercase alphanumerics and the CLI timestamp form', async () => {
    ({ cloud } = stubbedCloud());
    const api = await v2(cloud, 'CreateApi', { Name: 'my-http-api', ProtocolType: 'HTTP' });
    expect(api.ApiId).toMatch(/^[a-z0-9]{10}$/);
    expect(api).toEqual({
      ApiEndpoint: `https://${api.ApiId}.execute-api.us-east-1.amazonaws.com`,
      ApiId: api.ApiId,
      ApiKeySelectionExpression: '$request.header.x-api-key',
      CreatedDate: '2026-01-01T00:00:00+00:00',
      DisableExecuteApiEndpoint: false,
      IpAddressType: 'ipv4',
      Name: 'my-http-api',
      ProtocolType: 'HTTP',
      RouteSelectionExpression: '$request.method $request.path',
      Tags: {},
    });
    expect(Object.keys(api)).toEqual(Object.keys(api).slice().sort());
  });

  it('quick create (Target = a function ARN) adds an AWS_PROXY 2.0 integration, a $default route and an auto-deploying $default stage', async () => {
    ({ cloud } = stubbedCloud());
    const { ApiId } = await v2(cloud, 'CreateApi', { Name: 'quick', ProtocolType: 'HTTP', Target: FN });
    const { Items: integrations } = await v2(cloud, 'GetIntegrations', { ApiId });
    expect(integrations).toEqual([
      { ApiGatewayManaged: true, ConnectionType: 'INTERNET', IntegrationId: expect.stringMatching(/^[a-z0-9]{7}$/), IntegrationMethod: 'POST', IntegrationType: 'AWS_PROXY', IntegrationUri: FN, PayloadFormatVersion: '2.0', TimeoutInMillis: 30000 },
    ]);
    const { Items: routes } = await v2(cloud, 'GetRoutes', { ApiId });
    expect(routes).toEqual([{ ApiGatewayManaged: true, ApiKeyRequired: false, AuthorizationType: 'NONE', RouteId: expect.any(String), RouteKey: '$default', Target: `integrations/${integrations[0].IntegrationId}` }]);
    const { Items: stages } = await v2(cloud, 'GetStages', { ApiId });
    expect(stages[0]).toMatchObject({ ApiGatewayManaged: true, AutoDeploy: true, StageName: '$default', DeploymentId: expect.any(String) });
  });

  it('builds an API step by step: integration, routes, stage; GetApis lists it and DeleteApi removes it', async () => {
    ({ cloud } = stubbedCloud());
    const { ApiId } = await v2(cloud, 'CreateApi', { Name: 'shop', ProtocolType: 'HTTP' });
    const integration = await v2(cloud, 'CreateIntegration', { ApiId, IntegrationType: 'AWS_PROXY', IntegrationUri: FN, PayloadFormatVersion: '2.0' });
    expect(integration).toEqual({ ConnectionType: 'INTERNET', IntegrationId: integration.IntegrationId, IntegrationMethod: 'POST', IntegrationType: 'AWS_PROXY', IntegrationUri: FN, PayloadFormatVersion: '2.0', TimeoutInMillis: 30000 });
    const route = await v2(cloud, 'CreateRoute', { ApiId, RouteKey: 'GET /items/{id}', Target: `integrations/${integration.IntegrationId}` });
    expect(route).toEqual({ ApiKeyRequired: false, AuthorizationType: 'NONE', RouteId: route.RouteId, RouteKey: 'GET /items/{id}', Target: `integrations/${integration.IntegrationId}` });
    await v2(cloud, 'CreateRoute', { ApiId, RouteKey: 'ANY /{proxy+}', Target: `integrations/${integration.IntegrationId}` });
    const stage = await v2(cloud, 'CreateStage', { ApiId, StageName: '$default', AutoDeploy: true });
    expect(stage).toMatchObject({ AutoDeploy: true, CreatedDate: '2026-01-01T00:00:00+00:00', StageName: '$default', StageVariables: {}, RouteSettings: {} });
    expect((await v2(cloud, 'GetApis')).Items.map((a: { ApiId: string }) => a.ApiId)).toEqual([ApiId]);
    expect((await v2(cloud, 'GetRoutes', { ApiId })).Items.map((r: { RouteKey: string }) => r.RouteKey)).toEqual(['GET /items/{id}', 'ANY /{proxy+}']);
    expect(await v2(cloud, 'DeleteApi', { ApiId })).toEqual({});
    expect(await failure(v2(cloud, 'GetApi', { ApiId }))).toMatchObject({ code: 'NotFoundException', status: 404, message: `Invalid API identifier specified 111111111111:${ApiId}` });
    expect(apigatewayState(cloud).apis).toEqual({});
  });

  it('refuses what API Gateway refuses', async () => {
    ({ cloud } = stubbedCloud());
    const { ApiId } = await v2(cloud, 'CreateApi', { Name: 'shop', ProtocolType: 'HTTP' });
    expect(await failure(v2(cloud, 'CreateRoute', { ApiId, RouteKey: '' }))).toMatchObject({ code: 'BadRequestException', message: 'Route key is required' });
    expect(await failure(v2(cloud, 'CreateRoute', { ApiId, RouteKey: 'GET /{proxy+}/more' }))).toMatchObject({ code: 'BadRequestException', message: 'One or more path parts appear to be invalid' });
    expect(await failure(v2(cloud, 'CreateRoute', { ApiId, RouteKey: 'FETCH /items' }))).toMatchObject({ code: 'BadRequestException' });
    expect(await failure(v2(cloud, 'CreateRoute', { ApiId, RouteKey: 'GET /items', Target: 'integrations/nope123' }))).toMatchObject({ code: 'NotFoundException' });
    await v2(cloud, 'CreateRoute', { ApiId, RouteKey: 'GET /items' });
    expect(await failure(v2(cloud, 'CreateRoute', { ApiId, RouteKey: 'GET /items' }))).toMatchObject({ code: 'ConflictException', status: 409 });
    expect(await failure(v2(cloud, 'CreateIntegration', { ApiId, IntegrationType: 'AWS_PROXY', IntegrationUri: 'not-an-arn' }))).toMatchObject({ code: 'BadRequestException' });
    expect(await failure(v2(cloud, 'CreateIntegration', { ApiId, IntegrationType: 'AWS_PROXY', IntegrationUri: FN, PayloadFormatVersion: '3.0' }))).toMatchObject({ code: 'BadRequestException' });
    expect(await failure(v2(cloud, 'CreateIntegration', { ApiId, IntegrationType: 'AWS_PROXY', IntegrationUri: FN, TimeoutInMillis: 31000 }))).toMatchObject({ code: 'BadRequestException' });
    expect(await failure(v2(cloud, 'CreateApi', { Name: 'x', ProtocolType: 'GRPC' }))).toMatchObject({ code: 'BadRequestException' });
    expect(await failure(v2(cloud, 'GetRoutes', { ApiId: 'abcdefghij' }))).toMatchObject({ code: 'NotFoundException', message: 'Invalid API identifier specified 111111111111:abcdefghij' });
  });

  it('a function ARN or the service URI both name the function; without a version the integration is 1.0', async () => {
    ({ cloud } = stubbedCloud());
    const { ApiId } = await v2(cloud, 'CreateApi', { Name: 'shop', ProtocolType: 'HTTP' });
    const uri = `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${FN}/invocations`;
    const i = await v2(cloud, 'CreateIntegration', { ApiId, IntegrationType: 'AWS_PROXY', IntegrationUri: uri });
    expect(i).toMatchObject({ IntegrationUri: uri, PayloadFormatVersion: '1.0' });
  });

  it('a stage without AutoDeploy serves its deployment; CreateDeployment snapshots the routes', async () => {
    ({ cloud } = stubbedCloud());
    const { ApiId } = await v2(cloud, 'CreateApi', { Name: 'shop', ProtocolType: 'HTTP' });
    expect(await failure(v2(cloud, 'CreateDeployment', { ApiId }))).toMatchObject({ code: 'BadRequestException', message: 'Unable to deploy API because no routes exist in this API' });
    await v2(cloud, 'CreateRoute', { ApiId, RouteKey: 'GET /a' });
    await v2(cloud, 'CreateStage', { ApiId, StageName: 'prod' });
    const d = await v2(cloud, 'CreateDeployment', { ApiId, StageName: 'prod' });
    expect(d).toEqual({ AutoDeployed: false, CreatedDate: '2026-01-01T00:00:00+00:00', DeploymentId: expect.stringMatching(/^[a-z0-9]{6}$/), DeploymentStatus: 'DEPLOYED' });
    expect((await v2(cloud, 'GetStage', { ApiId, StageName: 'prod' })).DeploymentId).toBe(d.DeploymentId);
  });
});
