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
import { lambdaActions, initialLambdaState, type FunctionRecord, type LambdaState } from './lambda/index.ts';
import { decodeCode, unzipPackage } from './lambda/functions.ts';
import { initialLogsState, logsActions, type LogsState } from './logs/logs.ts';
import { stsActions } from './sts/sts.ts';
import { appendTrace, type TraceEvent } from './trace.ts';
import type { ServiceRequest } from './api.ts';
import type { ServiceActions, ServiceContext } from './service.ts';
import { Executor } from '../runtime/executor.ts';
import { compilePackage } from '../runtime/loader/compile.ts';
import type { CompiledPackage, ExecutionHost } from '../runtime/types.ts';

export interface CloudState {
  version: 1;
  clock: ClockState;
  ids: IdState;
  iam: IamState;
  lambda: LambdaState;
  logs: LogsState;
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
    trace: [],
  };
}

const SERVICES: Record<string, ServiceActions> = {
  lambda: lambdaActions,
  logs: logsActions as unknown as ServiceActions,
  sts: stsActions,
};

export class Cloud {
  readonly state: CloudState;
  readonly clock: VirtualClock;
  readonly ids: IdSource;
  readonly executor: Executor;
  readonly #pending = new Set<Promise<unknown>>();
  /** Compiled packages by CodeSha256: derived data, so not in the snapshot. */
  readonly #compiled = new Map<string, { pkg: CompiledPackage; unzipped: number }>();

  constructor(options: CloudOptions) {
    this.state = options.state ?? initialCloudState(options.time(), options.seed);
    this.clock = new VirtualClock(options.time, this.state.clock);
    this.ids = new IdSource(this.state.ids);
    this.executor = new Executor(options.host);
  }

  /** The one entry for every request: resolves the caller, dispatches, and keeps errors AWS-shaped. */
  async call(request: ServiceRequest): Promise<Record<string, unknown>> {
    const actions = SERVICES[request.service];
    const action = actions?.[request.action];
    if (!action) {
      throw new AwsError('UnknownOperationException', `The ${request.service} service has no ${request.action} operation in this sandbox.`, 400);
    }
    const ctx: ServiceContext = { cloud: this, identity: identityForAccessKey(request.accessKeyId), region: request.region ?? DEFAULT_REGION };
    try {
      return (await action(ctx, request.input ?? {})) as Record<string, unknown>;
    } catch (error) {
      if (error instanceof AwsError) throw error;
      // A bug of ours must not reach the learner as a stack: AWS's own words for an internal failure.
      const requestId = this.ids.uuid();
      this.trace({ type: 'service.error', service: request.service, action: request.action, requestId, message: String((error as Error)?.message ?? error) });
      throw new AwsError('ServiceException', `An internal error occurred (request ${requestId}).`, 500, 'Service');
    }
  }

  trace(event: Omit<TraceEvent, 'time'>): void {
    appendTrace(this.state.trace, { time: this.clock.now(), ...event } as TraceEvent);
  }

  /** A CloudWatch Logs event id: 56 digits, as AWS's are, ordered by time and then by arrival. */
  eventId(): string {
    return `${String(Math.floor(this.clock.now())).padStart(20, '0')}${String(this.ids.state.counter++).padStart(36, '0')}`;
  }

  #package(fn: FunctionRecord) {
    let entry = this.#compiled.get(fn.code.sha256);
    if (!entry) {
      const files = unzipPackage(decodeCode(fn));
      entry = { pkg: compilePackage(files), unzipped: Object.values(files).reduce((n, f) => n + f.length, 0) };
      this.#compiled.set(fn.code.sha256, entry);
    }
    return entry;
  }

  compiledCode(fn: FunctionRecord): CompiledPackage {
    return this.#package(fn).pkg;
  }

  unzippedSize(fn: FunctionRecord): number {
    return this.#package(fn).unzipped;
  }

  retireEnvironments(functionArn: string): void {
    this.executor.retire(functionArn);
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
