import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { createQueue, seconds, sqs, sqsCloud, sqsError } from './helpers.ts';

const bodies = (out: { Messages?: Array<{ Body: string }> }) => (out.Messages ?? []).map((m) => m.Body);

describe('SQS FIFO queues', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('requires MessageGroupId and a deduplication id (or ContentBasedDeduplication)', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'jobs.fifo', { FifoQueue: 'true' });
    expect(await sqsError(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'a', MessageDeduplicationId: 'd' })).toMatchObject({
      code: 'MissingParameter',
      message: 'The request must contain the parameter MessageGroupId.',
    });
    expect(await sqsError(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'a', MessageGroupId: 'g' })).toMatchObject({
      code: 'InvalidParameterValue',
      message: 'The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
    });
    expect((await sqsError(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'a', MessageGroupId: 'g', MessageDeduplicationId: 'd', DelaySeconds: 5 })).message).toBe(
      'Value 5 for parameter DelaySeconds is invalid. Reason: The request include parameter that is not valid for this queue type.',
    );
    const sent = await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'a', MessageGroupId: 'g', MessageDeduplicationId: 'd' });
    expect(sent.SequenceNumber).toMatch(/^\d{20}$/);
  });

  it('deduplicates within 5 minutes: the duplicate is accepted, answers the first id, and is not delivered twice', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'jobs.fifo', { FifoQueue: 'true' });
    const send = () => sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'pay', MessageGroupId: 'g', MessageDeduplicationId: 'order-1' });
    const first = await send();
    cloud.clock.advance(seconds(299));
    const dup = await send();
    expect(dup.MessageId).toBe(first.MessageId);
    expect(dup.SequenceNumber).toBe(first.SequenceNumber);
    expect(bodies(await sqs(cloud, 'ReceiveMessage', { QueueUrl: url, MaxNumberOfMessages: 10 }))).toEqual(['pay']);
    cloud.clock.advance(seconds(1));
    const later = await send();
    expect(later.MessageId).not.toBe(first.MessageId);
    expect(BigInt(later.SequenceNumber)).toBeGreaterThan(BigInt(first.SequenceNumber));
  });

  it('content-based deduplication uses the SHA-256 of the body as MessageDeduplicationId', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'jobs.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'true' });
    const a = await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'hello', MessageGroupId: 'g' });
    const b = await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'hello', MessageGroupId: 'g' });
    expect(b.MessageId).toBe(a.MessageId);
    const got = await sqs(cloud, 'ReceiveMessage', { QueueUrl: url, AttributeNames: ['All'] });
    expect(got.Messages[0].Attributes).toMatchObject({
      MessageDeduplicationId: '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
      MessageGroupId: 'g',
      SequenceNumber: a.SequenceNumber,
    });
  });

  it('delivers in order per group and never a group with a message in flight', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'jobs.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'true', VisibilityTimeout: '30' });
    for (const [group, body] of [['A', 'a1'], ['B', 'b1'], ['A', 'a2'], ['B', 'b2'], ['A', 'a3']]) {
      await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: body, MessageGroupId: group });
    }
    const first = await sqs(cloud, 'ReceiveMessage', { QueueUrl: url, MaxNumberOfMessages: 2 });
    expect(bodies(first)).toEqual(['a1', 'a2']);
    // Group A is in flight; only group B can be received now.
    expect(bodies(await sqs(cloud, 'ReceiveMessage', { QueueUrl: url, MaxNumberOfMessages: 10 }))).toEqual(['b1', 'b2']);
    expect(await sqs(cloud, 'ReceiveMessage', { QueueUrl: url, MaxNumberOfMessages: 10 })).toEqual({});
    for (const m of first.Messages) await sqs(cloud, 'DeleteMessage', { QueueUrl: url, ReceiptHandle: m.ReceiptHandle });
    expect(bodies(await sqs(cloud, 'ReceiveMessage', { QueueUrl: url, MaxNumberOfMessages: 10 }))).toEqual(['a3']);
  });

  it('a message returned to a group after its visibility timeout comes back first, before later ones', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'jobs.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'true', VisibilityTimeout: '30' });
    for (const body of ['1', '2', '3']) await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: body, MessageGroupId: 'g' });
    expect(bodies(await sqs(cloud, 'ReceiveMessage', { QueueUrl: url }))).toEqual(['1']);
    cloud.clock.advance(seconds(30));
    expect(bodies(await sqs(cloud, 'ReceiveMessage', { QueueUrl: url, MaxNumberOfMessages: 10 }))).toEqual(['1', '2', '3']);
  });

  it('only the latest receipt handle, while in flight, deletes a FIFO message', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'jobs.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'true', VisibilityTimeout: '30' });
    await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'x', MessageGroupId: 'g' });
    const old = (await sqs(cloud, 'ReceiveMessage', { QueueUrl: url })).Messages[0].ReceiptHandle;
    cloud.clock.advance(seconds(30));
    expect(await sqsError(cloud, 'DeleteMessage', { QueueUrl: url, ReceiptHandle: old })).toMatchObject({
      code: 'InvalidParameterValue',
      message: `Value ${old} for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.`,
    });
    const fresh = (await sqs(cloud, 'ReceiveMessage', { QueueUrl: url })).Messages[0].ReceiptHandle;
    await sqs(cloud, 'DeleteMessage', { QueueUrl: url, ReceiptHandle: fresh });
    expect(await sqs(cloud, 'ReceiveMessage', { QueueUrl: url })).toEqual({});
  });

  it('a FIFO queue redrives to a FIFO dead-letter queue, keeping the group', async () => {
    cloud = sqsCloud();
    const dlq = await createQueue(cloud, 'dlq.fifo', { FifoQueue: 'true' });
    const url = await createQueue(cloud, 'jobs.fifo', {
      FifoQueue: 'true',
      ContentBasedDeduplication: 'true',
      VisibilityTimeout: '5',
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: 'arn:aws:sqs:us-east-1:111111111111:dlq.fifo', maxReceiveCount: 1 }),
    });
    await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'bad', MessageGroupId: 'g' });
    await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'good', MessageGroupId: 'g' });
    expect(bodies(await sqs(cloud, 'ReceiveMessage', { QueueUrl: url }))).toEqual(['bad']);
    cloud.clock.advance(seconds(5));
    // 'bad' would be received a second time: it moves to the DLQ and 'good' is next in its group.
    expect(bodies(await sqs(cloud, 'ReceiveMessage', { QueueUrl: url }))).toEqual(['good']);
    const moved = await sqs(cloud, 'ReceiveMessage', { QueueUrl: dlq, AttributeNames: ['MessageGroupId'] });
    expect(moved.Messages[0]).toMatchObject({ Body: 'bad', Attributes: { MessageGroupId: 'g' } });
  });
});
