/**
 * DynamoDB Streams for Lambda's event-source-mapping poller: no API round trip, no iterator expiry.
 * Records come in Lambda's event shape, eventSourceARN and awsRegion included.
 */
import type { Cloud } from '../../cloud.ts';
import { findTableByArn } from '../names.ts';
import type { TableRecord } from '../state.ts';
import { findStream, latestPosition, recordsAfter, recordView, trimHorizonPosition } from './read.ts';

export type StreamPosition = string | 'TRIM_HORIZON' | 'LATEST';

export function listStreamShardIds(cloud: Cloud, streamArn: string): string[] {
  const stream = findStream(cloud, streamArn);
  return stream ? [stream.shardId] : [];
}

/** The table a stream belongs to, while it exists. */
export function findTableByStreamArn(cloud: Cloud, streamArn: string): TableRecord | undefined {
  const stream = findStream(cloud, streamArn);
  return stream ? findTableByArn(cloud, stream.tableArn) : undefined;
}

/** A starting position as a checkpoint (the sequence number records must exceed); null when gone. */
export function streamCheckpoint(cloud: Cloud, streamArn: string, shardId: string, position: StreamPosition): string | null {
  const stream = findStream(cloud, streamArn);
  if (!stream || stream.shardId !== shardId) return null;
  if (position === 'LATEST') return latestPosition(stream);
  if (position === 'TRIM_HORIZON') return trimHorizonPosition(stream);
  return position;
}

export type DynamoDbEventRecord = ReturnType<typeof recordView> & { eventSourceARN: string };

/** Up to `max` records after `position`, in Lambda's DynamoDB event shape. LATEST reads nothing: resolve it with streamCheckpoint first. */
export function readStream(cloud: Cloud, streamArn: string, shardId: string, position: StreamPosition, max: number): DynamoDbEventRecord[] {
  const stream = findStream(cloud, streamArn);
  const after = stream && streamCheckpoint(cloud, streamArn, shardId, position);
  if (!stream || !after) return [];
  return recordsAfter(stream, after, max).map((r) => ({ ...recordView(stream, r, 'event'), eventSourceARN: stream.arn }));
}

/** Whether a stream's shard is closed and read to its end after `position` (the mapping can stop polling it). */
export function streamShardFinished(cloud: Cloud, streamArn: string, position: string): boolean {
  const stream = findStream(cloud, streamArn);
  if (!stream) return true;
  return stream.status === 'DISABLED' && BigInt(position) >= BigInt(stream.endingSequenceNumber!);
}
