import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { findTableByStreamArn, listStreamShardIds, readStream, streamCheckpoint } from '../../../sandbox/cloud/dynamodb/index.ts';
import { N, S, ddb, ddbCloud, simpleTable, streams } from './helpers.ts';

const HOUR = 3_600_000;

async function tableWithStream(cloud: Cloud, viewType: string, name = 'Users'): Promise<string> {
  const out = await simpleTable(cloud, name, { StreamSpecification: { StreamEnabled: true, StreamViewType: viewType } });
  return out.TableDescription.LatestStreamArn as string;
}

/** INSERT, MODIFY, a no-op put, REMOVE, and a delete of a missing item. */
async function writeAll(cloud: Cloud) {
  await ddb(cloud, 'PutItem', { TableName: 'Users', Item: { id: S('u1'), v: N(1) } });
  cloud.clock.advance(1500);
  await ddb(cloud, 'UpdateItem', { TableName: 'Users', Key: { id: S('u1') }, UpdateExpression: 'SET v = :v', ExpressionAttributeValues: { ':v': N(2) } });
  await ddb(cloud, 'PutItem', { TableName: 'Users', Item: { id: S('u1'), v: N(2) } });
  await ddb(cloud, 'DeleteItem', { TableName: 'Users', Key: { id: S('u1') } });
  await ddb(cloud, 'DeleteItem', { TableName: 'Users', Key: { id: S('ghost') } });
}

async function allRecords(cloud: Cloud, arn: string) {
  const { StreamDescription } = await streams(cloud, 'DescribeStream', { StreamArn: arn });
  const shardId = StreamDescription.Shards[0].ShardId;
  const { ShardIterator } = await streams(cloud, 'GetShardIterator', { StreamArn: arn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' });
  return streams(cloud, 'GetRecords', { ShardIterator });
}

describe('DynamoDB Streams', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('records INSERT, MODIFY and REMOVE — not a write that changes nothing — with NEW_AND_OLD_IMAGES', async () => {
    cloud = ddbCloud();
    const arn = await tableWithStream(cloud, 'NEW_AND_OLD_IMAGES');
    expect(arn).toBe('arn:aws:dynamodb:us-east-1:111111111111:table/Users/stream/2026-01-01T00:00:00.000');
    await writeAll(cloud);
    const { Records, NextShardIterator } = await allRecords(cloud, arn);
    expect(Records.map((r: { eventName: string }) => r.eventName)).toEqual(['INSERT', 'MODIFY', 'REMOVE']);
    expect(Records[1]).toEqual({
      eventID: Records[1].eventID,
      eventName: 'MODIFY',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'us-east-1',
      dynamodb: {
        ApproximateCreationDateTime: new Date(Date.UTC(2026, 0, 1, 0, 0, 1)),
        Keys: { id: S('u1') },
        NewImage: { id: S('u1'), v: N(2) },
        OldImage: { id: S('u1'), v: N(1) },
        SequenceNumber: Records[1].dynamodb.SequenceNumber,
        SizeBytes: Records[1].dynamodb.SizeBytes,
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
    });
    expect(Records[1].eventID).toMatch(/^[0-9a-f]{32}$/);
    expect(Records[1].dynamodb.SequenceNumber).toMatch(/^\d{21}$/);
    const seqs = Records.map((r: { dynamodb: { SequenceNumber: string } }) => BigInt(r.dynamodb.SequenceNumber));
    expect(seqs[0] < seqs[1] && seqs[1] < seqs[2]).toBe(true);
    expect(Records[0].dynamodb.OldImage).toBeUndefined();
    expect(Records[2].dynamodb.NewImage).toBeUndefined();
    expect(Records[2].dynamodb.OldImage).toEqual({ id: S('u1'), v: N(2) });
    expect((await streams(cloud, 'GetRecords', { ShardIterator: NextShardIterator })).Records).toEqual([]);
  });

  it('each view type carries its images', async () => {
    cloud = ddbCloud();
    const expected: Record<string, Array<[boolean, boolean]>> = {
      KEYS_ONLY: [[false, false], [false, false], [false, false]],
      NEW_IMAGE: [[true, false], [true, false], [false, false]],
      OLD_IMAGE: [[false, false], [false, true], [false, true]],
      NEW_AND_OLD_IMAGES: [[true, false], [true, true], [false, true]],
    };
    for (const [viewType, images] of Object.entries(expected)) {
      cloud?.dispose();
      cloud = ddbCloud();
      const arn = await tableWithStream(cloud, viewType);
      await writeAll(cloud);
      const { Records } = await allRecords(cloud, arn);
      expect(Records.map((r: { dynamodb: Record<string, unknown> }) => [r.dynamodb.NewImage !== undefined, r.dynamodb.OldImage !== undefined]), viewType).toEqual(images);
      expect(Records.every((r: { dynamodb: { Keys: unknown; StreamViewType: string } }) => r.dynamodb.StreamViewType === viewType && r.dynamodb.Keys !== undefined)).toBe(true);
    }
  });

  it('ListStreams, DescribeStream, and iterators: LATEST, AT_ and AFTER_SEQUENCE_NUMBER', async () => {
    cloud = ddbCloud();
    const arn = await tableWithStream(cloud, 'KEYS_ONLY');
    await simpleTable(cloud, 'Plain');
    expect(await streams(cloud, 'ListStreams', {})).toEqual({ Streams: [{ StreamArn: arn, TableName: 'Users', StreamLabel: '2026-01-01T00:00:00.000' }] });
    const { StreamDescription: d } = await streams(cloud, 'DescribeStream', { StreamArn: arn });
    expect(d).toMatchObject({ StreamArn: arn, StreamLabel: '2026-01-01T00:00:00.000', StreamStatus: 'ENABLED', StreamViewType: 'KEYS_ONLY', TableName: 'Users', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] });
    expect(d.Shards[0].ShardId).toMatch(/^shardId-\d{20}-[0-9a-f]{8}$/);
    const shard = { StreamArn: arn, ShardId: d.Shards[0].ShardId };
    const latest = (await streams(cloud, 'GetShardIterator', { ...shard, ShardIteratorType: 'LATEST' })).ShardIterator;
    expect(latest.startsWith(`${arn}|1|`)).toBe(true);
    await writeAll(cloud);
    const { Records } = await streams(cloud, 'GetRecords', { ShardIterator: latest });
    expect(Records).toHaveLength(3);
    const second = Records[1].dynamodb.SequenceNumber;
    const at = (await streams(cloud, 'GetShardIterator', { ...shard, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: second })).ShardIterator;
    expect((await streams(cloud, 'GetRecords', { ShardIterator: at })).Records.map((r: { eventName: string }) => r.eventName)).toEqual(['MODIFY', 'REMOVE']);
    const after = (await streams(cloud, 'GetShardIterator', { ...shard, ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: second })).ShardIterator;
    expect((await streams(cloud, 'GetRecords', { ShardIterator: after, Limit: 1 })).Records.map((r: { eventName: string }) => r.eventName)).toEqual(['REMOVE']);
  });

  it('disabling closes the shard: records stay readable, the last read has no next iterator, then they expire', async () => {
    cloud = ddbCloud();
    const arn = await tableWithStream(cloud, 'NEW_IMAGE');
    await ddb(cloud, 'PutItem', { TableName: 'Users', Item: { id: S('a') } });
    await ddb(cloud, 'UpdateTable', { TableName: 'Users', StreamSpecification: { StreamEnabled: false } });
    await ddb(cloud, 'PutItem', { TableName: 'Users', Item: { id: S('b') } });
    const { StreamDescription: d } = await streams(cloud, 'DescribeStream', { StreamArn: arn });
    expect(d.StreamStatus).toBe('DISABLED');
    expect(d.Shards[0].SequenceNumberRange.EndingSequenceNumber).toMatch(/^\d{21}$/);
    const out = await allRecords(cloud, arn);
    expect(out.Records).toHaveLength(1);
    expect(out.NextShardIterator).toBeUndefined();
    cloud.clock.advance(24 * HOUR + 1);
    expect((await streams(cloud, 'ListStreams', {})).Streams).toEqual([]);
    expect((await streams(cloud, 'DescribeStream', { StreamArn: arn }).catch((e) => e)).code).toBe('ResourceNotFoundException');
  });

  it('records older than 24 hours are trimmed; iterators expire after 15 minutes', async () => {
    cloud = ddbCloud();
    const arn = await tableWithStream(cloud, 'KEYS_ONLY');
    await ddb(cloud, 'PutItem', { TableName: 'Users', Item: { id: S('old') } });
    cloud.clock.advance(23 * HOUR);
    await ddb(cloud, 'PutItem', { TableName: 'Users', Item: { id: S('new') } });
    cloud.clock.advance(HOUR);
    const { Records } = await allRecords(cloud, arn);
    expect(Records.map((r: { dynamodb: { Keys: { id: { S: string } } } }) => r.dynamodb.Keys.id.S)).toEqual(['new']);
    const { StreamDescription: d } = await streams(cloud, 'DescribeStream', { StreamArn: arn });
    const it = (await streams(cloud, 'GetShardIterator', { StreamArn: arn, ShardId: d.Shards[0].ShardId, ShardIteratorType: 'TRIM_HORIZON' })).ShardIterator;
    cloud.clock.advance(15 * 60_000 + 1);
    expect((await streams(cloud, 'GetRecords', { ShardIterator: it }).catch((e) => e)).code).toBe('ExpiredIteratorException');
  });

  it('readStream gives the poller Lambda-shaped records (epoch seconds, base64 binary, eventSourceARN)', async () => {
    cloud = ddbCloud();
    const arn = await tableWithStream(cloud, 'NEW_AND_OLD_IMAGES');
    const [shardId] = listStreamShardIds(cloud, arn);
    const checkpoint = streamCheckpoint(cloud, arn, shardId!, 'LATEST')!;
    await ddb(cloud, 'PutItem', { TableName: 'Users', Item: { id: S('a'), bin: { B: new Uint8Array([104, 105]) } } });
    await ddb(cloud, 'DeleteItem', { TableName: 'Users', Key: { id: S('a') } });
    const records = readStream(cloud, arn, shardId!, checkpoint, 10);
    expect(records).toHaveLength(2);
    expect(records[0]).toEqual({
      eventID: records[0]!.eventID,
      eventName: 'INSERT',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'us-east-1',
      dynamodb: {
        ApproximateCreationDateTime: Date.UTC(2026, 0, 1) / 1000,
        Keys: { id: S('a') },
        NewImage: { id: S('a'), bin: { B: 'aGk=' } },
        SequenceNumber: records[0]!.dynamodb.SequenceNumber,
        SizeBytes: records[0]!.dynamodb.SizeBytes,
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
      eventSourceARN: arn,
    });
    expect(readStream(cloud, arn, shardId!, records[0]!.dynamodb.SequenceNumber, 10).map((r) => r.eventName)).toEqual(['REMOVE']);
    expect(readStream(cloud, arn, shardId!, 'TRIM_HORIZON', 1)).toHaveLength(1);
    expect(readStream(cloud, arn, shardId!, 'LATEST', 10)).toEqual([]);
    expect(findTableByStreamArn(cloud, arn)?.name).toBe('Users');
    await ddb(cloud, 'DeleteTable', { TableName: 'Users' });
    expect(findTableByStreamArn(cloud, arn)).toBeUndefined();
    expect(readStream(cloud, arn, shardId!, 'TRIM_HORIZON', 10)).toHaveLength(2);
  });
});
