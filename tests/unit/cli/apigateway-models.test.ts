/** `aws apigatewayv2` and `aws apigateway`: flags → request input, pagination over Items / items, output. */
import { beforeAll, describe, expect, it } from 'vitest';
import { SERVICES } from '../../../sandbox/cli/aws/models/index.ts';
import type { ServiceModel } from '../../../sandbox/cli/aws/models/shapes.ts';
import { apigatewayModel } from '../../../sandbox/cli/aws/models/apigateway.ts';
import { apigatewayv2Model } from '../../../sandbox/cli/aws/models/apigatewayv2.ts';
import { sandbox, type Responder } from './harness.ts';
import { newCloud } from '../../helpers/cloud.ts';

const FN = 'arn:aws:lambda:us-east-1:111111111111:function:items';
const FN_URI = `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${FN}/invocations`;

beforeAll(() => {
  // Until models/index.ts lists them (one line each), register the models for this file's module graph.
  Object.assign(SERVICES as Record<string, ServiceModel>, { apigateway: apigatewayModel, apigatewayv2: apigatewayv2Model });
});

describe('aws apigatewayv2', () => {
  it('create-api --name --protocol-type HTTP --target (quick create) and the output as printed', async () => {
    const api = {
      ApiEndpoint: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
      ApiId: 'a1b2c3d4e5',
      ApiKeySelectionExpression: '$request.header.x-api-key',
      CreatedDate: '2026-01-01T00:00:00+00:00',
      DisableExecuteApiEndpoint: false,
      Name: 'my-http-api',
      ProtocolType: 'HTTP',
      RouteSelectionExpression: '$request.method $request.path',
      Tags: {},
    };
    const box = sandbox(() => api);
    const run = await box.run(`aws apigatewayv2 create-api --name my-http-api --protocol-type HTTP --target ${FN}`);
    expect(run).toMatchObject({ rc: 0, stderr: '' });
    expect(box.requests[0]).toMatchObject({ service: 'apigatewayv2', action: 'CreateApi', input: { Name: 'my-http-api', ProtocolType: 'HTTP', Target: FN } });
    expect(JSON.parse(run.stdout)).toEqual(api);
    expect(run.stdout).toContain('\n    "ApiId": "a1b2c3d4e5",\n');
    const missing = await box.run('aws apigatewayv2 create-api --name x');
    expect(missing.rc).toBe(252);
    expect(missing.stderr).toContain('the following arguments are required: --protocol-type');
  });

  it('create-integration, create-route, create-stage map their flags', async () => {
    const box = sandbox(() => ({}));
    await box.run(`aws apigatewayv2 create-integration --api-id a1 --integration-type AWS_PROXY --integration-uri ${FN} --payload-format-version 2.0`);
    await box.run("aws apigatewayv2 create-route --api-id a1 --route-key 'GET /items/{id}' --target integrations/abc1234");
    await box.run('aws apigatewayv2 create-stage --api-id a1 --stage-name $default --auto-deploy');
    await box.run('aws apigatewayv2 create-stage --api-id a1 --stage-name prod --no-auto-deploy --stage-variables env=prod');
    await box.run('aws apigatewayv2 delete-api --api-id a1');
    expect(box.requests.map((r) => [r.action, r.input])).toEqual([
      ['CreateIntegration', { ApiId: 'a1', IntegrationType: 'AWS_PROXY', IntegrationUri: FN, PayloadFormatVersion: '2.0' }],
      ['CreateRoute', { ApiId: 'a1', RouteKey: 'GET /items/{id}', Target: 'integrations/abc1234' }],
      ['CreateStage', { ApiId: 'a1', AutoDeploy: true, StageName: '$default' }],
      ['CreateStage', { ApiId: 'a1', AutoDeploy: false, StageName: 'prod', StageVariables: { env: 'prod' } }],
      ['DeleteApi', { ApiId: 'a1' }],
    ]);
  });

  it('get-apis and get-routes follow NextToken and merge Items (text output prints one line per page, as the CLI does)', async () => {
    const pages: Record<string, Record<string, unknown>> = { '': { Items: [{ RouteKey: 'GET /a' }], NextToken: '1' }, '1': { Items: [{ RouteKey: '$default' }] } };
    const box = sandbox(((request) => pages[(request.input.NextToken as string | undefined) ?? '']) as Responder);
    const run = await box.run('aws apigatewayv2 get-routes --api-id a1 --query Items[].RouteKey --output text');
    expect(run.stdout).toBe('GET /a\n$default\n');
    expect(box.requests.map((r) => r.input)).toEqual([{ ApiId: 'a1' }, { ApiId: 'a1', NextToken: '1' }]);
    const apis = await sandbox(() => ({ Items: [] })).run('aws apigatewayv2 get-apis');
    expect(JSON.parse(apis.stdout)).toEqual({ Items: [] });
  });

  it('an error reads as the CLI prints it', async () => {
    const box = sandbox(() => {
      throw Object.assign(new Error('Invalid API identifier specified 111111111111:nope'), { code: 'NotFoundException', status: 404, type: 'User' });
    });
    const run = await box.run('aws apigatewayv2 get-api --api-id nope');
    expect(run.rc).toBe(254);
    expect(run.stderr).toBe('\nAn error occurred (NotFoundException) when calling the GetApi operation: Invalid API identifier specified 111111111111:nope\n');
  });
});

describe('aws apigateway', () => {
  it('create-rest-api, get-resources, create-resource, put-method, put-integration, create-deployment', async () => {
    const box = sandbox((request) => (request.action === 'GetResources' ? { items: [{ id: 'root000001', path: '/' }] } : {}));
    await box.run("aws apigateway create-rest-api --name 'HelloWorld (AWS CLI)' --endpoint-configuration types=REGIONAL");
    const resources = await box.run('aws apigateway get-resources --rest-api-id te6si5ach7');
    await box.run("aws apigateway create-resource --rest-api-id te6si5ach7 --parent-id root000001 --path-part '{proxy+}'");
    await box.run('aws apigateway put-method --rest-api-id te6si5ach7 --resource-id 2jf6xt --http-method ANY --authorization-type NONE');
    await box.run(`aws apigateway put-integration --rest-api-id te6si5ach7 --resource-id 2jf6xt --http-method ANY --type AWS_PROXY --integration-http-method POST --uri ${FN_URI}`);
    await box.run('aws apigateway create-deployment --rest-api-id te6si5ach7 --stage-name test');
    expect(JSON.parse(resources.stdout)).toEqual({ items: [{ id: 'root000001', path: '/' }] });
    expect(box.requests.map((r) => [r.service, r.action, r.input])).toEqual([
      ['apigateway', 'CreateRestApi', { name: 'HelloWorld (AWS CLI)', endpointConfiguration: { types: ['REGIONAL'] } }],
      ['apigateway', 'GetResources', { restApiId: 'te6si5ach7' }],
      ['apigateway', 'CreateResource', { restApiId: 'te6si5ach7', parentId: 'root000001', pathPart: '{proxy+}' }],
      ['apigateway', 'PutMethod', { restApiId: 'te6si5ach7', resourceId: '2jf6xt', httpMethod: 'ANY', authorizationType: 'NONE' }],
      ['apigateway', 'PutIntegration', { restApiId: 'te6si5ach7', resourceId: '2jf6xt', httpMethod: 'ANY', type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: FN_URI }],
      ['apigateway', 'CreateDeployment', { restApiId: 'te6si5ach7', stageName: 'test' }],
    ]);
  });

  it('get-resources pages with position and --page-size sets limit', async () => {
    const pages: Record<string, Record<string, unknown>> = { '': { position: 'p1', items: [{ id: 'a', path: '/' }] }, p1: { items: [{ id: 'b', path: '/x' }] } };
    const box = sandbox(((request) => pages[(request.input.position as string | undefined) ?? '']) as Responder);
    const run = await box.run('aws apigateway get-resources --rest-api-id r1 --page-size 1');
    expect(box.requests.map((r) => r.input)).toEqual([{ restApiId: 'r1', limit: 1 }, { restApiId: 'r1', limit: 1, position: 'p1' }]);
    expect(JSON.parse(run.stdout)).toEqual({ items: [{ id: 'a', path: '/' }, { id: 'b', path: '/x' }] });
  });
});

describe('aws apigateway get-resource, get-stage, delete-method, delete-resource, delete-stage', () => {
  it('map their flags as botocore names them', async () => {
    const box = sandbox(() => ({}));
    await box.run('aws apigateway get-resource --rest-api-id r1 --resource-id abc123 --embed methods');
    await box.run('aws apigateway get-stage --rest-api-id r1 --stage-name prod');
    await box.run('aws apigateway delete-method --rest-api-id r1 --resource-id abc123 --http-method GET');
    await box.run('aws apigateway delete-resource --rest-api-id r1 --resource-id abc123');
    await box.run('aws apigateway delete-stage --rest-api-id r1 --stage-name prod');
    expect(box.requests.map((r) => [r.action, r.input])).toEqual([
      ['GetResource', { restApiId: 'r1', resourceId: 'abc123', embed: ['methods'] }],
      ['GetStage', { restApiId: 'r1', stageName: 'prod' }],
      ['DeleteMethod', { restApiId: 'r1', resourceId: 'abc123', httpMethod: 'GET' }],
      ['DeleteResource', { restApiId: 'r1', resourceId: 'abc123' }],
      ['DeleteStage', { restApiId: 'r1', stageName: 'prod' }],
    ]);
    const missing = await box.run('aws apigateway delete-method --rest-api-id r1 --resource-id abc123');
    expect(missing.rc).toBe(252);
    expect(missing.stderr).toContain('the following arguments are required: --http-method');
    const help = await box.run('aws apigateway get-stage help');
    expect(help.stdout).toContain('--stage-name');
  });

  it('read and take apart a REST API in the engine, and say so when the thing is gone', async () => {
    const cloud = newCloud();
    try {
      const box = sandbox((request) => cloud.call(request));
      const json = async (line: string) => {
        const run = await box.run(line);
        expect(run, line).toMatchObject({ rc: 0, stderr: '' });
        return run.stdout ? JSON.parse(run.stdout) : undefined;
      };
      const api = await json("aws apigateway create-rest-api --name 'items'");
      const root = (await json(`aws apigateway get-resources --rest-api-id ${api.id}`)).items[0];
      const child = await json(`aws apigateway create-resource --rest-api-id ${api.id} --parent-id ${root.id} --path-part items`);
      await json(`aws apigateway put-method --rest-api-id ${api.id} --resource-id ${child.id} --http-method GET --authorization-type NONE`);
      const got = await json(`aws apigateway get-resource --rest-api-id ${api.id} --resource-id ${child.id}`);
      expect(got).toMatchObject({ id: child.id, parentId: root.id, path: '/items', pathPart: 'items', resourceMethods: { GET: {} } });
      await json(`aws apigateway put-integration --rest-api-id ${api.id} --resource-id ${child.id} --http-method GET --type AWS_PROXY --integration-http-method POST --uri ${FN_URI}`);
      await json(`aws apigateway create-deployment --rest-api-id ${api.id} --stage-name test`);
      expect(await json(`aws apigateway get-stage --rest-api-id ${api.id} --stage-name test`)).toMatchObject({ stageName: 'test' });

      // Deletes print nothing, as the CLI prints nothing for an empty answer.
      expect(await box.run(`aws apigateway delete-method --rest-api-id ${api.id} --resource-id ${child.id} --http-method GET`)).toMatchObject({ rc: 0, stdout: '', stderr: '' });
      const gone = await box.run(`aws apigateway get-method --rest-api-id ${api.id} --resource-id ${child.id} --http-method GET`);
      expect([gone.rc, gone.stderr]).toEqual([254, '\nAn error occurred (NotFoundException) when calling the GetMethod operation: Invalid Method identifier specified\n']);
      expect(await box.run(`aws apigateway delete-resource --rest-api-id ${api.id} --resource-id ${child.id}`)).toMatchObject({ rc: 0, stdout: '' });
      const noResource = await box.run(`aws apigateway get-resource --rest-api-id ${api.id} --resource-id ${child.id}`);
      expect([noResource.rc, noResource.stderr]).toEqual([254, '\nAn error occurred (NotFoundException) when calling the GetResource operation: Invalid Resource identifier specified\n']);
      expect(await box.run(`aws apigateway delete-stage --rest-api-id ${api.id} --stage-name test`)).toMatchObject({ rc: 0, stdout: '' });
      const noStage = await box.run(`aws apigateway get-stage --rest-api-id ${api.id} --stage-name test`);
      expect([noStage.rc, noStage.stderr]).toEqual([254, '\nAn error occurred (NotFoundException) when calling the GetStage operation: Invalid Stage identifier specified\n']);
    } finally {
      cloud.dispose();
    }
  });
});
