/**
 * Publishing: validates a message as SNS does, deduplicates on FIFO topics, then fans it out to every
 * confirmed subscription whose filter policy matches — synchronously, since the clock is virtual and
 * SNS's own delivery delay is not something a lesson observes.
 */
import type { Cloud } from '../cloud.ts';
import { sha256Hex } from '../sqs/sha256.ts';
import { snsState } from './arns.ts';
import { deliver } from './delivery.ts';
import { fakeSignature, type Notification } from './envelope.ts';
import { invalidParameter } from './errors.ts';
import { filterPolicyMatches, parseFilterPolicy, type FilterScope } from './filter-policy.ts';
import { normalizeSnsAttributes, snsAttributesSize } from './message-attributes.ts';
import type { TopicRecord } from './state.ts';

export const MAX_MESSAGE_BYTES = 262144;
const DEDUPLICATION_WINDOW_MS = 5 * 60 * 1000;
const encoder = new TextEncoder();

export interface PublishInput {
  Message?: unknown;
  Subject?: unknown;
  MessageStructure?: unknown;
  MessageAttributes?: unknown;
  MessageGroupId?: unknown;
  MessageDeduplicationId?: unknown;
}

export interface PublishResult {
  MessageId: string;
  SequenceNumber?: string;
}

/** Subjects: up to 100 characters, printable, no line breaks, starting with a letter, digit or punctuation. */
const validSubject = (s: string) => s.length >= 1 && s.length <= 100 && /^[\x21-\x7e][\x20-\x7e]*$/.test(s);

function structuredMessages(message: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    throw invalidParameter('Message Structure - JSON message body failed to parse');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalidParameter('Message Structure - JSON message body failed to parse');
  const byProtocol = Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  if (byProtocol.default === undefined) throw invalidParameter('Message Structure - No default entry in JSON message body');
  return byProtocol;
}

export function publishMessage(cloud: Cloud, topic: TopicRecord, input: PublishInput, traceHeader?: string): PublishResult {
  const now = cloud.clock.now();
  let subject: string | undefined;
  if (input.Subject !== undefined && input.Subject !== null) {
    subject = String(input.Subject);
    if (!validSubject(subject)) throw invalidParameter('Subject');
  }
  if (typeof input.Message !== 'string' || input.Message === '') throw invalidParameter('Empty message');
  const message = input.Message;
  const attributes = normalizeSnsAttributes(input.MessageAttributes);
  if (encoder.encode(message).length + snsAttributesSize(attributes) > MAX_MESSAGE_BYTES) throw invalidParameter('Message too long');
  let byProtocol: Record<string, string> | undefined;
  if (input.MessageStructure !== undefined && input.MessageStructure !== null) {
    if (input.MessageStructure !== 'json') throw invalidParameter('MessageStructure');
    byProtocol = structuredMessages(message);
  }

  const groupId = input.MessageGroupId === undefined || input.MessageGroupId === null ? undefined : String(input.MessageGroupId);
  let deduplicationId = input.MessageDeduplicationId === undefined || input.MessageDeduplicationId === null ? undefined : String(input.MessageDeduplicationId);
  let sequenceNumber: string | undefined;
  if (topic.fifo) {
    if (!groupId) throw invalidParameter('The MessageGroupId parameter is required for FIFO topics');
    if (!deduplicationId) {
      if (topic.attributes.ContentBasedDeduplication !== 'true') {
        throw invalidParameter('The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly');
      }
      deduplicationId = sha256Hex(message);
    }
    for (const [key, entry] of Object.entries(topic.deduplication)) if (entry.expiresAt <= now) delete topic.deduplication[key];
    const seen = topic.deduplication[deduplicationId];
    if (seen) return { MessageId: seen.messageId, SequenceNumber: seen.sequenceNumber };
    topic.sequence += 1;
    sequenceNumber = String(10_000_000_000_000_000_000n + BigInt(topic.sequence) * 1000n);
  } else if (deduplicationId !== undefined) {
    throw invalidParameter('MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type');
  }

  const messageId = cloud.ids.uuid();
  if (topic.fifo) topic.deduplication[deduplicationId!] = { messageId, sequenceNumber: sequenceNumber!, expiresAt: now + DEDUPLICATION_WINDOW_MS };
  const notification: Notification = {
    messageId,
    topicArn: topic.arn,
    region: topic.region,
    ...(subject !== undefined ? { subject } : {}),
    timestamp: new Date(now).toISOString(),
    signatureVersion: topic.attributes.SignatureVersion ?? '1',
    signature: fakeSignature(cloud.ids),
    attributes,
    ...(sequenceNumber ? { sequenceNumber } : {}),
    ...(traceHeader ? { traceHeader } : {}),
  };
  cloud.trace({ type: 'sns.published', topicArn: topic.arn, messageId, ...(subject !== undefined ? { subject } : {}) });

  for (const sub of Object.values(snsState(cloud).subscriptions)) {
    if (sub.topicArn !== topic.arn) continue;
    if (sub.pendingConfirmation) {
      cloud.trace({ type: 'sns.skipped', topicArn: topic.arn, subscriptionArn: sub.arn, messageId, reason: 'PendingConfirmation' });
      continue;
    }
    const text = byProtocol ? (byProtocol[sub.protocol] ?? byProtocol.default!) : message;
    const policyText = sub.attributes.FilterPolicy;
    if (policyText) {
      const scope = (sub.attributes.FilterPolicyScope ?? 'MessageAttributes') as FilterScope;
      if (!filterPolicyMatches(parseFilterPolicy(policyText, scope, ''), scope, attributes, text)) {
        cloud.trace({ type: 'sns.filtered', topicArn: topic.arn, subscriptionArn: sub.arn, messageId });
        continue;
      }
    }
    deliver(cloud, sub, notification, text, topic.fifo ? { messageGroupId: groupId!, messageDeduplicationId: deduplicationId! } : undefined);
  }
  return { MessageId: messageId, ...(sequenceNumber ? { SequenceNumber: sequenceNumber } : {}) };
}
