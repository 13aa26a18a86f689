/** `aws kinesis`: flags → request input, blobs under both binary formats, pagination, and end to end against the engine. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SERVICES } from '../../../sandbox/cli/aws/models/index.ts';
import { kinesisModel } from '../../../sandbox/cli/aws/models/kinesis.ts';
import type { ServiceModel } from '../../../sandbox/cli/aws/models/shapes.ts';
import { LEARNER } from '../../../sandbox/cloud/accounts.ts';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { kinesisActions } from '../../../sandbox/cloud/kinesis/index.ts';
import { newCloud } from '../../helpers/cloud.ts';
import { sandbox, type Responder } from './harness.ts';

const text = (bytes: unknown) => new TextDecoder().decode(bytes as Uint8Array);

// Registered here until models/index.ts lists the service (the lead wires it); harmless after.
beforeAll(() => {
  (SERVICES as Record<string, ServiceModel>).kinesis ??= kinesisModel;
});

function engine(cloud: Cloud): Responder {
  return async (request) => (await kinesisActions[request.action]!({ cloud, identity: LEARNER, region: request.region ?? 'us-east-1' }, request.input)) as Record<string, unknown>;
}

describe('aws kinesis', () => {
  let cloud: Cloud | undefined;
  afterEach(() => cloud?.dispose());

  it('create-stream maps --shard-count and --stream-mode-details', async () => {
    const box = sandbox(() => ({}));
    const run = await box.run('aws kinesis create-stream --stream-name orders --shard-count 2');
    expect(run).toMatchObject({ rc: 0, stdout: '', stderr: '' });
    await box.run('aws kinesis create-stream --stream-name od --stream-mode-details StreamMode=ON_DEMAND');
    expect(box.requests.map((r) => [r.service, r.action, r.input])).toEqual([
      ['kinesis', 'CreateStream', { StreamName: 'orders', ShardCount: 2 }],
      ['kinesis', 'CreateStream', { StreamName: 'od', StreamModeDetails: { StreamMode: 'ON_DEMAND' } }],
    ]);
  });

  it('put-record sends --data as raw bytes under raw-in-base64-out, and decodes base64 under the v2 default', async () => {
    const box = sandbox(() => ({ ShardId: 'shardId-000000000000', SequenceNumber: '49' }));
    await box.run('aws kinesis put-record --stream-name s --data hello --partition-key user-1');
    expect(text(box.requests[0]!.input.Data)).toBe('hello');
    expect(box.requests[0]!.input.PartitionKey).toBe('user-1');
    await box.run('aws kinesis put-record --stream-name s --data aGk= --partition-key k --profile b64');
    expect(text(box.requests[1]!.input.Data)).toBe('hi');
    const bad = await box.run('aws kinesis put-record --stream-name s --data hello! --partition-key k --profile b64');
    expect(bad.stderr).toContain('Invalid base64: "hello!"');
  });

  it('put-records takes entries as shorthand; get-shard-iterator takes --timestamp', async () => {
    const box = sandbox(() => ({}));
    await box.run('aws kinesis put-records --stream-name s --records Data=one,PartitionKey=a Data=two,PartitionKey=b');
    const records = box.requests[0]!.input.Records as Array<{ Data: Uint8Array; PartitionKey: string }>;
    expect(records.map((r) => [text(r.Data), r.PartitionKey])).toEqual([['one', 'a'], ['two', 'b']]);
    await box.run('aws kinesis get-shard-iterator --stream-name s --shard-id shardId-000000000000 --shard-iterator-type AT_TIMESTAMP --timestamp 1459799926.480');
    expect(box.requests[1]!.input).toEqual({ StreamName: 's', ShardId: 'shardId-000000000000', ShardIteratorType: 'AT_TIMESTAMP', Timestamp: '1459799926.480' });
  });

  it('end to end: put, iterate, read back; data prints as base64 and the query picks fields', async () => {
    cloud = newCloud();
    const box = sandbox(engine(cloud));
    expect((await box.run('aws kinesis create-stream --stream-name s --shard-count 1')).rc).toBe(0);
    const put = await box.run('aws kinesis put-record --stream-name s --data hello --partition-key k');
    expect(JSON.parse(put.stdout)).toEqual({ ShardId: 'shardId-000000000000', SequenceNumber: expect.stringMatching(/^\d{56}$/) });
    const iterator = await box.run('aws kinesis get-shard-iterator --stream-name s --shard-id shardId-000000000000 --shard-iterator-type TRIM_HORIZON --query ShardIterator --output text');
    const records = await box.run(['aws', 'kinesis', 'get-records', '--shard-iterator', iterator.stdout.trim()]);
    const out = JSON.parse(records.stdout);
    expect(out.Records[0]).toMatchObject({ Data: 'aGVsbG8=', PartitionKey: 'k' });
    expect(out.Records[0].ApproximateArrivalTimestamp).toMatch(/^2026-01-01T00:00:00/);
    expect(out.MillisBehindLatest).toBe(0);
    const missing = await box.run('aws kinesis describe-stream-summary --stream-name nope');
    expect(missing).toMatchObject({ rc: 254, stderr: '\nAn error occurred (ResourceNotFoundException) when calling the DescribeStreamSummary operation: Stream nope under account 111111111111 not found.\n' });
  });

  it('list-streams follows NextToken across pages and merges names and summaries', async () => {
    cloud = newCloud();
    const box = sandbox(engine(cloud));
    for (const name of ['a', 'b', 'c']) await box.run(`aws kinesis create-stream --stream-name ${name} --shard-count 1`);
    const run = await box.run('aws kinesis list-streams --page-size 2');
    expect(box.requests.filter((r) => r.action === 'ListStreams').length).toBe(2);
    const out = JSON.parse(run.stdout);
    expect(out.StreamNames).toEqual(['a', 'b', 'c']);
    expect(out.StreamSummaries.map((s: { StreamName: string }) => s.StreamName)).toEqual(['a', 'b', 'c']);
  });
});
