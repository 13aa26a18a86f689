/**
 * Blob parameters and `cli_binary_format` (awscli/customizations/binaryformat.py). With `base64` (the
 * v2 default) a text value for a blob is base64-decoded before validation — and a value that is not
 * base64 fails with `Invalid base64: "…"` (status 255). With `raw-in-base64-out` text is sent as its
 * UTF-8 bytes. Bytes from `fileb://` are sent as they are in both modes.
 */
import type { Shape } from './models/shapes.ts';
import { Base64Error, pythonBase64Decode, utf8Encode } from './base64.ts';
import { GeneralError } from './errors.ts';

export type BinaryFormat = 'base64' | 'raw-in-base64-out';

type Convert = (value: string) => Uint8Array;

function visitBlobs(value: unknown, shape: Shape, convert: Convert): unknown {
  switch (shape.type) {
    case 'blob':
      return typeof value === 'string' ? convert(value) : value;
    case 'structure':
      if (!isDict(value)) return value;
      for (const [name, m] of Object.entries(shape.members)) {
        if (name in value) value[name] = visitBlobs(value[name], m.shape, convert);
      }
      return value;
    case 'list':
      return Array.isArray(value) ? value.map((item) => visitBlobs(item, shape.member, convert)) : value;
    case 'map':
      if (!isDict(value)) return value;
      for (const key of Object.keys(value)) value[key] = visitBlobs(value[key], shape.value, convert);
      return value;
    default:
      return value;
  }
}

function isDict(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

/** Before validation: under `base64`, decode text given for blobs. */
export function decodeInputBlobs(params: Record<string, unknown>, shape: Shape, format: BinaryFormat): void {
  if (format !== 'base64') return;
  visitBlobs(params, shape, (text) => {
    try {
      return pythonBase64Decode(text);
    } catch (error) {
      if (error instanceof Base64Error) throw new GeneralError(`Invalid base64: "${text}"`);
      throw error;
    }
  });
}

/** At serialization: whatever text is left in a blob position goes out as UTF-8. */
export function encodeRemainingBlobs(params: Record<string, unknown>, shape: Shape): void {
  visitBlobs(params, shape, utf8Encode);
}
