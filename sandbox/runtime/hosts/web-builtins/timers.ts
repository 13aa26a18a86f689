/**
 * Node's `timers` in a Web Worker. Node's timer functions return Timeout and Immediate objects
 * (handlers call `.unref()` on them, and `clearTimeout` takes them back), not the browser's numbers,
 * so these wrap the worker's own timers in objects with Node's methods. web-process.ts installs them
 * as the realm's globals, as they are in Node. Nothing waits for the event loop to drain in a realm,
 * so ref/unref only keep the flag `hasRef()` reports.
 */
const native = {
  setTimeout: globalThis.setTimeout.bind(globalThis),
  clearTimeout: globalThis.clearTimeout.bind(globalThis),
  setInterval: globalThis.setInterval.bind(globalThis),
  clearInterval: globalThis.clearInterval.bind(globalThis),
};

type Callback = (...args: unknown[]) => void;

/** Live timers by their number, so clearTimeout(Number(timeout)) finds them as it does in Node. */
const byId = new Map<number, Timeout>();
let lastId = 0;

/** What Node's setTimeout and setInterval return. */
/**
 * ref/unref as Node's timer objects have them. A Web Worker has no event loop to keep alive, so the
 * flag is only remembered (hasRef tells it back), as handlers that call unref() expect.
 */
class Refable {
  #ref = true;

  ref(): this {
    this.#ref = true;
    return this;
  }

  unref(): this {
    this.#ref = false;
    return this;
  }

  hasRef(): boolean {
    return this.#ref;
  }
}

export class Timeout extends Refable {
  static {
    Object.defineProperty(this, 'name', { value: 'Timeout' }); // kept through minification, as Node names it
  }

  #id: ReturnType<typeof native.setTimeout> | undefined;
  readonly #number = ++lastId;
  readonly #callback: Callback;
  readonly #delay: number;
  readonly #args: unknown[];
  readonly #repeat: boolean;

  constructor(callback: Callback, delay: unknown, args: unknown[], repeat: boolean) {
    super();
    if (typeof callback !== 'function') throw invalidCallback(callback);
    this.#callback = callback;
    // Node: a delay that is not a number in 1…2^31-1 is 1 ms.
    const ms = Number(delay);
    this.#delay = ms >= 1 && ms <= 2 ** 31 - 1 ? ms : 1;
    this.#args = args;
    this.#repeat = repeat;
    this.#start();
  }

  #start(): void {
    byId.set(this.#number, this);
    const run = () => this.#callback.apply(this, this.#args);
    this.#id = this.#repeat ? native.setInterval(run, this.#delay) : native.setTimeout(() => {
      this.#id = undefined;
      byId.delete(this.#number);
      run();
    }, this.#delay);
  }

  /** Stops the timer (clearTimeout and clearInterval land here). */
  close(): this {
    if (this.#id !== undefined) (this.#repeat ? native.clearInterval : native.clearTimeout)(this.#id);
    this.#id = undefined;
    byId.delete(this.#number);
    return this;
  }

  /** Starts the timer again from now, with the same delay. */
  refresh(): this {
    this.close();
    this.#start();
    return this;
  }

  /** Node's timers turn into a number (a key for a Map, or for clearTimeout). */
  [Symbol.toPrimitive](): number {
    return this.#number;
  }
}

/** What Node's setImmediate returns. */
export class Immediate extends Refable {
  static {
    Object.defineProperty(this, 'name', { value: 'Immediate' }); // kept through minification, as Node names it
  }

  cancelled = false;
}

function invalidCallback(value: unknown): TypeError {
  const error = new TypeError(`The "callback" argument must be of type function. Received ${value === undefined ? 'undefined' : typeof value}`);
  (error as TypeError & { code: string }).code = 'ERR_INVALID_ARG_TYPE';
  return error;
}

function clear(timer: unknown): void {
  if (timer instanceof Timeout) timer.close();
  else if (typeof timer === 'number' || typeof timer === 'string') byId.get(Number(timer))?.close();
}

export function setTimeout(callback: Callback, delay?: unknown, ...args: unknown[]): Timeout {
  return new Timeout(callback, delay, args, false);
}

export function setInterval(callback: Callback, delay?: unknown, ...args: unknown[]): Timeout {
  return new Timeout(callback, delay, args, true);
}

export const clearTimeout = (timer?: unknown): void => clear(timer);
export const clearInterval = (timer?: unknown): void => clear(timer);

/**
 * setImmediate runs its callback in a later task, after the microtasks (promises, nextTick) of
 * this one, as Node runs immediates after the current operation. A MessageChannel gives such a
 * task without the browser's 4 ms clamp on nested timeouts; immediates set together run together,
 * in order, as Node's immediate queue does.
 */
const queue: Array<{ immediate: Immediate; callback: Callback; args: unknown[] }> = [];
let channel: MessageChannel | undefined;

function drain(): void {
  const due = queue.splice(0);
  for (const { immediate, callback, args } of due) if (!immediate.cancelled) callback.apply(immediate, args);
}

export function setImmediate(callback: Callback, ...args: unknown[]): Immediate {
  if (typeof callback !== 'function') throw invalidCallback(callback);
  const immediate = new Immediate();
  queue.push({ immediate, callback, args });
  if (queue.length === 1) {
    if (typeof MessageChannel === 'function') {
      if (!channel) {
        channel = new MessageChannel();
        channel.port1.onmessage = drain;
      }
      channel.port2.postMessage(null);
    } else {
      native.setTimeout(drain, 0);
    }
  }
  return immediate;
}

export function clearImmediate(immediate?: unknown): void {
  if (immediate instanceof Immediate) immediate.cancelled = true;
}

export default { setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate };
