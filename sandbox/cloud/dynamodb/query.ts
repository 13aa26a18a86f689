/**
 * Query and Scan. Both read items in order up to Limit items or 1 MB, then apply the
 * FilterExpression — so a page can hold fewer items than Limit, and Count/ScannedCount say which
 * happened — and answer LastEvaluatedKey when they stopped early, the key to pass as
 * ExclusiveStartKey for the next page. Query reads one partition in sort-key order
 * (ScanIndexForward false reverses it); Scan reads every partition in storage order.
 */
import type { ServiceContext } from '../service.ts';
import { capacityMode, consumed, readUnits } from './capacity.ts';
import { parametersInvalid, validation, validationError } from './errors.ts';
import type { Condition, Operand } from './expressions/ast.ts';
import { evaluate } from './expressions/evaluate.ts';
import { project } from './expressions/projection.ts';
import { keyConditionFailer, parseExpressions } from './expressions/request.ts';
import { checkKey, hashKeyName, keyNames, keyOf, keyType, rangeKeyName, rangeOrder, scanOrder } from './keys.ts';
import { md5Hex } from '../sqs/md5.ts';
import { resolveTable } from './names.ts';
import type { TableRecord } from './state.ts';
import { equalValues, inner, itemSize, normalizeItem, outputItem, typeOf, type AttributeValue, type Item } from './values.ts';

const PAGE_BYTES = 1024 * 1024;

interface Page {
  items: Item[];
  scanned: number;
  bytes: number;
  lastKey?: Item;
}

function limitOf(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw validationError([{ value, member: 'limit', constraint: 'Member must have value greater than or equal to 1' }]);
  return n;
}

function startKey(table: TableRecord, value: unknown): Item | undefined {
  if (value === undefined || value === null) return undefined;
  try {
    const key = normalizeItem(value);
    checkKey(table, key);
    return key;
  } catch (error) {
    throw validation(`The provided starting key is invalid: ${(error as Error).message}`);
  }
}

/** Reads `ordered` from just after `start`, up to `limit` items or 1 MB, filtering what it read. */
function readPage(table: TableRecord, ordered: Item[], start: number, limit: number | undefined, filter: Condition | undefined): Page {
  const page: Page = { items: [], scanned: 0, bytes: 0 };
  let i = start;
  for (; i < ordered.length; i++) {
    if (limit !== undefined && page.scanned >= limit) break;
    if (page.bytes >= PAGE_BYTES) break;
    const item = ordered[i]!;
    page.scanned += 1;
    page.bytes += itemSize(item);
    if (!filter || evaluate(filter, item)) page.items.push(item);
  }
  // DynamoDB answers LastEvaluatedKey whenever it stopped on Limit or size — even when nothing follows.
  const stoppedEarly = (limit !== undefined && page.scanned >= limit) || page.bytes >= PAGE_BYTES;
  if (stoppedEarly && page.scanned > 0) page.lastKey = keyOf(table, ordered[i - 1]!);
  return page;
}

function selectOf(input: Record<string, unknown>, hasProjection: boolean): string {
  const select = input.Select === undefined || input.Select === null ? (hasProjection ? 'SPECIFIC_ATTRIBUTES' : 'ALL_ATTRIBUTES') : String(input.Select);
  if (!['ALL_ATTRIBUTES', 'ALL_PROJECTED_ATTRIBUTES', 'SPECIFIC_ATTRIBUTES', 'COUNT'].includes(select)) {
    throw validationError([{ value: select, member: 'select', constraint: 'Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]' }]);
  }
  if (select === 'ALL_PROJECTED_ATTRIBUTES') throw validation('ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName');
  if (select === 'SPECIFIC_ATTRIBUTES' && !hasProjection) throw validation('SPECIFIC_ATTRIBUTES was specified, but no ProjectionExpression was given');
  if ((select === 'COUNT' || select === 'ALL_ATTRIBUTES') && hasProjection) {
    throw validation(`Cannot specify the ProjectionExpression when choosing to get ${select === 'COUNT' ? 'only the Count' : 'ALL_ATTRIBUTES'}`);
  }
  return select;
}

function respond(ctx: ServiceContext, table: TableRecord, input: Record<string, unknown>, page: Page, select: string, projection: ReturnType<typeof parseExpressions>['projection']) {
  const capacity = capacityMode(input.ReturnConsumedCapacity);
  return {
    ...(select === 'COUNT' ? {} : { Items: page.items.map((item) => outputItem(projection ? project(item, projection) : item)) }),
    Count: page.items.length,
    ScannedCount: page.scanned,
    ...(page.lastKey ? { LastEvaluatedKey: outputItem(page.lastKey) } : {}),
    ...consumed(capacity, table, readUnits(page.bytes, input.ConsistentRead === true), 'read'),
  };
}

// --- KeyConditionExpression -------------------------------------------------------------------

interface KeyCondition {
  hash: AttributeValue;
  range?: Condition;
}

function conjuncts(c: Condition): Condition[] {
  if (c.kind === 'and') return [...conjuncts(c.left), ...conjuncts(c.right)];
  if (c.kind === 'or' || c.kind === 'not') throw validation(`Invalid operator used in KeyConditionExpression: ${c.kind.toUpperCase()}`);
  if (c.kind === 'in') throw validation('Invalid operator used in KeyConditionExpression: IN');
  if (c.kind === 'function' && c.name !== 'begins_with') throw validation(`Invalid operator used in KeyConditionExpression: ${c.name}`);
  if (c.kind === 'compare' && c.op === '<>') throw validation('Invalid operator used in KeyConditionExpression: <>');
  return [c];
}

/** The key attribute a key condition is about, and the values it compares with. */
function subject(c: Condition): { name?: string; values: Operand[] } {
  const pathName = (o: Operand) => (o.kind === 'path' && o.path.length === 1 && o.path[0]!.kind === 'name' ? o.path[0]!.name : undefined);
  switch (c.kind) {
    case 'compare': {
      const left = pathName(c.left);
      return left !== undefined ? { name: left, values: [c.right] } : { name: pathName(c.right), values: [c.left] };
    }
    case 'between':
      return { name: pathName(c.operand), values: [c.low, c.high] };
    case 'function':
      return { name: pathName(c.args[0]!), values: [c.args[1]!] };
    default:
      return { values: [] };
  }
}

function analyseKeyCondition(table: TableRecord, condition: Condition): KeyCondition {
  const parts = conjuncts(condition);
  if (parts.length > 2) throw validation('Conditions can be of length 1 or 2 only');
  const hashName = hashKeyName(table);
  const rangeName = rangeKeyName(table);
  const subjects = parts.map(subject);
  const hashIndex = subjects.findIndex((s) => s.name === hashName);
  if (hashIndex < 0) throw validation(`Query condition missed key schema element: ${hashName}`);
  const names = subjects.map((s) => s.name);
  if (new Set(names).size !== names.length) throw validation('KeyConditionExpressions must only contain one condition per key');
  let hash: AttributeValue | undefined;
  let range: Condition | undefined;
  parts.forEach((part, i) => {
    const s = subjects[i]!;
    if (s.values.some((v) => v.kind !== 'value')) throw validation('Query key condition not supported');
    const values = s.values.map((v) => (v as { value: AttributeValue }).value);
    if (s.name === hashName) {
      if (part.kind !== 'compare' || part.op !== '=') throw validation('Query key condition not supported');
      hash = values[0];
    } else if (s.name !== undefined && s.name === rangeName) {
      if (part.kind === 'function' && !['S', 'B'].includes(keyType(table, rangeName))) {
        keyConditionFailer(`Incorrect operand type for operator or function; operator or function: begins_with, operand type: ${keyType(table, rangeName)}`);
      }
      range = part;
    } else {
      throw validation('Query key condition not supported');
    }
    for (const v of values) {
      if (typeOf(v) !== keyType(table, s.name!)) throw parametersInvalid('Condition parameter type does not match schema type');
    }
  });
  return { hash: hash!, ...(range ? { range } : {}) };
}

function filterUsesKeys(table: TableRecord, filter: Condition): string | undefined {
  const keys = keyNames(table);
  const walk = (c: Condition): string | undefined => {
    const operands: Operand[] = c.kind === 'compare' ? [c.left, c.right] : c.kind === 'between' ? [c.operand, c.low, c.high] : c.kind === 'in' ? [c.operand, ...c.list] : c.kind === 'function' ? c.args : [];
    for (const o of operands) {
      const first = o.kind === 'path' || o.kind === 'size' ? o.path[0] : undefined;
      if (first?.kind === 'name' && keys.includes(first.name)) return first.name;
    }
    if (c.kind === 'and' || c.kind === 'or') return walk(c.left) ?? walk(c.right);
    if (c.kind === 'not') return walk(c.operand);
    return undefined;
  };
  return walk(filter);
}

export const queryActions = {
  Query(ctx: ServiceContext, input: Record<string, unknown>) {
    const table = resolveTable(ctx, input.TableName);
    if (typeof input.IndexName === 'string') throw validation(`The table does not have the specified index: ${input.IndexName}`);
    const limit = limitOf(input.Limit);
    const exprs = parseExpressions(input, { KeyConditionExpression: true, FilterExpression: true, ProjectionExpression: true });
    if (!exprs.keyCondition) throw validation('Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.');
    const select = selectOf(input, exprs.projection !== undefined);
    const key = analyseKeyCondition(table, exprs.keyCondition);
    if (exprs.filter) {
      const used = filterUsesKeys(table, exprs.filter);
      if (used) throw validation(`Filter Expression can only contain non-primary key attributes: Primary key attribute: ${used}`);
    }
    const hashName = hashKeyName(table);
    const ordered = Object.values(table.items)
      .filter((item) => equalValues(item[hashName]!, key.hash) && (!key.range || evaluate(key.range, item)))
      .sort(rangeOrder(table));
    if (input.ScanIndexForward === false) ordered.reverse();
    let start = 0;
    const esk = startKey(table, input.ExclusiveStartKey);
    if (esk) {
      if (!equalValues(esk[hashName]!, key.hash)) throw validation('The provided starting key is invalid: The provided key element does not match the schema');
      const order = rangeOrder(table);
      const forward = input.ScanIndexForward !== false;
      start = ordered.findIndex((item) => (forward ? order(item, esk) > 0 : order(item, esk) < 0));
      if (start < 0) start = ordered.length;
    }
    const page = readPage(table, ordered, start, limit, exprs.filter);
    return respond(ctx, table, input, page, select, exprs.projection);
  },

  Scan(ctx: ServiceContext, input: Record<string, unknown>) {
    const table = resolveTable(ctx, input.TableName);
    if (typeof input.IndexName === 'string') throw validation(`The table does not have the specified index: ${input.IndexName}`);
    const limit = limitOf(input.Limit);
    const exprs = parseExpressions(input, { FilterExpression: true, ProjectionExpression: true });
    const select = selectOf(input, exprs.projection !== undefined);
    let ordered = Object.values(table.items).sort(scanOrder(table));
    const hasSegment = input.Segment !== undefined && input.Segment !== null;
    const hasTotal = input.TotalSegments !== undefined && input.TotalSegments !== null;
    if (hasSegment !== hasTotal) {
      throw validation(hasSegment
        ? 'The TotalSegments parameter is required but was not present in the request when Segment parameter is present'
        : 'The Segment parameter is required but was not present in the request when parameter TotalSegments is present');
    }
    if (hasSegment) {
      const segment = Number(input.Segment);
      const total = Number(input.TotalSegments);
      if (!Number.isInteger(total) || total < 1 || total > 1_000_000) {
        throw validationError([{ value: input.TotalSegments, member: 'totalSegments', constraint: 'Member must have value between 1 and 1000000' }]);
      }
      if (!Number.isInteger(segment) || segment < 0 || segment >= total) {
        throw validation(`The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: ${input.Segment} is out of bounds for TotalSegments: ${input.TotalSegments}`);
      }
      // A partition belongs to one segment, by the same hash that orders the scan.
      const hashName = hashKeyName(table);
      ordered = ordered.filter((item) => parseInt(md5Hex(`${typeOf(item[hashName]!)}:${String(inner(item[hashName]!))}`).slice(0, 8), 16) % total === segment);
    }
    let start = 0;
    const esk = startKey(table, input.ExclusiveStartKey);
    if (esk) {
      const order = scanOrder(table);
      start = ordered.findIndex((item) => order(item, esk) > 0);
      if (start < 0) start = ordered.length;
    }
    const page = readPage(table, ordered, start, limit, exprs.filter);
    return respond(ctx, table, input, page, select, exprs.projection);
  },
};

