import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { createWorkerFunction, logs, newCloud, rejection, createQueue } from '../../helpers/cloud.ts';
import { utf8 } from '../../../sandbox/cloud/bytes.ts';
import { queuePolicy } from '../../helpers/access-policies.ts';

const call = (cloud: Cloud, service: string, action: string, input: Record<string, unknown>) => cloud.call({ service, action, input });
const invokeEvent = (cloud: Cloud, name: string, event: unknown) => call(cloud, 'lambda', 'Invoke', { FunctionName: name, InvocationType: 'Event', Payload: utf8(JSON.stringify(event)) });
const FAILS = { 'index.mjs': 'export const handler = async (e) => { throw new Error("boom " + e.n); };' };
const WORKS = { 'index.mjs': 'export const handler = async (e) => ({ doubled: e.n * 2 });' };


async function receive(cloud: Cloud, url: string) {
  const out = await call(cloud, 'sqs', 'ReceiveMessage', { QueueUrl: url, MaxNumberOfMessages: 10, MessageAttributeNames: ['All'] });
  return (out.Messages as Array<{ Body: string; MessageAttributes?: Record<string, { StringValue: string }> }> | undefined) ?? [];
}

/** START lines in the function's log group; a function that never ran has no group at all. */
const starts = async (cloud: Cloud, name: string) =>
  (await logs(cloud, name).catch((e: { code?: string }) => (e.code === 'ResourceNotFoundException' ? [] : Promise.reject(e)))).filter((l) => l.startsWith('START')).length;

describe('asynchronous invocation', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('answers 202 at once and runs the event from the internal queue', async () => {
    cloud = newCloud();
    await createWorkerFunction(cloud, 'ok', WORKS);
    expect(await invokeEvent(cloud, 'ok', { n: 2 })).toEqual({ StatusCode: 202 });
    await cloud.settled();
    expect(await starts(cloud, 'ok')).toBe(1);
  });

  it('retries a failing event twice, 1 and 2 minutes later, then sends it to the DLQ with its attributes', async () => {
    cloud = newCloud();
    const dlq = await createQueue(cloud, 'dlq');
    await createWorkerFunction(cloud, 'fails', FAILS, { DeadLetterConfig: { TargetArn: dlq.arn } });
    await invokeEvent(cloud, 'fails', { n: 1 });
    await cloud.settled();
    expect(await starts(cloud, 'fails')).toBe(1);
    await cloud.advance(59_000);
    expect(await starts(cloud, 'fails')).toBe(1);
    await cloud.advance(1_000);
    expect(await starts(cloud, 'fails')).toBe(2);
    expect(await receive(cloud, dlq.url)).toEqual([]);
    await cloud.advance(120_000);
    expect(await starts(cloud, 'fails')).toBe(3);
    const [message] = await receive(cloud, dlq.url);
    expect(JSON.parse(message!.Body)).toEqual({ n: 1 });
    expect(message!.MessageAttributes).toMatchObject({
      RequestID: { StringValue: expect.stringMatching(/^[0-9a-f-]{36}$/) },
      ErrorCode: { StringValue: '200' },
      ErrorMessage: { StringValue: 'boom 1' },
    });
  });

  it('sends the exact invocation record to the on-failure destination after MaximumRetryAttempts', async () => {
    cloud = newCloud();
    const dest = await createQueue(cloud, 'failures');
    await createWorkerFunction(cloud, 'fails', FAILS);
    await call(cloud, 'lambda', 'PutFunctionEventInvokeConfig', { FunctionName: 'fails', MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: dest.arn } } });
    await invokeEvent(cloud, 'fails', { n: 7 });
    await cloud.settled();
    const [message] = await receive(cloud, dest.url);
    const record = JSON.parse(message!.Body);
    expect(Object.keys(record)).toEqual(['version', 'timestamp', 'requestContext', 'requestPayload', 'responseContext', 'responsePayload']);
    expect(record).toMatchObject({
      version: '1.0',
      requestContext: { functionArn: 'arn:aws:lambda:us-east-1:111111111111:function:fails:$LATEST', condition: 'RetriesExhausted', approximateInvokeCount: 1 },
      requestPayload: { n: 7 },
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      responsePayload: { errorType: 'Error', errorMessage: 'boom 7' },
    });
    expect(record.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('sends successes to the on-success destination, including another function', async () => {
    cloud = newCloud();
    const dest = await createQueue(cloud, 'successes');
    await createWorkerFunction(cloud, 'ok', WORKS);
    await createWorkerFunction(cloud, 'audit', { 'index.mjs': 'export const handler = async (e) => e.responsePayload;' });
    await call(cloud, 'lambda', 'PutFunctionEventInvokeConfig', { FunctionName: 'ok', DestinationConfig: { OnSuccess: { Destination: dest.arn } } });
    await invokeEvent(cloud, 'ok', { n: 21 });
    await cloud.settled();
    const [message] = await receive(cloud, dest.url);
    expect(JSON.parse(message!.Body)).toMatchObject({ requestContext: { condition: 'Success', approximateInvokeCount: 1 }, responseContext: { statusCode: 200, executedVersion: '$LATEST' }, responsePayload: { doubled: 42 } });
    await call(cloud, 'lambda', 'UpdateFunctionEventInvokeConfig', { FunctionName: 'ok', DestinationConfig: { OnSuccess: { Destination: 'arn:aws:lambda:us-east-1:111111111111:function:audit' } } });
    await invokeEvent(cloud, 'ok', { n: 1 });
    await cloud.settled();
    await cloud.settled();
    expect(await starts(cloud, 'audit')).toBe(1);
  });

  it('expires events older than MaximumEventAgeInSeconds with EventAgeExceeded', async () => {
    cloud = newCloud();
    const dest = await createQueue(cloud, 'expired');
    await createWorkerFunction(cloud, 'fails', FAILS);
    await call(cloud, 'lambda', 'PutFunctionEventInvokeConfig', { FunctionName: 'fails', MaximumEventAgeInSeconds: 60, DestinationConfig: { OnFailure: { Destination: dest.arn } } });
    await invokeEvent(cloud, 'fails', { n: 1 });
    await cloud.advance(180_000);
    const [message] = await receive(cloud, dest.url);
    expect(JSON.parse(message!.Body).requestContext).toMatchObject({ condition: 'EventAgeExceeded', approximateInvokeCount: 1 });
  });

  it('with reserved concurrency 0 sends events straight to the failure destination without running', async () => {
    cloud = newCloud();
    const dest = await createQueue(cloud, 'off');
    await createWorkerFunction(cloud, 'off', WORKS);
    await call(cloud, 'lambda', 'PutFunctionConcurrency', { FunctionName: 'off', ReservedConcurrentExecutions: 0 });
    await call(cloud, 'lambda', 'PutFunctionEventInvokeConfig', { FunctionName: 'off', DestinationConfig: { OnFailure: { Destination: dest.arn } } });
    await invokeEvent(cloud, 'off', { n: 1 });
    await cloud.settled();
    expect(await starts(cloud, 'off')).toBe(0);
    expect(JSON.parse((await receive(cloud, dest.url))[0]!.Body).requestContext.approximateInvokeCount).toBe(0);
  });

  it('stops a recursive loop of functions after 16 invocations', async () => {
    cloud = newCloud();
    await createWorkerFunction(cloud, 'loop', WORKS);
    await call(cloud, 'lambda', 'PutFunctionEventInvokeConfig', { FunctionName: 'loop', DestinationConfig: { OnSuccess: { Destination: 'arn:aws:lambda:us-east-1:111111111111:function:loop' } } });
    await invokeEvent(cloud, 'loop', { n: 1 });
    await cloud.advance(1_000);
    expect(await starts(cloud, 'loop')).toBe(16);
    expect(cloud.state.trace.some((t) => t.type === 'invoke.recursion-stopped')).toBe(true);
    expect(await call(cloud, 'lambda', 'GetFunctionRecursionConfig', { FunctionName: 'loop' })).toEqual({ RecursiveLoop: 'Terminate' });
  });

  it('validates the event invoke configuration in the API words', async () => {
    cloud = newCloud();
    await createWorkerFunction(cloud, 'ok', WORKS);
    expect((await rejection(call(cloud, 'lambda', 'PutFunctionEventInvokeConfig', { FunctionName: 'ok', MaximumRetryAttempts: 3 }))).message).toBe(
      "1 validation error detected: Value '3' at 'maximumRetryAttempts' failed to satisfy constraint: Member must have value less than or equal to 2",
    );
    expect((await rejection(call(cloud, 'lambda', 'PutFunctionEventInvokeConfig', { FunctionName: 'ok', MaximumEventAgeInSeconds: 30 }))).message).toContain('greater than or equal to 60');
    expect(await rejection(call(cloud, 'lambda', 'GetFunctionEventInvokeConfig', { FunctionName: 'ok' }))).toMatchObject({ code: 'ResourceNotFoundException' });
  });
});

describe('asynchronous sources inside the cloud', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('SNS publishes to a subscribed function asynchronously, with the SNS event record', async () => {
    cloud = newCloud();
    await createWorkerFunction(cloud, 'sub', { 'index.mjs': 'export const handler = async (e) => { console.log(JSON.stringify(e.Records[0].Sns)); return e.Records[0].Sns.Message; };' });
    const { TopicArn } = await call(cloud, 'sns', 'CreateTopic', { Name: 'news' });
    await call(cloud, 'lambda', 'AddPermission', { FunctionName: 'sub', StatementId: 'sns', Action: 'lambda:InvokeFunction', Principal: 'sns.amazonaws.com', SourceArn: TopicArn });
    await call(cloud, 'sns', 'Subscribe', { TopicArn, Protocol: 'lambda', Endpoint: 'arn:aws:lambda:us-east-1:111111111111:function:sub' });
    await call(cloud, 'sns', 'Publish', { TopicArn, Message: 'hello', Subject: 'greeting' });
    await cloud.settled();
    const line = (await logs(cloud, 'sub')).find((l) => l.includes('\tINFO\t'))!;
    const sns = JSON.parse(line.split('\tINFO\t')[1]!);
    expect(sns).toMatchObject({ Type: 'Notification', TopicArn, Subject: 'greeting', Message: 'hello' });
  });

  it('SNS cannot invoke a function whose resource policy does not allow it; the trace says why', async () => {
    cloud = newCloud();
    await createWorkerFunction(cloud, 'sub', { 'index.mjs': 'export const handler = async () => 1;' });
    const { TopicArn } = await call(cloud, 'sns', 'CreateTopic', { Name: 'news' });
    await call(cloud, 'sns', 'Subscribe', { TopicArn, Protocol: 'lambda', Endpoint: 'arn:aws:lambda:us-east-1:111111111111:function:sub' });
    await call(cloud, 'sns', 'Publish', { TopicArn, Message: 'hello' });
    await cloud.settled();
    expect(await starts(cloud, 'sub')).toBe(0);
    expect(cloud.state.trace.find((t) => t.type === 'invoke.denied')).toMatchObject({ principal: 'sns.amazonaws.com', sourceArn: TopicArn });
  });

  it('a dead-letter topic receives the failed event', async () => {
    cloud = newCloud();
    const { TopicArn } = await call(cloud, 'sns', 'CreateTopic', { Name: 'dead' });
    const q = await createQueue(cloud, 'from-topic', { Policy: queuePolicy('arn:aws:sqs:us-east-1:111111111111:from-topic', 'sns.amazonaws.com', String(TopicArn)) });
    await call(cloud, 'sns', 'Subscribe', { TopicArn, Protocol: 'sqs', Endpoint: q.arn, Attributes: { RawMessageDelivery: 'true' } });
    await createWorkerFunction(cloud, 'fails', FAILS, { DeadLetterConfig: { TargetArn: TopicArn } });
    await call(cloud, 'lambda', 'PutFunctionEventInvokeConfig', { FunctionName: 'fails', MaximumRetryAttempts: 0 });
    await invokeEvent(cloud, 'fails', { n: 9 });
    await cloud.settled();
    expect(JSON.parse((await receive(cloud, q.url))[0]!.Body)).toEqual({ n: 9 });
  });
});
