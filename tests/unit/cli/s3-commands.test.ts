/** `aws s3 mb | rb | ls | cp | mv | rm | sync`: the real CLI's lines, statuses and requests. */
import { afterEach, describe, expect, it } from 'vitest';
import { humanReadableSize } from '../../../sandbox/cli/aws/customizations/s3/index.ts';
import { s3Box, type S3Box } from './s3-harness.ts';

const P = '/home/learner/project';

describe('aws s3 high-level commands', () => {
  let box: S3Box;
  afterEach(() => box?.dispose());

  async function withBucket(files: Record<string, string | Uint8Array> = {}) {
    box = s3Box(files);
    expect(await box.run('aws s3 mb s3://demo-bucket')).toMatchObject({ rc: 0, stdout: 'make_bucket: demo-bucket\n', stderr: '' });
  }

  it('mb and rb print make_bucket / remove_bucket, and their failures with status 1', async () => {
    await withBucket({ [`${P}/a.txt`]: 'a' });
    expect(await box.run('aws s3 mb s3://demo-bucket --region eu-west-1')).toMatchObject({
      rc: 1,
      stdout: '',
      stderr: 'make_bucket failed: s3://demo-bucket An error occurred (BucketAlreadyOwnedByYou) when calling the CreateBucket operation: Your previous request to create the named bucket succeeded and you already own it.\n',
    });
    const euro = await box.run('aws s3 mb s3://euro-bucket --region eu-west-1');
    expect(euro.requests[0]!.input).toEqual({ Bucket: 'euro-bucket', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } });
    expect(await box.run('aws s3 mb demo-bucket')).toMatchObject({ rc: 252, stderr: '\n<S3Uri>\nError: Invalid argument type\n' });
    await box.run('aws s3 cp a.txt s3://demo-bucket/');
    expect(await box.run('aws s3 rb s3://demo-bucket')).toMatchObject({
      rc: 1,
      stderr: 'remove_bucket failed: s3://demo-bucket An error occurred (BucketNotEmpty) when calling the DeleteBucket operation: The bucket you tried to delete is not empty\n',
    });
    expect(await box.run('aws s3 rb s3://demo-bucket/a.txt')).toMatchObject({ rc: 252, stderr: '\nPlease specify a valid bucket name only. E.g. s3://demo-bucket\n' });
    expect(await box.run('aws s3 rb s3://demo-bucket --force')).toMatchObject({ rc: 0, stdout: 'delete: s3://demo-bucket/a.txt\nremove_bucket: demo-bucket\n' });
  });

  it('cp uploads with the guessed content type and prints the upload line', async () => {
    await withBucket({ [`${P}/page.html`]: '<h1>hi</h1>', [`${P}/data.bin`]: 'xx' });
    const run = await box.run('aws s3 cp page.html s3://demo-bucket/site/');
    expect(run).toMatchObject({ rc: 0, stdout: 'upload: ./page.html to s3://demo-bucket/site/page.html\n', stderr: '' });
    expect(run.requests[0]).toMatchObject({ action: 'PutObject', input: { Bucket: 'demo-bucket', Key: 'site/page.html', ContentType: 'text/html' } });
    const renamed = await box.run('aws s3 cp data.bin s3://demo-bucket/renamed.bin --content-type application/x-custom --metadata origin=lab');
    expect(renamed.stdout).toBe('upload: ./data.bin to s3://demo-bucket/renamed.bin\n');
    expect(renamed.requests[0]!.input).toMatchObject({ Key: 'renamed.bin', ContentType: 'application/x-custom', Metadata: { origin: 'lab' } });
    const plain = await box.run('aws s3 cp page.html s3://demo-bucket --no-guess-mime-type');
    expect(plain.stdout).toBe('upload: ./page.html to s3://demo-bucket/page.html\n');
    expect(plain.requests[0]!.input.ContentType).toBeUndefined();
  });

  it('cp downloads, recursive copies keep the tree, paths print relative to the working directory', async () => {
    await withBucket({ [`${P}/site/index.html`]: 'i', [`${P}/site/css/main.css`]: 'c', '/home/learner/other.txt': 'o' });
    const up = await box.run('aws s3 cp site s3://demo-bucket/web --recursive');
    expect(up.stdout).toBe('upload: site/css/main.css to s3://demo-bucket/web/css/main.css\nupload: site/index.html to s3://demo-bucket/web/index.html\n');
    expect((await box.run('aws s3 cp ../other.txt s3://demo-bucket/')).stdout).toBe('upload: ../other.txt to s3://demo-bucket/other.txt\n');
    const down = await box.run('aws s3 cp s3://demo-bucket/web/ copy --recursive');
    expect(down.stdout).toBe('download: s3://demo-bucket/web/css/main.css to copy/css/main.css\ndownload: s3://demo-bucket/web/index.html to copy/index.html\n');
    expect(box.fs.text(`${P}/copy/css/main.css`)).toBe('c');
    expect((await box.run('aws s3 cp s3://demo-bucket/web/index.html .')).stdout).toBe('download: s3://demo-bucket/web/index.html to ./index.html\n');
    const copy = await box.run('aws s3 cp s3://demo-bucket/web/index.html s3://demo-bucket/backup/');
    expect(copy.stdout).toBe('copy: s3://demo-bucket/web/index.html to s3://demo-bucket/backup/index.html\n');
    expect(copy.requests.at(-1)).toMatchObject({ action: 'CopyObject', input: { Bucket: 'demo-bucket', Key: 'backup/index.html', CopySource: 'demo-bucket/web/index.html' } });
  });

  it('--exclude and --include filter in order, the last match winning', async () => {
    await withBucket({ [`${P}/pics/a.jpg`]: '1', [`${P}/pics/b.png`]: '2', [`${P}/pics/c.jpg`]: '3' });
    const run = await box.run('aws s3 cp pics s3://demo-bucket/ --recursive --exclude "*" --include "*.jpg"');
    expect(run.stdout).toBe('upload: pics/a.jpg to s3://demo-bucket/a.jpg\nupload: pics/c.jpg to s3://demo-bucket/c.jpg\n');
    const rm = await box.run('aws s3 rm s3://demo-bucket/ --recursive --exclude c.jpg');
    expect(rm.stdout).toBe('delete: s3://demo-bucket/a.jpg\n');
  });

  it('ls: buckets, one level with PRE lines, recursive, human readable and summarized', async () => {
    await withBucket({ [`${P}/big.bin`]: new Uint8Array(1536), [`${P}/a.txt`]: 'hello' });
    await box.run('aws s3 cp a.txt s3://demo-bucket/');
    await box.run('aws s3 cp big.bin s3://demo-bucket/data/2026/big.bin');
    box.cloud.clock.advance(62_000);
    await box.run('aws s3 cp a.txt s3://demo-bucket/data/late.txt');
    expect((await box.run('aws s3 ls')).stdout).toBe('2026-01-01 00:00:00 demo-bucket\n');
    expect((await box.run('aws s3 ls s3://demo-bucket')).stdout).toBe(
      '                           PRE data/\n2026-01-01 00:00:00          5 a.txt\n',
    );
    expect((await box.run('aws s3 ls s3://demo-bucket/data/')).stdout).toBe(
      '                           PRE 2026/\n2026-01-01 00:01:02          5 late.txt\n',
    );
    expect((await box.run('aws s3 ls s3://demo-bucket --recursive --human-readable --summarize')).stdout).toBe(
      '2026-01-01 00:00:00    5 Bytes a.txt\n' +
        '2026-01-01 00:00:00    1.5 KiB data/2026/big.bin\n' +
        '2026-01-01 00:01:02    5 Bytes data/late.txt\n' +
        '\nTotal Objects: 3\n   Total Size: 1.5 KiB\n',
    );
    expect(await box.run('aws s3 ls s3://demo-bucket/nothing-here')).toMatchObject({ rc: 1, stdout: '' });
    expect(await box.run('aws s3 ls s3://missing-bucket')).toMatchObject({
      rc: 254,
      stderr: '\nAn error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist\n',
    });
  });

  it('rm deletes one key (existing or not) or a prefix', async () => {
    await withBucket({ [`${P}/a.txt`]: 'a' });
    await box.run('aws s3 cp a.txt s3://demo-bucket/x/a.txt');
    await box.run('aws s3 cp a.txt s3://demo-bucket/x/b.txt');
    expect((await box.run('aws s3 rm s3://demo-bucket/x/a.txt')).stdout).toBe('delete: s3://demo-bucket/x/a.txt\n');
    expect((await box.run('aws s3 rm s3://demo-bucket/never-there')).stdout).toBe('delete: s3://demo-bucket/never-there\n');
    expect((await box.run('aws s3 rm s3://demo-bucket/x/ --recursive')).stdout).toBe('delete: s3://demo-bucket/x/b.txt\n');
    expect(await box.run('aws s3 rm a.txt')).toMatchObject({ rc: 252, stderr: '\nusage: aws s3 rm <S3Uri>\nError: Invalid argument type\n' });
  });

  it('mv moves: the source is gone afterwards', async () => {
    await withBucket({ [`${P}/a.txt`]: 'a' });
    expect((await box.run('aws s3 mv a.txt s3://demo-bucket/')).stdout).toBe('move: ./a.txt to s3://demo-bucket/a.txt\n');
    expect(box.fs.text(`${P}/a.txt`)).toBeUndefined();
    expect((await box.run('aws s3 mv s3://demo-bucket/a.txt s3://demo-bucket/b.txt')).stdout).toBe('move: s3://demo-bucket/a.txt to s3://demo-bucket/b.txt\n');
    expect((await box.run('aws s3 ls s3://demo-bucket')).stdout).toBe('2026-01-01 00:00:00          1 b.txt\n');
    expect(await box.run('aws s3 mv s3://demo-bucket/b.txt s3://demo-bucket/b.txt')).toMatchObject({
      rc: 252,
      stderr: '\nCannot mv a file onto itself: s3://demo-bucket/b.txt - s3://demo-bucket/b.txt\n',
    });
  });

  it('sync copies what is new or changed and, with --delete, removes what is gone', async () => {
    await withBucket({ [`${P}/site/a.txt`]: 'a', [`${P}/site/b.txt`]: 'b' });
    expect((await box.run('aws s3 sync site s3://demo-bucket/site')).stdout).toBe(
      'upload: site/a.txt to s3://demo-bucket/site/a.txt\nupload: site/b.txt to s3://demo-bucket/site/b.txt\n',
    );
    expect((await box.run('aws s3 sync site s3://demo-bucket/site')).stdout).toBe('');
    box.fs.put(`${P}/site/a.txt`, 'changed');
    await box.fs.rm(`${P}/site/b.txt`);
    expect((await box.run('aws s3 sync site s3://demo-bucket/site --delete')).stdout).toBe(
      'upload: site/a.txt to s3://demo-bucket/site/a.txt\ndelete: s3://demo-bucket/site/b.txt\n',
    );
    const down = await box.run('aws s3 sync s3://demo-bucket/site mirror');
    expect(down.stdout).toBe('download: s3://demo-bucket/site/a.txt to mirror/a.txt\n');
    expect(box.fs.text(`${P}/mirror/a.txt`)).toBe('changed');
  });

  it('streams with -: from stdin, to stdout', async () => {
    await withBucket();
    expect(await box.run('aws s3 cp - s3://demo-bucket/piped.txt', { stdin: 'from a pipe\n' })).toMatchObject({ rc: 0, stdout: '' });
    expect((await box.run('aws s3 cp s3://demo-bucket/piped.txt -')).stdout).toBe('from a pipe\n');
    expect(await box.run('aws s3 cp - s3://demo-bucket/ --recursive')).toMatchObject({
      rc: 252,
      stderr: '\nStreaming currently is only compatible with non-recursive cp commands\n',
    });
  });

  it('failures: a missing key is a fatal error, a missing bucket fails the upload, status 1', async () => {
    await withBucket({ [`${P}/a.txt`]: 'a' });
    expect(await box.run('aws s3 cp s3://demo-bucket/missing.txt .')).toMatchObject({
      rc: 1,
      stdout: '',
      stderr: 'fatal error: An error occurred (404) when calling the HeadObject operation: Key "missing.txt" does not exist\n',
    });
    expect(await box.run('aws s3 cp a.txt s3://no-such-bucket/')).toMatchObject({
      rc: 1,
      stderr: 'upload failed: ./a.txt to s3://no-such-bucket/a.txt An error occurred (NoSuchBucket) when calling the PutObject operation: The specified bucket does not exist\n',
    });
    expect(await box.run('aws s3 cp nope.txt s3://demo-bucket/')).toMatchObject({ rc: 255, stderr: '\nThe user-provided path nope.txt does not exist.\n' });
    expect(await box.run('aws s3 cp a.txt b.txt')).toMatchObject({
      rc: 252,
      stderr: '\nusage: aws s3 cp <LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>\nError: Invalid argument type\n',
    });
    expect((await box.run('aws s3 cp a.txt')).stderr).toContain('aws: error: the following arguments are required: paths');
    expect(await box.run('aws s3 cp a.txt s3://demo-bucket/ --bogus')).toMatchObject({ rc: 252, stderr: '\nUnknown options: --bogus\n' });
  });

  it('--quiet prints nothing, --only-show-errors only failures, --dryrun sends nothing', async () => {
    await withBucket({ [`${P}/a.txt`]: 'a' });
    expect(await box.run('aws s3 cp a.txt s3://demo-bucket/ --quiet')).toMatchObject({ rc: 0, stdout: '', stderr: '' });
    expect((await box.run('aws s3 cp a.txt s3://demo-bucket/ --only-show-errors')).stdout).toBe('');
    const dry = await box.run('aws s3 rm s3://demo-bucket/a.txt --dryrun');
    expect(dry.stdout).toBe('(dryrun) delete: s3://demo-bucket/a.txt\n');
    expect(dry.requests).toEqual([]);
  });

  it('human-readable sizes round as the CLI does', () => {
    expect([1, 1023, 1024, 1536, 1048576, 5 * 1024 ** 3].map(humanReadableSize)).toEqual(['1 Byte', '1023 Bytes', '1.0 KiB', '1.5 KiB', '1.0 MiB', '5.0 GiB']);
  });

  it('help prints the command page', async () => {
    box = s3Box();
    const help = await box.run('aws s3 cp help');
    expect(help.stdout).toContain('Copies a local file or S3 object to another location locally or in S3.');
    expect(help.stdout).toContain('--recursive');
  });
});
