/**
 * A message's state at a moment, judged lazily: delayed until `delayedUntil`, in flight until
 * `invisibleUntil`, gone once older than the queue's retention period. Every operation on a queue
 * first sweeps it, so the virtual clock alone decides what a receive or an attribute read sees.
 */
import type { MessageRecord, QueueRecord } from './state.ts';

export const isDelayed = (m: MessageRecord, now: number) => now < m.delayedUntil;
export const isInFlight = (m: MessageRecord, now: number) => now < m.invisibleUntil;
export const isAvailable = (m: MessageRecord, now: number) => !isDelayed(m, now) && !isInFlight(m, now);

export const attributeNumber = (queue: QueueRecord, name: string) => Number(queue.attributes[name]);

/** Drops messages past the retention period and FIFO deduplication entries past their window. */
export function sweep(queue: QueueRecord, now: number): void {
  const retentionMs = attributeNumber(queue, 'MessageRetentionPeriod') * 1000;
  queue.messages = queue.messages.filter((m) => now < m.enqueuedAt + retentionMs);
  for (const [key, entry] of Object.entries(queue.deduplication)) {
    if (entry.expiresAt <= now) delete queue.deduplication[key];
  }
}

export interface QueueCounts {
  visible: number;
  notVisible: number;
  delayed: number;
}

/** ApproximateNumberOfMessages, …NotVisible (in flight) and …Delayed. */
export function countMessages(queue: QueueRecord, now: number): QueueCounts {
  const counts = { visible: 0, notVisible: 0, delayed: 0 };
  for (const m of queue.messages) {
    if (isDelayed(m, now)) counts.delayed++;
    else if (isInFlight(m, now)) counts.notVisible++;
    else counts.visible++;
  }
  return counts;
}

/**
 * The next moment something in the queue changes by itself (a delay or a visibility timeout ends),
 * or null: what a scheduler needs to know when to poll again, since nothing here sets timers.
 */
export function nextChangeAt(queue: QueueRecord, now: number): number | null {
  let next: number | null = null;
  for (const m of queue.messages) {
    for (const t of [m.delayedUntil, m.invisibleUntil]) {
      if (t > now && (next === null || t < next)) next = t;
    }
  }
  return next;
}
