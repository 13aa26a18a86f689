import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { createWorkerFunction, logs, newCloud, rejection, createQueue } from '../../helpers/cloud.ts';

const call = (cloud: Cloud, service: string, action: string, input: Record<string, unknown>) => cloud.call({ service, action, input });


const count = async (cloud: Cloud, url: string) => {
  const a = await call(cloud, 'sqs', 'GetQueueAttributes', { QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] });
  const attrs = a.Attributes as Record<string, string>;
  return Number(attrs.ApproximateNumberOfMessages) + Number(attrs.ApproximateNumberOfMessagesNotVisible);
};

const RECORDS = { 'index.mjs': 'export const handler = async (e) => { for (const r of e.Records) console.log("got", r.body, r.eventSource, r.attributes.ApproximateReceiveCount); return {}; };' };

describe('event-source mappings: SQS', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('creates a mapping in the API shape, lists, disables and deletes it', async () => {
    cloud = newCloud();
    const q = await createQueue(cloud, 'jobs');
    await createWorkerFunction(cloud, 'worker', RECORDS);
    const m = await call(cloud, 'lambda', 'CreateEventSourceMapping', { EventSourceArn: q.arn, FunctionName: 'worker', BatchSize: 5 });
    expect(m).toMatchObject({ BatchSize: 5, MaximumBatchingWindowInSeconds: 0, EventSourceArn: q.arn, FunctionArn: 'arn:aws:lambda:us-east-1:111111111111:function:worker', State: 'Creating', StateTransitionReason: 'USER_INITIATED', FunctionResponseTypes: [] });
    expect(m.UUID).toMatch(/^[0-9a-f-]{36}$/);
    expect(await call(cloud, 'lambda', 'GetEventSourceMapping', { UUID: m.UUID })).toMatchObject({ State: 'Enabled' });
    expect(((await call(cloud, 'lambda', 'ListEventSourceMappings', { FunctionName: 'worker' })).EventSourceMappings as unknown[]).length).toBe(1);
    expect(await call(cloud, 'lambda', 'UpdateEventSourceMapping', { UUID: m.UUID, Enabled: false })).toMatchObject({ State: 'Updating' });
    expect(await call(cloud, 'lambda', 'DeleteEventSourceMapping', { UUID: m.UUID })).toMatchObject({ State: 'Deleting' });
    expect(await rejection(call(cloud, 'lambda', 'GetEventSourceMapping', { UUID: m.UUID }))).toMatchObject({ code: 'ResourceNotFoundException' });
  });

  it('delivers messages in batches with the SQS record shape and deletes them on success', async () => {
    cloud = newCloud();
    const q = await createQueue(cloud, 'jobs');
    await createWorkerFunction(cloud, 'worker', RECORDS);
    await call(cloud, 'lambda', 'CreateEventSourceMapping', { EventSourceArn: q.arn, FunctionName: 'worker', BatchSize: 10 });
    for (let i = 0; i < 3; i++) await call(cloud, 'sqs', 'SendMessage', { QueueUrl: q.url, MessageBody: `job ${i}` });
    await cloud.settled();
    const lines = (await logs(cloud, 'worker')).filter((l) => l.includes('\tINFO\tgot'));
    expect(lines.map((l) => l.split('\tINFO\t')[1])).toEqual(['got job 0 aws:sqs 1\n', 'got job 1 aws:sqs 1\n', 'got job 2 aws:sqs 1\n']);
    expect(await count(cloud, q.url)).toBe(0);
  });

  it('a failing batch comes back after the visibility timeout, then goes to the dead-letter queue', async () => {
    cloud = newCloud();
    const dlq = await createQueue(cloud, 'jobs-dlq');
    const q = await createQueue(cloud, 'jobs', { VisibilityTimeout: '30', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 2 }) });
    await createWorkerFunction(cloud, 'worker', { 'index.mjs': 'export const handler = async () => { throw new Error("poison"); };' });
    await call(cloud, 'lambda', 'CreateEventSourceMapping', { EventSourceArn: q.arn, FunctionName: 'worker' });
    await call(cloud, 'sqs', 'SendMessage', { QueueUrl: q.url, MessageBody: 'poison pill' });
    await cloud.settled();
    const starts = async () => (await logs(cloud, 'worker')).filter((l) => l.startsWith('START')).length;
    expect(await starts()).toBe(1);
    await cloud.advance(31_000);
    expect(await starts()).toBe(2);
    await cloud.advance(31_000);
    expect(await starts()).toBe(2);
    expect(await count(cloud, q.url)).toBe(0);
    expect(await count(cloud, dlq.url)).toBe(1);
  });

  it('with ReportBatchItemFailures deletes all but the failed messages', async () => {
    cloud = newCloud();
    const q = await createQueue(cloud, 'jobs');
    await createWorkerFunction(cloud, 'worker', { 'index.mjs': 'export const handler = async (e) => ({ batchItemFailures: e.Records.filter((r) => r.body.startsWith("bad")).map((r) => ({ itemIdentifier: r.messageId })) });' });
    await call(cloud, 'sqs', 'SendMessageBatch', { QueueUrl: q.url, Entries: [{ Id: 'a', MessageBody: 'good 1' }, { Id: 'b', MessageBody: 'bad 2' }, { Id: 'c', MessageBody: 'good 3' }] });
    await call(cloud, 'lambda', 'CreateEventSourceMapping', { EventSourceArn: q.arn, FunctionName: 'worker', FunctionResponseTypes: ['ReportBatchItemFailures'] });
    await cloud.settled();
    expect(await count(cloud, q.url)).toBe(1);
  });

  it('refuses a queue whose visibility timeout is shorter than the function timeout', async () => {
    cloud = newCloud();
    const q = await createQueue(cloud, 'short', { VisibilityTimeout: '10' });
    await createWorkerFunction(cloud, 'slow', RECORDS, { Timeout: 60 });
    expect(await rejection(call(cloud, 'lambda', 'CreateEventSourceMapping', { EventSourceArn: q.arn, FunctionName: 'slow' }))).toMatchObject({
      code: 'InvalidParameterValueException', message: 'Queue visibility timeout: 10 seconds is less than Function timeout: 60 seconds',
    });
  });
});

describe('event-source mappings: SQS FIFO queues', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  const consoleLines = async (name: string) => (await logs(cloud, name)).filter((l) => l.includes('\tINFO\t')).map((l) => l.split('\tINFO\t')[1]!.trimEnd());
  const send = (url: string, body: string, group: string) => call(cloud, 'sqs', 'SendMessage', { QueueUrl: url, MessageBody: body, MessageGroupId: group, MessageDeduplicationId: body });

  it('delivers in order per message group; a failing message blocks only its own group until the queue redrives it', async () => {
    cloud = newCloud();
    const dlq = await createQueue(cloud, 'orders-dlq.fifo', { FifoQueue: 'true' });
    const q = await createQueue(cloud, 'orders.fifo', { FifoQueue: 'true', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 2 }) });
    await createWorkerFunction(cloud, 'worker', { 'index.mjs': 'export const handler = async (e) => { for (const r of e.Records) { console.log(r.body); if (r.body === "a1") throw new Error("poison"); } return {}; };' });
    // Sent before the mapping exists, so the first poll sees all four.
    for (const [body, group] of [['a1', 'A'], ['b1', 'B'], ['a2', 'A'], ['b2', 'B']] as const) await send(q.url, body, group);
    await call(cloud, 'lambda', 'CreateEventSourceMapping', { EventSourceArn: q.arn, FunctionName: 'worker', BatchSize: 1 });
    await cloud.settled();
    // a1 failed and is in flight: group A waits (a2 is not delivered), group B goes on in order.
    expect(await consoleLines('worker')).toEqual(['a1', 'b1', 'b2']);
    await cloud.advance(31_000);
    // a1 is visible again and first in its group: retried before a2.
    expect(await consoleLines('worker')).toEqual(['a1', 'b1', 'b2', 'a1']);
    await cloud.advance(31_000);
    // Its next receive would pass maxReceiveCount: redriven to the dead-letter queue, and a2 follows.
    expect(await consoleLines('worker')).toEqual(['a1', 'b1', 'b2', 'a1', 'a2']);
    expect(await count(cloud, q.url)).toBe(0);
    const moved = await call(cloud, 'sqs', 'ReceiveMessage', { QueueUrl: dlq.url, AttributeNames: ['All'] });
    expect((moved.Messages as Array<{ Body: string; Attributes: Record<string, string> }>).map((m) => [m.Body, m.Attributes.MessageGroupId, m.Attributes.ApproximateReceiveCount, m.Attributes.DeadLetterQueueSourceArn])).toEqual([
      ['a1', 'A', '3', q.arn],
    ]);
  });

  it('event records carry SequenceNumber, MessageGroupId and MessageDeduplicationId as SQS assigned them', async () => {
    cloud = newCloud();
    const q = await createQueue(cloud, 'orders.fifo', { FifoQueue: 'true' });
    await createWorkerFunction(cloud, 'worker', { 'index.mjs': 'export const handler = async (e) => { for (const r of e.Records) console.log(JSON.stringify(r.attributes)); };' });
    const sent = await send(q.url, 'order-1', 'customer-7');
    await call(cloud, 'lambda', 'CreateEventSourceMapping', { EventSourceArn: q.arn, FunctionName: 'worker' });
    await cloud.settled();
    const [line] = await consoleLines('worker');
    const attributes = JSON.parse(line!);
    expect(Object.keys(attributes)).toEqual(['ApproximateReceiveCount', 'SentTimestamp', 'SequenceNumber', 'MessageGroupId', 'SenderId', 'MessageDeduplicationId', 'ApproximateFirstReceiveTimestamp']);
    expect(attributes).toEqual({
      ApproximateReceiveCount: '1',
      SentTimestamp: expect.stringMatching(/^\d{13}$/),
      SequenceNumber: sent.SequenceNumber,
      MessageGroupId: 'customer-7',
      SenderId: expect.any(String),
      MessageDeduplicationId: 'order-1',
      ApproximateFirstReceiveTimestamp: expect.stringMatching(/^\d{13}$/),
    });
    expect(sent.SequenceNumber).toMatch(/^\d{20}$/);
  });

  it('a standard queue record has no FIFO attributes', async () => {
    cloud = newCloud();
    const q = await createQueue(cloud, 'jobs');
    await createWorkerFunction(cloud, 'worker', { 'index.mjs': 'export const handler = async (e) => { for (const r of e.Records) console.log(JSON.stringify(Object.keys(r.attributes))); };' });
    await call(cloud, 'sqs', 'SendMessage', { QueueUrl: q.url, MessageBody: 'job' });
    await call(cloud, 'lambda', 'CreateEventSourceMapping', { EventSourceArn: q.arn, FunctionName: 'worker' });
    await cloud.settled();
    expect(await consoleLines('worker')).toEqual(['["ApproximateReceiveCount","SentTimestamp","SenderId","ApproximateFirstReceiveTimestamp"]']);
  });
});
