/**
 * Debounced saving of editor buffers into the runtime's workspace. Typing schedules a save ~300 ms
 * later; `flush()` writes everything pending at once and waits for writes in flight — the terminal and
 * the Check button call it first, so the engine always sees what the learner typed.
 */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; path: string; message: string };

type Write = (path: string, text: string) => Promise<void>;

export class WorkspaceSaves {
  readonly #write: Write;
  readonly #delayMs: number;
  /** Text typed but not yet handed to the runtime, by path. */
  readonly #pending = new Map<string, { text: string; timer: ReturnType<typeof setTimeout> }>();
  /** The last write of each path still in flight; writes of one path are chained so they land in order. */
  readonly #inFlight = new Map<string, Promise<void>>();
  readonly #listeners = new Set<(state: SaveState) => void>();
  #error: { path: string; message: string } | undefined;

  constructor(write: Write, delayMs = 300) {
    this.#write = write;
    this.#delayMs = delayMs;
  }

  /** Records the latest text of `path`; it is written after the debounce delay unless more typing follows. */
  schedule(path: string, text: string): void {
    clearTimeout(this.#pending.get(path)?.timer);
    const timer = setTimeout(() => void this.#save(path), this.#delayMs);
    this.#pending.set(path, { text, timer });
    this.#emit();
  }

  /** True while `path` has typing the runtime has not stored yet; its buffer must not be reloaded then. */
  isDirty(path: string): boolean {
    return this.#pending.has(path) || this.#inFlight.has(path);
  }

  /** Writes every pending buffer now and resolves when all writes have settled. Never rejects: a failed save shows in the state. */
  async flush(): Promise<void> {
    for (const path of [...this.#pending.keys()]) void this.#save(path);
    await Promise.allSettled([...this.#inFlight.values()]);
  }

  /** Drops what is pending for `path` (the file was deleted). */
  forget(path: string): void {
    clearTimeout(this.#pending.get(path)?.timer);
    this.#pending.delete(path);
    this.#emit();
  }

  state(): SaveState {
    if (this.#error) return { kind: 'error', ...this.#error };
    if (this.#inFlight.size > 0) return { kind: 'saving' };
    if (this.#pending.size > 0) return { kind: 'pending' };
    return { kind: 'saved' };
  }

  onChange(listener: (state: SaveState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #save(path: string): Promise<void> {
    const pending = this.#pending.get(path);
    if (!pending) return this.#inFlight.get(path) ?? Promise.resolve();
    clearTimeout(pending.timer);
    this.#pending.delete(path);
    const previous = this.#inFlight.get(path) ?? Promise.resolve();
    const write: Promise<void> = previous
      .catch(() => {})
      .then(() => this.#write(path, pending.text))
      .then(
        () => {
          if (this.#error?.path === path) this.#error = undefined;
        },
        (error: unknown) => {
          this.#error = { path, message: messageOf(error) };
        },
      )
      .finally(() => {
        if (this.#inFlight.get(path) === write) this.#inFlight.delete(path);
        this.#emit();
      });
    this.#inFlight.set(path, write);
    this.#emit();
    return write;
  }

  #emit(): void {
    const state = this.state();
    for (const listener of this.#listeners) listener(state);
  }
}

/** A runtime error's message, whatever was thrown (runtimes reject with data, not stacks). */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
