/**
 * Base64 and UTF-8 without Node's Buffer (this code also runs in a Web Worker). Decoding follows
 * Python's base64.b64decode(), which the CLI uses for blob parameters under
 * `cli_binary_format = base64`: characters outside the alphabet are skipped, so
 * `--payload '{"key": "value"}'` decodes to garbage instead of failing — the famous v2 surprise —
 * and only a bad length or padding is an error.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Map<string, number>([...ALPHABET].map((ch, i) => [ch, i]));

export function base64Encode(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63] + '==';
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + '=';
  }
  return out;
}

/** binascii.Error: the reason Python gives; callers wrap it in their own message. */
export class Base64Error extends Error {}

/** base64.b64decode(text) in Python's default, non-validating mode. */
export function pythonBase64Decode(text: string): Uint8Array {
  const out: number[] = [];
  let quad = 0;
  let left = 0;
  let pads = 0;
  for (const ch of text) {
    if (ch === '=') {
      if (quad >= 2 && quad + ++pads >= 4) {
        // Complete padding ends the data; whatever follows is ignored.
        quad = 0;
        break;
      }
      continue;
    }
    const v = LOOKUP.get(ch);
    if (v === undefined) continue;
    pads = 0;
    switch (quad) {
      case 0: left = v; quad = 1; break;
      case 1: out.push(((left << 2) | (v >> 4)) & 0xff); left = v & 0x0f; quad = 2; break;
      case 2: out.push(((left << 4) | (v >> 2)) & 0xff); left = v & 0x03; quad = 3; break;
      default: out.push(((left << 6) | v) & 0xff); left = 0; quad = 0; break;
    }
  }
  if (quad === 1) {
    throw new Base64Error(`Invalid base64-encoded string: number of data characters (${Math.floor(out.length / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
  }
  if (quad !== 0) throw new Base64Error('Incorrect padding');
  return new Uint8Array(out);
}

const encoder = new TextEncoder();

export function utf8Encode(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Strict UTF-8 decoding: null when the bytes are not valid UTF-8 (Python's UnicodeDecodeError). */
export function utf8DecodeStrict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Lenient UTF-8 decoding for display. */
export function utf8Decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
