/**
 * Event-source mappings for streams (Kinesis, DynamoDB Streams). Per shard, in order: read a batch
 * after the checkpoint, invoke, and move the checkpoint only on success. A failing batch blocks its
 * shard — retried every second until it succeeds, MaximumRetryAttempts is spent or its records are
 * older than MaximumRecordAgeInSeconds; then the batch's description goes to the on-failure
 * destination and the shard moves on. BisectBatchOnFunctionError halves a failing batch without
 * spending a retry; ReportBatchItemFailures checkpoints just before the lowest failed record.
 */
import type { ServiceContext } from '../service.ts';
import { kinesisEventRecord, listShardIds, readShard, shardCheckpoint } from '../kinesis/index.ts';
import { listStreamShardIds, readStream, streamCheckpoint } from '../dynamodb/index.ts';
import { routeAlias } from './aliases.ts';
import { deliverToDestination, type DestinationRecord } from './destinations.ts';
import type { EventSourceMapping } from './event-source-mappings.ts';
import { execute } from './execution.ts';
import { reportedFailures } from './batch-item-failures.ts';
import { resolveFunction, viewOf } from './functions.ts';

export interface ShardProgress {
  /** The sequence number records must exceed to be read next. */
  checkpoint: string;
  /** Failed attempts at the current batch. */
  retries: number;
  /** A blocked shard waits until then before it retries; 0 when it is not blocked. */
  nextPollAt: number;
  /** Set while bisecting: the size of the half being tried. */
  limit?: number;
}

const RETRY_DELAY_MS = 1000;

interface StreamRecordView {
  sequenceNumber: string;
  arrivalMs: number;
  event: Record<string, unknown>;
}

const isKinesis = (m: EventSourceMapping) => m.eventSourceArn.split(':')[2] === 'kinesis';

function shardIds(ctx: ServiceContext, m: EventSourceMapping): string[] {
  return isKinesis(m) ? listShardIds(ctx.cloud, m.eventSourceArn) : listStreamShardIds(ctx.cloud, m.eventSourceArn);
}

/** Fixes each shard's starting checkpoint; called at creation so LATEST means "after now". */
export function initShards(ctx: ServiceContext, m: EventSourceMapping): void {
  m.shards ??= {};
  for (const id of shardIds(ctx, m)) {
    if (m.shards[id]) continue;
    const position = m.startingPosition === 'AT_TIMESTAMP' && m.startingPositionTimestamp !== undefined
      ? { atTimestamp: m.startingPositionTimestamp }
      : (m.startingPosition as 'TRIM_HORIZON' | 'LATEST');
    const checkpoint = isKinesis(m)
      ? shardCheckpoint(ctx.cloud, m.eventSourceArn, id, position)
      : streamCheckpoint(ctx.cloud, m.eventSourceArn, id, typeof position === 'object' ? 'TRIM_HORIZON' : position);
    if (checkpoint !== null) m.shards[id] = { checkpoint, retries: 0, nextPollAt: 0 };
  }
}

function read(ctx: ServiceContext, m: EventSourceMapping, shardId: string, after: string, max: number, roleArn: string): StreamRecordView[] {
  if (isKinesis(m)) {
    const region = m.eventSourceArn.split(':')[3]!;
    return readShard(ctx.cloud, m.eventSourceArn, shardId, after, max).map((r) => ({
      sequenceNumber: r.sequenceNumber,
      arrivalMs: r.approximateArrivalTimestamp * 1000,
      event: kinesisEventRecord(r, { streamArn: m.eventSourceArn, shardId, region, invokeIdentityArn: roleArn }),
    }));
  }
  return readStream(ctx.cloud, m.eventSourceArn, shardId, after, max).map((r) => ({
    sequenceNumber: String((r.dynamodb as { SequenceNumber: string }).SequenceNumber),
    arrivalMs: Number((r.dynamodb as { ApproximateCreationDateTime: number }).ApproximateCreationDateTime) * 1000,
    event: r as unknown as Record<string, unknown>,
  }));
}

function batchInfo(m: EventSourceMapping, shardId: string, batch: StreamRecordView[]) {
  return {
    shardId,
    startSequenceNumber: batch[0]!.sequenceNumber,
    endSequenceNumber: batch[batch.length - 1]!.sequenceNumber,
    approximateArrivalOfFirstRecord: new Date(batch[0]!.arrivalMs).toISOString(),
    approximateArrivalOfLastRecord: new Date(batch[batch.length - 1]!.arrivalMs).toISOString(),
    batchSize: batch.length,
    streamArn: m.eventSourceArn,
  };
}

async function giveUp(ctx: ServiceContext, m: EventSourceMapping, shardId: string, batch: StreamRecordView[], condition: string, last?: { version: string; failed: boolean; attempts: number }) {
  ctx.cloud.trace({ type: 'event-source.batch-discarded', uuid: m.uuid, shardId, condition, size: batch.length });
  if (!m.onFailure) return;
  const resolved = resolveFunction(ctx, { FunctionName: m.functionArn });
  const record = {
    requestContext: { requestId: ctx.cloud.ids.uuid(), functionArn: m.functionArn, condition, approximateInvokeCount: last?.attempts ?? 0 },
    ...(last ? { responseContext: { statusCode: 200, executedVersion: last.version, ...(last.failed ? { functionError: 'Unhandled' } : {}) } } : {}),
    version: '1.0',
    timestamp: new Date(ctx.cloud.clock.now()).toISOString(),
    [isKinesis(m) ? 'KinesisBatchInfo' : 'DDBStreamBatchInfo']: batchInfo(m, shardId, batch),
  };
  await deliverToDestination(ctx, resolved.fn, m.onFailure, record as unknown as DestinationRecord, 0);
}

/** The sequence number of the lowest failed record a ReportBatchItemFailures response names, or null when it names none. */
function lowestFailure(payload: string, batch: StreamRecordView[]): string | null | 'invalid' {
  const failures = reportedFailures(payload, batch.map((r) => r.sequenceNumber));
  if (failures === 'invalid') return 'invalid';
  return batch.find((r) => failures.includes(r.sequenceNumber))?.sequenceNumber ?? null;
}

/** One batch from one shard; true when there was work (so the caller polls again at once). */
async function pollShard(ctx: ServiceContext, m: EventSourceMapping, shardId: string): Promise<boolean> {
  const progress = m.shards![shardId]!;
  const now = ctx.cloud.clock.now();
  if (progress.nextPollAt > now) return false;
  const resolved = resolveFunction(ctx, { FunctionName: m.functionArn });
  const version = resolved.alias ? routeAlias(resolved.alias, () => ctx.cloud.ids.fraction()) : resolved.view.version;
  const view = viewOf(resolved.fn, version)!;
  let batch = read(ctx, m, shardId, progress.checkpoint, progress.limit ?? m.batchSize, view.config.Role);
  if (batch.length === 0) return false;
  // Records older than MaximumRecordAgeInSeconds are not processed.
  if ((m.maximumRecordAgeInSeconds ?? -1) >= 0) {
    const tooOld = batch.filter((r) => now - r.arrivalMs > m.maximumRecordAgeInSeconds! * 1000);
    if (tooOld.length) {
      await giveUp(ctx, m, shardId, tooOld, 'RecordAgeExceeded');
      progress.checkpoint = tooOld[tooOld.length - 1]!.sequenceNumber;
      batch = batch.filter((r) => !tooOld.includes(r));
      if (batch.length === 0) return true;
    }
  }
  const lease = ctx.cloud.leases.acquire(ctx, resolved.fn);
  if ('throttled' in lease) {
    progress.nextPollAt = now + RETRY_DELAY_MS;
    ctx.cloud.trace({ type: 'invoke.throttled', functionArn: m.functionArn, reason: lease.throttled, eventSourceArn: m.eventSourceArn });
    return false;
  }
  let run;
  try {
    run = await execute(ctx, view, JSON.stringify({ Records: batch.map((r) => r.event) }), ctx.cloud.ids.uuid(), m.functionArn);
  } finally {
    lease.release();
  }
  const reportFailures = m.functionResponseTypes.includes('ReportBatchItemFailures');
  const failedAt = run.failed ? 'invalid' : reportFailures ? lowestFailure(run.body, batch) : null;
  if (failedAt === null) {
    progress.checkpoint = batch[batch.length - 1]!.sequenceNumber;
    progress.retries = 0;
    progress.nextPollAt = 0;
    delete progress.limit;
    m.lastProcessingResult = 'OK';
    ctx.cloud.trace({ type: 'event-source.batch', uuid: m.uuid, shardId, size: batch.length, failed: false });
    return true;
  }
  // Part of the batch succeeded: the checkpoint moves to just before the lowest failed record.
  if (failedAt !== 'invalid') {
    const index = batch.findIndex((r) => r.sequenceNumber === failedAt);
    if (index > 0) progress.checkpoint = batch[index - 1]!.sequenceNumber;
  }
  m.lastProcessingResult = 'PROBLEM: Function call failed';
  ctx.cloud.trace({ type: 'event-source.batch', uuid: m.uuid, shardId, size: batch.length, failed: true });
  if (m.bisectBatchOnFunctionError && batch.length > 1 && failedAt === 'invalid') {
    // Halving does not spend a retry.
    progress.limit = Math.ceil(batch.length / 2);
    progress.nextPollAt = ctx.cloud.clock.now() + RETRY_DELAY_MS;
    return false;
  }
  progress.retries += 1;
  const max = m.maximumRetryAttempts ?? -1;
  if (max >= 0 && progress.retries > max) {
    await giveUp(ctx, m, shardId, batch, 'RetryAttemptsExhausted', { version, failed: true, attempts: progress.retries });
    progress.checkpoint = batch[batch.length - 1]!.sequenceNumber;
    progress.retries = 0;
    progress.nextPollAt = 0;
    delete progress.limit;
    return true;
  }
  progress.nextPollAt = ctx.cloud.clock.now() + RETRY_DELAY_MS;
  return false;
}

/** Polls every shard of a stream mapping until none has work now. */
export async function pollStream(ctx: ServiceContext, m: EventSourceMapping): Promise<void> {
  initShards(ctx, m);
  for (let busy = true; busy && m.enabled; ) {
    busy = false;
    for (const shardId of Object.keys(m.shards ?? {})) if (await pollShard(ctx, m, shardId)) busy = true;
  }
}

/** The earliest time a blocked shard retries. */
export function nextStreamDue(m: EventSourceMapping): number | undefined {
  const times = Object.values(m.shards ?? {}).map((p) => p.nextPollAt).filter((t) => t > 0);
  return times.length ? Math.min(...times) : undefined;
}
