/**
 * Kinesis for the cloud's other parts — Lambda's event-source-mapping poller — without an API round
 * trip (no caller identity, no iterators, no five-minute expiry). Reads go through the same shard
 * code as GetRecords, so the poller and a learner's consumer see the same records in the same order.
 */
import { fromBase64, toBase64 } from '../bytes.ts';
import type { Cloud } from '../cloud.ts';
import { findStreamByArn } from './names.ts';
import { findShard, latestPosition, recordsAfter, sweepStream, timestampPosition, trimHorizonPosition } from './shards.ts';
import type { ShardRecord } from './state.ts';

/** Where to read from: after a sequence number (a checkpoint), or a starting position. */
export type ShardPosition = string | 'TRIM_HORIZON' | 'LATEST' | { atTimestamp: number };

export interface ShardReadRecord {
  sequenceNumber: string;
  partitionKey: string;
  data: Uint8Array;
  /** Epoch seconds with milliseconds, as Lambda's Kinesis event carries it (1545084650.987). */
  approximateArrivalTimestamp: number;
}

function shardOf(cloud: Cloud, streamArn: string, shardId: string): ShardRecord | undefined {
  const stream = findStreamByArn(cloud, streamArn);
  if (!stream) return undefined;
  sweepStream(stream, cloud.clock.now());
  return findShard(stream, shardId);
}

/** The shard ids of a stream in order; [] when the stream does not exist (any more). */
export function listShardIds(cloud: Cloud, streamArn: string): string[] {
  return findStreamByArn(cloud, streamArn)?.shards.map((s) => s.shardId) ?? [];
}

/**
 * A position as a checkpoint: the sequence number records must exceed to be read. A mapping created
 * with StartingPosition LATEST stores this at creation, so records put afterwards are delivered;
 * `atTimestamp` is epoch ms. Null when the stream or shard is gone.
 */
export function shardCheckpoint(cloud: Cloud, streamArn: string, shardId: string, position: ShardPosition): string | null {
  const shard = shardOf(cloud, streamArn, shardId);
  if (!shard) return null;
  if (position === 'LATEST') return latestPosition(shard);
  if (position === 'TRIM_HORIZON') return trimHorizonPosition(shard);
  if (typeof position === 'object') return timestampPosition(shard, position.atTimestamp);
  return position;
}

/**
 * Up to `max` records of a shard after `position`, oldest first, retention applied. LATEST reads
 * nothing by definition — resolve it once with `shardCheckpoint` and read after that.
 */
export function readShard(cloud: Cloud, streamArn: string, shardId: string, position: ShardPosition, max: number): ShardReadRecord[] {
  const shard = shardOf(cloud, streamArn, shardId);
  const after = shard && shardCheckpoint(cloud, streamArn, shardId, position);
  if (!shard || !after) return [];
  return recordsAfter(shard, after, max).map((r) => ({
    sequenceNumber: r.sequenceNumber,
    partitionKey: r.partitionKey,
    data: fromBase64(r.data),
    approximateArrivalTimestamp: r.arrival / 1000,
  }));
}

/** One record of Lambda's Kinesis event, exactly as Lambda builds it. */
export function kinesisEventRecord(
  record: ShardReadRecord,
  source: { streamArn: string; shardId: string; region: string; invokeIdentityArn: string },
) {
  return {
    kinesis: {
      kinesisSchemaVersion: '1.0',
      partitionKey: record.partitionKey,
      sequenceNumber: record.sequenceNumber,
      data: toBase64(record.data),
      approximateArrivalTimestamp: record.approximateArrivalTimestamp,
    },
    eventSource: 'aws:kinesis',
    eventVersion: '1.0',
    eventID: `${source.shardId}:${record.sequenceNumber}`,
    eventName: 'aws:kinesis:record',
    invokeIdentityArn: source.invokeIdentityArn,
    awsRegion: source.region,
    eventSourceARN: source.streamArn,
  };
}
