/**
 * Queue attributes: which a caller may set, their ranges and defaults, and what GetQueueAttributes
 * shows. Values are kept as the strings the API exchanges.
 */
import { invalidAttributeValue, invalidValue, unknownAttribute } from './errors.ts';
import { isPolicyDocument } from './access-policy.ts';
import { countMessages } from './lifecycle.ts';
import { parseQueueArn } from './names.ts';
import type { QueueRecord } from './state.ts';

/** Integer attributes and their inclusive ranges (SQS API reference, CreateQueue). */
const RANGES: Record<string, [number, number]> = {
  DelaySeconds: [0, 900],
  MaximumMessageSize: [1024, 1048576],
  MessageRetentionPeriod: [60, 1209600],
  ReceiveMessageWaitTimeSeconds: [0, 20],
  VisibilityTimeout: [0, 43200],
  KmsDataKeyReusePeriodSeconds: [60, 86400],
};

const COMMON = [...Object.keys(RANGES), 'Policy', 'RedrivePolicy', 'RedriveAllowPolicy', 'KmsMasterKeyId', 'SqsManagedSseEnabled'];
const FIFO_ONLY = ['FifoQueue', 'ContentBasedDeduplication', 'DeduplicationScope', 'FifoThroughputLimit'];

/** Every name GetQueueAttributes accepts (the model's QueueAttributeName enum). */
export const QUEUE_ATTRIBUTE_NAMES = [
  'All', 'Policy', 'VisibilityTimeout', 'MaximumMessageSize', 'MessageRetentionPeriod', 'ApproximateNumberOfMessages',
  'ApproximateNumberOfMessagesNotVisible', 'CreatedTimestamp', 'LastModifiedTimestamp', 'QueueArn',
  'ApproximateNumberOfMessagesDelayed', 'DelaySeconds', 'ReceiveMessageWaitTimeSeconds', 'RedrivePolicy', 'FifoQueue',
  'ContentBasedDeduplication', 'KmsMasterKeyId', 'KmsDataKeyReusePeriodSeconds', 'DeduplicationScope', 'FifoThroughputLimit',
  'RedriveAllowPolicy', 'SqsManagedSseEnabled',
];

/** A new queue's attributes. MaximumMessageSize is 1 MiB since August 2025; SSE-SQS is on by default. */
export function defaultAttributes(fifo: boolean): Record<string, string> {
  return {
    VisibilityTimeout: '30',
    MaximumMessageSize: '1048576',
    MessageRetentionPeriod: '345600',
    DelaySeconds: '0',
    ReceiveMessageWaitTimeSeconds: '0',
    SqsManagedSseEnabled: 'true',
    ...(fifo ? { FifoQueue: 'true', DeduplicationScope: 'queue', FifoThroughputLimit: 'perQueue', ContentBasedDeduplication: 'false' } : {}),
  };
}

export interface AttributeContext {
  fifo: boolean;
  creating: boolean;
  /** The queue being configured (for RedrivePolicy checks). */
  arn: string;
  findQueue: (arn: string) => QueueRecord | undefined;
}

/** Validates the attributes of CreateQueue / SetQueueAttributes and returns them normalized. */
export function normalizeAttributes(input: Record<string, unknown>, ctx: AttributeContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(input)) {
    const value = typeof raw === 'string' ? raw : String(raw);
    const allowed = COMMON.includes(name) || (ctx.fifo && FIFO_ONLY.includes(name) && (ctx.creating || name !== 'FifoQueue'));
    if (!allowed) throw unknownAttribute(name);
    const range = RANGES[name];
    if (range) {
      if (!/^\d+$/.test(value.trim()) || Number(value) < range[0] || Number(value) > range[1]) throw invalidAttributeValue(name);
      out[name] = String(Number(value));
    } else if (name === 'FifoQueue' || name === 'ContentBasedDeduplication' || name === 'SqsManagedSseEnabled') {
      if (!/^(true|false)$/i.test(value)) throw invalidAttributeValue(name);
      out[name] = value.toLowerCase();
    } else if (name === 'DeduplicationScope') {
      if (value !== 'messageGroup' && value !== 'queue') throw invalidAttributeValue(name);
      out[name] = value;
    } else if (name === 'FifoThroughputLimit') {
      if (value !== 'perQueue' && value !== 'perMessageGroupId') throw invalidAttributeValue(name);
      out[name] = value;
    } else if (name === 'RedrivePolicy') {
      out[name] = value === '' ? '' : normalizeRedrivePolicy(value, ctx);
    } else if (name === 'RedriveAllowPolicy') {
      out[name] = value === '' ? '' : normalizeRedriveAllowPolicy(value);
    } else if (name === 'Policy') {
      // SQS answers any policy it cannot read — bad JSON, no statements — with this one sentence.
      if (value !== '' && !isPolicyDocument(value)) throw invalidAttributeValue('Policy');
      out[name] = value;
    } else {
      out[name] = value;
    }
  }
  return out;
}

function parseJsonObject(value: string): Record<string, unknown> | null {
  try {
    const parsed = JSON.parse(value) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** RedrivePolicy → `{"deadLetterTargetArn":"…","maxReceiveCount":5}` (the count as a number, as SQS returns it). */
function normalizeRedrivePolicy(value: string, ctx: AttributeContext): string {
  const fail = (reason: string) => invalidValue(value, 'RedrivePolicy', reason);
  const policy = parseJsonObject(value);
  if (!policy) throw fail('Redrive policy is not a valid JSON map.');
  const target = policy.deadLetterTargetArn;
  if (target === undefined) throw fail('Redrive policy does not contain mandatory attribute: deadLetterTargetArn.');
  if (policy.maxReceiveCount === undefined) throw fail('Redrive policy does not contain mandatory attribute: maxReceiveCount.');
  const count = Number(policy.maxReceiveCount);
  if (!Number.isInteger(count) || count < 1 || count > 1000) {
    throw fail(`Invalid value for maxReceiveCount: ${String(policy.maxReceiveCount)}, valid values are from 1 to 1000 both inclusive.`);
  }
  if (typeof target !== 'string' || !parseQueueArn(target)) throw fail('Invalid value for deadLetterTargetArn.');
  const dlq = ctx.findQueue(target);
  if (!dlq) throw fail('Dead letter target does not exist.');
  if (dlq.fifo !== ctx.fifo) throw fail('Dead-letter queue must be same type of queue as the source..');
  const allow = dlq.attributes.RedriveAllowPolicy ? parseJsonObject(dlq.attributes.RedriveAllowPolicy) : null;
  const permission = allow?.redrivePermission;
  const sources = Array.isArray(allow?.sourceQueueArns) ? (allow.sourceQueueArns as unknown[]) : [];
  if (permission === 'denyAll' || (permission === 'byQueue' && !sources.includes(ctx.arn))) {
    throw fail(`Queue ${target} does not allow this queue to use it as a dead-letter queue.`);
  }
  return JSON.stringify({ deadLetterTargetArn: target, maxReceiveCount: count });
}

function normalizeRedriveAllowPolicy(value: string): string {
  const fail = (reason: string) => invalidValue(value, 'RedriveAllowPolicy', reason);
  const policy = parseJsonObject(value);
  if (!policy) throw fail('Redrive allow policy is not a valid JSON map.');
  const permission = policy.redrivePermission;
  if (permission !== 'allowAll' && permission !== 'denyAll' && permission !== 'byQueue') {
    throw fail('Invalid value for redrivePermission. Valid values are allowAll, denyAll, byQueue.');
  }
  const sources = policy.sourceQueueArns;
  if (permission === 'byQueue') {
    if (!Array.isArray(sources) || sources.length < 1 || sources.length > 10) {
      throw fail('Amazon SQS can only use sourceQueueArns with redrivePermission byQueue, and requires 1 to 10 of them.');
    }
  } else if (sources !== undefined) {
    throw fail('Amazon SQS can only use sourceQueueArns with redrivePermission byQueue.');
  }
  return JSON.stringify(permission === 'byQueue' ? { redrivePermission: permission, sourceQueueArns: sources } : { redrivePermission: permission });
}

/** The parsed RedrivePolicy of a queue, when it has one. */
export function redrivePolicy(queue: QueueRecord): { deadLetterTargetArn: string; maxReceiveCount: number } | null {
  const text = queue.attributes.RedrivePolicy;
  return text ? (JSON.parse(text) as { deadLetterTargetArn: string; maxReceiveCount: number }) : null;
}

/** Writes normalized attributes onto a queue; an empty RedrivePolicy / RedriveAllowPolicy / Policy removes it. */
export function applyAttributes(queue: QueueRecord, attributes: Record<string, string>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === '' && (name === 'RedrivePolicy' || name === 'RedriveAllowPolicy' || name === 'Policy' || name === 'KmsMasterKeyId')) {
      delete queue.attributes[name];
    } else {
      queue.attributes[name] = value;
    }
    if (name === 'KmsMasterKeyId' && value !== '') {
      // SSE-KMS replaces SSE-SQS; only one server-side encryption is in effect.
      queue.attributes.SqsManagedSseEnabled = 'false';
      queue.attributes.KmsDataKeyReusePeriodSeconds ??= '300';
    }
  }
}

/** The order in which SQS lists a queue's attributes for `All`. */
const VIEW_ORDER = [
  'QueueArn', 'ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed',
  'CreatedTimestamp', 'LastModifiedTimestamp', 'VisibilityTimeout', 'MaximumMessageSize', 'MessageRetentionPeriod', 'DelaySeconds',
  'Policy', 'RedrivePolicy', 'RedriveAllowPolicy', 'ReceiveMessageWaitTimeSeconds', 'KmsMasterKeyId', 'KmsDataKeyReusePeriodSeconds',
  'SqsManagedSseEnabled', 'FifoQueue', 'DeduplicationScope', 'FifoThroughputLimit', 'ContentBasedDeduplication',
];

/** GetQueueAttributes: the requested names (or all of them for `All`), counts evaluated at `now`. */
export function queueAttributeView(queue: QueueRecord, names: string[], now: number): Record<string, string> {
  for (const name of names) if (!QUEUE_ATTRIBUTE_NAMES.includes(name)) throw unknownAttribute(name);
  const counts = countMessages(queue, now);
  const all: Record<string, string> = {
    ...queue.attributes,
    QueueArn: queue.arn,
    ApproximateNumberOfMessages: String(counts.visible),
    ApproximateNumberOfMessagesNotVisible: String(counts.notVisible),
    ApproximateNumberOfMessagesDelayed: String(counts.delayed),
    CreatedTimestamp: String(queue.createdTimestamp),
    LastModifiedTimestamp: String(queue.lastModifiedTimestamp),
  };
  const wanted = names.includes('All') ? VIEW_ORDER : VIEW_ORDER.filter((n) => names.includes(n));
  const out: Record<string, string> = {};
  for (const name of wanted) if (all[name] !== undefined) out[name] = all[name];
  return out;
}
