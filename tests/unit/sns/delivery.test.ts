import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { publishToTopic } from '../../../sandbox/cloud/sns/index.ts';
import { QUEUE_ARN_PREFIX, TOPIC_PREFIX, allowTopic, drain, sns, snsCloud, snsError, sqs, topicWithQueues, type Invocation } from './helpers.ts';

const CERT_URL = /^https:\/\/sns\.us-east-1\.amazonaws\.com\/SimpleNotificationService-[0-9a-f]{32}\.pem$/;

describe('SNS delivery', () => {
  let cloud: Cloud;
  let invocations: Invocation[];
  afterEach(() => cloud?.dispose());

  it('fans out to two queues, each receiving the SNS envelope exactly as SNS writes it', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn, urls, subscriptions } = await topicWithQueues(cloud, 'orders', ['billing', 'shipping']);
    const { MessageId } = await sns(cloud, 'Publish', {
      TopicArn,
      Message: 'order "42" placed',
      Subject: 'New order',
      MessageAttributes: { store: { DataType: 'String', StringValue: 'example_corp' }, count: { DataType: 'Number', StringValue: '3' } },
    });
    for (const [i, url] of urls.entries()) {
      const [m] = await drain(cloud, url);
      const envelope = JSON.parse(m!.Body);
      expect(envelope.Signature).toMatch(/^[A-Za-z0-9+/]{342}==$/);
      expect(envelope.SigningCertURL).toMatch(CERT_URL);
      expect(m!.Body).toBe(
        [
          '{',
          '  "Type" : "Notification",',
          `  "MessageId" : "${MessageId}",`,
          `  "TopicArn" : "${TopicArn}",`,
          '  "Subject" : "New order",',
          '  "Message" : "order \\"42\\" placed",',
          '  "Timestamp" : "2026-01-01T00:00:00.000Z",',
          '  "SignatureVersion" : "1",',
          `  "Signature" : "${envelope.Signature}",`,
          `  "SigningCertURL" : "${envelope.SigningCertURL}",`,
          `  "UnsubscribeURL" : "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${subscriptions[i]}",`,
          '  "MessageAttributes" : {',
          '    "store" : {"Type":"String","Value":"example_corp"},',
          '    "count" : {"Type":"Number","Value":"3"}',
          '  }',
          '}',
        ].join('\n'),
      );
      // The envelope is the body; SNS's attributes travel inside it, not as SQS attributes.
      expect(m!.MessageAttributes).toBeUndefined();
      expect(m!.Attributes!.SenderId).toBe('AIDAIT2UOQQY3AUEKVGXU');
    }
  });

  it('leaves Subject and MessageAttributes out of the envelope when none were given', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn, urls } = await topicWithQueues(cloud, 'orders', ['q']);
    await sns(cloud, 'Publish', { TopicArn, Message: 'hi' });
    const envelope = JSON.parse((await drain(cloud, urls[0]!))[0]!.Body);
    expect(Object.keys(envelope)).toEqual(['Type', 'MessageId', 'TopicArn', 'Message', 'Timestamp', 'SignatureVersion', 'Signature', 'SigningCertURL', 'UnsubscribeURL']);
  });

  it('RawMessageDelivery sends the bare message with its attributes as SQS message attributes', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn, urls } = await topicWithQueues(cloud, 'orders', ['raw'], { RawMessageDelivery: 'true' });
    await sns(cloud, 'Publish', { TopicArn, Message: '{"id":42}', MessageAttributes: { kind: { DataType: 'String', StringValue: 'order' } } });
    const [m] = await drain(cloud, urls[0]!);
    expect(m!.Body).toBe('{"id":42}');
    expect(m!.MessageAttributes).toEqual({ kind: { StringValue: 'order', DataType: 'String' } });
  });

  it('filter policies: exact, prefix, anything-but, numeric and exists', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn } = await sns(cloud, 'CreateTopic', { Name: 'events' });
    const policies: Record<string, object> = {
      exact: { store: ['example_corp'] },
      prefix: { event: [{ prefix: 'order-' }] },
      anythingBut: { store: [{ 'anything-but': ['example_corp'] }] },
      numeric: { price: [{ numeric: ['>', 0, '<=', 100] }] },
      exists: { customer: [{ exists: false }] },
    };
    const urls: Record<string, string> = {};
    for (const [name, policy] of Object.entries(policies)) {
      urls[name] = (await sqs(cloud, 'CreateQueue', { QueueName: name })).QueueUrl;
      await allowTopic(cloud, name, TopicArn);
      await sns(cloud, 'Subscribe', {
        TopicArn, Protocol: 'sqs', Endpoint: `${QUEUE_ARN_PREFIX}${name}`,
        Attributes: { RawMessageDelivery: 'true', FilterPolicy: JSON.stringify(policy) },
      });
    }
    const publish = (Message: string, attrs: Record<string, [string, string]>) =>
      sns(cloud, 'Publish', {
        TopicArn, Message,
        MessageAttributes: Object.fromEntries(Object.entries(attrs).map(([k, [DataType, StringValue]]) => [k, { DataType, StringValue }])),
      });
    await publish('m1', { store: ['String', 'example_corp'], event: ['String', 'order-placed'], price: ['Number', '100'] });
    await publish('m2', { store: ['String', 'other'], event: ['String', 'refund'], price: ['Number', '100.5'], customer: ['String', 'c1'] });
    await publish('m3', { price: ['String', '50'] });
    const got = async (name: string) => (await drain(cloud, urls[name]!)).map((m) => m.Body);
    expect(await got('exact')).toEqual(['m1']);
    expect(await got('prefix')).toEqual(['m1']);
    expect(await got('anythingBut')).toEqual(['m2']);
    expect(await got('numeric')).toEqual(['m1']);
    expect(await got('exists')).toEqual(['m1', 'm3']);
    expect(cloud.state.trace.filter((e) => e.type === 'sns.filtered').length).toBe(9);
  });

  it('FilterPolicyScope MessageBody matches nested keys of a JSON message', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn, urls } = await topicWithQueues(cloud, 'orders', ['big'], {
      RawMessageDelivery: 'true',
      FilterPolicyScope: 'MessageBody',
      FilterPolicy: JSON.stringify({ order: { total: [{ numeric: ['>=', 100] }], tags: ['vip'] } }),
    });
    await sns(cloud, 'Publish', { TopicArn, Message: JSON.stringify({ order: { total: 150, tags: ['new', 'vip'] } }) });
    await sns(cloud, 'Publish', { TopicArn, Message: JSON.stringify({ order: { total: 150, tags: ['new'] } }) });
    await sns(cloud, 'Publish', { TopicArn, Message: 'not json' });
    expect((await drain(cloud, urls[0]!)).map((m) => JSON.parse(m.Body).order.tags)).toEqual([['new', 'vip']]);
  });

  it('MessageStructure json sends each protocol its own message', async () => {
    ({ cloud, invocations } = snsCloud());
    const { TopicArn, urls } = await topicWithQueues(cloud, 'orders', ['q'], { RawMessageDelivery: 'true' });
    await sns(cloud, 'Subscribe', { TopicArn, Protocol: 'lambda', Endpoint: 'arn:aws:lambda:us-east-1:111111111111:function:fn' });
    await sns(cloud, 'Publish', { TopicArn, MessageStructure: 'json', Message: JSON.stringify({ default: 'plain', sqs: 'for queues' }) });
    expect((await drain(cloud, urls[0]!)).map((m) => m.Body)).toEqual(['for queues']);
    expect(JSON.parse(invocations[0]!.event).Records[0].Sns.Message).toBe('plain');
  });

  it('a Lambda subscriber is invoked asynchronously with the SNS event record', async () => {
    ({ cloud, invocations } = snsCloud());
    const { TopicArn } = await sns(cloud, 'CreateTopic', { Name: 'orders' });
    const functionArn = 'arn:aws:lambda:us-east-1:111111111111:function:notify';
    const { SubscriptionArn } = await sns(cloud, 'Subscribe', { TopicArn, Protocol: 'lambda', Endpoint: functionArn });
    const { MessageId } = await sns(cloud, 'Publish', { TopicArn, Message: 'hello', MessageAttributes: { kind: { DataType: 'String', StringValue: 'greeting' } } });
    expect(invocations).toHaveLength(1);
    const { event, options } = invocations[0]!;
    expect(invocations[0]!.functionArn).toBe(functionArn);
    expect(options).toEqual({ sourceArn: TopicArn });
    const record = JSON.parse(event).Records[0];
    expect(event).toBe(
      JSON.stringify({
        Records: [
          {
            EventSource: 'aws:sns',
            EventVersion: '1.0',
            EventSubscriptionArn: SubscriptionArn,
            Sns: {
              Type: 'Notification',
              MessageId,
              TopicArn,
              Subject: null,
              Message: 'hello',
              Timestamp: '2026-01-01T00:00:00.000Z',
              SignatureVersion: '1',
              Signature: record.Sns.Signature,
              SigningCertUrl: record.Sns.SigningCertUrl,
              UnsubscribeUrl: `https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${SubscriptionArn}`,
              MessageAttributes: { kind: { Type: 'String', Value: 'greeting' } },
            },
          },
        ],
      }),
    );
    expect(record.Sns.SigningCertUrl).toMatch(CERT_URL);
  });

  it('pending subscriptions receive nothing; a missing queue is a traced delivery failure', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn } = await sns(cloud, 'CreateTopic', { Name: 'orders' });
    await sns(cloud, 'Subscribe', { TopicArn, Protocol: 'email', Endpoint: 'me@example.com' });
    await sns(cloud, 'Subscribe', { TopicArn, Protocol: 'sqs', Endpoint: `${QUEUE_ARN_PREFIX}gone` });
    const { MessageId } = await sns(cloud, 'Publish', { TopicArn, Message: 'x' });
    const events = cloud.state.trace.filter((e) => e.messageId === MessageId).map((e) => [e.type, e.reason ?? e.errorCode]);
    expect(events).toEqual([
      ['sns.published', undefined],
      ['sns.skipped', 'PendingConfirmation'],
      ['sns.delivery-failed', 'AWS.SimpleQueueService.NonExistentQueue'],
    ]);
  });

  it('FIFO topics require a group, deduplicate, and deliver to FIFO queues in order', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn } = await sns(cloud, 'CreateTopic', { Name: 'orders.fifo', Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'true' } });
    expect(TopicArn).toBe(`${TOPIC_PREFIX}orders.fifo`);
    const { QueueUrl } = await sqs(cloud, 'CreateQueue', { QueueName: 'orders.fifo', Attributes: { FifoQueue: 'true' } });
    await allowTopic(cloud, 'orders.fifo', TopicArn);
    await sns(cloud, 'Subscribe', { TopicArn, Protocol: 'sqs', Endpoint: `${QUEUE_ARN_PREFIX}orders.fifo`, Attributes: { RawMessageDelivery: 'true' } });
    expect((await snsError(cloud, 'Publish', { TopicArn, Message: 'a' })).message).toBe('Invalid parameter: The MessageGroupId parameter is required for FIFO topics');
    const a = await sns(cloud, 'Publish', { TopicArn, Message: 'a', MessageGroupId: 'g' });
    const again = await sns(cloud, 'Publish', { TopicArn, Message: 'a', MessageGroupId: 'g' });
    expect(again).toEqual(a);
    expect(a.SequenceNumber).toMatch(/^\d{20}$/);
    await sns(cloud, 'Publish', { TopicArn, Message: 'b', MessageGroupId: 'g' });
    expect((await drain(cloud, QueueUrl)).map((m) => [m.Body, m.Attributes!.MessageGroupId])).toEqual([['a', 'g'], ['b', 'g']]);
    const standard = await sns(cloud, 'CreateTopic', { Name: 'plain' });
    expect((await snsError(cloud, 'Subscribe', { TopicArn: standard.TopicArn, Protocol: 'sqs', Endpoint: `${QUEUE_ARN_PREFIX}orders.fifo` })).code).toBe(
      'InvalidParameter',
    );
  });

  it('publishToTopic publishes for other services (Lambda destinations and DLQs)', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn, urls } = await topicWithQueues(cloud, 'dlq-topic', ['q'], { RawMessageDelivery: 'true' });
    const { MessageId } = publishToTopic(cloud, TopicArn, '{"event":1}', {
      messageAttributes: { RequestID: { DataType: 'String', StringValue: 'r-1' }, ErrorCode: { DataType: 'Number', StringValue: '200' } },
    });
    expect(MessageId).toMatch(/^[0-9a-f-]{36}$/);
    const [m] = await drain(cloud, urls[0]!);
    expect(m!.MessageAttributes).toEqual({ RequestID: { StringValue: 'r-1', DataType: 'String' }, ErrorCode: { StringValue: '200', DataType: 'Number' } });
    expect(() => publishToTopic(cloud, `${TOPIC_PREFIX}nope`, 'x')).toThrow('Topic does not exist');
  });

  it('SetSubscriptionAttributes turns on raw delivery and filter policies, validating them', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn, urls, subscriptions } = await topicWithQueues(cloud, 'orders', ['q']);
    const SubscriptionArn = subscriptions[0]!;
    await sns(cloud, 'SetSubscriptionAttributes', { SubscriptionArn, AttributeName: 'RawMessageDelivery', AttributeValue: 'true' });
    await sns(cloud, 'SetSubscriptionAttributes', { SubscriptionArn, AttributeName: 'FilterPolicy', AttributeValue: '{"color":["red"]}' });
    expect(await snsError(cloud, 'SetSubscriptionAttributes', { SubscriptionArn, AttributeName: 'FilterPolicy', AttributeValue: '{"color":[{"exists":"yes"}]}' })).toMatchObject({
      code: 'InvalidParameter',
      message: 'Invalid parameter: FilterPolicy: exists match pattern must be either true or false.',
    });
    await sns(cloud, 'Publish', { TopicArn, Message: 'red', MessageAttributes: { color: { DataType: 'String', StringValue: 'red' } } });
    await sns(cloud, 'Publish', { TopicArn, Message: 'blue', MessageAttributes: { color: { DataType: 'String', StringValue: 'blue' } } });
    expect((await drain(cloud, urls[0]!)).map((m) => m.Body)).toEqual(['red']);
    expect((await sns(cloud, 'GetSubscriptionAttributes', { SubscriptionArn })).Attributes).toMatchObject({
      RawMessageDelivery: 'true',
      FilterPolicy: '{"color":["red"]}',
      FilterPolicyScope: 'MessageAttributes',
    });
  });

  it('PublishBatch publishes each entry and reports failures per entry', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn, urls } = await topicWithQueues(cloud, 'orders', ['q'], { RawMessageDelivery: 'true' });
    const out = await sns(cloud, 'PublishBatch', {
      TopicArn,
      PublishBatchRequestEntries: [{ Id: 'one', Message: 'a' }, { Id: 'two', Message: '' }],
    });
    expect(out.Successful).toEqual([{ Id: 'one', MessageId: expect.any(String) }]);
    expect(out.Failed).toEqual([{ Id: 'two', Code: 'InvalidParameter', Message: 'Invalid parameter: Empty message', SenderFault: true }]);
    expect((await drain(cloud, urls[0]!)).map((m) => m.Body)).toEqual(['a']);
    expect((await snsError(cloud, 'PublishBatch', { TopicArn, PublishBatchRequestEntries: [] })).code).toBe('EmptyBatchRequest');
  });
});
