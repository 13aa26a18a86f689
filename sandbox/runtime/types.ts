import type { WireRequest, WireResponse } from '../api/http.ts';

/**
 * The contract between the engine and an execution environment's realm (a worker thread in Node, a
 * Web Worker in the browser). Everything crossing it is structured-clone data.
 */

/** The error payload Lambda returns for a function error (`errorType`, `errorMessage`, `trace`). */
export interface ErrorPayload {
  errorType: string;
  errorMessage: string;
  trace: string[];
}

export interface CompiledModule {
  /** Absolute path in the environment, e.g. /var/task/index.mjs. */
  path: string;
  format: 'cjs' | 'esm' | 'json';
  /** For cjs/esm: the body of the module function; for json: the text. */
  code: string;
  /** The transform's message when the file does not parse. */
  syntaxError?: string;
}

/** A function's package (and, later, its layers) ready to load: every JS/JSON module by path. */
export interface CompiledPackage {
  modules: Record<string, CompiledModule>;
  /** Every file path in the package (for resolution of directories and package.json). */
  files: string[];
  /** package.json contents by directory, parsed (for `main`, `exports`, `type`). */
  packageJson: Record<string, { main?: string; type?: string; exports?: unknown }>;
  /** Every file's bytes by absolute path (/var/task/…, /opt/…), for the function's own file system. */
  raw: Record<string, Uint8Array>;
}

export type LogLevel = 'INFO' | 'WARN' | 'ERROR' | 'DEBUG' | 'TRACE';

export interface InvokeContextData {
  awsRequestId: string;
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string;
  logGroupName: string;
  logStreamName: string;
  timeoutMs: number;
  /** Virtual epoch ms when the invocation started (the realm's log timestamps count from it). */
  startedAt: number;
  identity?: unknown;
  clientContext?: unknown;
  /** The invocation's X-Ray trace header, which the runtime puts in _X_AMZN_TRACE_ID. */
  traceId?: string;
}

export type ToRealm =
  | { type: 'init'; pkg: CompiledPackage; handler: string; runtime: string; env: Record<string, string>; startedAt: number; ephemeralStorageMb?: number }
  | { type: 'invoke'; event: string; context: InvokeContextData }
  /** The answer to an `aws-request` (an SDK call of the handler). */
  | { type: 'aws-response'; id: number; response: WireResponse };

export type FromRealm =
  | { type: 'ready' }
  | { type: 'log'; requestId: string | null; level: LogLevel; message: string; timestamp: number }
  | { type: 'init-done'; ok: boolean; error?: ErrorPayload; durationMs: number; cpuMs?: number }
  | { type: 'invoke-done'; requestId: string; ok: boolean; payload?: string; error?: ErrorPayload; durationMs: number; cpuMs?: number }
  /** An AWS SDK call of the handler, as the HTTP request the SDK would have sent (see ../api). */
  | { type: 'aws-request'; id: number; requestId: string | null; request: WireRequest }
  /** A Web Worker cannot be watched from outside, so it says it is leaving (process.exit). */
  | { type: 'exit'; code: number };

/** A realm as the engine sees it: post messages in, hear messages and death out. */
export interface RealmHandle {
  post(message: ToRealm): void;
  onMessage(listener: (message: FromRealm) => void): void;
  /** Fires once when the realm ends on its own (process.exit, crash, out of memory). */
  onExit(listener: (reason: { code?: number; error?: string }) => void): void;
  terminate(): void;
}

/** Where realms come from: one implementation per platform (worker_threads, Web Worker). */
export interface ExecutionHost {
  readonly name: string;
  /** A fresh, isolated realm; hosts keep a spare one warm, as Lambda keeps sandboxes ready. */
  createRealm(): RealmHandle;
  /** Real time for measurements (performance.now), an effect of the host. */
  now(): number;
  setTimer(ms: number, fn: () => void): () => void;
  dispose(): void;
}
