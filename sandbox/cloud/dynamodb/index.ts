/**
 * Amazon DynamoDB (tables, items, expressions, queries, batches) and DynamoDB Streams (service
 * `dynamodbstreams`), over one state, and what Lambda's stream poller uses.
 */
import type { ServiceActions } from '../service.ts';
import { batchActions } from './batch.ts';
import { itemActions } from './items.ts';
import { queryActions } from './query.ts';
import { streamsApiActions } from './streams/api.ts';
import { tableActions } from './tables.ts';

export const dynamodbActions: ServiceActions = { ...tableActions, ...itemActions, ...queryActions, ...batchActions } as unknown as ServiceActions;
export const dynamodbStreamsActions: ServiceActions = streamsApiActions as unknown as ServiceActions;

export {
  initialDynamoDbState,
  type DynamoDbState,
  type TableRecord,
  type TableStreamRecord,
  type StreamRecordEntry,
  type StreamViewType,
  type KeySchemaElement,
  type AttributeDefinition,
} from './state.ts';
export type { AttributeValue, Item } from './values.ts';
export { findTableByArn, tableArn } from './names.ts';
export { readStream, listStreamShardIds, findTableByStreamArn, streamCheckpoint, streamShardFinished, type StreamPosition, type DynamoDbEventRecord } from './streams/internal.ts';
