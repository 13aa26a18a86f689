import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { MAX_OBJECT_BYTES } from '../../../sandbox/cloud/s3/index.ts';
import { checksum } from '../../../sandbox/cloud/s3/checksums.ts';
import { bytes, s3, s3Cloud, s3Error, text } from './helpers.ts';

const HELLO_MD5 = '5d41402abc4b2a76b9719d911017c592';

describe('S3 objects', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  async function bucket(name = 'docs-bucket') {
    cloud = s3Cloud();
    await s3(cloud, 'CreateBucket', { Bucket: name });
    return name;
  }

  it('PutObject answers the quoted MD5 ETag, the CRC64NVME checksum and SSE; GetObject returns the bytes', async () => {
    const b = await bucket();
    const put = await s3(cloud, 'PutObject', { Bucket: b, Key: 'hello.txt', Body: bytes('hello'), ContentType: 'text/plain', Metadata: { Author: 'Ada' } });
    expect(put).toEqual({
      ETag: `"${HELLO_MD5}"`,
      ChecksumCRC64NVME: checksum('CRC64NVME', bytes('hello')),
      ChecksumType: 'FULL_OBJECT',
      ServerSideEncryption: 'AES256',
    });
    expect(Object.keys(put)).toEqual(['ETag', 'ChecksumCRC64NVME', 'ChecksumType', 'ServerSideEncryption']);
    const got = await s3(cloud, 'GetObject', { Bucket: b, Key: 'hello.txt' });
    expect(text(got.Body)).toBe('hello');
    expect(got).toMatchObject({
      AcceptRanges: 'bytes',
      LastModified: '2026-01-01T00:00:00+00:00',
      ContentLength: 5,
      ETag: `"${HELLO_MD5}"`,
      ContentType: 'text/plain',
      ServerSideEncryption: 'AES256',
      Metadata: { author: 'Ada' },
    });
    expect(Object.keys(got)).toEqual(['Body', 'AcceptRanges', 'LastModified', 'ContentLength', 'ETag', 'ContentType', 'ServerSideEncryption', 'Metadata']);
  });

  it('HeadObject has the same metadata without the body; checksums only with ChecksumMode ENABLED', async () => {
    const b = await bucket();
    await s3(cloud, 'PutObject', { Bucket: b, Key: 'k', Body: 'hello' });
    const head = await s3(cloud, 'HeadObject', { Bucket: b, Key: 'k' });
    expect(head).toEqual({
      AcceptRanges: 'bytes',
      LastModified: '2026-01-01T00:00:00+00:00',
      ContentLength: 5,
      ETag: `"${HELLO_MD5}"`,
      ContentType: 'binary/octet-stream',
      ServerSideEncryption: 'AES256',
      Metadata: {},
    });
    const withSum = await s3(cloud, 'HeadObject', { Bucket: b, Key: 'k', ChecksumMode: 'ENABLED' });
    expect(Object.keys(withSum).slice(0, 6)).toEqual(['AcceptRanges', 'LastModified', 'ContentLength', 'ChecksumCRC64NVME', 'ChecksumType', 'ETag']);
    const got = await s3(cloud, 'GetObject', { Bucket: b, Key: 'k', ChecksumMode: 'ENABLED' });
    expect(Object.keys(got).slice(4, 7)).toEqual(['ETag', 'ChecksumCRC64NVME', 'ChecksumType']);
  });

  it('a missing key: NoSuchKey on GET, a bare 404 on HEAD', async () => {
    const b = await bucket();
    expect(await s3Error(cloud, 'GetObject', { Bucket: b, Key: 'nope' })).toMatchObject({
      code: 'NoSuchKey',
      message: 'The specified key does not exist.',
      status: 404,
      extra: { Key: 'nope' },
    });
    expect(await s3Error(cloud, 'HeadObject', { Bucket: b, Key: 'nope' })).toMatchObject({ code: '404', message: 'Not Found', status: 404 });
    expect(await s3Error(cloud, 'GetObject', { Bucket: 'missing-bucket', Key: 'k' })).toMatchObject({ code: 'NoSuchBucket' });
  });

  it('ranges: 206-style ContentRange, and InvalidRange past the end', async () => {
    const b = await bucket();
    await s3(cloud, 'PutObject', { Bucket: b, Key: 'abc', Body: 'abcdefghij' });
    const part = await s3(cloud, 'GetObject', { Bucket: b, Key: 'abc', Range: 'bytes=2-4' });
    expect(text(part.Body)).toBe('cde');
    expect(part).toMatchObject({ ContentLength: 3, ContentRange: 'bytes 2-4/10' });
    expect(text((await s3(cloud, 'GetObject', { Bucket: b, Key: 'abc', Range: 'bytes=-3' })).Body)).toBe('hij');
    expect(await s3Error(cloud, 'GetObject', { Bucket: b, Key: 'abc', Range: 'bytes=20-' })).toMatchObject({ code: 'InvalidRange', status: 416 });
  });

  it('a body over the sandbox cap is refused with EntityTooLarge', async () => {
    const b = await bucket();
    const err = await s3Error(cloud, 'PutObject', { Bucket: b, Key: 'big', Body: new Uint8Array(MAX_OBJECT_BYTES + 1) });
    expect(err).toMatchObject({ code: 'EntityTooLarge', message: 'Your proposed upload exceeds the maximum allowed size', extra: { MaxSizeAllowed: 5242880 } });
  });

  it('checks Content-MD5 and a sent checksum; a requested algorithm is the one stored', async () => {
    const b = await bucket();
    const md5 = Buffer.from(HELLO_MD5, 'hex').toString('base64');
    await s3(cloud, 'PutObject', { Bucket: b, Key: 'ok', Body: 'hello', ContentMD5: md5 });
    expect(await s3Error(cloud, 'PutObject', { Bucket: b, Key: 'bad', Body: 'hellO', ContentMD5: md5 })).toMatchObject({
      code: 'BadDigest',
      message: 'The Content-MD5 you specified did not match what we received.',
    });
    expect(await s3Error(cloud, 'PutObject', { Bucket: b, Key: 'bad', Body: 'hello', ChecksumCRC32: 'AAAAAA==' })).toMatchObject({
      code: 'BadDigest',
      message: 'The CRC32 you specified did not match the calculated checksum.',
    });
    const crc = await s3(cloud, 'PutObject', { Bucket: b, Key: 'crc', Body: 'hello', ChecksumAlgorithm: 'CRC32' });
    expect(crc.ChecksumCRC32).toBe(checksum('CRC32', bytes('hello')));
  });

  it('CopyObject copies bytes and metadata (COPY) or replaces them (REPLACE); copying onto itself unchanged is refused', async () => {
    const b = await bucket();
    await s3(cloud, 'PutObject', { Bucket: b, Key: 'src.txt', Body: 'hello', ContentType: 'text/plain', Metadata: { a: '1' } });
    const copied = await s3(cloud, 'CopyObject', { Bucket: b, Key: 'dir/copy.txt', CopySource: `${b}/src.txt` });
    expect(copied).toEqual({
      CopyObjectResult: {
        ETag: `"${HELLO_MD5}"`,
        LastModified: '2026-01-01T00:00:00+00:00',
        ChecksumType: 'FULL_OBJECT',
        ChecksumCRC64NVME: checksum('CRC64NVME', bytes('hello')),
      },
      ServerSideEncryption: 'AES256',
    });
    expect(await s3(cloud, 'HeadObject', { Bucket: b, Key: 'dir/copy.txt' })).toMatchObject({ ContentType: 'text/plain', Metadata: { a: '1' } });
    await s3(cloud, 'CopyObject', { Bucket: b, Key: 'replaced', CopySource: `/${b}/src.txt`, MetadataDirective: 'REPLACE', Metadata: { b: '2' } });
    expect(await s3(cloud, 'HeadObject', { Bucket: b, Key: 'replaced' })).toMatchObject({ ContentType: 'binary/octet-stream', Metadata: { b: '2' } });
    expect(await s3Error(cloud, 'CopyObject', { Bucket: b, Key: 'src.txt', CopySource: `${b}/src.txt` })).toMatchObject({
      code: 'InvalidRequest',
      message: "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
    });
    expect(await s3Error(cloud, 'CopyObject', { Bucket: b, Key: 'x', CopySource: `${b}/missing` })).toMatchObject({ code: 'NoSuchKey' });
    await s3(cloud, 'PutObject', { Bucket: b, Key: 'with space.txt', Body: 'x' });
    await s3(cloud, 'CopyObject', { Bucket: b, Key: 'y', CopySource: `${b}/with%20space.txt` });
  });

  it('DeleteObject is idempotent; DeleteObjects reports each key', async () => {
    const b = await bucket();
    await s3(cloud, 'PutObject', { Bucket: b, Key: 'a', Body: '1' });
    await s3(cloud, 'PutObject', { Bucket: b, Key: 'b', Body: '2' });
    expect(await s3(cloud, 'DeleteObject', { Bucket: b, Key: 'a' })).toEqual({});
    expect(await s3(cloud, 'DeleteObject', { Bucket: b, Key: 'a' })).toEqual({});
    const out = await s3(cloud, 'DeleteObjects', { Bucket: b, Delete: { Objects: [{ Key: 'b' }, { Key: 'zzz' }] } });
    expect(out).toEqual({ Deleted: [{ Key: 'b' }, { Key: 'zzz' }] });
    expect(await s3(cloud, 'DeleteObjects', { Bucket: b, Delete: { Objects: [{ Key: 'q' }], Quiet: true } })).toEqual({});
    expect(await s3Error(cloud, 'DeleteObjects', { Bucket: b, Delete: { Objects: [] } })).toMatchObject({ code: 'MalformedXML' });
    expect((await s3(cloud, 'ListObjectsV2', { Bucket: b })).KeyCount).toBe(0);
  });

  it('user metadata over 2 KB is MetadataTooLarge; a key over 1024 bytes is KeyTooLongError', async () => {
    const b = await bucket();
    expect(await s3Error(cloud, 'PutObject', { Bucket: b, Key: 'm', Metadata: { big: 'x'.repeat(2100) } })).toMatchObject({ code: 'MetadataTooLarge' });
    expect(await s3Error(cloud, 'PutObject', { Bucket: b, Key: 'k'.repeat(1025) })).toMatchObject({ code: 'KeyTooLongError', message: 'Your key is too long' });
  });
});

describe('S3 conditional requests', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('If-None-Match: * writes only a new key; If-Match reads and writes only the expected version', async () => {
    cloud = s3Cloud();
    await s3(cloud, 'CreateBucket', { Bucket: 'cond-bucket' });
    const first = await s3(cloud, 'PutObject', { Bucket: 'cond-bucket', Key: 'lock', Body: 'a', IfNoneMatch: '*' });
    expect(await s3Error(cloud, 'PutObject', { Bucket: 'cond-bucket', Key: 'lock', Body: 'b', IfNoneMatch: '*' })).toMatchObject({
      code: 'PreconditionFailed',
      message: 'At least one of the pre-conditions you specified did not hold',
      status: 412,
    });
    expect(await s3Error(cloud, 'PutObject', { Bucket: 'cond-bucket', Key: 'lock', Body: 'b', IfMatch: '"0000"' })).toMatchObject({ code: 'PreconditionFailed' });
    await s3(cloud, 'PutObject', { Bucket: 'cond-bucket', Key: 'lock', Body: 'b', IfMatch: first.ETag });
    expect(await s3Error(cloud, 'GetObject', { Bucket: 'cond-bucket', Key: 'lock', IfMatch: first.ETag })).toMatchObject({ code: 'PreconditionFailed' });
    const current = (await s3(cloud, 'HeadObject', { Bucket: 'cond-bucket', Key: 'lock' })).ETag;
    expect(await s3Error(cloud, 'GetObject', { Bucket: 'cond-bucket', Key: 'lock', IfNoneMatch: current })).toMatchObject({ code: '304', status: 304 });
    expect(await s3Error(cloud, 'HeadObject', { Bucket: 'cond-bucket', Key: 'lock', IfMatch: '"0000"' })).toMatchObject({ code: '412', message: 'Precondition Failed' });
    expect(await s3Error(cloud, 'GetObject', { Bucket: 'cond-bucket', Key: 'lock', ExpectedBucketOwner: '222222222222' })).toMatchObject({ code: 'AccessDenied' });
  });
});
