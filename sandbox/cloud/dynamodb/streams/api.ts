/**
 * The DynamoDB Streams API (service `dynamodbstreams`): ListStreams, DescribeStream,
 * GetShardIterator, GetRecords. Shard iterators look like DynamoDB's (the stream ARN, `|1|`, then an
 * opaque part) and expire 15 minutes after they are issued.
 */
import { fromBase64, fromUtf8, toBase64, utf8 } from '../../bytes.ts';
import { AwsError } from '../../errors.ts';
import type { ServiceContext } from '../../service.ts';
import { validation, validationError } from '../errors.ts';
import { dynamoState, resolveTableNamed } from '../names.ts';
import type { TableStreamRecord } from '../state.ts';
import { sweepStreams } from './lifecycle.ts';
import { findStream, latestPosition, recordsAfter, recordView, trimHorizonPosition } from './read.ts';

export const STREAM_ITERATOR_LIFETIME_MS = 15 * 60_000;
const MAX_RECORDS = 1000;

const streamNotFound = (arn: string) => new AwsError('ResourceNotFoundException', `Requested resource not found: Stream: ${arn} not found`, 400);

function resolveStream(ctx: ServiceContext, arn: unknown): TableStreamRecord {
  if (typeof arn !== 'string' || arn.length < 37) {
    throw validationError([{ value: arn, member: 'streamArn', constraint: 'Member must have length greater than or equal to 37' }]);
  }
  const stream = findStream(ctx.cloud, arn);
  if (!stream || stream.account !== ctx.identity.account) throw streamNotFound(arn);
  return stream;
}

function limitOf(value: unknown, max: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw validationError([{ value, member: 'limit', constraint: n < 1 ? 'Member must have value greater than or equal to 1' : `Member must have value less than or equal to ${max}` }]);
  }
  return n;
}

function encodeIterator(stream: TableStreamRecord, after: string, issuedAt: number): string {
  return `${stream.arn}|1|${toBase64(utf8(JSON.stringify([stream.shardId, after, issuedAt])))}`;
}

function decodeIterator(text: unknown): { streamArn: string; shardId: string; after: string; issuedAt: number } {
  const invalid = () => validation('Invalid ShardIterator');
  if (typeof text !== 'string') throw invalid();
  const cut = text.lastIndexOf('|1|');
  if (cut < 0) throw invalid();
  try {
    const [shardId, after, issuedAt] = JSON.parse(fromUtf8(fromBase64(text.slice(cut + 3)))) as [string, string, number];
    if (typeof shardId === 'string' && /^\d+$/.test(after) && typeof issuedAt === 'number') return { streamArn: text.slice(0, cut), shardId, after, issuedAt };
  } catch {
    // refused below
  }
  throw invalid();
}

export const streamsApiActions = {
  ListStreams(ctx: ServiceContext, input: Record<string, unknown>) {
    const limit = limitOf(input.Limit, 100) ?? 100;
    const table = input.TableName === undefined || input.TableName === null ? undefined : resolveTableNamed(ctx, input.TableName);
    sweepStreams(ctx.cloud);
    let streams = Object.values(dynamoState(ctx.cloud).streams)
      .filter((s) => s.account === ctx.identity.account && s.region === ctx.region && (!table || s.tableArn === table.arn))
      .sort((a, b) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0));
    if (typeof input.ExclusiveStartStreamArn === 'string') streams = streams.filter((s) => s.arn > (input.ExclusiveStartStreamArn as string));
    const page = streams.slice(0, limit);
    return {
      Streams: page.map((s) => ({ StreamArn: s.arn, TableName: s.tableName, StreamLabel: s.label })),
      ...(streams.length > limit ? { LastEvaluatedStreamArn: page.at(-1)!.arn } : {}),
    };
  },

  DescribeStream(ctx: ServiceContext, input: Record<string, unknown>) {
    const stream = resolveStream(ctx, input.StreamArn);
    limitOf(input.Limit, 100);
    const shards = input.ExclusiveStartShardId === stream.shardId ? [] : [{
      ShardId: stream.shardId,
      SequenceNumberRange: {
        StartingSequenceNumber: stream.startingSequenceNumber,
        ...(stream.endingSequenceNumber ? { EndingSequenceNumber: stream.endingSequenceNumber } : {}),
      },
    }];
    return {
      StreamDescription: {
        StreamArn: stream.arn,
        StreamLabel: stream.label,
        StreamStatus: stream.status,
        StreamViewType: stream.viewType,
        CreationRequestDateTime: new Date(stream.createdAt),
        TableName: stream.tableName,
        KeySchema: structuredClone(stream.keySchema),
        Shards: shards,
      },
    };
  },

  GetShardIterator(ctx: ServiceContext, input: Record<string, unknown>) {
    const stream = resolveStream(ctx, input.StreamArn);
    if (input.ShardId !== stream.shardId) throw new AwsError('ResourceNotFoundException', 'Requested resource not found: Shard does not exist', 400);
    const type = input.ShardIteratorType;
    let after: string;
    if (type === 'TRIM_HORIZON') after = trimHorizonPosition(stream);
    else if (type === 'LATEST') after = latestPosition(stream);
    else if (type === 'AT_SEQUENCE_NUMBER' || type === 'AFTER_SEQUENCE_NUMBER') {
      const seq = input.SequenceNumber;
      if (typeof seq !== 'string' || !/^\d{21,40}$/.test(seq)) throw validation(`Invalid SequenceNumber: ${String(seq)} for ShardIteratorType ${type}`);
      const oldest = stream.records[0]?.sequenceNumber;
      if (BigInt(seq) < BigInt(stream.startingSequenceNumber) || (oldest !== undefined && BigInt(seq) < BigInt(oldest) && stream.counter > stream.records.length)) {
        throw new AwsError('TrimmedDataAccessException', `The requested sequence number ${seq} is beyond the trim horizon of the stream.`, 400);
      }
      after = type === 'AT_SEQUENCE_NUMBER' ? (BigInt(seq) - 1n).toString() : seq;
    } else {
      throw validationError([{ value: type, member: 'shardIteratorType', constraint: 'Member must satisfy enum value set: [AFTER_SEQUENCE_NUMBER, LATEST, AT_SEQUENCE_NUMBER, TRIM_HORIZON]' }]);
    }
    return { ShardIterator: encodeIterator(stream, after, ctx.cloud.clock.now()) };
  },

  GetRecords(ctx: ServiceContext, input: Record<string, unknown>) {
    const position = decodeIterator(input.ShardIterator);
    const limit = limitOf(input.Limit, MAX_RECORDS) ?? MAX_RECORDS;
    const stream = resolveStream(ctx, position.streamArn);
    const now = ctx.cloud.clock.now();
    if (now - position.issuedAt > STREAM_ITERATOR_LIFETIME_MS) {
      // Our wording: DynamoDB Streams' exact sentence for an expired iterator is not documented.
      throw new AwsError('ExpiredIteratorException', 'Shard iterator has expired: it was issued more than 15 minutes ago.', 400);
    }
    const batch = recordsAfter(stream, position.after, limit);
    const after = batch.at(-1)?.sequenceNumber ?? position.after;
    // A closed shard read to its end has no next iterator: that is how a reader learns it is done.
    const done = stream.status === 'DISABLED' && BigInt(after) >= BigInt(stream.endingSequenceNumber!);
    return {
      Records: batch.map((r) => recordView(stream, r, 'api')),
      ...(done ? {} : { NextShardIterator: encodeIterator(stream, after, now) }),
    };
  },
};
