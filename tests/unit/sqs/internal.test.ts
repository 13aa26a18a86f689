import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { deleteByReceipt, queueNextChangeAt, receive, sendToQueue } from '../../../sandbox/cloud/sqs/index.ts';
import { ARN_PREFIX, createQueue, seconds, sqs, sqsCloud } from './helpers.ts';

describe('SQS for other services', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('sendToQueue / receive / deleteByReceipt work on ARNs without a caller', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'dlq', { VisibilityTimeout: '20' });
    const attrs = { RequestID: { DataType: 'String', StringValue: 'req-1' }, ErrorCode: { DataType: 'Number', StringValue: '200' } };
    const { MessageId } = sendToQueue(cloud, `${ARN_PREFIX}dlq`, '{"x":1}', attrs);
    const [m] = receive(cloud, `${ARN_PREFIX}dlq`, 10);
    expect(m).toMatchObject({
      messageId: MessageId,
      body: '{"x":1}',
      md5OfBody: expect.stringMatching(/^[0-9a-f]{32}$/),
      md5OfMessageAttributes: expect.stringMatching(/^[0-9a-f]{32}$/),
      attributes: { SenderId: '111111111111', ApproximateReceiveCount: '1' },
      messageAttributes: attrs,
    });
    expect(queueNextChangeAt(cloud, `${ARN_PREFIX}dlq`)).toBe(cloud.clock.now() + seconds(20));
    deleteByReceipt(cloud, `${ARN_PREFIX}dlq`, m!.receiptHandle);
    cloud.clock.advance(seconds(20));
    expect(await sqs(cloud, 'ReceiveMessage', { QueueUrl: url })).toEqual({});
  });

  it('sendToQueue to a missing queue throws the AWS error', async () => {
    cloud = sqsCloud();
    expect(() => sendToQueue(cloud, `${ARN_PREFIX}nope`, 'x')).toThrow('The specified queue does not exist.');
  });
});
