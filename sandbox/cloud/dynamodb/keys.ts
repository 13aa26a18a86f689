/**
 * Primary keys: checking the key attributes of items and keys against the table's key schema (in
 * DynamoDB's words), the id an item is stored under, and the two orders items come back in —
 * by sort key within a partition (Query) and by a hash of the partition key (Scan).
 */
import { md5Hex } from '../sqs/md5.ts';
import { fromBase64, utf8 } from '../bytes.ts';
import { keyMismatch, parametersInvalid, validation } from './errors.ts';
import type { TableRecord } from './state.ts';
import { compareValues, inner, typeOf, type AttributeValue, type Item } from './values.ts';

const HASH_KEY_LIMIT = 2048;
const RANGE_KEY_LIMIT = 1024;

export const hashKeyName = (table: TableRecord) => table.keySchema.find((k) => k.KeyType === 'HASH')!.AttributeName;
export const rangeKeyName = (table: TableRecord) => table.keySchema.find((k) => k.KeyType === 'RANGE')?.AttributeName;
export const keyNames = (table: TableRecord) => table.keySchema.map((k) => k.AttributeName);
export const keyType = (table: TableRecord, name: string) => table.attributeDefinitions.find((a) => a.AttributeName === name)!.AttributeType;

function byteLength(v: AttributeValue): number {
  const t = typeOf(v);
  return t === 'B' ? fromBase64(inner(v)).length : t === 'S' ? utf8(inner(v)).length : String(inner(v)).length;
}

function checkKeyValue(table: TableRecord, name: string, value: AttributeValue, onMismatch: () => Error): void {
  const expected = keyType(table, name);
  const actual = typeOf(value);
  if (actual !== expected) throw onMismatch();
  if ((actual === 'S' || actual === 'B') && byteLength(value) === 0) {
    throw validation(`One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${actual === 'S' ? 'string' : 'binary'} value. Key: ${name}`);
  }
  const isHash = name === hashKeyName(table);
  if (isHash && byteLength(value) > HASH_KEY_LIMIT) {
    // No space between "of" and the number: DynamoDB's own message reads so.
    throw parametersInvalid(`Size of hashkey has exceeded the maximum size limit of${HASH_KEY_LIMIT} bytes`);
  }
  if (!isHash && byteLength(value) > RANGE_KEY_LIMIT) {
    throw parametersInvalid(`Aggregated size of all range keys has exceeded the size limit of ${RANGE_KEY_LIMIT} bytes`);
  }
}

/** PutItem's item: every key attribute present, of its defined type, not empty. */
export function checkItemKeys(table: TableRecord, item: Item): void {
  for (const name of keyNames(table)) {
    const value = item[name];
    if (!value) throw parametersInvalid(`Missing the key ${name} in the item`);
    checkKeyValue(table, name, value, () => parametersInvalid(`Type mismatch for key ${name} expected: ${keyType(table, name)} actual: ${typeOf(value)}`));
  }
}

/** A Key parameter: exactly the key attributes, of their types. */
export function checkKey(table: TableRecord, key: Item): void {
  const names = keyNames(table);
  const given = Object.keys(key);
  if (given.length !== names.length || !names.every((n) => n in key)) throw keyMismatch();
  for (const name of names) checkKeyValue(table, name, key[name]!, keyMismatch);
}

export function keyOf(table: TableRecord, item: Item): Item {
  return Object.fromEntries(keyNames(table).map((n) => [n, item[n]!]));
}

const scalarText = (v: AttributeValue) => `${typeOf(v)}:${String(inner(v))}`;

/** The id an item is stored under: its key values, typed. */
export function keyId(table: TableRecord, key: Item): string {
  return keyNames(table).map((n) => scalarText(key[n]!)).join('\u0000');
}

/** Scan order: partitions in the order of a hash of their key (as DynamoDB's storage spreads them), then by sort key. */
export function scanOrder(table: TableRecord): (a: Item, b: Item) => number {
  const hash = hashKeyName(table);
  const range = rangeKeyName(table);
  const bucket = (item: Item) => md5Hex(scalarText(item[hash]!));
  return (a, b) => {
    const x = bucket(a);
    const y = bucket(b);
    if (x !== y) return x < y ? -1 : 1;
    return range ? compareValues(a[range]!, b[range]!) ?? 0 : 0;
  };
}

/** Query order within one partition: by sort key. */
export function rangeOrder(table: TableRecord): (a: Item, b: Item) => number {
  const range = rangeKeyName(table);
  return (a, b) => (range ? compareValues(a[range]!, b[range]!) ?? 0 : 0);
}
