/**
 * The built-in runtime, page side: starts the engine worker and speaks protocol.ts to it. Works
 * offline in any modern browser, with no third-party service.
 */
import { isComplete } from '../../../sandbox/shell/complete.ts';
import type { CheckReport, ExerciseRef, SandboxRuntime, WorkspaceFile } from '../types.ts';
import type { ScenarioResult } from '../../../sandbox/conformance/types.ts';
import type { BenchmarkResult, EngineToPage, Method, Requests } from './protocol.ts';

export interface BuiltinRuntime extends SandboxRuntime {
  /** bench/ only: warm and cold invoke latencies measured in the engine worker, on a scratch cloud. */
  benchmark(options: { warm: number; cold: number }): Promise<BenchmarkResult>;
  /** The self-test page: runs the engine conformance suite in this browser; `onResult` hears each scenario as it finishes. */
  selfTest(onResult?: (result: ScenarioResult) => void): Promise<ScenarioResult[]>;
}

export function createBuiltinRuntime(ref: ExerciseRef): BuiltinRuntime {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'lambda-lab-engine' });
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; output?: (chunk: string) => void }>();
  const fileListeners = new Set<(paths: string[]) => void>();

  worker.addEventListener('message', (event: MessageEvent<EngineToPage>) => {
    const m = event.data;
    if ('event' in m) {
      if (m.event === 'output') pending.get(m.id)?.output?.(m.chunk);
      else if (m.event === 'files-changed') fileListeners.forEach((l) => l(m.paths));
      return;
    }
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if ('error' in m) p.reject(new Error(m.error));
    else p.resolve(m.result);
  });

  function request<M extends Method>(method: M, params: Requests[M]['params'], output?: (chunk: string) => void): Promise<Requests[M]['result']> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, output });
      worker.postMessage({ id, method, params });
    });
  }

  let failure: Error | undefined;
  worker.addEventListener('error', (event) => {
    failure = new Error(event.message || 'The sandbox engine could not start.');
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  });

  const ready = request('init', ref).then(() => undefined);

  return {
    mode: 'builtin',
    ready,
    listFiles: (): Promise<WorkspaceFile[]> => request('listFiles', null),
    readFile: (path) => request('readFile', { path }),
    writeFile: (path, text) => request('writeFile', { path, text }).then(() => undefined),
    deleteFile: (path) => request('deleteFile', { path }).then(() => undefined),
    onFilesChanged(listener) {
      fileListeners.add(listener);
      return () => fileListeners.delete(listener);
    },
    prompt: () => request('prompt', null),
    isComplete,
    run: (line, write) => request('run', { line }, (chunk) => write(chunk.replace(/\r?\n/g, '\r\n'))),
    check: (): Promise<CheckReport> => request('check', null),
    benchmark: (options) => request('benchmark', options),
    selfTest: (onResult) => request('selfTest', null, (chunk) => onResult?.(JSON.parse(chunk) as ScenarioResult)),
    dispose: () => worker.terminate(),
  };
}
