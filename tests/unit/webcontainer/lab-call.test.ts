import { describe, expect, it } from 'vitest';
import { decodeLabJson, encodeLabJson, withLabCall } from '../../../sandbox/api/lab-call.ts';
import { requestFromUrl, response } from '../../../sandbox/api/http.ts';
import { AwsError } from '../../../sandbox/cloud/errors.ts';
import type { ServiceRequest } from '../../../sandbox/cloud/api.ts';

const post = (body: string) => requestFromUrl('POST', 'http://localhost:4566/_lab/call', { 'content-type': 'application/json' }, new TextEncoder().encode(body));
const json = (r: { body: Uint8Array }) => decodeLabJson(new TextDecoder().decode(r.body)) as Record<string, unknown>;

describe('POST /_lab/call', () => {
  it('carries bytes and dates through JSON', () => {
    const value = { ZipFile: new Uint8Array([0, 1, 254, 255]), When: new Date('2024-01-02T03:04:05.000Z'), n: [1, 'x', null] };
    expect(decodeLabJson(encodeLabJson(value))).toEqual(value);
  });

  it("answers a ServiceRequest with the cloud's output or its AwsError, and passes every other request on", async () => {
    const seen: ServiceRequest[] = [];
    const route = withLabCall(async () => response(204, {}), {
      now: () => 1234,
      call: async (request) => {
        seen.push(request);
        if (request.action === 'GetFunction') throw new AwsError('ResourceNotFoundException', 'Function not found: x', 404);
        return { Payload: new Uint8Array([123, 125]) };
      },
    });
    const ok = await route(post(encodeLabJson({ service: 'lambda', action: 'Invoke', input: { FunctionName: 'x' }, accessKeyId: 'AKIAI44QH8DHBEXAMPLE', traceHeader: 'ignored' })));
    expect(ok.status).toBe(200);
    expect(json(ok)).toEqual({ output: { Payload: new Uint8Array([123, 125]) }, now: 1234 });
    // The caller is the access key; a trace header is the engine's to set, not the client's.
    expect(seen[0]).toEqual({ service: 'lambda', action: 'Invoke', input: { FunctionName: 'x' }, region: undefined, accessKeyId: 'AKIAI44QH8DHBEXAMPLE' });

    const missing = await route(post(encodeLabJson({ service: 'lambda', action: 'GetFunction', input: {} })));
    expect(json(missing)).toEqual({ error: { code: 'ResourceNotFoundException', message: 'Function not found: x', status: 404, type: 'User' }, now: 1234 });

    expect((await route(post('{not json'))).status).toBe(400);
    expect(json(await route(post('{"service":"lambda"}')))).toMatchObject({ error: { code: 'BadRequest', message: 'The body needs service, action and input.' } });
    expect((await route(requestFromUrl('GET', 'http://localhost:4566/_lab/call'))).status).toBe(400);
    expect((await route(requestFromUrl('GET', 'http://localhost:4566/2015-03-31/functions'))).status).toBe(204);
  });
});
