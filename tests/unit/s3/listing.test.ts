import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { s3, s3Cloud, s3Error } from './helpers.ts';

const KEYS = ['a.txt', 'photos/2025/x.jpg', 'photos/2026/y.jpg', 'photos/cover.jpg', 'readme.md', 'videos/v.mp4'];

describe('S3 listings', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  async function filled() {
    cloud = s3Cloud();
    await s3(cloud, 'CreateBucket', { Bucket: 'list-bucket' });
    for (const key of [...KEYS].reverse()) await s3(cloud, 'PutObject', { Bucket: 'list-bucket', Key: key, Body: key });
  }

  const keys = (out: { Contents?: Array<{ Key: string }> }) => (out.Contents ?? []).map((c) => c.Key);
  const prefixes = (out: { CommonPrefixes?: Array<{ Prefix: string }> }) => (out.CommonPrefixes ?? []).map((c) => c.Prefix);

  it('ListObjectsV2 lists every key in order, with the fields of the Object shape', async () => {
    await filled();
    const out = await s3(cloud, 'ListObjectsV2', { Bucket: 'list-bucket' });
    expect(keys(out)).toEqual(KEYS);
    expect(out.Contents[0]).toEqual({
      Key: 'a.txt',
      LastModified: '2026-01-01T00:00:00+00:00',
      ETag: expect.stringMatching(/^"[0-9a-f]{32}"$/),
      ChecksumAlgorithm: ['CRC64NVME'],
      ChecksumType: 'FULL_OBJECT',
      Size: 5,
      StorageClass: 'STANDARD',
    });
    expect(Object.keys(out)).toEqual(['IsTruncated', 'Contents', 'Name', 'Prefix', 'MaxKeys', 'KeyCount']);
    expect(out).toMatchObject({ IsTruncated: false, Name: 'list-bucket', Prefix: '', MaxKeys: 1000, KeyCount: 6 });
  });

  it('a Delimiter rolls keys up into CommonPrefixes; with a Prefix, one level down', async () => {
    await filled();
    const top = await s3(cloud, 'ListObjectsV2', { Bucket: 'list-bucket', Delimiter: '/' });
    expect(keys(top)).toEqual(['a.txt', 'readme.md']);
    expect(prefixes(top)).toEqual(['photos/', 'videos/']);
    expect(top.KeyCount).toBe(4);
    const photos = await s3(cloud, 'ListObjectsV2', { Bucket: 'list-bucket', Delimiter: '/', Prefix: 'photos/' });
    expect(keys(photos)).toEqual(['photos/cover.jpg']);
    expect(prefixes(photos)).toEqual(['photos/2025/', 'photos/2026/']);
    expect(photos).toMatchObject({ Prefix: 'photos/', Delimiter: '/' });
  });

  it('MaxKeys pages with NextContinuationToken; a common prefix counts once', async () => {
    await filled();
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await s3(cloud, 'ListObjectsV2', { Bucket: 'list-bucket', Delimiter: '/', MaxKeys: 1, ...(token ? { ContinuationToken: token } : {}) });
      seen.push(...keys(page), ...prefixes(page));
      token = page.NextContinuationToken;
      expect(page.IsTruncated).toBe(token !== undefined);
      pages++;
    } while (token);
    expect(seen).toEqual(['a.txt', 'photos/', 'readme.md', 'videos/']);
    expect(pages).toBe(4);
    expect(await s3Error(cloud, 'ListObjectsV2', { Bucket: 'list-bucket', ContinuationToken: 'garbage!' })).toMatchObject({
      code: 'InvalidArgument',
      message: 'The continuation token provided is incorrect',
    });
  });

  it('StartAfter starts after a key', async () => {
    await filled();
    const out = await s3(cloud, 'ListObjectsV2', { Bucket: 'list-bucket', StartAfter: 'photos/cover.jpg' });
    expect(keys(out)).toEqual(['readme.md', 'videos/v.mp4']);
    expect(out.StartAfter).toBe('photos/cover.jpg');
  });

  it('ListObjects (v1) has Marker, Owner on every object and NextMarker with a delimiter', async () => {
    await filled();
    const out = await s3(cloud, 'ListObjects', { Bucket: 'list-bucket', MaxKeys: 2, Delimiter: '/' });
    expect(out).toMatchObject({ IsTruncated: true, Marker: '', NextMarker: 'photos/' });
    expect(out.Contents[0].Owner).toEqual({ ID: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const rest = await s3(cloud, 'ListObjects', { Bucket: 'list-bucket', Marker: 'photos/', Delimiter: '/' });
    expect([...keys(rest), ...prefixes(rest)]).toEqual(['readme.md', 'videos/']);
  });

  it('an empty bucket lists nothing', async () => {
    cloud = s3Cloud();
    await s3(cloud, 'CreateBucket', { Bucket: 'empty-bucket' });
    expect(await s3(cloud, 'ListObjectsV2', { Bucket: 'empty-bucket' })).toEqual({ IsTruncated: false, Name: 'empty-bucket', Prefix: '', MaxKeys: 1000, KeyCount: 0 });
  });
});
