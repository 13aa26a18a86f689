/**
 * Execution environments as worker threads. A spare realm is spawned ahead of need, as Lambda keeps
 * sandboxes ready, so a cold start pays for INIT and not for booting a thread.
 */
import { Worker } from 'node:worker_threads';
import type { ExecutionHost, FromRealm, RealmHandle } from '../types.ts';
import { wireRealm } from './realm-handle.ts';
import { runtimeSdkPath } from '../aws-sdk/bundle.ts';

const REALM_URL = new URL('./node-realm.ts', import.meta.url);

function spawn(): RealmHandle {
  // A handler that allocates without end must end its own realm, not the engine: V8 stops the worker
  // with ERR_WORKER_OUT_OF_MEMORY, which the executor reports as Runtime.OutOfMemory. The cap is fixed
  // (and generous next to the 128–512 MB functions of the lessons) because spare realms are spawned
  // before anyone knows which function, and so which memory size, they will hold.
  const worker = new Worker(REALM_URL, { resourceLimits: { maxOldGenerationSizeMb: 512 }, workerData: { sdkPath: runtimeSdkPath() } });
  worker.unref();
  const realm = wireRealm((message) => worker.postMessage(message), () => void worker.terminate());
  worker.on('message', (m: FromRealm) => realm.message(m));
  worker.on('error', (e) => realm.end({ error: e instanceof Error ? e.message : String(e) }));
  worker.on('exit', (code) => realm.end({ code }));
  return realm.handle;
}

export class NodeHost implements ExecutionHost {
  readonly name = 'worker_threads';
  #spare: RealmHandle | undefined;
  #timers = new Set<ReturnType<typeof setTimeout>>();
  #live = new Set<RealmHandle>();

  constructor(options: { spare?: boolean } = {}) {
    if (options.spare !== false) this.#spare = spawn();
  }

  createRealm(): RealmHandle {
    const realm = this.#spare ?? spawn();
    this.#spare = spawn();
    this.#live.add(realm);
    realm.onExit(() => this.#live.delete(realm));
    return {
      ...realm,
      terminate: () => {
        this.#live.delete(realm);
        realm.terminate();
      },
    };
  }

  now(): number {
    return performance.now();
  }

  setTimer(ms: number, fn: () => void): () => void {
    const t = setTimeout(() => {
      this.#timers.delete(t);
      fn();
    }, ms);
    this.#timers.add(t);
    return () => {
      clearTimeout(t);
      this.#timers.delete(t);
    };
  }

  dispose(): void {
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
    this.#spare?.terminate();
    this.#spare = undefined;
    for (const r of this.#live) r.terminate();
    this.#live.clear();
  }
}
