/**
 * The realm entry in a worker thread: the runtime (realm.ts) with Node's own util, vm and built-ins
 * (all but fs, which is the function's own, in memory: see ../fs).
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { format } from 'node:util';
import vm from 'node:vm';
import { startRealm } from '../realm.ts';
import { ALLOWED_BUILTINS } from './builtins.ts';
import type { ToRealm } from '../types.ts';

const nodeRequire = createRequire(import.meta.url);
const port = parentPort!;

// Lambda starts the runtime in the task root; relative paths (fs, path.resolve) start there, not in
// the host's working directory. A worker thread cannot chdir, so cwd itself answers.
process.cwd = () => '/var/task';

/** The thread's own CPU clock (Node ≥ 23.9); without it the realm counts wall time as CPU time. */
const cpuTime = typeof process.threadCpuUsage === 'function'
  ? () => {
    const usage = process.threadCpuUsage();
    return (usage.user + usage.system) / 1000;
  }
  : undefined;

const handle = startRealm({
  post: (message) => port.postMessage(message),
  builtin: (name) => (ALLOWED_BUILTINS.has(name) ? nodeRequire(`node:${name}`) : undefined),
  evaluate: (code, filename) => vm.runInThisContext(code, { filename }),
  format,
  now: () => performance.now(),
  cpuTime,
  setEnv: (env) => {
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, env);
  },
  // The host built (or found) the runtime's SDK bundle; the realm reads it only when a handler needs it.
  runtimeSdk: () => readFileSync((workerData as { sdkPath: string }).sdkPath, 'utf8'),
  onUncaught: (listener) => {
    process.on('uncaughtException', (error) => listener(error, 'exception'));
    process.on('unhandledRejection', (reason) => listener(reason, 'rejection'));
  },
});

port.on('message', (message: ToRealm) => handle(message));
port.postMessage({ type: 'ready' });
