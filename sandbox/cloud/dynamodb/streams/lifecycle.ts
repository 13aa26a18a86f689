/**
 * A table's stream: enabled with a view type (a new ARN and label each time), disabled (its shard
 * closes, its records stay readable for 24 hours), dropped once nothing in it can be read.
 *
 * The sandbox gives a stream one shard for its whole life. DynamoDB opens a new shard every few
 * hours and splits shards as a table grows; a single shard keeps the order every record arrived in,
 * which is what a learner watches.
 */
import type { Cloud } from '../../cloud.ts';
import { dynamoState } from '../names.ts';
import type { StreamViewType, TableRecord, TableStreamRecord } from '../state.ts';

export const STREAM_RETENTION_MS = 24 * 3_600_000;

/** 21 digits, increasing within the stream: a base from the stream's creation, then a step per record. */
export function sequenceNumber(stream: Pick<TableStreamRecord, 'createdAt'>, counter: number): string {
  return (4n * 10n ** 20n + BigInt(Math.floor(stream.createdAt / 1000)) * 10n ** 10n + BigInt(counter) * 10n).toString();
}

/** The stream label: the creation time in ISO 8601 without the zone, `2026-11-28T06:01:02.345`. */
const label = (epochMs: number) => new Date(epochMs).toISOString().slice(0, -1);

export function enableStream(cloud: Cloud, table: TableRecord, viewType: StreamViewType): TableStreamRecord {
  const state = dynamoState(cloud);
  let createdAt = cloud.clock.now();
  // Two streams of one table in the same millisecond would share an ARN; the later one moves on a millisecond.
  while (state.streams[`${table.arn}/stream/${label(createdAt)}`]) createdAt += 1;
  const arn = `${table.arn}/stream/${label(createdAt)}`;
  const stream: TableStreamRecord = {
    arn,
    label: label(createdAt),
    tableName: table.name,
    tableArn: table.arn,
    account: table.account,
    region: table.region,
    viewType,
    keySchema: structuredClone(table.keySchema),
    createdAt,
    status: 'ENABLED',
    shardId: `shardId-${String(createdAt).padStart(20, '0')}-${cloud.ids.hex(8)}`,
    startingSequenceNumber: sequenceNumber({ createdAt }, 0),
    counter: 0,
    records: [],
  };
  state.streams[arn] = stream;
  table.streamArn = arn;
  table.latestStreamArn = arn;
  cloud.trace({ type: 'dynamodb.stream-enabled', tableArn: table.arn, streamArn: arn, viewType });
  return stream;
}

export function disableStream(cloud: Cloud, table: TableRecord): void {
  const stream = table.streamArn ? dynamoState(cloud).streams[table.streamArn] : undefined;
  table.streamArn = undefined;
  if (!stream || stream.status === 'DISABLED') return;
  stream.status = 'DISABLED';
  stream.disabledAt = cloud.clock.now();
  stream.endingSequenceNumber = stream.records.at(-1)?.sequenceNumber ?? stream.startingSequenceNumber;
  cloud.trace({ type: 'dynamodb.stream-disabled', tableArn: table.arn, streamArn: stream.arn });
}

/** Drops records past retention, and streams disabled for longer than that. */
export function sweepStreams(cloud: Cloud): void {
  const state = dynamoState(cloud);
  const horizon = cloud.clock.now() - STREAM_RETENTION_MS;
  for (const [arn, stream] of Object.entries(state.streams)) {
    let expired = 0;
    while (expired < stream.records.length && stream.records[expired]!.createdAt <= horizon) expired++;
    if (expired) stream.records.splice(0, expired);
    if (stream.status === 'DISABLED' && stream.disabledAt! <= horizon) delete state.streams[arn];
  }
}
