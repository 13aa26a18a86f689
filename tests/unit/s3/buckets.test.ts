import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { canonicalUserId } from '../../../sandbox/cloud/s3/index.ts';
import { PARTNER, s3, s3Cloud, s3Error } from './helpers.ts';

describe('S3 buckets', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('creates a bucket in us-east-1 without a configuration and lists it', async () => {
    cloud = s3Cloud();
    expect(await s3(cloud, 'CreateBucket', { Bucket: 'photos-111' })).toEqual({ Location: '/photos-111' });
    await s3(cloud, 'HeadBucket', { Bucket: 'photos-111' });
    const listed = await s3(cloud, 'ListBuckets');
    expect(listed).toEqual({
      Buckets: [{ Name: 'photos-111', CreationDate: '2026-01-01T00:00:00+00:00', BucketRegion: 'us-east-1' }],
      Owner: { ID: canonicalUserId('111111111111') },
    });
    expect(listed.Owner.ID).toMatch(/^[0-9a-f]{64}$/);
    expect(await s3(cloud, 'GetBucketLocation', { Bucket: 'photos-111' })).toEqual({ LocationConstraint: null });
    expect(await s3(cloud, 'HeadBucket', { Bucket: 'photos-111' })).toEqual({ BucketRegion: 'us-east-1', AccessPointAlias: false });
  });

  it('applies the LocationConstraint rules', async () => {
    cloud = s3Cloud();
    expect(await s3Error(cloud, 'CreateBucket', { Bucket: 'b-one', CreateBucketConfiguration: { LocationConstraint: 'us-east-1' } })).toMatchObject({
      code: 'InvalidLocationConstraint',
      message: 'The specified location-constraint is not valid',
      status: 400,
    });
    expect(await s3Error(cloud, 'CreateBucket', { Bucket: 'b-one' }, { region: 'eu-west-1' })).toMatchObject({
      code: 'IllegalLocationConstraintException',
      message: 'The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.',
    });
    expect(await s3Error(cloud, 'CreateBucket', { Bucket: 'b-one', CreateBucketConfiguration: { LocationConstraint: 'eu-west-2' } }, { region: 'eu-west-1' })).toMatchObject({
      code: 'IllegalLocationConstraintException',
      message: 'The eu-west-2 location constraint is incompatible for the region specific endpoint this request was sent to.',
    });
    const created = await s3(cloud, 'CreateBucket', { Bucket: 'b-one', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }, { region: 'eu-west-1' });
    expect(created).toEqual({ Location: 'http://b-one.s3.amazonaws.com/' });
    expect(await s3(cloud, 'GetBucketLocation', { Bucket: 'b-one' })).toEqual({ LocationConstraint: 'eu-west-1' });
  });

  it('refuses invalid names with "The specified bucket is not valid."', async () => {
    cloud = s3Cloud();
    for (const name of ['ab', 'Upper', 'a..b', '192.168.1.1', '-lead', 'trail-', 'xn--abc', 'x'.repeat(64), 'my_bucket']) {
      expect(await s3Error(cloud, 'CreateBucket', { Bucket: name })).toMatchObject({ code: 'InvalidBucketName', message: 'The specified bucket is not valid.', status: 400 });
    }
  });

  it('answers BucketAlreadyOwnedByYou outside us-east-1, 200 in us-east-1, BucketAlreadyExists for another account', async () => {
    cloud = s3Cloud();
    await s3(cloud, 'CreateBucket', { Bucket: 'shared-name' });
    expect(await s3(cloud, 'CreateBucket', { Bucket: 'shared-name' })).toEqual({ Location: '/shared-name' });
    expect(await s3Error(cloud, 'CreateBucket', { Bucket: 'shared-name' }, { identity: PARTNER })).toMatchObject({
      code: 'BucketAlreadyExists',
      status: 409,
      message: 'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.',
    });
    await s3(cloud, 'CreateBucket', { Bucket: 'euro-bucket', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }, { region: 'eu-west-1' });
    expect(await s3Error(cloud, 'CreateBucket', { Bucket: 'euro-bucket', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }, { region: 'eu-west-1' })).toMatchObject({
      code: 'BucketAlreadyOwnedByYou',
      message: 'Your previous request to create the named bucket succeeded and you already own it.',
      status: 409,
    });
  });

  it('another account gets AccessDenied, and 403 on HEAD', async () => {
    cloud = s3Cloud();
    await s3(cloud, 'CreateBucket', { Bucket: 'private-one' });
    expect(await s3Error(cloud, 'ListObjectsV2', { Bucket: 'private-one' }, { identity: PARTNER })).toMatchObject({ code: 'AccessDenied', message: 'Access Denied', status: 403 });
    expect(await s3Error(cloud, 'HeadBucket', { Bucket: 'private-one' }, { identity: PARTNER })).toMatchObject({ code: '403', message: 'Forbidden' });
    expect((await s3(cloud, 'ListBuckets', {}, { identity: PARTNER })).Buckets).toEqual([]);
  });

  it('HeadBucket of a missing bucket is a bare 404; other actions say NoSuchBucket', async () => {
    cloud = s3Cloud();
    expect(await s3Error(cloud, 'HeadBucket', { Bucket: 'nope-nope' })).toMatchObject({ code: '404', message: 'Not Found', status: 404 });
    expect(await s3Error(cloud, 'DeleteBucket', { Bucket: 'nope-nope' })).toMatchObject({
      code: 'NoSuchBucket',
      message: 'The specified bucket does not exist',
      status: 404,
      extra: { BucketName: 'nope-nope' },
    });
  });

  it('DeleteBucket refuses a bucket with objects (BucketNotEmpty), then deletes it once empty', async () => {
    cloud = s3Cloud();
    await s3(cloud, 'CreateBucket', { Bucket: 'full-bucket' });
    await s3(cloud, 'PutObject', { Bucket: 'full-bucket', Key: 'a.txt', Body: 'a' });
    expect(await s3Error(cloud, 'DeleteBucket', { Bucket: 'full-bucket' })).toMatchObject({
      code: 'BucketNotEmpty',
      message: 'The bucket you tried to delete is not empty',
      status: 409,
    });
    await s3(cloud, 'DeleteObject', { Bucket: 'full-bucket', Key: 'a.txt' });
    expect(await s3(cloud, 'DeleteBucket', { Bucket: 'full-bucket' })).toEqual({});
    expect((await s3(cloud, 'ListBuckets')).Buckets).toEqual([]);
  });

  it('ListBuckets pages with MaxBuckets and ContinuationToken, filters by Prefix', async () => {
    cloud = s3Cloud();
    for (const name of ['c-bucket', 'a-bucket', 'b-bucket']) await s3(cloud, 'CreateBucket', { Bucket: name });
    const first = await s3(cloud, 'ListBuckets', { MaxBuckets: 2 });
    expect(first.Buckets.map((b: { Name: string }) => b.Name)).toEqual(['a-bucket', 'b-bucket']);
    const second = await s3(cloud, 'ListBuckets', { MaxBuckets: 2, ContinuationToken: first.ContinuationToken });
    expect(second.Buckets.map((b: { Name: string }) => b.Name)).toEqual(['c-bucket']);
    expect(second.ContinuationToken).toBeUndefined();
    const prefixed = await s3(cloud, 'ListBuckets', { Prefix: 'b-' });
    expect(prefixed.Buckets.map((b: { Name: string }) => b.Name)).toEqual(['b-bucket']);
    expect(prefixed.Prefix).toBe('b-');
  });

  it('survives a snapshot: the state is JSON', async () => {
    cloud = s3Cloud();
    await s3(cloud, 'CreateBucket', { Bucket: 'snap-bucket' });
    await s3(cloud, 'PutObject', { Bucket: 'snap-bucket', Key: 'bin', Body: new Uint8Array([0, 255, 1]) });
    const snapshot = cloud.snapshot() as unknown as { s3: { buckets: Record<string, { objects: Record<string, Array<{ body: string }>> }> } };
    expect(snapshot.s3.buckets['snap-bucket']!.objects.bin![0]!.body).toBe('AP8B');
  });
});
