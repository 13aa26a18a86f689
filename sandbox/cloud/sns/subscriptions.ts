/**
 * Subscription actions. sqs and lambda subscriptions are confirmed at once (same as AWS, where the
 * endpoint is an ARN); email, email-json, http and https wait for a confirmation no sandbox endpoint
 * can give, so they stay PendingConfirmation and receive nothing.
 */
import type { ServiceContext } from '../service.ts';
import { parseQueueArn } from '../sqs/index.ts';
import { parseSubscriptionArn, requireTopic, snsState } from './arns.ts';
import { invalidParameter, subscriptionNotFound } from './errors.ts';
import { parseFilterPolicy, type FilterScope } from './filter-policy.ts';
import { page } from './topics.ts';
import type { SubscriptionRecord, TopicRecord } from './state.ts';

const PROTOCOLS = ['http', 'https', 'email', 'email-json', 'sms', 'sqs', 'application', 'lambda', 'firehose'];
const NEEDS_CONFIRMATION = ['http', 'https', 'email', 'email-json'];
const ATTRIBUTES = ['DeliveryPolicy', 'FilterPolicy', 'FilterPolicyScope', 'RawMessageDelivery', 'RedrivePolicy', 'SubscriptionRoleArn', 'ReplayPolicy'];

function checkEndpoint(topic: TopicRecord, protocol: string, endpoint: string): void {
  if (protocol === 'sqs') {
    const queue = parseQueueArn(endpoint);
    if (!queue) throw invalidParameter('SQS endpoint ARN');
    if (queue.name.endsWith('.fifo') && !topic.fifo) {
      throw invalidParameter('Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics');
    }
    return;
  }
  if (topic.fifo) throw invalidParameter(`Invalid protocol type: ${protocol}`);
  if (protocol === 'lambda' && !/^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?$/.test(endpoint)) {
    throw invalidParameter('Lambda endpoint ARN');
  }
  if ((protocol === 'http' || protocol === 'https') && !endpoint.startsWith(`${protocol}://`)) {
    throw invalidParameter('Endpoint must match the specified protocol');
  }
  if ((protocol === 'email' || protocol === 'email-json') && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(endpoint)) {
    throw invalidParameter('Email address');
  }
}

/** Validates one subscription attribute; `prefix` is `Attributes Reason: ` inside Subscribe. */
function checkAttribute(name: string, value: string, scope: FilterScope, prefix: string): string {
  if (!ATTRIBUTES.includes(name)) throw invalidParameter(`${prefix}AttributeName`);
  switch (name) {
    case 'RawMessageDelivery':
      if (!/^(true|false)$/i.test(value)) throw invalidParameter(`${prefix}RawMessageDelivery: Invalid value [${value}]. Must be true or false.`);
      return value.toLowerCase();
    case 'FilterPolicyScope':
      if (value !== 'MessageAttributes' && value !== 'MessageBody') {
        throw invalidParameter(`${prefix}FilterPolicyScope: Invalid value [${value}]. Please use either MessageBody or MessageAttributes`);
      }
      return value;
    case 'FilterPolicy':
      if (value !== '') parseFilterPolicy(value, scope, prefix);
      return value;
    case 'RedrivePolicy': {
      let target: unknown;
      try {
        target = (JSON.parse(value) as { deadLetterTargetArn?: unknown }).deadLetterTargetArn;
      } catch {
        throw invalidParameter(`${prefix}RedrivePolicy: failed to parse JSON.`);
      }
      if (typeof target !== 'string' || !parseQueueArn(target)) throw invalidParameter(`${prefix}RedrivePolicy: deadLetterTargetArn is an invalid arn`);
      return value;
    }
    default:
      return value;
  }
}

/** GetSubscriptionAttributes, in SNS's order. */
function subscriptionAttributes(sub: SubscriptionRecord): Record<string, string> {
  const { RawMessageDelivery, FilterPolicy, FilterPolicyScope, ...rest } = sub.attributes;
  return {
    ConfirmationWasAuthenticated: String(!sub.pendingConfirmation),
    Owner: sub.owner,
    RawMessageDelivery: RawMessageDelivery ?? 'false',
    TopicArn: sub.topicArn,
    Endpoint: sub.endpoint,
    Protocol: sub.protocol,
    PendingConfirmation: String(sub.pendingConfirmation),
    SubscriptionPrincipal: sub.principal,
    SubscriptionArn: sub.arn,
    ...(FilterPolicy ? { FilterPolicy, FilterPolicyScope: FilterPolicyScope ?? 'MessageAttributes' } : {}),
    ...rest,
  };
}

const listEntry = (sub: SubscriptionRecord) => ({
  SubscriptionArn: sub.pendingConfirmation ? 'PendingConfirmation' : sub.arn,
  Owner: sub.owner,
  Protocol: sub.protocol,
  Endpoint: sub.endpoint,
  TopicArn: sub.topicArn,
});

function requireSubscription(ctx: ServiceContext, arn: unknown): SubscriptionRecord {
  if (typeof arn !== 'string' || arn === '') throw invalidParameter('SubscriptionArn Reason: no value for required parameter');
  if (!parseSubscriptionArn(arn)) {
    const parts = arn.split(':').length;
    throw invalidParameter(parts === 6 ? 'SubscriptionId' : `SubscriptionArn Reason: An ARN must have at least 6 elements, not ${parts}`);
  }
  const sub = snsState(ctx.cloud).subscriptions[arn];
  if (!sub) throw subscriptionNotFound();
  return sub;
}

export const subscriptionActions = {
  Subscribe(ctx: ServiceContext, input: Record<string, unknown>) {
    const topic = requireTopic(ctx.cloud, input.TopicArn);
    const protocol = typeof input.Protocol === 'string' ? input.Protocol : '';
    if (!PROTOCOLS.includes(protocol)) throw invalidParameter(`Amazon SNS does not support this protocol string: ${protocol}`);
    const endpoint = typeof input.Endpoint === 'string' ? input.Endpoint : '';
    if (!endpoint) throw invalidParameter('Endpoint');
    checkEndpoint(topic, protocol, endpoint);
    const requested = (input.Attributes && typeof input.Attributes === 'object' ? input.Attributes : {}) as Record<string, unknown>;
    const scope = (requested.FilterPolicyScope === 'MessageBody' ? 'MessageBody' : 'MessageAttributes') as FilterScope;
    const attributes: Record<string, string> = {};
    for (const [name, raw] of Object.entries(requested)) {
      attributes[name] = checkAttribute(name, String(raw), scope, 'Attributes Reason: ');
    }
    const state = snsState(ctx.cloud);
    const existing = Object.values(state.subscriptions).find((s) => s.topicArn === topic.arn && s.protocol === protocol && s.endpoint === endpoint);
    if (existing) {
      for (const [name, value] of Object.entries(attributes)) {
        if ((existing.attributes[name] ?? '') !== value) throw invalidParameter('Attributes Reason: Subscription already exists with different attributes');
      }
      return { SubscriptionArn: existing.pendingConfirmation && input.ReturnSubscriptionArn !== true ? 'pending confirmation' : existing.arn };
    }
    const pending = NEEDS_CONFIRMATION.includes(protocol);
    const sub: SubscriptionRecord = {
      arn: `${topic.arn}:${ctx.cloud.ids.uuid()}`,
      topicArn: topic.arn,
      protocol,
      endpoint,
      owner: ctx.identity.account,
      principal: ctx.identity.arn,
      pendingConfirmation: pending,
      attributes: Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== '')),
    };
    state.subscriptions[sub.arn] = sub;
    ctx.cloud.trace({ type: 'sns.subscribed', topicArn: topic.arn, subscriptionArn: sub.arn, protocol, endpoint, pendingConfirmation: pending });
    return { SubscriptionArn: pending && input.ReturnSubscriptionArn !== true ? 'pending confirmation' : sub.arn };
  },

  Unsubscribe(ctx: ServiceContext, input: Record<string, unknown>) {
    let sub: SubscriptionRecord;
    try {
      sub = requireSubscription(ctx, input.SubscriptionArn);
    } catch (error) {
      // Unsubscribing twice is not an error.
      if ((error as { code?: string }).code === 'NotFound') return {};
      throw error;
    }
    const state = snsState(ctx.cloud);
    delete state.subscriptions[sub.arn];
    const topic = state.topics[sub.topicArn];
    if (topic) topic.subscriptionsDeleted += 1;
    ctx.cloud.trace({ type: 'sns.unsubscribed', topicArn: sub.topicArn, subscriptionArn: sub.arn });
    return {};
  },

  ListSubscriptions(ctx: ServiceContext, input: Record<string, unknown>) {
    const subs = Object.values(snsState(ctx.cloud).subscriptions).filter((s) => {
      const [, , , region, account] = s.topicArn.split(':');
      return region === ctx.region && account === ctx.identity.account;
    });
    const { items, next } = page(subs, input.NextToken);
    return { Subscriptions: items.map(listEntry), ...(next ? { NextToken: next } : {}) };
  },

  ListSubscriptionsByTopic(ctx: ServiceContext, input: Record<string, unknown>) {
    const topic = requireTopic(ctx.cloud, input.TopicArn);
    const subs = Object.values(snsState(ctx.cloud).subscriptions).filter((s) => s.topicArn === topic.arn);
    const { items, next } = page(subs, input.NextToken);
    return { Subscriptions: items.map(listEntry), ...(next ? { NextToken: next } : {}) };
  },

  GetSubscriptionAttributes(ctx: ServiceContext, input: Record<string, unknown>) {
    return { Attributes: subscriptionAttributes(requireSubscription(ctx, input.SubscriptionArn)) };
  },

  SetSubscriptionAttributes(ctx: ServiceContext, input: Record<string, unknown>) {
    const sub = requireSubscription(ctx, input.SubscriptionArn);
    const name = typeof input.AttributeName === 'string' ? input.AttributeName : '';
    const value = input.AttributeValue === undefined || input.AttributeValue === null ? '' : String(input.AttributeValue);
    const scope = (name === 'FilterPolicyScope' ? value : (sub.attributes.FilterPolicyScope ?? 'MessageAttributes')) as FilterScope;
    const checked = checkAttribute(name, value, scope, '');
    if (name === 'FilterPolicyScope' && sub.attributes.FilterPolicy) parseFilterPolicy(sub.attributes.FilterPolicy, scope, '');
    if (checked === '') delete sub.attributes[name];
    else sub.attributes[name] = checked;
    return {};
  },
};
