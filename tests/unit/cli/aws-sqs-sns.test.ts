/** `aws sqs` and `aws sns`: flags → request input (JSON / query member names), pagination, output, help. */
import { describe, expect, it } from 'vitest';
import { sandbox, type Responder } from './harness.ts';

const text = (bytes: unknown) => new TextDecoder().decode(bytes as Uint8Array);
const QUEUE = 'https://sqs.us-east-1.amazonaws.com/111111111111/orders';
const TOPIC = 'arn:aws:sns:us-east-1:111111111111:alerts';

function pager(pages: Record<string, Record<string, unknown>>): Responder {
  return (request) => pages[(request.input.NextToken as string | undefined) ?? ''];
}

describe('aws sqs: queues', () => {
  it('create-queue takes --attributes and --tags as shorthand maps', async () => {
    const box = sandbox(() => ({ QueueUrl: QUEUE }));
    const run = await box.run('aws sqs create-queue --queue-name orders --attributes DelaySeconds=5,VisibilityTimeout=60 --tags team=blue');
    expect(run).toMatchObject({ rc: 0, stderr: '', stdout: `{\n    "QueueUrl": "${QUEUE}"\n}\n` });
    expect(box.requests[0]).toMatchObject({ service: 'sqs', action: 'CreateQueue', region: 'us-east-1' });
    expect(box.requests[0].input).toEqual({ QueueName: 'orders', Attributes: { DelaySeconds: '5', VisibilityTimeout: '60' }, tags: { team: 'blue' } });
  });

  it('create-queue takes --attributes as JSON (a redrive policy is a JSON string inside)', async () => {
    const box = sandbox(() => ({ QueueUrl: QUEUE }));
    const policy = '{\\"deadLetterTargetArn\\":\\"arn:aws:sqs:us-east-1:111111111111:dlq\\",\\"maxReceiveCount\\":\\"3\\"}';
    await box.run(`aws sqs create-queue --queue-name orders.fifo --attributes '{"FifoQueue": "true", "RedrivePolicy": "${policy}"}'`);
    expect(box.requests[0].input).toEqual({
      QueueName: 'orders.fifo',
      Attributes: { FifoQueue: 'true', RedrivePolicy: '{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:111111111111:dlq","maxReceiveCount":"3"}' },
    });
  });

  it('get-queue-url, delete-queue and purge-queue; the last two print nothing', async () => {
    const box = sandbox((request) => (request.action === 'GetQueueUrl' ? { QueueUrl: QUEUE } : {}));
    const url = await box.run('aws sqs get-queue-url --queue-name orders --queue-owner-aws-account-id 111111111111 --query QueueUrl --output text');
    expect(url.stdout).toBe(`${QUEUE}\n`);
    expect((await box.run(`aws sqs purge-queue --queue-url ${QUEUE}`)).stdout).toBe('');
    expect((await box.run(`aws sqs delete-queue --queue-url ${QUEUE}`)).stdout).toBe('');
    expect(box.requests.map((r) => [r.action, r.input])).toEqual([
      ['GetQueueUrl', { QueueName: 'orders', QueueOwnerAWSAccountId: '111111111111' }],
      ['PurgeQueue', { QueueUrl: QUEUE }],
      ['DeleteQueue', { QueueUrl: QUEUE }],
    ]);
  });

  it('list-queues follows NextToken and merges QueueUrls; --page-size sets MaxResults', async () => {
    const box = sandbox(pager({ '': { QueueUrls: ['q1', 'q2'], NextToken: 't1' }, t1: { QueueUrls: ['q3'] } }));
    const run = await box.run('aws sqs list-queues --queue-name-prefix q --page-size 2');
    expect(box.requests.map((r) => r.input)).toEqual([
      { QueueNamePrefix: 'q', MaxResults: 2 },
      { QueueNamePrefix: 'q', MaxResults: 2, NextToken: 't1' },
    ]);
    expect(JSON.parse(run.stdout)).toEqual({ QueueUrls: ['q1', 'q2', 'q3'] });
  });

  it('list-queues with its own --max-results makes one call and prints the NextToken', async () => {
    const box = sandbox(pager({ '': { QueueUrls: ['q1'], NextToken: 't1' } }));
    const run = await box.run('aws sqs list-queues --max-results 1');
    expect(box.requests.map((r) => r.input)).toEqual([{ MaxResults: 1 }]);
    expect(JSON.parse(run.stdout)).toEqual({ QueueUrls: ['q1'], NextToken: 't1' });
    const both = await box.run('aws sqs list-queues --max-results 1 --page-size 2');
    expect(both).toMatchObject({ rc: 252, stderr: '\nCannot specify --no-paginate along with pagination arguments: --page-size\n' });
  });

  it('list-queues prints nothing when there are no queues', async () => {
    const run = await sandbox(() => ({})).run('aws sqs list-queues');
    expect(run).toMatchObject({ rc: 0, stdout: '', stderr: '' });
  });

  it('get-queue-attributes and set-queue-attributes', async () => {
    const box = sandbox((request) => (request.action === 'GetQueueAttributes' ? { Attributes: { QueueArn: 'arn:q', DelaySeconds: '0' } } : {}));
    const got = await box.run(`aws sqs get-queue-attributes --queue-url ${QUEUE} --attribute-names All`);
    expect(got.stdout).toBe('{\n    "Attributes": {\n        "QueueArn": "arn:q",\n        "DelaySeconds": "0"\n    }\n}\n');
    const set = await box.run(`aws sqs set-queue-attributes --queue-url ${QUEUE} --attributes VisibilityTimeout=120`);
    expect(set.stdout).toBe('');
    expect(box.requests.map((r) => r.input)).toEqual([
      { QueueUrl: QUEUE, AttributeNames: ['All'] },
      { QueueUrl: QUEUE, Attributes: { VisibilityTimeout: '120' } },
    ]);
    const missing = await box.run(`aws sqs set-queue-attributes --queue-url ${QUEUE}`);
    expect(missing.stderr).toContain('aws: error: the following arguments are required: --attributes\n');
  });
});

describe('aws sqs: messages', () => {
  it('send-message maps the body, delay, FIFO ids and --message-attributes shorthand', async () => {
    const box = sandbox(() => ({ MD5OfMessageBody: 'd41d', MessageId: 'm-1' }));
    const run = await box.run(
      `aws sqs send-message --queue-url ${QUEUE} --message-body '{"order": 42}' --delay-seconds 10 ` +
        '--message-attributes color={DataType=String,StringValue=red},count={DataType=Number,StringValue=3} ' +
        '--message-group-id g1 --message-deduplication-id d1',
    );
    expect(run.stderr).toBe('');
    expect(box.requests[0]).toMatchObject({ service: 'sqs', action: 'SendMessage' });
    expect(box.requests[0].input).toEqual({
      QueueUrl: QUEUE,
      MessageBody: '{"order": 42}',
      DelaySeconds: 10,
      MessageAttributes: {
        color: { DataType: 'String', StringValue: 'red' },
        count: { DataType: 'Number', StringValue: '3' },
      },
      MessageDeduplicationId: 'd1',
      MessageGroupId: 'g1',
    });
    expect(run.stdout).toBe('{\n    "MD5OfMessageBody": "d41d",\n    "MessageId": "m-1"\n}\n');
  });

  it('send-message takes --message-attributes as JSON; a BinaryValue is base64 under the v2 default', async () => {
    const box = sandbox(() => ({}));
    await box.run(`aws sqs send-message --queue-url u --message-body b --message-attributes '{"raw": {"DataType": "Binary", "BinaryValue": "aGk="}}' --profile b64`);
    const attributes = box.requests[0].input.MessageAttributes as Record<string, { BinaryValue: Uint8Array }>;
    expect(text(attributes.raw.BinaryValue)).toBe('hi');
    const missing = await box.run(`aws sqs send-message --queue-url u --message-body b --message-attributes '{"x": {"StringValue": "1"}}'`);
    expect(missing.stderr).toBe('\nParameter validation failed:\nMissing required parameter in MessageAttributes.x: "DataType"\n');
  });

  it('send-message-batch takes its entries as shorthand', async () => {
    const box = sandbox(() => ({ Successful: [], Failed: [] }));
    await box.run(`aws sqs send-message-batch --queue-url ${QUEUE} --entries Id=1,MessageBody=first Id=2,MessageBody=second,DelaySeconds=5`);
    expect(box.requests[0].input).toEqual({
      QueueUrl: QUEUE,
      Entries: [{ Id: '1', MessageBody: 'first' }, { Id: '2', MessageBody: 'second', DelaySeconds: 5 }],
    });
  });

  it('receive-message maps every polling flag', async () => {
    const box = sandbox(() => ({}));
    await box.run(
      `aws sqs receive-message --queue-url ${QUEUE} --max-number-of-messages 10 --visibility-timeout 30 --wait-time-seconds 20 ` +
        '--attribute-names All --message-attribute-names color count --message-system-attribute-names SentTimestamp ApproximateReceiveCount',
    );
    expect(box.requests[0]).toMatchObject({ action: 'ReceiveMessage' });
    expect(box.requests[0].input).toEqual({
      QueueUrl: QUEUE,
      AttributeNames: ['All'],
      MessageSystemAttributeNames: ['SentTimestamp', 'ApproximateReceiveCount'],
      MessageAttributeNames: ['color', 'count'],
      MaxNumberOfMessages: 10,
      VisibilityTimeout: 30,
      WaitTimeSeconds: 20,
    });
  });

  it('receive-message prints nothing when the queue has no messages, and the messages when it has', async () => {
    const empty = await sandbox(() => ({})).run(`aws sqs receive-message --queue-url ${QUEUE}`);
    expect(empty).toMatchObject({ rc: 0, stdout: '', stderr: '' });
    const message = { MessageId: 'm-1', ReceiptHandle: 'rh-1', MD5OfBody: 'x', Body: 'hello' };
    const one = await sandbox(() => ({ Messages: [message] })).run(`aws sqs receive-message --queue-url ${QUEUE}`);
    expect(JSON.parse(one.stdout)).toEqual({ Messages: [message] });
    const handle = await sandbox(() => ({ Messages: [message] })).run(`aws sqs receive-message --queue-url ${QUEUE} --query 'Messages[0].ReceiptHandle' --output text`);
    expect(handle.stdout).toBe('rh-1\n');
  });

  it('delete-message, delete-message-batch and change-message-visibility', async () => {
    const box = sandbox(() => ({}));
    await box.run(`aws sqs delete-message --queue-url ${QUEUE} --receipt-handle rh-1`);
    await box.run(`aws sqs delete-message-batch --queue-url ${QUEUE} --entries Id=a,ReceiptHandle=rh-2 Id=b,ReceiptHandle=rh-3`);
    await box.run(`aws sqs change-message-visibility --queue-url ${QUEUE} --receipt-handle rh-4 --visibility-timeout 0`);
    expect(box.requests.map((r) => [r.action, r.input])).toEqual([
      ['DeleteMessage', { QueueUrl: QUEUE, ReceiptHandle: 'rh-1' }],
      ['DeleteMessageBatch', { QueueUrl: QUEUE, Entries: [{ Id: 'a', ReceiptHandle: 'rh-2' }, { Id: 'b', ReceiptHandle: 'rh-3' }] }],
      ['ChangeMessageVisibility', { QueueUrl: QUEUE, ReceiptHandle: 'rh-4', VisibilityTimeout: 0 }],
    ]);
    const missing = await box.run(`aws sqs change-message-visibility --queue-url ${QUEUE} --receipt-handle rh-4`);
    expect(missing.stderr).toContain('aws: error: the following arguments are required: --visibility-timeout\n');
  });

  it('documents the parameters; the deprecated --attribute-names of receive-message is hidden but works', async () => {
    const box = sandbox();
    const send = await box.run('aws sqs send-message help');
    expect(send.stdout).toContain('       --message-body (string)\n          The message to send.\n');
    expect(send.stdout).toContain('          --queue-url <value>\n          --message-body <value>\n          [--delay-seconds <value>]\n');
    expect(send.stdout).toContain('          Shorthand Syntax:\n\n             KeyName1=StringValue=string,BinaryValue=blob,StringListValues=string,string,BinaryListValues=blob,blob,DataType=string,KeyName2=StringValue=string,BinaryValue=blob,StringListValues=string,string,BinaryListValues=blob,blob,DataType=string\n');
    const receive = await box.run('aws sqs receive-message help');
    expect(receive.stdout).not.toContain('--attribute-names');
    expect(receive.stdout).toContain('       --message-system-attribute-names (list)\n');
    expect(receive.stdout).toContain('       --wait-time-seconds (integer)\n');
    const service = await box.run('aws sqs help');
    expect(service.stdout).toContain('       o send-message\n');
    expect(service.stdout).toContain('       The other 5 aws sqs commands of the real CLI are not available in this\n       sandbox yet.\n');
  });

  it('lists the valid attribute names under the shorthand of --attributes, as the CLI does', async () => {
    const run = await sandbox().run('aws sqs create-queue help');
    expect(run.stdout).toContain(
      '          Shorthand Syntax:\n\n             KeyName1=string,KeyName2=string\n\n' +
        '             Where valid key names are:\n               All\n               Policy\n               VisibilityTimeout\n',
    );
    expect(run.stdout).toContain('             {"All"|"Policy"|"VisibilityTimeout"|');
    expect(run.stdout).toContain('"SqsManagedSseEnabled": "string"\n               ...}\n');
  });
});

describe('aws sqs: tags, batches, dead-letter sources', () => {
  it('tag-queue, untag-queue, list-queue-tags and change-message-visibility-batch', async () => {
    const box = sandbox(() => ({}));
    await box.run(`aws sqs tag-queue --queue-url ${QUEUE} --tags team=blue,env=dev`);
    await box.run(`aws sqs untag-queue --queue-url ${QUEUE} --tag-keys env`);
    await box.run(`aws sqs list-queue-tags --queue-url ${QUEUE}`);
    await box.run(`aws sqs change-message-visibility-batch --queue-url ${QUEUE} --entries Id=a,ReceiptHandle=r1,VisibilityTimeout=60`);
    expect(box.requests.map((r) => [r.action, r.input])).toEqual([
      ['TagQueue', { QueueUrl: QUEUE, Tags: { team: 'blue', env: 'dev' } }],
      ['UntagQueue', { QueueUrl: QUEUE, TagKeys: ['env'] }],
      ['ListQueueTags', { QueueUrl: QUEUE }],
      ['ChangeMessageVisibilityBatch', { QueueUrl: QUEUE, Entries: [{ Id: 'a', ReceiptHandle: 'r1', VisibilityTimeout: 60 }] }],
    ]);
  });

  it('list-dead-letter-source-queues merges queueUrls', async () => {
    const box = sandbox(pager({ '': { queueUrls: ['a'], NextToken: 'n' }, n: { queueUrls: ['b'] } }));
    const run = await box.run(`aws sqs list-dead-letter-source-queues --queue-url ${QUEUE}`);
    expect(JSON.parse(run.stdout)).toEqual({ queueUrls: ['a', 'b'] });
  });
});

describe('aws sns: topics', () => {
  it('create-topic with attributes and tags; delete-topic prints nothing', async () => {
    const box = sandbox((request) => (request.action === 'CreateTopic' ? { TopicArn: TOPIC } : {}));
    const created = await box.run('aws sns create-topic --name alerts --attributes DisplayName=Alerts --tags Key=team,Value=blue Key=env,Value=dev');
    expect(created.stdout).toBe(`{\n    "TopicArn": "${TOPIC}"\n}\n`);
    expect((await box.run(`aws sns delete-topic --topic-arn ${TOPIC}`)).stdout).toBe('');
    expect(box.requests.map((r) => [r.service, r.action, r.input])).toEqual([
      ['sns', 'CreateTopic', { Name: 'alerts', Attributes: { DisplayName: 'Alerts' }, Tags: [{ Key: 'team', Value: 'blue' }, { Key: 'env', Value: 'dev' }] }],
      ['sns', 'DeleteTopic', { TopicArn: TOPIC }],
    ]);
  });

  it('list-topics follows NextToken and merges Topics; it has no --page-size', async () => {
    const box = sandbox(pager({ '': { Topics: [{ TopicArn: 'a' }], NextToken: 'n' }, n: { Topics: [{ TopicArn: 'b' }] } }));
    const run = await box.run('aws sns list-topics');
    expect(box.requests.map((r) => r.input)).toEqual([{}, { NextToken: 'n' }]);
    expect(JSON.parse(run.stdout)).toEqual({ Topics: [{ TopicArn: 'a' }, { TopicArn: 'b' }] });
    const first = await box.run('aws sns list-topics --max-items 1');
    const { Topics, NextToken } = JSON.parse(first.stdout);
    expect(Topics).toEqual([{ TopicArn: 'a' }]);
    expect(atob(NextToken)).toBe('{"NextToken": "n"}');
    const pageSize = await box.run('aws sns list-topics --page-size 5');
    expect(pageSize).toMatchObject({ rc: 252 });
    expect(pageSize.stderr).toContain('Unknown options: --page-size, 5\n');
  });

  it('tag-resource, untag-resource and list-tags-for-resource', async () => {
    const box = sandbox(() => ({}));
    await box.run(`aws sns tag-resource --resource-arn ${TOPIC} --tags Key=team,Value=blue`);
    await box.run(`aws sns untag-resource --resource-arn ${TOPIC} --tag-keys team`);
    await box.run(`aws sns list-tags-for-resource --resource-arn ${TOPIC}`);
    expect(box.requests.map((r) => [r.action, r.input])).toEqual([
      ['TagResource', { ResourceArn: TOPIC, Tags: [{ Key: 'team', Value: 'blue' }] }],
      ['UntagResource', { ResourceArn: TOPIC, TagKeys: ['team'] }],
      ['ListTagsForResource', { ResourceArn: TOPIC }],
    ]);
  });

  it('get-topic-attributes and set-topic-attributes', async () => {
    const box = sandbox(() => ({}));
    await box.run(`aws sns get-topic-attributes --topic-arn ${TOPIC}`);
    await box.run(`aws sns set-topic-attributes --topic-arn ${TOPIC} --attribute-name DisplayName --attribute-value Paging`);
    expect(box.requests.map((r) => [r.action, r.input])).toEqual([
      ['GetTopicAttributes', { TopicArn: TOPIC }],
      ['SetTopicAttributes', { TopicArn: TOPIC, AttributeName: 'DisplayName', AttributeValue: 'Paging' }],
    ]);
  });
});

describe('aws sns: subscriptions and publish', () => {
  it('subscribe sends --notification-endpoint as Endpoint, with attributes and the ARN flag', async () => {
    const box = sandbox(() => ({ SubscriptionArn: `${TOPIC}:1234` }));
    const run = await box.run(
      `aws sns subscribe --topic-arn ${TOPIC} --protocol sqs --notification-endpoint arn:aws:sqs:us-east-1:111111111111:orders ` +
        '--attributes RawMessageDelivery=true --return-subscription-arn',
    );
    expect(run.stdout).toBe(`{\n    "SubscriptionArn": "${TOPIC}:1234"\n}\n`);
    expect(box.requests[0]).toMatchObject({ service: 'sns', action: 'Subscribe' });
    expect(box.requests[0].input).toEqual({
      TopicArn: TOPIC, Protocol: 'sqs', Attributes: { RawMessageDelivery: 'true' }, ReturnSubscriptionArn: true,
      Endpoint: 'arn:aws:sqs:us-east-1:111111111111:orders',
    });
  });

  it('documents --notification-endpoint after the model\'s own arguments, and no --endpoint', async () => {
    const run = await sandbox().run('aws sns subscribe help');
    expect(run.stdout).toContain(
      '          [--return-subscription-arn | --no-return-subscription-arn]\n          [--notification-endpoint <value>]\n          [--cli-input-json | --cli-input-yaml]\n',
    );
    expect(run.stdout).toContain('       --notification-endpoint (string)\n          The endpoint that you want to receive notifications.\n');
    expect(run.stdout).not.toContain('       --endpoint (string)');
  });

  it('unsubscribe and the subscription attributes', async () => {
    const box = sandbox(() => ({}));
    await box.run(`aws sns get-subscription-attributes --subscription-arn ${TOPIC}:1`);
    await box.run(`aws sns set-subscription-attributes --subscription-arn ${TOPIC}:1 --attribute-name FilterPolicy --attribute-value '{"color": ["red"]}'`);
    await box.run(`aws sns unsubscribe --subscription-arn ${TOPIC}:1`);
    expect(box.requests.map((r) => [r.action, r.input])).toEqual([
      ['GetSubscriptionAttributes', { SubscriptionArn: `${TOPIC}:1` }],
      ['SetSubscriptionAttributes', { SubscriptionArn: `${TOPIC}:1`, AttributeName: 'FilterPolicy', AttributeValue: '{"color": ["red"]}' }],
      ['Unsubscribe', { SubscriptionArn: `${TOPIC}:1` }],
    ]);
  });

  it('list-subscriptions and list-subscriptions-by-topic merge Subscriptions', async () => {
    const pages = { '': { Subscriptions: [{ Protocol: 'sqs' }], NextToken: 'n' }, n: { Subscriptions: [{ Protocol: 'lambda' }] } };
    const all = sandbox(pager(pages));
    expect(JSON.parse((await all.run('aws sns list-subscriptions')).stdout)).toEqual({ Subscriptions: [{ Protocol: 'sqs' }, { Protocol: 'lambda' }] });
    const byTopic = sandbox(pager(pages));
    const run = await byTopic.run(`aws sns list-subscriptions-by-topic --topic-arn ${TOPIC} --output text`);
    expect(run.stdout).toBe('SUBSCRIPTIONS\tsqs\nSUBSCRIPTIONS\tlambda\n');
    expect(byTopic.requests.map((r) => r.input)).toEqual([{ TopicArn: TOPIC }, { TopicArn: TOPIC, NextToken: 'n' }]);
  });

  it('publish maps the message, subject, structure and --message-attributes shorthand and JSON', async () => {
    const box = sandbox(() => ({ MessageId: 'id-1' }));
    const run = await box.run(
      `aws sns publish --topic-arn ${TOPIC} --message "disk full" --subject Alert ` +
        '--message-attributes severity={DataType=String,StringValue=high}',
    );
    expect(run.stdout).toBe('{\n    "MessageId": "id-1"\n}\n');
    await box.run(
      `aws sns publish --target-arn arn:aws:sns:us-east-1:111111111111:endpoint/x --message '{"default": "hi"}' --message-structure json ` +
        `--message-attributes '{"n": {"DataType": "Number", "StringValue": "1"}}'`,
    );
    expect(box.requests.map((r) => r.input)).toEqual([
      { TopicArn: TOPIC, Message: 'disk full', Subject: 'Alert', MessageAttributes: { severity: { DataType: 'String', StringValue: 'high' } } },
      {
        TargetArn: 'arn:aws:sns:us-east-1:111111111111:endpoint/x', Message: '{"default": "hi"}', MessageStructure: 'json',
        MessageAttributes: { n: { DataType: 'Number', StringValue: '1' } },
      },
    ]);
    await box.run(`aws sns publish-batch --topic-arn ${TOPIC} --publish-batch-request-entries Id=1,Message=one Id=2,Message=two,Subject=s`);
    expect(box.requests[2]).toMatchObject({
      action: 'PublishBatch',
      input: { TopicArn: TOPIC, PublishBatchRequestEntries: [{ Id: '1', Message: 'one' }, { Id: '2', Message: 'two', Subject: 's' }] },
    });
    const missing = await box.run(`aws sns publish --topic-arn ${TOPIC}`);
    expect(missing.stderr).toContain('aws: error: the following arguments are required: --message\n');
  });
});
