/** Item actions: PutItem, GetItem, UpdateItem, DeleteItem. */
import type { ServiceContext } from '../service.ts';
import { capacityMode, consumed, readUnits, writeUnits } from './capacity.ts';
import { conditionalCheckFailed, validation, validationError } from './errors.ts';
import type { Path } from './expressions/ast.ts';
import { evaluate } from './expressions/evaluate.ts';
import { project } from './expressions/projection.ts';
import { parseExpressions, updateFailer } from './expressions/request.ts';
import { applyUpdate, checkUpdate } from './expressions/update.ts';
import { checkItemKeys, checkKey, keyNames, keyOf } from './keys.ts';
import { resolveTable } from './names.ts';
import type { TableRecord } from './state.ts';
import { getStored, writeItem } from './store.ts';
import { clone, itemSize, normalizeItem, outputItem, type Item } from './values.ts';

export const MAX_ITEM_BYTES = 400 * 1024;

function required(value: unknown, member: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw validationError([{ value: undefined, member, constraint: 'Member must not be null' }]);
  }
  return value as Record<string, unknown>;
}

function returnValues(value: unknown, allowed: string[]): string {
  if (value === undefined || value === null) return 'NONE';
  const text = String(value);
  if (!['NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW'].includes(text)) {
    throw validationError([{ value: text, member: 'returnValues', constraint: 'Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]' }]);
  }
  if (!allowed.includes(text)) throw validation('ReturnValues can only be ALL_OLD or NONE');
  return text;
}

function onConditionFailure(value: unknown): boolean {
  if (value === undefined || value === null || value === 'NONE') return false;
  if (value === 'ALL_OLD') return true;
  throw validationError([{ value, member: 'returnValuesOnConditionCheckFailure', constraint: 'Member must satisfy enum value set: [ALL_OLD, NONE]' }]);
}

/** A key parameter, checked against the schema. */
export function keyInput(table: TableRecord, value: unknown): Item {
  const key = normalizeItem(required(value, 'key'));
  checkKey(table, key);
  return key;
}

function checkCondition(input: Record<string, unknown>, condition: ReturnType<typeof parseExpressions>['condition'], existing: Item | undefined): void {
  if (condition && !evaluate(condition, existing ?? {})) {
    throw conditionalCheckFailed(onConditionFailure(input.ReturnValuesOnConditionCheckFailure) && existing ? outputItem(existing) : undefined);
  }
}

export const itemActions = {
  PutItem(ctx: ServiceContext, input: Record<string, unknown>) {
    const table = resolveTable(ctx, input.TableName);
    const item = normalizeItem(required(input.Item, 'item'));
    const wanted = returnValues(input.ReturnValues, ['NONE', 'ALL_OLD']);
    const capacity = capacityMode(input.ReturnConsumedCapacity);
    onConditionFailure(input.ReturnValuesOnConditionCheckFailure);
    const { condition } = parseExpressions(input, { ConditionExpression: true });
    checkItemKeys(table, item);
    if (itemSize(item) > MAX_ITEM_BYTES) throw validation('Item size has exceeded the maximum allowed size');
    const existing = getStored(table, keyOf(table, item));
    checkCondition(input, condition, existing);
    writeItem(ctx.cloud, table, item, item);
    return {
      ...(wanted === 'ALL_OLD' && existing ? { Attributes: outputItem(existing) } : {}),
      ...consumed(capacity, table, writeUnits(Math.max(itemSize(item), existing ? itemSize(existing) : 0)), 'write'),
    };
  },

  GetItem(ctx: ServiceContext, input: Record<string, unknown>) {
    const table = resolveTable(ctx, input.TableName);
    const capacity = capacityMode(input.ReturnConsumedCapacity);
    const { projection } = parseExpressions(input, { ProjectionExpression: true });
    const key = keyInput(table, input.Key);
    const item = getStored(table, key);
    const consistent = input.ConsistentRead === true;
    return {
      ...(item ? { Item: outputItem(projection ? project(item, projection) : item) } : {}),
      ...consumed(capacity, table, readUnits(item ? itemSize(item) : 0, consistent), 'read'),
    };
  },

  UpdateItem(ctx: ServiceContext, input: Record<string, unknown>) {
    const table = resolveTable(ctx, input.TableName);
    const wanted = returnValues(input.ReturnValues, ['NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW']);
    const capacity = capacityMode(input.ReturnConsumedCapacity);
    onConditionFailure(input.ReturnValuesOnConditionCheckFailure);
    const { update = [], condition } = parseExpressions(input, { UpdateExpression: true, ConditionExpression: true });
    const key = keyInput(table, input.Key);
    checkUpdate(update, keyNames(table), updateFailer);
    const existing = getStored(table, key);
    checkCondition(input, condition, existing);
    const updated = applyUpdate(existing ?? clone(key), update);
    if (itemSize(updated) > MAX_ITEM_BYTES) throw validation('Item size to update has exceeded the maximum allowed size');
    writeItem(ctx.cloud, table, key, updated);
    const paths: Path[] = update.map((a) => a.path);
    let attributes: Item | undefined;
    if (wanted === 'ALL_OLD') attributes = existing;
    else if (wanted === 'ALL_NEW') attributes = updated;
    else if (wanted === 'UPDATED_OLD') attributes = existing && project(existing, paths);
    else if (wanted === 'UPDATED_NEW') attributes = project(updated, paths);
    return {
      ...(attributes && Object.keys(attributes).length ? { Attributes: outputItem(attributes) } : {}),
      ...consumed(capacity, table, writeUnits(Math.max(itemSize(updated), existing ? itemSize(existing) : 0)), 'write'),
    };
  },

  DeleteItem(ctx: ServiceContext, input: Record<string, unknown>) {
    const table = resolveTable(ctx, input.TableName);
    const wanted = returnValues(input.ReturnValues, ['NONE', 'ALL_OLD']);
    const capacity = capacityMode(input.ReturnConsumedCapacity);
    onConditionFailure(input.ReturnValuesOnConditionCheckFailure);
    const { condition } = parseExpressions(input, { ConditionExpression: true });
    const key = keyInput(table, input.Key);
    const existing = getStored(table, key);
    checkCondition(input, condition, existing);
    if (existing) writeItem(ctx.cloud, table, key, undefined);
    return {
      ...(wanted === 'ALL_OLD' && existing ? { Attributes: outputItem(existing) } : {}),
      ...consumed(capacity, table, writeUnits(existing ? itemSize(existing) : 0), 'write'),
    };
  },
};
