/**
 * Execution environments and their assignment. An environment holds one function version in one
 * realm: INIT once (a cold start), then invocations one at a time (warm), module state and /tmp kept
 * between them. A busy environment is never shared: a concurrent invocation gets a new environment.
 * Timeouts are real — the host ends the realm — and a dead environment is never reused.
 */
import type { CompiledPackage, ErrorPayload, ExecutionHost, FromRealm, InvokeContextData, LogLevel, RealmHandle } from './types.ts';
import type { WireRequest, WireResponse } from '../api/http.ts';

/** What environments are made of; environments with the same `key` are interchangeable. */
export interface EnvironmentSpec {
  /** Function ARN + version + code and configuration revision. */
  key: string;
  runtime: string;
  handler: string;
  timeoutMs: number;
  /** Size of /tmp (EphemeralStorage). */
  ephemeralStorageMb: number;
  /** The package, compiled once per code version by the caller. */
  code(): CompiledPackage;
  /** Names the new environment's log stream (the cloud owns ids and time). */
  newLogStream(): string;
  /** process.env for the environment (includes AWS_LAMBDA_LOG_STREAM_NAME). */
  environment(logStreamName: string): Record<string, string>;
}

export interface RealmLog {
  requestId: string | null;
  level: LogLevel;
  message: string;
  timestamp: number;
}

export type InvokeResult = { ok: true; payload: string } | { ok: false; error: ErrorPayload };

export interface InvokeOutcome {
  coldStart: boolean;
  logStreamName: string;
  /** INIT phase, on a cold start only. */
  init?: { durationMs: number; cpuMs?: number; error?: ErrorPayload };
  durationMs: number;
  /** CPU time of the realm during the invocation, where the host can measure it. */
  cpuMs?: number;
  result: InvokeResult;
  /** How the invocation ended when the environment did not survive it. */
  ended?: 'timeout' | 'exit';
  logs: RealmLog[];
}

type EnvState = 'initializing' | 'ready' | 'busy' | 'dead';

interface Environment {
  spec: EnvironmentSpec;
  realm: RealmHandle;
  logStreamName: string;
  state: EnvState;
  /** The listener for the phase in progress. */
  onMessage?: (m: FromRealm) => void;
  onExit?: (reason: { code?: number; error?: string }) => void;
}

/** Lambda's INIT phase limit. */
const INIT_LIMIT_MS = 10_000;

/** Answers an environment's AWS SDK request (the cloud's wire router); `requestId` is the invocation's. */
export type AwsRequestHandler = (request: WireRequest, requestId: string | null) => Promise<WireResponse>;

export class Executor {
  readonly #host: ExecutionHost;
  #environments: Environment[] = [];
  /** Set by the cloud: where handlers' SDK calls go. Without it they fail as a request with no network would. */
  serveAws: AwsRequestHandler | undefined;

  constructor(host: ExecutionHost) {
    this.#host = host;
  }

  /** Environments by state, for the inspector and for tests. */
  describe(): Array<{ key: string; logStreamName: string; state: EnvState }> {
    return this.#environments.map((e) => ({ key: e.spec.key, logStreamName: e.logStreamName, state: e.state }));
  }

  /** Ends every environment whose spec key starts with `prefix` (`<arn>:` a whole function, `<arn>:$LATEST:` one version). */
  retire(prefix: string): void {
    for (const env of this.#environments.filter((e) => e.spec.key.startsWith(prefix))) this.#kill(env);
  }

  dispose(): void {
    for (const env of [...this.#environments]) this.#kill(env);
    this.#host.dispose();
  }

  #kill(env: Environment): void {
    env.state = 'dead';
    env.realm.terminate();
    this.#environments = this.#environments.filter((e) => e !== env);
  }

  #create(spec: EnvironmentSpec): Environment {
    const realm = this.#host.createRealm();
    const env: Environment = { spec, realm, logStreamName: spec.newLogStream(), state: 'initializing' };
    realm.onMessage((m) => {
      if (m.type === 'aws-request') void this.#answerAws(env, m);
      else env.onMessage?.(m);
    });
    realm.onExit((reason) => {
      env.state = 'dead';
      this.#environments = this.#environments.filter((e) => e !== env);
      env.onExit?.(reason);
    });
    this.#environments.push(env);
    return env;
  }

  /** An SDK call from any phase (INIT, an invocation, or work the handler left running) gets its answer. */
  async #answerAws(env: Environment, m: Extract<FromRealm, { type: 'aws-request' }>): Promise<void> {
    const response = this.serveAws
      ? await this.serveAws(m.request, m.requestId).catch(() => undefined)
      : undefined;
    if (env.state === 'dead') return;
    env.realm.post({ type: 'aws-response', id: m.id, response: response ?? { status: 500, headers: { 'content-type': 'application/json' }, body: new TextEncoder().encode('{"message":"InternalFailure"}') } });
  }

  /** Runs INIT; resolves with its duration and error, if any. */
  #init(env: Environment, startedAt: number, logs: RealmLog[]): Promise<{ durationMs: number; cpuMs?: number; error?: ErrorPayload }> {
    return new Promise((resolve) => {
      const cancel = this.#host.setTimer(INIT_LIMIT_MS, () => {
        this.#kill(env);
        resolve({ durationMs: INIT_LIMIT_MS, error: { errorType: 'Runtime.InitTimeout', errorMessage: `INIT phase timed out after ${INIT_LIMIT_MS / 1000} seconds`, trace: [] } });
      });
      env.onExit = (reason) => {
        cancel();
        resolve({ durationMs: 0, error: exitError(null, reason) });
      };
      env.onMessage = (m) => {
        if (m.type === 'log') logs.push(m);
        else if (m.type === 'init-done') {
          cancel();
          resolve({ durationMs: m.durationMs, ...(m.cpuMs !== undefined ? { cpuMs: m.cpuMs } : {}), error: m.error });
        }
      };
      env.realm.post({ type: 'init', pkg: env.spec.code(), handler: env.spec.handler, runtime: env.spec.runtime, env: env.spec.environment(env.logStreamName), startedAt, ephemeralStorageMb: env.spec.ephemeralStorageMb });
    });
  }

  /** One invocation: a warm environment of the same spec if one is free, else a cold start. */
  async invoke(spec: EnvironmentSpec, event: string, context: Omit<InvokeContextData, 'logStreamName' | 'timeoutMs'>): Promise<InvokeOutcome> {
    const logs: RealmLog[] = [];
    let env = this.#environments.find((e) => e.spec.key === spec.key && e.state === 'ready');
    const coldStart = !env;
    let init: InvokeOutcome['init'];
    if (!env) {
      env = this.#create(spec);
      init = await this.#init(env, context.startedAt, logs);
      if (init.error) {
        // A failed INIT leaves nothing to reuse: the next invocation initialises again.
        if (env.state !== 'dead') this.#kill(env);
        return { coldStart, logStreamName: env.logStreamName, init, durationMs: 0, result: { ok: false, error: init.error }, logs };
      }
    }
    env.state = 'busy';
    const invokedEnv = env;
    const started = this.#host.now();
    const startedAt = context.startedAt + (init?.durationMs ?? 0);
    const outcome = await new Promise<Omit<InvokeOutcome, 'coldStart' | 'logStreamName' | 'init' | 'logs'>>((resolve) => {
      const cancel = this.#host.setTimer(spec.timeoutMs, () => {
        this.#kill(invokedEnv);
        const seconds = (spec.timeoutMs / 1000).toFixed(2);
        resolve({
          durationMs: spec.timeoutMs,
          ended: 'timeout',
          result: { ok: false, error: { errorType: 'Sandbox.Timedout', errorMessage: `RequestId: ${context.awsRequestId} Error: Task timed out after ${seconds} seconds`, trace: [] } },
        });
      });
      invokedEnv.onExit = (reason) => {
        cancel();
        resolve({ durationMs: this.#host.now() - started, ended: 'exit', result: { ok: false, error: exitError(context.awsRequestId, reason) } });
      };
      invokedEnv.onMessage = (m) => {
        if (m.type === 'log') logs.push(m);
        else if (m.type === 'invoke-done' && m.requestId === context.awsRequestId) {
          cancel();
          resolve({ durationMs: m.durationMs, ...(m.cpuMs !== undefined ? { cpuMs: m.cpuMs } : {}), result: m.ok ? { ok: true, payload: m.payload ?? 'null' } : { ok: false, error: m.error! } });
        }
      };
      invokedEnv.realm.post({ type: 'invoke', event, context: { ...context, startedAt, logStreamName: invokedEnv.logStreamName, timeoutMs: spec.timeoutMs } });
    });
    if (invokedEnv.state === 'busy') {
      // Node's runtime exits after an unhandled rejection; the environment does not survive it.
      if (!outcome.result.ok && outcome.result.error.errorType === 'Runtime.UnhandledPromiseRejection') this.#kill(invokedEnv);
      else invokedEnv.state = 'ready';
    }
    // Between invocations nothing is listening: a late log line belongs to no request.
    invokedEnv.onMessage = undefined;
    invokedEnv.onExit = undefined;
    return { coldStart, logStreamName: invokedEnv.logStreamName, init, logs, ...outcome };
  }
}

/** The payload when the runtime process ends during a phase, as Lambda reports it. */
function exitError(requestId: string | null, reason: { code?: number; error?: string }): ErrorPayload {
  const prefix = requestId ? `RequestId: ${requestId} ` : '';
  if (reason.error && /out of memory|ERR_WORKER_OUT_OF_MEMORY/i.test(reason.error)) {
    return { errorType: 'Runtime.OutOfMemory', errorMessage: `${prefix}Error: Runtime exited with error: signal: killed`, trace: [] };
  }
  const status = reason.code ?? 1;
  return {
    errorType: 'Runtime.ExitError',
    errorMessage: status === 0 ? `${prefix}Error: Runtime exited without providing a reason` : `${prefix}Error: Runtime exited with error: exit status ${status}`,
    trace: [],
  };
}
