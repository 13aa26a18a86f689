/** Amazon Kinesis Data Streams: streams, shards, records, iterators, and what Lambda's poller uses. */
import type { ServiceActions } from '../service.ts';
import { recordActions } from './records.ts';
import { streamActions } from './streams.ts';

export const kinesisActions: ServiceActions = { ...streamActions, ...recordActions } as unknown as ServiceActions;

export { initialKinesisState, type KinesisState, type StreamRecord as KinesisStreamRecord, type ShardRecord as KinesisShardRecord, type KinesisRecordEntry } from './state.ts';
export { findStreamByArn, parseStreamArn, streamArn } from './names.ts';
export { readShard, listShardIds, shardCheckpoint, kinesisEventRecord, type ShardPosition, type ShardReadRecord } from './internal.ts';
export { compareSequence } from './sequence.ts';
