/** The events a function receives: HTTP API payload 2.0 and 1.0, and the REST API proxy event, key for key. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { FN, httpApi, request, restApi, stubbedCloud, type Stubbed } from './helpers.ts';

const NOW = Date.UTC(2026, 0, 1);

describe('proxy events', () => {
  let box: Stubbed;
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('HTTP API 2.0: rawPath, cookies, lower-case headers, joined duplicates, path parameters, requestContext', async () => {
    box = stubbedCloud();
    cloud = box.cloud;
    const apiId = await httpApi(cloud, ['POST /items/{id}']);
    const host = `${apiId}.execute-api.us-east-1.amazonaws.com`;
    await request(cloud, {
      method: 'POST',
      url: `https://${host}/items/42?color=red&color=blue&q=a%20b`,
      headers: [['Host', host], ['User-Agent', 'curl/8.5.0'], ['Accept', '*/*'], ['Content-Type', 'application/json'], ['Cookie', 'a=1; b=2'], ['X-Tag', 'one'], ['X-Tag', 'two']],
      body: '{"a":1}',
    });
    const [{ event, request: call }] = box.invokes;
    expect(call).toMatchObject({
      service: 'lambda',
      action: 'Invoke',
      input: { FunctionName: FN },
      $principal: { service: 'apigateway.amazonaws.com', sourceArn: `arn:aws:execute-api:us-east-1:111111111111:${apiId}/$default/POST/items/{id}` },
    });
    const requestId = event.requestContext.requestId;
    expect(requestId).toMatch(/^[A-Za-z0-9+/]{15}=$/);
    expect(event).toEqual({
      version: '2.0',
      routeKey: 'POST /items/{id}',
      rawPath: '/items/42',
      rawQueryString: 'color=red&color=blue&q=a%20b',
      cookies: ['a=1', 'b=2'],
      headers: {
        accept: '*/*',
        'content-length': '7',
        'content-type': 'application/json',
        host,
        'user-agent': 'curl/8.5.0',
        'x-amzn-trace-id': expect.stringMatching(/^Root=1-6955b900-[0-9a-f]{24}$/),
        'x-forwarded-for': '203.0.113.10',
        'x-forwarded-port': '443',
        'x-forwarded-proto': 'https',
        'x-tag': 'one,two',
      },
      queryStringParameters: { color: 'red,blue', q: 'a b' },
      requestContext: {
        accountId: '111111111111',
        apiId,
        domainName: host,
        domainPrefix: apiId,
        http: { method: 'POST', path: '/items/42', protocol: 'HTTP/1.1', sourceIp: '203.0.113.10', userAgent: 'curl/8.5.0' },
        requestId,
        routeKey: 'POST /items/{id}',
        stage: '$default',
        time: '01/Jan/2026:00:00:00 +0000',
        timeEpoch: NOW,
      },
      pathParameters: { id: '42' },
      body: '{"a":1}',
      isBase64Encoded: false,
    });
    expect(Object.keys(event)).toEqual(['version', 'routeKey', 'rawPath', 'rawQueryString', 'cookies', 'headers', 'queryStringParameters', 'requestContext', 'pathParameters', 'body', 'isBase64Encoded']);
  });

  it('HTTP API 2.0: a GET has no body, query or path parameters keys; a form post arrives base64-encoded', async () => {
    box = stubbedCloud();
    cloud = box.cloud;
    const apiId = await httpApi(cloud, ['$default']);
    await request(cloud, { method: 'GET', url: `https://${apiId}.execute-api.us-east-1.amazonaws.com/` });
    expect(Object.keys(box.invokes[0]!.event)).toEqual(['version', 'routeKey', 'rawPath', 'rawQueryString', 'headers', 'requestContext', 'isBase64Encoded']);
    expect(box.invokes[0]!.event).toMatchObject({ routeKey: '$default', rawPath: '/', rawQueryString: '' });
    await request(cloud, { method: 'POST', url: `https://${apiId}.execute-api.us-east-1.amazonaws.com/form`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect(box.invokes[1]!.event).toMatchObject({ body: 'YT0x', isBase64Encoded: true });
    expect(box.invokes[1]!.request.$principal).toMatchObject({ sourceArn: `arn:aws:execute-api:us-east-1:111111111111:${apiId}/$default/$default` });
  });

  it('HTTP API 1.0: the REST shape with version "1.0" and lower-case headers', async () => {
    box = stubbedCloud();
    cloud = box.cloud;
    const apiId = await httpApi(cloud, ['GET /items/{id}'], '1.0');
    const host = `${apiId}.execute-api.us-east-1.amazonaws.com`;
    await request(cloud, { method: 'GET', url: `https://${host}/items/7?x=1&x=2`, headers: [['User-Agent', 'curl/8.5.0'], ['X-Tag', 'a'], ['X-Tag', 'b']] });
    const { event } = box.invokes[0]!;
    expect(Object.keys(event)).toEqual(['version', 'resource', 'path', 'httpMethod', 'headers', 'multiValueHeaders', 'queryStringParameters', 'multiValueQueryStringParameters', 'requestContext', 'pathParameters', 'stageVariables', 'body', 'isBase64Encoded']);
    expect(event).toMatchObject({
      version: '1.0',
      resource: '/items/{id}',
      path: '/items/7',
      httpMethod: 'GET',
      queryStringParameters: { x: '2' },
      multiValueQueryStringParameters: { x: ['1', '2'] },
      pathParameters: { id: '7' },
      stageVariables: null,
      body: null,
      isBase64Encoded: false,
    });
    expect(event.headers['x-tag']).toBe('b');
    expect(event.multiValueHeaders['x-tag']).toEqual(['a', 'b']);
    expect(event.requestContext).toMatchObject({ apiId, authorizer: { claims: null, scopes: null }, httpMethod: 'GET', path: '/items/7', resourceId: 'GET /items/{id}', resourcePath: '/items/{id}', stage: '$default', requestTime: '01/Jan/2026:00:00:00 +0000', requestTimeEpoch: NOW });
    expect(event.requestContext.identity).toMatchObject({ sourceIp: '203.0.113.10', userAgent: 'curl/8.5.0', accessKey: null });
  });

  it('REST API: resource, path without the stage, multi-value maps, requestContext with the stage in its path', async () => {
    box = stubbedCloud();
    cloud = box.cloud;
    const apiId = await restApi(cloud, ['ANY /{proxy+}']);
    const host = `${apiId}.execute-api.us-east-1.amazonaws.com`;
    await request(cloud, { method: 'POST', url: `https://${host}/prod/hello/world?name=me&multivalueName=you&multivalueName=me`, headers: [['Host', host], ['Content-Type', 'application/json'], ['headerName', 'headerValue'], ['User-Agent', 'PostmanRuntime/2.4.5']], body: '{\r\n\t"a": 1\r\n}' });
    const { event, request: call } = box.invokes[0]!;
    expect(Object.keys(event)).toEqual(['resource', 'path', 'httpMethod', 'headers', 'multiValueHeaders', 'queryStringParameters', 'multiValueQueryStringParameters', 'pathParameters', 'stageVariables', 'requestContext', 'body', 'isBase64Encoded']);
    expect(event).toMatchObject({
      resource: '/{proxy+}',
      path: '/hello/world',
      httpMethod: 'POST',
      queryStringParameters: { name: 'me', multivalueName: 'me' },
      multiValueQueryStringParameters: { name: ['me'], multivalueName: ['you', 'me'] },
      pathParameters: { proxy: 'hello/world' },
      stageVariables: null,
      body: '{\r\n\t"a": 1\r\n}',
      isBase64Encoded: false,
    });
    expect(event.headers).toMatchObject({ 'Content-Type': 'application/json', headerName: 'headerValue', Host: host, 'X-Forwarded-Port': '443', 'X-Forwarded-Proto': 'https' });
    expect(event.multiValueHeaders.headerName).toEqual(['headerValue']);
    expect(Object.keys(event.requestContext)).toEqual([
      'resourceId', 'resourcePath', 'httpMethod', 'extendedRequestId', 'requestTime', 'path', 'accountId', 'protocol', 'stage', 'domainPrefix',
      'requestTimeEpoch', 'requestId', 'identity', 'domainName', 'deploymentId', 'apiId',
    ]);
    expect(event.requestContext).toMatchObject({ resourcePath: '/{proxy+}', httpMethod: 'POST', path: '/prod/hello/world', accountId: '111111111111', protocol: 'HTTP/1.1', stage: 'prod', domainPrefix: apiId, domainName: host, apiId });
    expect(event.requestContext.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(event.requestContext.identity).toEqual({
      cognitoIdentityPoolId: null, accountId: null, cognitoIdentityId: null, caller: null, sourceIp: '203.0.113.10', principalOrgId: null, accessKey: null,
      cognitoAuthenticationType: null, cognitoAuthenticationProvider: null, userArn: null, userAgent: 'PostmanRuntime/2.4.5', user: null,
    });
    expect(call.$principal).toEqual({ service: 'apigateway.amazonaws.com', sourceArn: `arn:aws:execute-api:us-east-1:111111111111:${apiId}/prod/POST/{proxy+}` });
  });
});
