import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { utf8 } from '../../../sandbox/cloud/bytes.ts';
import { createFunction, invoke, logs, newCloud, rejection } from '../../helpers/cloud.ts';

const GREETER = {
  'index.mjs': `let calls = 0;
console.log('cold start');
export const handler = async (event, context) => {
  calls++;
  console.log('greeting', event.name);
  return { message: \`Hello, \${event.name}!\`, calls, requestId: context.awsRequestId, remaining: context.getRemainingTimeInMillis() };
};`,
};

describe('Invoke (RequestResponse)', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('runs the handler and returns its JSON with status 200 and the executed version', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'hello', GREETER);
    const out = await invoke(cloud, 'hello', { name: 'Ada' });
    expect(out.StatusCode).toBe(200);
    expect(out.ExecutedVersion).toBe('$LATEST');
    expect(out.FunctionError).toBeUndefined();
    expect(out.json).toMatchObject({ message: 'Hello, Ada!', calls: 1 });
    expect(out.json.remaining).toBeGreaterThan(2000);
    expect(out.json.remaining).toBeLessThanOrEqual(3000);
  });

  it('starts cold once, then reuses the warm environment with its module state', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'hello', GREETER);
    const first = await invoke(cloud, 'hello', { name: 'a' });
    const second = await invoke(cloud, 'hello', { name: 'b' });
    expect(first.json.calls).toBe(1);
    expect(second.json.calls).toBe(2);
    const lines = await logs(cloud, 'hello');
    expect(lines.filter((l) => l.startsWith('INIT_START'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('\tINFO\tcold start'))).toHaveLength(1);
    const reports = lines.filter((l) => l.startsWith('REPORT'));
    expect(reports).toHaveLength(2);
    expect(reports[0]).toContain('\tInit Duration: ');
    expect(reports[1]).not.toContain('Init Duration');
  });

  it('writes START, console, END and REPORT lines in the Lambda format', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'hello', GREETER);
    const out = await invoke(cloud, 'hello', { name: 'Ada' });
    const id = out.json.requestId as string;
    const lines = await logs(cloud, 'hello');
    expect(lines).toContain(`START RequestId: ${id} Version: $LATEST\n`);
    expect(lines.find((l) => l.includes('cold start'))).toMatch(/^2026-01-01T00:00:00\.\d{3}Z\tundefined\tINFO\tcold start\n$/);
    expect(lines.find((l) => l.includes('greeting Ada'))).toMatch(new RegExp(`^2026-01-01T00:00:00\\.\\d{3}Z\\t${id}\\tINFO\\tgreeting Ada\\n$`));
    expect(lines).toContain(`END RequestId: ${id}\n`);
    expect(lines.find((l) => l.startsWith('REPORT'))).toMatch(
      new RegExp(`^REPORT RequestId: ${id}\\tDuration: \\d+\\.\\d\\d ms\\tBilled Duration: \\d+ ms\\tMemory Size: 128 MB\\tMax Memory Used: \\d+ MB\\tInit Duration: \\d+\\.\\d\\d ms\\t\\n$`),
    );
    const streams = await cloud.call({ service: 'logs', action: 'DescribeLogStreams', input: { logGroupName: '/aws/lambda/hello' } });
    expect((streams.logStreams as Array<{ logStreamName: string }>)[0]!.logStreamName).toMatch(/^2026\/01\/01\/\[\$LATEST\][0-9a-f]{32}$/);
  });

  it('returns the log tail base64-encoded with LogType Tail', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'hello', GREETER);
    const out = await invoke(cloud, 'hello', { name: 'Ada' }, { LogType: 'Tail' });
    const tail = atob(out.LogResult as string);
    expect(tail).toContain('START RequestId:');
    expect(tail).toContain('greeting Ada');
    expect(tail).toMatch(/REPORT RequestId: .*\n$/);
  });

  it('gives the same request ids for the same seed and commands', async () => {
    const ids: string[][] = [];
    for (let run = 0; run < 2; run++) {
      cloud = newCloud(42);
      await createFunction(cloud, 'hello', GREETER);
      ids.push([(await invoke(cloud, 'hello', { name: 'x' })).json.requestId, (await invoke(cloud, 'hello', { name: 'y' })).json.requestId]);
      cloud.dispose();
    }
    expect(ids[0]).toEqual(ids[1]);
  });

  it('runs concurrent invocations in separate environments, one at a time each', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'slow', { 'index.mjs': `let calls = 0; export const handler = async () => { calls++; await new Promise((r) => setTimeout(r, 100)); return calls; };` });
    const results = await Promise.all([invoke(cloud, 'slow'), invoke(cloud, 'slow'), invoke(cloud, 'slow')]);
    expect(results.map((r) => r.json)).toEqual([1, 1, 1]);
    expect(cloud.executor.describe()).toHaveLength(3);
    expect((await invoke(cloud, 'slow')).json).toBe(2);
  });

  it('sets the reserved AWS_* variables and the configured ones in process.env', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'env', { 'index.mjs': 'export const handler = async () => process.env;' }, { Environment: { Variables: { TABLE: 'orders' } }, MemorySize: 256 });
    const env = (await invoke(cloud, 'env')).json;
    expect(env).toMatchObject({
      TABLE: 'orders',
      AWS_LAMBDA_FUNCTION_NAME: 'env',
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '256',
      AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/env',
      AWS_REGION: 'us-east-1',
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
      _HANDLER: 'index.handler',
      LAMBDA_TASK_ROOT: '/var/task',
    });
    expect(env.AWS_LAMBDA_LOG_STREAM_NAME).toMatch(/^2026\/01\/01\/\[\$LATEST\][0-9a-f]{32}$/);
    expect(env.HOME).toBeUndefined();
  });

  it('loads CommonJS handlers and relative modules, ESM importing CommonJS', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'cjs', { 'index.js': `const { twice } = require('./lib/math'); exports.handler = async (e) => twice(e.n);`, 'lib/math.js': 'exports.twice = (n) => n * 2;' });
    expect((await invoke(cloud, 'cjs', { n: 21 })).json).toBe(42);
    await createFunction(cloud, 'esm', { 'app.mjs': `import math from './math.cjs'; import { format } from 'node:util'; export const run = async () => format('%s=%d', 'x', math.twice(2));`, 'math.cjs': 'module.exports = { twice: (n) => n * 2 };' }, { Handler: 'app.run' });
    expect((await invoke(cloud, 'esm')).json).toBe('x=4');
  });

  it('supports top-level await during INIT', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'tla', { 'index.mjs': `const config = await Promise.resolve({ greeting: 'hi' }); export const handler = async () => config.greeting;` });
    expect((await invoke(cloud, 'tla')).json).toBe('hi');
  });

  it('treats an empty payload as {} and refuses a payload that is not JSON', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'echo', { 'index.mjs': 'export const handler = async (e) => e;' });
    const out = await cloud.call({ service: 'lambda', action: 'Invoke', input: { FunctionName: 'echo' } });
    expect(new TextDecoder().decode(out.Payload as Uint8Array)).toBe('{}');
    const e = await rejection(cloud.call({ service: 'lambda', action: 'Invoke', input: { FunctionName: 'echo', Payload: utf8('{name: Ada}') } }));
    expect(e).toMatchObject({ code: 'InvalidRequestContentException', status: 400 });
    expect(e.message).toMatch(/^Could not parse request body into json: Could not parse payload into json: Unrecognized token/);
  });

  it('answers DryRun with 204 and runs nothing', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'echo', { 'index.mjs': 'export const handler = async (e) => e;' });
    const out = await cloud.call({ service: 'lambda', action: 'Invoke', input: { FunctionName: 'echo', InvocationType: 'DryRun' } });
    expect(out).toEqual({ StatusCode: 204 });
    expect(cloud.executor.describe()).toHaveLength(0);
  });

  it('says which function was not found, with its ARN', async () => {
    cloud = newCloud();
    expect(await rejection(invoke(cloud, 'nope'))).toMatchObject({
      code: 'ResourceNotFoundException',
      message: 'Function not found: arn:aws:lambda:us-east-1:111111111111:function:nope',
    });
  });

  it('returns the handler result on Node.js 24 even without async', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'sync', { 'index.mjs': 'export const handler = (e) => ({ ok: e.ok });' });
    expect((await invoke(cloud, 'sync', { ok: 1 })).json).toEqual({ ok: 1 });
  });

  it('supports callback handlers on nodejs20.x, and refuses them on nodejs24.x as the runtime does', async () => {
    cloud = newCloud();
    const code = { 'index.js': 'exports.handler = (event, context, callback) => { callback(null, { via: "callback" }); };' };
    await createFunction(cloud, 'cb20', code, { Runtime: 'nodejs20.x' });
    expect((await invoke(cloud, 'cb20')).json).toEqual({ via: 'callback' });
    await createFunction(cloud, 'cb24', code);
    const out = await invoke(cloud, 'cb24');
    expect(out.FunctionError).toBe('Unhandled');
    expect(out.json.errorType).toBe('Runtime.CallbackHandlerDeprecated');
  });
});
