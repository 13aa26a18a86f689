/**
 * DynamoDB state as plain data: tables with their items, and the tables' streams. A stream lives
 * beside its table, not inside it: once disabled (or its table deleted) its records stay readable
 * for 24 hours, as DynamoDB Streams keeps them.
 */
import type { AttributeValue, Item } from './values.ts';

export interface KeySchemaElement {
  AttributeName: string;
  KeyType: 'HASH' | 'RANGE';
}

export interface AttributeDefinition {
  AttributeName: string;
  AttributeType: 'S' | 'N' | 'B';
}

export type StreamViewType = 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY';

export interface TableRecord {
  name: string;
  arn: string;
  /** TableId: a UUID. */
  id: string;
  account: string;
  region: string;
  /** Epoch ms. */
  createdAt: number;
  keySchema: KeySchemaElement[];
  attributeDefinitions: AttributeDefinition[];
  billingMode: 'PROVISIONED' | 'PAY_PER_REQUEST';
  readCapacityUnits: number;
  writeCapacityUnits: number;
  /** Epoch ms the table last switched to on-demand. */
  payPerRequestSince?: number;
  deletionProtection: boolean;
  /** The current stream, when one is enabled. */
  streamArn?: string;
  /** The most recent stream, enabled or not (LatestStreamArn stays after a stream is disabled). */
  latestStreamArn?: string;
  /** Items by their key id (see keys.ts). */
  items: Record<string, Item>;
  tags: Record<string, string>;
}

export type StreamEventName = 'INSERT' | 'MODIFY' | 'REMOVE';

export interface StreamRecordEntry {
  eventID: string;
  eventName: StreamEventName;
  /** 21 digits, increasing within the stream. */
  sequenceNumber: string;
  /** Epoch ms the change was made. */
  createdAt: number;
  keys: Item;
  newImage?: Item;
  oldImage?: Item;
  sizeBytes: number;
}

export interface TableStreamRecord {
  arn: string;
  /** The label: the creation time, `2026-11-28T06:01:02.345`. */
  label: string;
  tableName: string;
  tableArn: string;
  account: string;
  region: string;
  viewType: StreamViewType;
  keySchema: KeySchemaElement[];
  /** Epoch ms. */
  createdAt: number;
  status: 'ENABLED' | 'DISABLED';
  /** Epoch ms the stream was disabled (or its table deleted). */
  disabledAt?: number;
  /** The sandbox keeps one shard per stream (see streams/lifecycle.ts). */
  shardId: string;
  startingSequenceNumber: string;
  /** Set when the shard is closed (the stream disabled). */
  endingSequenceNumber?: string;
  counter: number;
  records: StreamRecordEntry[];
}

export interface DynamoDbState {
  /** Tables by ARN. */
  tables: Record<string, TableRecord>;
  /** Streams by ARN. */
  streams: Record<string, TableStreamRecord>;
}

export const initialDynamoDbState = (): DynamoDbState => ({ tables: {}, streams: {} });

export type { AttributeValue, Item };
