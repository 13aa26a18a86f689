/**
 * The realm entry in a worker thread: the runtime (realm.ts) with Node's own util, vm and built-ins
 * (all but fs, which is the function's own, in memory: see ../fs).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { format } from 'node:util';
import vm from 'node:vm';
import { startRealm } from '../realm.ts';
import { RUNTIME_SDK_BUNDLE } from '../aws-sdk/packages.ts';
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

const sdkPath = (workerData as { sdkPath: string }).sdkPath;

/**
 * The runtime's SDK bundle is 2 MB of JavaScript; compiling it in every new environment would be
 * most of an SDK cold start. V8's code cache, kept beside the bundle once a first environment has
 * loaded the clients it needed, lets later environments skip that work — as Lambda's own runtime
 * image ships precompiled. A rejected or missing cache only costs the compile.
 */
function evaluateRuntimeSdk(code: string): unknown {
  const cacheFile = `${sdkPath}.v8-${process.versions.v8}`;
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(code, { filename: RUNTIME_SDK_BUNDLE, ...(cachedData ? { cachedData } : {}) });
  const result = script.runInThisContext();
  if (!cachedData || script.cachedDataRejected) {
    // After the handler's imports have run, so the functions they compiled are in the cache too.
    setTimeout(() => {
      try {
        const tmp = `${cacheFile}.${process.pid}.${Date.now()}.tmp`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
      } catch {
        // A read-only cache folder only means no cache.
      }
    }, 0).unref();
  }
  return result;
}

const handle = startRealm({
  post: (message) => port.postMessage(message),
  builtin: (name) => (ALLOWED_BUILTINS.has(name) ? nodeRequire(`node:${name}`) : undefined),
  evaluate: (code, filename) => (filename === RUNTIME_SDK_BUNDLE ? evaluateRuntimeSdk(code) : vm.runInThisContext(code, { filename })),
  format,
  now: () => performance.now(),
  cpuTime,
  setEnv: (env) => {
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, env);
  },
  // The host built (or found) the runtime's SDK bundle; the realm reads it only when a handler needs it.
  runtimeSdk: () => readFileSync(sdkPath, 'utf8'),
  onUncaught: (listener) => {
    process.on('uncaughtException', (error) => listener(error, 'exception'));
    process.on('unhandledRejection', (reason) => listener(reason, 'rejection'));
  },
});

port.on('message', (message: ToRealm) => handle(message));
port.postMessage({ type: 'ready' });
