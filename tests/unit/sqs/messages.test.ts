import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { createQueue, seconds, sqs, sqsCloud, sqsError } from './helpers.ts';

const counts = async (cloud: Cloud, url: string) =>
  (
    await sqs(cloud, 'GetQueueAttributes', {
      QueueUrl: url,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'],
    })
  ).Attributes;

describe('SQS messages', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('SendMessage answers the MD5 of the body and a UUID message id', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'orders');
    const out = await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'hello' });
    expect(Object.keys(out)).toEqual(['MD5OfMessageBody', 'MessageId']);
    expect(out.MD5OfMessageBody).toBe('5d41402abc4b2a76b9719d911017c592');
    expect(out.MessageId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('SendMessage with attributes answers MD5OfMessageAttributes; ReceiveMessage returns the requested ones', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'orders');
    const sent = await sqs(cloud, 'SendMessage', {
      QueueUrl: url,
      MessageBody: 'hello',
      MessageAttributes: { SellerName: { DataType: 'String', StringValue: 'Example Store' }, 'x.size': { DataType: 'Number', StringValue: '3' } },
    });
    expect(sent.MD5OfMessageAttributes).toMatch(/^[0-9a-f]{32}$/);
    const got = await sqs(cloud, 'ReceiveMessage', { QueueUrl: url, MessageAttributeNames: ['SellerName'] });
    const [m] = got.Messages;
    expect(m.MessageAttributes).toEqual({ SellerName: { StringValue: 'Example Store', DataType: 'String' } });
    expect(m.MD5OfMessageAttributes).toBe('cd28f3b68aeee4b2eac9c66f2f694b58');
    expect(m.MD5OfBody).toBe('5d41402abc4b2a76b9719d911017c592');
  });

  it('ReceiveMessage hides a message for the visibility timeout, then redelivers it with a higher ApproximateReceiveCount', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'orders', { VisibilityTimeout: '30' });
    const { MessageId } = await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'job' });
    const start = cloud.clock.now();
    const first = await sqs(cloud, 'ReceiveMessage', { QueueUrl: url, MessageSystemAttributeNames: ['All'] });
    expect(first.Messages[0]).toMatchObject({ MessageId, Body: 'job' });
    expect(first.Messages[0].Attributes).toEqual({
      SenderId: 'AIDAJQABLZS4A3QDU576Q',
      ApproximateFirstReceiveTimestamp: String(start),
      ApproximateReceiveCount: '1',
      SentTimestamp: String(start),
    });
    expect(await counts(cloud, url)).toEqual({ ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '1', ApproximateNumberOfMessagesDelayed: '0' });

    cloud.clock.advance(seconds(29));
    expect(await sqs(cloud, 'ReceiveMessage', { QueueUrl: url })).toEqual({});
    cloud.clock.advance(seconds(1));
    expect(await counts(cloud, url)).toMatchObject({ ApproximateNumberOfMessages: '1', ApproximateNumberOfMessagesNotVisible: '0' });
    const again = await sqs(cloud, 'ReceiveMessage', { QueueUrl: url, AttributeNames: ['ApproximateReceiveCount', 'ApproximateFirstReceiveTimestamp'] });
    expect(again.Messages[0].Attributes).toEqual({ ApproximateFirstReceiveTimestamp: String(start), ApproximateReceiveCount: '2' });
    expect(again.Messages[0].ReceiptHandle).not.toBe(first.Messages[0].ReceiptHandle);
    expect(again.Messages[0].ReceiptHandle).toMatch(/^AQEB[A-Za-z0-9+/=]{150,}$/);
  });

  it('a receive VisibilityTimeout overrides the queue default; 0 leaves the message visible', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'orders');
    await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'job' });
    await sqs(cloud, 'ReceiveMessage', { QueueUrl: url, VisibilityTimeout: 0 });
    expect((await sqs(cloud, 'ReceiveMessage', { QueueUrl: url, VisibilityTimeout: 5 })).Messages).toHaveLength(1);
    cloud.clock.advance(seconds(5));
    expect((await sqs(cloud, 'ReceiveMessage', { QueueUrl: url })).Messages).toHaveLength(1);
  });

  it('DeleteMessage removes it; a handle never issued is ReceiptHandleIsInvalid; an old handle still works on a standard queue', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'orders', { VisibilityTimeout: '10' });
    await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'job' });
    const old = (await sqs(cloud, 'ReceiveMessage', { QueueUrl: url })).Messages[0].ReceiptHandle;
    cloud.clock.advance(seconds(10));
    await sqs(cloud, 'ReceiveMessage', { QueueUrl: url });
    expect(await sqsError(cloud, 'DeleteMessage', { QueueUrl: url, ReceiptHandle: 'bogus' })).toMatchObject({
      code: 'ReceiptHandleIsInvalid',
      message: 'The input receipt handle "bogus" is not a valid receipt handle.',
      status: 400,
    });
    await sqs(cloud, 'DeleteMessage', { QueueUrl: url, ReceiptHandle: old });
    expect(await counts(cloud, url)).toMatchObject({ ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0' });
    // Deleting again succeeds: the message is simply gone.
    await sqs(cloud, 'DeleteMessage', { QueueUrl: url, ReceiptHandle: old });
    const other = await createQueue(cloud, 'other');
    expect((await sqsError(cloud, 'DeleteMessage', { QueueUrl: other, ReceiptHandle: old })).code).toBe('ReceiptHandleIsInvalid');
  });

  it('ChangeMessageVisibility extends or ends the timeout; a message not in flight cannot be changed', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'orders', { VisibilityTimeout: '30' });
    await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'job' });
    const handle = (await sqs(cloud, 'ReceiveMessage', { QueueUrl: url })).Messages[0].ReceiptHandle;
    await sqs(cloud, 'ChangeMessageVisibility', { QueueUrl: url, ReceiptHandle: handle, VisibilityTimeout: 120 });
    cloud.clock.advance(seconds(60));
    expect(await sqs(cloud, 'ReceiveMessage', { QueueUrl: url })).toEqual({});
    await sqs(cloud, 'ChangeMessageVisibility', { QueueUrl: url, ReceiptHandle: handle, VisibilityTimeout: 0 });
    expect(await sqsError(cloud, 'ChangeMessageVisibility', { QueueUrl: url, ReceiptHandle: handle, VisibilityTimeout: 10 })).toMatchObject({
      code: 'InvalidParameterValue',
      message: `Value ${handle} for parameter ReceiptHandle is invalid. Reason: Message does not exist or is not available for visibility timeout change.`,
    });
    const fresh = (await sqs(cloud, 'ReceiveMessage', { QueueUrl: url })).Messages[0].ReceiptHandle;
    expect((await sqsError(cloud, 'ChangeMessageVisibility', { QueueUrl: url, ReceiptHandle: fresh, VisibilityTimeout: 43201 })).code).toBe(
      'InvalidParameterValue',
    );
  });

  it('DelaySeconds (queue default and per message) keeps a message delayed, then visible', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'orders', { DelaySeconds: '10' });
    await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'queue delay' });
    await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'own delay', DelaySeconds: 60 });
    expect(await counts(cloud, url)).toEqual({ ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0', ApproximateNumberOfMessagesDelayed: '2' });
    expect(await sqs(cloud, 'ReceiveMessage', { QueueUrl: url })).toEqual({});
    cloud.clock.advance(seconds(10));
    expect((await sqs(cloud, 'ReceiveMessage', { QueueUrl: url, MaxNumberOfMessages: 10, VisibilityTimeout: 300 })).Messages.map((m: { Body: string }) => m.Body)).toEqual(['queue delay']);
    cloud.clock.advance(seconds(50));
    expect((await sqs(cloud, 'ReceiveMessage', { QueueUrl: url, MaxNumberOfMessages: 10 })).Messages.map((m: { Body: string }) => m.Body)).toEqual(['own delay']);
    expect((await sqsError(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'x', DelaySeconds: 901 })).code).toBe('InvalidParameterValue');
  });

  it('messages older than MessageRetentionPeriod are gone, in flight or not', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'orders', { MessageRetentionPeriod: '60' });
    await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'a' });
    await sqs(cloud, 'ReceiveMessage', { QueueUrl: url, VisibilityTimeout: 300 });
    cloud.clock.advance(seconds(30));
    await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'b' });
    cloud.clock.advance(seconds(30));
    expect(await counts(cloud, url)).toEqual({ ApproximateNumberOfMessages: '1', ApproximateNumberOfMessagesNotVisible: '0', ApproximateNumberOfMessagesDelayed: '0' });
    cloud.clock.advance(seconds(30));
    expect(await sqs(cloud, 'ReceiveMessage', { QueueUrl: url })).toEqual({});
  });

  it('ReceiveMessage returns up to MaxNumberOfMessages and validates its numbers', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'orders');
    for (let i = 0; i < 12; i++) await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: `m${i}` });
    expect((await sqs(cloud, 'ReceiveMessage', { QueueUrl: url })).Messages).toHaveLength(1);
    expect((await sqs(cloud, 'ReceiveMessage', { QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 20 })).Messages).toHaveLength(10);
    expect(await sqsError(cloud, 'ReceiveMessage', { QueueUrl: url, MaxNumberOfMessages: 11 })).toMatchObject({
      code: 'InvalidParameterValue',
      message: 'Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.',
    });
    expect((await sqsError(cloud, 'ReceiveMessage', { QueueUrl: url, WaitTimeSeconds: 21 })).message).toBe(
      'Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.',
    );
  });

  it('refuses empty bodies, invalid characters and bodies over MaximumMessageSize', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'orders', { MaximumMessageSize: '1024' });
    expect(await sqsError(cloud, 'SendMessage', { QueueUrl: url, MessageBody: '' })).toMatchObject({
      code: 'MissingParameter',
      message: 'The request must contain the parameter MessageBody.',
    });
    expect((await sqsError(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'bad \u0001' })).code).toBe('InvalidMessageContents');
    expect(await sqsError(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'x'.repeat(1025) })).toMatchObject({
      code: 'InvalidParameterValue',
      message: 'One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes.',
    });
    expect((await sqsError(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'x', MessageDeduplicationId: 'd' })).code).toBe('InvalidParameterValue');
  });

  it('batches: per-entry results, and whole-request errors in SQS words', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'orders');
    const sent = await sqs(cloud, 'SendMessageBatch', {
      QueueUrl: url,
      Entries: [{ Id: 'a', MessageBody: 'hello' }, { Id: 'b', MessageBody: '' }],
    });
    expect(sent.Successful).toEqual([{ Id: 'a', MessageId: expect.any(String), MD5OfMessageBody: '5d41402abc4b2a76b9719d911017c592' }]);
    expect(sent.Failed).toEqual([{ Id: 'b', SenderFault: true, Code: 'MissingParameter', Message: 'The request must contain the parameter MessageBody.' }]);
    const [m] = (await sqs(cloud, 'ReceiveMessage', { QueueUrl: url })).Messages;
    const deleted = await sqs(cloud, 'DeleteMessageBatch', {
      QueueUrl: url,
      Entries: [{ Id: 'ok', ReceiptHandle: m.ReceiptHandle }, { Id: 'bad', ReceiptHandle: 'nope' }],
    });
    expect(deleted).toEqual({
      Successful: [{ Id: 'ok' }],
      Failed: [{ Id: 'bad', SenderFault: true, Code: 'ReceiptHandleIsInvalid', Message: 'The input receipt handle "nope" is not a valid receipt handle.' }],
    });
    expect(await sqsError(cloud, 'SendMessageBatch', { QueueUrl: url, Entries: [] })).toMatchObject({
      code: 'AWS.SimpleQueueService.EmptyBatchRequest',
      message: 'There should be at least one SendMessageBatchRequestEntry in the request.',
    });
    const eleven = Array.from({ length: 11 }, (_, i) => ({ Id: `m${i}`, MessageBody: 'x' }));
    expect((await sqsError(cloud, 'SendMessageBatch', { QueueUrl: url, Entries: eleven })).message).toBe(
      'Maximum number of entries per request are 10. You have sent 11.',
    );
    expect((await sqsError(cloud, 'SendMessageBatch', { QueueUrl: url, Entries: [{ Id: 'a', MessageBody: 'x' }, { Id: 'a', MessageBody: 'y' }] })).code).toBe(
      'AWS.SimpleQueueService.BatchEntryIdsNotDistinct',
    );
    expect((await sqsError(cloud, 'SendMessageBatch', { QueueUrl: url, Entries: [{ Id: 'a b', MessageBody: 'x' }] })).code).toBe(
      'AWS.SimpleQueueService.InvalidBatchEntryId',
    );
  });

  it('ChangeMessageVisibilityBatch changes each entry', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'orders');
    await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'a' });
    const [m] = (await sqs(cloud, 'ReceiveMessage', { QueueUrl: url })).Messages;
    const out = await sqs(cloud, 'ChangeMessageVisibilityBatch', { QueueUrl: url, Entries: [{ Id: '1', ReceiptHandle: m.ReceiptHandle, VisibilityTimeout: 0 }] });
    expect(out).toEqual({ Successful: [{ Id: '1' }], Failed: [] });
    expect((await sqs(cloud, 'ReceiveMessage', { QueueUrl: url })).Messages).toHaveLength(1);
  });
});
