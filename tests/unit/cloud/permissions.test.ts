import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { utf8 } from '../../../sandbox/cloud/bytes.ts';
import { createFunction, invoke, newCloud, rejection } from '../../helpers/cloud.ts';

const call = (cloud: Cloud, service: string, action: string, input: Record<string, unknown>, accessKeyId?: string) =>
  cloud.call({ service, action, input, ...(accessKeyId ? { accessKeyId } : {}) });
const PARTNER_KEY = 'AKIAI44QH8DHBEXAMPLE';
const TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
const ECHO = { 'index.mjs': 'export const handler = async (e) => e;' };

async function createFunctionAs(cloud: Cloud, accessKeyId: string) {
  const { zip } = await import('../../helpers/cloud.ts');
  return call(cloud, 'lambda', 'CreateFunction', { FunctionName: 'f', Runtime: 'nodejs24.x', Handler: 'index.handler', Role: 'arn:aws:iam::111111111111:role/lambda-basic', Code: { ZipFile: zip(ECHO) } }, accessKeyId);
}

describe('permissions', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('AddPermission returns the statement, GetPolicy the policy, RemovePermission removes it — in Lambda words', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'fn', ECHO);
    const added = await call(cloud, 'lambda', 'AddPermission', { FunctionName: 'fn', StatementId: 's3', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::my-bucket', SourceAccount: '111111111111' });
    expect(JSON.parse(String(added.Statement))).toEqual({
      Sid: 's3', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction',
      Resource: 'arn:aws:lambda:us-east-1:111111111111:function:fn',
      Condition: { StringEquals: { 'AWS:SourceAccount': '111111111111' }, ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::my-bucket' } },
    });
    const policy = await call(cloud, 'lambda', 'GetPolicy', { FunctionName: 'fn' });
    expect(JSON.parse(String(policy.Policy))).toMatchObject({ Version: '2012-10-17', Id: 'default', Statement: [{ Sid: 's3' }] });
    expect(await rejection(call(cloud, 'lambda', 'AddPermission', { FunctionName: 'fn', StatementId: 's3', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com' }))).toMatchObject({
      code: 'ResourceConflictException', status: 409, message: 'The statement id (s3) provided already exists. Please provide a new statement id, or remove the existing statement.',
    });
    expect(await rejection(call(cloud, 'lambda', 'AddPermission', { FunctionName: 'fn', Qualifier: '$LATEST', StatementId: 'x', Action: 'lambda:InvokeFunction', Principal: '*' }))).toMatchObject({
      message: 'We currently do not support adding policies for $LATEST.',
    });
    await call(cloud, 'lambda', 'RemovePermission', { FunctionName: 'fn', StatementId: 's3' });
    expect(await rejection(call(cloud, 'lambda', 'GetPolicy', { FunctionName: 'fn' }))).toMatchObject({ code: 'ResourceNotFoundException', message: 'No policy is associated with the given resource.' });
  });

  it('another account may invoke only what the function policy grants it', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'fn', ECHO);
    const arn = 'arn:aws:lambda:us-east-1:111111111111:function:fn';
    const denied = await rejection(call(cloud, 'lambda', 'Invoke', { FunctionName: arn, Payload: utf8('{}') }, PARTNER_KEY));
    expect(denied).toMatchObject({ code: 'AccessDeniedException', status: 403 });
    expect(denied.message).toBe(`User: arn:aws:iam::222222222222:user/partner-admin is not authorized to perform: lambda:InvokeFunction on resource: ${arn} because no resource-based policy allows the lambda:InvokeFunction action`);
    await call(cloud, 'lambda', 'AddPermission', { FunctionName: 'fn', StatementId: 'partner', Action: 'lambda:InvokeFunction', Principal: '222222222222' });
    const out = await call(cloud, 'lambda', 'Invoke', { FunctionName: arn, Payload: utf8('{"hi":1}') }, PARTNER_KEY);
    expect(new TextDecoder().decode(out.Payload as Uint8Array)).toBe('{"hi":1}');
  });

  it('a role without the logs permissions runs the function but delivers no logs, and the trace says why', async () => {
    cloud = newCloud();
    const role = await call(cloud, 'iam', 'CreateRole', { RoleName: 'no-logs', AssumeRolePolicyDocument: TRUST });
    const roleArn = String((role.Role as { Arn: string }).Arn);
    await createFunction(cloud, 'quiet', ECHO, { Role: roleArn });
    expect((await invoke(cloud, 'quiet', { a: 1 })).json).toEqual({ a: 1 });
    expect(await rejection(call(cloud, 'logs', 'FilterLogEvents', { logGroupName: '/aws/lambda/quiet' }))).toMatchObject({ code: 'ResourceNotFoundException' });
    const why = cloud.state.trace.find((t) => t.type === 'logs.denied');
    expect(String(why?.reason)).toContain('is not authorized to perform: logs:CreateLogGroup');
    await call(cloud, 'iam', 'AttachRolePolicy', { RoleName: 'no-logs', PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' });
    await invoke(cloud, 'quiet', { a: 2 });
    expect(((await call(cloud, 'logs', 'FilterLogEvents', { logGroupName: '/aws/lambda/quiet' })).events as unknown[]).length).toBeGreaterThan(0);
  });

  it('a role Lambda is not trusted to assume is refused at create', async () => {
    cloud = newCloud();
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
    const role = await call(cloud, 'iam', 'CreateRole', { RoleName: 'ec2-role', AssumeRolePolicyDocument: trust });
    expect(await rejection(createFunction(cloud, 'fn', ECHO, { Role: (role.Role as { Arn: string }).Arn }))).toMatchObject({
      code: 'InvalidParameterValueException', message: 'The role defined for the function cannot be assumed by Lambda.',
    });
  });

  it('a role session without iam:PassRole cannot give a function a role, and is denied what its policy lacks', async () => {
    cloud = newCloud();
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: 'sts:AssumeRole' }] });
    await call(cloud, 'iam', 'CreateRole', { RoleName: 'deployer', AssumeRolePolicyDocument: trust });
    await call(cloud, 'iam', 'PutRolePolicy', {
      RoleName: 'deployer', PolicyName: 'lambda-only',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:*', Resource: '*' }] }),
    });
    const assumed = await call(cloud, 'sts', 'AssumeRole', { RoleArn: 'arn:aws:iam::111111111111:role/deployer', RoleSessionName: 'ci' });
    const key = String((assumed.Credentials as { AccessKeyId: string }).AccessKeyId);
    const who = await call(cloud, 'sts', 'GetCallerIdentity', {}, key);
    expect(who.Arn).toBe('arn:aws:sts::111111111111:assumed-role/deployer/ci');
    const e = await rejection(createFunctionAs(cloud, key));
    expect(e).toMatchObject({ code: 'AccessDeniedException', status: 403 });
    expect(e.message).toBe('User: arn:aws:sts::111111111111:assumed-role/deployer/ci is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111111111111:role/lambda-basic because no identity-based policy allows the iam:PassRole action');
    const q = await rejection(call(cloud, 'sqs', 'CreateQueue', { QueueName: 'q' }, key));
    expect(q).toMatchObject({ code: 'AccessDenied', status: 403 });
  });
});

describe('the sandbox says what AWS only shows in a console', () => {
  it('tells the terminal when a function ran but its role could not deliver logs', async () => {
    const { Session, HOME } = await import('../../../sandbox/session.ts');
    const { MemoryFS } = await import('../../../sandbox/workspace/memory-fs.ts');
    const { NodeHost } = await import('../../../sandbox/runtime/hosts/node-host.ts');
    const { fixedTime } = await import('../../../sandbox/cloud/clock.ts');
    const session = new Session({ fs: MemoryFS.fromFiles(HOME, {}), host: new NodeHost(), time: fixedTime() });
    try {
      const role = await session.cloud.call({ service: 'iam', action: 'CreateRole', input: { RoleName: 'no-logs', AssumeRolePolicyDocument: TRUST } });
      await createFunction(session.cloud, 'quiet', ECHO, { Role: (role.Role as { Arn: string }).Arn });
      let err = '';
      await session.run('aws lambda invoke --function-name quiet out.json', { stdout: () => {}, stderr: (s) => (err += s) });
      expect(err).toContain('lab: no logs were delivered for quiet. The execution role arn:aws:iam::111111111111:role/no-logs cannot write logs');
      expect(err).toContain('Attach AWSLambdaBasicExecutionRole');
    } finally {
      session.dispose();
    }
  });
});

describe('what an execution role must allow', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('refuses a dead-letter queue the role cannot send to, in Lambda words', async () => {
    cloud = newCloud();
    const { QueueUrl } = await call(cloud, 'sqs', 'CreateQueue', { QueueName: 'dlq' });
    const arn = String(((await call(cloud, 'sqs', 'GetQueueAttributes', { QueueUrl, AttributeNames: ['QueueArn'] })).Attributes as Record<string, string>).QueueArn);
    expect(await rejection(createFunction(cloud, 'fn', ECHO, { DeadLetterConfig: { TargetArn: arn } }))).toMatchObject({
      code: 'InvalidParameterValueException', message: 'The provided execution role does not have permissions to call SendMessage on SQS',
    });
  });

  it('refuses an event-source mapping the role cannot poll', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'fn', ECHO);
    const { QueueUrl } = await call(cloud, 'sqs', 'CreateQueue', { QueueName: 'jobs' });
    const queueArn = String(((await call(cloud, 'sqs', 'GetQueueAttributes', { QueueUrl, AttributeNames: ['QueueArn'] })).Attributes as Record<string, string>).QueueArn);
    expect(await rejection(call(cloud, 'lambda', 'CreateEventSourceMapping', { EventSourceArn: queueArn, FunctionName: 'fn' }))).toMatchObject({
      message: 'The provided execution role does not have permissions to call ReceiveMessage on SQS',
    });
    await call(cloud, 'kinesis', 'CreateStream', { StreamName: 's', ShardCount: 1 });
    const streamArn = 'arn:aws:kinesis:us-east-1:111111111111:stream/s';
    expect(await rejection(call(cloud, 'lambda', 'CreateEventSourceMapping', { EventSourceArn: streamArn, FunctionName: 'fn', StartingPosition: 'LATEST' }))).toMatchObject({
      message: `Cannot access stream ${streamArn}. Please ensure the role can perform the GetRecords, GetShardIterator, DescribeStream, and ListShards Actions on your stream.`,
    });
  });

  it('a destination the role cannot send to receives nothing, and the trace says why', async () => {
    cloud = newCloud();
    const { QueueUrl } = await call(cloud, 'sqs', 'CreateQueue', { QueueName: 'done' });
    const arn = String(((await call(cloud, 'sqs', 'GetQueueAttributes', { QueueUrl, AttributeNames: ['QueueArn'] })).Attributes as Record<string, string>).QueueArn);
    await createFunction(cloud, 'fn', ECHO);
    await call(cloud, 'lambda', 'PutFunctionEventInvokeConfig', { FunctionName: 'fn', DestinationConfig: { OnSuccess: { Destination: arn } } });
    await call(cloud, 'lambda', 'Invoke', { FunctionName: 'fn', InvocationType: 'Event', Payload: utf8('{}') });
    await cloud.settled();
    expect((await call(cloud, 'sqs', 'ReceiveMessage', { QueueUrl })).Messages).toBeUndefined();
    expect(String(cloud.state.trace.find((t) => t.type === 'destination.failed')?.message)).toContain('is not authorized to perform: sqs:SendMessage');
  });
});
