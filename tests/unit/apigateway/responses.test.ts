/** From the function's result to the HTTP response, and API Gateway's own error responses. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { httpApi, request, restApi, stubbedCloud, type InvokeReply } from './helpers.ts';

describe('responses', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  async function viaHttpApi(reply: InvokeReply, version = '2.0') {
    ({ cloud } = stubbedCloud(() => reply));
    const apiId = await httpApi(cloud, ['$default'], version);
    return request(cloud, { method: 'GET', url: `https://${apiId}.execute-api.us-east-1.amazonaws.com/` });
  }

  async function viaRestApi(reply: InvokeReply) {
    ({ cloud } = stubbedCloud(() => reply));
    const apiId = await restApi(cloud, ['GET /']);
    return request(cloud, { method: 'GET', url: `https://${apiId}.execute-api.us-east-1.amazonaws.com/prod` });
  }

  it('HTTP API 2.0 infers a 200 application/json response from a bare object or string', async () => {
    const obj = await viaHttpApi({ Payload: '{"message":"Hello from Lambda!"}' });
    expect([obj.status, obj.text]).toEqual([200, '{"message":"Hello from Lambda!"}']);
    expect(obj.headers).toEqual([
      ['date', 'Thu, 01 Jan 2026 00:00:00 GMT'],
      ['content-type', 'application/json'],
      ['content-length', '32'],
      ['apigw-requestid', expect.stringMatching(/=$/)],
    ]);
    cloud.dispose();
    const str = await viaHttpApi({ Payload: '"Hello from Lambda!"' });
    expect([str.status, str.text]).toEqual([200, 'Hello from Lambda!']);
  });

  it('HTTP API 2.0 honours statusCode, headers, cookies and base64 bodies', async () => {
    const res = await viaHttpApi({ Payload: JSON.stringify({ statusCode: 201, headers: { 'X-Custom': 'yes', 'Content-Type': 'text/html' }, cookies: ['a=1', 'b=2; Secure'], body: 'PGI+aGk8L2I+', isBase64Encoded: true }) });
    expect(res.status).toBe(201);
    expect(res.text).toBe('<b>hi</b>');
    expect(res.header('content-type')).toEqual(['text/html']);
    expect(res.header('x-custom')).toEqual(['yes']);
    expect(res.header('set-cookie')).toEqual(['a=1', 'b=2; Secure']);
    cloud.dispose();
    const plain = await viaHttpApi({ Payload: JSON.stringify({ statusCode: 200, body: 'hi' }) });
    expect(plain.header('content-type')).toEqual(['text/plain; charset=utf-8']);
  });

  it('HTTP API: a function error is 500 {"message":"Internal Server Error"}; so is a malformed 2.0 or 1.0 response', async () => {
    const failed = await viaHttpApi({ FunctionError: 'Unhandled', Payload: '{"errorType":"Error","errorMessage":"boom"}' });
    expect([failed.status, failed.text]).toEqual([500, '{"message":"Internal Server Error"}']);
    cloud.dispose();
    const badStatus = await viaHttpApi({ Payload: '{"statusCode":"abc","body":"x"}' });
    expect(badStatus.status).toBe(500);
    cloud.dispose();
    const v1 = await viaHttpApi({ Payload: '{"message":"no status"}' }, '1.0');
    expect([v1.status, v1.text]).toEqual([500, '{"message":"Internal Server Error"}']);
  });

  it('REST: a proxy response maps through, multiValueHeaders winning over headers', async () => {
    const res = await viaRestApi({ Payload: JSON.stringify({ statusCode: 404, headers: { a: '1', b: '2' }, multiValueHeaders: { b: ['3', '4'] }, body: 'missing' }) });
    expect(res.status).toBe(404);
    expect(res.text).toBe('missing');
    expect(res.headers.map(([k]) => k)).toEqual(['content-type', 'content-length', 'date', 'a', 'b', 'b', 'x-amzn-RequestId', 'x-amz-apigw-id', 'X-Amzn-Trace-Id']);
    expect(res.header('b')).toEqual(['3', '4']);
    expect(res.header('content-type')).toEqual(['application/json']);
  });

  it('REST: anything but a proxy response is 502 {"message": "Internal server error"} — bare JSON, an object body, an extra key', async () => {
    for (const payload of ['{"message":"hi"}', '"hi"', '{"statusCode":200,"body":{"a":1}}', '{"statusCode":200,"body":"x","cookies":["a=1"]}', 'null']) {
      const res = await viaRestApi({ Payload: payload });
      expect([res.status, res.text], payload).toEqual([502, '{"message": "Internal server error"}']);
      expect(res.header('x-amzn-ErrorType')).toEqual(['InternalServerErrorException']);
      cloud.dispose();
    }
    const failed = await viaRestApi({ FunctionError: 'Unhandled', Payload: '{}' });
    expect([failed.status, failed.text]).toEqual([502, '{"message": "Internal server error"}']);
  });

  it('throttling is 429; a refused or failed invoke is 500; past the integration timeout, 503 (HTTP) or 504 (REST)', async () => {
    const throttled = await viaHttpApi({ throws: { code: 'TooManyRequestsException', message: 'Rate Exceeded.' } });
    expect([throttled.status, throttled.text]).toEqual([429, '{"message":"Too Many Requests"}']);
    cloud.dispose();
    const denied = await viaRestApi({ throws: { code: 'AccessDeniedException', message: 'denied' } });
    expect([denied.status, denied.text]).toEqual([500, '{"message": "Internal server error"}']);
    cloud.dispose();
    const slowHttp = await viaHttpApi({ Payload: '{}', advanceMs: 30_001 });
    expect([slowHttp.status, slowHttp.text]).toEqual([503, '{"message":"Service Unavailable"}']);
    cloud.dispose();
    const slowRest = await viaRestApi({ Payload: '{"statusCode":200}', advanceMs: 29_001 });
    expect([slowRest.status, slowRest.text]).toEqual([504, '{"message": "Endpoint request timed out"}']);
    cloud.dispose();
    const inTime = await viaRestApi({ Payload: '{"statusCode":204}', advanceMs: 29_000 });
    expect(inTime.status).toBe(204);
  });
});
