/**
 * The `process` global a Node.js handler expects, inside a Web Worker realm, and Node's other timer
 * globals (setImmediate, and setTimeout/setInterval returning Timeout objects). Imported before
 * anything else in the realm, because some modules (util among them) read process.env as they load.
 *
 * The object is the npm `process` shim's own, filled in with Lambda's values: readable-stream (the
 * realm's `stream`) imports that shim for nextTick, and must see the same process the handler sees.
 */
import shim from 'process/';
import * as timers from './web-builtins/timers.ts';

const g = globalThis as unknown as { process?: unknown; global?: unknown; postMessage: (m: unknown) => void; close: () => void };

// Node's timer globals: Timeout objects with ref/unref/refresh, and setImmediate, which browsers lack.
Object.assign(globalThis, {
  setTimeout: timers.setTimeout,
  clearTimeout: timers.clearTimeout,
  setInterval: timers.setInterval,
  clearInterval: timers.clearInterval,
  setImmediate: timers.setImmediate,
  clearImmediate: timers.clearImmediate,
});
g.global ??= globalThis;

let warned = false;

/**
 * process.emitWarning as Node writes a warning to stderr, which Lambda logs as an ERROR line:
 * `(node:8) [DEP0169] DeprecationWarning: …`, with the hint on how to trace it after the first one.
 * Deprecations are silent under process.noDeprecation. Listeners of 'warning' are not called.
 */
function emitWarning(warning: string | Error, typeOrOptions?: string | { type?: string; code?: string; detail?: string }, code?: string): void {
  const options = typeof typeOrOptions === 'object' && typeOrOptions !== null ? typeOrOptions : { type: typeOrOptions, code };
  const name = warning instanceof Error ? warning.name : options.type ?? 'Warning';
  const message = warning instanceof Error ? warning.message : String(warning);
  const proc = g.process as { pid: number; noDeprecation?: boolean; nextTick(fn: () => void): void };
  if (name === 'DeprecationWarning' && proc.noDeprecation) return;
  let text = `(node:${proc.pid}) ${options.code ? `[${options.code}] ` : ''}${name}: ${message}`;
  if (options.detail) text += `\n${options.detail}`;
  if (!warned) text += `\n(Use \`node --trace-${name === 'DeprecationWarning' ? 'deprecation' : 'warnings'} ...\` to show where the warning was created)`;
  warned = true;
  proc.nextTick(() => console.error(text));
}

if (!g.process) {
  const started = performance.now();
  // The shim marks itself as a browser's; Node's process has no such members.
  delete (shim as { browser?: unknown }).browser;
  g.process = Object.assign(shim, {
    title: 'node',
    env: {} as Record<string, string>,
    version: 'v24.11.0',
    versions: { node: '24.11.0' },
    platform: 'linux',
    arch: 'x64',
    argv: ['/var/lang/bin/node', '/var/runtime/index.mjs'],
    pid: 8,
    cwd: () => '/var/task',
    uptime: () => (performance.now() - started) / 1000,
    nextTick: (fn: (...args: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => fn(...args)),
    hrtime: Object.assign(
      (prev?: [number, number]) => {
        const ns = Math.round(performance.now() * 1e6);
        const t: [number, number] = [Math.floor(ns / 1e9), ns % 1e9];
        return prev ? [t[0] - prev[0], t[1] - prev[1]] : t;
      },
      { bigint: () => BigInt(Math.round(performance.now() * 1e6)) },
    ),
    memoryUsage: () => ({ rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 }),
    on: () => g.process,
    once: () => g.process,
    off: () => g.process,
    emitWarning,
    // A Web Worker cannot be seen ending from outside, so the realm says so before it closes.
    exit: (code = 0) => {
      g.postMessage({ type: 'exit', code });
      g.close();
      throw new Error('process.exit');
    },
  });
}


