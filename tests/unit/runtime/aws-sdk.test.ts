import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildSync } from 'esbuild';
import { createFunction, invoke, logs, newCloud, workerRole } from '../../helpers/cloud.ts';

const HANDLER = `
import { S3Client, PutObjectCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';

const s3 = new S3Client({});
const sqs = new SQSClient({});
const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const sts = new STSClient({});

export const handler = async (event) => {
  const me = await sts.send(new GetCallerIdentityCommand({}));
  await s3.send(new PutObjectCommand({ Bucket: 'uploads', Key: 'hello.txt', Body: 'hi ' + event.name }));
  const got = await s3.send(new GetObjectCommand({ Bucket: 'uploads', Key: 'hello.txt' }));
  const text = await got.Body.transformToString();
  await sqs.send(new SendMessageCommand({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/111111111111/jobs', MessageBody: text }));
  await ddb.send(new PutCommand({ TableName: 'notes', Item: { id: 'n1', text, tags: new Set(['a']) } }));
  const item = await ddb.send(new GetCommand({ TableName: 'notes', Key: { id: 'n1' } }));
  return { caller: me.Arn, text, item: { ...item.Item, tags: [...item.Item.tags] }, region: await s3.config.region() };
};
`;

describe('handlers call AWS with the runtime-provided SDK v3', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('as the execution role session, authorized by its policies, through the wire protocols', async () => {
    cloud = newCloud();
    await cloud.call({ service: 's3', action: 'CreateBucket', input: { Bucket: 'uploads' } });
    await cloud.call({ service: 'sqs', action: 'CreateQueue', input: { QueueName: 'jobs' } });
    await cloud.call({ service: 'dynamodb', action: 'CreateTable', input: { TableName: 'notes', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' } });
    const role = await workerRole(cloud, 'app-role');
    await cloud.call({ service: 'iam', action: 'PutRolePolicy', input: { RoleName: 'app-role', PolicyName: 'data', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject', 'dynamodb:PutItem', 'dynamodb:GetItem'], Resource: '*' }] }) } });
    await createFunction(cloud, 'app', { 'index.mjs': HANDLER }, { Role: role });
    const out = await invoke(cloud, 'app', { name: 'Ada' });
    expect(out.FunctionError).toBeUndefined();
    expect(out.json).toEqual({
      caller: expect.stringMatching(/^arn:aws:sts::111111111111:assumed-role\/app-role\/app$/),
      text: 'hi Ada',
      item: { id: 'n1', text: 'hi Ada', tags: ['a'] },
      region: 'us-east-1',
    });
    // Each SDK call is in the trace with the invocation that made it.
    const calls = cloud.state.trace.filter((e) => e.type === 'sdk.call').map((e) => [e.service, e.action, e.status]);
    expect(calls).toEqual([['sts', 'GetCallerIdentity', 200], ['s3', 'PutObject', 200], ['s3', 'GetObject', 200], ['sqs', 'SendMessage', 200], ['dynamodb', 'PutItem', 200], ['dynamodb', 'GetItem', 200]]);
    const invocation = cloud.state.trace.find((e) => e.type === 'invoke.started')!.requestId;
    expect(cloud.state.trace.filter((e) => e.type === 'sdk.call').every((e) => e.requestId === invocation)).toBe(true);
    const received = await cloud.call({ service: 'sqs', action: 'ReceiveMessage', input: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/111111111111/jobs' } });
    expect((received.Messages as Array<{ Body: string }>)[0]!.Body).toBe('hi Ada');
  });

  it('a call the role does not allow fails with AccessDenied in the service\'s words', async () => {
    cloud = newCloud();
    await cloud.call({ service: 's3', action: 'CreateBucket', input: { Bucket: 'uploads' } });
    await createFunction(cloud, 'app', {
      'index.mjs': `import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
        export const handler = async () => { try { await new S3Client({}).send(new PutObjectCommand({ Bucket: 'uploads', Key: 'k', Body: 'x' })); return 'stored'; } catch (e) { return { name: e.name, message: e.message, status: e.$metadata.httpStatusCode }; } };`,
    });
    const out = await invoke(cloud, 'app');
    expect(out.json).toEqual({ name: 'AccessDenied', message: expect.stringMatching(/^User: arn:aws:sts::111111111111:assumed-role\/lambda-basic\/app is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::uploads\/k because no identity-based policy allows the s3:PutObject action$/), status: 403 });
    expect((await logs(cloud, 'app')).some((l) => l.startsWith('REPORT'))).toBe(true);
    expect(cloud.state.trace.filter((e) => e.type === 'sdk.call').map((e) => [e.action, e.status, e.errorCode])).toEqual([['PutObject', 403, 'AccessDenied']]);
  });

  it('a function\'s own copy of an SDK package comes first, as in Lambda', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'app', {
      'node_modules/@aws-sdk/client-s3/package.json': '{"name":"@aws-sdk/client-s3","main":"index.js"}',
      'node_modules/@aws-sdk/client-s3/index.js': 'exports.mine = true;',
      'index.js': 'const s3 = require("@aws-sdk/client-s3"); exports.handler = async () => ({ mine: s3.mine === true, resolved: require.resolve("@aws-sdk/client-sqs") });',
    });
    expect((await invoke(cloud, 'app')).json).toEqual({ mine: true, resolved: '/var/runtime/node_modules/@aws-sdk/client-sqs/index.js' });
  });

  it('a function that brings its own SDK (as npm installs it) reaches the engine through the runtime\'s HTTP handler', async () => {
    cloud = newCloud();
    // The function's own @aws-sdk/client-sts: the Node.js build, with @smithy/node-http-handler left a
    // package of its own, as npm lays it out; that package is the real one (it would open sockets).
    const own = buildSync({ entryPoints: ['@aws-sdk/client-sts'], bundle: true, platform: 'node', format: 'cjs', write: false, external: ['@smithy/node-http-handler'], logLevel: 'silent' }).outputFiles[0]!.text;
    const require = createRequire(import.meta.url);
    const handlerDir = require.resolve('@smithy/node-http-handler').replace(/dist-cjs\/index\.js$/, '');
    await createFunction(cloud, 'own', {
      'node_modules/@aws-sdk/client-sts/package.json': '{"name":"@aws-sdk/client-sts","main":"index.js"}',
      'node_modules/@aws-sdk/client-sts/index.js': own,
      'node_modules/@smithy/node-http-handler/package.json': readFileSync(`${handlerDir}package.json`, 'utf8'),
      'node_modules/@smithy/node-http-handler/dist-cjs/index.js': readFileSync(`${handlerDir}dist-cjs/index.js`, 'utf8'),
      'index.js': `const { STSClient, GetCallerIdentityCommand } = require('@aws-sdk/client-sts');
        exports.handler = async () => ({ from: require.resolve('@aws-sdk/client-sts'), arn: (await new STSClient({}).send(new GetCallerIdentityCommand({}))).Arn });`,
    });
    const out = await invoke(cloud, 'own');
    expect(out.FunctionError).toBeUndefined();
    expect(out.json).toEqual({ from: '/var/task/node_modules/@aws-sdk/client-sts/index.js', arn: 'arn:aws:sts::111111111111:assumed-role/lambda-basic/own' });
  });
});

