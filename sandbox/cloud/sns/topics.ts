/** Topic actions: create, list, describe, configure, tag and delete topics, and publish to them. */
import { AwsError } from '../errors.ts';
import type { ServiceContext } from '../service.ts';
import { isPolicyDocument } from '../sqs/access-policy.ts';
import { parseTopicArn, requireTopic, snsState, topicArn, validTopicName } from './arns.ts';
import { batchIdsNotDistinct, emptyBatch, invalidBatchEntryId, invalidParameter, tooManyEntries } from './errors.ts';
import { publishMessage } from './publish.ts';
import type { TopicRecord } from './state.ts';

const PAGE = 100;

/** The policy SNS gives a new topic: the owner's account may do everything to it. */
export function defaultTopicPolicy(arn: string, account: string): string {
  return JSON.stringify({
    Version: '2008-10-17',
    Id: '__default_policy_ID',
    Statement: [
      {
        Sid: '__default_statement_ID',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: [
          'SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:AddPermission', 'SNS:RemovePermission', 'SNS:DeleteTopic',
          'SNS:Subscribe', 'SNS:ListSubscriptionsByTopic', 'SNS:Publish',
        ],
        Resource: arn,
        Condition: { StringEquals: { 'AWS:SourceOwner': account } },
      },
    ],
  });
}

const DEFAULT_EFFECTIVE_DELIVERY_POLICY = JSON.stringify({
  http: {
    defaultHealthyRetryPolicy: {
      minDelayTarget: 20, maxDelayTarget: 20, numRetries: 3, numMaxDelayRetries: 0, numNoDelayRetries: 0, numMinDelayRetries: 0, backoffFunction: 'linear',
    },
    disableSubscriptionOverrides: false,
    defaultRequestPolicy: { headerContentType: 'text/plain; charset=UTF-8' },
  },
});

const FEEDBACK = ['Application', 'Firehose', 'HTTP', 'Lambda', 'SQS'].flatMap((p) => [
  `${p}SuccessFeedbackRoleArn`, `${p}SuccessFeedbackSampleRate`, `${p}FailureFeedbackRoleArn`,
]);
const SETTABLE = [
  'DeliveryPolicy', 'DisplayName', 'Policy', 'SignatureVersion', 'TracingConfig', 'KmsMasterKeyId', 'ContentBasedDeduplication',
  'ArchivePolicy', 'FifoThroughputScope', ...FEEDBACK,
];

function checkTopicAttribute(topic: { fifo: boolean }, name: string, value: string): string {
  if (!SETTABLE.includes(name)) throw invalidParameter('AttributeName');
  const fail = () => invalidParameter(name);
  if (name === 'DisplayName' && value.length > 100) throw fail();
  if (name === 'SignatureVersion' && value !== '1' && value !== '2') throw fail();
  if (name === 'TracingConfig' && value !== 'PassThrough' && value !== 'Active') throw fail();
  if (name === 'ContentBasedDeduplication') {
    if (!topic.fifo) throw invalidParameter('ContentBasedDeduplication Reason: Content based deduplication can only be set for FIFO topics');
    if (value !== 'true' && value !== 'false') throw fail();
  }
  // SNS's words for a policy it cannot read (bad JSON, no statements).
  if (name === 'Policy' && value !== '' && !isPolicyDocument(value)) throw invalidParameter('Policy Error: null');
  if (name === 'DeliveryPolicy' && value !== '') {
    try {
      JSON.parse(value);
    } catch {
      throw invalidParameter(`${name}: failed to parse JSON.`);
    }
  }
  return value;
}

/** GetTopicAttributes, in SNS's order. */
function topicAttributes(ctx: ServiceContext, topic: TopicRecord): Record<string, string> {
  const subs = Object.values(snsState(ctx.cloud).subscriptions).filter((s) => s.topicArn === topic.arn);
  const { Policy, DisplayName, FifoTopic, ContentBasedDeduplication, ...rest } = topic.attributes;
  return {
    Policy: Policy ?? '',
    Owner: topic.account,
    SubscriptionsPending: String(subs.filter((s) => s.pendingConfirmation).length),
    TopicArn: topic.arn,
    EffectiveDeliveryPolicy: DEFAULT_EFFECTIVE_DELIVERY_POLICY,
    SubscriptionsConfirmed: String(subs.filter((s) => !s.pendingConfirmation).length),
    DisplayName: DisplayName ?? '',
    SubscriptionsDeleted: String(topic.subscriptionsDeleted),
    ...rest,
    ...(FifoTopic ? { FifoTopic, ContentBasedDeduplication: ContentBasedDeduplication ?? 'false' } : {}),
  };
}

function tagList(value: unknown): Array<{ Key: string; Value: string }> {
  const tags = Array.isArray(value) ? (value as Array<{ Key?: unknown; Value?: unknown }>) : [];
  const keys = new Set<string>();
  return tags.map((t) => {
    const Key = String(t?.Key ?? '');
    if (keys.has(Key)) throw invalidParameter('Duplicated keys are not allowed.');
    keys.add(Key);
    return { Key, Value: String(t?.Value ?? '') };
  });
}

const pageToken = (offset: number) => btoa(`sns-page:${offset}`);
function pageOffset(token: unknown): number {
  if (token === undefined || token === null || token === '') return 0;
  try {
    const m = /^sns-page:(\d+)$/.exec(atob(String(token)));
    if (m) return Number(m[1]);
  } catch {
    // fall through
  }
  throw invalidParameter('NextToken');
}

export function page<T>(items: T[], token: unknown): { items: T[]; next?: string } {
  const offset = pageOffset(token);
  const slice = items.slice(offset, offset + PAGE);
  return { items: slice, ...(offset + PAGE < items.length ? { next: pageToken(offset + PAGE) } : {}) };
}

function requireResource(ctx: ServiceContext, arn: unknown): TopicRecord {
  const topic = typeof arn === 'string' ? snsState(ctx.cloud).topics[arn] : undefined;
  if (!topic) throw new AwsError('ResourceNotFound', 'Resource does not exist', 404);
  return topic;
}

export const topicActions = {
  CreateTopic(ctx: ServiceContext, input: Record<string, unknown>) {
    const name = typeof input.Name === 'string' ? input.Name : '';
    const requested = (input.Attributes && typeof input.Attributes === 'object' ? input.Attributes : {}) as Record<string, unknown>;
    const fifoFlag = requested.FifoTopic === undefined ? undefined : String(requested.FifoTopic).toLowerCase();
    const fifo = fifoFlag === 'true';
    if (fifo && !validTopicName(name, true)) {
      throw invalidParameter(
        'Fifo Topic names must end with .fifo and must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long.',
      );
    }
    if (!fifo && !validTopicName(name, false)) throw invalidParameter('Topic Name');
    const arn = topicArn(ctx.region, ctx.identity.account, name);
    const attributes: Record<string, string> = {};
    for (const [key, raw] of Object.entries(requested)) {
      if (key === 'FifoTopic') continue;
      attributes[key] = checkTopicAttribute({ fifo }, key, String(raw));
    }
    const tags = tagList(input.Tags);
    const state = snsState(ctx.cloud);
    const existing = state.topics[arn];
    if (existing) {
      // Idempotent for the same name; different attributes are refused.
      for (const [key, value] of Object.entries(attributes)) {
        if ((existing.attributes[key] ?? '') !== value) throw invalidParameter('Attributes Reason: Topic already exists with different attributes');
      }
      return { TopicArn: arn };
    }
    state.topics[arn] = {
      arn,
      name,
      account: ctx.identity.account,
      region: ctx.region,
      fifo,
      attributes: {
        Policy: defaultTopicPolicy(arn, ctx.identity.account),
        DisplayName: '',
        ...(fifo ? { FifoTopic: 'true', ContentBasedDeduplication: 'false' } : {}),
        ...attributes,
      },
      tags,
      subscriptionsDeleted: 0,
      deduplication: {},
      sequence: 0,
    };
    ctx.cloud.trace({ type: 'sns.topic-created', topicArn: arn, fifo });
    return { TopicArn: arn };
  },

  DeleteTopic(ctx: ServiceContext, input: Record<string, unknown>) {
    if (typeof input.TopicArn !== 'string' || !parseTopicArn(input.TopicArn)) throw invalidParameter('TopicArn');
    const state = snsState(ctx.cloud);
    // Idempotent: deleting a topic that does not exist is not an error.
    if (!state.topics[input.TopicArn]) return {};
    delete state.topics[input.TopicArn];
    for (const sub of Object.values(state.subscriptions)) if (sub.topicArn === input.TopicArn) delete state.subscriptions[sub.arn];
    ctx.cloud.trace({ type: 'sns.topic-deleted', topicArn: input.TopicArn });
    return {};
  },

  ListTopics(ctx: ServiceContext, input: Record<string, unknown>) {
    const arns = Object.values(snsState(ctx.cloud).topics)
      .filter((t) => t.account === ctx.identity.account && t.region === ctx.region)
      .map((t) => t.arn)
      .sort();
    const { items, next } = page(arns, input.NextToken);
    return { Topics: items.map((TopicArn) => ({ TopicArn })), ...(next ? { NextToken: next } : {}) };
  },

  GetTopicAttributes(ctx: ServiceContext, input: Record<string, unknown>) {
    return { Attributes: topicAttributes(ctx, requireTopic(ctx.cloud, input.TopicArn)) };
  },

  SetTopicAttributes(ctx: ServiceContext, input: Record<string, unknown>) {
    const topic = requireTopic(ctx.cloud, input.TopicArn);
    const name = typeof input.AttributeName === 'string' ? input.AttributeName : '';
    const value = input.AttributeValue === undefined || input.AttributeValue === null ? '' : String(input.AttributeValue);
    checkTopicAttribute(topic, name, value);
    if (value === '' && name !== 'DisplayName') delete topic.attributes[name];
    else topic.attributes[name] = value;
    return {};
  },

  Publish(ctx: ServiceContext, input: Record<string, unknown>) {
    const target = input.TopicArn ?? input.TargetArn;
    if (target === undefined || target === null || target === '') {
      if (typeof input.PhoneNumber === 'string' && input.PhoneNumber) {
        // SMS goes nowhere in the sandbox; the publish itself succeeds, as it would.
        const MessageId = ctx.cloud.ids.uuid();
        ctx.cloud.trace({ type: 'sns.sms', phoneNumber: input.PhoneNumber, messageId: MessageId });
        return { MessageId };
      }
      throw invalidParameter('TopicArn or TargetArn Reason: no value for required parameter');
    }
    const topic = requireTopic(ctx.cloud, target, input.TopicArn !== undefined ? 'TopicArn' : 'TargetArn');
    return publishMessage(ctx.cloud, topic, input, ctx.traceHeader);
  },

  PublishBatch(ctx: ServiceContext, input: Record<string, unknown>) {
    const topic = requireTopic(ctx.cloud, input.TopicArn);
    const entries = Array.isArray(input.PublishBatchRequestEntries) ? (input.PublishBatchRequestEntries as Array<Record<string, unknown>>) : [];
    if (entries.length === 0) throw emptyBatch();
    if (entries.length > 10) throw tooManyEntries();
    const ids = new Set<string>();
    for (const e of entries) {
      if (typeof e.Id !== 'string' || !/^[A-Za-z0-9_-]{1,80}$/.test(e.Id)) throw invalidBatchEntryId();
      if (ids.has(e.Id)) throw batchIdsNotDistinct();
      ids.add(e.Id);
    }
    const Successful: Array<Record<string, unknown>> = [];
    const Failed: Array<Record<string, unknown>> = [];
    for (const entry of entries) {
      try {
        Successful.push({ Id: entry.Id, ...publishMessage(ctx.cloud, topic, entry, ctx.traceHeader) });
      } catch (error) {
        if (!(error instanceof AwsError)) throw error;
        Failed.push({ Id: entry.Id, Code: error.code, Message: error.message, SenderFault: true });
      }
    }
    return { Successful, Failed };
  },

  TagResource(ctx: ServiceContext, input: Record<string, unknown>) {
    const topic = requireResource(ctx, input.ResourceArn);
    for (const tag of tagList(input.Tags)) {
      const existing = topic.tags.find((t) => t.Key === tag.Key);
      if (existing) existing.Value = tag.Value;
      else topic.tags.push(tag);
    }
    return {};
  },

  UntagResource(ctx: ServiceContext, input: Record<string, unknown>) {
    const topic = requireResource(ctx, input.ResourceArn);
    const keys = Array.isArray(input.TagKeys) ? input.TagKeys.map(String) : [];
    topic.tags = topic.tags.filter((t) => !keys.includes(t.Key));
    return {};
  },

  ListTagsForResource(ctx: ServiceContext, input: Record<string, unknown>) {
    return { Tags: requireResource(ctx, input.ResourceArn).tags.map((t) => ({ ...t })) };
  },
};
