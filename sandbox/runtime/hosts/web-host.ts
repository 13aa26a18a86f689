/**
 * Execution environments as Web Workers (nested inside the engine's own worker). Like the Node host,
 * it keeps a spare realm booted so a cold start pays for INIT, not for starting a worker.
 */
import type { ExecutionHost, FromRealm, RealmHandle } from '../types.ts';

function spawn(): RealmHandle {
  const worker = new Worker(new URL('./web-realm.ts', import.meta.url), { type: 'module', name: 'lambda-execution-environment' });
  const messageListeners: Array<(m: FromRealm) => void> = [];
  const exitListeners: Array<(r: { code?: number; error?: string }) => void> = [];
  let ended = false;
  const end = (reason: { code?: number; error?: string }) => {
    if (ended) return;
    ended = true;
    worker.terminate();
    for (const l of exitListeners) l(reason);
  };
  worker.addEventListener('message', (event: MessageEvent<FromRealm>) => {
    if (event.data.type === 'exit') end({ code: event.data.code });
    else messageListeners.forEach((l) => l(event.data));
  });
  // A worker that fails to load or throws past every handler is gone for good.
  worker.addEventListener('error', (event) => end({ error: event.message || 'the execution environment failed to start' }));
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (l) => void messageListeners.push(l),
    onExit: (l) => void exitListeners.push(l),
    terminate: () => {
      ended = true;
      worker.terminate();
    },
  };
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
