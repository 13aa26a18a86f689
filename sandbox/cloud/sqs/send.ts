/**
 * Sending: validates a message as SQS does, applies the queue's delay, and for FIFO queues enforces
 * MessageGroupId, deduplication (a 5-minute window, by MessageDeduplicationId or the SHA-256 of the
 * body) and sequence numbers.
 */
import type { Cloud } from '../cloud.ts';
import { invalidMessageContents, invalidParameterValue, invalidValue, missingParameter } from './errors.ts';
import { attributeNumber, sweep } from './lifecycle.ts';
import { md5Hex } from './md5.ts';
import { isValidMessageText, md5OfMessageAttributes, messageAttributesSize, normalizeMessageAttributes } from './message-attributes.ts';
import { sha256Hex } from './sha256.ts';
import type { MessageRecord, QueueRecord } from './state.ts';

export const DEDUPLICATION_WINDOW_MS = 5 * 60 * 1000;
const encoder = new TextEncoder();

export interface SendInput {
  MessageBody?: unknown;
  DelaySeconds?: unknown;
  MessageAttributes?: unknown;
  MessageSystemAttributes?: unknown;
  MessageGroupId?: unknown;
  MessageDeduplicationId?: unknown;
}

export interface SendResult {
  MD5OfMessageBody: string;
  MD5OfMessageAttributes?: string;
  MD5OfMessageSystemAttributes?: string;
  MessageId: string;
  SequenceNumber?: string;
}

/** FIFO ids: 1–128 printable ASCII characters (alphanumerics and punctuation). */
function fifoId(value: unknown, parameter: string): string {
  const text = String(value);
  if (!/^[\x21-\x7e]{1,128}$/.test(text)) {
    throw invalidValue(text, parameter, `${parameter} can only include alphanumeric and punctuation characters. 1 to 128 in length.`);
  }
  return text;
}

function traceHeaderOf(systemAttributes: unknown): { header?: string; md5?: string } {
  if (systemAttributes === undefined || systemAttributes === null) return {};
  const entries = Object.entries(systemAttributes as Record<string, { DataType?: string; StringValue?: string }>);
  for (const [name] of entries) {
    if (name !== 'AWSTraceHeader') throw invalidParameterValue(`Message system attribute name '${name}' is invalid.`);
  }
  const attr = (systemAttributes as Record<string, { DataType?: string; StringValue?: string }>).AWSTraceHeader;
  if (!attr) return {};
  if (attr.DataType !== 'String' || typeof attr.StringValue !== 'string' || attr.StringValue === '') {
    throw invalidParameterValue("Message system attribute 'AWSTraceHeader' must be of type String and not empty.");
  }
  return { header: attr.StringValue, md5: md5OfMessageAttributes({ AWSTraceHeader: { DataType: 'String', StringValue: attr.StringValue } }) };
}

/** A 20-digit, non-consecutive, increasing number, as SQS's FIFO sequence numbers look. */
export function nextSequenceNumber(cloud: Cloud, queue: QueueRecord): string {
  queue.sequence += 1;
  return String(18_800_000_000_000_000_000n + BigInt(queue.sequence) * 65_536n + BigInt(cloud.ids.next() & 0xffff));
}

/** `traceHeader` is the sender's X-Ray header (its request's), kept as AWSTraceHeader unless the message sets one. */
export function sendMessage(cloud: Cloud, queue: QueueRecord, input: SendInput, senderId: string, traceHeader?: string): SendResult {
  const now = cloud.clock.now();
  sweep(queue, now);
  const body = input.MessageBody;
  if (typeof body !== 'string' || body === '') throw missingParameter('MessageBody');
  if (!isValidMessageText(body)) throw invalidMessageContents();
  const attributes = normalizeMessageAttributes(input.MessageAttributes);
  const given = traceHeaderOf(input.MessageSystemAttributes);
  const trace = given.header === undefined && traceHeader ? { header: traceHeader } : given;
  const limit = attributeNumber(queue, 'MaximumMessageSize');
  if (encoder.encode(body).length + messageAttributesSize(attributes) > limit) {
    throw invalidParameterValue(`One or more parameters are invalid. Reason: Message must be shorter than ${limit} bytes.`);
  }

  let delaySeconds = attributeNumber(queue, 'DelaySeconds');
  if (input.DelaySeconds !== undefined && input.DelaySeconds !== null) {
    if (queue.fifo) throw invalidValue(input.DelaySeconds, 'DelaySeconds', 'The request include parameter that is not valid for this queue type.');
    const d = Number(input.DelaySeconds);
    if (!Number.isInteger(d) || d < 0 || d > 900) throw invalidValue(input.DelaySeconds, 'DelaySeconds', 'DelaySeconds must be >= 0 and <= 900.');
    delaySeconds = d;
  }

  // Standard queues accept MessageGroupId (fair queues) but never a deduplication id.
  const groupId = input.MessageGroupId === undefined || input.MessageGroupId === null ? undefined : fifoId(input.MessageGroupId, 'MessageGroupId');
  let deduplicationId: string | undefined;
  if (input.MessageDeduplicationId !== undefined && input.MessageDeduplicationId !== null) {
    if (!queue.fifo) {
      throw invalidValue(input.MessageDeduplicationId, 'MessageDeduplicationId', 'The request include parameter that is not valid for this queue type.');
    }
    deduplicationId = fifoId(input.MessageDeduplicationId, 'MessageDeduplicationId');
  }

  const md5OfBody = md5Hex(body);
  const md5OfAttributes = attributes ? md5OfMessageAttributes(attributes) : undefined;
  const result = (messageId: string, sequenceNumber?: string): SendResult => ({
    MD5OfMessageBody: md5OfBody,
    ...(md5OfAttributes ? { MD5OfMessageAttributes: md5OfAttributes } : {}),
    ...(trace.md5 ? { MD5OfMessageSystemAttributes: trace.md5 } : {}),
    MessageId: messageId,
    ...(sequenceNumber ? { SequenceNumber: sequenceNumber } : {}),
  });

  let sequenceNumber: string | undefined;
  if (queue.fifo) {
    if (groupId === undefined) throw missingParameter('MessageGroupId');
    if (deduplicationId === undefined) {
      if (queue.attributes.ContentBasedDeduplication !== 'true') {
        throw invalidParameterValue('The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly');
      }
      deduplicationId = sha256Hex(body);
    }
    const key = queue.attributes.DeduplicationScope === 'messageGroup' ? `${groupId}\u0000${deduplicationId}` : deduplicationId;
    const seen = queue.deduplication[key];
    if (seen) {
      // Accepted, not delivered again: the first message's id answers.
      cloud.trace({ type: 'sqs.deduplicated', queueArn: queue.arn, messageId: seen.messageId, deduplicationId });
      return result(seen.messageId, seen.sequenceNumber);
    }
    sequenceNumber = nextSequenceNumber(cloud, queue);
    const messageId = cloud.ids.uuid();
    queue.deduplication[key] = { messageId, sequenceNumber, expiresAt: now + DEDUPLICATION_WINDOW_MS };
    return enqueue(cloud, queue, { messageId, body, md5OfBody, attributes, trace: trace.header, senderId, now, delaySeconds, groupId, deduplicationId, sequenceNumber }, result);
  }
  return enqueue(cloud, queue, { messageId: cloud.ids.uuid(), body, md5OfBody, attributes, trace: trace.header, senderId, now, delaySeconds, groupId }, result);
}

interface Enqueue {
  messageId: string;
  body: string;
  md5OfBody: string;
  attributes: MessageRecord['messageAttributes'];
  trace?: string;
  senderId: string;
  now: number;
  delaySeconds: number;
  groupId?: string;
  deduplicationId?: string;
  sequenceNumber?: string;
}

function enqueue(cloud: Cloud, queue: QueueRecord, e: Enqueue, result: (id: string, seq?: string) => SendResult): SendResult {
  const message: MessageRecord = {
    messageId: e.messageId,
    body: e.body,
    md5OfBody: e.md5OfBody,
    ...(e.attributes ? { messageAttributes: e.attributes } : {}),
    ...(e.trace ? { traceHeader: e.trace } : {}),
    senderId: e.senderId,
    sentTimestamp: e.now,
    enqueuedAt: e.now,
    delayedUntil: e.now + e.delaySeconds * 1000,
    invisibleUntil: 0,
    receiveCount: 0,
    ...(e.groupId !== undefined ? { groupId: e.groupId } : {}),
    ...(e.deduplicationId !== undefined ? { deduplicationId: e.deduplicationId } : {}),
    ...(e.sequenceNumber !== undefined ? { sequenceNumber: e.sequenceNumber } : {}),
  };
  queue.messages.push(message);
  cloud.trace({ type: 'sqs.sent', queueArn: queue.arn, messageId: e.messageId, ...(e.delaySeconds ? { delaySeconds: e.delaySeconds } : {}) });
  return result(e.messageId, e.sequenceNumber);
}
