/**
 * Execution environments as Web Workers (nested inside the engine's own worker). Like the Node host,
 * it keeps a spare realm booted so a cold start pays for INIT, not for starting a worker.
 */
import type { ExecutionHost, FromRealm, RealmHandle } from '../types.ts';
import { wireRealm } from './realm-handle.ts';

function spawn(): RealmHandle {
  const worker = new Worker(new URL('./web-realm.ts', import.meta.url), { type: 'module', name: 'lambda-execution-environment' });
  const realm = wireRealm((message) => worker.postMessage(message), () => worker.terminate());
  // A Web Worker cannot be seen ending from outside, so the realm says so (process.exit) before it closes.
  worker.addEventListener('message', (event: MessageEvent<FromRealm>) => {
    if (event.data.type === 'exit') realm.end({ code: event.data.code });
    else realm.message(event.data);
  });
  // A worker that fails to load or throws past every handler is gone for good.
  worker.addEventListener('error', (event) => realm.end({ error: event.message || 'the execution environment failed to start' }));
  return realm.handle;
}

export class WebHost implements ExecutionHost {
  readonly name = 'web-worker';
  #spare: RealmHandle | undefined;

  constructor(options: { spare?: boolean } = {}) {
    if (options.spare !== false) this.#spare = spawn();
  }

  createRealm(): RealmHandle {
    const realm = this.#spare ?? spawn();
    this.#spare = spawn();
    return realm;
  }

  now(): number {
    return performance.now();
  }

  setTimer(ms: number, fn: () => void): () => void {
    const t = setTimeout(fn, ms);
    return () => clearTimeout(t);
  }

  dispose(): void {
    this.#spare?.terminate();
    this.#spare = undefined;
  }
}
