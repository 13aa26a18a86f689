/**
 * The Cloud: every account's state as plain data, the services' actions over it, and the two
 * injected sources of non-determinism (time and ids). Execution environments — the one effectful
 * part — come from an injected host. `call` is the single entry for every request.
 */
import { DEFAULT_REGION, identityForAccessKey } from './accounts.ts';
import { VirtualClock, type ClockState } from './clock.ts';
import { AwsError } from './errors.ts';
import { IdSource, type IdState } from './ids.ts';
import { initialIamState, type IamState } from './iam/roles.ts';
import { iamActions, upgradeIamState } from './iam/index.ts';
import { isExpired, sessionForAccessKey, sessionIdentity } from './sts/sts.ts';
import { authorize, parsePolicyText } from './authorize.ts';
import { lambdaActions, initialLambdaState, type LambdaState } from './lambda/index.ts';
import { decodeCode, findFunction, unzipPackage, type VersionView } from './lambda/functions.ts';
import { findLayerVersion } from './lambda/layers.ts';
import { policyFor } from './lambda/policy.ts';
import { forgetRoleDecisions } from './lambda/execution.ts';
import { evaluate } from './iam/evaluate.ts';
import { ConcurrencyLeases } from './lambda/concurrency.ts';
import { AsyncPollers, enqueueEvent, nextDue, runDueEvents } from './lambda/async.ts';
import { nextEventSourceDue, pollEventSources } from './lambda/event-source-mappings.ts';
import { eventsActions, initialEventsState, nextScheduledTime, runSchedules, type EventsState } from './events/bus.ts';
import { apigatewayActions, apigatewayv2Actions, initialApiGatewayState, type ApiGatewayState } from './apigateway/index.ts';
import { findQueueByArn, initialSqsState, sqsActions, type SqsState } from './sqs/index.ts';
import { initialSnsState, snsActions, type SnsState } from './sns/index.ts';
import { initialKinesisState, kinesisActions, type KinesisState } from './kinesis/index.ts';
import { initialS3State, s3Actions, type S3State } from './s3/index.ts';
import { dynamodbActions, dynamodbStreamsActions, initialDynamoDbState, type DynamoDbState } from './dynamodb/index.ts';
import { initialLogsState, logsActions, type LogsState } from './logs/logs.ts';
import { stsActions } from './sts/sts.ts';
import { appendTrace, type TraceEvent } from './trace.ts';
import type { ServiceRequest } from './api.ts';
import type { ServiceActions, ServiceContext } from './service.ts';
import { Executor } from '../runtime/executor.ts';
import type { RouterOptions } from '../api/router.ts';

type RouterObserver = NonNullable<RouterOptions['observe']>;
import { lineageCount } from './lambda/trace-header.ts';
import { compilePackage } from '../runtime/loader/compile.ts';
import type { CompiledPackage, ExecutionHost } from '../runtime/types.ts';
import { LEARNER } from './accounts.ts';

export interface CloudState {
  version: 1;
  clock: ClockState;
  ids: IdState;
  iam: IamState;
  lambda: LambdaState;
  logs: LogsState;
  /** Added after version 1 of the snapshot; a restored older snapshot gets them empty. */
  sqs?: SqsState;
  sns?: SnsState;
  events?: EventsState;
  kinesis?: KinesisState;
  dynamodb?: DynamoDbState;
  s3?: S3State;
  apigateway?: ApiGatewayState;
  trace: TraceEvent[];
}

export interface CloudOptions {
  /** Where environments run (NodeHost, WebHost). */
  host: ExecutionHost;
  /** The clock's source: the wall clock in the browser, a fixed time in tests. */
  time: () => number;
  /** Seed of the id source for a new cloud. */
  seed?: number;
  /** A snapshot to restore. */
  state?: CloudState;
}

/** The state of a new cloud: the default role, no functions, the clock at its source. */
export function initialCloudState(now: number, seed = 1): CloudState {
  return {
    version: 1,
    clock: { offsetMs: 0 },
    ids: { seed, counter: 0 },
    iam: initialIamState(now),
    lambda: initialLambdaState(),
    logs: initialLogsState(),
    sqs: initialSqsState(),
    sns: initialSnsState(),
    events: initialEventsState(),
    kinesis: initialKinesisState(),
    dynamodb: initialDynamoDbState(),
    s3: initialS3State(),
    apigateway: initialApiGatewayState(),
    trace: [],
  };
}

const SERVICES: Record<string, ServiceActions> = {
  lambda: lambdaActions,
  logs: logsActions as unknown as ServiceActions,
  sts: stsActions,
  iam: iamActions,
  sqs: sqsActions,
  sns: snsActions,
  events: eventsActions,
  kinesis: kinesisActions,
  dynamodb: dynamodbActions,
  dynamodbstreams: dynamodbStreamsActions,
  s3: s3Actions,
  apigateway: apigatewayActions,
  apigatewayv2: apigatewayv2Actions,
};

/** The service principal behind an event source's ARN, for the resource-policy check. */
const SOURCE_SERVICES: Record<string, string> = { s3: 's3.amazonaws.com', sns: 'sns.amazonaws.com', events: 'events.amazonaws.com', 'execute-api': 'apigateway.amazonaws.com' };

/** Requests that give event-source pollers something new to read: they look at once rather than at the next tick. */
const FEEDS_POLLERS = /^(sqs:(SendMessage|SendMessageBatch|ChangeMessageVisibility)|kinesis:PutRecords?|dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem|TransactWriteItems))$/;

export class Cloud {
  readonly state: CloudState;
  readonly clock: VirtualClock;
  readonly ids: IdSource;
  readonly executor: Executor;
  readonly leases = new ConcurrencyLeases();
  readonly pollers = new AsyncPollers();
  readonly #pending = new Set<Promise<unknown>>();
  /** Compiled packages by CodeSha256: derived data, so not in the snapshot. */
  readonly #compiled = new Map<string, { pkg: CompiledPackage; unzipped: number }>();

  constructor(options: CloudOptions) {
    this.state = options.state ?? initialCloudState(options.time(), options.seed);
    // Snapshots from before IAM had users and managed policies gain them.
    this.state.iam = upgradeIamState(this.state.iam, options.time());
    this.state.sqs ??= initialSqsState();
    this.state.sns ??= initialSnsState();
    this.state.events ??= initialEventsState();
    this.state.kinesis ??= initialKinesisState();
    this.state.dynamodb ??= initialDynamoDbState();
    this.state.s3 ??= initialS3State();
    this.state.apigateway ??= initialApiGatewayState();
    this.clock = new VirtualClock(options.time, this.state.clock);
    this.ids = new IdSource(this.state.ids);
    this.executor = new Executor(options.host);
    // Handlers' SDK calls arrive as HTTP requests and go through the same wire router as `lab serve`.
    // It is loaded with the first call: with its service models it is a good part of the engine's
    // weight, and a lesson whose handlers never call AWS should not wait for it.
    // Each call is traced with the invocation that made it, for the inspector and for checks.
    let router: Promise<typeof import('../api/router.ts')> | undefined;
    this.executor.serveAws = async (request, invocation) => {
      const { createRouter } = await (router ??= import('../api/router.ts'));
      const observe = (answer: Parameters<RouterObserver>[0]) => this.trace({ type: 'sdk.call', requestId: invocation, ...answer });
      return createRouter({ call: (r) => this.call(r), requestId: () => this.ids.uuid(), observe })(request);
    };
  }

  /** The one entry for every request: resolves the caller, dispatches, and keeps errors AWS-shaped. */
  async call(request: ServiceRequest): Promise<Record<string, unknown>> {
    const actions = SERVICES[request.service];
    const action = actions?.[request.action];
    if (!action) {
      throw new AwsError('UnknownOperationException', `The ${request.service} service has no ${request.action} operation in this sandbox.`, 400);
    }
    const ctx: ServiceContext = { cloud: this, identity: this.#identityFor(request.accessKeyId), region: request.region ?? DEFAULT_REGION };
    if (request.traceHeader) {
      ctx.traceHeader = request.traceHeader;
      ctx.chain = lineageCount(request.traceHeader);
    }
    authorize(this, ctx.identity, request, ctx.region);
    try {
      const output = (await action(ctx, request.input ?? {})) as Record<string, unknown>;
      if (request.service === 'iam') forgetRoleDecisions(this);
      // New messages for a queue a function polls: the pollers look now rather than at the next tick.
      if (FEEDS_POLLERS.test(`${request.service}:${request.action}`)) this.pollSoon();
      return output;
    } catch (error) {
      if (error instanceof AwsError) throw error;
      // A bug of ours must not reach the learner as a stack: AWS's own words for an internal failure.
      const requestId = this.ids.uuid();
      this.trace({ type: 'service.error', service: request.service, action: request.action, requestId, message: String((error as Error)?.message ?? error) });
      throw new AwsError('ServiceException', `An internal error occurred (request ${requestId}).`, 500, 'Service');
    }
  }

  /** The caller behind an access key: a role session's temporary key, one of the account users', or the learner. */
  #identityFor(accessKeyId: string | undefined) {
    const session = sessionForAccessKey(this, accessKeyId);
    if (session) {
      if (isExpired(this, session)) throw new AwsError('ExpiredTokenException', 'The security token included in the request is expired', 400);
      return sessionIdentity(session);
    }
    return identityForAccessKey(accessKeyId);
  }

  trace(event: Omit<TraceEvent, 'time'>): void {
    appendTrace(this.state.trace, { time: this.clock.now(), ...event } as TraceEvent);
  }

  /** A CloudWatch Logs event id: 56 digits, as AWS's are, ordered by time and then by arrival. */
  eventId(): string {
    return `${String(Math.floor(this.clock.now())).padStart(20, '0')}${String(this.ids.state.counter++).padStart(36, '0')}`;
  }

  /** The version's package with its layers, compiled once per code and layer set. */
  #package(view: VersionView) {
    const layers = (view.config.Layers ?? []).map((l) => l.Arn);
    const key = [view.code.sha256, ...layers].join('|');
    let entry = this.#compiled.get(key);
    if (!entry) {
      const ctx = this.#context();
      const mounts = layers.map((arn) => ({ root: '/opt', files: unzipPackage(decodeCode(findLayerVersion(ctx, arn, true)!.version.code)) }));
      const files = unzipPackage(decodeCode(view.code));
      mounts.push({ root: '/var/task', files });
      entry = { pkg: compilePackage(mounts), unzipped: mounts.reduce((n, m) => n + Object.values(m.files).reduce((a, f) => a + f.length, 0), 0) };
      this.#compiled.set(key, entry);
    }
    return entry;
  }

  compiledCode(view: VersionView): CompiledPackage {
    return this.#package(view).pkg;
  }

  unzippedSize(view: VersionView): number {
    return this.#package(view).unzipped;
  }

  #context(region = DEFAULT_REGION): ServiceContext {
    return { cloud: this, identity: LEARNER, region };
  }

  /**
   * An asynchronous invoke from inside the cloud (SNS, S3, a Lambda destination): queued like an
   * Event invoke. `chain` counts the invocations that led here, to stop recursive loops.
   */
  invokeAsync(functionArn: string, event: string, options: { sourceArn?: string; chain?: number } = {}): void {
    const m = /^arn:[^:]+:lambda:([^:]+):(\d{12}):function:([^:]+)(?::(.+))?$/.exec(functionArn);
    const fn = m && findFunction(this.#context(m[1]), m[1]!, m[2]!, m[3]!);
    if (!m || !fn) {
      this.trace({ type: 'invoke.dropped', functionArn, reason: 'function not found', sourceArn: options.sourceArn });
      return;
    }
    // A service (S3, SNS, EventBridge) may invoke only what the function's resource policy allows it to.
    const service = options.sourceArn ? SOURCE_SERVICES[options.sourceArn.split(':')[2] ?? ''] : undefined;
    if (service && !this.canServiceInvoke(functionArn, service, options.sourceArn!, options.sourceArn!.split(':')[4] || m[2]!)) {
      this.trace({ type: 'invoke.denied', functionArn, principal: service, sourceArn: options.sourceArn, reason: `the function's resource-based policy does not allow ${service} to invoke it (aws lambda add-permission)` });
      return;
    }
    enqueueEvent({ cloud: this, identity: LEARNER, region: m[1]! }, fn, m[4], event, options.chain ?? 0);
  }

  /**
   * Whether a service principal may invoke a function for a source (an S3 bucket, an SNS topic, an
   * EventBridge rule), by the function's resource-based policy — the one IAM evaluator decides.
   */
  canServiceInvoke(functionArn: string, service: string, sourceArn: string, sourceAccount: string): boolean {
    const m = /^arn:[^:]+:lambda:([^:]+):(\d{12}):function:([^:]+)(?::(.+))?$/.exec(functionArn);
    const fn = m && findFunction(this.#context(m[1]), m[1]!, m[2]!, m[3]!);
    if (!m || !fn) return false;
    const decision = evaluate({
      principal: { arn: service, account: m[2]!, kind: 'service', service },
      action: 'lambda:InvokeFunction',
      resource: functionArn,
      resourceAccount: m[2]!,
      identityPolicies: [],
      resourcePolicy: policyFor(fn, m[4]),
      context: { 'aws:SourceArn': sourceArn, 'aws:SourceAccount': sourceAccount },
      now: this.clock.now(),
    });
    return decision.allowed;
  }

  /**
   * Whether a service principal may deliver to an SQS queue (sqs:SendMessage) or an SNS topic
   * (sns:Publish) for a source (an S3 bucket, an SNS topic, an EventBridge rule), by the queue's or
   * topic's Policy attribute — the same evaluator. No policy (a new queue) admits no service.
   */
  canServicePublish(targetArn: string, service: string, sourceArn: string, sourceAccount: string): boolean {
    const [, , kind, , account] = targetArn.split(':');
    const text = kind === 'sqs' ? findQueueByArn(this, targetArn)?.attributes.Policy : kind === 'sns' ? this.state.sns?.topics[targetArn]?.attributes.Policy : undefined;
    const resourcePolicy = parsePolicyText(text);
    if (!account || !resourcePolicy) return false;
    return evaluate({
      principal: { arn: service, account, kind: 'service', service },
      action: kind === 'sqs' ? 'sqs:SendMessage' : 'sns:Publish',
      resource: targetArn,
      resourceAccount: account,
      identityPolicies: [],
      resourcePolicy,
      context: { 'aws:SourceArn': sourceArn, 'aws:SourceAccount': sourceAccount },
      now: this.clock.now(),
    }).allowed;
  }

  /** Runs what is due now (asynchronous retries); hosts call it on a timer so waiting works too. */
  tick(): void {
    runSchedules(this);
    runDueEvents(this.#context());
    this.pollSoon();
  }

  /** Runs the event-source pollers in the background (tracked by `settled()`). */
  pollSoon(): void {
    this.background(pollEventSources(this.#context()));
  }

  /**
   * Moves the clock forward by `ms`, running everything that comes due on the way, in time order —
   * a retry scheduled one minute after a failure happens one minute later, not at the end.
   */
  async advance(ms: number): Promise<void> {
    const target = this.clock.now() + ms;
    const nextTime = () => {
      const times = [nextDue(this.#context()), nextEventSourceDue(this.#context()), nextScheduledTime(this)].filter((t): t is number => t !== undefined && t !== null);
      return times.length ? Math.min(...times) : undefined;
    };
    this.pollSoon();
    await this.settled();
    for (;;) {
      const due = nextTime();
      if (due === undefined || due > target) break;
      if (due > this.clock.now()) this.clock.advance(due - this.clock.now());
      runSchedules(this);
      runDueEvents(this.#context());
      await pollEventSources(this.#context());
      await this.settled();
      // Whatever was due at `due` has had its turn; if it still says so, something cannot progress
      // now (a throttle, a busy poller): move on a second rather than spin.
      const again = nextTime();
      if (again !== undefined && again <= due) this.clock.advance(Math.max(1, Math.min(1000, target - this.clock.now())));
    }
    if (target > this.clock.now()) this.clock.advance(target - this.clock.now());
  }

  /** Ends the environments whose key starts with `prefix` (`<arn>:` a function, `<arn>:<version>:` one version). */
  retireEnvironments(prefix: string): void {
    this.executor.retire(prefix);
  }

  /** Work that outlives its request (asynchronous invokes); `settled()` waits for all of it. */
  background(work: Promise<unknown>): void {
    const p = work.catch(() => undefined).finally(() => this.#pending.delete(p));
    this.#pending.add(p);
  }

  async settled(): Promise<void> {
    while (this.#pending.size) await Promise.all([...this.#pending]);
  }

  /** A deep copy of the state as JSON-safe data. */
  snapshot(): CloudState {
    return JSON.parse(JSON.stringify(this.state)) as CloudState;
  }

  dispose(): void {
    this.executor.dispose();
  }
}
