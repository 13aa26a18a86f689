/**
 * Kinesis Data Streams state as plain data. Time is lazy: retention is judged against the virtual
 * clock whenever a shard is read, so nothing here runs on a timer. Record data is base64 so the
 * state stays JSON.
 */

export interface KinesisRecordEntry {
  /** 56 digits; see sequence.ts for what they encode. */
  sequenceNumber: string;
  partitionKey: string;
  /** base64 */
  data: string;
  /** Epoch ms the record arrived (ApproximateArrivalTimestamp). */
  arrival: number;
  explicitHashKey?: string;
}

export interface ShardRecord {
  shardId: string;
  /** Position in the stream's shard list; encoded into every sequence number of the shard. */
  index: number;
  /** Decimal strings: 128-bit integers do not fit a JSON number. */
  startingHashKey: string;
  endingHashKey: string;
  startingSequenceNumber: string;
  /** Epoch ms the shard opened. */
  createdAt: number;
  /** Records put so far on this shard (the low digits of the next sequence number). */
  counter: number;
  /** In sequence order; expired ones are dropped when the shard is touched. */
  records: KinesisRecordEntry[];
}

export type StreamStatus = 'CREATING' | 'DELETING' | 'ACTIVE' | 'UPDATING';
export type StreamMode = 'PROVISIONED' | 'ON_DEMAND';

export interface StreamRecord {
  name: string;
  arn: string;
  account: string;
  region: string;
  status: StreamStatus;
  mode: StreamMode;
  /** Epoch ms. */
  createdAt: number;
  retentionHours: number;
  shards: ShardRecord[];
  tags: Record<string, string>;
}

export interface KinesisState {
  /** Streams by ARN. */
  streams: Record<string, StreamRecord>;
}

export const initialKinesisState = (): KinesisState => ({ streams: {} });
