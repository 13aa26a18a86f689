import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { TOPIC_PREFIX, QUEUE_ARN_PREFIX, sns, snsCloud, snsError, sqs } from './helpers.ts';

describe('SNS topics and subscriptions', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('CreateTopic answers the ARN, is idempotent, and ListTopics lists it', async () => {
    ({ cloud } = snsCloud());
    expect(await sns(cloud, 'CreateTopic', { Name: 'orders' })).toEqual({ TopicArn: `${TOPIC_PREFIX}orders` });
    expect(await sns(cloud, 'CreateTopic', { Name: 'orders' })).toEqual({ TopicArn: `${TOPIC_PREFIX}orders` });
    await sns(cloud, 'CreateTopic', { Name: 'alerts' });
    expect(await sns(cloud, 'ListTopics')).toEqual({ Topics: [{ TopicArn: `${TOPIC_PREFIX}alerts` }, { TopicArn: `${TOPIC_PREFIX}orders` }] });
  });

  it('GetTopicAttributes shows the default policy and subscription counts', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn } = await sns(cloud, 'CreateTopic', { Name: 'orders' });
    await sns(cloud, 'Subscribe', { TopicArn, Protocol: 'email', Endpoint: 'me@example.com' });
    const { Attributes } = await sns(cloud, 'GetTopicAttributes', { TopicArn });
    expect(Object.keys(Attributes)).toEqual([
      'Policy', 'Owner', 'SubscriptionsPending', 'TopicArn', 'EffectiveDeliveryPolicy', 'SubscriptionsConfirmed', 'DisplayName', 'SubscriptionsDeleted',
    ]);
    expect(Attributes).toMatchObject({ Owner: '111111111111', SubscriptionsPending: '1', SubscriptionsConfirmed: '0', DisplayName: '', TopicArn });
    expect(JSON.parse(Attributes.Policy)).toMatchObject({
      Version: '2008-10-17',
      Id: '__default_policy_ID',
      Statement: [{ Sid: '__default_statement_ID', Resource: TopicArn, Condition: { StringEquals: { 'AWS:SourceOwner': '111111111111' } } }],
    });
    await sns(cloud, 'SetTopicAttributes', { TopicArn, AttributeName: 'DisplayName', AttributeValue: 'Orders' });
    expect((await sns(cloud, 'GetTopicAttributes', { TopicArn })).Attributes.DisplayName).toBe('Orders');
  });

  it('errors in SNS words: NotFound for a missing topic, InvalidParameter for bad input', async () => {
    ({ cloud } = snsCloud());
    expect(await snsError(cloud, 'GetTopicAttributes', { TopicArn: `${TOPIC_PREFIX}nope` })).toMatchObject({
      code: 'NotFound',
      message: 'Topic does not exist',
      status: 404,
    });
    expect(await snsError(cloud, 'Publish', { TopicArn: `${TOPIC_PREFIX}nope`, Message: 'x' })).toMatchObject({ code: 'NotFound', message: 'Topic does not exist' });
    expect(await snsError(cloud, 'CreateTopic', { Name: 'bad name' })).toMatchObject({ code: 'InvalidParameter', message: 'Invalid parameter: Topic Name', status: 400 });
    expect((await snsError(cloud, 'Publish', { TopicArn: 'not-an-arn', Message: 'x' })).message).toBe('Invalid parameter: TopicArn');
    const { TopicArn } = await sns(cloud, 'CreateTopic', { Name: 'orders' });
    expect((await snsError(cloud, 'Publish', { TopicArn, Message: '' })).message).toBe('Invalid parameter: Empty message');
    expect((await snsError(cloud, 'Publish', { TopicArn, Message: '{"sqs":"x"}', MessageStructure: 'json' })).message).toBe(
      'Invalid parameter: Message Structure - No default entry in JSON message body',
    );
    expect((await snsError(cloud, 'Publish', { TopicArn, Message: 'nope', MessageStructure: 'json' })).message).toBe(
      'Invalid parameter: Message Structure - JSON message body failed to parse',
    );
    expect((await snsError(cloud, 'Subscribe', { TopicArn, Protocol: 'pigeon', Endpoint: 'x' })).message).toBe(
      'Invalid parameter: Amazon SNS does not support this protocol string: pigeon',
    );
    expect((await snsError(cloud, 'Subscribe', { TopicArn, Protocol: 'sqs', Endpoint: 'https://sqs.us-east-1.amazonaws.com/111111111111/q' })).message).toBe(
      'Invalid parameter: SQS endpoint ARN',
    );
    expect(await snsError(cloud, 'Subscribe', { TopicArn, Protocol: 'sqs', Endpoint: `${QUEUE_ARN_PREFIX}q`, Attributes: { FilterPolicy: '{"a":[{"bogus":1}]}' } })).toMatchObject({
      code: 'InvalidParameter',
      message: 'Invalid parameter: Attributes Reason: FilterPolicy: Unrecognized match type bogus',
    });
    expect((await snsError(cloud, 'GetSubscriptionAttributes', { SubscriptionArn: `${TopicArn}:00000000-0000-4000-8000-000000000000` })).message).toBe(
      'Subscription does not exist',
    );
  });

  it('sqs subscriptions are confirmed at once; email ones stay pending', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn } = await sns(cloud, 'CreateTopic', { Name: 'orders' });
    await sqs(cloud, 'CreateQueue', { QueueName: 'q' });
    const sub = await sns(cloud, 'Subscribe', { TopicArn, Protocol: 'sqs', Endpoint: `${QUEUE_ARN_PREFIX}q` });
    expect(sub.SubscriptionArn).toMatch(new RegExp(`^${TopicArn}:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`));
    expect(await sns(cloud, 'Subscribe', { TopicArn, Protocol: 'sqs', Endpoint: `${QUEUE_ARN_PREFIX}q` })).toEqual(sub);
    expect(await sns(cloud, 'Subscribe', { TopicArn, Protocol: 'email', Endpoint: 'me@example.com' })).toEqual({ SubscriptionArn: 'pending confirmation' });
    const list = await sns(cloud, 'ListSubscriptionsByTopic', { TopicArn });
    expect(list.Subscriptions).toEqual([
      { SubscriptionArn: sub.SubscriptionArn, Owner: '111111111111', Protocol: 'sqs', Endpoint: `${QUEUE_ARN_PREFIX}q`, TopicArn },
      { SubscriptionArn: 'PendingConfirmation', Owner: '111111111111', Protocol: 'email', Endpoint: 'me@example.com', TopicArn },
    ]);
    expect((await sns(cloud, 'GetSubscriptionAttributes', { SubscriptionArn: sub.SubscriptionArn })).Attributes).toEqual({
      ConfirmationWasAuthenticated: 'true',
      Owner: '111111111111',
      RawMessageDelivery: 'false',
      TopicArn,
      Endpoint: `${QUEUE_ARN_PREFIX}q`,
      Protocol: 'sqs',
      PendingConfirmation: 'false',
      SubscriptionPrincipal: 'arn:aws:iam::111111111111:user/learner',
      SubscriptionArn: sub.SubscriptionArn,
    });
    await sns(cloud, 'Unsubscribe', { SubscriptionArn: sub.SubscriptionArn });
    await sns(cloud, 'Unsubscribe', { SubscriptionArn: sub.SubscriptionArn });
    expect((await sns(cloud, 'ListSubscriptions')).Subscriptions).toHaveLength(1);
    expect((await sns(cloud, 'GetTopicAttributes', { TopicArn })).Attributes.SubscriptionsDeleted).toBe('1');
  });

  it('DeleteTopic removes its subscriptions and is idempotent', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn } = await sns(cloud, 'CreateTopic', { Name: 'orders' });
    await sns(cloud, 'Subscribe', { TopicArn, Protocol: 'sqs', Endpoint: `${QUEUE_ARN_PREFIX}q` });
    await sns(cloud, 'DeleteTopic', { TopicArn });
    await sns(cloud, 'DeleteTopic', { TopicArn });
    expect(await sns(cloud, 'ListSubscriptions')).toEqual({ Subscriptions: [] });
    expect(await sns(cloud, 'ListTopics')).toEqual({ Topics: [] });
  });

  it('tags topics', async () => {
    ({ cloud } = snsCloud());
    const { TopicArn } = await sns(cloud, 'CreateTopic', { Name: 'orders', Tags: [{ Key: 'team', Value: 'a' }] });
    await sns(cloud, 'TagResource', { ResourceArn: TopicArn, Tags: [{ Key: 'team', Value: 'b' }, { Key: 'env', Value: 'dev' }] });
    expect(await sns(cloud, 'ListTagsForResource', { ResourceArn: TopicArn })).toEqual({ Tags: [{ Key: 'team', Value: 'b' }, { Key: 'env', Value: 'dev' }] });
    await sns(cloud, 'UntagResource', { ResourceArn: TopicArn, TagKeys: ['team'] });
    expect(await sns(cloud, 'ListTagsForResource', { ResourceArn: TopicArn })).toEqual({ Tags: [{ Key: 'env', Value: 'dev' }] });
  });
});
