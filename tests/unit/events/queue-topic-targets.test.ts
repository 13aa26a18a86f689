/** SQS queue and SNS topic targets: delivered as events.amazonaws.com when the target's access policy allows the rule. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { receive } from '../../../sandbox/cloud/sqs/index.ts';
import { queuePolicy, topicPolicy } from '../../helpers/access-policies.ts';
import { sns } from '../sns/helpers.ts';
import { createQueue, sqs } from '../sqs/helpers.ts';
import { advance, events, eventsCloud, eventsError } from './helpers.ts';

const ACCOUNT = '111111111111';
const RULE = `arn:aws:events:us-east-1:${ACCOUNT}:rule/orders`;
const QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT}:orders`;
const QUEUE_URL = `https://sqs.us-east-1.amazonaws.com/${ACCOUNT}/orders`;
const TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT}:orders`;
const ORDER = { Source: 'com.shop', DetailType: 'Order Placed', Detail: '{"id":42}' };

const traced = (cloud: Cloud, type: string) => cloud.state.trace.filter((e) => e.type === type);

async function ordersRule(cloud: Cloud, target: Record<string, unknown>) {
  await events(cloud, 'PutRule', { Name: 'orders', EventPattern: '{"source":["com.shop"]}' });
  await events(cloud, 'PutTargets', { Rule: 'orders', Targets: [{ Id: '1', ...target }] });
}

describe('EventBridge queue and topic targets', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('a queue without a policy for events.amazonaws.com gets nothing; the trace says to allow the rule', async () => {
    ({ cloud } = eventsCloud());
    await createQueue(cloud, 'orders');
    await ordersRule(cloud, { Arn: QUEUE });
    const { Entries } = await events(cloud, 'PutEvents', { Entries: [ORDER] });
    expect(receive(cloud, QUEUE, 10)).toEqual([]);
    const [denied] = traced(cloud, 'events.target-denied');
    expect(denied).toMatchObject({ ruleArn: RULE, targetArn: QUEUE, eventId: Entries[0].EventId, principal: 'events.amazonaws.com', errorCode: 'AccessDenied' });
    expect(denied!.reason).toContain('the queue has no access policy, so events.amazonaws.com may not send messages to it');
    expect(denied!.reason).toContain(`aws:SourceArn = ${RULE}`);
    expect(traced(cloud, 'events.target-skipped')).toEqual([]);
  });

  it('with the policy, the matched event is the message body (InputPath applied)', async () => {
    ({ cloud } = eventsCloud());
    await createQueue(cloud, 'orders', { Policy: queuePolicy(QUEUE, 'events.amazonaws.com', RULE) });
    await events(cloud, 'PutRule', { Name: 'orders', EventPattern: '{"source":["com.shop"]}' });
    await events(cloud, 'PutTargets', { Rule: 'orders', Targets: [{ Id: 'all', Arn: QUEUE }] });
    const { Entries } = await events(cloud, 'PutEvents', { Entries: [ORDER] });
    const [m] = receive(cloud, QUEUE, 10);
    expect(JSON.parse(m!.body)).toEqual({
      version: '0', id: Entries[0].EventId, 'detail-type': 'Order Placed', source: 'com.shop', account: ACCOUNT,
      time: '2026-01-01T00:00:00Z', region: 'us-east-1', resources: [], detail: { id: 42 },
    });
    await events(cloud, 'PutTargets', { Rule: 'orders', Targets: [{ Id: 'all', Arn: QUEUE, InputPath: '$.detail' }] });
    await events(cloud, 'PutEvents', { Entries: [ORDER] });
    expect(receive(cloud, QUEUE, 10).map((x) => x.body)).toEqual(['{"id":42}']);
    expect(traced(cloud, 'events.target-delivered')).toHaveLength(2);
  });

  it('a policy for another rule does not admit this one', async () => {
    ({ cloud } = eventsCloud());
    await createQueue(cloud, 'orders', { Policy: queuePolicy(QUEUE, 'events.amazonaws.com', `${RULE}-other`) });
    await ordersRule(cloud, { Arn: QUEUE });
    await events(cloud, 'PutEvents', { Entries: [ORDER] });
    expect(receive(cloud, QUEUE, 10)).toEqual([]);
    expect(traced(cloud, 'events.target-denied')[0]!.reason).toContain(`the queue's access policy does not allow events.amazonaws.com to send messages to it from ${RULE}`);
  });

  it('a schedule publishes to a topic that allows the rule, and the topic fans out to its queue', async () => {
    ({ cloud } = eventsCloud());
    const rule = `arn:aws:events:us-east-1:${ACCOUNT}:rule/every-minute`;
    await sns(cloud, 'CreateTopic', { Name: 'orders' });
    await createQueue(cloud, 'orders', { Policy: queuePolicy(QUEUE, 'sns.amazonaws.com', TOPIC) });
    await sns(cloud, 'Subscribe', { TopicArn: TOPIC, Protocol: 'sqs', Endpoint: QUEUE, Attributes: { RawMessageDelivery: 'true' } });
    await events(cloud, 'PutRule', { Name: 'every-minute', ScheduleExpression: 'rate(1 minute)' });
    await events(cloud, 'PutTargets', { Rule: 'every-minute', Targets: [{ Id: 'topic', Arn: TOPIC, Input: '{"job":"report"}' }] });
    advance(cloud, 60_000);
    // The default topic policy admits only the account's own principals, not events.amazonaws.com.
    expect(receive(cloud, QUEUE, 10)).toEqual([]);
    expect(traced(cloud, 'events.target-denied')[0]).toMatchObject({ targetArn: TOPIC, errorCode: 'AuthorizationError' });
    await sns(cloud, 'SetTopicAttributes', { TopicArn: TOPIC, AttributeName: 'Policy', AttributeValue: topicPolicy(TOPIC, 'events.amazonaws.com', rule) });
    advance(cloud, 60_000);
    expect(receive(cloud, QUEUE, 10).map((m) => m.body)).toEqual(['{"job":"report"}']);
  });

  it('a FIFO queue target needs SqsParameters; its messages carry that group and the event id as deduplication id', async () => {
    ({ cloud } = eventsCloud());
    const fifo = `arn:aws:sqs:us-east-1:${ACCOUNT}:orders.fifo`;
    await createQueue(cloud, 'orders.fifo', { FifoQueue: 'true', Policy: queuePolicy(fifo, 'events.amazonaws.com', RULE) });
    await events(cloud, 'PutRule', { Name: 'orders', EventPattern: '{"source":["com.shop"]}' });
    expect(await eventsError(cloud, 'PutTargets', { Rule: 'orders', Targets: [{ Id: 'fifo', Arn: fifo }] })).toMatchObject({
      code: 'ValidationException', status: 400, message: 'Parameter(s) SqsParameters must be specified for target: fifo.',
    });
    await events(cloud, 'PutTargets', { Rule: 'orders', Targets: [{ Id: 'fifo', Arn: fifo, SqsParameters: { MessageGroupId: 'shop' } }] });
    expect((await events(cloud, 'ListTargetsByRule', { Rule: 'orders' })).Targets).toEqual([{ Id: 'fifo', Arn: fifo, SqsParameters: { MessageGroupId: 'shop' } }]);
    const { Entries } = await events(cloud, 'PutEvents', { Entries: [ORDER, { ...ORDER, Detail: '{"id":43}' }] });
    const got = receive(cloud, fifo, 10);
    expect(got.map((m) => [JSON.parse(m.body).detail.id, m.attributes.MessageGroupId, m.attributes.MessageDeduplicationId])).toEqual([
      [42, 'shop', Entries[0].EventId],
      [43, 'shop', Entries[1].EventId],
    ]);
  });

  it("refuses queue and topic ARNs that are not in the right format, in EventBridge's words", async () => {
    ({ cloud } = eventsCloud());
    await events(cloud, 'PutRule', { Name: 'orders', EventPattern: '{"source":["com.shop"]}' });
    for (const Arn of [`arn:aws:sqs:us-east-1:${ACCOUNT}`, 'arn:aws:sns:us-east-1:orders', 'orders']) {
      expect(await eventsError(cloud, 'PutTargets', { Rule: 'orders', Targets: [{ Id: '1', Arn }] })).toMatchObject({
        code: 'ValidationException', message: `Parameter ${Arn} is not valid. Reason: Provided Arn is not in correct format.`,
      });
    }
    expect((await events(cloud, 'ListTargetsByRule', { Rule: 'orders' })).Targets).toEqual([]);
  });

  it('a queue deleted after PutTargets is a traced failure; other target kinds stay skipped', async () => {
    ({ cloud } = eventsCloud());
    await createQueue(cloud, 'orders', { Policy: queuePolicy(QUEUE, 'events.amazonaws.com', RULE) });
    const stream = `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/orders`;
    await events(cloud, 'PutRule', { Name: 'orders', EventPattern: '{"source":["com.shop"]}' });
    await events(cloud, 'PutTargets', { Rule: 'orders', Targets: [{ Id: 'q', Arn: QUEUE }, { Id: 's', Arn: stream }] });
    await sqs(cloud, 'DeleteQueue', { QueueUrl: QUEUE_URL });
    await events(cloud, 'PutEvents', { Entries: [ORDER] });
    expect(traced(cloud, 'events.target-failed')).toMatchObject([{ targetArn: QUEUE, errorCode: 'AWS.SimpleQueueService.NonExistentQueue' }]);
    expect(traced(cloud, 'events.target-skipped')).toMatchObject([{ targetArn: stream, reason: 'only Lambda functions, SQS queues and SNS topics are delivered to in this sandbox' }]);
  });
});
