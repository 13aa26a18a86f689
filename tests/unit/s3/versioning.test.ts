import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { s3, s3Cloud, s3Error, text } from './helpers.ts';

describe('S3 versioning', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  async function versioned(name = 'ver-bucket') {
    cloud = s3Cloud();
    await s3(cloud, 'CreateBucket', { Bucket: name });
    expect(await s3(cloud, 'GetBucketVersioning', { Bucket: name })).toEqual({});
    await s3(cloud, 'PutBucketVersioning', { Bucket: name, VersioningConfiguration: { Status: 'Enabled' } });
    expect(await s3(cloud, 'GetBucketVersioning', { Bucket: name })).toEqual({ Status: 'Enabled' });
    return name;
  }

  it('each put is a new version; GetObject reads the latest or the one named', async () => {
    const b = await versioned();
    const v1 = (await s3(cloud, 'PutObject', { Bucket: b, Key: 'doc', Body: 'one' })).VersionId;
    cloud.clock.advance(1000);
    const v2 = (await s3(cloud, 'PutObject', { Bucket: b, Key: 'doc', Body: 'two' })).VersionId;
    expect(v1).toMatch(/^[A-Za-z0-9._]{32}$/);
    expect(v2).not.toBe(v1);
    expect(text((await s3(cloud, 'GetObject', { Bucket: b, Key: 'doc' })).Body)).toBe('two');
    const old = await s3(cloud, 'GetObject', { Bucket: b, Key: 'doc', VersionId: v1 });
    expect(text(old.Body)).toBe('one');
    expect(old.VersionId).toBe(v1);
    expect(await s3Error(cloud, 'GetObject', { Bucket: b, Key: 'doc', VersionId: 'A'.repeat(32) })).toMatchObject({ code: 'NoSuchVersion', message: 'The specified version does not exist.' });
    expect(await s3Error(cloud, 'GetObject', { Bucket: b, Key: 'doc', VersionId: 'bogus' })).toMatchObject({ code: 'InvalidArgument', message: 'Invalid version id specified' });
  });

  it('a delete adds a delete marker; the versions stay and can be listed, read and removed', async () => {
    const b = await versioned();
    const v1 = (await s3(cloud, 'PutObject', { Bucket: b, Key: 'doc', Body: 'one' })).VersionId;
    const del = await s3(cloud, 'DeleteObject', { Bucket: b, Key: 'doc' });
    expect(del).toEqual({ DeleteMarker: true, VersionId: expect.stringMatching(/^[A-Za-z0-9._]{32}$/) });
    expect(await s3Error(cloud, 'GetObject', { Bucket: b, Key: 'doc' })).toMatchObject({ code: 'NoSuchKey' });
    expect(await s3Error(cloud, 'GetObject', { Bucket: b, Key: 'doc', VersionId: del.VersionId })).toMatchObject({ code: 'MethodNotAllowed', status: 405 });
    expect((await s3(cloud, 'ListObjectsV2', { Bucket: b })).KeyCount).toBe(0);

    const versions = await s3(cloud, 'ListObjectVersions', { Bucket: b });
    expect(versions.Versions).toEqual([
      expect.objectContaining({ Key: 'doc', VersionId: v1, IsLatest: false, Size: 3, ETag: expect.stringMatching(/^"[0-9a-f]{32}"$/) }),
    ]);
    expect(versions.DeleteMarkers).toEqual([
      { Owner: { ID: expect.stringMatching(/^[0-9a-f]{64}$/) }, Key: 'doc', VersionId: del.VersionId, IsLatest: true, LastModified: '2026-01-01T00:00:00+00:00' },
    ]);
    expect(Object.keys(versions)).toEqual(['IsTruncated', 'KeyMarker', 'VersionIdMarker', 'Versions', 'DeleteMarkers', 'Name', 'Prefix', 'MaxKeys']);

    // Removing the marker brings the object back.
    expect(await s3(cloud, 'DeleteObject', { Bucket: b, Key: 'doc', VersionId: del.VersionId })).toEqual({ DeleteMarker: true, VersionId: del.VersionId });
    expect(text((await s3(cloud, 'GetObject', { Bucket: b, Key: 'doc' })).Body)).toBe('one');
    expect(await s3Error(cloud, 'DeleteBucket', { Bucket: b })).toMatchObject({
      code: 'BucketNotEmpty',
      message: 'The bucket you tried to delete is not empty. You must delete all versions in the bucket.',
    });
    expect(await s3(cloud, 'DeleteObject', { Bucket: b, Key: 'doc', VersionId: v1 })).toEqual({ VersionId: v1 });
    expect(await s3(cloud, 'DeleteBucket', { Bucket: b })).toEqual({});
  });

  it('suspended: writes replace the "null" version, earlier versions stay', async () => {
    const b = await versioned();
    const v1 = (await s3(cloud, 'PutObject', { Bucket: b, Key: 'doc', Body: 'one' })).VersionId;
    await s3(cloud, 'PutBucketVersioning', { Bucket: b, VersioningConfiguration: { Status: 'Suspended' } });
    const put = await s3(cloud, 'PutObject', { Bucket: b, Key: 'doc', Body: 'two' });
    expect(put.VersionId).toBeUndefined();
    await s3(cloud, 'PutObject', { Bucket: b, Key: 'doc', Body: 'three' });
    const listed = await s3(cloud, 'ListObjectVersions', { Bucket: b });
    expect(listed.Versions.map((v: { VersionId: string; IsLatest: boolean }) => [v.VersionId, v.IsLatest])).toEqual([['null', true], [v1, false]]);
    expect((await s3(cloud, 'GetObject', { Bucket: b, Key: 'doc' })).VersionId).toBe('null');
    expect(await s3(cloud, 'DeleteObject', { Bucket: b, Key: 'doc' })).toEqual({ DeleteMarker: true, VersionId: 'null' });
    expect(await s3Error(cloud, 'PutBucketVersioning', { Bucket: b, VersioningConfiguration: { Status: 'Off' } })).toMatchObject({ code: 'MalformedXML' });
  });

  it('an unversioned bucket lists its objects with VersionId "null"', async () => {
    cloud = s3Cloud();
    await s3(cloud, 'CreateBucket', { Bucket: 'plain-bucket' });
    const put = await s3(cloud, 'PutObject', { Bucket: 'plain-bucket', Key: 'a', Body: 'x' });
    expect(put.VersionId).toBeUndefined();
    expect((await s3(cloud, 'GetObject', { Bucket: 'plain-bucket', Key: 'a' })).VersionId).toBeUndefined();
    const listed = await s3(cloud, 'ListObjectVersions', { Bucket: 'plain-bucket' });
    expect(listed.Versions).toEqual([expect.objectContaining({ Key: 'a', VersionId: 'null', IsLatest: true })]);
  });

  it('ListObjectVersions pages with KeyMarker / VersionIdMarker', async () => {
    const b = await versioned();
    const ids: string[] = [];
    for (const body of ['1', '2', '3']) ids.unshift((await s3(cloud, 'PutObject', { Bucket: b, Key: 'k', Body: body })).VersionId);
    await s3(cloud, 'PutObject', { Bucket: b, Key: 'm', Body: 'm' });
    const first = await s3(cloud, 'ListObjectVersions', { Bucket: b, MaxKeys: 2 });
    expect(first).toMatchObject({ IsTruncated: true, NextKeyMarker: 'k', NextVersionIdMarker: ids[1] });
    expect(first.Versions.map((v: { VersionId: string }) => v.VersionId)).toEqual(ids.slice(0, 2));
    const second = await s3(cloud, 'ListObjectVersions', { Bucket: b, MaxKeys: 2, KeyMarker: 'k', VersionIdMarker: ids[1] });
    expect(second.Versions.map((v: { Key: string }) => v.Key)).toEqual(['k', 'm']);
    expect(second.IsTruncated).toBe(false);
  });
});
