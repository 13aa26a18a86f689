/**
 * Receiving: picks available messages, hides them for the visibility timeout, issues receipt handles,
 * and moves a message to the dead-letter queue instead when this receive would take its receive count
 * past the RedrivePolicy's maxReceiveCount — the moment SQS redrives. FIFO queues hand out messages
 * in order per message group, and never a group that already has a message in flight.
 */
import type { Cloud } from '../cloud.ts';
import { redrivePolicy } from './attributes.ts';
import { isAvailable, isInFlight, sweep } from './lifecycle.ts';
import { findQueueByArn } from './names.ts';
import { encodeReceipt } from './receipts.ts';
import { nextSequenceNumber } from './send.ts';
import type { MessageRecord, QueueRecord } from './state.ts';

/** Receives up to `max` messages, hiding them for `visibilitySeconds` (the queue's VisibilityTimeout by default). */
export function receiveMessages(cloud: Cloud, queue: QueueRecord, max: number, visibilitySeconds?: number): MessageRecord[] {
  const now = cloud.clock.now();
  sweep(queue, now);
  const visibility = visibilitySeconds ?? Number(queue.attributes.VisibilityTimeout);
  const policy = redrivePolicy(queue);
  const dlq = policy ? findQueueByArn(cloud, policy.deadLetterTargetArn) : undefined;
  const picked: MessageRecord[] = [];

  /** Takes one message, or redrives it; false when it went to the dead-letter queue. */
  const take = (m: MessageRecord): boolean => {
    if (policy && dlq && m.receiveCount + 1 > policy.maxReceiveCount) {
      moveToDeadLetterQueue(cloud, queue, m, dlq, now);
      return false;
    }
    m.receiveCount += 1;
    m.firstReceiveTimestamp ??= now;
    m.invisibleUntil = now + visibility * 1000;
    m.receivedAt = now;
    queue.receipts += 1;
    m.receipt = encodeReceipt(cloud.ids, { queueArn: queue.arn, messageId: m.messageId, serial: queue.receipts });
    picked.push(m);
    return true;
  };

  if (queue.fifo) {
    // Group-major: as many messages of one group as possible, groups in order of their oldest message.
    const groups = new Map<string, MessageRecord[]>();
    for (const m of queue.messages) {
      const list = groups.get(m.groupId ?? '') ?? [];
      list.push(m);
      groups.set(m.groupId ?? '', list);
    }
    for (const messages of groups.values()) {
      if (picked.length >= max) break;
      if (messages.some((m) => isInFlight(m, now))) continue;
      for (const m of messages) {
        if (picked.length >= max || !isAvailable(m, now)) break;
        take(m);
      }
    }
  } else {
    for (const m of [...queue.messages]) {
      if (picked.length >= max) break;
      if (isAvailable(m, now)) take(m);
    }
  }
  if (picked.length) {
    cloud.trace({ type: 'sqs.received', queueArn: queue.arn, messageIds: picked.map((m) => m.messageId), visibilityTimeout: visibility });
  }
  return picked;
}

function moveToDeadLetterQueue(cloud: Cloud, source: QueueRecord, m: MessageRecord, dlq: QueueRecord, now: number): void {
  source.messages = source.messages.filter((x) => x !== m);
  sweep(dlq, now);
  const moved: MessageRecord = {
    ...m,
    // Standard queues keep the original enqueue time for retention; a FIFO dead-letter queue resets it.
    enqueuedAt: dlq.fifo ? now : m.enqueuedAt,
    delayedUntil: now,
    invisibleUntil: 0,
    deadLetterQueueSourceArn: source.arn,
    ...(dlq.fifo ? { sequenceNumber: nextSequenceNumber(cloud, dlq) } : {}),
  };
  delete moved.receipt;
  delete moved.receivedAt;
  dlq.messages.push(moved);
  cloud.trace({ type: 'sqs.redriven', queueArn: source.arn, deadLetterQueueArn: dlq.arn, messageId: m.messageId, receiveCount: m.receiveCount });
}

/** The message system attributes a receive can return, in SQS's order. */
export function systemAttributes(m: MessageRecord): Record<string, string> {
  return {
    SenderId: m.senderId,
    ApproximateFirstReceiveTimestamp: String(m.firstReceiveTimestamp ?? m.receivedAt ?? 0),
    ApproximateReceiveCount: String(m.receiveCount),
    SentTimestamp: String(m.sentTimestamp),
    ...(m.sequenceNumber ? { SequenceNumber: m.sequenceNumber } : {}),
    ...(m.deduplicationId ? { MessageDeduplicationId: m.deduplicationId } : {}),
    ...(m.groupId ? { MessageGroupId: m.groupId } : {}),
    ...(m.traceHeader ? { AWSTraceHeader: m.traceHeader } : {}),
    ...(m.deadLetterQueueSourceArn ? { DeadLetterQueueSourceArn: m.deadLetterQueueSourceArn } : {}),
  };
}

export function selectSystemAttributes(m: MessageRecord, names: string[]): Record<string, string> | undefined {
  if (names.length === 0) return undefined;
  const all = systemAttributes(m);
  if (names.includes('All')) return all;
  const out = Object.fromEntries(Object.entries(all).filter(([name]) => names.includes(name)));
  return Object.keys(out).length ? out : undefined;
}

