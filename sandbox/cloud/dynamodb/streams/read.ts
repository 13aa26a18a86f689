/**
 * Reading a table's stream: positions, batches and the record shape. Shared by the DynamoDB Streams
 * API and Lambda's event-source-mapping poller, so both see the same records in the same order.
 */
import type { Cloud } from '../../cloud.ts';
import { dynamoState } from '../names.ts';
import type { StreamRecordEntry, TableStreamRecord } from '../state.ts';
import { outputItem, type Item } from '../values.ts';
import { sweepStreams } from './lifecycle.ts';

export function findStream(cloud: Cloud, streamArn: string): TableStreamRecord | undefined {
  sweepStreams(cloud);
  return dynamoState(cloud).streams[streamArn];
}

export const latestPosition = (stream: TableStreamRecord) => stream.records.at(-1)?.sequenceNumber ?? stream.startingSequenceNumber;
export const trimHorizonPosition = (stream: TableStreamRecord) => stream.startingSequenceNumber;

export function recordsAfter(stream: TableStreamRecord, after: string, max: number): StreamRecordEntry[] {
  const bound = BigInt(after);
  const out: StreamRecordEntry[] = [];
  for (const r of stream.records) {
    if (out.length >= max) break;
    if (BigInt(r.sequenceNumber) > bound) out.push(r);
  }
  return out;
}

/**
 * One record in the shape both GetRecords and Lambda use. `format` picks the differences: the API
 * gives ApproximateCreationDateTime as a timestamp and binary values as bytes; Lambda's JSON event
 * gives epoch seconds and base64 text.
 */
export function recordView(stream: TableStreamRecord, r: StreamRecordEntry, format: 'api' | 'event') {
  const image = (item: Item) => (format === 'api' ? outputItem(item) : structuredClone(item));
  const seconds = Math.floor(r.createdAt / 1000);
  return {
    eventID: r.eventID,
    eventName: r.eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: stream.region,
    dynamodb: {
      ApproximateCreationDateTime: format === 'api' ? new Date(seconds * 1000) : seconds,
      Keys: image(r.keys),
      ...(r.newImage ? { NewImage: image(r.newImage) } : {}),
      ...(r.oldImage ? { OldImage: image(r.oldImage) } : {}),
      SequenceNumber: r.sequenceNumber,
      SizeBytes: r.sizeBytes,
      StreamViewType: stream.viewType,
    },
  };
}
