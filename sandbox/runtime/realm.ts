/**
 * What runs inside an execution environment's realm: the Node.js runtime's behaviour, after AWS's
 * runtime interface client (aws-lambda-nodejs-runtime-interface-client): handler resolution, INIT,
 * the console writing log lines, invoke with async or callback handlers, and the error payloads.
 * The platform (worker thread or Web Worker) supplies a small adapter; besides it, this file touches
 * only process.getBuiltinModule, which must answer with the function's own fs as `require` does.
 */
import { createFunctionFileSystem, type FunctionFileSystem } from './fs/index.ts';
import type { BufferClass } from './fs/node-fs.ts';
import { createModuleSystem, type ModuleSystem } from './loader/module-system.ts';
import type { ErrorPayload, FromRealm, InvokeContextData, LogLevel, ToRealm } from './types.ts';
import type { WireRequest, WireResponse } from '../api/http.ts';

export interface RealmAdapter {
  post(message: FromRealm): void;
  builtin(name: string): unknown;
  evaluate(code: string, filename: string): unknown;
  /** util.format of the platform, so console output reads as Node prints it. */
  format(...args: unknown[]): string;
  /** performance.now(); the only clock the realm reads. */
  now(): number;
  /**
   * CPU time this realm's thread has used, in ms (process.threadCpuUsage in a worker thread). Absent
   * where the platform has no CPU clock (a Web Worker): CPU time is then taken to be wall time.
   */
  cpuTime?(): number;
  /** Replaces the realm's process.env with the function's environment. */
  setEnv(env: Record<string, string>): void;
  /** Calls back on an uncaught exception or unhandled rejection in learner code. */
  onUncaught(listener: (error: unknown, kind: 'exception' | 'rejection') => void): void;
  /** The runtime's AWS SDK bundle (see aws-sdk/), read when a handler first imports the SDK. */
  runtimeSdk?(): string;
}

/** Where the runtime's SDK (aws-sdk/http-handler.cjs) finds the way to the engine. */
const AWS_TRANSPORT = Symbol.for('lambda-lab.aws-transport');

class RuntimeError extends Error {
  constructor(name: string, message: string, stack?: string) {
    super(message);
    this.name = name;
    this.stack = stack ?? `${name}: ${message}`;
  }
}

/** Stack frames of the learner's code only; the sandbox's own frames are not the learner's business. */
function traceOf(error: Error): string[] {
  const lines = String(error.stack ?? `${error.name}: ${error.message}`).split('\n');
  const head = lines.filter((l) => !/^\s+at /.test(l));
  const frames = lines
    .filter((l) => /^\s+at /.test(l) && /(\/var\/task\/|\/opt\/)/.test(l))
    // A Web Worker realm evaluates modules with eval; V8 then names top-level frames `eval (…)`. Node does not.
    .map((l) => l.replace(/^(\s+at )eval \((.*)\)$/, '$1$2'));
  return [...head, ...frames];
}

/** The payload Lambda returns for an error: a non-Error gives its typeof and an empty trace. */
export function errorPayload(error: unknown): ErrorPayload {
  if (error instanceof Error || (error && typeof error === 'object' && 'message' in error && 'name' in error)) {
    const e = error as Error;
    return { errorType: e.name || 'Error', errorMessage: e.message ?? '', trace: traceOf(e) };
  }
  return { errorType: typeof error, errorMessage: String(error), trace: [] };
}

const FUNCTION_EXPR = /^([^.]*)\.(.*)$/;

/**
 * Wall time and CPU time of one phase (INIT or an invocation), started now. The engine bills
 * (wall − cpu) + cpu × max(1, 1769 / memoryMb): CPU is allocated in proportion to memory, so CPU-bound
 * work stretches on a small function while waiting does not. One thread cannot use more CPU than wall
 * time; clock granularity can say otherwise, so CPU time is clamped to [0, wall].
 */
export function phaseTimer(now: () => number, cpuTime?: () => number): () => { durationMs: number; cpuMs: number } {
  const wallStart = now();
  const cpuStart = cpuTime?.();
  return () => {
    const durationMs = now() - wallStart;
    const cpuMs = cpuStart === undefined ? durationMs : Math.min(durationMs, Math.max(0, cpuTime!() - cpuStart));
    return { durationMs, cpuMs };
  };
}

/** The init message's optional /tmp size (the engine may not send it yet); Lambda's default otherwise. */
function ephemeralStorageOf(message: ToRealm): number | undefined {
  const mb = (message as { ephemeralStorageMb?: unknown }).ephemeralStorageMb;
  return typeof mb === 'number' && Number.isFinite(mb) && mb > 0 ? mb : undefined;
}

export function startRealm(adapter: RealmAdapter): (message: ToRealm) => void {
  let modules: ModuleSystem | undefined;
  let fileSystem: FunctionFileSystem | undefined;
  let handler: ((...args: unknown[]) => unknown) | undefined;
  let runtime = 'nodejs24.x';
  let currentRequest: string | null = null;
  let phaseStartPerf = 0;
  let phaseStartVirtual = 0;
  let settle: ((outcome: { ok: boolean; payload?: string; error?: ErrorPayload }) => void) | undefined;

  const stamp = () => phaseStartVirtual + (adapter.now() - phaseStartPerf);

  /** Built-ins: the function's own `fs` and `fs/promises` (never the host's), `process`, then the platform's. */
  const builtin = (name: string): unknown => {
    if (fileSystem && Object.hasOwn(fileSystem.modules, name)) return fileSystem.modules[name as keyof FunctionFileSystem['modules']];
    if (name === 'process') return (globalThis as { process?: unknown }).process;
    return adapter.builtin(name);
  };

  // The SDK's requests travel to the engine as messages; each waits for its answer by id.
  const pendingAws = new Map<number, (response: WireResponse) => void>();
  let nextAwsId = 1;
  (globalThis as Record<symbol, unknown>)[AWS_TRANSPORT] = (request: WireRequest) =>
    new Promise<WireResponse>((resolve) => {
      const id = nextAwsId++;
      pendingAws.set(id, resolve);
      adapter.post({ type: 'aws-request', id, requestId: currentRequest, request });
    });
  let sdkSource: string | undefined;
  const runtimeSdk = adapter.runtimeSdk && (() => (sdkSource ??= adapter.runtimeSdk!()));
  // process.getBuiltinModule('fs') must not hand out the host's fs either.
  const proc = (globalThis as unknown as { process?: Record<string, unknown> }).process;
  if (proc) {
    proc.getBuiltinModule = (id: unknown) => {
      if (typeof id !== 'string') throw new TypeError(`The "id" argument must be of type string. Received ${typeof id}`);
      return builtin(id.startsWith('node:') ? id.slice(5) : id);
    };
  }
  const log = (level: LogLevel) => (...args: unknown[]) =>
    adapter.post({ type: 'log', requestId: currentRequest, level, message: adapter.format(...args), timestamp: stamp() });
  const patched: Record<string, LogLevel> = { log: 'INFO', info: 'INFO', warn: 'WARN', error: 'ERROR', debug: 'DEBUG', trace: 'TRACE' };
  for (const [method, level] of Object.entries(patched)) (console as unknown as Record<string, unknown>)[method] = log(level);

  // After a handler settles, a late error belongs to no invocation; during one, it fails it as the runtime does.
  adapter.onUncaught((error, kind) => {
    if (kind === 'rejection') {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const e = new RuntimeError('Runtime.UnhandledPromiseRejection', reason, `Runtime.UnhandledPromiseRejection: ${reason}`);
      log('ERROR')('Unhandled Promise Rejection', `\t${JSON.stringify(errorPayload(e))}`);
      settle?.({ ok: false, error: errorPayload(e) });
    } else {
      log('ERROR')('Uncaught Exception', `\t${JSON.stringify(errorPayload(error))}`);
      settle?.({ ok: false, error: errorPayload(error) });
    }
  });

  async function loadModule(lambdaStylePath: string): Promise<unknown> {
    const m = modules!;
    for (const candidate of [lambdaStylePath, `${lambdaStylePath}.js`, `${lambdaStylePath}.mjs`, `${lambdaStylePath}.cjs`]) {
      if (m.has(candidate)) return m.import(candidate);
    }
    const name = lambdaStylePath.replace(/^\/var\/task\//, '');
    throw new RuntimeError('Runtime.ImportModuleError', `Error: Cannot find module '${name}'\nRequire stack:\n- /var/runtime/index.mjs`);
  }

  async function loadHandler(fullHandler: string): Promise<(...args: unknown[]) => unknown> {
    if (fullHandler.includes('..')) {
      throw new RuntimeError('Runtime.MalformedHandlerName', `'${fullHandler}' is not a valid handler name. Use absolute paths when specifying root directories in handler names.`);
    }
    const handlerString = fullHandler.slice(fullHandler.lastIndexOf('/') + 1);
    const moduleRoot = fullHandler.slice(0, fullHandler.length - handlerString.length);
    const match = FUNCTION_EXPR.exec(handlerString);
    if (!match) throw new RuntimeError('Runtime.MalformedHandlerName', 'Bad handler');
    const [, moduleName, handlerPath] = match;
    let app: unknown;
    try {
      app = await loadModule(`/var/task/${moduleRoot}${moduleName}`.replace(/\/+/g, '/'));
    } catch (error) {
      const e = error as Error & { code?: string };
      if (e instanceof SyntaxError || e?.name === 'SyntaxError') {
        throw new RuntimeError('Runtime.UserCodeSyntaxError', `SyntaxError: ${e.message}`, `Runtime.UserCodeSyntaxError: SyntaxError: ${e.message}`);
      }
      if (e?.code === 'MODULE_NOT_FOUND' || e?.code === 'ERR_MODULE_NOT_FOUND') {
        const text = e.code === 'ERR_MODULE_NOT_FOUND' ? `Error [ERR_MODULE_NOT_FOUND]: ${e.message}` : `Error: ${e.message}`;
        throw new RuntimeError('Runtime.ImportModuleError', text, `Runtime.ImportModuleError: ${text}`);
      }
      throw error;
    }
    const fn = handlerPath!.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], app);
    if (!fn) throw new RuntimeError('Runtime.HandlerNotFound', `${fullHandler} is undefined or not exported`);
    if (typeof fn !== 'function') throw new RuntimeError('Runtime.HandlerNotFound', `${fullHandler} is not a function`);
    if (runtime === 'nodejs24.x' && fn.length >= 3) {
      throw new RuntimeError('Runtime.CallbackHandlerDeprecated',
        'ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node.js 24. You need to modify this function to use a supported handler signature to use Node.js 24 or later. For more information see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html.');
    }
    return fn as (...args: unknown[]) => unknown;
  }

  async function init(message: Extract<ToRealm, { type: 'init' }>) {
    const timer = phaseTimer(() => adapter.now(), adapter.cpuTime && (() => adapter.cpuTime!()));
    phaseStartPerf = adapter.now();
    phaseStartVirtual = message.startedAt;
    runtime = message.runtime;
    adapter.setEnv(message.env);
    fileSystem = createFunctionFileSystem({
      files: message.pkg.raw ?? {},
      ephemeralStorageMb: ephemeralStorageOf(message),
      clock: stamp,
      Buffer: (adapter.builtin('buffer') as { Buffer?: BufferClass } | undefined)?.Buffer,
    });
    modules = createModuleSystem({
      pkg: message.pkg,
      builtin,
      evaluate: adapter.evaluate,
      nodeMajor: Number(/nodejs(\d+)/.exec(runtime)?.[1] ?? 24),
      runtimeSdk,
    });
    try {
      handler = await loadHandler(message.handler);
      adapter.post({ type: 'init-done', ok: true, ...timer() });
    } catch (error) {
      const payload = errorPayload(error);
      // The runtime logs `Uncaught Exception \t{…}`: util.format joins its two arguments with a space.
      log('ERROR')('Uncaught Exception', `\t${JSON.stringify(payload)}`);
      adapter.post({ type: 'init-done', ok: false, error: payload, ...timer() });
    }
  }

  function contextObject(data: InvokeContextData, deadline: number) {
    return {
      callbackWaitsForEmptyEventLoop: true,
      functionName: data.functionName,
      functionVersion: data.functionVersion,
      invokedFunctionArn: data.invokedFunctionArn,
      memoryLimitInMB: data.memoryLimitInMB,
      awsRequestId: data.awsRequestId,
      logGroupName: data.logGroupName,
      logStreamName: data.logStreamName,
      identity: data.identity,
      clientContext: data.clientContext,
      getRemainingTimeInMillis: () => Math.max(0, Math.floor(deadline - adapter.now())),
    };
  }

  async function invoke(message: Extract<ToRealm, { type: 'invoke' }>) {
    const { context: data } = message;
    phaseStartPerf = adapter.now();
    phaseStartVirtual = data.startedAt;
    currentRequest = data.awsRequestId;
    // Lambda sets the trace header per invocation; the SDK sends it on, so loops through services are seen.
    // Through `proc`, not `globalThis.process.env`: bundlers define that expression as `{}`.
    const env = proc?.env as Record<string, string | undefined> | undefined;
    if (env) {
      if (data.traceId) env._X_AMZN_TRACE_ID = data.traceId;
      else delete env._X_AMZN_TRACE_ID;
    }
    const started = phaseStartPerf;
    const timer = phaseTimer(() => adapter.now(), adapter.cpuTime && (() => adapter.cpuTime!()));
    const outcome = await new Promise<{ ok: boolean; payload?: string; error?: ErrorPayload }>((resolve) => {
      let done = false;
      settle = (o) => {
        if (done) return;
        done = true;
        resolve(o);
      };
      const succeed = (value: unknown) => {
        try {
          settle!({ ok: true, payload: JSON.stringify(value === undefined ? null : value) });
        } catch {
          settle!({ ok: false, error: errorPayload(new RuntimeError('Runtime.JSONStringifyError', 'Unable to stringify response body')) });
        }
      };
      const fail = (error: unknown) => {
        const payload = errorPayload(error);
        log('ERROR')('Invoke Error', `\t${JSON.stringify(payload)}`);
        settle!({ ok: false, error: payload });
      };
      try {
        const event = JSON.parse(message.event);
        const context = contextObject(data, started + data.timeoutMs);
        const callback = (error: unknown, value: unknown) => (error !== undefined && error !== null ? fail(error) : succeed(value));
        const result = handler!(event, context, callback);
        if (result && typeof (result as Promise<unknown>).then === 'function') {
          (result as Promise<unknown>).then(succeed, fail);
        } else if (runtime === 'nodejs24.x') {
          // The Node.js 24 runtime awaits whatever the handler returns.
          succeed(result);
        } else if (handler!.length < 3) {
          // Older runtimes ignore a plain return value: without a callback the response is null.
          succeed(null);
        }
      } catch (error) {
        fail(error);
      }
    });
    settle = undefined;
    adapter.post({ type: 'invoke-done', requestId: data.awsRequestId, ...outcome, ...timer() });
    currentRequest = null;
  }

  return (message: ToRealm) => {
    if (message.type === 'init') void init(message);
    else if (message.type === 'invoke') void invoke(message);
    else if (message.type === 'aws-response') {
      pendingAws.get(message.id)?.(message.response);
      pendingAws.delete(message.id);
    }
  };
}
