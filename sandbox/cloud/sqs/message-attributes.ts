/**
 * User message attributes: validation, the MD5 SQS returns for them, and selection on receive.
 * The digest follows the SQS developer guide ("Calculating the MD5 message digest for message
 * attributes"): attributes sorted by name, each encoded as
 *   len(name) name len(type) type transport(1 = String/Number, 2 = Binary) len(value) value
 * with 4-byte big-endian lengths, and the MD5 taken over the concatenation.
 */
import { fromBase64, toBase64 } from '../bytes.ts';
import { invalidParameterValue } from './errors.ts';
import { md5Hex } from './md5.ts';
import type { StoredMessageAttribute } from './state.ts';

export interface MessageAttributeInput {
  DataType?: unknown;
  StringValue?: unknown;
  /** A Uint8Array from the CLI and SDK layer, or base64 text from the JSON wire. */
  BinaryValue?: unknown;
}

const encoder = new TextEncoder();
const VALID_TEXT = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** The characters SQS accepts in a body or a string attribute (XML 1.0's Char production). */
export const isValidMessageText = (text: string) => VALID_TEXT.test(text);

const transportOf = (dataType: string) => (dataType.startsWith('Binary') ? 'Binary' : 'String');

/** Validates and normalizes MessageAttributes; undefined when there are none. */
export function normalizeMessageAttributes(input: unknown): Record<string, StoredMessageAttribute> | undefined {
  if (input === undefined || input === null) return undefined;
  const entries = Object.entries(input as Record<string, MessageAttributeInput>);
  if (entries.length === 0) return undefined;
  if (entries.length > 10) throw invalidParameterValue(`Number of message attributes [${entries.length}] exceeds the allowed maximum [10].`);
  const out: Record<string, StoredMessageAttribute> = {};
  for (const [name, attr] of entries) {
    if (
      name.length === 0 || name.length > 256 || !/^[A-Za-z0-9_.-]+$/.test(name) || name.startsWith('.') || name.endsWith('.') ||
      name.includes('..') || /^(aws\.|amazon\.)/i.test(name)
    ) {
      throw invalidParameterValue(`Message (user) attribute name '${name}' is invalid.`);
    }
    const dataType = typeof attr?.DataType === 'string' ? attr.DataType : '';
    if (!dataType) throw invalidParameterValue(`The message attribute '${name}' must contain non-empty message attribute type.`);
    if (!/^(String|Number|Binary)(\..+)?$/.test(dataType) || dataType.length > 256) {
      throw invalidParameterValue(
        `The type of message (user) attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`,
      );
    }
    const emptyValue = () =>
      invalidParameterValue(`The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${dataType}'.`);
    if (transportOf(dataType) === 'Binary') {
      const bytes = binaryOf(attr.BinaryValue);
      if (!bytes || bytes.length === 0) throw emptyValue();
      out[name] = { DataType: dataType, BinaryValue: toBase64(bytes) };
    } else {
      const value = attr.StringValue;
      if (typeof value !== 'string' || value === '') throw emptyValue();
      if (!isValidMessageText(value)) throw invalidParameterValue(`Message (user) attribute '${name}' value contains invalid characters.`);
      if (dataType.startsWith('Number') && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value.trim())) {
        throw invalidParameterValue(`Can't cast the value of message (user) attribute '${name}' to a number.`);
      }
      out[name] = { DataType: dataType, StringValue: value };
    }
  }
  return out;
}

function binaryOf(value: unknown): Uint8Array | null {
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') {
    try {
      return fromBase64(value);
    } catch {
      return null;
    }
  }
  return null;
}

/** MD5OfMessageAttributes, as SQS computes it. */
export function md5OfMessageAttributes(attributes: Record<string, StoredMessageAttribute>): string {
  const parts: Uint8Array[] = [];
  const lengthPrefixed = (bytes: Uint8Array) => {
    const len = new Uint8Array(4);
    new DataView(len.buffer).setUint32(0, bytes.length);
    parts.push(len, bytes);
  };
  for (const name of Object.keys(attributes).sort()) {
    const attr = attributes[name]!;
    lengthPrefixed(encoder.encode(name));
    lengthPrefixed(encoder.encode(attr.DataType));
    if (transportOf(attr.DataType) === 'Binary') {
      parts.push(Uint8Array.of(2));
      lengthPrefixed(fromBase64(attr.BinaryValue ?? ''));
    } else {
      parts.push(Uint8Array.of(1));
      lengthPrefixed(encoder.encode(attr.StringValue ?? ''));
    }
  }
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return md5Hex(all);
}

/** Bytes the attributes count toward MaximumMessageSize: names, types and values. */
export function messageAttributesSize(attributes: Record<string, StoredMessageAttribute> | undefined): number {
  let size = 0;
  for (const [name, attr] of Object.entries(attributes ?? {})) {
    size += encoder.encode(name).length + encoder.encode(attr.DataType).length;
    size += attr.BinaryValue !== undefined ? fromBase64(attr.BinaryValue).length : encoder.encode(attr.StringValue ?? '').length;
  }
  return size;
}

/** ReceiveMessage's MessageAttributeNames: names, `All`, `.*`, or prefixes such as `bar.*`. */
export function selectMessageAttributes(
  attributes: Record<string, StoredMessageAttribute> | undefined,
  names: string[],
): Record<string, StoredMessageAttribute> | undefined {
  if (!attributes || names.length === 0) return undefined;
  const wanted = (name: string) =>
    names.some((n) => n === 'All' || n === '.*' || n === name || (n.endsWith('.*') && name.startsWith(n.slice(0, -1))));
  const out = Object.fromEntries(Object.entries(attributes).filter(([name]) => wanted(name)));
  return Object.keys(out).length ? out : undefined;
}
