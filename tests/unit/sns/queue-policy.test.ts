import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { queuePolicy } from '../../helpers/access-policies.ts';
import { QUEUE_ARN_PREFIX, allowTopic, drain, sns, snsCloud, snsError, sqs } from './helpers.ts';

const URL_PREFIX = 'https://sqs.us-east-1.amazonaws.com/111111111111/';

async function sqsError(cloud: Cloud, action: string, input: Record<string, unknown>) {
  try {
    await sqs(cloud, action, input);
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error(`expected ${action} to fail`);
}

/** A topic and a queue subscribed to it, with no queue policy yet. */
async function subscribed(cloud: Cloud, attributes: Record<string, string> = {}) {
  const { TopicArn } = await sns(cloud, 'CreateTopic', { Name: 'orders' });
  const { QueueUrl } = await sqs(cloud, 'CreateQueue', { QueueName: 'billing' });
  const { SubscriptionArn } = await sns(cloud, 'Subscribe', {
    TopicArn, Protocol: 'sqs', Endpoint: `${QUEUE_ARN_PREFIX}billing`, Attributes: { RawMessageDelivery: 'true', ...attributes },
  });
  return { TopicArn: TopicArn as string, QueueUrl: QueueUrl as string, SubscriptionArn: SubscriptionArn as string };
}

const traced = (cloud: Cloud, type: string) => cloud.state.trace.filter((e) => e.type === type);

describe('SNS → SQS is authorized by the queue policy', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('a queue without a policy refuses the message; the trace says to allow sns.amazonaws.com for the topic', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn, QueueUrl, SubscriptionArn } = await subscribed(cloud);
    const { MessageId } = await sns(cloud, 'Publish', { TopicArn, Message: 'order 1' });
    expect(await drain(cloud, QueueUrl)).toEqual([]);
    const [denied] = traced(cloud, 'sns.delivery-denied');
    expect(denied).toMatchObject({
      topicArn: TopicArn,
      subscriptionArn: SubscriptionArn,
      messageId: MessageId,
      principal: 'sns.amazonaws.com',
      errorCode: 'AccessDenied',
      errorMessage: `Access to the resource ${QueueUrl} is denied.`,
    });
    expect(denied!.reason).toContain('the queue has no access policy, so sns.amazonaws.com may not send messages to it');
    expect(denied!.reason).toContain(`aws:SourceArn = ${TopicArn}`);
    expect(denied!.reason).toContain('aws sqs set-queue-attributes');
    expect(traced(cloud, 'sns.delivered')).toEqual([]);
  });

  it('after the queue policy allows the topic, the next publish arrives', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn, QueueUrl } = await subscribed(cloud);
    await sns(cloud, 'Publish', { TopicArn, Message: 'refused' });
    await allowTopic(cloud, 'billing', TopicArn);
    await sns(cloud, 'Publish', { TopicArn, Message: 'delivered' });
    expect((await drain(cloud, QueueUrl)).map((m) => m.Body)).toEqual(['delivered']);
  });

  it('a policy for another topic does not admit this one, and the reason names the policy', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn, QueueUrl } = await subscribed(cloud);
    await allowTopic(cloud, 'billing', `${TopicArn}-other`);
    await sns(cloud, 'Publish', { TopicArn, Message: 'x' });
    expect(await drain(cloud, QueueUrl)).toEqual([]);
    expect(traced(cloud, 'sns.delivery-denied')[0]!.reason).toContain(`the queue's access policy does not allow sns.amazonaws.com to send messages to it from ${TopicArn}`);
  });

  it('the classic policy (Principal "*", ArnEquals aws:SourceArn) admits the topic; an explicit Deny wins over it', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn, QueueUrl } = await subscribed(cloud);
    const queueArn = `${QUEUE_ARN_PREFIX}billing`;
    const allow = { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'SQS:SendMessage', Resource: queueArn, Condition: { ArnEquals: { 'aws:SourceArn': TopicArn } } };
    await sqs(cloud, 'SetQueueAttributes', { QueueUrl, Attributes: { Policy: JSON.stringify({ Version: '2008-10-17', Statement: [allow] }) } });
    await sns(cloud, 'Publish', { TopicArn, Message: 'allowed' });
    const deny = { Effect: 'Deny', Principal: '*', Action: 'sqs:*', Resource: queueArn };
    await sqs(cloud, 'SetQueueAttributes', { QueueUrl, Attributes: { Policy: JSON.stringify({ Version: '2012-10-17', Statement: [allow, deny] }) } });
    await sns(cloud, 'Publish', { TopicArn, Message: 'denied' });
    expect((await drain(cloud, QueueUrl)).map((m) => m.Body)).toEqual(['allowed']);
    expect(traced(cloud, 'sns.delivery-denied')).toHaveLength(1);
  });

  it('a refused delivery goes to the subscription dead-letter queue, which the topic may send to', async () => {
    ({ cloud } = snsCloud());
    const { QueueUrl: dlqUrl } = await sqs(cloud, 'CreateQueue', { QueueName: 'billing-dlq' });
    const { TopicArn, QueueUrl } = await subscribed(cloud, { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: `${QUEUE_ARN_PREFIX}billing-dlq` }) });
    await allowTopic(cloud, 'billing-dlq', TopicArn);
    const { MessageId } = await sns(cloud, 'Publish', { TopicArn, Message: 'to the dlq' });
    expect(await drain(cloud, QueueUrl)).toEqual([]);
    expect((await drain(cloud, dlqUrl)).map((m) => [m.Body, m.Attributes!.SenderId])).toEqual([['to the dlq', 'AIDAIT2UOQQY3AUEKVGXU']]);
    expect(cloud.state.trace.filter((e) => e.messageId === MessageId).map((e) => e.type)).toEqual(['sns.published', 'sns.delivery-denied', 'sns.redriven']);
  });

  it('a dead-letter queue that does not allow the topic receives nothing either; the trace says so', async () => {
    ({ cloud } = snsCloud());
    const { QueueUrl: dlqUrl } = await sqs(cloud, 'CreateQueue', { QueueName: 'billing-dlq' });
    const { TopicArn } = await subscribed(cloud, { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: `${QUEUE_ARN_PREFIX}billing-dlq` }) });
    await sns(cloud, 'Publish', { TopicArn, Message: 'lost' });
    expect(await drain(cloud, dlqUrl)).toEqual([]);
    const [failed] = traced(cloud, 'sns.redrive-failed');
    expect(failed).toMatchObject({ deadLetterTargetArn: `${QUEUE_ARN_PREFIX}billing-dlq`, errorCode: 'AccessDenied' });
    expect(failed!.reason).toContain('the dead-letter queue refused the message: the queue has no access policy');
  });

  it('a refused FIFO delivery reaches the FIFO dead-letter queue with its message group', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn } = await sns(cloud, 'CreateTopic', { Name: 'orders.fifo', Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'true' } });
    await sqs(cloud, 'CreateQueue', { QueueName: 'orders.fifo', Attributes: { FifoQueue: 'true' } });
    const { QueueUrl: dlqUrl } = await sqs(cloud, 'CreateQueue', { QueueName: 'orders-dlq.fifo', Attributes: { FifoQueue: 'true' } });
    await allowTopic(cloud, 'orders-dlq.fifo', TopicArn);
    await sns(cloud, 'Subscribe', {
      TopicArn, Protocol: 'sqs', Endpoint: `${QUEUE_ARN_PREFIX}orders.fifo`,
      Attributes: { RawMessageDelivery: 'true', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: `${QUEUE_ARN_PREFIX}orders-dlq.fifo` }) },
    });
    await sns(cloud, 'Publish', { TopicArn, Message: 'first', MessageGroupId: 'customer-7' });
    expect((await drain(cloud, dlqUrl)).map((m) => [m.Body, m.Attributes!.MessageGroupId])).toEqual([['first', 'customer-7']]);
  });

  it('a policy removed later refuses the deliveries after it', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn, QueueUrl } = await subscribed(cloud);
    await allowTopic(cloud, 'billing', TopicArn);
    await sns(cloud, 'Publish', { TopicArn, Message: 'before' });
    await sqs(cloud, 'SetQueueAttributes', { QueueUrl, Attributes: { Policy: '' } });
    await sns(cloud, 'Publish', { TopicArn, Message: 'after' });
    expect((await drain(cloud, QueueUrl)).map((m) => m.Body)).toEqual(['before']);
    expect(traced(cloud, 'sns.delivery-denied')).toHaveLength(1);
  });
});

describe('access policies that are not policies', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it("SetQueueAttributes and CreateQueue refuse a Policy that is not a policy document, in SQS's words", async () => {
    ({ cloud } = snsCloud());
    const { QueueUrl } = await sqs(cloud, 'CreateQueue', { QueueName: 'q' });
    for (const Policy of ['file://policy.json', '{"Version":"2012-10-17"', '{}', '{"Statement":[]}', '{"Statement":[{"Effect":"Maybe"}]}']) {
      expect(await sqsError(cloud, 'SetQueueAttributes', { QueueUrl, Attributes: { Policy } })).toMatchObject({
        code: 'InvalidAttributeValue',
        message: 'Invalid value for the parameter Policy.',
      });
    }
    expect(await sqsError(cloud, 'CreateQueue', { QueueName: 'other', Attributes: { Policy: 'nope' } })).toMatchObject({ code: 'InvalidAttributeValue' });
    // Nothing was saved: the queue still has no policy.
    expect((await sqs(cloud, 'GetQueueAttributes', { QueueUrl, AttributeNames: ['Policy'] })).Attributes?.Policy).toBeUndefined();
    await sqs(cloud, 'SetQueueAttributes', { QueueUrl, Attributes: { Policy: queuePolicy(`${QUEUE_ARN_PREFIX}q`, 'sns.amazonaws.com', 'arn:aws:sns:us-east-1:111111111111:t') } });
    expect((await sqs(cloud, 'GetQueueAttributes', { QueueUrl: `${URL_PREFIX}q`, AttributeNames: ['Policy'] })).Attributes.Policy).toContain('sns.amazonaws.com');
  });

  it("SetTopicAttributes refuses a Policy that is not a policy document, in SNS's words, and keeps the old one", async () => {
    ({ cloud } = snsCloud());
    const { TopicArn } = await sns(cloud, 'CreateTopic', { Name: 'orders' });
    const before = (await sns(cloud, 'GetTopicAttributes', { TopicArn })).Attributes.Policy;
    for (const AttributeValue of ['{not json', '[]', '{"Version":"2012-10-17"}']) {
      expect(await snsError(cloud, 'SetTopicAttributes', { TopicArn, AttributeName: 'Policy', AttributeValue })).toMatchObject({
        code: 'InvalidParameter',
        message: 'Invalid parameter: Policy Error: null',
      });
    }
    expect((await sns(cloud, 'GetTopicAttributes', { TopicArn })).Attributes.Policy).toBe(before);
  });

  it('Subscribe refuses an SQS endpoint or a dead-letter target that is not a queue ARN', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn } = await sns(cloud, 'CreateTopic', { Name: 'orders' });
    expect(await snsError(cloud, 'Subscribe', { TopicArn, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:billing' })).toMatchObject({
      code: 'InvalidParameter', message: 'Invalid parameter: SQS endpoint ARN',
    });
    expect(await snsError(cloud, 'Subscribe', {
      TopicArn, Protocol: 'sqs', Endpoint: `${QUEUE_ARN_PREFIX}billing`, Attributes: { RedrivePolicy: '{"deadLetterTargetArn":"arn:aws:sns:us-east-1:111111111111:orders"}' },
    })).toMatchObject({ code: 'InvalidParameter', message: 'Invalid parameter: Attributes Reason: RedrivePolicy: deadLetterTargetArn is an invalid arn' });
    expect((await sns(cloud, 'ListSubscriptionsByTopic', { TopicArn })).Subscriptions).toEqual([]);
  });
});
