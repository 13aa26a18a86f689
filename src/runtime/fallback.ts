/**
 * A sandbox runtime that tries WebContainer first and falls back to the built-in runtime. boot()
 * never settles when its frame cannot load, so a watchdog bounds it: past the limit the attempt is
 * aborted (a late boot is torn down, never takes over), the built-in runtime starts, and `notice` says
 * why in plain words. Until `ready` settles every call waits for the runtime that will answer it.
 */
import { isComplete } from '../../sandbox/shell/complete.ts';
import { fallbackNotice, type FallbackReason } from './mode.ts';
import type { CheckReport, RuntimeMode, SandboxRuntime, WorkspaceFile } from './types.ts';

export interface FallbackOptions {
  /** Starts the preferred runtime; `signal` aborts when the watchdog fires. */
  start: (signal: AbortSignal) => Promise<SandboxRuntime>;
  /** The runtime that always works. */
  fallback: () => SandboxRuntime;
  /** The watchdog's limit for start() and the runtime's ready together. */
  timeoutMs: number;
  /** Timers are effects: tests hand in their own. */
  setTimer?: (ms: number, fn: () => void) => () => void;
}

const defaultTimer = (ms: number, fn: () => void) => {
  const t = setTimeout(fn, ms);
  return () => clearTimeout(t);
};

class TimedOut extends Error {}

export class FallbackRuntime implements SandboxRuntime {
  readonly ready: Promise<void>;
  #current: SandboxRuntime | undefined;
  #mode: RuntimeMode = 'webcontainer';
  #notice: string | undefined;
  readonly #controller = new AbortController();
  readonly #listeners = new Set<(paths: string[]) => void>();

  constructor(options: FallbackOptions) {
    this.ready = this.#start(options);
  }

  get mode(): RuntimeMode {
    return this.#mode;
  }

  get notice(): string | undefined {
    return this.#notice;
  }

  async #start(options: FallbackOptions): Promise<void> {
    const signal = this.#controller.signal;
    const seconds = `${Math.round(options.timeoutMs / 100) / 10} s`;
    let cancel = () => {};
    const watchdog = new Promise<never>((_, reject) => {
      cancel = (options.setTimer ?? defaultTimer)(options.timeoutMs, () => reject(new TimedOut()));
    });
    try {
      const runtime = await Promise.race([options.start(signal).then(async (r) => (await r.ready, r)), watchdog]);
      cancel();
      this.#use(runtime);
      return;
    } catch (error) {
      cancel();
      const reason: FallbackReason = error instanceof TimedOut ? 'timed-out' : 'failed';
      this.#controller.abort(new Error(`WebContainer ${reason === 'timed-out' ? `did not start within ${seconds}` : 'failed'}`));
      this.#notice = fallbackNotice(reason, reason === 'timed-out' ? seconds : error instanceof Error ? error.message : String(error));
    }
    this.#mode = 'builtin';
    const builtin = options.fallback();
    this.#use(builtin);
    await builtin.ready;
  }

  #use(runtime: SandboxRuntime): void {
    this.#current = runtime;
    runtime.onFilesChanged((paths) => this.#listeners.forEach((l) => l(paths)));
  }

  async #runtime(): Promise<SandboxRuntime> {
    await this.ready;
    return this.#current!;
  }

  listFiles = async (): Promise<WorkspaceFile[]> => (await this.#runtime()).listFiles();
  readFile = async (path: string): Promise<string> => (await this.#runtime()).readFile(path);
  writeFile = async (path: string, text: string): Promise<void> => (await this.#runtime()).writeFile(path, text);
  deleteFile = async (path: string): Promise<void> => (await this.#runtime()).deleteFile(path);
  prompt = async (): Promise<string> => (await this.#runtime()).prompt();
  run = async (line: string, write: (chunk: string) => void): Promise<number> => (await this.#runtime()).run(line, write);
  check = async (): Promise<CheckReport> => (await this.#runtime()).check();

  isComplete(text: string): boolean {
    // Both runtimes take the sandbox shell's idea of a whole line (jsh quotes and continues lines as POSIX shells do).
    return this.#current ? this.#current.isComplete(text) : isComplete(text);
  }

  onFilesChanged(listener: (paths: string[]) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  dispose(): void {
    this.#controller.abort(new Error('disposed'));
    this.#current?.dispose();
  }
}
