/**
 * What a receipt handle allows: deleting the message and changing its visibility. As on AWS, a handle
 * never issued (or issued by another queue) is ReceiptHandleIsInvalid; on a standard queue an older
 * handle of the message still works and deleting a message already gone succeeds; a FIFO queue only
 * honours the latest handle while the message is in flight ("The receipt handle has expired.").
 */
import type { Cloud } from '../cloud.ts';
import {
  invalidValue,
  notAvailableForVisibilityChange,
  receiptHandleExpired,
  receiptHandleIsInvalid,
  receiptHandleNotForQueue,
} from './errors.ts';
import { isInFlight, sweep } from './lifecycle.ts';
import { decodeReceipt } from './receipts.ts';
import type { MessageRecord, QueueRecord } from './state.ts';

export const MAX_VISIBILITY_SECONDS = 43200;

function messageFor(cloud: Cloud, queue: QueueRecord, handle: unknown): { message?: MessageRecord; handle: string; now: number } {
  const text = typeof handle === 'string' ? handle : String(handle ?? '');
  const content = decodeReceipt(text);
  if (!content) throw receiptHandleIsInvalid(text);
  if (content.queueArn !== queue.arn) throw receiptHandleNotForQueue(text);
  const now = cloud.clock.now();
  sweep(queue, now);
  return { message: queue.messages.find((m) => m.messageId === content.messageId), handle: text, now };
}

export function deleteMessage(cloud: Cloud, queue: QueueRecord, receiptHandle: unknown): void {
  const { message, handle, now } = messageFor(cloud, queue, receiptHandle);
  if (!message) return;
  if (queue.fifo && (message.receipt !== handle || !isInFlight(message, now))) throw receiptHandleExpired(handle);
  queue.messages = queue.messages.filter((m) => m !== message);
  cloud.trace({ type: 'sqs.deleted', queueArn: queue.arn, messageId: message.messageId });
}

export function parseVisibilityTimeout(value: unknown): number {
  const seconds = Number(value);
  if (value === undefined || value === null || !Number.isInteger(seconds) || seconds < 0 || seconds > MAX_VISIBILITY_SECONDS) {
    throw invalidValue(value, 'VisibilityTimeout', `Must be between 0 and ${MAX_VISIBILITY_SECONDS}, if provided.`);
  }
  return seconds;
}

export function changeMessageVisibility(cloud: Cloud, queue: QueueRecord, receiptHandle: unknown, visibilityTimeout: unknown): void {
  const { message, handle, now } = messageFor(cloud, queue, receiptHandle);
  const seconds = parseVisibilityTimeout(visibilityTimeout);
  if (!message || !isInFlight(message, now)) throw notAvailableForVisibilityChange(handle);
  if (queue.fifo && message.receipt !== handle) throw receiptHandleExpired(handle);
  // The 12-hour ceiling counts from the receive, not from this call.
  if (now + seconds * 1000 - (message.receivedAt ?? now) > MAX_VISIBILITY_SECONDS * 1000) {
    throw invalidValue(seconds, 'VisibilityTimeout', `Total VisibilityTimeout for the message is beyond the limit [${MAX_VISIBILITY_SECONDS} seconds]`);
  }
  message.invisibleUntil = now + seconds * 1000;
  cloud.trace({ type: 'sqs.visibility-changed', queueArn: queue.arn, messageId: message.messageId, visibilityTimeout: seconds });
}
