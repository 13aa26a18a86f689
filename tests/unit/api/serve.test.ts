/**
 * `lab serve`: the official AWS SDK v3 clients, unchanged, over real HTTP to the server, and the same
 * scenario typed as `aws` commands in the sandbox shell — the two must agree, since what a learner
 * types in the sandbox should transfer to the tools they use at work.
 */
import http from 'node:http';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LambdaClient, AddPermissionCommand, CreateAliasCommand, CreateEventSourceMappingCommand, CreateFunctionCommand, GetPolicyCommand, InvokeCommand, PublishLayerVersionCommand, PublishVersionCommand } from '@aws-sdk/client-lambda';
import { S3Client, CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { SQSClient, CreateQueueCommand, GetQueueAttributesCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { DynamoDBClient, CreateTableCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { IAMClient, AttachRolePolicyCommand, CreateRoleCommand } from '@aws-sdk/client-iam';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { createRouter } from '../../../sandbox/api/router.ts';
import { close, createAwsServer, listen } from '../../../sandbox/api/server.ts';
import type { WireRequest, WireResponse } from '../../../sandbox/api/http.ts';
import { Session, HOME } from '../../../sandbox/session.ts';
import { MemoryFS } from '../../../sandbox/workspace/memory-fs.ts';
import { NodeHost } from '../../../sandbox/runtime/hosts/node-host.ts';
import { fixedTime } from '../../../sandbox/cloud/clock.ts';
import { newCloud, zip } from '../../helpers/cloud.ts';

const TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
const LAYER = { 'nodejs/node_modules/greeting/index.js': 'exports.greet = (name) => `Hello, ${name}!`;\n' };
const CODE = {
  'index.js': [
    "const { greet } = require('greeting');",
    'exports.handler = async (event) => {',
    '  if (event.Records) { for (const r of event.Records) console.log("consumed", r.body); return {}; }',
    '  console.log("greeting", event.name);',
    '  return { message: greet(event.name) };',
    '};',
    '',
  ].join('\n'),
};
const BASIC = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
const SQS_POLL = 'arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole';
const PERMISSION = { StatementId: 's3', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::photos' };

/** What the scenario leaves behind, in terms both paths can produce. */
interface Outcome {
  caller: string;
  roleArn: string;
  layerVersionArn: string;
  functionArn: string;
  version: string;
  aliasArn: string;
  statement: unknown;
  sync: { status: number; executedVersion: string; payload: unknown; tail: string[] };
  event: { status: number; payload: string };
  dryRun: { status: number; payload: string };
  mapping: { functionArn: string; eventSourceArn: string; batchSize: number };
  consumed: string[];
  object: { etag: string; body: string; keys: string[] };
}

/** A log tail's messages without the timestamp and request id, which differ between runs. */
const messages = (tail: string) => tail.split('\n').filter((l) => l.includes('\tINFO\t')).map((l) => l.split('\tINFO\t')[1]!);

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes ?? new Uint8Array(0));

async function until<T>(what: () => Promise<T | undefined>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function throughSdk(endpoint: string): Promise<Outcome> {
  const config = { endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }, maxAttempts: 1 };
  const iam = new IAMClient(config);
  const sts = new STSClient(config);
  const lambda = new LambdaClient(config);
  const sqs = new SQSClient(config);
  const s3 = new S3Client({ ...config, forcePathStyle: true });
  const logs = new CloudWatchLogsClient(config);

  const caller = (await sts.send(new GetCallerIdentityCommand({}))).Arn!;
  const role = await iam.send(new CreateRoleCommand({ RoleName: 'serve-worker', AssumeRolePolicyDocument: TRUST }));
  for (const PolicyArn of [BASIC, SQS_POLL]) await iam.send(new AttachRolePolicyCommand({ RoleName: 'serve-worker', PolicyArn }));
  const layer = await lambda.send(new PublishLayerVersionCommand({ LayerName: 'greeting', Content: { ZipFile: zip(LAYER) }, CompatibleRuntimes: ['nodejs24.x'] }));
  const fn = await lambda.send(new CreateFunctionCommand({
    FunctionName: 'hello', Runtime: 'nodejs24.x', Handler: 'index.handler', Role: role.Role!.Arn, Code: { ZipFile: zip(CODE) }, Layers: [layer.LayerVersionArn!],
  }));
  const version = await lambda.send(new PublishVersionCommand({ FunctionName: 'hello' }));
  const alias = await lambda.send(new CreateAliasCommand({ FunctionName: 'hello', Name: 'live', FunctionVersion: version.Version }));
  await lambda.send(new AddPermissionCommand({ FunctionName: 'hello', Qualifier: 'live', ...PERMISSION }));
  const policy = await lambda.send(new GetPolicyCommand({ FunctionName: 'hello', Qualifier: 'live' }));

  const sync = await lambda.send(new InvokeCommand({ FunctionName: 'hello:live', Payload: JSON.stringify({ name: 'Ada' }), LogType: 'Tail' }));
  const event = await lambda.send(new InvokeCommand({ FunctionName: 'hello', InvocationType: 'Event', Payload: JSON.stringify({ name: 'Bo' }) }));
  const dryRun = await lambda.send(new InvokeCommand({ FunctionName: 'hello', InvocationType: 'DryRun' }));

  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'jobs' }));
  const queueArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
  const mapping = await lambda.send(new CreateEventSourceMappingCommand({ FunctionName: alias.AliasArn, EventSourceArn: queueArn, BatchSize: 1 }));
  await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'job 1' }));
  const consumed = await until(async () => {
    const found = await logs.send(new FilterLogEventsCommand({ logGroupName: '/aws/lambda/hello', filterPattern: 'consumed' }));
    const lines = (found.events ?? []).map((e) => e.message!.split('\tINFO\t')[1]!);
    return lines.length ? lines : undefined;
  });
  await until(async () => {
    const a = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }))).Attributes!;
    return a.ApproximateNumberOfMessages === '0' && a.ApproximateNumberOfMessagesNotVisible === '0' ? true : undefined;
  });

  await s3.send(new CreateBucketCommand({ Bucket: 'photos' }));
  const put = await s3.send(new PutObjectCommand({ Bucket: 'photos', Key: 'cats/tom.txt', Body: 'meow' }));
  const got = await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'cats/tom.txt' }));
  const list = await s3.send(new ListObjectsV2Command({ Bucket: 'photos' }));

  return {
    caller,
    roleArn: role.Role!.Arn!,
    layerVersionArn: layer.LayerVersionArn!,
    functionArn: fn.FunctionArn!,
    version: version.Version!,
    aliasArn: alias.AliasArn!,
    statement: JSON.parse(policy.Policy!).Statement,
    sync: { status: sync.StatusCode!, executedVersion: sync.ExecutedVersion!, payload: JSON.parse(text(sync.Payload)), tail: messages(Buffer.from(sync.LogResult!, 'base64').toString()) },
    event: { status: event.StatusCode!, payload: text(event.Payload) },
    dryRun: { status: dryRun.StatusCode!, payload: text(dryRun.Payload) },
    mapping: { functionArn: mapping.FunctionArn!, eventSourceArn: mapping.EventSourceArn!, batchSize: mapping.BatchSize! },
    consumed,
    object: { etag: put.ETag!, body: await got.Body!.transformToString(), keys: (list.Contents ?? []).map((c) => c.Key!) },
  };
}

async function throughShell(session: Session): Promise<Outcome> {
  const run = async (line: string) => {
    let stdout = '';
    let stderr = '';
    const rc = await session.run(line, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
    if (rc !== 0) throw new Error(`${line}\n→ ${rc}: ${stderr}`);
    return stdout;
  };
  const json = async (line: string) => JSON.parse(await run(line));
  const file = async (p: string) => text(await session.shell.fs.readFile(`${HOME}/${p}`));
  // The sandbox's `aws` writes no outfile when the answer has no payload (Event, DryRun); the real CLI
  // writes an empty one. Either way the payload is empty.
  const maybeFile = (p: string) => file(p).catch(() => '');

  const caller = (await json('aws sts get-caller-identity')).Arn;
  const role = await json(`aws iam create-role --role-name serve-worker --assume-role-policy-document '${TRUST}'`);
  for (const arn of [BASIC, SQS_POLL]) await run(`aws iam attach-role-policy --role-name serve-worker --policy-arn ${arn}`);
  const layer = await json('aws lambda publish-layer-version --layer-name greeting --zip-file fileb://layer.zip --compatible-runtimes nodejs24.x');
  const fn = await json(`aws lambda create-function --function-name hello --runtime nodejs24.x --handler index.handler --role ${role.Role.Arn} --zip-file fileb://function.zip --layers ${layer.LayerVersionArn}`);
  const version = await json('aws lambda publish-version --function-name hello');
  const alias = await json(`aws lambda create-alias --function-name hello --name live --function-version ${version.Version}`);
  await run(`aws lambda add-permission --function-name hello --qualifier live --statement-id ${PERMISSION.StatementId} --action ${PERMISSION.Action} --principal ${PERMISSION.Principal} --source-arn ${PERMISSION.SourceArn}`);
  const policy = await json('aws lambda get-policy --function-name hello --qualifier live');

  const sync = await json(`aws lambda invoke --function-name hello:live --payload '{"name":"Ada"}' --log-type Tail sync.json`);
  const event = await json(`aws lambda invoke --function-name hello --invocation-type Event --payload '{"name":"Bo"}' event.json`);
  const dryRun = await json('aws lambda invoke --function-name hello --invocation-type DryRun dry.json');

  const queue = await json('aws sqs create-queue --queue-name jobs');
  const queueArn = (await json(`aws sqs get-queue-attributes --queue-url ${queue.QueueUrl} --attribute-names QueueArn`)).Attributes.QueueArn;
  const mapping = await json(`aws lambda create-event-source-mapping --function-name ${alias.AliasArn} --event-source-arn ${queueArn} --batch-size 1`);
  await run(`aws sqs send-message --queue-url ${queue.QueueUrl} --message-body 'job 1'`);
  await session.cloud.settled();
  const found = await json(`aws logs filter-log-events --log-group-name /aws/lambda/hello --filter-pattern consumed`);

  await run('aws s3api create-bucket --bucket photos');
  await run('echo -n meow > tom.txt');
  const put = await json('aws s3api put-object --bucket photos --key cats/tom.txt --body tom.txt');
  await run('aws s3api get-object --bucket photos --key cats/tom.txt got.txt');
  const list = await json('aws s3api list-objects-v2 --bucket photos');

  return {
    caller,
    roleArn: role.Role.Arn,
    layerVersionArn: layer.LayerVersionArn,
    functionArn: fn.FunctionArn,
    version: version.Version,
    aliasArn: alias.AliasArn,
    statement: JSON.parse(policy.Policy).Statement,
    sync: { status: sync.StatusCode, executedVersion: sync.ExecutedVersion, payload: JSON.parse(await file('sync.json')), tail: messages(Buffer.from(sync.LogResult, 'base64').toString()) },
    event: { status: event.StatusCode, payload: await maybeFile('event.json') },
    dryRun: { status: dryRun.StatusCode, payload: await maybeFile('dry.json') },
    mapping: { functionArn: mapping.FunctionArn, eventSourceArn: mapping.EventSourceArn, batchSize: mapping.BatchSize },
    consumed: found.events.map((e: { message: string }) => e.message.split('\tINFO\t')[1]),
    object: { etag: put.ETag, body: await file('got.txt'), keys: list.Contents.map((c: { Key: string }) => c.Key) },
  };
}

/** One raw HTTP exchange, for what an SDK would not send (a virtual host, a bad body). */
function exchange(port: number, options: http.RequestOptions, body?: Uint8Array | string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, ...options }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('lab serve: the official SDK v3 clients over HTTP', () => {
  let cloud: Cloud;
  let server: http.Server;
  let port: number;
  let outcome: Outcome;

  beforeAll(async () => {
    cloud = newCloud();
    const route = createRouter({ call: (r) => cloud.call(r), requestId: () => cloud.ids.uuid() });
    server = createAwsServer({ route, requestId: () => cloud.ids.uuid() });
    port = await listen(server, 0, '127.0.0.1');
  });
  afterAll(async () => {
    await close(server);
    cloud.dispose();
  });

  it('runs the scenario: role, layer, function, version, alias, permission, three invocation types, SQS mapping, S3', async () => {
    outcome = await throughSdk(`http://127.0.0.1:${port}`);
    expect(outcome).toMatchObject({
      caller: 'arn:aws:iam::111111111111:user/learner',
      roleArn: 'arn:aws:iam::111111111111:role/serve-worker',
      layerVersionArn: 'arn:aws:lambda:us-east-1:111111111111:layer:greeting:1',
      functionArn: 'arn:aws:lambda:us-east-1:111111111111:function:hello',
      version: '1',
      aliasArn: 'arn:aws:lambda:us-east-1:111111111111:function:hello:live',
      sync: { status: 200, executedVersion: '1', payload: { message: 'Hello, Ada!' }, tail: ['greeting Ada'] },
      event: { status: 202, payload: '' },
      dryRun: { status: 204, payload: '' },
      mapping: { functionArn: 'arn:aws:lambda:us-east-1:111111111111:function:hello:live', eventSourceArn: 'arn:aws:sqs:us-east-1:111111111111:jobs', batchSize: 1 },
      consumed: ['consumed job 1\n'],
      object: { etag: '"4a4be40c96ac6314e91d93f38043a634"', body: 'meow', keys: ['cats/tom.txt'] },
    });
    expect(outcome.statement).toEqual([{
      Sid: 's3', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction',
      Resource: 'arn:aws:lambda:us-east-1:111111111111:function:hello:live', Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::photos' } },
    }]);
  });

  it('gives the same results as the same scenario typed as `aws` commands in the sandbox shell', async () => {
    const fs = MemoryFS.fromFiles(HOME, { 'function.zip': zip(CODE), 'layer.zip': zip(LAYER) });
    const session = new Session({ fs, host: new NodeHost(), time: fixedTime() });
    try {
      expect(await throughShell(session)).toEqual(outcome);
    } finally {
      session.dispose();
    }
  });

  it('DynamoDB over HTTP', async () => {
    const ddb = new DynamoDBClient({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    await ddb.send(new CreateTableCommand({ TableName: 'notes', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' }));
    await ddb.send(new PutItemCommand({ TableName: 'notes', Item: { id: { S: '1' }, n: { N: '42' } } }));
    expect((await ddb.send(new GetItemCommand({ TableName: 'notes', Key: { id: { S: '1' } } }))).Item).toEqual({ id: { S: '1' }, n: { N: '42' } });
  });

  it('S3 virtual-hosted on bucket.localhost, and path-style, reach the same bucket', async () => {
    const s3 = new S3Client({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'vhost' }));
    const put = await exchange(port, { method: 'PUT', path: '/notes/a.txt', headers: { host: `vhost.localhost:${port}`, 'content-type': 'text/plain' } }, 'virtual');
    expect(put.status).toBe(200);
    expect(put.headers.etag).toMatch(/^"[0-9a-f]{32}"$/);
    const got = await s3.send(new GetObjectCommand({ Bucket: 'vhost', Key: 'notes/a.txt' }));
    expect(await got.Body!.transformToString()).toBe('virtual');
    const list = await exchange(port, { method: 'GET', path: '/?list-type=2', headers: { host: `vhost.localhost:${port}` } });
    expect(list.body).toContain('<Key>notes/a.txt</Key>');
    expect(list.body).toContain('<Name>vhost</Name>');
    const missing = await exchange(port, { method: 'GET', path: '/nope.txt', headers: { host: `vhost.localhost:${port}` } });
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('<Code>NoSuchKey</Code>');
  });
});

describe('lab serve: what the router never sees', () => {
  let server: http.Server;
  let port: number;
  let ids = 0;
  const requestId = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;
  let route: (r: WireRequest) => Promise<WireResponse>;

  beforeAll(async () => {
    server = createAwsServer({ route: (r) => route(r), requestId, maxBodyBytes: 1000 });
    port = await listen(server, 0, '127.0.0.1');
  });
  afterAll(() => close(server));

  const lambdaAuth = 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=0';

  it('refuses a body over the limit in each service\'s words, by Content-Length and by chunked transfer', async () => {
    route = async () => { throw new Error('the router must not be called'); };
    const big = new Uint8Array(5000);
    const invoke = await exchange(port, { method: 'POST', path: '/2015-03-31/functions/hello/invocations', headers: { authorization: lambdaAuth } }, big);
    expect(invoke.status).toBe(413);
    expect(invoke.headers['x-amzn-errortype']).toBe('RequestEntityTooLargeException');
    expect(JSON.parse(invoke.body)).toEqual({ Type: 'User', Message: 'Request must be smaller than 1000 bytes for the InvokeFunction operation' });
    const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method: 'PUT', path: '/photos/big.bin', headers: { 'transfer-encoding': 'chunked' } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      for (let i = 0; i < 5; i++) req.write(new Uint8Array(600));
      req.end();
    });
    expect(chunked.status).toBe(400);
    expect(chunked.body).toContain('<Code>EntityTooLarge</Code><Message>Your proposed upload exceeds the maximum allowed size</Message><ProposedSize>3000</ProposedSize><MaxSizeAllowed>1000</MaxSizeAllowed>');
    const sqs = await exchange(port, { method: 'POST', path: '/', headers: { 'x-amz-target': 'AmazonSQS.SendMessage', 'content-type': 'application/x-amz-json-1.0' } }, big);
    expect(sqs.status).toBe(413);
    expect(JSON.parse(sqs.body)).toMatchObject({ __type: 'com.amazonaws.sqs#RequestEntityTooLarge', message: 'Request must be smaller than 1000 bytes for the SendMessage operation' });
  });

  it('refuses an upload announced with Expect: 100-continue before its body is sent', async () => {
    route = async () => { throw new Error('the router must not be called'); };
    const answer = await new Promise<{ status: number; body: string; continued: boolean }>((resolve, reject) => {
      let continued = false;
      const req = http.request({ host: '127.0.0.1', port, method: 'PUT', path: '/photos/big.bin', headers: { expect: '100-continue', 'content-length': '5000' } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body, continued }));
      });
      req.on('continue', () => {
        continued = true;
        req.end(new Uint8Array(5000));
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(answer).toMatchObject({ status: 400, continued: false });
    expect(answer.body).toContain('<Code>EntityTooLarge</Code>');
  });

  it('writes header values HTTP cannot carry as RFC 2047 encoded words, as S3 does for metadata', async () => {
    route = async () => ({ status: 200, headers: { 'x-amz-meta-city': '東京', 'x-amz-meta-name': 'plain' }, body: new Uint8Array(0) });
    const r = await exchange(port, { method: 'GET', path: '/photos/a.txt' });
    expect(r.status).toBe(200);
    expect(r.headers['x-amz-meta-city']).toBe(`=?UTF-8?B?${Buffer.from('東京').toString('base64')}?=`);
    expect(r.headers['x-amz-meta-name']).toBe('plain');
  });

  it('answers a failure outside the router with a 500 in the protocol, and goes on', async () => {
    route = async () => { throw new Error('boom'); };
    const r = await exchange(port, { method: 'GET', path: '/2015-03-31/functions/', headers: { authorization: lambdaAuth } });
    expect(r.status).toBe(500);
    expect(JSON.parse(r.body)).toMatchObject({ Type: 'Service', Message: expect.stringMatching(/^An internal error occurred \(request [0-9a-f-]{36}\)\.$/) });
    route = async () => ({ status: 200, headers: { 'content-type': 'application/json' }, body: new TextEncoder().encode('{}') });
    expect((await exchange(port, { method: 'GET', path: '/2015-03-31/functions/', headers: { authorization: lambdaAuth } })).status).toBe(200);
  });

  it('answers bytes that are not HTTP with 400 and keeps serving', async () => {
    const net = await import('node:net');
    const reply = await new Promise<string>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write('\x00\x01 garbage \r\n\r\n'));
      let data = '';
      socket.on('data', (c) => (data += c));
      socket.on('close', () => resolve(data));
      socket.on('error', () => resolve(data));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    route = async () => ({ status: 200, headers: {}, body: new Uint8Array(0) });
    expect((await exchange(port, { method: 'GET', path: '/' })).status).toBe(200);
  });
});

describe('lab serve as a command', () => {
  it('listens, says where, serves the workspace\'s cloud and saves it on SIGTERM', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lab-serve-'));
    const child = spawn(process.execPath, [path.resolve('bin/lab.mjs'), 'serve', '--port', '0', '--workspace', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let out = '';
      child.stdout.on('data', (c) => (out += c));
      const line = await until(async () => (out.includes('\n') ? out.split('\n')[0] : undefined), 15_000);
      expect(line).toMatch(/^lab serve: the sandbox's AWS is listening on http:\/\/127\.0\.0\.1:\d+ .*--endpoint-url http:\/\/localhost:\d+/);
      const port = Number(/127\.0\.0\.1:(\d+)/.exec(line)![1]);
      const sqs = new SQSClient({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
      expect((await sqs.send(new CreateQueueCommand({ QueueName: 'served' }))).QueueUrl).toBe('https://sqs.us-east-1.amazonaws.com/111111111111/served');
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const state = JSON.parse(readFileSync(path.join(dir, '.lab/state.json'), 'utf8'));
      expect(Object.values(state.sqs.queues).map((q) => (q as { name: string }).name)).toContain('served');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
