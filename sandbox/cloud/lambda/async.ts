/**
 * Asynchronous invocation. An Event invoke is queued (202) in the function's internal queue; the
 * queue is worked whenever the clock moves or new events arrive. On a function error Lambda tries
 * twice more, one and then two minutes later; throttles are retried with backoff (1 s doubling to
 * 5 min) until the event is too old. What finally happens goes to the on-success / on-failure
 * destination and, on failure, to the dead-letter queue.
 */
import { AwsError, notFound, validationError } from '../errors.ts';
import type { ServiceContext } from '../service.ts';
import { routeAlias } from './aliases.ts';
import { deliverToDeadLetterQueue, deliverToDestination, type DestinationRecord } from './destinations.ts';
import { execute } from './execution.ts';
import { arnOf, findFunction, resolveFunction, viewOf } from './functions.ts';
import { functionKey, type AsyncEvent, type EventInvokeConfig, type FunctionRecord } from './state.ts';

export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_MAX_EVENT_AGE_S = 21_600;
/** More than 16 invocations in one chain is a recursive loop. */
export const MAX_CHAIN = 16;
const RETRY_DELAYS_MS = [60_000, 120_000];
const MAX_BACKOFF_MS = 300_000;

export function enqueueEvent(ctx: ServiceContext, fn: FunctionRecord, qualifier: string | undefined, payload: string, chain: number): string {
  const now = ctx.cloud.clock.now();
  const event: AsyncEvent = {
    requestId: ctx.cloud.ids.uuid(),
    functionKey: functionKey(fn.region, fn.account, fn.name),
    ...(qualifier !== undefined ? { qualifier } : {}),
    payload,
    receivedAt: now,
    nextAttemptAt: now,
    attempts: 0,
    throttles: 0,
    chain,
  };
  (ctx.cloud.state.lambda.asyncEvents ??= {})[event.requestId] = event;
  ctx.cloud.trace({ type: 'invoke.queued', functionArn: arnOf(fn, qualifier), requestId: event.requestId });
  ctx.cloud.pollers.offer(ctx, event);
  return event.requestId;
}

function configFor(fn: FunctionRecord, qualifier: string | undefined): EventInvokeConfig | undefined {
  return fn.eventInvokeConfigs?.[qualifier ?? '$LATEST'];
}

function remove(ctx: ServiceContext, event: AsyncEvent): void {
  delete ctx.cloud.state.lambda.asyncEvents?.[event.requestId];
}

type Condition = 'Success' | 'RetriesExhausted' | 'EventAgeExceeded' | 'RecursiveInvocationException';

function record(ctx: ServiceContext, fn: FunctionRecord, event: AsyncEvent, condition: Condition): DestinationRecord {
  const last = event.last;
  let requestPayload: unknown = event.payload;
  try {
    requestPayload = JSON.parse(event.payload);
  } catch {
    /* keep the text */
  }
  let responsePayload: unknown = last?.payload;
  try {
    if (last) responsePayload = JSON.parse(last.payload);
  } catch {
    /* keep the text */
  }
  return {
    version: '1.0',
    timestamp: new Date(ctx.cloud.clock.now()).toISOString(),
    requestContext: {
      requestId: event.requestId,
      functionArn: arnOf(fn, event.qualifier ?? '$LATEST'),
      condition,
      approximateInvokeCount: event.attempts,
    },
    requestPayload,
    ...(last
      ? {
          responseContext: { statusCode: 200, executedVersion: last.executedVersion, ...(last.functionError ? { functionError: last.functionError } : {}) },
          responsePayload,
        }
      : {}),
  };
}

async function finish(ctx: ServiceContext, fn: FunctionRecord, event: AsyncEvent, condition: Condition): Promise<void> {
  remove(ctx, event);
  const config = configFor(fn, event.qualifier);
  const rec = record(ctx, fn, event, condition);
  ctx.cloud.trace({ type: condition === 'Success' ? 'invoke.async-succeeded' : 'invoke.async-failed', functionArn: arnOf(fn, event.qualifier), requestId: event.requestId, condition });
  const target = condition === 'Success' ? config?.DestinationConfig?.OnSuccess?.Destination : config?.DestinationConfig?.OnFailure?.Destination;
  if (target) await deliverToDestination(ctx, fn, target, rec, event.chain);
  if (condition !== 'Success' && fn.config.DeadLetterConfig?.TargetArn) {
    const errorMessage = condition === 'RetriesExhausted' && event.last?.functionError
      ? (() => {
          try {
            return String((JSON.parse(event.last!.payload) as { errorMessage?: unknown }).errorMessage ?? '');
          } catch {
            return event.last!.payload;
          }
        })()
      : condition;
    await deliverToDeadLetterQueue(ctx, fn, fn.config.DeadLetterConfig.TargetArn, event.payload, { requestId: event.requestId, errorCode: '200', errorMessage });
  }
}

/** One attempt at one due event. */
async function attempt(ctx: ServiceContext, event: AsyncEvent): Promise<void> {
  const [region, account, name] = event.functionKey.split('/') as [string, string, string];
  const fn = findFunction(ctx, region, account, name);
  if (!fn) {
    // The function was deleted while the event waited: it is dropped, as Lambda drops it.
    remove(ctx, event);
    ctx.cloud.trace({ type: 'invoke.dropped', requestId: event.requestId, reason: 'function deleted' });
    return;
  }
  const config = configFor(fn, event.qualifier);
  const maxAgeMs = (config?.MaximumEventAgeInSeconds ?? DEFAULT_MAX_EVENT_AGE_S) * 1000;
  const maxRetries = config?.MaximumRetryAttempts ?? DEFAULT_MAX_RETRIES;
  const now = ctx.cloud.clock.now();
  if (now - event.receivedAt > maxAgeMs) return finish(ctx, fn, event, 'EventAgeExceeded');
  if (event.chain >= MAX_CHAIN && fn.recursiveLoop !== 'Allow') {
    ctx.cloud.trace({ type: 'invoke.recursion-stopped', functionArn: arnOf(fn, event.qualifier), requestId: event.requestId, chain: event.chain });
    return finish(ctx, fn, event, 'RecursiveInvocationException');
  }
  // Reserved concurrency 0 means "never run": events go straight to the failure handling.
  if (fn.reservedConcurrency === 0) return finish(ctx, fn, event, 'RetriesExhausted');
  const lease = ctx.cloud.leases.acquire(ctx, fn);
  if ('throttled' in lease) {
    event.throttles += 1;
    event.nextAttemptAt = now + Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (event.throttles - 1));
    ctx.cloud.trace({ type: 'invoke.throttled', functionArn: arnOf(fn, event.qualifier), requestId: event.requestId, reason: lease.throttled, retryAt: event.nextAttemptAt });
    return;
  }
  let run;
  const resolved = resolveFunction(ctx, { FunctionName: fn.name, ...(event.qualifier ? { Qualifier: event.qualifier } : {}) });
  const version = resolved.alias ? routeAlias(resolved.alias, () => ctx.cloud.ids.fraction()) : resolved.view.version;
  try {
    event.attempts += 1;
    run = await execute(ctx, viewOf(fn, version)!, event.payload, event.requestId, arnOf(fn, event.qualifier), { chain: event.chain });
  } finally {
    lease.release();
  }
  event.last = { executedVersion: version, ...(run.failed ? { functionError: 'Unhandled' } : {}), payload: run.body };
  if (!run.failed) return finish(ctx, fn, event, 'Success');
  if (event.attempts > maxRetries) return finish(ctx, fn, event, 'RetriesExhausted');
  event.nextAttemptAt = ctx.cloud.clock.now() + RETRY_DELAYS_MS[Math.min(event.attempts - 1, RETRY_DELAYS_MS.length - 1)]!;
  ctx.cloud.trace({ type: 'invoke.retry-scheduled', functionArn: arnOf(fn, event.qualifier), requestId: event.requestId, attempt: event.attempts, at: event.nextAttemptAt });
}

/**
 * The sandbox's pollers run at most this many events of one function at a time (less when reserved
 * concurrency is lower): each running event is a real worker, and a browser tab cannot host a
 * thousand of them. Events beyond it wait in the queue, due, and start as others finish.
 */
export const POLLER_WIDTH = 10;

/**
 * The internal queue's pollers: runtime bookkeeping over the queue in the state (which events are
 * ready, which are running), so that a burst drains in arrival order without rescanning the queue
 * for every event. A restored cloud starts with none of it and finds its due events on the next tick.
 */
export class AsyncPollers {
  /** Due events per function, in arrival order, not yet started. */
  #ready = new Map<string, AsyncEvent[]>();
  #queued = new Set<string>();
  #running = new Map<string, number>();

  /** A new or rescheduled event: ready at once when due, else found by `collectDue` later. */
  offer(ctx: ServiceContext, event: AsyncEvent): void {
    if (event.nextAttemptAt > ctx.cloud.clock.now() || this.#queued.has(event.requestId)) return;
    this.#queued.add(event.requestId);
    const list = this.#ready.get(event.functionKey);
    if (list) list.push(event);
    else this.#ready.set(event.functionKey, [event]);
    this.#pump(ctx, event.functionKey);
  }

  /** Scans the queue for events that have come due (after the clock moved). */
  collectDue(ctx: ServiceContext): void {
    for (const e of Object.values(ctx.cloud.state.lambda.asyncEvents ?? {})) this.offer(ctx, e);
  }

  #pump(ctx: ServiceContext, key: string): void {
    const list = this.#ready.get(key);
    if (!list?.length) return;
    const fn = findFunction(ctx, ...(key.split('/') as [string, string, string]));
    const width = Math.max(1, Math.min(POLLER_WIDTH, fn?.reservedConcurrency ?? POLLER_WIDTH));
    while (list.length && (this.#running.get(key) ?? 0) < width) {
      const event = list.shift()!;
      this.#running.set(key, (this.#running.get(key) ?? 0) + 1);
      ctx.cloud.background((async () => {
        try {
          await attempt(ctx, event);
        } finally {
          this.#running.set(key, (this.#running.get(key) ?? 1) - 1);
          this.#queued.delete(event.requestId);
          // Rescheduled for now (a Lambda destination's event is new, a retry is later): offer again.
          if (ctx.cloud.state.lambda.asyncEvents?.[event.requestId]) this.offer(ctx, event);
          this.#pump(ctx, key);
        }
      })());
    }
  }
}

/** Starts what is due now; the work is tracked by `cloud.settled()`. */
export function runDueEvents(ctx: ServiceContext): void {
  ctx.cloud.pollers.collectDue(ctx);
}

/** The earliest time an event in the queue comes due, if any. */
export function nextDue(ctx: ServiceContext): number | undefined {
  let min: number | undefined;
  for (const e of Object.values(ctx.cloud.state.lambda.asyncEvents ?? {})) if (min === undefined || e.nextAttemptAt < min) min = e.nextAttemptAt;
  return min;
}

const DEST_RE = /^arn:(aws[a-zA-Z-]*)?:(sqs|sns|lambda|events|s3):/;

function validateInvokeConfig(input: Record<string, unknown>): void {
  const violations = [];
  const retries = input.MaximumRetryAttempts;
  if (retries !== undefined && (typeof retries !== 'number' || retries < 0 || retries > 2)) {
    violations.push({ value: retries, member: 'maximumRetryAttempts', constraint: (retries as number) < 0 ? 'Member must have value greater than or equal to 0' : 'Member must have value less than or equal to 2' });
  }
  const age = input.MaximumEventAgeInSeconds;
  if (age !== undefined && (typeof age !== 'number' || age < 60 || age > 21600)) {
    violations.push({ value: age, member: 'maximumEventAgeInSeconds', constraint: (age as number) < 60 ? 'Member must have value greater than or equal to 60' : 'Member must have value less than or equal to 21600' });
  }
  if (violations.length) throw validationError(violations);
  const dc = input.DestinationConfig as { OnSuccess?: { Destination?: string }; OnFailure?: { Destination?: string } } | undefined;
  for (const [which, d] of [['OnSuccess', dc?.OnSuccess], ['OnFailure', dc?.OnFailure]] as const) {
    const arn = d?.Destination;
    if (arn !== undefined && arn !== '' && !DEST_RE.test(arn)) {
      throw new AwsError('InvalidParameterValueException', `The destination ARN ${arn} is invalid.`);
    }
    if (which === 'OnSuccess' && arn && /^arn:[^:]+:s3:/.test(arn)) {
      throw new AwsError('InvalidParameterValueException', 'Amazon S3 destinations are supported only for OnFailure.');
    }
  }
}

function configShape(fn: FunctionRecord, qualifier: string, c: EventInvokeConfig): Record<string, unknown> {
  return {
    LastModified: c.lastModified / 1000,
    FunctionArn: arnOf(fn, qualifier),
    ...(c.MaximumRetryAttempts !== undefined ? { MaximumRetryAttempts: c.MaximumRetryAttempts } : {}),
    ...(c.MaximumEventAgeInSeconds !== undefined ? { MaximumEventAgeInSeconds: c.MaximumEventAgeInSeconds } : {}),
    DestinationConfig: { OnSuccess: c.DestinationConfig?.OnSuccess ?? {}, OnFailure: c.DestinationConfig?.OnFailure ?? {} },
  };
}

function target(ctx: ServiceContext, input: Record<string, unknown>): { fn: FunctionRecord; qualifier: string } {
  const { fn, qualifier } = resolveFunction(ctx, input);
  return { fn, qualifier: qualifier ?? '$LATEST' };
}

function put(ctx: ServiceContext, input: Record<string, unknown>, merge: boolean) {
  validateInvokeConfig(input);
  const { fn, qualifier } = target(ctx, input);
  const existing = fn.eventInvokeConfigs?.[qualifier];
  if (merge && !existing) {
    throw notFound(`The function ${arnOf(fn, qualifier)} doesn't have an EventInvokeConfig`);
  }
  const pick = <K extends keyof EventInvokeConfig>(k: K) => (input[k] !== undefined ? (input[k] as EventInvokeConfig[K]) : merge ? existing?.[k] : undefined);
  const config: EventInvokeConfig = {
    ...(pick('MaximumRetryAttempts') !== undefined ? { MaximumRetryAttempts: pick('MaximumRetryAttempts') } : {}),
    ...(pick('MaximumEventAgeInSeconds') !== undefined ? { MaximumEventAgeInSeconds: pick('MaximumEventAgeInSeconds') } : {}),
    ...(pick('DestinationConfig') !== undefined ? { DestinationConfig: pick('DestinationConfig') } : {}),
    lastModified: ctx.cloud.clock.now(),
  };
  (fn.eventInvokeConfigs ??= {})[qualifier] = config;
  return configShape(fn, qualifier, config);
}

export const asyncActions = {
  PutFunctionEventInvokeConfig: (ctx: ServiceContext, input: Record<string, unknown>) => put(ctx, input, false),
  UpdateFunctionEventInvokeConfig: (ctx: ServiceContext, input: Record<string, unknown>) => put(ctx, input, true),

  GetFunctionEventInvokeConfig(ctx: ServiceContext, input: Record<string, unknown>) {
    const { fn, qualifier } = target(ctx, input);
    const c = fn.eventInvokeConfigs?.[qualifier];
    if (!c) throw notFound(`The function ${arnOf(fn, qualifier)} doesn't have an EventInvokeConfig`);
    return configShape(fn, qualifier, c);
  },

  DeleteFunctionEventInvokeConfig(ctx: ServiceContext, input: Record<string, unknown>) {
    const { fn, qualifier } = target(ctx, input);
    if (!fn.eventInvokeConfigs?.[qualifier]) throw notFound(`The function ${arnOf(fn, qualifier)} doesn't have an EventInvokeConfig`);
    delete fn.eventInvokeConfigs[qualifier];
    return {};
  },

  ListFunctionEventInvokeConfigs(ctx: ServiceContext, input: Record<string, unknown>) {
    const { fn } = resolveFunction(ctx, { FunctionName: input.FunctionName }, 140);
    return { FunctionEventInvokeConfigs: Object.entries(fn.eventInvokeConfigs ?? {}).map(([q, c]) => configShape(fn, q, c)) };
  },

  PutFunctionRecursionConfig(ctx: ServiceContext, input: Record<string, unknown>) {
    const { fn } = resolveFunction(ctx, { FunctionName: input.FunctionName }, 140);
    if (input.RecursiveLoop !== 'Allow' && input.RecursiveLoop !== 'Terminate') {
      throw validationError([{ value: input.RecursiveLoop, member: 'recursiveLoop', constraint: 'Member must satisfy enum value set: [Allow, Terminate]' }]);
    }
    fn.recursiveLoop = input.RecursiveLoop;
    return { RecursiveLoop: fn.recursiveLoop };
  },

  GetFunctionRecursionConfig(ctx: ServiceContext, input: Record<string, unknown>) {
    const { fn } = resolveFunction(ctx, { FunctionName: input.FunctionName }, 140);
    return { RecursiveLoop: fn.recursiveLoop ?? 'Terminate' };
  },
};
