/**
 * Reading a shard: retention, positions and batches. Shared by the GetRecords API and by Lambda's
 * event-source-mapping poller, so both see exactly the same records in the same order.
 */
import type { KinesisRecordEntry, ShardRecord, StreamRecord } from './state.ts';
import { compareSequence } from './sequence.ts';

export const HOUR_MS = 3_600_000;

/** Drops the records older than the stream's retention period (24 hours unless changed). */
export function sweepStream(stream: StreamRecord, now: number): void {
  const horizon = now - stream.retentionHours * HOUR_MS;
  for (const shard of stream.shards) {
    let expired = 0;
    while (expired < shard.records.length && shard.records[expired]!.arrival <= horizon) expired++;
    if (expired) shard.records.splice(0, expired);
  }
}

export function findShard(stream: StreamRecord, shardId: string): ShardRecord | undefined {
  return stream.shards.find((s) => s.shardId === shardId);
}

/** "After the newest record": records put from now on are read, none before. */
export function latestPosition(shard: ShardRecord): string {
  return shard.records.at(-1)?.sequenceNumber ?? shard.startingSequenceNumber;
}

/** "After nothing": the oldest untrimmed record is read first. */
export function trimHorizonPosition(shard: ShardRecord): string {
  return shard.startingSequenceNumber;
}

/** The first record that arrived at or after `epochMs`; LATEST when there is none yet. */
export function timestampPosition(shard: ShardRecord, epochMs: number): string {
  const i = shard.records.findIndex((r) => r.arrival >= epochMs);
  if (i <= 0) return i === 0 ? trimHorizonPosition(shard) : latestPosition(shard);
  return shard.records[i - 1]!.sequenceNumber;
}

/** Up to `max` records with a sequence number greater than `after`, oldest first. */
export function recordsAfter(shard: ShardRecord, after: string, max: number): KinesisRecordEntry[] {
  const out: KinesisRecordEntry[] = [];
  for (const record of shard.records) {
    if (out.length >= max) break;
    if (compareSequence(record.sequenceNumber, after) > 0) out.push(record);
  }
  return out;
}
