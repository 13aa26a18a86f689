import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { utf8 } from '../../../sandbox/cloud/bytes.ts';
import { createWorkerFunction, logs, newCloud, createQueue } from '../../helpers/cloud.ts';

const call = (cloud: Cloud, service: string, action: string, input: Record<string, unknown>) => cloud.call({ service, action, input });

async function stream(cloud: Cloud, name: string) {
  await call(cloud, 'kinesis', 'CreateStream', { StreamName: name, ShardCount: 1 });
  const d = await call(cloud, 'kinesis', 'DescribeStreamSummary', { StreamName: name });
  return String((d.StreamDescriptionSummary as { StreamARN: string }).StreamARN);
}

const put = (cloud: Cloud, name: string, data: string) => call(cloud, 'kinesis', 'PutRecord', { StreamName: name, Data: utf8(data), PartitionKey: 'pk' });
const info = async (cloud: Cloud, name: string) => (await logs(cloud, name).catch(() => [])).filter((l) => l.includes('\tINFO\t')).map((l) => l.split('\tINFO\t')[1]!.trim());


describe('event-source mappings: streams', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('delivers Kinesis records in order with the Kinesis record shape', async () => {
    cloud = newCloud();
    const arn = await stream(cloud, 'clicks');
    await createWorkerFunction(cloud, 'reader', { 'index.mjs': 'export const handler = async (e) => { for (const r of e.Records) console.log(Buffer.from(r.kinesis.data, "base64").toString(), r.eventName, r.eventSource); };' });
    await call(cloud, 'lambda', 'CreateEventSourceMapping', { EventSourceArn: arn, FunctionName: 'reader', StartingPosition: 'TRIM_HORIZON', BatchSize: 2 });
    for (const d of ['a', 'b', 'c']) await put(cloud, 'clicks', d);
    await cloud.settled();
    expect(await info(cloud, 'reader')).toEqual(['a aws:kinesis:record aws:kinesis', 'b aws:kinesis:record aws:kinesis', 'c aws:kinesis:record aws:kinesis']);
  });

  it('LATEST starts after the mapping was created', async () => {
    cloud = newCloud();
    const arn = await stream(cloud, 'clicks');
    await put(cloud, 'clicks', 'before');
    await createWorkerFunction(cloud, 'reader', { 'index.mjs': 'export const handler = async (e) => { for (const r of e.Records) console.log(Buffer.from(r.kinesis.data, "base64").toString()); };' });
    await call(cloud, 'lambda', 'CreateEventSourceMapping', { EventSourceArn: arn, FunctionName: 'reader', StartingPosition: 'LATEST' });
    await put(cloud, 'clicks', 'after');
    await cloud.settled();
    expect(await info(cloud, 'reader')).toEqual(['after']);
  });

  it('a failing batch blocks its shard until MaximumRetryAttempts, then the batch info goes to the on-failure destination', async () => {
    cloud = newCloud();
    const arn = await stream(cloud, 'orders');
    const dest = await createQueue(cloud, 'stream-failures');
    await createWorkerFunction(cloud, 'picky', { 'index.mjs': 'export const handler = async (e) => { for (const r of e.Records) { const d = Buffer.from(r.kinesis.data, "base64").toString(); if (d === "bad") throw new Error("bad record"); console.log(d); } };' });
    await call(cloud, 'lambda', 'CreateEventSourceMapping', {
      EventSourceArn: arn, FunctionName: 'picky', StartingPosition: 'TRIM_HORIZON', BatchSize: 1, MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: dest.arn } },
    });
    await put(cloud, 'orders', 'ok-1');
    await put(cloud, 'orders', 'bad');
    await put(cloud, 'orders', 'ok-2');
    await cloud.settled();
    // In order, and blocked: ok-2 waits behind the failing record.
    expect(await info(cloud, 'picky')).toEqual(['ok-1']);
    await cloud.advance(5_000);
    expect(await info(cloud, 'picky')).toEqual(['ok-1', 'ok-2']);
    const starts = (await logs(cloud, 'picky')).filter((l) => l.startsWith('START')).length;
    expect(starts).toBe(5); // ok-1, bad ×3 (1 + 2 retries), ok-2
    const out = await call(cloud, 'sqs', 'ReceiveMessage', { QueueUrl: dest.url });
    const record = JSON.parse((out.Messages as Array<{ Body: string }>)[0]!.Body);
    expect(record.requestContext).toMatchObject({ condition: 'RetryAttemptsExhausted', approximateInvokeCount: 3 });
    expect(record.KinesisBatchInfo).toMatchObject({ shardId: 'shardId-000000000000', batchSize: 1, streamArn: arn });
  });

  it('delivers DynamoDB stream records for INSERT, MODIFY and REMOVE', async () => {
    cloud = newCloud();
    const t = await call(cloud, 'dynamodb', 'CreateTable', {
      TableName: 'users', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST', StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
    const streamArn = String((t.TableDescription as { LatestStreamArn: string }).LatestStreamArn);
    await createWorkerFunction(cloud, 'audit', { 'index.mjs': 'export const handler = async (e) => { for (const r of e.Records) console.log(r.eventName, r.eventSource, JSON.stringify(r.dynamodb.Keys)); };' });
    await call(cloud, 'lambda', 'CreateEventSourceMapping', { EventSourceArn: streamArn, FunctionName: 'audit', StartingPosition: 'LATEST' });
    await call(cloud, 'dynamodb', 'PutItem', { TableName: 'users', Item: { id: { S: 'u1' }, name: { S: 'Ada' } } });
    await call(cloud, 'dynamodb', 'UpdateItem', { TableName: 'users', Key: { id: { S: 'u1' } }, UpdateExpression: 'SET #n = :n', ExpressionAttributeNames: { '#n': 'name' }, ExpressionAttributeValues: { ':n': { S: 'Grace' } } });
    await call(cloud, 'dynamodb', 'DeleteItem', { TableName: 'users', Key: { id: { S: 'u1' } } });
    await cloud.settled();
    expect(await info(cloud, 'audit')).toEqual(['INSERT aws:dynamodb {"id":{"S":"u1"}}', 'MODIFY aws:dynamodb {"id":{"S":"u1"}}', 'REMOVE aws:dynamodb {"id":{"S":"u1"}}']);
  });
});
