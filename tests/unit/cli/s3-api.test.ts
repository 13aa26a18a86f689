/** `aws s3api`: flags → S3 request input, streaming bodies, output, errors — over the real S3 engine. */
import { afterEach, describe, expect, it } from 'vitest';
import { checksum } from '../../../sandbox/cloud/s3/checksums.ts';
import { s3Box, type S3Box } from './s3-harness.ts';

const P = '/home/learner/project';
const HELLO_ETAG = '"5d41402abc4b2a76b9719d911017c592"';
const HELLO_CRC = checksum('CRC64NVME', new TextEncoder().encode('hello'));

describe('aws s3api', () => {
  let box: S3Box;
  afterEach(() => box?.dispose());

  async function withBucket(files: Record<string, string | Uint8Array> = {}) {
    box = s3Box({ [`${P}/hello.txt`]: 'hello', ...files });
    expect((await box.run('aws s3api create-bucket --bucket demo-bucket')).stdout).toBe('{\n    "Location": "/demo-bucket"\n}\n');
  }

  it('create-bucket outside us-east-1 takes the configuration as shorthand', async () => {
    box = s3Box();
    const run = await box.run('aws s3api create-bucket --bucket euro-bucket --region eu-west-1 --create-bucket-configuration LocationConstraint=eu-west-1');
    expect(run).toMatchObject({ rc: 0, stderr: '', stdout: '{\n    "Location": "http://euro-bucket.s3.amazonaws.com/"\n}\n' });
    expect(run.requests[0]).toMatchObject({
      service: 's3',
      action: 'CreateBucket',
      region: 'eu-west-1',
      input: { Bucket: 'euro-bucket', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } },
    });
    const bad = await box.run('aws s3api create-bucket --bucket other-bucket --region eu-west-1');
    expect(bad).toMatchObject({
      rc: 254,
      stderr: '\nAn error occurred (IllegalLocationConstraintException) when calling the CreateBucket operation: The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.\n',
    });
  });

  it('put-object reads --body from a file path and prints ETag, checksum and encryption', async () => {
    await withBucket();
    const run = await box.run('aws s3api put-object --bucket demo-bucket --key docs/hello.txt --body hello.txt --content-type text/plain --metadata author=ada,team=blue');
    expect(run.rc).toBe(0);
    expect(run.stdout).toBe(`{\n    "ETag": "\\"5d41402abc4b2a76b9719d911017c592\\"",\n    "ChecksumCRC64NVME": "${HELLO_CRC}",\n    "ChecksumType": "FULL_OBJECT",\n    "ServerSideEncryption": "AES256"\n}\n`);
    const input = run.requests[0]!.input;
    expect(new TextDecoder().decode(input.Body as Uint8Array)).toBe('hello');
    expect(input).toMatchObject({ Bucket: 'demo-bucket', Key: 'docs/hello.txt', ContentType: 'text/plain', Metadata: { author: 'ada', team: 'blue' } });
  });

  it('put-object --body is a path: fileb://, file:// and missing files are refused as the CLI does', async () => {
    await withBucket();
    const expected = { rc: 252, stderr: "\nError parsing parameter '--body': Blob values must be a path to a file.\n" };
    expect(await box.run('aws s3api put-object --bucket demo-bucket --key k --body fileb://hello.txt')).toMatchObject(expected);
    expect(await box.run('aws s3api put-object --bucket demo-bucket --key k --body nope.txt')).toMatchObject(expected);
    expect(await box.run(`aws s3api put-object --bucket demo-bucket --key k --body ${P}`)).toMatchObject(expected);
    // No --body is an empty object.
    expect((await box.run('aws s3api put-object --bucket demo-bucket --key empty')).rc).toBe(0);
  });

  it('get-object writes the body to the outfile and prints the rest, checksum included', async () => {
    await withBucket();
    await box.run('aws s3api put-object --bucket demo-bucket --key hello.txt --body hello.txt');
    const run = await box.run('aws s3api get-object --bucket demo-bucket --key hello.txt copy.txt');
    expect(box.fs.text(`${P}/copy.txt`)).toBe('hello');
    expect(run.requests[0]!.input).toEqual({ Bucket: 'demo-bucket', Key: 'hello.txt', ChecksumMode: 'ENABLED' });
    expect(JSON.parse(run.stdout)).toEqual({
      AcceptRanges: 'bytes',
      LastModified: '2026-01-01T00:00:00+00:00',
      ContentLength: 5,
      ETag: HELLO_ETAG,
      ChecksumCRC64NVME: HELLO_CRC,
      ChecksumType: 'FULL_OBJECT',
      ContentType: 'binary/octet-stream',
      ServerSideEncryption: 'AES256',
      Metadata: {},
    });
    const missing = await box.run('aws s3api get-object --bucket demo-bucket --key nope.txt out.txt');
    expect(missing).toMatchObject({ rc: 254, stderr: '\nAn error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.\n' });
    const usage = await box.run('aws s3api get-object --bucket demo-bucket --key hello.txt');
    expect(usage.stderr).toContain('aws: error: the following arguments are required: outfile');
  });

  it('head-object and head-bucket errors are bare statuses', async () => {
    await withBucket();
    expect(await box.run('aws s3api head-object --bucket demo-bucket --key nope')).toMatchObject({
      rc: 254,
      stderr: '\nAn error occurred (404) when calling the HeadObject operation: Not Found\n',
    });
    expect((await box.run('aws s3api head-bucket --bucket demo-bucket')).stdout).toBe('{\n    "BucketRegion": "us-east-1",\n    "AccessPointAlias": false\n}\n');
    expect((await box.run('aws s3api head-bucket --bucket missing-bucket')).stderr).toBe('\nAn error occurred (404) when calling the HeadBucket operation: Not Found\n');
  });

  it('botocore refuses a malformed bucket name before sending anything', async () => {
    box = s3Box();
    const run = await box.run(['aws s3api list-objects-v2 --bucket', "'my bucket'"].join(' '));
    expect(run.rc).toBe(252);
    expect(run.stderr).toMatch(/^\nParameter validation failed:\nInvalid bucket name "my bucket": Bucket name must match the regex "\^\[a-zA-Z0-9\.\\-_\]\{1,255\}\$" or be an ARN matching the regex "\^arn:\(aws\)/);
    expect(run.requests).toEqual([]);
  });

  it('list-objects-v2 pages with --page-size and merges Contents and CommonPrefixes', async () => {
    await withBucket();
    for (const key of ['a.txt', 'b.txt', 'photos/x.jpg', 'photos/y.jpg']) await box.run(`aws s3api put-object --bucket demo-bucket --key ${key} --body hello.txt`);
    const run = await box.run('aws s3api list-objects-v2 --bucket demo-bucket --delimiter / --page-size 1 --query "[Contents[].Key, CommonPrefixes[].Prefix]" --output json');
    expect(JSON.parse(run.stdout)).toEqual([['a.txt', 'b.txt'], ['photos/']]);
    expect(run.requests.map((r) => [r.input.MaxKeys, r.input.ContinuationToken !== undefined])).toEqual([[1, false], [1, true], [1, true]]);
    const keys = await box.run('aws s3api list-objects-v2 --bucket demo-bucket --prefix photos/ --query Contents[].Key --output text');
    expect(keys.stdout).toBe('photos/x.jpg\tphotos/y.jpg\n');
    const raw = await box.run('aws s3api list-objects-v2 --bucket demo-bucket --max-keys 1');
    expect(JSON.parse(raw.stdout)).toMatchObject({ IsTruncated: true, Name: 'demo-bucket', Prefix: '', MaxKeys: 1, KeyCount: 1, NextContinuationToken: expect.any(String) });
  });

  it('list-buckets prints Buckets and Owner', async () => {
    await withBucket();
    const out = JSON.parse((await box.run('aws s3api list-buckets')).stdout);
    expect(out).toEqual({
      Buckets: [{ Name: 'demo-bucket', CreationDate: '2026-01-01T00:00:00+00:00', BucketRegion: 'us-east-1' }],
      Owner: { ID: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect((await box.run('aws s3api list-buckets --query Buckets[].Name --output text')).stdout).toBe('demo-bucket\n');
  });

  it('versioning: put-bucket-versioning shorthand, version ids, list-object-versions, delete markers', async () => {
    await withBucket();
    expect((await box.run('aws s3api put-bucket-versioning --bucket demo-bucket --versioning-configuration Status=Enabled')).stdout).toBe('');
    expect((await box.run('aws s3api get-bucket-versioning --bucket demo-bucket')).stdout).toBe('{\n    "Status": "Enabled"\n}\n');
    const v1 = JSON.parse((await box.run('aws s3api put-object --bucket demo-bucket --key k --body hello.txt')).stdout).VersionId;
    const del = JSON.parse((await box.run('aws s3api delete-object --bucket demo-bucket --key k')).stdout);
    expect(del).toEqual({ DeleteMarker: true, VersionId: expect.any(String) });
    const get = await box.run(`aws s3api get-object --bucket demo-bucket --key k --version-id ${v1} old.txt`);
    expect(box.fs.text(`${P}/old.txt`)).toBe('hello');
    expect(JSON.parse(get.stdout).VersionId).toBe(v1);
    const versions = JSON.parse((await box.run('aws s3api list-object-versions --bucket demo-bucket')).stdout);
    expect(versions.Versions.map((v: { VersionId: string }) => v.VersionId)).toEqual([v1]);
    expect(versions.DeleteMarkers.map((v: { VersionId: string }) => v.VersionId)).toEqual([del.VersionId]);
  });

  it('copy-object and delete-objects', async () => {
    await withBucket();
    await box.run('aws s3api put-object --bucket demo-bucket --key a.txt --body hello.txt');
    const copied = JSON.parse((await box.run('aws s3api copy-object --bucket demo-bucket --key b.txt --copy-source demo-bucket/a.txt')).stdout);
    expect(copied.CopyObjectResult).toMatchObject({ ETag: HELLO_ETAG, LastModified: '2026-01-01T00:00:00+00:00' });
    const run = await box.run("aws s3api delete-objects --bucket demo-bucket --delete 'Objects=[{Key=a.txt},{Key=b.txt}],Quiet=false'");
    expect(run.requests[0]!.input).toEqual({ Bucket: 'demo-bucket', Delete: { Objects: [{ Key: 'a.txt' }, { Key: 'b.txt' }], Quiet: false } });
    expect(JSON.parse(run.stdout)).toEqual({ Deleted: [{ Key: 'a.txt' }, { Key: 'b.txt' }] });
  });

  it('put-bucket-notification-configuration: refused without permission, saved with it, read back', async () => {
    const fn = 'arn:aws:lambda:us-east-1:111111111111:function:resize';
    const config = JSON.stringify({
      LambdaFunctionConfigurations: [{ Id: 'resize', LambdaFunctionArn: fn, Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'suffix', Value: '.jpg' }] } } }],
    });
    await withBucket({ [`${P}/notification.json`]: config });
    let allowed = false;
    (box.cloud as unknown as Record<string, unknown>).canServiceInvoke = () => allowed;
    const refused = await box.run('aws s3api put-bucket-notification-configuration --bucket demo-bucket --notification-configuration file://notification.json');
    expect(refused).toMatchObject({
      rc: 254,
      stderr: '\nAn error occurred (InvalidArgument) when calling the PutBucketNotificationConfiguration operation: Unable to validate the following destination configurations\n',
    });
    expect(refused.requests[0]!.input).toEqual({ Bucket: 'demo-bucket', NotificationConfiguration: JSON.parse(config) });
    allowed = true;
    expect(await box.run('aws s3api put-bucket-notification-configuration --bucket demo-bucket --notification-configuration file://notification.json')).toMatchObject({ rc: 0, stdout: '' });
    const got = await box.run('aws s3api get-bucket-notification-configuration --bucket demo-bucket');
    expect(JSON.parse(got.stdout)).toEqual({
      LambdaFunctionConfigurations: [{ Id: 'resize', LambdaFunctionArn: fn, Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'Suffix', Value: '.jpg' }] } } }],
    });
  });

  it('help names the streaming blob and the real command list', async () => {
    box = s3Box();
    const help = await box.run('aws s3api put-object help');
    expect(help.stdout).toContain('--body (streaming blob)');
    const unknown = await box.run('aws s3api put-bucket-policy --bucket demo-bucket --policy x');
    expect(unknown.stderr).toContain("'aws s3api put-bucket-policy' is a real AWS CLI command, but this sandbox does not offer it yet.");
  });
});
