/** The one place items change: the table's map, and the stream record for the change. */
import type { Cloud } from '../cloud.ts';
import { keyId, keyOf } from './keys.ts';
import type { TableRecord } from './state.ts';
import { captureChange } from './streams/capture.ts';
import type { Item } from './values.ts';

export function getStored(table: TableRecord, key: Item): Item | undefined {
  return table.items[keyId(table, key)];
}

/** Stores `item` (or deletes the item with `key` when `item` is undefined); returns the previous item. */
export function writeItem(cloud: Cloud, table: TableRecord, key: Item, item: Item | undefined): Item | undefined {
  const id = keyId(table, keyOf(table, key));
  const previous = table.items[id];
  if (item) table.items[id] = item;
  else delete table.items[id];
  captureChange(cloud, table, previous, item);
  return previous;
}
