/**
 * SQS state as plain data. Time is lazy: nothing here runs on a timer. A message's visibility,
 * delay and retention are timestamps, judged against the virtual clock whenever the queue is touched.
 */

/** A user message attribute, as stored (binary values as base64 so the state stays JSON). */
export interface StoredMessageAttribute {
  DataType: string;
  StringValue?: string;
  /** base64 */
  BinaryValue?: string;
}

export interface MessageRecord {
  messageId: string;
  body: string;
  md5OfBody: string;
  messageAttributes?: Record<string, StoredMessageAttribute>;
  /** The X-Ray header, the one system attribute a sender may set. */
  traceHeader?: string;
  senderId: string;
  /** Epoch ms the message was first sent (SentTimestamp survives a move to a dead-letter queue). */
  sentTimestamp: number;
  /** Epoch ms retention counts from: the original send, except in a FIFO dead-letter queue (reset on move). */
  enqueuedAt: number;
  /** Not receivable before this (DelaySeconds). */
  delayedUntil: number;
  /** In flight until this (the visibility timeout of the latest receive); 0 when never received. */
  invisibleUntil: number;
  receiveCount: number;
  firstReceiveTimestamp?: number;
  /** The latest receipt handle and when it was issued. */
  receipt?: string;
  receivedAt?: number;
  /** FIFO queues (and fair standard queues) */
  groupId?: string;
  deduplicationId?: string;
  sequenceNumber?: string;
  /** Set when redriven from a source queue. */
  deadLetterQueueSourceArn?: string;
}

export interface DeduplicationRecord {
  messageId: string;
  sequenceNumber?: string;
  expiresAt: number;
}

export interface QueueRecord {
  name: string;
  account: string;
  region: string;
  arn: string;
  url: string;
  fifo: boolean;
  /** The settable attributes, as strings, exactly as GetQueueAttributes returns them. */
  attributes: Record<string, string>;
  /** Epoch seconds. */
  createdTimestamp: number;
  lastModifiedTimestamp: number;
  tags: Record<string, string>;
  /** In send order (FIFO: sequence order). */
  messages: MessageRecord[];
  /** FIFO sequence counter. */
  sequence: number;
  /** Receipts issued, so each receipt handle differs. */
  receipts: number;
  /** FIFO deduplication window by key (dedup id, or group + dedup id when scoped by group). */
  deduplication: Record<string, DeduplicationRecord>;
  /** Epoch ms of the last PurgeQueue. */
  purgedAt?: number;
}

export interface SqsState {
  /** Queues by ARN. */
  queues: Record<string, QueueRecord>;
  /** Epoch ms a queue was deleted, by ARN: a name cannot be reused for 60 seconds. */
  deleted: Record<string, number>;
}

export const initialSqsState = (): SqsState => ({ queues: {}, deleted: {} });
