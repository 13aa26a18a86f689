import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { initialSnsState, snsActions } from '../../../sandbox/cloud/sns/index.ts';
import { receive } from '../../../sandbox/cloud/sqs/index.ts';
import { queuePolicy, topicPolicy } from '../../helpers/access-policies.ts';
import { createQueue, sqs } from '../sqs/helpers.ts';
import { LEARNER, s3, s3Cloud, s3Error } from './helpers.ts';

const BUCKET = 'uploads-bucket';
const BUCKET_ARN = `arn:aws:s3:::${BUCKET}`;
const QUEUE = 'arn:aws:sqs:us-east-1:111111111111:uploads';
const QUEUE_URL = 'https://sqs.us-east-1.amazonaws.com/111111111111/uploads';
const TOPIC = 'arn:aws:sns:us-east-1:111111111111:uploads';

const sns = (cloud: Cloud, action: string, input: Record<string, unknown>) => snsActions[action]!({ cloud, identity: LEARNER, region: 'us-east-1' }, input);
const queueConfig = (extra: Record<string, unknown> = {}) => ({ NotificationConfiguration: { QueueConfigurations: [{ Id: 'q', QueueArn: QUEUE, Events: ['s3:ObjectCreated:*'] }] }, Bucket: BUCKET, ...extra });
const topicConfig = () => ({ Bucket: BUCKET, NotificationConfiguration: { TopicConfigurations: [{ Id: 't', TopicArn: TOPIC, Events: ['s3:ObjectCreated:*'] }] } });
const traced = (cloud: Cloud, type: string) => cloud.state.trace.filter((e) => e.type === type);

describe('S3 → SQS and SNS are authorized by the destination policy', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  async function setup() {
    cloud = s3Cloud();
    (cloud.state as unknown as Record<string, unknown>).sns = initialSnsState();
    await s3(cloud, 'CreateBucket', { Bucket: BUCKET });
  }

  it('refuses a queue whose policy does not let s3.amazonaws.com send for this bucket, and saves nothing', async () => {
    await setup();
    await createQueue(cloud, 'uploads');
    const refused = {
      code: 'InvalidArgument',
      status: 400,
      message: 'Unable to validate the following destination configurations',
      extra: { ArgumentName: QUEUE, ArgumentValue: 'Permissions on the destination queue do not allow S3 to publish notifications from this bucket' },
    };
    expect(await s3Error(cloud, 'PutBucketNotificationConfiguration', queueConfig())).toMatchObject(refused);
    // A policy for another bucket does not help.
    await sqs(cloud, 'SetQueueAttributes', { QueueUrl: QUEUE_URL, Attributes: { Policy: queuePolicy(QUEUE, 's3.amazonaws.com', 'arn:aws:s3:::other-bucket') } });
    expect(await s3Error(cloud, 'PutBucketNotificationConfiguration', queueConfig())).toMatchObject(refused);
    expect(await s3(cloud, 'GetBucketNotificationConfiguration', { Bucket: BUCKET })).toEqual({});
    expect(traced(cloud, 's3.notification-refused')).toHaveLength(2);
    expect(receive(cloud, QUEUE, 10)).toEqual([]);
  });

  it('an object event reaches the queue once its policy allows the bucket', async () => {
    await setup();
    await createQueue(cloud, 'uploads', { Policy: queuePolicy(QUEUE, 's3.amazonaws.com', BUCKET_ARN) });
    await s3(cloud, 'PutBucketNotificationConfiguration', queueConfig());
    await s3(cloud, 'PutObject', { Bucket: BUCKET, Key: 'a.txt', Body: 'x' });
    const bodies = receive(cloud, QUEUE, 10).map((m) => JSON.parse(m.body));
    expect(bodies.map((b) => b.Event ?? b.Records[0].eventName)).toEqual(['s3:TestEvent', 'ObjectCreated:Put']);
  });

  it('an event after the queue policy was removed is not delivered; the trace says what to change', async () => {
    await setup();
    await createQueue(cloud, 'uploads', { Policy: queuePolicy(QUEUE, 's3.amazonaws.com', BUCKET_ARN) });
    await s3(cloud, 'PutBucketNotificationConfiguration', queueConfig());
    await sqs(cloud, 'PurgeQueue', { QueueUrl: QUEUE_URL }); // the test event
    await sqs(cloud, 'SetQueueAttributes', { QueueUrl: QUEUE_URL, Attributes: { Policy: '' } });
    await s3(cloud, 'PutObject', { Bucket: BUCKET, Key: 'late.txt', Body: 'x' });
    expect(receive(cloud, QUEUE, 10)).toEqual([]);
    const [denied] = traced(cloud, 's3.event-denied');
    expect(denied).toMatchObject({ bucket: BUCKET, key: 'late.txt', destination: QUEUE, principal: 's3.amazonaws.com', errorCode: 'AccessDenied' });
    expect(denied!.reason).toContain(`aws:SourceArn = ${BUCKET_ARN}`);
    expect(traced(cloud, 's3.event-sent')).toEqual([]);
  });

  it("SkipDestinationValidation saves a queue that refuses S3; its events are dropped, not delivered", async () => {
    await setup();
    await createQueue(cloud, 'uploads');
    await s3(cloud, 'PutBucketNotificationConfiguration', queueConfig({ SkipDestinationValidation: true }));
    await s3(cloud, 'PutObject', { Bucket: BUCKET, Key: 'a.txt', Body: 'x' });
    expect(receive(cloud, QUEUE, 10)).toEqual([]);
    expect(traced(cloud, 's3.event-denied')).toHaveLength(1);
  });

  it("refuses a topic with only the default policy; with s3.amazonaws.com allowed, the event goes through the topic to its queue", async () => {
    await setup();
    await sns(cloud, 'CreateTopic', { Name: 'uploads' });
    expect(await s3Error(cloud, 'PutBucketNotificationConfiguration', topicConfig())).toMatchObject({
      code: 'InvalidArgument',
      extra: { ArgumentName: TOPIC, ArgumentValue: 'Permissions on the destination topic do not allow S3 to publish notifications from this bucket' },
    });
    await sns(cloud, 'SetTopicAttributes', { TopicArn: TOPIC, AttributeName: 'Policy', AttributeValue: topicPolicy(TOPIC, 's3.amazonaws.com', BUCKET_ARN) });
    await createQueue(cloud, 'uploads', { Policy: queuePolicy(QUEUE, 'sns.amazonaws.com', TOPIC) });
    await sns(cloud, 'Subscribe', { TopicArn: TOPIC, Protocol: 'sqs', Endpoint: QUEUE });
    await s3(cloud, 'PutBucketNotificationConfiguration', topicConfig());
    await s3(cloud, 'PutObject', { Bucket: BUCKET, Key: 'photo.jpg', Body: 'x' });
    const envelopes = receive(cloud, QUEUE, 10).map((m) => JSON.parse(m.body));
    expect(envelopes.map((e) => e.Subject)).toEqual(['Amazon S3 Notification', 'Amazon S3 Notification']);
    expect(JSON.parse(envelopes[1].Message).Records[0]).toMatchObject({ eventName: 'ObjectCreated:Put', s3: { configurationId: 't', object: { key: 'photo.jpg' } } });
  });

  it('a destination ARN of the wrong service is not well formed, even when validation is skipped', async () => {
    await setup();
    for (const [list, member, arn] of [
      ['QueueConfigurations', 'QueueArn', TOPIC],
      ['TopicConfigurations', 'TopicArn', 'uploads'],
      ['LambdaFunctionConfigurations', 'LambdaFunctionArn', QUEUE],
    ] as const) {
      const err = await s3Error(cloud, 'PutBucketNotificationConfiguration', {
        Bucket: BUCKET,
        SkipDestinationValidation: true,
        NotificationConfiguration: { [list]: [{ [member]: arn, Events: ['s3:ObjectCreated:*'] }] },
      });
      expect(err).toMatchObject({ code: 'InvalidArgument', status: 400, message: 'The ARN is not well formed', extra: { ArgumentName: member, ArgumentValue: arn } });
    }
  });
});
