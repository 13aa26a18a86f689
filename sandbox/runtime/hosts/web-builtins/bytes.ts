/**
 * Bytes in and out of the realm's built-ins the way Node takes and gives them: strings in an
 * encoding, any ArrayBufferView or ArrayBuffer in; a Buffer or an encoded string out. The browser
 * Buffer (npm `buffer`) has no 'base64url', which Node's has, so it is done here.
 */
import { Buffer } from 'buffer/';

export type Bytes = Uint8Array;

export function nodeError<E extends Error>(error: E, code: string): E & { code: string } {
  return Object.assign(error, { code });
}

/** Node's description of a value in ERR_INVALID_ARG_TYPE messages, for the common cases. */
export function received(value: unknown): string {
  if (value === null || value === undefined) return `Received ${value}`;
  if (typeof value === 'function') return `Received function ${value.name || '<anonymous>'}`;
  if (typeof value === 'object') {
    const name = (value as object).constructor?.name;
    return name ? `Received an instance of ${name}` : 'Received [Object: null prototype]';
  }
  const shown = typeof value === 'string' ? `'${value.length > 28 ? `${value.slice(0, 25)}...` : value}'` : String(value);
  return `Received type ${typeof value} (${shown})`;
}

export function invalidArgType(name: string, expected: string, value: unknown): TypeError {
  return nodeError(new TypeError(`The "${name}" argument must be ${expected}. ${received(value)}`), 'ERR_INVALID_ARG_TYPE');
}

/** The bytes of a string in a Node encoding (utf8 unless told), or of a buffer-like value. */
export function toBytes(data: unknown, encoding: string | undefined, name = 'data'): Bytes {
  if (typeof data === 'string') {
    const enc = (encoding ?? 'utf8').toLowerCase();
    if (enc === 'base64url') return Buffer.from(data.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return Buffer.from(data, enc as BufferEncoding);
  }
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw invalidArgType(name, 'of type string or an instance of Buffer, TypedArray, or DataView', data);
}

/** A Buffer over `bytes` (no copy). */
export function asBuffer(bytes: Bytes): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** `bytes` as Node's digest(encoding) gives them: a Buffer without an encoding, else a string. */
export function encode(bytes: Bytes, encoding: string | undefined): Buffer | string {
  const buffer = asBuffer(bytes);
  if (encoding === undefined || encoding === 'buffer') return buffer;
  const enc = encoding.toLowerCase();
  if (enc === 'base64url') return buffer.toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return buffer.toString(enc as BufferEncoding);
}
