/**
 * SQS for the cloud's other parts — Lambda's dead-letter queues and destinations, SNS delivery, and
 * event-source-mapping pollers — without going through the API (no caller identity, no request shape).
 */
import type { Cloud } from '../cloud.ts';
import { queueDoesNotExist } from './errors.ts';
import { nextChangeAt, sweep } from './lifecycle.ts';
import { md5OfMessageAttributes } from './message-attributes.ts';
import { findQueueByArn } from './names.ts';
import { changeMessageVisibility, deleteMessage } from './receipt-ops.ts';
import { receiveMessages, systemAttributes } from './receive.ts';
import { sendMessage } from './send.ts';
import { sha256Hex } from './sha256.ts';
import type { QueueRecord, StoredMessageAttribute } from './state.ts';

export interface InternalMessageAttribute {
  DataType: string;
  StringValue?: string;
  /** base64 */
  BinaryValue?: string;
}

export interface FifoSendOptions {
  messageGroupId: string;
  messageDeduplicationId?: string;
}

function requireQueue(cloud: Cloud, queueArn: string): QueueRecord {
  const queue = findQueueByArn(cloud, queueArn);
  if (!queue) throw queueDoesNotExist();
  return queue;
}

/**
 * Sends as a service would (SenderId defaults to the queue owner's account). A FIFO queue needs a
 * message group; without a deduplication id the body's SHA-256 is used, as SNS FIFO topics do.
 */
export function sendToQueue(
  cloud: Cloud,
  queueArn: string,
  body: string,
  messageAttributes?: Record<string, InternalMessageAttribute>,
  senderId?: string,
  fifo?: FifoSendOptions,
  traceHeader?: string,
): { MessageId: string; SequenceNumber?: string } {
  const queue = requireQueue(cloud, queueArn);
  // A FIFO queue deduplicates; lacking an id, the body's SHA-256 stands in (what content-based deduplication would use).
  const deduplicationId = queue.fifo ? (fifo?.messageDeduplicationId ?? sha256Hex(body)) : undefined;
  const sent = sendMessage(
    cloud,
    queue,
    {
      MessageBody: body,
      ...(messageAttributes && Object.keys(messageAttributes).length ? { MessageAttributes: messageAttributes } : {}),
      ...(fifo ? { MessageGroupId: fifo.messageGroupId } : {}),
      ...(deduplicationId ? { MessageDeduplicationId: deduplicationId } : {}),
    },
    senderId ?? queue.account,
    traceHeader,
  );
  return { MessageId: sent.MessageId, ...(sent.SequenceNumber ? { SequenceNumber: sent.SequenceNumber } : {}) };
}

/** A received message with every system attribute — what an SQS event record is built from. */
export interface ReceivedMessage {
  messageId: string;
  receiptHandle: string;
  body: string;
  md5OfBody: string;
  md5OfMessageAttributes: string | null;
  attributes: Record<string, string>;
  messageAttributes: Record<string, StoredMessageAttribute>;
}

export function receive(cloud: Cloud, queueArn: string, max: number, visibilityTimeoutSeconds?: number): ReceivedMessage[] {
  const queue = requireQueue(cloud, queueArn);
  return receiveMessages(cloud, queue, max, visibilityTimeoutSeconds).map((m) => ({
    messageId: m.messageId,
    receiptHandle: m.receipt!,
    body: m.body,
    md5OfBody: m.md5OfBody,
    md5OfMessageAttributes: m.messageAttributes ? md5OfMessageAttributes(m.messageAttributes) : null,
    attributes: systemAttributes(m),
    messageAttributes: { ...(m.messageAttributes ?? {}) },
  }));
}

export function deleteByReceipt(cloud: Cloud, queueArn: string, receiptHandle: string): void {
  deleteMessage(cloud, requireQueue(cloud, queueArn), receiptHandle);
}

export function changeVisibilityByReceipt(cloud: Cloud, queueArn: string, receiptHandle: string, visibilityTimeoutSeconds: number): void {
  changeMessageVisibility(cloud, requireQueue(cloud, queueArn), receiptHandle, visibilityTimeoutSeconds);
}

/** When the queue next changes by itself (a delay or visibility timeout ending), for a scheduler; null if never. */
export function queueNextChangeAt(cloud: Cloud, queueArn: string): number | null {
  const queue = findQueueByArn(cloud, queueArn);
  if (!queue) return null;
  const now = cloud.clock.now();
  sweep(queue, now);
  return nextChangeAt(queue, now);
}
