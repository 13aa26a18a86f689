import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { receive } from '../../../sandbox/cloud/sqs/index.ts';
import { allowS3, FN, recordInvokes, s3, s3Cloud, s3Error } from './helpers.ts';
import { createQueue } from '../sqs/helpers.ts';
import { queuePolicy } from '../../helpers/access-policies.ts';

const BUCKET = 'uploads-bucket';

describe('S3 event notifications', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  async function setup() {
    cloud = s3Cloud();
    await s3(cloud, 'CreateBucket', { Bucket: BUCKET });
  }

  const lambdaConfig = (extra: Record<string, unknown> = {}) => ({ LambdaFunctionArn: FN, Events: ['s3:ObjectCreated:*'], ...extra });

  it('refuses a Lambda destination the function policy does not allow, as S3 does', async () => {
    await setup();
    const asked = allowS3(cloud, []);
    const err = await s3Error(cloud, 'PutBucketNotificationConfiguration', {
      Bucket: BUCKET,
      NotificationConfiguration: { LambdaFunctionConfigurations: [lambdaConfig()] },
    });
    expect(err).toMatchObject({
      code: 'InvalidArgument',
      message: 'Unable to validate the following destination configurations',
      status: 400,
      extra: { ArgumentName: FN, ArgumentValue: `Not authorized to invoke function [${FN}]` },
    });
    expect(asked).toEqual([[FN, 's3.amazonaws.com', `arn:aws:s3:::${BUCKET}`, '111111111111']]);
    expect(await s3(cloud, 'GetBucketNotificationConfiguration', { Bucket: BUCKET })).toEqual({});
  });

  it('saves an allowed configuration and returns it with normalised filter rule names', async () => {
    await setup();
    allowS3(cloud, [{ functionArn: FN, bucket: BUCKET }]);
    const config = lambdaConfig({ Id: 'thumbs', Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'images/' }, { Name: 'suffix', Value: '.jpg' }] } } });
    expect(await s3(cloud, 'PutBucketNotificationConfiguration', { Bucket: BUCKET, NotificationConfiguration: { LambdaFunctionConfigurations: [config] } })).toEqual({});
    expect(await s3(cloud, 'GetBucketNotificationConfiguration', { Bucket: BUCKET })).toEqual({
      LambdaFunctionConfigurations: [
        {
          Id: 'thumbs',
          LambdaFunctionArn: FN,
          Events: ['s3:ObjectCreated:*'],
          Filter: { Key: { FilterRules: [{ Name: 'Prefix', Value: 'images/' }, { Name: 'Suffix', Value: '.jpg' }] } },
        },
      ],
    });
  });

  it('an unnamed configuration gets a generated Id', async () => {
    await setup();
    allowS3(cloud, [{ functionArn: FN, bucket: BUCKET }]);
    await s3(cloud, 'PutBucketNotificationConfiguration', { Bucket: BUCKET, NotificationConfiguration: { LambdaFunctionConfigurations: [lambdaConfig()] } });
    const got = await s3(cloud, 'GetBucketNotificationConfiguration', { Bucket: BUCKET });
    expect(got.LambdaFunctionConfigurations[0].Id).toMatch(/^[A-Za-z0-9+/=]{48}$/);
  });

  it('refuses overlapping configurations, allows disjoint suffixes', async () => {
    await setup();
    const other = 'arn:aws:lambda:us-east-1:111111111111:function:other';
    allowS3(cloud, [{ functionArn: FN, bucket: BUCKET }, { functionArn: other, bucket: BUCKET }]);
    const overlap = await s3Error(cloud, 'PutBucketNotificationConfiguration', {
      Bucket: BUCKET,
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [lambdaConfig(), { LambdaFunctionArn: other, Events: ['s3:ObjectCreated:Put'], Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'a/' }] } } }],
      },
    });
    expect(overlap).toMatchObject({ code: 'InvalidArgument', message: 'Configurations overlap. Configurations on the same bucket cannot share a common event type.' });
    const suffix = (value: string) => ({ Key: { FilterRules: [{ Name: 'suffix', Value: value }] } });
    await s3(cloud, 'PutBucketNotificationConfiguration', {
      Bucket: BUCKET,
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [lambdaConfig({ Filter: suffix('.jpg') }), { LambdaFunctionArn: other, Events: ['s3:ObjectCreated:*'], Filter: suffix('.png') }],
      },
    });
    // Different event families never overlap.
    await s3(cloud, 'PutBucketNotificationConfiguration', {
      Bucket: BUCKET,
      NotificationConfiguration: { LambdaFunctionConfigurations: [lambdaConfig(), { LambdaFunctionArn: other, Events: ['s3:ObjectRemoved:*'] }] },
    });
  });

  it('refuses unknown events and bad filter rules', async () => {
    await setup();
    allowS3(cloud, [{ functionArn: FN, bucket: BUCKET }]);
    const put = (config: Record<string, unknown>) =>
      s3Error(cloud, 'PutBucketNotificationConfiguration', { Bucket: BUCKET, NotificationConfiguration: { LambdaFunctionConfigurations: [config] } });
    expect(await put(lambdaConfig({ Events: ['s3:ObjectCreated:Upload'] }))).toMatchObject({ message: 'The event is not supported for notifications' });
    expect(await put(lambdaConfig({ Filter: { Key: { FilterRules: [{ Name: 'contains', Value: 'x' }] } } }))).toMatchObject({
      message: 'filter rule name must be either prefix or suffix',
    });
    expect(await put(lambdaConfig({ Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'a' }, { Name: 'Prefix', Value: 'b' }] } } }))).toMatchObject({
      message: 'Cannot specify more than one prefix rule in a filter.',
    });
  });

  it('an ObjectCreated:Put reaches invokeAsync with the exact S3 record', async () => {
    await setup();
    allowS3(cloud, [{ functionArn: FN, bucket: BUCKET }]);
    await s3(cloud, 'PutBucketNotificationConfiguration', {
      Bucket: BUCKET,
      NotificationConfiguration: { LambdaFunctionConfigurations: [lambdaConfig({ Id: 'on-upload' })] },
    });
    const invokes = recordInvokes(cloud);
    cloud.clock.advance(1234);
    await s3(cloud, 'PutObject', { Bucket: BUCKET, Key: 'images/red flower.jpg', Body: 'hello' });
    expect(invokes).toHaveLength(1);
    const [call] = invokes;
    expect(call!.functionArn).toBe(FN);
    expect(call!.options).toEqual({ sourceArn: `arn:aws:s3:::${BUCKET}` });
    const record = (call!.event as { Records: Array<Record<string, unknown>> }).Records[0]!;
    expect(record).toEqual({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'us-east-1',
      eventTime: '2026-01-01T00:00:01.234Z',
      eventName: 'ObjectCreated:Put',
      userIdentity: { principalId: 'AWS:AIDAJQABLZS4A3QDU576Q' },
      requestParameters: { sourceIPAddress: '127.0.0.1' },
      responseElements: { 'x-amz-request-id': expect.stringMatching(/^[0-9A-F]{16}$/), 'x-amz-id-2': expect.stringMatching(/^[A-Za-z0-9+/]{76}$/) },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'on-upload',
        bucket: { name: BUCKET, ownerIdentity: { principalId: expect.stringMatching(/^A[A-Z0-9]{13}$/) }, arn: `arn:aws:s3:::${BUCKET}` },
        object: { key: 'images/red+flower.jpg', size: 5, eTag: '5d41402abc4b2a76b9719d911017c592', sequencer: expect.stringMatching(/^[0-9A-F]{18}$/) },
      },
    });
    expect(Object.keys(record)).toEqual(['eventVersion', 'eventSource', 'awsRegion', 'eventTime', 'eventName', 'userIdentity', 'requestParameters', 'responseElements', 's3']);
  });

  it('sequencers increase; versioned buckets add versionId; deletes send ObjectRemoved events', async () => {
    await setup();
    allowS3(cloud, [{ functionArn: FN, bucket: BUCKET }]);
    await s3(cloud, 'PutBucketVersioning', { Bucket: BUCKET, VersioningConfiguration: { Status: 'Enabled' } });
    await s3(cloud, 'PutBucketNotificationConfiguration', {
      Bucket: BUCKET,
      NotificationConfiguration: { LambdaFunctionConfigurations: [lambdaConfig({ Events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'] })] },
    });
    const invokes = recordInvokes(cloud);
    const put = await s3(cloud, 'PutObject', { Bucket: BUCKET, Key: 'k', Body: 'a' });
    const marker = await s3(cloud, 'DeleteObject', { Bucket: BUCKET, Key: 'k' });
    await s3(cloud, 'DeleteObject', { Bucket: BUCKET, Key: 'k', VersionId: put.VersionId });
    const records = invokes.map((c) => (c.event as { Records: Array<{ eventName: string; s3: { object: Record<string, unknown> } }> }).Records[0]!);
    expect(records.map((r) => r.eventName)).toEqual(['ObjectCreated:Put', 'ObjectRemoved:DeleteMarkerCreated', 'ObjectRemoved:Delete']);
    expect(records[0]!.s3.object.versionId).toBe(put.VersionId);
    expect(records[1]!.s3.object).toEqual({ key: 'k', versionId: marker.VersionId, sequencer: expect.any(String) });
    const seq = records.map((r) => r.s3.object.sequencer as string);
    expect([...seq].sort()).toEqual(seq);
    expect(new Set(seq).size).toBe(3);
  });

  it('prefix and suffix filters choose which keys notify', async () => {
    await setup();
    allowS3(cloud, [{ functionArn: FN, bucket: BUCKET }]);
    await s3(cloud, 'PutBucketNotificationConfiguration', {
      Bucket: BUCKET,
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          lambdaConfig({ Events: ['s3:ObjectCreated:Put'], Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'in/' }, { Name: 'suffix', Value: '.csv' }] } } }),
        ],
      },
    });
    const invokes = recordInvokes(cloud);
    for (const key of ['in/a.csv', 'in/a.txt', 'out/a.csv', 'in/sub/b.csv', 'a.csv']) await s3(cloud, 'PutObject', { Bucket: BUCKET, Key: key, Body: 'x' });
    await s3(cloud, 'CopyObject', { Bucket: BUCKET, Key: 'in/copy.csv', CopySource: `${BUCKET}/in/a.csv` });
    const keys = invokes.map((c) => (c.event as { Records: Array<{ s3: { object: { key: string } } }> }).Records[0]!.s3.object.key);
    // ObjectCreated:Put only: the copy (ObjectCreated:Copy) does not match.
    expect(keys).toEqual(['in/a.csv', 'in/sub/b.csv']);
  });

  it('queues receive a test event on configuration, then the record as the message body', async () => {
    await setup();
    allowS3(cloud, []);
    const missing = 'arn:aws:sqs:us-east-1:111111111111:nowhere';
    expect(await s3Error(cloud, 'PutBucketNotificationConfiguration', {
      Bucket: BUCKET,
      NotificationConfiguration: { QueueConfigurations: [{ QueueArn: missing, Events: ['s3:ObjectCreated:*'] }] },
    })).toMatchObject({ message: 'Unable to validate the following destination configurations' });
    const arn = 'arn:aws:sqs:us-east-1:111111111111:uploads';
    await createQueue(cloud, 'uploads', { Policy: queuePolicy(arn, 's3.amazonaws.com', `arn:aws:s3:::${BUCKET}`) });
    await s3(cloud, 'PutBucketNotificationConfiguration', {
      Bucket: BUCKET,
      NotificationConfiguration: { QueueConfigurations: [{ Id: 'q', QueueArn: arn, Events: ['s3:ObjectCreated:*'] }] },
    });
    await s3(cloud, 'PutObject', { Bucket: BUCKET, Key: 'a.txt', Body: 'x' });
    const messages = receive(cloud, arn, 10);
    expect(messages).toHaveLength(2);
    expect(JSON.parse(messages[0]!.body)).toMatchObject({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: BUCKET });
    expect(JSON.parse(messages[1]!.body).Records[0]).toMatchObject({ eventName: 'ObjectCreated:Put', s3: { configurationId: 'q', object: { key: 'a.txt' } } });
  });

  it('SkipDestinationValidation saves without asking', async () => {
    await setup();
    const asked = allowS3(cloud, []);
    await s3(cloud, 'PutBucketNotificationConfiguration', {
      Bucket: BUCKET,
      SkipDestinationValidation: true,
      NotificationConfiguration: { LambdaFunctionConfigurations: [lambdaConfig()] },
    });
    expect(asked).toEqual([]);
  });
});

describe('S3 event names', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('a copy is ObjectCreated:Copy; a delete in an unversioned bucket is ObjectRemoved:Delete without versionId', async () => {
    cloud = s3Cloud();
    await s3(cloud, 'CreateBucket', { Bucket: BUCKET });
    allowS3(cloud, [{ functionArn: FN, bucket: BUCKET }]);
    await s3(cloud, 'PutBucketNotificationConfiguration', {
      Bucket: BUCKET,
      NotificationConfiguration: { LambdaFunctionConfigurations: [{ LambdaFunctionArn: FN, Events: ['s3:ObjectCreated:Copy', 's3:ObjectRemoved:Delete'] }] },
    });
    const invokes = recordInvokes(cloud);
    await s3(cloud, 'PutObject', { Bucket: BUCKET, Key: 'a', Body: 'x' });
    await s3(cloud, 'CopyObject', { Bucket: BUCKET, Key: 'b', CopySource: `${BUCKET}/a` });
    await s3(cloud, 'DeleteObject', { Bucket: BUCKET, Key: 'a' });
    const records = invokes.map((c) => (c.event as { Records: Array<{ eventName: string; s3: { object: Record<string, unknown> } }> }).Records[0]!);
    expect(records.map((r) => [r.eventName, r.s3.object.key])).toEqual([['ObjectCreated:Copy', 'b'], ['ObjectRemoved:Delete', 'a']]);
    expect(records[1]!.s3.object).toEqual({ key: 'a', sequencer: expect.any(String) });
    expect(records[0]!.s3.object).toMatchObject({ size: 1, eTag: expect.stringMatching(/^[0-9a-f]{32}$/) });
  });
});
