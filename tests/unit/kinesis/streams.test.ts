import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { ARN, bytes, kinesis, kinesisCloud, kinesisError } from './helpers.ts';

describe('Kinesis streams', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('CreateStream splits the 128-bit hash key space evenly and the stream is ACTIVE at once', async () => {
    cloud = kinesisCloud();
    expect(await kinesis(cloud, 'CreateStream', { StreamName: 'orders', ShardCount: 3 })).toEqual({});
    const { StreamDescription: d } = await kinesis(cloud, 'DescribeStream', { StreamName: 'orders' });
    expect(d).toMatchObject({ StreamName: 'orders', StreamARN: ARN('orders'), StreamStatus: 'ACTIVE', HasMoreShards: false, RetentionPeriodHours: 24 });
    expect(d.StreamCreationTimestamp).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(d.Shards.map((s: { ShardId: string }) => s.ShardId)).toEqual(['shardId-000000000000', 'shardId-000000000001', 'shardId-000000000002']);
    expect(d.Shards.map((s: { HashKeyRange: unknown }) => s.HashKeyRange)).toEqual([
      { StartingHashKey: '0', EndingHashKey: '113427455640312821154458202477256070484' },
      { StartingHashKey: '113427455640312821154458202477256070485', EndingHashKey: '226854911280625642308916404954512140969' },
      { StartingHashKey: '226854911280625642308916404954512140970', EndingHashKey: '340282366920938463463374607431768211455' },
    ]);
    expect(d.Shards[0].SequenceNumberRange.StartingSequenceNumber).toMatch(/^\d{56}$/);
  });

  it('answers with Kinesis errors: existing name, missing stream, bad name, no ShardCount', async () => {
    cloud = kinesisCloud();
    await kinesis(cloud, 'CreateStream', { StreamName: 'orders', ShardCount: 1 });
    expect(await kinesisError(cloud, 'CreateStream', { StreamName: 'orders', ShardCount: 1 })).toMatchObject({
      code: 'ResourceInUseException',
      message: 'Stream orders under account 111111111111 already exists.',
    });
    expect(await kinesisError(cloud, 'DescribeStream', { StreamName: 'x' })).toMatchObject({
      code: 'ResourceNotFoundException',
      message: 'Stream x under account 111111111111 not found.',
    });
    expect((await kinesisError(cloud, 'CreateStream', { StreamName: 'a b', ShardCount: 1 })).message).toBe(
      "1 validation error detected: Value 'a b' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
    );
    expect((await kinesisError(cloud, 'CreateStream', { StreamName: 'p' })).code).toBe('InvalidArgumentException');
  });

  it('on-demand streams get four shards; ListStreams pages with NextToken and summaries', async () => {
    cloud = kinesisCloud();
    await kinesis(cloud, 'CreateStream', { StreamName: 'b', StreamModeDetails: { StreamMode: 'ON_DEMAND' } });
    await kinesis(cloud, 'CreateStream', { StreamName: 'a', ShardCount: 1 });
    await kinesis(cloud, 'CreateStream', { StreamName: 'c', ShardCount: 1 });
    const summary = await kinesis(cloud, 'DescribeStreamSummary', { StreamARN: ARN('b') });
    expect(summary.StreamDescriptionSummary).toMatchObject({ OpenShardCount: 4, StreamModeDetails: { StreamMode: 'ON_DEMAND' }, ConsumerCount: 0 });
    const first = await kinesis(cloud, 'ListStreams', { Limit: 2 });
    expect(first).toMatchObject({ StreamNames: ['a', 'b'], HasMoreStreams: true });
    expect(first.StreamSummaries[1]).toMatchObject({ StreamName: 'b', StreamARN: ARN('b'), StreamStatus: 'ACTIVE' });
    const second = await kinesis(cloud, 'ListStreams', { Limit: 2, NextToken: first.NextToken });
    expect(second).toMatchObject({ StreamNames: ['c'], HasMoreStreams: false });
    expect(second.NextToken).toBeUndefined();
    expect((await kinesis(cloud, 'ListStreams', { ExclusiveStartStreamName: 'a' })).StreamNames).toEqual(['b', 'c']);
  });

  it('ListShards pages; DeleteStream removes the stream', async () => {
    cloud = kinesisCloud();
    await kinesis(cloud, 'CreateStream', { StreamName: 's', ShardCount: 3 });
    const page = await kinesis(cloud, 'ListShards', { StreamName: 's', MaxResults: 2 });
    expect(page.Shards).toHaveLength(2);
    const rest = await kinesis(cloud, 'ListShards', { NextToken: page.NextToken });
    expect(rest.Shards.map((s: { ShardId: string }) => s.ShardId)).toEqual(['shardId-000000000002']);
    expect(rest.NextToken).toBeUndefined();
    expect((await kinesis(cloud, 'ListShards', { StreamName: 's', ExclusiveStartShardId: 'shardId-000000000000' })).Shards).toHaveLength(2);
    await kinesis(cloud, 'DeleteStream', { StreamName: 's' });
    expect((await kinesisError(cloud, 'ListShards', { StreamName: 's' })).code).toBe('ResourceNotFoundException');
  });

  it('puts a record on the shard whose hash key range holds MD5(partition key)', async () => {
    cloud = kinesisCloud();
    await kinesis(cloud, 'CreateStream', { StreamName: 's', ShardCount: 4 });
    const { StreamDescription: d } = await kinesis(cloud, 'DescribeStream', { StreamName: 's' });
    for (const key of ['alpha', 'beta', 'gamma', 'delta', 'user-42']) {
      const hash = BigInt('0x' + createHash('md5').update(key).digest('hex'));
      const expected = d.Shards.find((s: { HashKeyRange: { StartingHashKey: string; EndingHashKey: string } }) =>
        BigInt(s.HashKeyRange.StartingHashKey) <= hash && hash <= BigInt(s.HashKeyRange.EndingHashKey)).ShardId;
      const put = await kinesis(cloud, 'PutRecord', { StreamName: 's', Data: bytes(key), PartitionKey: key });
      expect(put.ShardId).toBe(expected);
      expect(put.SequenceNumber).toMatch(/^\d{56}$/);
    }
    const explicit = await kinesis(cloud, 'PutRecord', { StreamName: 's', Data: bytes('x'), PartitionKey: 'k', ExplicitHashKey: '340282366920938463463374607431768211455' });
    expect(explicit.ShardId).toBe('shardId-000000000003');
    expect((await kinesisError(cloud, 'PutRecord', { StreamName: 's', Data: bytes('x'), PartitionKey: 'k', ExplicitHashKey: '340282366920938463463374607431768211456' })).code).toBe('InvalidArgumentException');
  });

  it('sequence numbers increase per shard; PutRecords answers each record in order', async () => {
    cloud = kinesisCloud();
    await kinesis(cloud, 'CreateStream', { StreamName: 's', ShardCount: 1 });
    const a = await kinesis(cloud, 'PutRecord', { StreamName: 's', Data: bytes('1'), PartitionKey: 'p' });
    cloud.clock.advance(5);
    const batch = await kinesis(cloud, 'PutRecords', {
      StreamName: 's',
      Records: [{ Data: bytes('2'), PartitionKey: 'p' }, { Data: bytes('3'), PartitionKey: 'q' }],
    });
    expect(batch.FailedRecordCount).toBe(0);
    const seqs = [a.SequenceNumber, ...batch.Records.map((r: { SequenceNumber: string }) => r.SequenceNumber)].map(BigInt);
    expect(seqs[0] < seqs[1] && seqs[1] < seqs[2]).toBe(true);
    expect(batch.Records[0]).toEqual({ SequenceNumber: batch.Records[0].SequenceNumber, ShardId: 'shardId-000000000000' });
    expect((await kinesisError(cloud, 'PutRecord', { StreamName: 's', Data: bytes('x'), PartitionKey: '' })).message).toBe(
      "1 validation error detected: Value '' at 'partitionKey' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it('retention can be increased and decreased within its limits', async () => {
    cloud = kinesisCloud();
    await kinesis(cloud, 'CreateStream', { StreamName: 's', ShardCount: 1 });
    await kinesis(cloud, 'IncreaseStreamRetentionPeriod', { StreamName: 's', RetentionPeriodHours: 48 });
    expect((await kinesis(cloud, 'DescribeStreamSummary', { StreamName: 's' })).StreamDescriptionSummary.RetentionPeriodHours).toBe(48);
    expect((await kinesisError(cloud, 'DecreaseStreamRetentionPeriod', { StreamName: 's', RetentionPeriodHours: 12 })).message).toBe(
      'Minimum allowed retention period is 24 hours. Requested retention period (12 hours) is too short.',
    );
  });
});
