/**
 * Change data capture: every write that changes an item of a table with an enabled stream appends
 * one record. A write that changes nothing — a PutItem of an identical item, an UpdateItem that sets
 * what is already there, a DeleteItem of a missing item — writes no record, as the developer guide
 * says DynamoDB Streams does.
 */
import type { Cloud } from '../../cloud.ts';
import { keyOf } from '../keys.ts';
import { dynamoState } from '../names.ts';
import type { StreamEventName, TableRecord } from '../state.ts';
import { clone, equalItems, itemSize, type Item } from '../values.ts';
import { sequenceNumber, sweepStreams } from './lifecycle.ts';

export function captureChange(cloud: Cloud, table: TableRecord, oldItem: Item | undefined, newItem: Item | undefined): void {
  if (!table.streamArn) return;
  if (!oldItem && !newItem) return;
  if (oldItem && newItem && equalItems(oldItem, newItem)) return;
  sweepStreams(cloud);
  const stream = dynamoState(cloud).streams[table.streamArn];
  if (!stream || stream.status !== 'ENABLED') return;
  const eventName: StreamEventName = !oldItem ? 'INSERT' : !newItem ? 'REMOVE' : 'MODIFY';
  const keys = keyOf(table, (newItem ?? oldItem)!);
  const withNew = (stream.viewType === 'NEW_IMAGE' || stream.viewType === 'NEW_AND_OLD_IMAGES') && newItem;
  const withOld = (stream.viewType === 'OLD_IMAGE' || stream.viewType === 'NEW_AND_OLD_IMAGES') && oldItem;
  stream.counter += 1;
  const record = {
    eventID: cloud.ids.hex(32),
    eventName,
    sequenceNumber: sequenceNumber(stream, stream.counter),
    createdAt: cloud.clock.now(),
    keys: clone(keys),
    ...(withNew ? { newImage: clone(newItem) } : {}),
    ...(withOld ? { oldImage: clone(oldItem) } : {}),
    // Approximately as DynamoDB counts it: the keys and the images the record carries.
    sizeBytes: itemSize(keys) + (withNew ? itemSize(newItem) : 0) + (withOld ? itemSize(oldItem) : 0),
  };
  stream.records.push(record);
  cloud.trace({ type: 'dynamodb.stream-record', streamArn: stream.arn, eventName, sequenceNumber: record.sequenceNumber });
}
