import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { kinesisEventRecord, listShardIds, readShard, shardCheckpoint } from '../../../sandbox/cloud/kinesis/index.ts';
import { ARN, bytes, hours, kinesis, kinesisCloud, kinesisError, minutes, text } from './helpers.ts';

const SHARD = 'shardId-000000000000';

async function oneShard(cloud: Cloud) {
  await kinesis(cloud, 'CreateStream', { StreamName: 's', ShardCount: 1 });
  const seqs: string[] = [];
  for (const word of ['a', 'b', 'c']) {
    seqs.push((await kinesis(cloud, 'PutRecord', { StreamName: 's', Data: bytes(word), PartitionKey: word })).SequenceNumber);
    cloud.clock.advance(1000);
  }
  return seqs;
}

async function iterator(cloud: Cloud, type: string, extra: Record<string, unknown> = {}) {
  return (await kinesis(cloud, 'GetShardIterator', { StreamName: 's', ShardId: SHARD, ShardIteratorType: type, ...extra })).ShardIterator as string;
}

const words = (out: { Records: Array<{ Data: Uint8Array }> }) => out.Records.map((r) => text(r.Data));

describe('Kinesis iterators and GetRecords', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('TRIM_HORIZON reads from the oldest record; records carry data, key, sequence and arrival time', async () => {
    cloud = kinesisCloud();
    const seqs = await oneShard(cloud);
    const out = await kinesis(cloud, 'GetRecords', { ShardIterator: await iterator(cloud, 'TRIM_HORIZON') });
    expect(words(out)).toEqual(['a', 'b', 'c']);
    expect(out.Records[0]).toEqual({ SequenceNumber: seqs[0], ApproximateArrivalTimestamp: new Date(Date.UTC(2026, 0, 1)), Data: bytes('a'), PartitionKey: 'a' });
    expect(out.MillisBehindLatest).toBe(0);
    const next = await kinesis(cloud, 'GetRecords', { ShardIterator: out.NextShardIterator });
    expect(next.Records).toEqual([]);
  });

  it('LATEST reads only what is put afterwards; Limit pages and reports MillisBehindLatest', async () => {
    cloud = kinesisCloud();
    await oneShard(cloud);
    const latest = await iterator(cloud, 'LATEST');
    expect((await kinesis(cloud, 'GetRecords', { ShardIterator: latest })).Records).toEqual([]);
    await kinesis(cloud, 'PutRecord', { StreamName: 's', Data: bytes('d'), PartitionKey: 'd' });
    expect(words(await kinesis(cloud, 'GetRecords', { ShardIterator: latest }))).toEqual(['d']);
    const page = await kinesis(cloud, 'GetRecords', { ShardIterator: await iterator(cloud, 'TRIM_HORIZON'), Limit: 1 });
    expect(words(page)).toEqual(['a']);
    expect(page.MillisBehindLatest).toBe(3000);
  });

  it('AT_ and AFTER_SEQUENCE_NUMBER start at and after a record; a foreign or bad number is refused', async () => {
    cloud = kinesisCloud();
    const seqs = await oneShard(cloud);
    expect(words(await kinesis(cloud, 'GetRecords', { ShardIterator: await iterator(cloud, 'AT_SEQUENCE_NUMBER', { StartingSequenceNumber: seqs[1] }) }))).toEqual(['b', 'c']);
    expect(words(await kinesis(cloud, 'GetRecords', { ShardIterator: await iterator(cloud, 'AFTER_SEQUENCE_NUMBER', { StartingSequenceNumber: seqs[1] }) }))).toEqual(['c']);
    expect((await kinesisError(cloud, 'GetShardIterator', { StreamName: 's', ShardId: SHARD, ShardIteratorType: 'AT_SEQUENCE_NUMBER' })).message).toBe(
      'Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and StartingSequenceNumber or (2) TRIM_HORIZON or LATEST and no StartingSequenceNumber. Request specified AT_SEQUENCE_NUMBER and no StartingSequenceNumber.',
    );
    expect((await kinesisError(cloud, 'GetShardIterator', { StreamName: 's', ShardId: SHARD, ShardIteratorType: 'AT_SEQUENCE_NUMBER', StartingSequenceNumber: '123' })).message).toBe(
      'StartingSequenceNumber 123 used in GetShardIterator on shard shardId-000000000000 in stream s under account 111111111111 is invalid.',
    );
    await kinesis(cloud, 'CreateStream', { StreamName: 't', ShardCount: 2 });
    const other = await kinesis(cloud, 'PutRecord', { StreamName: 't', Data: bytes('x'), PartitionKey: 'x', ExplicitHashKey: '340282366920938463463374607431768211455' });
    expect((await kinesisError(cloud, 'GetShardIterator', { StreamName: 't', ShardId: SHARD, ShardIteratorType: 'AT_SEQUENCE_NUMBER', StartingSequenceNumber: other.SequenceNumber })).message).toBe(
      'Invalid StartingSequenceNumber. It encodes shardId-000000000001, while it was used in a call to a shard with shardId-000000000000',
    );
    expect((await kinesisError(cloud, 'GetShardIterator', { StreamName: 's', ShardId: 'shardId-000000000009', ShardIteratorType: 'LATEST' })).message).toBe(
      'Shard shardId-000000000009 in stream s under account 111111111111 does not exist',
    );
  });

  it('AT_TIMESTAMP starts at the first record that arrived at or after the time; the future is refused', async () => {
    cloud = kinesisCloud();
    await oneShard(cloud);
    const start = Date.UTC(2026, 0, 1);
    expect(words(await kinesis(cloud, 'GetRecords', { ShardIterator: await iterator(cloud, 'AT_TIMESTAMP', { Timestamp: new Date(start + 500) }) }))).toEqual(['b', 'c']);
    expect(words(await kinesis(cloud, 'GetRecords', { ShardIterator: await iterator(cloud, 'AT_TIMESTAMP', { Timestamp: (start + 2000) / 1000 }) }))).toEqual(['c']);
    expect((await kinesisError(cloud, 'GetShardIterator', { StreamName: 's', ShardId: SHARD, ShardIteratorType: 'AT_TIMESTAMP', Timestamp: new Date(start + hours(1)) })).message).toMatch(
      /^The timestampInMillis parameter cannot be greater than the currentTimestampInMillis\. timestampInMillis: \d+, currentTimestampInMillis: \d+$/,
    );
  });

  it('iterators expire after five minutes; an unknown iterator is invalid', async () => {
    cloud = kinesisCloud();
    await oneShard(cloud);
    const it = await iterator(cloud, 'TRIM_HORIZON');
    cloud.clock.advance(minutes(5));
    expect((await kinesis(cloud, 'GetRecords', { ShardIterator: it })).Records).toHaveLength(3);
    cloud.clock.advance(1);
    expect(await kinesisError(cloud, 'GetRecords', { ShardIterator: it })).toMatchObject({
      code: 'ExpiredIteratorException',
      message: 'Iterator expired. The iterator was created at time Thu Jan 01 00:00:03 UTC 2026 while right now it is Thu Jan 01 00:05:03 UTC 2026 which is further in the future than the tolerated delay of 300000 milliseconds.',
    });
    expect(await kinesisError(cloud, 'GetRecords', { ShardIterator: 'nonsense' })).toMatchObject({ code: 'InvalidArgumentException', message: 'Invalid ShardIterator.' });
  });

  it('records expire after the 24-hour retention period', async () => {
    cloud = kinesisCloud();
    await oneShard(cloud);
    cloud.clock.advance(hours(24) - 2000);
    expect(words(await kinesis(cloud, 'GetRecords', { ShardIterator: await iterator(cloud, 'TRIM_HORIZON') }))).toEqual(['c']);
    cloud.clock.advance(1000);
    expect((await kinesis(cloud, 'GetRecords', { ShardIterator: await iterator(cloud, 'TRIM_HORIZON') })).Records).toEqual([]);
  });

  it('readShard gives the poller the same records without iterators; checkpoints resolve positions', async () => {
    cloud = kinesisCloud();
    const seqs = await oneShard(cloud);
    const arn = ARN('s');
    expect(listShardIds(cloud, arn)).toEqual([SHARD]);
    const all = readShard(cloud, arn, SHARD, 'TRIM_HORIZON', 10);
    expect(all.map((r) => text(r.data))).toEqual(['a', 'b', 'c']);
    expect(all[1]).toMatchObject({ sequenceNumber: seqs[1], partitionKey: 'b', approximateArrivalTimestamp: Date.UTC(2026, 0, 1) / 1000 + 1 });
    expect(readShard(cloud, arn, SHARD, seqs[0], 1).map((r) => r.sequenceNumber)).toEqual([seqs[1]]);
    expect(readShard(cloud, arn, SHARD, 'LATEST', 10)).toEqual([]);
    const checkpoint = shardCheckpoint(cloud, arn, SHARD, 'LATEST')!;
    await kinesis(cloud, 'PutRecord', { StreamName: 's', Data: bytes('d'), PartitionKey: 'd' });
    expect(readShard(cloud, arn, SHARD, checkpoint, 10).map((r) => text(r.data))).toEqual(['d']);
    expect(readShard(cloud, arn, SHARD, { atTimestamp: Date.UTC(2026, 0, 1) + 1500 }, 10).map((r) => text(r.data))).toEqual(['c', 'd']);
    expect(kinesisEventRecord(all[0], { streamArn: arn, shardId: SHARD, region: 'us-east-1', invokeIdentityArn: 'arn:aws:iam::111111111111:role/r' })).toEqual({
      kinesis: { kinesisSchemaVersion: '1.0', partitionKey: 'a', sequenceNumber: seqs[0], data: 'YQ==', approximateArrivalTimestamp: Date.UTC(2026, 0, 1) / 1000 },
      eventSource: 'aws:kinesis',
      eventVersion: '1.0',
      eventID: `${SHARD}:${seqs[0]}`,
      eventName: 'aws:kinesis:record',
      invokeIdentityArn: 'arn:aws:iam::111111111111:role/r',
      awsRegion: 'us-east-1',
      eventSourceARN: arn,
    });
    expect(readShard(cloud, 'arn:aws:kinesis:us-east-1:111111111111:stream/none', SHARD, 'TRIM_HORIZON', 10)).toEqual([]);
  });
});
