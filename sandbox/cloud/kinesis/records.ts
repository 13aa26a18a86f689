/** Record actions: PutRecord, PutRecords, GetShardIterator, GetRecords. */
import { fromBase64, toBase64 } from '../bytes.ts';
import type { Cloud } from '../cloud.ts';
import type { ServiceContext } from '../service.ts';
import { invalidArgument, iteratorExpired, shardNotFound, streamNotFound, validationError } from './errors.ts';
import { hashKeyOf, MAX_HASH_KEY, parseHashKey } from './hash-keys.ts';
import { decodeIterator, encodeIterator, ITERATOR_LIFETIME_MS } from './iterators.ts';
import { findStreamByArn, parseStreamArn, resolveStream } from './names.ts';
import { nextSequenceNumber, previousSequence, shardIndexOf } from './sequence.ts';
import { findShard, latestPosition, recordsAfter, sweepStream, timestampPosition, trimHorizonPosition } from './shards.ts';
import type { ShardRecord, StreamRecord } from './state.ts';

const MAX_RECORD_BYTES = 1_048_576;
const MAX_GET_RECORDS = 10_000;
const encoder = new TextEncoder();

/** Data arrives as bytes (the CLI and SDKs decode the base64 of the wire); a string is taken as that base64. */
function dataBytes(value: unknown, member: string): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') {
    try {
      return fromBase64(value);
    } catch {
      throw invalidArgument(`${member} is not valid base64.`);
    }
  }
  throw validationError([{ value: undefined, member, constraint: 'Member must not be null' }]);
}

function partitionKeyOf(value: unknown, member: string): string {
  if (typeof value !== 'string') throw validationError([{ value: undefined, member, constraint: 'Member must not be null' }]);
  if (value.length < 1) throw validationError([{ value, member, constraint: 'Member must have length greater than or equal to 1' }]);
  if (value.length > 256) throw validationError([{ value, member, constraint: 'Member must have length less than or equal to 256' }]);
  return value;
}

function shardForHashKey(stream: StreamRecord, hashKey: bigint): ShardRecord {
  return stream.shards.find((s) => BigInt(s.startingHashKey) <= hashKey && hashKey <= BigInt(s.endingHashKey))!;
}

interface PutEntry {
  Data?: unknown;
  PartitionKey?: unknown;
  ExplicitHashKey?: unknown;
}

/** Validates one record and appends it to the shard its hash key falls into. */
function putOne(cloud: Cloud, stream: StreamRecord, entry: PutEntry, members: { data: string; key: string; hash: string }) {
  const data = dataBytes(entry.Data, members.data);
  const partitionKey = partitionKeyOf(entry.PartitionKey, members.key);
  if (data.length + encoder.encode(partitionKey).length > MAX_RECORD_BYTES) {
    throw validationError([{ value: `java.nio.HeapByteBuffer[pos=0 lim=${data.length} cap=${data.length}]`, member: members.data, constraint: `Member must have length less than or equal to ${MAX_RECORD_BYTES}` }]);
  }
  let hashKey = hashKeyOf(partitionKey);
  let explicit: string | undefined;
  if (entry.ExplicitHashKey !== undefined && entry.ExplicitHashKey !== null) {
    explicit = String(entry.ExplicitHashKey);
    const parsed = parseHashKey(explicit);
    if (parsed === null || parsed > MAX_HASH_KEY) {
      throw invalidArgument(`Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. Specified value was ${explicit}`);
    }
    hashKey = parsed;
  }
  const now = cloud.clock.now();
  const shard = shardForHashKey(stream, hashKey);
  const sequenceNumber = nextSequenceNumber(shard, now);
  shard.records.push({ sequenceNumber, partitionKey, data: toBase64(data), arrival: now, ...(explicit ? { explicitHashKey: explicit } : {}) });
  cloud.trace({ type: 'kinesis.record-put', streamArn: stream.arn, shardId: shard.shardId, sequenceNumber, partitionKey });
  return { ShardId: shard.shardId, SequenceNumber: sequenceNumber };
}

/** The stream and shard an iterator points into, failing as Kinesis does once either is gone. */
function iteratorTarget(cloud: Cloud, streamArnText: string, shardId: string): { stream: StreamRecord; shard: ShardRecord } {
  const stream = findStreamByArn(cloud, streamArnText);
  const parsed = parseStreamArn(streamArnText);
  if (!stream) throw streamNotFound(parsed?.name ?? streamArnText, parsed?.account ?? '');
  const shard = findShard(stream, shardId);
  if (!shard) throw shardNotFound(shardId, stream.name, stream.account);
  return { stream, shard };
}

export const recordActions = {
  PutRecord(ctx: ServiceContext, input: Record<string, unknown>) {
    const stream = resolveStream(ctx, input, 'PutRecord');
    sweepStream(stream, ctx.cloud.clock.now());
    // SequenceNumberForOrdering is accepted: the sandbox's sequence numbers are already strictly ordered.
    return putOne(ctx.cloud, stream, input, { data: 'data', key: 'partitionKey', hash: 'explicitHashKey' });
  },

  PutRecords(ctx: ServiceContext, input: Record<string, unknown>) {
    const stream = resolveStream(ctx, input, 'PutRecords');
    const entries = input.Records;
    if (!Array.isArray(entries)) throw validationError([{ value: undefined, member: 'records', constraint: 'Member must not be null' }]);
    if (entries.length < 1 || entries.length > 500) {
      throw validationError([{
        value: `[${entries.length} records]`,
        member: 'records',
        constraint: entries.length < 1 ? 'Member must have length greater than or equal to 1' : 'Member must have length less than or equal to 500',
      }]);
    }
    sweepStream(stream, ctx.cloud.clock.now());
    // The whole request is validated before any record is stored, as a malformed batch is rejected whole.
    entries.forEach((entry: PutEntry, i: number) => {
      dataBytes(entry?.Data, `records.${i + 1}.member.data`);
      partitionKeyOf(entry?.PartitionKey, `records.${i + 1}.member.partitionKey`);
    });
    const results = entries.map((entry: PutEntry, i: number) =>
      putOne(ctx.cloud, stream, entry, { data: `records.${i + 1}.member.data`, key: `records.${i + 1}.member.partitionKey`, hash: `records.${i + 1}.member.explicitHashKey` }),
    );
    return { FailedRecordCount: 0, Records: results.map((r) => ({ SequenceNumber: r.SequenceNumber, ShardId: r.ShardId })) };
  },

  GetShardIterator(ctx: ServiceContext, input: Record<string, unknown>) {
    const stream = resolveStream(ctx, input, 'GetShardIterator');
    const now = ctx.cloud.clock.now();
    sweepStream(stream, now);
    if (typeof input.ShardId !== 'string' || input.ShardId === '') throw validationError([{ value: undefined, member: 'shardId', constraint: 'Member must not be null' }]);
    const shard = findShard(stream, input.ShardId);
    if (!shard) throw shardNotFound(input.ShardId, stream.name, stream.account);
    const type = input.ShardIteratorType;
    const sequence = input.StartingSequenceNumber;
    const hasSequence = sequence !== undefined && sequence !== null;
    const needsSequence = type === 'AT_SEQUENCE_NUMBER' || type === 'AFTER_SEQUENCE_NUMBER';
    if (type === 'TRIM_HORIZON' || type === 'LATEST' || needsSequence) {
      if (needsSequence !== hasSequence) {
        throw invalidArgument(
          `Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and StartingSequenceNumber or (2) TRIM_HORIZON or LATEST and no StartingSequenceNumber. Request specified ${type} and ${hasSequence ? 'also a' : 'no'} StartingSequenceNumber.`,
        );
      }
    } else if (type !== 'AT_TIMESTAMP') {
      throw validationError([{ value: type, member: 'shardIteratorType', constraint: 'Member must satisfy enum value set: [AFTER_SEQUENCE_NUMBER, LATEST, AT_TIMESTAMP, AT_SEQUENCE_NUMBER, TRIM_HORIZON]' }]);
    }

    let after: string;
    if (needsSequence) {
      const text = String(sequence);
      const encoded = shardIndexOf(text);
      if (!/^(0|[1-9]\d{0,128})$/.test(text) || encoded === null) {
        throw invalidArgument(`StartingSequenceNumber ${text} used in GetShardIterator on shard ${shard.shardId} in stream ${stream.name} under account ${stream.account} is invalid.`);
      }
      if (encoded !== shard.index) {
        throw invalidArgument(`Invalid StartingSequenceNumber. It encodes shardId-${String(encoded).padStart(12, '0')}, while it was used in a call to a shard with ${shard.shardId}`);
      }
      after = type === 'AT_SEQUENCE_NUMBER' ? previousSequence(text) : text;
    } else if (type === 'AT_TIMESTAMP') {
      const at = timestampMs(input.Timestamp);
      if (at === undefined) {
        throw invalidArgument('Must specify timestampInMillis parameter for iterator of type AT_TIMESTAMP. Current request has no timestamp parameter.');
      }
      if (at > now) {
        throw invalidArgument(`The timestampInMillis parameter cannot be greater than the currentTimestampInMillis. timestampInMillis: ${at}, currentTimestampInMillis: ${now}`);
      }
      after = timestampPosition(shard, at);
    } else {
      after = type === 'LATEST' ? latestPosition(shard) : trimHorizonPosition(shard);
    }
    return { ShardIterator: encodeIterator({ streamArn: stream.arn, shardId: shard.shardId, after, issuedAt: now }) };
  },

  GetRecords(ctx: ServiceContext, input: Record<string, unknown>) {
    const position = decodeIterator(input.ShardIterator);
    const now = ctx.cloud.clock.now();
    let limit = MAX_GET_RECORDS;
    if (input.Limit !== undefined && input.Limit !== null) {
      limit = Number(input.Limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_GET_RECORDS) {
        throw validationError([{ value: input.Limit, member: 'limit', constraint: limit < 1 ? 'Member must have value greater than or equal to 1' : `Member must have value less than or equal to ${MAX_GET_RECORDS}` }]);
      }
    }
    const { stream, shard } = iteratorTarget(ctx.cloud, position.streamArn, position.shardId);
    if (now - position.issuedAt > ITERATOR_LIFETIME_MS) throw iteratorExpired(position.issuedAt, now, ITERATOR_LIFETIME_MS);
    sweepStream(stream, now);
    const batch = recordsAfter(shard, position.after, limit);
    const last = batch.at(-1);
    const behind = last && last !== shard.records.at(-1) ? Math.max(0, now - last.arrival) : 0;
    return {
      Records: batch.map((r) => ({
        SequenceNumber: r.sequenceNumber,
        ApproximateArrivalTimestamp: new Date(r.arrival),
        Data: fromBase64(r.data),
        PartitionKey: r.partitionKey,
      })),
      NextShardIterator: encodeIterator({ streamArn: stream.arn, shardId: shard.shardId, after: last?.sequenceNumber ?? position.after, issuedAt: now }),
      MillisBehindLatest: behind,
    };
  },
};

/** A timestamp member: a Date, epoch seconds (number or numeric string, the CLI's form) or ISO 8601. */
function timestampMs(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return Math.round(value * 1000);
  const text = String(value).trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw invalidArgument(`Invalid timestamp: ${text}`);
  return ms;
}
