import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { lineageCount, traceHeaderFor } from '../../../sandbox/cloud/lambda/trace-header.ts';
import { createWorkerFunction, invoke, logs, newCloud } from '../../helpers/cloud.ts';

const call = (cloud: Cloud, service: string, action: string, input: Record<string, unknown>) => cloud.call({ service, action, input });
const starts = async (cloud: Cloud, name: string) => (await logs(cloud, name)).filter((l) => l.startsWith('START')).length;
const stopped = (cloud: Cloud) => cloud.state.trace.filter((e) => e.type === 'invoke.recursion-stopped');

const ROLE_POLICY = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:PutObject', 'sqs:SendMessage', 'sns:Publish'], Resource: '*' }] };

async function allowData(cloud: Cloud) {
  await call(cloud, 'iam', 'PutRolePolicy', { RoleName: 'lambda-worker', PolicyName: 'loop', PolicyDocument: JSON.stringify(ROLE_POLICY) });
}

describe('recursive loop detection: the trace header counts a chain through Lambda, SQS, SNS and S3', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('the header reads back its own count, and AWS-style Lineage fields read the same way', () => {
    expect(lineageCount(traceHeaderFor('c793869b-ee49-115b-a5b6-4fd21e8dedac', 1_700_000_000_000, 'arn:aws:lambda:us-east-1:111111111111:function:f:$LATEST', 4))).toBe(5);
    expect(lineageCount('Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0;Lineage=1:a87bd80c:3')).toBe(3);
    expect(lineageCount('Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1')).toBe(0);
    expect(lineageCount(undefined)).toBe(0);
  });

  it('a handler sees _X_AMZN_TRACE_ID with its place in the chain', async () => {
    cloud = newCloud();
    await createWorkerFunction(cloud, 'echo', { 'index.mjs': 'export const handler = async () => process.env._X_AMZN_TRACE_ID;' });
    const header = (await invoke(cloud, 'echo')).json as string;
    expect(header).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0;Lineage=[0-9a-f]{8}:1$/);
  });

  it('a function that writes to the bucket that triggers it is stopped after 16 invocations', async () => {
    cloud = newCloud();
    await call(cloud, 's3', 'CreateBucket', { Bucket: 'loop-bucket' });
    const fn = await createWorkerFunction(cloud, 'copier', {
      'index.mjs': `import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
        const s3 = new S3Client({});
        export const handler = async (event) => { const key = event.Records[0].s3.object.key; await s3.send(new PutObjectCommand({ Bucket: 'loop-bucket', Key: key + 'x', Body: 'again' })); };`,
    });
    await allowData(cloud);
    await call(cloud, 'lambda', 'AddPermission', { FunctionName: 'copier', StatementId: 's3', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::loop-bucket' });
    await call(cloud, 's3', 'PutBucketNotificationConfiguration', { Bucket: 'loop-bucket', NotificationConfiguration: { LambdaFunctionConfigurations: [{ LambdaFunctionArn: fn.FunctionArn, Events: ['s3:ObjectCreated:*'] }] } });
    await call(cloud, 's3', 'PutObject', { Bucket: 'loop-bucket', Key: 'k', Body: new TextEncoder().encode('first') });
    await cloud.settled();
    expect(await starts(cloud, 'copier')).toBe(16);
    expect(stopped(cloud)).toHaveLength(1);
    const keys = ((await call(cloud, 's3', 'ListObjectsV2', { Bucket: 'loop-bucket' })).Contents as Array<{ Key: string }>).map((c) => c.Key);
    expect(keys).toHaveLength(17);
  });

  it('a function that sends to the queue it consumes is stopped after 16 invocations; the message ends in the dead-letter queue', async () => {
    cloud = newCloud();
    const dlq = await call(cloud, 'sqs', 'CreateQueue', { QueueName: 'loop-dlq' });
    const dlqArn = 'arn:aws:sqs:us-east-1:111111111111:loop-dlq';
    const q = await call(cloud, 'sqs', 'CreateQueue', { QueueName: 'loop', Attributes: { VisibilityTimeout: '10', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 1 }) } });
    await createWorkerFunction(cloud, 'relay', {
      'index.mjs': `import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
        const sqs = new SQSClient({});
        export const handler = async (event) => { for (const r of event.Records) await sqs.send(new SendMessageCommand({ QueueUrl: '${String(q.QueueUrl)}', MessageBody: r.body + '.' })); };`,
    });
    await allowData(cloud);
    await call(cloud, 'lambda', 'CreateEventSourceMapping', { EventSourceArn: 'arn:aws:sqs:us-east-1:111111111111:loop', FunctionName: 'relay', BatchSize: 1 });
    await call(cloud, 'sqs', 'SendMessage', { QueueUrl: q.QueueUrl, MessageBody: 'm' });
    await cloud.settled();
    expect(await starts(cloud, 'relay')).toBe(16);
    expect(stopped(cloud).length).toBeGreaterThanOrEqual(1);
    await cloud.advance(11_000);
    await cloud.settled();
    expect(await starts(cloud, 'relay')).toBe(16);
    const dead = await call(cloud, 'sqs', 'ReceiveMessage', { QueueUrl: dlq.QueueUrl, AttributeNames: ['All'] });
    const messages = dead.Messages as Array<{ Body: string; Attributes: Record<string, string> }>;
    expect(messages.map((m) => m.Body)).toEqual([`m${'.'.repeat(16)}`]);
    expect(lineageCount(messages[0]!.Attributes.AWSTraceHeader)).toBe(16);
  });

  it('a function that publishes to the topic it subscribes to is stopped after 16; RecursiveLoop Allow lets the chain go on', async () => {
    cloud = newCloud();
    const topic = await call(cloud, 'sns', 'CreateTopic', { Name: 'loop' });
    const fn = await createWorkerFunction(cloud, 'echoer', {
      'index.mjs': `import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
        const sns = new SNSClient({});
        export const handler = async (event) => { const n = Number(event.Records[0].Sns.Message); if (n < 20) await sns.send(new PublishCommand({ TopicArn: '${String(topic.TopicArn)}', Message: String(n + 1) })); };`,
    });
    await allowData(cloud);
    await call(cloud, 'lambda', 'AddPermission', { FunctionName: 'echoer', StatementId: 'sns', Action: 'lambda:InvokeFunction', Principal: 'sns.amazonaws.com', SourceArn: topic.TopicArn });
    await call(cloud, 'sns', 'Subscribe', { TopicArn: topic.TopicArn, Protocol: 'lambda', Endpoint: fn.FunctionArn });
    await call(cloud, 'sns', 'Publish', { TopicArn: topic.TopicArn, Message: '1' });
    await cloud.settled();
    expect(await starts(cloud, 'echoer')).toBe(16);
    expect(stopped(cloud)).toHaveLength(1);

    await call(cloud, 'lambda', 'PutFunctionRecursionConfig', { FunctionName: 'echoer', RecursiveLoop: 'Allow' });
    await call(cloud, 'sns', 'Publish', { TopicArn: topic.TopicArn, Message: '1' });
    await cloud.settled();
    expect(await starts(cloud, 'echoer')).toBe(16 + 20);
    expect(stopped(cloud)).toHaveLength(1);
  });
});
