import { afterEach, describe, expect, it } from 'vitest';
import { LambdaClient, CreateFunctionCommand, InvokeCommand, GetFunctionCommand, PublishVersionCommand, CreateAliasCommand, AddPermissionCommand, GetPolicyCommand } from '@aws-sdk/client-lambda';
import { S3Client, CreateBucketCommand, PutObjectCommand, GetObjectCommand, ListObjectsV2Command, HeadObjectCommand, DeleteObjectCommand } from '@aws-sdk/client-s3';
import { SQSClient, CreateQueueCommand, SendMessageCommand, ReceiveMessageCommand, GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import { DynamoDBClient, CreateTableCommand, PutItemCommand, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { IAMClient, CreateRoleCommand, GetRoleCommand, ListAttachedRolePoliciesCommand, AttachRolePolicyCommand } from '@aws-sdk/client-iam';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { SNSClient, CreateTopicCommand, GetTopicAttributesCommand, PublishCommand } from '@aws-sdk/client-sns';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { newCloud, zip, ROLE } from '../../helpers/cloud.ts';
import { sdkConfig } from './sdk-harness.ts';

describe('the official SDK v3 clients against the wire router', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('Lambda (restJson): create, invoke with a log tail, publish, alias, permission, errors', async () => {
    cloud = newCloud();
    const lambda = new LambdaClient(sdkConfig(cloud));
    const created = await lambda.send(new CreateFunctionCommand({
      FunctionName: 'hello', Runtime: 'nodejs24.x', Handler: 'index.handler', Role: ROLE,
      Code: { ZipFile: zip({ 'index.mjs': 'export const handler = async (e) => { console.log("hi", e.name); return { message: `Hello, ${e.name}!` }; };' }) },
    }));
    expect(created.$metadata.httpStatusCode).toBe(201);
    expect(created.FunctionArn).toBe('arn:aws:lambda:us-east-1:111111111111:function:hello');
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'hello', Payload: JSON.stringify({ name: 'Ada' }), LogType: 'Tail' }));
    expect(out.StatusCode).toBe(200);
    expect(out.ExecutedVersion).toBe('$LATEST');
    expect(JSON.parse(new TextDecoder().decode(out.Payload))).toEqual({ message: 'Hello, Ada!' });
    expect(Buffer.from(out.LogResult!, 'base64').toString()).toMatch(/INFO\thi Ada/);
    const event = await lambda.send(new InvokeCommand({ FunctionName: 'hello', InvocationType: 'Event', Payload: '{}' }));
    expect(event.StatusCode).toBe(202);
    const v = await lambda.send(new PublishVersionCommand({ FunctionName: 'hello' }));
    expect(v.Version).toBe('1');
    const alias = await lambda.send(new CreateAliasCommand({ FunctionName: 'hello', Name: 'live', FunctionVersion: '1' }));
    expect(alias.AliasArn).toBe('arn:aws:lambda:us-east-1:111111111111:function:hello:live');
    await lambda.send(new AddPermissionCommand({ FunctionName: 'hello', Qualifier: 'live', StatementId: 's3', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::photos' }));
    const policy = await lambda.send(new GetPolicyCommand({ FunctionName: 'hello', Qualifier: 'live' }));
    expect(JSON.parse(policy.Policy!).Statement[0]).toMatchObject({ Sid: 's3', Principal: { Service: 's3.amazonaws.com' } });
    const missing = await lambda.send(new GetFunctionCommand({ FunctionName: 'nope' })).catch((e) => e);
    expect(missing.name).toBe('ResourceNotFoundException');
    expect(missing.message).toBe('Function not found: arn:aws:lambda:us-east-1:111111111111:function:nope');
    expect(missing.$metadata.httpStatusCode).toBe(404);
  });

  it('S3 (restXml): buckets and objects, virtual-hosted, with checksums and metadata', async () => {
    cloud = newCloud();
    const s3 = new S3Client(sdkConfig(cloud));
    await s3.send(new CreateBucketCommand({ Bucket: 'photos' }));
    const put = await s3.send(new PutObjectCommand({ Bucket: 'photos', Key: 'a dir/cat.txt', Body: 'meow', ContentType: 'text/plain', Metadata: { owner: 'ada' } }));
    expect(put.ETag).toBe('"4a4be40c96ac6314e91d93f38043a634"');
    const got = await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'a dir/cat.txt' }));
    expect(await got.Body!.transformToString()).toBe('meow');
    expect(got.ContentType).toBe('text/plain');
    expect(got.Metadata).toEqual({ owner: 'ada' });
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'photos', Key: 'a dir/cat.txt' }));
    expect(head.ContentLength).toBe(4);
    const list = await s3.send(new ListObjectsV2Command({ Bucket: 'photos' }));
    expect(list.KeyCount).toBe(1);
    expect(list.Contents!.map((c) => c.Key)).toEqual(['a dir/cat.txt']);
    expect(list.Contents![0]!.LastModified).toBeInstanceOf(Date);
    await s3.send(new DeleteObjectCommand({ Bucket: 'photos', Key: 'a dir/cat.txt' }));
    const gone = await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'a dir/cat.txt' })).catch((e) => e);
    expect(gone.name).toBe('NoSuchKey');
    expect(gone.$metadata.httpStatusCode).toBe(404);
  });

  it('SQS (JSON 1.0), DynamoDB (JSON 1.0)', async () => {
    cloud = newCloud();
    const sqs = new SQSClient(sdkConfig(cloud));
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'jobs' }));
    expect(QueueUrl).toBe('https://sqs.us-east-1.amazonaws.com/111111111111/jobs');
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'job 1', MessageAttributes: { kind: { DataType: 'String', StringValue: 'x' } } }));
    const r = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MessageAttributeNames: ['All'] }));
    expect(r.Messages![0]).toMatchObject({ Body: 'job 1', MessageAttributes: { kind: { DataType: 'String', StringValue: 'x' } } });
    const missing = await sqs.send(new GetQueueUrlCommand({ QueueName: 'nope' })).catch((e) => e);
    expect(missing.name).toBe('QueueDoesNotExist');
    const ddb = new DynamoDBClient(sdkConfig(cloud));
    await ddb.send(new CreateTableCommand({ TableName: 'notes', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' }));
    await ddb.send(new PutItemCommand({ TableName: 'notes', Item: { id: { S: '1' }, n: { N: '42' }, b: { B: new Uint8Array([1, 2, 3]) } } }));
    const item = await ddb.send(new GetItemCommand({ TableName: 'notes', Key: { id: { S: '1' } } }));
    expect(item.Item).toEqual({ id: { S: '1' }, n: { N: '42' }, b: { B: new Uint8Array([1, 2, 3]) } });
  });

  it('IAM, STS and SNS (query protocol)', async () => {
    cloud = newCloud();
    const iam = new IAMClient(sdkConfig(cloud));
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
    const role = await iam.send(new CreateRoleCommand({ RoleName: 'worker', AssumeRolePolicyDocument: trust, Tags: [{ Key: 'team', Value: 'a' }] }));
    expect(role.Role!.Arn).toBe('arn:aws:iam::111111111111:role/worker');
    expect(role.Role!.CreateDate).toBeInstanceOf(Date);
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'worker', PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' }));
    const attached = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'worker' }));
    expect(attached.AttachedPolicies).toEqual([{ PolicyName: 'AWSLambdaBasicExecutionRole', PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' }]);
    const got = await iam.send(new GetRoleCommand({ RoleName: 'worker' }));
    expect(JSON.parse(decodeURIComponent(got.Role!.AssumeRolePolicyDocument!))).toEqual(JSON.parse(trust));
    const missing = await iam.send(new GetRoleCommand({ RoleName: 'nope' })).catch((e) => e);
    expect(missing.name).toBe('NoSuchEntityException');
    const sts = new STSClient(sdkConfig(cloud));
    expect(await sts.send(new GetCallerIdentityCommand({}))).toMatchObject({ Account: '111111111111', Arn: 'arn:aws:iam::111111111111:user/learner' });
    const sns = new SNSClient(sdkConfig(cloud));
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'news' }));
    expect(TopicArn).toBe('arn:aws:sns:us-east-1:111111111111:news');
    const attrs = await sns.send(new GetTopicAttributesCommand({ TopicArn }));
    expect(attrs.Attributes!.TopicArn).toBe(TopicArn);
    const pub = await sns.send(new PublishCommand({ TopicArn, Message: 'hello' }));
    expect(pub.MessageId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the JSON 1.1 services through the official SDK v3 clients', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('Kinesis (blobs as base64, timestamps as epoch seconds), CloudWatch Logs and EventBridge', async () => {
    cloud = newCloud();
    const { KinesisClient, CreateStreamCommand, PutRecordCommand, GetShardIteratorCommand, GetRecordsCommand, DescribeStreamCommand } = await import('@aws-sdk/client-kinesis');
    const kinesis = new KinesisClient(sdkConfig(cloud));
    await kinesis.send(new CreateStreamCommand({ StreamName: 'clicks', ShardCount: 1 }));
    const put = await kinesis.send(new PutRecordCommand({ StreamName: 'clicks', PartitionKey: 'u1', Data: new Uint8Array([0, 1, 254, 255]) }));
    expect(put.ShardId).toBe('shardId-000000000000');
    const described = await kinesis.send(new DescribeStreamCommand({ StreamName: 'clicks' }));
    expect(described.StreamDescription!.StreamCreationTimestamp).toBeInstanceOf(Date);
    const it = await kinesis.send(new GetShardIteratorCommand({ StreamName: 'clicks', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }));
    const records = await kinesis.send(new GetRecordsCommand({ ShardIterator: it.ShardIterator }));
    expect(records.Records![0]!.Data).toEqual(new Uint8Array([0, 1, 254, 255]));
    expect(records.Records![0]!.ApproximateArrivalTimestamp).toBeInstanceOf(Date);

    const { CloudWatchLogsClient, DescribeLogGroupsCommand } = await import('@aws-sdk/client-cloudwatch-logs');
    const groups = await new CloudWatchLogsClient(sdkConfig(cloud)).send(new DescribeLogGroupsCommand({}));
    expect(groups.logGroups).toEqual([]);

    const { EventBridgeClient, PutRuleCommand, PutEventsCommand, DescribeRuleCommand } = await import('@aws-sdk/client-eventbridge');
    const events = new EventBridgeClient(sdkConfig(cloud));
    const rule = await events.send(new PutRuleCommand({ Name: 'orders', EventPattern: JSON.stringify({ source: ['shop'] }) }));
    expect(rule.RuleArn).toBe('arn:aws:events:us-east-1:111111111111:rule/orders');
    expect((await events.send(new DescribeRuleCommand({ Name: 'orders' }))).State).toBe('ENABLED');
    const sent = await events.send(new PutEventsCommand({ Entries: [{ Source: 'shop', DetailType: 'Order', Detail: '{"id":1}' }] }));
    expect(sent.FailedEntryCount).toBe(0);
    const missing = await events.send(new DescribeRuleCommand({ Name: 'nope' })).catch((e) => e);
    expect(missing.name).toBe('ResourceNotFoundException');
  });
});
