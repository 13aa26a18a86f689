/**
 * BatchWriteItem (up to 25 puts and deletes, no conditions) and BatchGetItem (up to 100 keys).
 * The whole request is checked before anything is written, as DynamoDB rejects a malformed batch
 * whole; the sandbox never throttles, so UnprocessedItems and UnprocessedKeys are always empty.
 */
import type { ServiceContext } from '../service.ts';
import { validation, validationError } from './errors.ts';
import { project } from './expressions/projection.ts';
import { parseExpressions } from './expressions/request.ts';
import { keyInput, MAX_ITEM_BYTES } from './items.ts';
import { checkItemKeys, keyId, keyOf } from './keys.ts';
import { resolveTable } from './names.ts';
import type { TableRecord } from './state.ts';
import { getStored, writeItem } from './store.ts';
import { itemSize, normalizeItem, outputItem, type Item } from './values.ts';

function requestItems(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Object.keys(value).length === 0) {
    throw validationError([{ value: '{}', member: 'requestItems', constraint: 'Member must have length greater than or equal to 1' }]);
  }
  return value as Record<string, unknown>;
}

export const batchActions = {
  BatchWriteItem(ctx: ServiceContext, input: Record<string, unknown>) {
    const requests = requestItems(input.RequestItems);
    const total = Object.values(requests).reduce((n: number, list) => n + (Array.isArray(list) ? list.length : 0), 0);
    if (total > 25) throw validation('Too many items requested for the BatchWriteItem call');
    const writes: Array<{ table: TableRecord; key: Item; item?: Item }> = [];
    for (const [name, list] of Object.entries(requests)) {
      const table = resolveTable(ctx, name, 'requestItems');
      if (!Array.isArray(list) || list.length === 0) {
        throw validationError([{ value: '[]', member: `requestItems.${name}.member`, constraint: 'Member must have length greater than or equal to 1' }]);
      }
      const seen = new Set<string>();
      for (const entry of list as Array<Record<string, { Item?: unknown; Key?: unknown }>>) {
        const put = entry?.PutRequest;
        const del = entry?.DeleteRequest;
        if ((put ? 1 : 0) + (del ? 1 : 0) !== 1) {
          // Our wording: a WriteRequest holds exactly one of its two members.
          throw validation('A WriteRequest must contain exactly one of PutRequest or DeleteRequest');
        }
        let write: { table: TableRecord; key: Item; item?: Item };
        if (put) {
          const item = normalizeItem(put.Item);
          checkItemKeys(table, item);
          if (itemSize(item) > MAX_ITEM_BYTES) throw validation('Item size has exceeded the maximum allowed size');
          write = { table, key: keyOf(table, item), item };
        } else {
          write = { table, key: keyInput(table, del!.Key) };
        }
        const id = keyId(table, write.key);
        if (seen.has(id)) throw validation('Provided list of item keys contains duplicates');
        seen.add(id);
        writes.push(write);
      }
    }
    for (const w of writes) writeItem(ctx.cloud, w.table, w.key, w.item);
    return { UnprocessedItems: {} };
  },

  BatchGetItem(ctx: ServiceContext, input: Record<string, unknown>) {
    const requests = requestItems(input.RequestItems);
    const reads: Array<{ name: string; table: TableRecord; keys: Item[]; projection?: ReturnType<typeof parseExpressions>['projection'] }> = [];
    let total = 0;
    for (const [name, spec] of Object.entries(requests as Record<string, Record<string, unknown>>)) {
      const table = resolveTable(ctx, name, 'requestItems');
      const { projection } = parseExpressions(spec ?? {}, { ProjectionExpression: true });
      const keys = Array.isArray(spec?.Keys) ? (spec.Keys as unknown[]).map((k) => keyInput(table, k)) : [];
      if (keys.length === 0) {
        throw validationError([{ value: '[]', member: `requestItems.${name}.member.keys`, constraint: 'Member must have length greater than or equal to 1' }]);
      }
      const ids = keys.map((k) => keyId(table, k));
      if (new Set(ids).size !== ids.length) throw validation('Provided list of item keys contains duplicates');
      total += keys.length;
      reads.push({ name, table, keys, ...(projection ? { projection } : {}) });
    }
    if (total > 100) throw validation('Too many items requested for the BatchGetItem call');
    const responses: Record<string, unknown[]> = {};
    for (const r of reads) {
      responses[r.name] = r.keys
        .map((k) => getStored(r.table, k))
        .filter((item): item is Item => item !== undefined)
        .map((item) => outputItem(r.projection ? project(item, r.projection) : item));
    }
    return { Responses: responses, UnprocessedKeys: {} };
  },
};
