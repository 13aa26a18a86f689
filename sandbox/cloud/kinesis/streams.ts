/**
 * Stream actions: create, describe, list, delete, retention. A new stream is ACTIVE at once and a
 * deleted one is gone at once — the CREATING and DELETING phases take seconds on AWS, and nothing
 * in the sandbox would observe them except a waiting learner.
 */
import { fromBase64, fromUtf8, toBase64, utf8 } from '../bytes.ts';
import type { ServiceContext } from '../service.ts';
import { invalidArgument, limitExceeded, streamExists, validationError } from './errors.ts';
import { shardRanges } from './hash-keys.ts';
import { checkStreamName, kinesisState, resolveStream, streamArn } from './names.ts';
import { startingSequenceNumber } from './sequence.ts';
import { sweepStream } from './shards.ts';
import type { ShardRecord, StreamMode, StreamRecord } from './state.ts';

/** Kinesis's default shard quota per account and Region (us-east-1). */
export const SHARD_LIMIT = 500;
/** An on-demand stream starts with 4 shards (4 MB/s write capacity). */
const ON_DEMAND_SHARDS = 4;
const DEFAULT_RETENTION_HOURS = 24;
const MAX_RETENTION_HOURS = 8760;

export const shardIdOf = (index: number) => `shardId-${String(index).padStart(12, '0')}`;

function shardView(shard: ShardRecord) {
  return {
    ShardId: shard.shardId,
    HashKeyRange: { StartingHashKey: shard.startingHashKey, EndingHashKey: shard.endingHashKey },
    SequenceNumberRange: { StartingSequenceNumber: shard.startingSequenceNumber },
  };
}

const modeDetails = (stream: StreamRecord) => ({ StreamMode: stream.mode });

function integerInput(value: unknown, member: string, min: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw invalidArgument(`${member} must be an integer.`);
  if (n < min) throw validationError([{ value: n, member: member.charAt(0).toLowerCase() + member.slice(1), constraint: `Member must have value greater than or equal to ${min}` }]);
  return n;
}

/** Opaque page tokens for ListStreams and ListShards: the offset, base64 so they read like AWS's. */
const pageToken = (offset: number) => toBase64(utf8(JSON.stringify({ offset })));
function pageOffset(token: unknown): number {
  try {
    const offset = (JSON.parse(fromUtf8(fromBase64(String(token)))) as { offset?: unknown }).offset;
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // an unknown token is refused below
  }
  throw invalidArgument(`Invalid NextToken: ${String(token)}`);
}

function openShardCount(ctx: ServiceContext): number {
  return Object.values(kinesisState(ctx.cloud).streams)
    .filter((s) => s.account === ctx.identity.account && s.region === ctx.region)
    .reduce((n, s) => n + s.shards.length, 0);
}

export const streamActions = {
  CreateStream(ctx: ServiceContext, input: Record<string, unknown>) {
    const name = checkStreamName(input.StreamName);
    const requestedMode = (input.StreamModeDetails as { StreamMode?: unknown } | undefined)?.StreamMode ?? 'PROVISIONED';
    if (requestedMode !== 'PROVISIONED' && requestedMode !== 'ON_DEMAND') {
      throw validationError([{ value: requestedMode, member: 'streamModeDetails.streamMode', constraint: 'Member must satisfy enum value set: [ON_DEMAND, PROVISIONED]' }]);
    }
    const mode = requestedMode as StreamMode;
    let count = integerInput(input.ShardCount, 'ShardCount', 1);
    if (mode === 'PROVISIONED' && count === undefined) {
      throw invalidArgument('ShardCount is required for streams in PROVISIONED mode.');
    }
    count ??= ON_DEMAND_SHARDS;
    const state = kinesisState(ctx.cloud);
    const arn = streamArn(ctx.region, ctx.identity.account, name);
    if (state.streams[arn]) throw streamExists(name, ctx.identity.account);
    const total = openShardCount(ctx) + count;
    if (total > SHARD_LIMIT) {
      throw limitExceeded(
        `This request would exceed the shard limit for the account ${ctx.identity.account} in ${ctx.region}. Current limit of shards is ${SHARD_LIMIT}. Number of shards that would have resulted is ${total}.`,
      );
    }
    const now = ctx.cloud.clock.now();
    const shards = shardRanges(count).map((range, index): ShardRecord => ({
      shardId: shardIdOf(index),
      index,
      startingHashKey: range.start.toString(),
      endingHashKey: range.end.toString(),
      startingSequenceNumber: startingSequenceNumber({ createdAt: now, index }),
      createdAt: now,
      counter: 0,
      records: [],
    }));
    const tags = Object.fromEntries(Object.entries((input.Tags as Record<string, unknown> | undefined) ?? {}).map(([k, v]) => [k, String(v)]));
    state.streams[arn] = {
      name, arn, account: ctx.identity.account, region: ctx.region, status: 'ACTIVE', mode, createdAt: now,
      retentionHours: DEFAULT_RETENTION_HOURS, shards, tags,
    };
    ctx.cloud.trace({ type: 'kinesis.stream-created', streamArn: arn, shardCount: count, mode });
    return {};
  },

  DeleteStream(ctx: ServiceContext, input: Record<string, unknown>) {
    const stream = resolveStream(ctx, input, 'DeleteStream');
    delete kinesisState(ctx.cloud).streams[stream.arn];
    ctx.cloud.trace({ type: 'kinesis.stream-deleted', streamArn: stream.arn });
    return {};
  },

  DescribeStream(ctx: ServiceContext, input: Record<string, unknown>) {
    const stream = resolveStream(ctx, input, 'DescribeStream');
    sweepStream(stream, ctx.cloud.clock.now());
    // Limit above 100 still returns at most 100 shards, as the API reference says.
    const limit = Math.min(integerInput(input.Limit, 'Limit', 1) ?? 100, 100);
    const start = typeof input.ExclusiveStartShardId === 'string'
      ? stream.shards.findIndex((s) => s.shardId > (input.ExclusiveStartShardId as string))
      : 0;
    const rest = start < 0 ? [] : stream.shards.slice(start);
    return {
      StreamDescription: {
        StreamName: stream.name,
        StreamARN: stream.arn,
        StreamStatus: stream.status,
        StreamModeDetails: modeDetails(stream),
        Shards: rest.slice(0, limit).map(shardView),
        HasMoreShards: rest.length > limit,
        RetentionPeriodHours: stream.retentionHours,
        StreamCreationTimestamp: new Date(stream.createdAt),
        EnhancedMonitoring: [{ ShardLevelMetrics: [] }],
        EncryptionType: 'NONE',
      },
    };
  },

  DescribeStreamSummary(ctx: ServiceContext, input: Record<string, unknown>) {
    const stream = resolveStream(ctx, input, 'DescribeStreamSummary');
    return {
      StreamDescriptionSummary: {
        StreamName: stream.name,
        StreamARN: stream.arn,
        StreamStatus: stream.status,
        StreamModeDetails: modeDetails(stream),
        RetentionPeriodHours: stream.retentionHours,
        StreamCreationTimestamp: new Date(stream.createdAt),
        EnhancedMonitoring: [{ ShardLevelMetrics: [] }],
        EncryptionType: 'NONE',
        OpenShardCount: stream.shards.length,
        ConsumerCount: 0,
      },
    };
  },

  ListStreams(ctx: ServiceContext, input: Record<string, unknown>) {
    const limit = Math.min(integerInput(input.Limit, 'Limit', 1) ?? 100, 100);
    let streams = Object.values(kinesisState(ctx.cloud).streams)
      .filter((s) => s.account === ctx.identity.account && s.region === ctx.region)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let offset = 0;
    if (input.NextToken !== undefined && input.NextToken !== null) offset = pageOffset(input.NextToken);
    else if (typeof input.ExclusiveStartStreamName === 'string') streams = streams.filter((s) => s.name > (input.ExclusiveStartStreamName as string));
    const page = streams.slice(offset, offset + limit);
    const more = streams.length > offset + limit;
    return {
      StreamNames: page.map((s) => s.name),
      HasMoreStreams: more,
      ...(more ? { NextToken: pageToken(offset + limit) } : {}),
      StreamSummaries: page.map((s) => ({
        StreamName: s.name,
        StreamARN: s.arn,
        StreamStatus: s.status,
        StreamModeDetails: modeDetails(s),
        StreamCreationTimestamp: new Date(s.createdAt),
      })),
    };
  },

  ListShards(ctx: ServiceContext, input: Record<string, unknown>) {
    const limit = Math.min(integerInput(input.MaxResults, 'MaxResults', 1) ?? 1000, 1000);
    let offset = 0;
    let stream: StreamRecord;
    if (input.NextToken !== undefined && input.NextToken !== null) {
      if (input.StreamName !== undefined) throw invalidArgument('NextToken and StreamName cannot be provided together.');
      // The token names the stream and the offset, as AWS's does: nothing else is needed.
      const token = String(input.NextToken);
      const cut = token.indexOf('.');
      if (cut < 0) throw invalidArgument(`Invalid NextToken: ${token}`);
      stream = resolveStream(ctx, { StreamARN: fromUtf8(fromBase64(token.slice(0, cut))) }, 'ListShards');
      offset = pageOffset(token.slice(cut + 1));
    } else {
      stream = resolveStream(ctx, input, 'ListShards');
      const after = input.ExclusiveStartShardId ?? (input.ShardFilter as { Type?: string; ShardId?: string } | undefined)?.ShardId;
      if (typeof after === 'string') offset = stream.shards.filter((s) => s.shardId <= after).length;
    }
    const page = stream.shards.slice(offset, offset + limit);
    const more = stream.shards.length > offset + limit;
    return {
      Shards: page.map(shardView),
      ...(more ? { NextToken: `${toBase64(utf8(stream.arn))}.${pageToken(offset + limit)}` } : {}),
    };
  },

  IncreaseStreamRetentionPeriod(ctx: ServiceContext, input: Record<string, unknown>) {
    const stream = resolveStream(ctx, input, 'IncreaseStreamRetentionPeriod');
    const hours = integerInput(input.RetentionPeriodHours, 'RetentionPeriodHours', 1) ?? 0;
    if (hours > MAX_RETENTION_HOURS) {
      throw invalidArgument(`Maximum allowed retention period is ${MAX_RETENTION_HOURS} hours. Requested retention period (${hours} hours) is too long.`);
    }
    if (hours < stream.retentionHours) {
      throw invalidArgument(
        `Requested retention period (${hours} hours) for stream ${stream.name} can not be shorter than existing retention period (${stream.retentionHours} hours). Use DecreaseRetentionPeriod API.`,
      );
    }
    stream.retentionHours = hours;
    return {};
  },

  DecreaseStreamRetentionPeriod(ctx: ServiceContext, input: Record<string, unknown>) {
    const stream = resolveStream(ctx, input, 'DecreaseStreamRetentionPeriod');
    const hours = integerInput(input.RetentionPeriodHours, 'RetentionPeriodHours', 1) ?? 0;
    if (hours < DEFAULT_RETENTION_HOURS) {
      throw invalidArgument(`Minimum allowed retention period is ${DEFAULT_RETENTION_HOURS} hours. Requested retention period (${hours} hours) is too short.`);
    }
    if (hours > stream.retentionHours) {
      throw invalidArgument(
        `Requested retention period (${hours} hours) for stream ${stream.name} can not be longer than existing retention period (${stream.retentionHours} hours). Use IncreaseRetentionPeriod API.`,
      );
    }
    stream.retentionHours = hours;
    sweepStream(stream, ctx.cloud.clock.now());
    return {};
  },
};
