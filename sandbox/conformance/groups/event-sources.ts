/**
 * Event-source mappings: an SQS queue delivering batches, a failing message redriven to the queue's
 * dead-letter queue, ReportBatchItemFailures; a Kinesis stream in order with a blocked shard and an
 * on-failure destination; a DynamoDB stream's INSERT, MODIFY and REMOVE.
 */
import { arn, createWorker, WORKER_ROLE_STEPS, dynamodb, esm, fromStep, group, kinesis, lambda, payload, queueArn, queueUrl, receiveAll, sqs } from '../build.ts';
import { line, START } from '../patterns.ts';
import type { Scenario } from '../types.ts';

const mapping = (name: string, source: unknown, extra: Record<string, unknown> = {}) => lambda('CreateEventSourceMapping', { EventSourceArn: source, FunctionName: name, ...extra });
const send = (queue: string, body: string) => sqs('SendMessage', { QueueUrl: queueUrl(queue), MessageBody: body });
const queueSize = (queue: string) => sqs('GetQueueAttributes', { QueueUrl: queueUrl(queue), AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] });
const size = (visible: number, notVisible = 0) => ({ output: { Attributes: { ApproximateNumberOfMessages: String(visible), ApproximateNumberOfMessagesNotVisible: String(notVisible) } } });
const starts = (name: string, n: number) => ({ logGroup: group(name), logCount: [[START, n]] as Array<[RegExp, number]> });
const put = (stream: string, data: string) => kinesis('PutRecord', { StreamName: stream, Data: payload(data), PartitionKey: 'pk' });

const RECORDS = esm('export const handler = async (e) => { for (const r of e.Records) console.log("got", r.body, r.eventSource, r.attributes.ApproximateReceiveCount); return {}; };');

export const eventSources: Scenario[] = [
  {
    name: 'An SQS mapping delivers the messages as one batch of SQS records and deletes them on success',
    steps: [
      ...WORKER_ROLE_STEPS,
      { call: sqs('CreateQueue', { QueueName: 'jobs' }) },
      { call: createWorker('worker', RECORDS) },
      {
        call: mapping('worker', queueArn('jobs'), { BatchSize: 10 }),
        expect: { output: { BatchSize: 10, MaximumBatchingWindowInSeconds: 0, EventSourceArn: queueArn('jobs'), FunctionArn: arn('worker'), State: 'Creating', StateTransitionReason: 'USER_INITIATED', UUID: /^[0-9a-f-]{36}$/ } },
      },
      { call: lambda('GetEventSourceMapping', { UUID: fromStep(2 + WORKER_ROLE_STEPS.length, 'UUID') }), expect: { output: { State: 'Enabled' } } },
      { call: sqs('SendMessageBatch', { QueueUrl: queueUrl('jobs'), Entries: [0, 1, 2].map((i) => ({ Id: `m${i}`, MessageBody: `job ${i}` })) }) },
      {
        settle: true,
        expect: {
          logGroup: group('worker'),
          logs: [line.start(), line.console('INFO', 'got job 0 aws:sqs 1'), line.console('INFO', 'got job 1 aws:sqs 1'), line.console('INFO', 'got job 2 aws:sqs 1'), line.end()],
          logCount: [[START, 1]],
        },
      },
      { call: queueSize('jobs'), expect: size(0) },
    ],
  },
  {
    name: 'A message whose batch keeps failing comes back after the visibility timeout and goes to the dead-letter queue after maxReceiveCount',
    steps: [
      ...WORKER_ROLE_STEPS,
      { call: sqs('CreateQueue', { QueueName: 'jobs-dlq' }) },
      { call: sqs('CreateQueue', { QueueName: 'jobs', Attributes: { VisibilityTimeout: '30', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: queueArn('jobs-dlq'), maxReceiveCount: 2 }) } }) },
      { call: createWorker('worker', esm('export const handler = async (e) => { console.log("receive", e.Records[0].attributes.ApproximateReceiveCount); throw new Error("poison"); };')) },
      { call: mapping('worker', queueArn('jobs')) },
      { call: send('jobs', 'poison pill') },
      { settle: true, expect: starts('worker', 1) },
      { advance: 31_000, note: 'the visibility timeout ends: the second receive', expect: { ...starts('worker', 2), logs: [line.any('START'), /\tINFO\treceive 1$/, line.any('START'), /\tINFO\treceive 2$/] } },
      { advance: 31_000, note: 'the third receive would pass maxReceiveCount: redriven instead', expect: starts('worker', 2) },
      { call: queueSize('jobs'), expect: size(0) },
      { call: receiveAll('jobs-dlq'), expect: { output: { Messages: [{ Body: 'poison pill' }] } } },
    ],
  },
  {
    name: 'With ReportBatchItemFailures only the messages the function names stay on the queue',
    steps: [
      ...WORKER_ROLE_STEPS,
      { call: sqs('CreateQueue', { QueueName: 'jobs' }) },
      { call: createWorker('worker', esm('export const handler = async (e) => ({ batchItemFailures: e.Records.filter((r) => r.body.startsWith("bad")).map((r) => ({ itemIdentifier: r.messageId })) });')) },
      { call: sqs('SendMessageBatch', { QueueUrl: queueUrl('jobs'), Entries: [{ Id: 'a', MessageBody: 'good 1' }, { Id: 'b', MessageBody: 'bad 2' }, { Id: 'c', MessageBody: 'good 3' }] }) },
      { call: mapping('worker', queueArn('jobs'), { FunctionResponseTypes: ['ReportBatchItemFailures'] }), expect: { output: { FunctionResponseTypes: ['ReportBatchItemFailures'] } } },
      { settle: true, expect: starts('worker', 1) },
      { call: queueSize('jobs'), expect: size(0, 1) },
    ],
  },
  {
    name: 'A queue whose visibility timeout is shorter than the function timeout is refused as an event source',
    steps: [
      ...WORKER_ROLE_STEPS,
      { call: sqs('CreateQueue', { QueueName: 'short', Attributes: { VisibilityTimeout: '10' } }) },
      { call: createWorker('slow', RECORDS, { Timeout: 60 }) },
      { call: mapping('slow', queueArn('short')), expect: { error: { code: 'InvalidParameterValueException', message: 'Queue visibility timeout: 10 seconds is less than Function timeout: 60 seconds' } } },
    ],
  },
  {
    name: 'A Kinesis mapping delivers records in order; a failing record blocks its shard until the retries run out, then RetryAttemptsExhausted goes to the on-failure destination',
    steps: [
      ...WORKER_ROLE_STEPS,
      { call: kinesis('CreateStream', { StreamName: 'orders', ShardCount: 1 }) },
      { call: kinesis('DescribeStreamSummary', { StreamName: 'orders' }), expect: { output: { StreamDescriptionSummary: { StreamARN: /^arn:aws:kinesis:us-east-1:111111111111:stream\/orders$/ } } } },
      { call: sqs('CreateQueue', { QueueName: 'stream-failures' }) },
      { call: createWorker('picky', esm('export const handler = async (e) => { for (const r of e.Records) { const d = Buffer.from(r.kinesis.data, "base64").toString(); if (d === "bad") throw new Error("bad record"); console.log(d, r.eventName, r.eventSource); } };')) },
      {
        call: mapping('picky', fromStep(1 + WORKER_ROLE_STEPS.length, 'StreamDescriptionSummary.StreamARN'), { StartingPosition: 'TRIM_HORIZON', BatchSize: 1, MaximumRetryAttempts: 2, DestinationConfig: { OnFailure: { Destination: queueArn('stream-failures') } } }),
        expect: { output: { StartingPosition: 'TRIM_HORIZON', MaximumRetryAttempts: 2, DestinationConfig: { OnFailure: { Destination: queueArn('stream-failures') } } } },
      },
      { call: put('orders', 'ok-1') },
      { call: put('orders', 'bad') },
      { call: put('orders', 'ok-2') },
      { settle: true, note: 'ok-2 waits behind the failing record', expect: { logGroup: group('picky'), logCount: [[/\tINFO\tok-1 aws:kinesis:record aws:kinesis$/, 1], [/\tINFO\tok-2 /, 0]] } },
      { advance: 5_000, expect: { logGroup: group('picky'), logCount: [[START, 5], [/\tINFO\tok-2 aws:kinesis:record aws:kinesis$/, 1]], logs: [/\tINFO\tok-1 /, /\tINFO\tok-2 /] } },
      {
        call: receiveAll('stream-failures'),
        expect: {
          json: [{
            path: 'Messages.0.Body',
            match: {
              requestContext: { condition: 'RetryAttemptsExhausted', approximateInvokeCount: 3, functionArn: arn('picky') },
              KinesisBatchInfo: { shardId: 'shardId-000000000000', batchSize: 1, streamArn: /^arn:aws:kinesis:us-east-1:111111111111:stream\/orders$/ },
            },
          }],
        },
      },
    ],
  },
  {
    name: 'A DynamoDB stream mapping delivers INSERT, MODIFY and REMOVE records in order',
    steps: [
      ...WORKER_ROLE_STEPS,
      {
        call: dynamodb('CreateTable', {
          TableName: 'users', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          BillingMode: 'PAY_PER_REQUEST', StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
        }),
        expect: { output: { TableDescription: { LatestStreamArn: /^arn:aws:dynamodb:us-east-1:111111111111:table\/users\/stream\// } } },
      },
      { call: createWorker('audit', esm('export const handler = async (e) => { for (const r of e.Records) console.log(r.eventName, r.eventSource, JSON.stringify(r.dynamodb.Keys), JSON.stringify(r.dynamodb.NewImage?.name ?? null)); };')) },
      { call: mapping('audit', fromStep(0 + WORKER_ROLE_STEPS.length, 'TableDescription.LatestStreamArn'), { StartingPosition: 'LATEST' }) },
      { call: dynamodb('PutItem', { TableName: 'users', Item: { id: { S: 'u1' }, name: { S: 'Ada' } } }) },
      { call: dynamodb('UpdateItem', { TableName: 'users', Key: { id: { S: 'u1' } }, UpdateExpression: 'SET #n = :n', ExpressionAttributeNames: { '#n': 'name' }, ExpressionAttributeValues: { ':n': { S: 'Grace' } } }) },
      { call: dynamodb('DeleteItem', { TableName: 'users', Key: { id: { S: 'u1' } } }) },
      {
        settle: true,
        expect: {
          logGroup: group('audit'),
          logs: [
            line.console('INFO', 'INSERT aws:dynamodb {"id":{"S":"u1"}} {"S":"Ada"}'),
            line.console('INFO', 'MODIFY aws:dynamodb {"id":{"S":"u1"}} {"S":"Grace"}'),
            line.console('INFO', 'REMOVE aws:dynamodb {"id":{"S":"u1"}} null'),
          ],
        },
      },
    ],
  },
];
