/**
 * Buffer encodings without Buffer: the Web Worker host has no `buffer`, and fs must turn bytes into
 * strings (and back) the way Node does for 'utf8', 'base64', 'hex'… in both hosts.
 */
import { invalidArgValue } from './errors.ts';

export type Encoding = 'utf8' | 'utf16le' | 'latin1' | 'ascii' | 'base64' | 'base64url' | 'hex';

const ALIASES: Record<string, Encoding> = {
  utf8: 'utf8', 'utf-8': 'utf8',
  utf16le: 'utf16le', 'utf-16le': 'utf16le', ucs2: 'utf16le', 'ucs-2': 'utf16le',
  latin1: 'latin1', binary: 'latin1',
  ascii: 'ascii', base64: 'base64', base64url: 'base64url', hex: 'hex',
};

/** An encoding name as Node accepts it (any case); null/undefined/'buffer' mean bytes. */
export function encodingOf(value: unknown): Encoding | undefined {
  if (value === undefined || value === null || value === 'buffer') return undefined;
  const found = typeof value === 'string' ? ALIASES[value.toLowerCase()] : undefined;
  if (!found) throw invalidArgValue('encoding', value, 'is invalid encoding');
  return found;
}

const utf8Decoder = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUES = new Map<string, number>([...B64].map((c, i) => [c, i]));
B64_VALUES.set('-', 62);
B64_VALUES.set('_', 63);

function latin1String(bytes: Uint8Array, mask = 0xff): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    const chunk = bytes.subarray(i, i + 0x8000);
    out += String.fromCharCode(...(mask === 0xff ? chunk : chunk.map((b) => b & mask)));
  }
  return out;
}

function base64String(bytes: Uint8Array, url: boolean): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return url ? out.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : out;
}

/** Node decodes base64 leniently: either alphabet, whitespace and junk skipped, stops at '='. */
function base64Bytes(text: string): Uint8Array {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const c of text) {
    if (c === '=') break;
    const v = B64_VALUES.get(c);
    if (v === undefined) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

export function decode(bytes: Uint8Array, encoding: Encoding): string {
  switch (encoding) {
    case 'utf8': return utf8Decoder.decode(bytes);
    case 'latin1': return latin1String(bytes);
    case 'ascii': return latin1String(bytes, 0x7f);
    case 'base64': return base64String(bytes, false);
    case 'base64url': return base64String(bytes, true);
    case 'hex': return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    case 'utf16le': {
      let out = '';
      for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes[i]! | (bytes[i + 1]! << 8));
      return out;
    }
  }
}

export function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf8': return utf8Encoder.encode(text);
    case 'latin1':
    case 'ascii': return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
    case 'base64':
    case 'base64url': return base64Bytes(text);
    case 'hex': {
      // Node stops at the first pair that is not hex.
      const out: number[] = [];
      for (let i = 0; i + 1 < text.length; i += 2) {
        const pair = text.slice(i, i + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(pair)) break;
        out.push(parseInt(pair, 16));
      }
      return Uint8Array.from(out);
    }
    case 'utf16le': {
      const out = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        out[i * 2] = c & 0xff;
        out[i * 2 + 1] = c >> 8;
      }
      return out;
    }
  }
}

/**
 * What fs returns for bytes where there is no Buffer (the Web Worker host): a Uint8Array that still
 * prints as text, so `readFileSync(p).toString()` and `JSON.parse(readFileSync(p))` work as in Node.
 */
export class FsBytes extends Uint8Array {
  override toString(encoding?: string, start?: number, end?: number): string {
    return decode(this.subarray(start ?? 0, end ?? this.length), encodingOf(encoding ?? 'utf8') ?? 'utf8');
  }

  toJSON(): { type: 'Buffer'; data: number[] } {
    return { type: 'Buffer', data: Array.from(this) };
  }
}
