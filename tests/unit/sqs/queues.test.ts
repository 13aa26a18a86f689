import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { ARN_PREFIX, URL_PREFIX, createQueue, seconds, sqs, sqsCloud, sqsError } from './helpers.ts';

describe('SQS queues', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('CreateQueue answers the queue URL; GetQueueUrl finds it; the same call again is idempotent', async () => {
    cloud = sqsCloud();
    expect(await sqs(cloud, 'CreateQueue', { QueueName: 'orders' })).toEqual({ QueueUrl: `${URL_PREFIX}orders` });
    expect(await sqs(cloud, 'GetQueueUrl', { QueueName: 'orders' })).toEqual({ QueueUrl: `${URL_PREFIX}orders` });
    expect(await sqs(cloud, 'CreateQueue', { QueueName: 'orders', Attributes: { VisibilityTimeout: '30' } })).toEqual({
      QueueUrl: `${URL_PREFIX}orders`,
    });
  });

  it('creating an existing queue with different attributes fails as QueueAlreadyExists', async () => {
    cloud = sqsCloud();
    await createQueue(cloud, 'orders');
    const error = await sqsError(cloud, 'CreateQueue', { QueueName: 'orders', Attributes: { VisibilityTimeout: '60' } });
    expect(error).toMatchObject({
      code: 'QueueAlreadyExists',
      message: 'A queue already exists with the same name and a different value for attribute VisibilityTimeout',
      status: 400,
    });
  });

  it('a missing queue is AWS.SimpleQueueService.NonExistentQueue, as AWS CLI v2 prints it', async () => {
    cloud = sqsCloud();
    expect(await sqsError(cloud, 'GetQueueUrl', { QueueName: 'nope' })).toMatchObject({
      code: 'AWS.SimpleQueueService.NonExistentQueue',
      message: 'The specified queue does not exist.',
      status: 400,
    });
    expect((await sqsError(cloud, 'SendMessage', { QueueUrl: `${URL_PREFIX}nope`, MessageBody: 'x' })).code).toBe(
      'AWS.SimpleQueueService.NonExistentQueue',
    );
  });

  it('enforces queue names, the .fifo suffix, and refuses FIFO attributes on standard queues', async () => {
    cloud = sqsCloud();
    expect(await sqsError(cloud, 'CreateQueue', { QueueName: 'bad name' })).toMatchObject({
      code: 'InvalidParameterValue',
      message: 'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length',
    });
    expect((await sqsError(cloud, 'CreateQueue', { QueueName: 'x'.repeat(81) })).code).toBe('InvalidParameterValue');
    expect((await sqsError(cloud, 'CreateQueue', { QueueName: 'jobs.fifo' })).message).toBe(
      'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length',
    );
    expect((await sqsError(cloud, 'CreateQueue', { QueueName: 'jobs', Attributes: { FifoQueue: 'true' } })).message).toBe(
      'The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.',
    );
    expect(await sqsError(cloud, 'CreateQueue', { QueueName: 'jobs', Attributes: { FifoQueue: 'false' } })).toMatchObject({
      code: 'InvalidAttributeName',
      message: 'Unknown Attribute FifoQueue.',
    });
    expect(await sqsError(cloud, 'CreateQueue', { QueueName: 'jobs', Attributes: { VisibilityTimeout: '43201' } })).toMatchObject({
      code: 'InvalidAttributeValue',
      message: 'Invalid value for the parameter VisibilityTimeout.',
    });
    expect(await createQueue(cloud, 'jobs.fifo', { FifoQueue: 'true' })).toBe(`${URL_PREFIX}jobs.fifo`);
  });

  it('GetQueueAttributes All shows the defaults, the ARN and the timestamps in seconds', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'orders');
    const out = await sqs(cloud, 'GetQueueAttributes', { QueueUrl: url, AttributeNames: ['All'] });
    const created = String(Math.floor(cloud.clock.now() / 1000));
    expect(out.Attributes).toEqual({
      QueueArn: `${ARN_PREFIX}orders`,
      ApproximateNumberOfMessages: '0',
      ApproximateNumberOfMessagesNotVisible: '0',
      ApproximateNumberOfMessagesDelayed: '0',
      CreatedTimestamp: created,
      LastModifiedTimestamp: created,
      VisibilityTimeout: '30',
      MaximumMessageSize: '1048576',
      MessageRetentionPeriod: '345600',
      DelaySeconds: '0',
      ReceiveMessageWaitTimeSeconds: '0',
      SqsManagedSseEnabled: 'true',
    });
    expect(Object.keys(out.Attributes).slice(0, 4)).toEqual([
      'QueueArn', 'ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed',
    ]);
    expect(await sqs(cloud, 'GetQueueAttributes', { QueueUrl: url })).toEqual({});
    expect(await sqsError(cloud, 'GetQueueAttributes', { QueueUrl: url, AttributeNames: ['Colour'] })).toMatchObject({
      code: 'InvalidAttributeName',
      message: 'Unknown Attribute Colour.',
    });
  });

  it('FIFO queues show their FIFO attributes', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'jobs.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'true' });
    const out = await sqs(cloud, 'GetQueueAttributes', { QueueUrl: url, AttributeNames: ['All'] });
    expect(out.Attributes).toMatchObject({ FifoQueue: 'true', ContentBasedDeduplication: 'true', DeduplicationScope: 'queue', FifoThroughputLimit: 'perQueue' });
  });

  it('SetQueueAttributes changes attributes and LastModifiedTimestamp', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'orders');
    cloud.clock.advance(seconds(90));
    await sqs(cloud, 'SetQueueAttributes', { QueueUrl: url, Attributes: { VisibilityTimeout: '120', DelaySeconds: '5' } });
    const out = await sqs(cloud, 'GetQueueAttributes', { QueueUrl: url, AttributeNames: ['VisibilityTimeout', 'DelaySeconds', 'LastModifiedTimestamp'] });
    expect(out.Attributes).toEqual({ VisibilityTimeout: '120', DelaySeconds: '5', LastModifiedTimestamp: String(Math.floor(cloud.clock.now() / 1000)) });
  });

  it('ListQueues filters by prefix and pages with MaxResults / NextToken', async () => {
    cloud = sqsCloud();
    for (const name of ['b-queue', 'a-queue', 'c-queue', 'other']) await createQueue(cloud, name);
    expect((await sqs(cloud, 'ListQueues', { QueueNamePrefix: 'other' })).QueueUrls).toEqual([`${URL_PREFIX}other`]);
    const first = await sqs(cloud, 'ListQueues', { MaxResults: 2 });
    expect(first.QueueUrls).toEqual([`${URL_PREFIX}a-queue`, `${URL_PREFIX}b-queue`]);
    expect(typeof first.NextToken).toBe('string');
    const second = await sqs(cloud, 'ListQueues', { MaxResults: 2, NextToken: first.NextToken });
    expect(second).toEqual({ QueueUrls: [`${URL_PREFIX}c-queue`, `${URL_PREFIX}other`] });
    expect(await sqs(cloud, 'ListQueues', { QueueNamePrefix: 'zzz' })).toEqual({});
  });

  it('DeleteQueue removes it; the name is free again only after 60 seconds', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'orders');
    await sqs(cloud, 'DeleteQueue', { QueueUrl: url });
    expect((await sqsError(cloud, 'GetQueueUrl', { QueueName: 'orders' })).code).toBe('AWS.SimpleQueueService.NonExistentQueue');
    expect(await sqsError(cloud, 'CreateQueue', { QueueName: 'orders' })).toMatchObject({
      code: 'AWS.SimpleQueueService.QueueDeletedRecently',
      message: 'You must wait 60 seconds after deleting a queue before you can create another with the same name.',
    });
    cloud.clock.advance(seconds(60));
    expect(await createQueue(cloud, 'orders')).toBe(url);
  });

  it('PurgeQueue empties the queue, once per 60 seconds', async () => {
    cloud = sqsCloud();
    const url = await createQueue(cloud, 'orders');
    await sqs(cloud, 'SendMessage', { QueueUrl: url, MessageBody: 'a' });
    await sqs(cloud, 'PurgeQueue', { QueueUrl: url });
    expect(await sqs(cloud, 'ReceiveMessage', { QueueUrl: url })).toEqual({});
    expect(await sqsError(cloud, 'PurgeQueue', { QueueUrl: url })).toMatchObject({
      code: 'AWS.SimpleQueueService.PurgeQueueInProgress',
      message: 'Only one PurgeQueue operation on orders is allowed every 60 seconds.',
      status: 403,
    });
  });

  it('tags: CreateQueue tags, TagQueue, UntagQueue, ListQueueTags', async () => {
    cloud = sqsCloud();
    const { QueueUrl } = await sqs(cloud, 'CreateQueue', { QueueName: 'orders', tags: { team: 'a' } });
    await sqs(cloud, 'TagQueue', { QueueUrl, Tags: { env: 'dev' } });
    expect(await sqs(cloud, 'ListQueueTags', { QueueUrl })).toEqual({ Tags: { team: 'a', env: 'dev' } });
    await sqs(cloud, 'UntagQueue', { QueueUrl, TagKeys: ['team', 'env'] });
    expect(await sqs(cloud, 'ListQueueTags', { QueueUrl })).toEqual({});
  });

  it('a QueueUrl that is not a URL is InvalidAddress', async () => {
    cloud = sqsCloud();
    expect(await sqsError(cloud, 'SendMessage', { QueueUrl: 'orders', MessageBody: 'x' })).toMatchObject({
      code: 'InvalidAddress',
      message: 'The address orders is not valid for this endpoint.',
    });
  });
});
