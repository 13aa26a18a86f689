/**
 * Node's `crypto` in a Web Worker, for what handlers and the AWS SDK use: hashes and HMACs (over
 * @noble/hashes, MIT, audited; synchronous as Node's are, which WebCrypto's digest is not), random
 * bytes, integers and UUIDs, timingSafeEqual, and the worker's own WebCrypto as `webcrypto`/`subtle`.
 * Ciphers, signatures, key objects, pbkdf2/scrypt and Diffie-Hellman are not here: use `subtle`.
 */
import { Buffer } from 'buffer/';
import { hmac } from '@noble/hashes/hmac.js';
import { md5, ripemd160, sha1 } from '@noble/hashes/legacy.js';
import { sha224, sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { encode, invalidArgType, nodeError, toBytes, type Bytes } from './bytes.ts';

/** What createHash needs of a noble hash (each has its own class, so the common shape is stated here). */
type NobleHash = Parameters<typeof hmac.create>[0];
type Digest = { update(data: Bytes): unknown; digest(): Bytes; clone(): Digest };

/** The digests, under the names OpenSSL (and so Node) accepts for them. */
const ALGORITHMS: Record<string, NobleHash> = {};
const NAMES: Array<[NobleHash, string[]]> = [
  [md5, ['md5', 'rsa-md5']],
  [sha1, ['sha1', 'sha-1', 'rsa-sha1']],
  [sha224, ['sha224', 'sha-224', 'sha2-224', 'rsa-sha224']],
  [sha256, ['sha256', 'sha-256', 'sha2-256', 'rsa-sha256']],
  [sha384, ['sha384', 'sha-384', 'sha2-384', 'rsa-sha384']],
  [sha512, ['sha512', 'sha-512', 'sha2-512', 'rsa-sha512']],
  [ripemd160, ['ripemd160', 'ripemd-160', 'rmd160', 'ripemd']],
];
for (const [fn, names] of NAMES) for (const name of names) ALGORITHMS[name] = fn;

const algorithm = (name: unknown): NobleHash | undefined => (typeof name === 'string' ? ALGORITHMS[name.toLowerCase()] : undefined);

const finalized = () => nodeError(new Error('Digest already called'), 'ERR_CRYPTO_HASH_FINALIZED');

/** What createHash and createHmac return: update() chains, digest() once, as in Node. */
class Hash {
  static {
    Object.defineProperty(this, 'name', { value: 'Hash' }); // kept through minification, as Node names it
  }

  #state: Digest | undefined;

  constructor(state: Digest) {
    this.#state = state;
  }

  update(data: unknown, inputEncoding?: string): this {
    if (!this.#state) throw finalized();
    this.#state.update(toBytes(data, inputEncoding));
    return this;
  }

  digest(outputEncoding?: string): Buffer | string {
    if (!this.#state) throw finalized();
    const bytes = this.#state.digest();
    this.#state = undefined;
    return encode(bytes, outputEncoding);
  }

  /** A Hash with this one's state so far (Node has it on Hash, not on Hmac). */
  copy(): Hash {
    if (!this.#state) throw finalized();
    return new Hash(this.#state.clone());
  }
}

class Hmac extends Hash {
  static {
    Object.defineProperty(this, 'name', { value: 'Hmac' }); // kept through minification, as Node names it
  }

  override copy(): never {
    throw new TypeError('hmac.copy is not a function');
  }
}

export function createHash(name: string): Hash {
  const fn = algorithm(name);
  if (!fn) throw new Error('Digest method not supported');
  return new Hash(fn.create() as unknown as Digest);
}

export function createHmac(name: string, key: unknown): Hmac {
  const fn = algorithm(name);
  if (!fn) throw nodeError(new TypeError(`Invalid digest: ${name}`), 'ERR_CRYPTO_INVALID_DIGEST');
  return new Hmac(hmac.create(fn, toBytes(key, 'utf8', 'key')) as unknown as Digest);
}

/** crypto.hash(algorithm, data, outputEncoding = 'hex'), Node's one-shot digest. */
export function hash(name: string, data: unknown, outputEncoding: string = 'hex'): Buffer | string {
  return createHash(name).update(data).digest(outputEncoding);
}

export const getHashes = (): string[] => Object.keys(ALGORITHMS).sort();

export const webcrypto = globalThis.crypto;
export const subtle = globalThis.crypto.subtle;

/** getRandomValues fills at most 65,536 bytes a call. */
function fill(bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; at += 65536) webcrypto.getRandomValues(bytes.subarray(at, Math.min(at + 65536, bytes.length)));
}

export const getRandomValues = <T extends ArrayBufferView>(array: T): T => webcrypto.getRandomValues(array as ArrayBufferView<ArrayBuffer>) as T;
export const randomUUID = (): string => webcrypto.randomUUID();

function checkSize(size: unknown, name = 'size'): number {
  if (typeof size !== 'number') throw invalidArgType(name, 'of type number', size);
  if (!Number.isInteger(size) || size < 0 || size > 2 ** 31 - 1) {
    throw nodeError(new RangeError(`The value of "${name}" is out of range. It must be >= 0 && <= 2147483647. Received ${size}`), 'ERR_OUT_OF_RANGE');
  }
  return size;
}

/** Calls back on a later tick, as Node's asynchronous forms do. */
const later = (callback: (...args: unknown[]) => void, run: () => unknown) =>
  queueMicrotask(() => {
    let result: unknown;
    try {
      result = run();
    } catch (error) {
      callback(error);
      return;
    }
    callback(null, result);
  });

export function randomBytes(size: number, callback?: (error: Error | null, bytes?: Buffer) => void): Buffer | undefined {
  checkSize(size);
  const make = () => {
    const bytes = Buffer.alloc(size);
    fill(bytes);
    return bytes;
  };
  if (callback === undefined) return make();
  if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
  later(callback as (...args: unknown[]) => void, make);
  return undefined;
}

export function randomFillSync<T extends ArrayBufferView | ArrayBuffer>(buffer: T, offset = 0, size?: number): T {
  const bytes = toBytes(buffer, undefined, 'buf');
  checkSize(offset, 'offset');
  const length = size === undefined ? bytes.length - offset : checkSize(size);
  if (offset + length > bytes.length) {
    throw nodeError(new RangeError(`The value of "size + offset" is out of range. It must be <= ${bytes.length}. Received ${offset + length}`), 'ERR_OUT_OF_RANGE');
  }
  fill(bytes.subarray(offset, offset + length));
  return buffer;
}

export function randomFill(buffer: ArrayBufferView | ArrayBuffer, ...rest: unknown[]): void {
  const callback = rest.pop() as (...args: unknown[]) => void;
  if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
  later(callback, () => randomFillSync(buffer, ...(rest as [number?, number?])));
}

/** A uniform integer in [min, max), by rejection sampling over 48 random bits, as Node does. */
export function randomInt(min: number, max?: number | ((...args: unknown[]) => void), callback?: (...args: unknown[]) => void): number | undefined {
  if (typeof max === 'function' || max === undefined) {
    callback = max as typeof callback;
    max = min;
    min = 0;
  }
  if (!Number.isSafeInteger(min)) throw invalidArgType('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw invalidArgType('max', 'a safe integer', max);
  if (max <= min) {
    throw nodeError(new RangeError(`The value of "max" is out of range. It must be greater than the value of "min" (${min}). Received ${max}`), 'ERR_OUT_OF_RANGE');
  }
  const range = max - min;
  if (range > 2 ** 48) {
    throw nodeError(new RangeError(`The value of "max - min" is out of range. It must be <= 281474976710655. Received ${range}`), 'ERR_OUT_OF_RANGE');
  }
  const limit = 2 ** 48 - (2 ** 48 % range);
  const draw = (): number => {
    const bytes = new Uint8Array(6);
    for (;;) {
      webcrypto.getRandomValues(bytes);
      const n = bytes.reduce((acc, b) => acc * 256 + b, 0);
      if (n < limit) return min + (n % range);
    }
  };
  if (callback === undefined) return draw();
  later(callback, draw);
  return undefined;
}

export function timingSafeEqual(a: unknown, b: unknown): boolean {
  const x = toBytes(a, undefined, 'buf1');
  const y = toBytes(b, undefined, 'buf2');
  if (typeof a === 'string') throw invalidArgType('buf1', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView', a);
  if (typeof b === 'string') throw invalidArgType('buf2', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView', b);
  if (x.length !== y.length) throw nodeError(new RangeError('Input buffers must have the same byte length'), 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH');
  let difference = 0;
  for (let i = 0; i < x.length; i++) difference |= x[i]! ^ y[i]!;
  return difference === 0;
}

export default {
  createHash, createHmac, hash, getHashes, webcrypto, subtle, getRandomValues, randomUUID,
  randomBytes, randomFillSync, randomFill, randomInt, timingSafeEqual,
};
