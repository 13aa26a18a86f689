/**
 * Attribute values in DynamoDB JSON (S, N, B, BOOL, NULL, M, L, SS, NS, BS). Incoming values are
 * checked with DynamoDB's own messages and normalised for storage: numbers canonical, binary as
 * base64 (so the state stays JSON); outgoing values turn base64 back into bytes.
 */
import { fromBase64, toBase64, utf8 } from '../bytes.ts';
import { AwsError } from '../errors.ts';
import { canonicalNumber, compareNumbers, significantDigits } from './numbers.ts';

export type AttributeValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { BOOL: boolean }
  | { NULL: true }
  | { M: Record<string, AttributeValue> }
  | { L: AttributeValue[] }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] };

export type Item = Record<string, AttributeValue>;
export type ValueType = 'S' | 'N' | 'B' | 'BOOL' | 'NULL' | 'M' | 'L' | 'SS' | 'NS' | 'BS';

export const VALUE_TYPES: readonly ValueType[] = ['S', 'N', 'B', 'BOOL', 'NULL', 'M', 'L', 'SS', 'NS', 'BS'];

export const typeOf = (v: AttributeValue): ValueType => Object.keys(v)[0] as ValueType;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const inner = (v: AttributeValue): any => (v as Record<string, unknown>)[typeOf(v)];

const invalid = (message: string) => new AwsError('ValidationException', message, 400);
const paramsInvalid = (message: string) => invalid(`One or more parameter values were invalid: ${message}`);

function binaryText(value: unknown): string {
  if (value instanceof Uint8Array) return toBase64(value);
  if (typeof value === 'string') return value; // already base64 on the JSON wire
  throw invalid('Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
}

/** Python-style rendering of a set for the duplicates message: `[a, a]`. */
const collection = (items: unknown[]) => `[${items.map(String).join(', ')}]`;

function checkSet(values: unknown, kind: 'string' | 'number' | 'binary'): void {
  if (!Array.isArray(values)) throw invalid('Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
  if (values.length === 0) throw paramsInvalid(`An ${kind} set  may not be empty`);
}

function duplicates(raw: unknown[], normalised: string[]): void {
  if (new Set(normalised).size !== normalised.length) throw paramsInvalid(`Input collection ${collection(raw)} contains duplicates.`);
}

/** Validates one incoming attribute value and returns it in stored form. */
export function normalizeValue(value: unknown): AttributeValue {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid('Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
  }
  const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined && (value as Record<string, unknown>)[k] !== null);
  if (keys.length === 0) throw invalid('Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
  if (keys.length > 1) throw invalid('Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes');
  const type = keys[0] as ValueType;
  const v = (value as Record<string, unknown>)[type];
  switch (type) {
    case 'S':
      if (typeof v !== 'string') throw invalid('Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
      return { S: v };
    case 'N':
      return { N: canonicalNumber(v) };
    case 'B':
      return { B: binaryText(v) };
    case 'BOOL':
      if (typeof v !== 'boolean') throw invalid('Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
      return { BOOL: v };
    case 'NULL':
      if (v !== true) throw paramsInvalid('Null attribute value types must have the value of true');
      return { NULL: true };
    case 'M': {
      if (typeof v !== 'object' || Array.isArray(v)) throw invalid('Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
      return { M: Object.fromEntries(Object.entries(v as object).map(([k, e]) => [k, normalizeValue(e)])) };
    }
    case 'L':
      if (!Array.isArray(v)) throw invalid('Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
      return { L: v.map(normalizeValue) };
    case 'SS': {
      checkSet(v, 'string');
      const items = (v as unknown[]).map(String);
      duplicates(v as unknown[], items);
      return { SS: items };
    }
    case 'NS': {
      checkSet(v, 'number');
      const items = (v as unknown[]).map((n) => canonicalNumber(n));
      duplicates(v as unknown[], items);
      return { NS: items };
    }
    case 'BS': {
      checkSet(v, 'binary');
      const items = (v as unknown[]).map(binaryText);
      duplicates(items, items);
      return { BS: items };
    }
    default:
      throw invalid('Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
  }
}

/** A whole item (or key) from a request: every attribute checked. */
export function normalizeItem(item: unknown): Item {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return {};
  return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, normalizeValue(v)]));
}

/** Stored form → API form: binary values as bytes, as SDKs and the CLI receive them. */
export function outputValue(v: AttributeValue): unknown {
  switch (typeOf(v)) {
    case 'B':
      return { B: fromBase64(inner(v)) };
    case 'BS':
      return { BS: (inner(v) as string[]).map(fromBase64) };
    case 'M':
      return { M: outputItem(inner(v)) };
    case 'L':
      return { L: (inner(v) as AttributeValue[]).map(outputValue) };
    default:
      return structuredClone(v);
  }
}

export function outputItem(item: Item): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, outputValue(v)]));
}

export const clone = <T>(v: T): T => structuredClone(v);

/** Binary comparison, as DynamoDB orders B values and S values (by their UTF-8 bytes). */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Order of two scalar values of the same type (S, N or B); null when they cannot be ordered. */
export function compareValues(a: AttributeValue, b: AttributeValue): number | null {
  const t = typeOf(a);
  if (t !== typeOf(b)) return null;
  if (t === 'N') return compareNumbers(inner(a), inner(b));
  if (t === 'S') return compareBytes(utf8(inner(a)), utf8(inner(b)));
  if (t === 'B') return compareBytes(fromBase64(inner(a)), fromBase64(inner(b)));
  return null;
}

/** Deep equality; sets compare as sets, numbers by value. */
export function equalValues(a: AttributeValue, b: AttributeValue): boolean {
  const t = typeOf(a);
  if (t !== typeOf(b)) return false;
  const x = inner(a);
  const y = inner(b);
  switch (t) {
    case 'N':
      return compareNumbers(x, y) === 0;
    case 'SS':
    case 'BS':
      return x.length === y.length && (x as string[]).every((e) => (y as string[]).includes(e));
    case 'NS':
      return x.length === y.length && (x as string[]).every((e) => (y as string[]).some((f) => compareNumbers(e, f) === 0));
    case 'L':
      return x.length === y.length && (x as AttributeValue[]).every((e, i) => equalValues(e, y[i]));
    case 'M': {
      const keys = Object.keys(x);
      return keys.length === Object.keys(y).length && keys.every((k) => k in y && equalValues(x[k], y[k]));
    }
    default:
      return x === y;
  }
}

export function equalItems(a: Item, b: Item): boolean {
  return equalValues({ M: a }, { M: b });
}

/** DynamoDB's size of a value in bytes (the rules its 400 KB limit and capacity units use). */
export function valueSize(v: AttributeValue): number {
  const x = inner(v);
  switch (typeOf(v)) {
    case 'S':
      return utf8(x).length;
    case 'N':
      return Math.ceil(significantDigits(x) / 2) + 1;
    case 'B':
      return fromBase64(x).length;
    case 'BOOL':
    case 'NULL':
      return 1;
    case 'SS':
      return (x as string[]).reduce((n, s) => n + utf8(s).length, 0);
    case 'NS':
      return (x as string[]).reduce((n, s) => n + Math.ceil(significantDigits(s) / 2) + 1, 0);
    case 'BS':
      return (x as string[]).reduce((n, s) => n + fromBase64(s).length, 0);
    case 'L':
      return 3 + (x as AttributeValue[]).reduce((n, e) => n + valueSize(e) + 1, 0);
    case 'M':
      return 3 + Object.entries(x as Item).reduce((n, [k, e]) => n + utf8(k).length + valueSize(e) + 1, 0);
  }
}

export function itemSize(item: Item): number {
  return Object.entries(item).reduce((n, [k, v]) => n + utf8(k).length + valueSize(v), 0);
}

/** The type names DynamoDB uses in "Incorrect operand type" messages for ADD and DELETE. */
export const LONG_TYPE_NAMES: Record<ValueType, string> = {
  S: 'STRING', N: 'NUMBER', B: 'BINARY', BOOL: 'BOOLEAN', NULL: 'NULL', M: 'MAP', L: 'LIST',
  SS: 'STRING_SET', NS: 'NUMBER_SET', BS: 'BINARY_SET',
};
