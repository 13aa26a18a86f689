import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { ARN_PREFIX, URL_PREFIX, createQueue, seconds, sqs, sqsCloud, sqsError } from './helpers.ts';

describe('SQS dead-letter queues', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('a receive that would exceed maxReceiveCount moves the message to the dead-letter queue', async () => {
    cloud = sqsCloud();
    const dlq = await createQueue(cloud, 'orders-dlq');
    const policy = JSON.stringify({ deadLetterTargetArn: `${ARN_PREFIX}orders-dlq`, maxReceiveCount: '2' });
    const url = await createQueue(cloud, 'orders', { VisibilityTimeout: '10', RedrivePolicy: policy });
    const sentAt = cloud.clock.now();
    const { MessageId } = await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'poison' });

    for (let receive = 1; receive <= 2; receive++) {
      const got = await sqs(cloud, 'ReceiveMessage', { QueueUrl: url, AttributeNames: ['ApproximateReceiveCount'] });
      expect(got.Messages[0].Attributes.ApproximateReceiveCount).toBe(String(receive));
      cloud.clock.advance(seconds(10));
    }
    // The third receive would make the count 3 > 2: the message goes to the DLQ instead.
    expect(await sqs(cloud, 'ReceiveMessage', { QueueUrl: url })).toEqual({});
    const moved = await sqs(cloud, 'ReceiveMessage', { QueueUrl: dlq, MessageSystemAttributeNames: ['All'] });
    expect(moved.Messages[0]).toMatchObject({ MessageId, Body: 'poison' });
    expect(moved.Messages[0].Attributes).toMatchObject({
      SentTimestamp: String(sentAt),
      DeadLetterQueueSourceArn: `${ARN_PREFIX}orders`,
    });
    expect(cloud.state.trace.some((e) => e.type === 'sqs.redriven' && e.messageId === MessageId)).toBe(true);
  });

  it('RedrivePolicy is returned with maxReceiveCount as a number; ListDeadLetterSourceQueues finds the source', async () => {
    cloud = sqsCloud();
    const dlq = await createQueue(cloud, 'dlq');
    const url = await createQueue(cloud, 'orders', { RedrivePolicy: `{"deadLetterTargetArn":"${ARN_PREFIX}dlq","maxReceiveCount":"5"}` });
    const out = await sqs(cloud, 'GetQueueAttributes', { QueueUrl: url, AttributeNames: ['RedrivePolicy'] });
    expect(out.Attributes.RedrivePolicy).toBe(`{"deadLetterTargetArn":"${ARN_PREFIX}dlq","maxReceiveCount":5}`);
    expect(await sqs(cloud, 'ListDeadLetterSourceQueues', { QueueUrl: dlq })).toEqual({ queueUrls: [`${URL_PREFIX}orders`] });
  });

  it('refuses a dead-letter target that does not exist or is of the other queue type', async () => {
    cloud = sqsCloud();
    const missing = `{"deadLetterTargetArn":"${ARN_PREFIX}nope","maxReceiveCount":3}`;
    expect(await sqsError(cloud, 'CreateQueue', { QueueName: 'orders', Attributes: { RedrivePolicy: missing } })).toMatchObject({
      code: 'InvalidParameterValue',
      message: `Value ${missing} for parameter RedrivePolicy is invalid. Reason: Dead letter target does not exist.`,
    });
    await createQueue(cloud, 'dlq.fifo', { FifoQueue: 'true' });
    const mixed = `{"deadLetterTargetArn":"${ARN_PREFIX}dlq.fifo","maxReceiveCount":3}`;
    expect((await sqsError(cloud, 'CreateQueue', { QueueName: 'orders', Attributes: { RedrivePolicy: mixed } })).code).toBe('InvalidParameterValue');
    await createQueue(cloud, 'dlq');
    const zero = `{"deadLetterTargetArn":"${ARN_PREFIX}dlq","maxReceiveCount":0}`;
    expect((await sqsError(cloud, 'CreateQueue', { QueueName: 'orders', Attributes: { RedrivePolicy: zero } })).message).toContain(
      'valid values are from 1 to 1000 both inclusive.',
    );
  });

  it('a RedriveAllowPolicy of denyAll keeps a queue from being anyone’s dead-letter queue', async () => {
    cloud = sqsCloud();
    await createQueue(cloud, 'dlq', { RedriveAllowPolicy: '{"redrivePermission":"denyAll"}' });
    const policy = `{"deadLetterTargetArn":"${ARN_PREFIX}dlq","maxReceiveCount":3}`;
    expect((await sqsError(cloud, 'CreateQueue', { QueueName: 'orders', Attributes: { RedrivePolicy: policy } })).code).toBe('InvalidParameterValue');
  });

  it('setting RedrivePolicy to an empty string removes it', async () => {
    cloud = sqsCloud();
    await createQueue(cloud, 'dlq');
    const url = await createQueue(cloud, 'orders', { RedrivePolicy: `{"deadLetterTargetArn":"${ARN_PREFIX}dlq","maxReceiveCount":1}` });
    await sqs(cloud, 'SetQueueAttributes', { QueueUrl: url, Attributes: { RedrivePolicy: '' } });
    expect((await sqs(cloud, 'GetQueueAttributes', { QueueUrl: url, AttributeNames: ['All'] })).Attributes.RedrivePolicy).toBeUndefined();
  });
});
