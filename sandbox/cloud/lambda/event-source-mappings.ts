/**
 * Event-source mappings: Lambda's pollers for pull sources. CreateEventSourceMapping and its
 * siblings manage them; `pollEventSources` does the polling — for SQS: receive a batch, invoke the
 * function synchronously, delete what succeeded (all, or all but the reported batchItemFailures), and
 * leave failures to come back after the visibility timeout (and to the queue's redrive policy).
 */
import { AwsError, notFound, validationError } from '../errors.ts';
import type { ServiceContext } from '../service.ts';
import { deleteByReceipt, findQueueByArn, queueNextChangeAt, receive, type ReceivedMessage } from '../sqs/index.ts';
import { routeAlias } from './aliases.ts';
import { execute } from './execution.ts';
import { MAX_CHAIN } from './async.ts';
import { lineageCount } from './trace-header.ts';
import { arnOf, resolveFunction, viewOf } from './functions.ts';
import { initShards, nextStreamDue, pollStream, type ShardProgress } from './stream-pollers.ts';
import { assertEventSourceAllowed } from './role-permissions.ts';
import { reportedFailures } from './batch-item-failures.ts';

export interface EventSourceMapping {
  uuid: string;
  eventSourceArn: string;
  /** As given: unqualified, a version or an alias ARN. */
  functionArn: string;
  enabled: boolean;
  batchSize: number;
  batchingWindowS: number;
  functionResponseTypes: string[];
  lastModified: number;
  lastProcessingResult: string;
  /** Virtual time of the last poll that found messages or of creation (for the batching window). */
  lastPollAt: number;
  startingPosition?: string;
  maximumRetryAttempts?: number;
  maximumRecordAgeInSeconds?: number;
  bisectBatchOnFunctionError?: boolean;
  parallelizationFactor?: number;
  onFailure?: string;
  startingPositionTimestamp?: number;
  /** Streams: progress per shard. */
  shards?: Record<string, ShardProgress>;
}

const kindOf = (arn: string) => arn.split(':')[2];

function mappings(ctx: ServiceContext): Record<string, EventSourceMapping> {
  return (ctx.cloud.state.lambda.eventSourceMappings ??= {});
}

/** The mappings for reading: a lookup or a refused request leaves the state exactly as it was. */
function existingMappings(ctx: ServiceContext): Record<string, EventSourceMapping> {
  return ctx.cloud.state.lambda.eventSourceMappings ?? {};
}

function shape(ctx: ServiceContext, m: EventSourceMapping, state?: string): Record<string, unknown> {
  const stream = kindOf(m.eventSourceArn) !== 'sqs';
  return {
    UUID: m.uuid,
    ...(stream ? { StartingPosition: m.startingPosition } : {}),
    BatchSize: m.batchSize,
    MaximumBatchingWindowInSeconds: m.batchingWindowS,
    ...(stream ? { ParallelizationFactor: m.parallelizationFactor ?? 1 } : {}),
    EventSourceArn: m.eventSourceArn,
    FunctionArn: m.functionArn,
    LastModified: m.lastModified / 1000,
    ...(stream ? { LastProcessingResult: m.lastProcessingResult } : {}),
    State: state ?? (m.enabled ? 'Enabled' : 'Disabled'),
    StateTransitionReason: 'USER_INITIATED',
    ...(stream
      ? {
          DestinationConfig: { OnFailure: m.onFailure ? { Destination: m.onFailure } : {} },
          MaximumRecordAgeInSeconds: m.maximumRecordAgeInSeconds ?? -1,
          BisectBatchOnFunctionError: m.bisectBatchOnFunctionError ?? false,
          MaximumRetryAttempts: m.maximumRetryAttempts ?? -1,
          TumblingWindowInSeconds: 0,
        }
      : {}),
    FunctionResponseTypes: m.functionResponseTypes,
    EventSourceMappingArn: `arn:aws:lambda:${ctx.region}:${ctx.identity.account}:event-source-mapping:${m.uuid}`,
  };
}

function find(ctx: ServiceContext, uuid: unknown): EventSourceMapping {
  const m = existingMappings(ctx)[String(uuid ?? '')];
  if (!m) throw notFound(`The resource you requested does not exist. (Service: Lambda, Status Code: 404, Request ID: ${ctx.cloud.ids.uuid()})`);
  return m;
}

function validateBatch(kind: string, batchSize: number, windowS: number): void {
  const max = kind === 'sqs' ? 10_000 : 10_000;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > max) {
    throw validationError([{ value: batchSize, member: 'batchSize', constraint: batchSize < 1 ? 'Member must have value greater than or equal to 1' : `Member must have value less than or equal to ${max}` }]);
  }
  if (windowS < 0 || windowS > 300) {
    throw validationError([{ value: windowS, member: 'maximumBatchingWindowInSeconds', constraint: windowS < 0 ? 'Member must have value greater than or equal to 0' : 'Member must have value less than or equal to 300' }]);
  }
  if (kind === 'sqs' && batchSize > 10 && windowS < 1) {
    throw new AwsError('InvalidParameterValueException', 'Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10');
  }
}

export const eventSourceMappingActions = {
  CreateEventSourceMapping(ctx: ServiceContext, input: Record<string, unknown>) {
    const source = String(input.EventSourceArn ?? '');
    const kind = kindOf(source);
    if (!source || !['sqs', 'kinesis', 'dynamodb'].includes(kind ?? '')) {
      throw new AwsError('InvalidParameterValueException', `Unrecognized event source, must be kinesis, dynamodb stream or sqs. Unsupported source arn : ${source}`);
    }
    const { fn, qualifier } = resolveFunction(ctx, input);
    const batchSize = input.BatchSize === undefined ? (kind === 'sqs' ? 10 : 100) : Number(input.BatchSize);
    const windowS = input.MaximumBatchingWindowInSeconds === undefined ? 0 : Number(input.MaximumBatchingWindowInSeconds);
    validateBatch(kind!, batchSize, windowS);
    if (kind === 'sqs') {
      const queue = findQueueByArn(ctx.cloud, source);
      if (!queue) throw new AwsError('InvalidParameterValueException', `Error occurred while ReceiveMessage. SQS Error Code: AWS.SimpleQueueService.NonExistentQueue. SQS Error Message: The specified queue does not exist for this wsdl version.`);
      const visibility = Number(queue.attributes.VisibilityTimeout ?? 30);
      const timeout = viewOf(fn, qualifier && /^\d+$/.test(qualifier) ? qualifier : '$LATEST')!.config.Timeout;
      if (visibility < timeout) {
        throw new AwsError('InvalidParameterValueException', `Queue visibility timeout: ${visibility} seconds is less than Function timeout: ${timeout} seconds`);
      }
      if (input.StartingPosition !== undefined) throw new AwsError('InvalidParameterValueException', 'StartingPosition is not valid for SQS event sources.');
    } else if (input.StartingPosition === undefined) {
      throw new AwsError('InvalidParameterValueException', 'StartingPosition is required for Kinesis and DynamoDB Streams event sources.');
    }
    assertEventSourceAllowed(ctx, fn, source);
    const responseTypes = (input.FunctionResponseTypes as string[] | undefined) ?? [];
    if (responseTypes.some((t) => t !== 'ReportBatchItemFailures')) {
      throw validationError([{ value: `[${responseTypes.join(', ')}]`, member: 'functionResponseTypes', constraint: 'Member must satisfy constraint: [Member must satisfy enum value set: [ReportBatchItemFailures]]' }]);
    }
    const duplicate = Object.values(existingMappings(ctx)).find((m) => m.eventSourceArn === source && m.functionArn === arnOf(fn, qualifier));
    if (duplicate) {
      throw new AwsError('ResourceConflictException', `The event source arn (" ${source} ") and function (" ${fn.name} ") provided mapping already exists. Please update or delete the existing mapping with UUID ${duplicate.uuid}`, 409);
    }
    const now = ctx.cloud.clock.now();
    const m: EventSourceMapping = {
      uuid: ctx.cloud.ids.uuid(),
      eventSourceArn: source,
      functionArn: arnOf(fn, qualifier),
      enabled: input.Enabled !== false,
      batchSize,
      batchingWindowS: windowS,
      functionResponseTypes: responseTypes,
      lastModified: now,
      lastProcessingResult: 'No records processed',
      lastPollAt: now,
      ...(kind !== 'sqs'
        ? {
            startingPosition: String(input.StartingPosition),
            ...(input.StartingPositionTimestamp !== undefined ? { startingPositionTimestamp: Number(input.StartingPositionTimestamp) * (Number(input.StartingPositionTimestamp) < 1e11 ? 1000 : 1) } : {}),
            maximumRetryAttempts: input.MaximumRetryAttempts === undefined ? -1 : Number(input.MaximumRetryAttempts),
            maximumRecordAgeInSeconds: input.MaximumRecordAgeInSeconds === undefined ? -1 : Number(input.MaximumRecordAgeInSeconds),
            bisectBatchOnFunctionError: input.BisectBatchOnFunctionError === true,
            parallelizationFactor: input.ParallelizationFactor === undefined ? 1 : Number(input.ParallelizationFactor),
            ...((input.DestinationConfig as { OnFailure?: { Destination?: string } } | undefined)?.OnFailure?.Destination
              ? { onFailure: (input.DestinationConfig as { OnFailure: { Destination: string } }).OnFailure.Destination }
              : {}),
          }
        : {}),
    };
    mappings(ctx)[m.uuid] = m;
    if (kind !== 'sqs') initShards(ctx, m);
    ctx.cloud.trace({ type: 'event-source-mapping.created', uuid: m.uuid, eventSourceArn: source, functionArn: m.functionArn });
    ctx.cloud.pollSoon();
    return shape(ctx, m, 'Creating');
  },

  GetEventSourceMapping(ctx: ServiceContext, input: Record<string, unknown>) {
    return shape(ctx, find(ctx, input.UUID));
  },

  UpdateEventSourceMapping(ctx: ServiceContext, input: Record<string, unknown>) {
    const m = find(ctx, input.UUID);
    const batchSize = input.BatchSize === undefined ? m.batchSize : Number(input.BatchSize);
    const windowS = input.MaximumBatchingWindowInSeconds === undefined ? m.batchingWindowS : Number(input.MaximumBatchingWindowInSeconds);
    validateBatch(kindOf(m.eventSourceArn)!, batchSize, windowS);
    if (input.FunctionName !== undefined) {
      const { fn, qualifier } = resolveFunction(ctx, input);
      m.functionArn = arnOf(fn, qualifier);
    }
    if (input.Enabled !== undefined) m.enabled = input.Enabled === true;
    if (input.FunctionResponseTypes !== undefined) m.functionResponseTypes = input.FunctionResponseTypes as string[];
    if (input.MaximumRetryAttempts !== undefined) m.maximumRetryAttempts = Number(input.MaximumRetryAttempts);
    if (input.MaximumRecordAgeInSeconds !== undefined) m.maximumRecordAgeInSeconds = Number(input.MaximumRecordAgeInSeconds);
    if (input.BisectBatchOnFunctionError !== undefined) m.bisectBatchOnFunctionError = input.BisectBatchOnFunctionError === true;
    m.batchSize = batchSize;
    m.batchingWindowS = windowS;
    m.lastModified = ctx.cloud.clock.now();
    ctx.cloud.pollSoon();
    return shape(ctx, m, 'Updating');
  },

  DeleteEventSourceMapping(ctx: ServiceContext, input: Record<string, unknown>) {
    const m = find(ctx, input.UUID);
    delete mappings(ctx)[m.uuid];
    ctx.cloud.trace({ type: 'event-source-mapping.deleted', uuid: m.uuid });
    return shape(ctx, m, 'Deleting');
  },

  ListEventSourceMappings(ctx: ServiceContext, input: Record<string, unknown>) {
    let fnArn: string | undefined;
    if (input.FunctionName !== undefined) {
      const { fn, qualifier } = resolveFunction(ctx, input);
      fnArn = arnOf(fn, qualifier);
    }
    const all = Object.values(existingMappings(ctx)).filter(
      (m) => (input.EventSourceArn === undefined || m.eventSourceArn === input.EventSourceArn) && (fnArn === undefined || m.functionArn === fnArn),
    );
    return { EventSourceMappings: all.map((m) => shape(ctx, m)) };
  },
};

/** The SQS event record Lambda builds from a received message. */
function sqsRecord(ctx: ServiceContext, queueArn: string, m: ReceivedMessage) {
  const attrs = m.attributes;
  return {
    messageId: m.messageId,
    receiptHandle: m.receiptHandle,
    body: m.body,
    // A FIFO message also carries its sequence number, group and deduplication id, in the order of
    // the developer guide's FIFO example event.
    attributes: attrs.SequenceNumber
      ? {
          ApproximateReceiveCount: attrs.ApproximateReceiveCount,
          SentTimestamp: attrs.SentTimestamp,
          SequenceNumber: attrs.SequenceNumber,
          MessageGroupId: attrs.MessageGroupId,
          SenderId: attrs.SenderId,
          MessageDeduplicationId: attrs.MessageDeduplicationId,
          ApproximateFirstReceiveTimestamp: attrs.ApproximateFirstReceiveTimestamp,
        }
      : {
          ApproximateReceiveCount: attrs.ApproximateReceiveCount,
          SentTimestamp: attrs.SentTimestamp,
          SenderId: attrs.SenderId,
          ApproximateFirstReceiveTimestamp: attrs.ApproximateFirstReceiveTimestamp,
          ...(attrs.MessageGroupId ? { MessageGroupId: attrs.MessageGroupId } : {}),
        },
    messageAttributes: Object.fromEntries(
      Object.entries(m.messageAttributes).map(([k, a]) => [k, {
        ...(a.StringValue !== undefined ? { stringValue: a.StringValue } : {}),
        ...(a.BinaryValue !== undefined ? { binaryValue: a.BinaryValue } : {}),
        stringListValues: [],
        binaryListValues: [],
        dataType: a.DataType,
      }]),
    ),
    md5OfBody: m.md5OfBody,
    ...(m.md5OfMessageAttributes ? { md5OfMessageAttributes: m.md5OfMessageAttributes } : {}),
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: queueArn.split(':')[3] ?? ctx.region,
  };
}

/** Which receipts to delete after an invocation: all on success; with ReportBatchItemFailures, all but the failures. */
function succeeded(batch: ReceivedMessage[], failed: boolean, payload: string, reportFailures: boolean): ReceivedMessage[] {
  if (failed) return [];
  if (!reportFailures) return batch;
  const failures = reportedFailures(payload, batch.map((m) => m.messageId));
  return failures === 'invalid' ? [] : batch.filter((m) => !failures.includes(m.messageId));
}

async function pollSqs(ctx: ServiceContext, m: EventSourceMapping): Promise<boolean> {
  const now = ctx.cloud.clock.now();
  if (m.batchingWindowS > 0 && now - m.lastPollAt < m.batchingWindowS * 1000) return false;
  const batch: ReceivedMessage[] = [];
  while (batch.length < m.batchSize) {
    const got = receive(ctx.cloud, m.eventSourceArn, Math.min(10, m.batchSize - batch.length));
    if (got.length === 0) break;
    batch.push(...got);
  }
  m.lastPollAt = now;
  if (batch.length === 0) return false;
  const resolved = resolveFunction(ctx, { FunctionName: m.functionArn });
  const version = resolved.alias ? routeAlias(resolved.alias, () => ctx.cloud.ids.fraction()) : resolved.view.version;
  const lease = ctx.cloud.leases.acquire(ctx, resolved.fn);
  if ('throttled' in lease) {
    // Throttled: the messages come back after their visibility timeout.
    ctx.cloud.trace({ type: 'invoke.throttled', functionArn: m.functionArn, reason: lease.throttled, eventSourceArn: m.eventSourceArn });
    return false;
  }
  try {
    // Messages a function sent carry its trace header: more than 16 invocations in one chain is a loop.
    const chain = Math.max(0, ...batch.map((msg) => lineageCount(msg.attributes.AWSTraceHeader)));
    if (chain >= MAX_CHAIN && resolved.fn.recursiveLoop !== 'Allow') {
      // Lambda stops the loop: the function does not run, and the batch returns after the visibility
      // timeout until the queue's redrive policy moves it to the dead-letter queue.
      ctx.cloud.trace({ type: 'invoke.recursion-stopped', functionArn: m.functionArn, eventSourceArn: m.eventSourceArn, chain });
      m.lastProcessingResult = 'PROBLEM: Function call failed';
      return false;
    }
    const event = JSON.stringify({ Records: batch.map((msg) => sqsRecord(ctx, m.eventSourceArn, msg)) });
    const run = await execute(ctx, viewOf(resolved.fn, version)!, event, ctx.cloud.ids.uuid(), m.functionArn, { chain });
    const done = succeeded(batch, run.failed, run.body, m.functionResponseTypes.includes('ReportBatchItemFailures'));
    for (const msg of done) deleteByReceipt(ctx.cloud, m.eventSourceArn, msg.receiptHandle);
    m.lastProcessingResult = run.failed ? 'PROBLEM: Function call failed' : 'OK';
    ctx.cloud.trace({ type: 'event-source.batch', uuid: m.uuid, eventSourceArn: m.eventSourceArn, size: batch.length, deleted: done.length, failed: run.failed });
  } finally {
    lease.release();
  }
  return true;
}

/** The pollers' runtime bookkeeping: a mapping polls one batch at a time. */
const busy = new WeakMap<object, Set<string>>();

/** Polls every enabled mapping once; polls again at once while batches keep coming. */
export async function pollEventSources(ctx: ServiceContext): Promise<void> {
  const running = busy.get(ctx.cloud) ?? new Set<string>();
  busy.set(ctx.cloud, running);
  const work = Object.values(existingMappings(ctx))
    .filter((m) => m.enabled && !running.has(m.uuid))
    .map(async (m) => {
      running.add(m.uuid);
      try {
        if (kindOf(m.eventSourceArn) !== 'sqs') await pollStream(ctx, m);
        else while (existingMappings(ctx)[m.uuid]?.enabled && (await pollSqs(ctx, m)));
      } catch (error) {
        ctx.cloud.trace({ type: 'event-source.error', uuid: m.uuid, message: error instanceof Error ? error.message : String(error) });
      } finally {
        running.delete(m.uuid);
      }
    });
  await Promise.all(work);
}

/** When the next poll could find something new (a message becoming visible, a batching window ending). */
export function nextEventSourceDue(ctx: ServiceContext): number | undefined {
  let min: number | undefined;
  for (const m of Object.values(existingMappings(ctx))) {
    if (!m.enabled) continue;
    if (kindOf(m.eventSourceArn) !== 'sqs') {
      const t = nextStreamDue(m);
      if (t !== undefined && (min === undefined || t < min)) min = t;
      continue;
    }
    const change = queueNextChangeAt(ctx.cloud, m.eventSourceArn);
    const t = change === null ? undefined : Math.max(change, m.batchingWindowS > 0 ? m.lastPollAt + m.batchingWindowS * 1000 : change);
    if (t !== undefined && (min === undefined || t < min)) min = t;
  }
  return min;
}
