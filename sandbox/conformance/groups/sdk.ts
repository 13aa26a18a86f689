/**
 * Handlers calling AWS with the SDK for JavaScript v3 that the runtime provides (no bundling, no npm):
 * the clients find the role's credentials and the region in the environment, sign, and their
 * requests reach the services over the real wire protocols — restXml (S3), awsJson (SQS, DynamoDB),
 * awsQuery (STS, SNS), restJson (Lambda) — as the execution role's session, authorized by its policies.
 */
import { WORKER_ROLE_STEPS, createWorker, dynamodb, esm, iam, invoke, queueUrl, s3, sqs } from '../build.ts';
import type { Scenario } from '../types.ts';

const allow = (actions: string[]) => iam('PutRolePolicy', {
  RoleName: 'lambda-worker',
  PolicyName: 'app-data',
  PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] }),
});

const TABLE = dynamodb('CreateTable', {
  TableName: 'notes',
  KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
  AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
  BillingMode: 'PAY_PER_REQUEST',
});

export const sdk: Scenario[] = [
  {
    name: 'A handler stores and reads an S3 object with @aws-sdk/client-s3 as its execution role',
    steps: [
      ...WORKER_ROLE_STEPS,
      { call: allow(['s3:PutObject', 's3:GetObject', 's3:ListBucket']) },
      { call: s3('CreateBucket', { Bucket: 'app-uploads' }) },
      {
        call: createWorker('store', esm(`import { S3Client, PutObjectCommand, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export const handler = async (event) => {
  const put = await s3.send(new PutObjectCommand({ Bucket: 'app-uploads', Key: 'notes/' + event.id + '.txt', Body: event.text, ContentType: 'text/plain' }));
  const got = await s3.send(new GetObjectCommand({ Bucket: 'app-uploads', Key: 'notes/' + event.id + '.txt' }));
  const list = await s3.send(new ListObjectsV2Command({ Bucket: 'app-uploads', Prefix: 'notes/' }));
  return { etag: put.ETag, body: await got.Body.transformToString(), type: got.ContentType, length: got.ContentLength, keys: list.Contents.map((c) => c.Key) };
};`)),
      },
      {
        call: invoke('store', { id: 'n1', text: 'buy milk' }),
        expect: { payload: { etag: '"179eff394e70940c08cade7d86c77606"', body: 'buy milk', type: 'text/plain', length: 8, keys: ['notes/n1.txt'] } },
      },
      { call: s3('GetObject', { Bucket: 'app-uploads', Key: 'notes/n1.txt' }), expect: { output: { ContentLength: 8 } } },
    ],
  },
  {
    name: 'A call the execution role does not allow fails in the handler with the service\'s AccessDenied',
    steps: [
      { call: s3('CreateBucket', { Bucket: 'app-uploads' }) },
      {
        call: createWorker('nope', esm(`import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
export const handler = async () => {
  try { await new S3Client({}).send(new PutObjectCommand({ Bucket: 'app-uploads', Key: 'k', Body: 'x' })); return 'stored'; }
  catch (e) { return { name: e.name, status: e.$metadata.httpStatusCode, message: e.message }; }
};`), { Role: 'arn:aws:iam::111111111111:role/lambda-basic' }),
      },
      {
        call: invoke('nope'),
        expect: { payloadMatch: { name: 'AccessDenied', status: 403, message: /^User: arn:aws:sts::111111111111:assumed-role\/lambda-basic\/nope is not authorized to perform: s3:PutObject on resource: / } },
      },
    ],
  },
  {
    name: 'SQS, DynamoDB (DocumentClient), STS and SNS from one handler, each over its own protocol',
    steps: [
      ...WORKER_ROLE_STEPS,
      { call: allow(['dynamodb:PutItem', 'dynamodb:GetItem', 'sns:CreateTopic', 'sqs:ReceiveMessage']) },
      { call: sqs('CreateQueue', { QueueName: 'jobs' }) },
      { call: TABLE },
      {
        call: createWorker('mixed', esm(`import { SQSClient, SendMessageCommand, GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { SNSClient, CreateTopicCommand } from '@aws-sdk/client-sns';
const sqs = new SQSClient({});
const docs = DynamoDBDocumentClient.from(new DynamoDBClient({}));
export const handler = async () => {
  const url = '${queueUrl('jobs')}';
  const sent = await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'job 1' }));
  const missing = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url + '-gone', AttributeNames: ['All'] })).catch((e) => e.name);
  await docs.send(new PutCommand({ TableName: 'notes', Item: { id: 'a', n: 42, tags: new Set(['x', 'y']), nested: { ok: true } } }));
  const item = (await docs.send(new GetCommand({ TableName: 'notes', Key: { id: 'a' } }))).Item;
  const me = await new STSClient({}).send(new GetCallerIdentityCommand({}));
  const topic = await new SNSClient({}).send(new CreateTopicCommand({ Name: 'alerts' }));
  return { md5: sent.MD5OfMessageBody, missing, item: { ...item, tags: [...item.tags].sort() }, caller: me.Arn, topic: topic.TopicArn };
};`)),
      },
      {
        call: invoke('mixed'),
        expect: {
          payload: {
            md5: '4109b43353d20279284322e55d470859', missing: 'QueueDoesNotExist',
            item: { id: 'a', n: 42, tags: ['x', 'y'], nested: { ok: true } },
            caller: 'arn:aws:sts::111111111111:assumed-role/lambda-worker/mixed',
            topic: 'arn:aws:sns:us-east-1:111111111111:alerts',
          },
        },
      },
      { call: sqs('ReceiveMessage', { QueueUrl: queueUrl('jobs') }), expect: { output: { Messages: [{ Body: 'job 1' }] } } },
    ],
  },
  {
    name: 'A handler invokes another function synchronously with @aws-sdk/client-lambda',
    steps: [
      ...WORKER_ROLE_STEPS,
      { call: createWorker('callee', esm('export const handler = async (e) => ({ doubled: e.n * 2 });')) },
      {
        call: createWorker('caller', esm(`import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';
const lambda = new LambdaClient({});
export const handler = async () => {
  const out = await lambda.send(new InvokeCommand({ FunctionName: 'callee', Payload: JSON.stringify({ n: 21 }) }));
  return { status: out.StatusCode, version: out.ExecutedVersion, result: JSON.parse(new TextDecoder().decode(out.Payload)) };
};`)),
      },
      { call: invoke('caller'), expect: { payload: { status: 200, version: '$LATEST', result: { doubled: 42 } } } },
    ],
  },
];

