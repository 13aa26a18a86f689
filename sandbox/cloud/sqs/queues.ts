/** Queue actions: create, find, list, configure, tag, purge and delete queues. */
import { toBase64, fromBase64, utf8, fromUtf8 } from '../bytes.ts';
import type { ServiceContext } from '../service.ts';
import { applyAttributes, defaultAttributes, normalizeAttributes, queueAttributeView } from './attributes.ts';
import {
  invalidAddress,
  invalidParameterValue,
  invalidValue,
  missingParameter,
  purgeInProgress,
  queueAlreadyExists,
  queueDeletedRecently,
  queueDoesNotExist,
} from './errors.ts';
import { sweep } from './lifecycle.ts';
import { parseQueueUrl, queueArn, queueUrl, sqsState, validQueueName } from './names.ts';
import type { QueueRecord } from './state.ts';

const RECENTLY_DELETED_MS = 60_000;
const PURGE_INTERVAL_MS = 60_000;

/** The queue a QueueUrl names, swept to the present. */
export function resolveQueue(ctx: ServiceContext, url: unknown): QueueRecord {
  if (typeof url !== 'string' || url === '') throw missingParameter('QueueUrl');
  const location = parseQueueUrl(url, ctx.region);
  if (!location) throw invalidAddress(url);
  const queue = sqsState(ctx.cloud).queues[queueArn(location.region, location.account, location.name)];
  if (!queue) throw queueDoesNotExist();
  sweep(queue, ctx.cloud.clock.now());
  return queue;
}

const stringMap = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const nowSeconds = (ctx: ServiceContext) => Math.floor(ctx.cloud.clock.now() / 1000);

/** ListQueues' opaque NextToken: the offset of the next page, base64 so it reads like AWS's. */
const pageToken = (offset: number) => toBase64(utf8(JSON.stringify({ offset })));
function pageOffset(token: unknown): number {
  if (token === undefined || token === null || token === '') return 0;
  try {
    const offset = (JSON.parse(fromUtf8(fromBase64(String(token)))) as { offset?: unknown }).offset;
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // fall through to AWS's answer for a token it did not issue
  }
  throw invalidParameterValue('Invalid NextToken value.');
}

export const queueActions = {
  CreateQueue(ctx: ServiceContext, input: Record<string, unknown>) {
    const name = input.QueueName;
    if (typeof name !== 'string' || name === '') throw missingParameter('QueueName');
    const requested = stringMap(input.Attributes);
    const fifo = String(requested.FifoQueue ?? '').toLowerCase() === 'true';
    if (!validQueueName(name, fifo)) {
      throw invalidParameterValue(
        fifo
          ? 'The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.'
          : 'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length',
      );
    }
    const state = sqsState(ctx.cloud);
    const arn = queueArn(ctx.region, ctx.identity.account, name);
    const attributes = normalizeAttributes(requested, { fifo, creating: true, arn, findQueue: (a) => state.queues[a] });
    const url = queueUrl(ctx.region, ctx.identity.account, name);

    const existing = state.queues[arn];
    if (existing) {
      // Same name and the same attributes: CreateQueue is idempotent and answers the existing URL.
      for (const [key, value] of Object.entries(attributes)) {
        if ((existing.attributes[key] ?? '') !== value) throw queueAlreadyExists(key);
      }
      return { QueueUrl: existing.url };
    }
    const now = ctx.cloud.clock.now();
    const deletedAt = state.deleted[arn];
    if (deletedAt !== undefined && now - deletedAt < RECENTLY_DELETED_MS) throw queueDeletedRecently();
    delete state.deleted[arn];

    const queue: QueueRecord = {
      name,
      account: ctx.identity.account,
      region: ctx.region,
      arn,
      url,
      fifo,
      attributes: defaultAttributes(fifo),
      createdTimestamp: Math.floor(now / 1000),
      lastModifiedTimestamp: Math.floor(now / 1000),
      tags: Object.fromEntries(Object.entries(stringMap(input.tags)).map(([k, v]) => [k, String(v)])),
      messages: [],
      sequence: 0,
      receipts: 0,
      deduplication: {},
    };
    applyAttributes(queue, attributes);
    state.queues[arn] = queue;
    ctx.cloud.trace({ type: 'sqs.queue-created', queueArn: arn, fifo });
    return { QueueUrl: url };
  },

  GetQueueUrl(ctx: ServiceContext, input: Record<string, unknown>) {
    const name = input.QueueName;
    if (typeof name !== 'string' || name === '') throw missingParameter('QueueName');
    const owner = typeof input.QueueOwnerAWSAccountId === 'string' && input.QueueOwnerAWSAccountId ? input.QueueOwnerAWSAccountId : ctx.identity.account;
    const queue = sqsState(ctx.cloud).queues[queueArn(ctx.region, owner, name)];
    if (!queue) throw queueDoesNotExist();
    return { QueueUrl: queue.url };
  },

  ListQueues(ctx: ServiceContext, input: Record<string, unknown>) {
    const prefix = typeof input.QueueNamePrefix === 'string' ? input.QueueNamePrefix : '';
    const urls = Object.values(sqsState(ctx.cloud).queues)
      .filter((q) => q.account === ctx.identity.account && q.region === ctx.region && q.name.startsWith(prefix))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((q) => q.url);
    let page = urls;
    let next: string | undefined;
    if (input.MaxResults !== undefined && input.MaxResults !== null) {
      const max = Number(input.MaxResults);
      if (!Number.isInteger(max) || max < 1 || max > 1000) throw invalidValue(input.MaxResults, 'MaxResults', 'MaxResults must be an integer between 1 and 1000.');
      const offset = pageOffset(input.NextToken);
      page = urls.slice(offset, offset + max);
      if (offset + max < urls.length) next = pageToken(offset + max);
    } else {
      page = urls.slice(0, 1000);
    }
    return { ...(page.length ? { QueueUrls: page } : {}), ...(next ? { NextToken: next } : {}) };
  },

  DeleteQueue(ctx: ServiceContext, input: Record<string, unknown>) {
    const queue = resolveQueue(ctx, input.QueueUrl);
    const state = sqsState(ctx.cloud);
    delete state.queues[queue.arn];
    state.deleted[queue.arn] = ctx.cloud.clock.now();
    ctx.cloud.trace({ type: 'sqs.queue-deleted', queueArn: queue.arn, messages: queue.messages.length });
    return {};
  },

  PurgeQueue(ctx: ServiceContext, input: Record<string, unknown>) {
    const queue = resolveQueue(ctx, input.QueueUrl);
    const now = ctx.cloud.clock.now();
    if (queue.purgedAt !== undefined && now - queue.purgedAt < PURGE_INTERVAL_MS) throw purgeInProgress(queue.name);
    const purged = queue.messages.length;
    queue.messages = [];
    queue.purgedAt = now;
    ctx.cloud.trace({ type: 'sqs.purged', queueArn: queue.arn, messages: purged });
    return {};
  },

  GetQueueAttributes(ctx: ServiceContext, input: Record<string, unknown>) {
    const queue = resolveQueue(ctx, input.QueueUrl);
    const names = Array.isArray(input.AttributeNames) ? input.AttributeNames.map(String) : [];
    // Without AttributeNames the answer is empty, as the API reference says.
    if (names.length === 0) return {};
    const attributes = queueAttributeView(queue, names, ctx.cloud.clock.now());
    return Object.keys(attributes).length ? { Attributes: attributes } : {};
  },

  SetQueueAttributes(ctx: ServiceContext, input: Record<string, unknown>) {
    const queue = resolveQueue(ctx, input.QueueUrl);
    if (input.Attributes === undefined || input.Attributes === null) throw missingParameter('Attributes');
    const state = sqsState(ctx.cloud);
    const attributes = normalizeAttributes(stringMap(input.Attributes), {
      fifo: queue.fifo,
      creating: false,
      arn: queue.arn,
      findQueue: (a) => state.queues[a],
    });
    applyAttributes(queue, attributes);
    queue.lastModifiedTimestamp = nowSeconds(ctx);
    return {};
  },

  TagQueue(ctx: ServiceContext, input: Record<string, unknown>) {
    const queue = resolveQueue(ctx, input.QueueUrl);
    for (const [key, value] of Object.entries(stringMap(input.Tags))) queue.tags[key] = String(value);
    return {};
  },

  UntagQueue(ctx: ServiceContext, input: Record<string, unknown>) {
    const queue = resolveQueue(ctx, input.QueueUrl);
    for (const key of Array.isArray(input.TagKeys) ? input.TagKeys : []) delete queue.tags[String(key)];
    return {};
  },

  ListQueueTags(ctx: ServiceContext, input: Record<string, unknown>) {
    const queue = resolveQueue(ctx, input.QueueUrl);
    return Object.keys(queue.tags).length ? { Tags: { ...queue.tags } } : {};
  },

  ListDeadLetterSourceQueues(ctx: ServiceContext, input: Record<string, unknown>) {
    const dlq = resolveQueue(ctx, input.QueueUrl);
    const queueUrls = Object.values(sqsState(ctx.cloud).queues)
      .filter((q) => q.attributes.RedrivePolicy && (JSON.parse(q.attributes.RedrivePolicy) as { deadLetterTargetArn: string }).deadLetterTargetArn === dlq.arn)
      .map((q) => q.url)
      .sort();
    return { queueUrls };
  },
};
