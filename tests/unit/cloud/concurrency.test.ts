import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { createFunction, invoke, newCloud, rejection } from '../../helpers/cloud.ts';

const call = (cloud: Cloud, action: string, input: Record<string, unknown>) => cloud.call({ service: 'lambda', action, input });
const SLOW = { 'index.mjs': 'export const handler = async () => { await new Promise((r) => setTimeout(r, 150)); return "done"; };' };

describe('concurrency', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('reserved concurrency throttles the extra synchronous invocation with 429 and the Reason', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'slow', SLOW);
    expect(await call(cloud, 'PutFunctionConcurrency', { FunctionName: 'slow', ReservedConcurrentExecutions: 1 })).toEqual({ ReservedConcurrentExecutions: 1 });
    const results = await Promise.allSettled([invoke(cloud, 'slow'), invoke(cloud, 'slow')]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const error = (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason;
    expect(error).toMatchObject({ code: 'TooManyRequestsException', status: 429, message: 'Rate Exceeded.', extra: { Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded' } });
    // The lease is released: the next one runs.
    expect((await invoke(cloud, 'slow')).json).toBe('done');
  });

  it('reserved concurrency 0 throttles every synchronous invoke', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'off', SLOW);
    await call(cloud, 'PutFunctionConcurrency', { FunctionName: 'off', ReservedConcurrentExecutions: 0 });
    expect(await rejection(invoke(cloud, 'off'))).toMatchObject({ code: 'TooManyRequestsException' });
    await call(cloud, 'DeleteFunctionConcurrency', { FunctionName: 'off' });
    expect(await call(cloud, 'GetFunctionConcurrency', { FunctionName: 'off' })).toEqual({});
    expect((await invoke(cloud, 'off')).json).toBe('done');
  });

  it('keeps 100 of the account limit unreserved, and shows it in GetAccountSettings', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'a', SLOW);
    await createFunction(cloud, 'b', SLOW);
    await call(cloud, 'PutFunctionConcurrency', { FunctionName: 'a', ReservedConcurrentExecutions: 800 });
    expect(await rejection(call(cloud, 'PutFunctionConcurrency', { FunctionName: 'b', ReservedConcurrentExecutions: 101 }))).toMatchObject({
      code: 'InvalidParameterValueException',
      message: "Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].",
    });
    const settings = await call(cloud, 'GetAccountSettings', {});
    expect(settings).toMatchObject({
      AccountLimit: { TotalCodeSize: 80530636800, CodeSizeUnzipped: 262144000, CodeSizeZipped: 52428800, ConcurrentExecutions: 1000, UnreservedConcurrentExecutions: 200 },
      AccountUsage: { FunctionCount: 2 },
    });
  });
});
