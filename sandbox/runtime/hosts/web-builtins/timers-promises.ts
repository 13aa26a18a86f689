/** Node's `timers/promises` in a Web Worker, over the realm's timers (./timers.ts). */
import { clearImmediate, clearInterval, clearTimeout, setImmediate as immediate, setInterval as interval, setTimeout as timeout } from './timers.ts';

type Options = { signal?: AbortSignal; ref?: boolean };

/** What Node rejects with when the signal aborts. */
function abortError(signal: AbortSignal): Error {
  const error = new Error('The operation was aborted', { cause: signal.reason }) as Error & { code: string };
  error.name = 'AbortError';
  error.code = 'ABORT_ERR';
  return error;
}

function settleLater<T>(start: (done: () => void) => () => void, value: T, options: Options = {}): Promise<T> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      cancel();
      reject(abortError(signal!));
    };
    const cancel = start(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function setTimeout<T = void>(delay?: number, value?: T, options?: Options): Promise<T> {
  return settleLater((done) => {
    const t = timeout(done, delay);
    if (options?.ref === false) t.unref();
    return () => clearTimeout(t);
  }, value as T, options);
}

export function setImmediate<T = void>(value?: T, options?: Options): Promise<T> {
  return settleLater((done) => {
    const i = immediate(done);
    return () => clearImmediate(i);
  }, value as T, options);
}

/** An async iterator that yields `value` every `delay` ms, as Node's does. */
export async function* setInterval<T = void>(delay?: number, value?: T, options: Options = {}): AsyncGenerator<T> {
  const { signal } = options;
  if (signal?.aborted) throw abortError(signal);
  let pending = 0;
  let wake: (() => void) | undefined;
  const t = interval(() => {
    pending++;
    wake?.();
  }, delay);
  const onAbort = () => wake?.();
  signal?.addEventListener('abort', onAbort);
  try {
    while (true) {
      if (pending === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      if (signal?.aborted) throw abortError(signal);
      for (; pending > 0; pending--) yield value as T;
    }
  } finally {
    clearInterval(t);
    signal?.removeEventListener('abort', onAbort);
  }
}

export const scheduler = {
  wait: (delay: number, options?: Options) => setTimeout(delay, undefined, options),
  yield: () => setImmediate(),
};

export default { setTimeout, setImmediate, setInterval, scheduler };
