/**
 * The `process` global a Node.js handler expects, inside a Web Worker realm. Imported before
 * anything else in the realm, because some modules (util among them) read process.env as they load.
 */
const g = globalThis as unknown as { process?: unknown; postMessage: (m: unknown) => void; close: () => void };

if (!g.process) {
  const started = performance.now();
  g.process = {
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
    emitWarning: () => {},
    // A Web Worker cannot be seen ending from outside, so the realm says so before it closes.
    exit: (code = 0) => {
      g.postMessage({ type: 'exit', code });
      g.close();
      throw new Error('process.exit');
    },
  };
}

export {};
