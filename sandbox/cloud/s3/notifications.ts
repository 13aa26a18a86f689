/**
 * PutBucketNotificationConfiguration / GetBucketNotificationConfiguration. A put replaces the whole
 * configuration. S3 checks it before saving: known event types, at most one prefix and one suffix
 * rule, no two configurations sharing an event type with overlapping key filters, and every
 * destination reachable — a Lambda function must exist and its resource policy must let
 * s3.amazonaws.com invoke it for this bucket (`aws lambda add-permission … --source-arn
 * arn:aws:s3:::BUCKET`); a queue's or topic's access policy must let s3.amazonaws.com send
 * (sqs:SendMessage) or publish (sns:Publish) for this bucket — or the whole request fails with
 * `InvalidArgument: Unable to validate the following destination configurations`. A destination ARN
 * of the wrong service is `The ARN is not well formed`, even when validation is skipped.
 */
import { toBase64, utf8 } from '../bytes.ts';
import type { ServiceContext } from '../service.ts';
import { snsState } from '../sns/arns.ts';
import { deliveryRefusal } from '../sqs/access-policy.ts';
import { findQueueByArn } from '../sqs/index.ts';
import { findBucket, type Input } from './common.ts';
import { invalidArgument, malformedXml } from './errors.ts';
import { S3_PRINCIPAL, sendTestEvent } from './events.ts';
import { bucketArn } from './names.ts';
import type { BucketRecord, FilterRule, NotificationTarget } from './state.ts';

/** The Event enum of the S3 model: what a configuration may name. */
export const NOTIFICATION_EVENTS = [
  's3:ReducedRedundancyLostObject', 's3:ObjectCreated:*', 's3:ObjectCreated:Put', 's3:ObjectCreated:Post',
  's3:ObjectCreated:Copy', 's3:ObjectCreated:CompleteMultipartUpload', 's3:ObjectRemoved:*', 's3:ObjectRemoved:Delete',
  's3:ObjectRemoved:DeleteMarkerCreated', 's3:ObjectRestore:*', 's3:ObjectRestore:Post', 's3:ObjectRestore:Completed',
  's3:Replication:*', 's3:Replication:OperationFailedReplication', 's3:Replication:OperationNotTracked',
  's3:Replication:OperationMissedThreshold', 's3:Replication:OperationReplicatedAfterThreshold', 's3:ObjectRestore:Delete',
  's3:LifecycleTransition', 's3:IntelligentTiering', 's3:ObjectAcl:Put', 's3:LifecycleExpiration:*',
  's3:LifecycleExpiration:Delete', 's3:LifecycleExpiration:DeleteMarkerCreated', 's3:ObjectTagging:*',
  's3:ObjectTagging:Put', 's3:ObjectTagging:Delete',
];

const KINDS = [
  { kind: 'topic', list: 'TopicConfigurations', arnMember: 'TopicArn' },
  { kind: 'queue', list: 'QueueConfigurations', arnMember: 'QueueArn' },
  { kind: 'lambda', list: 'LambdaFunctionConfigurations', arnMember: 'LambdaFunctionArn' },
] as const;

const SERVICE_OF = { topic: 'sns', queue: 'sqs', lambda: 'lambda' } as const;

const asList = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);

function parseFilter(filter: unknown): FilterRule[] | undefined {
  const rules = asList((filter as { Key?: { FilterRules?: unknown } } | undefined)?.Key?.FilterRules);
  if (!rules.length) return undefined;
  const out: FilterRule[] = [];
  for (const rule of rules) {
    const name = String(rule.Name ?? '').toLowerCase();
    if (name !== 'prefix' && name !== 'suffix') throw invalidArgument('filter rule name must be either prefix or suffix');
    const Name = name === 'prefix' ? 'Prefix' : 'Suffix';
    if (out.some((r) => r.Name === Name)) throw invalidArgument(`Cannot specify more than one ${name} rule in a filter.`);
    out.push({ Name, Value: String(rule.Value ?? '') });
  }
  return out;
}

function parseTargets(ctx: ServiceContext, config: Record<string, unknown>): NotificationTarget[] {
  const targets: NotificationTarget[] = [];
  for (const { kind, list, arnMember } of KINDS) {
    for (const item of asList(config[list])) {
      const arn = item[arnMember];
      const events = asList(item.Events) as unknown as string[];
      if (typeof arn !== 'string' || !arn || events.length === 0) throw malformedXml();
      if (!arn.startsWith(`arn:aws:${SERVICE_OF[kind]}:`)) throw invalidArgument('The ARN is not well formed', { ArgumentName: arnMember, ArgumentValue: arn });
      for (const event of events) {
        if (!NOTIFICATION_EVENTS.includes(String(event))) throw invalidArgument('The event is not supported for notifications', { ArgumentName: 'Event', ArgumentValue: String(event) });
      }
      const rules = parseFilter(item.Filter);
      // An unnamed configuration gets an id from S3: base64 of a UUID.
      const Id = typeof item.Id === 'string' && item.Id ? item.Id : toBase64(utf8(ctx.cloud.ids.uuid()));
      targets.push({ kind, Id, arn, Events: events.map(String), ...(rules ? { FilterRules: rules } : {}) });
    }
  }
  return targets;
}

/** Two event types share events: equal, or one is the `…:*` of the other's family. */
function eventsOverlap(a: string, b: string): boolean {
  if (a === b) return true;
  const family = (e: string) => e.slice(0, e.lastIndexOf(':'));
  return (a.endsWith(':*') && family(a) === family(b)) || (b.endsWith(':*') && family(a) === family(b));
}

const ruleValue = (rules: FilterRule[] | undefined, name: FilterRule['Name']) => rules?.find((r) => r.Name === name)?.Value ?? '';

/** Some key could match both filters: prefixes nest and suffixes nest (a missing rule matches all). */
function filtersOverlap(a: FilterRule[] | undefined, b: FilterRule[] | undefined): boolean {
  const [pa, pb] = [ruleValue(a, 'Prefix'), ruleValue(b, 'Prefix')];
  const [sa, sb] = [ruleValue(a, 'Suffix'), ruleValue(b, 'Suffix')];
  return (pa.startsWith(pb) || pb.startsWith(pa)) && (sa.endsWith(sb) || sb.endsWith(sa));
}

function checkOverlap(targets: NotificationTarget[]): void {
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      const [a, b] = [targets[i]!, targets[j]!];
      if (a.Events.some((x) => b.Events.some((y) => eventsOverlap(x, y))) && filtersOverlap(a.FilterRules, b.FilterRules)) {
        throw invalidArgument('Configurations overlap. Configurations on the same bucket cannot share a common event type.', {
          ArgumentName: 'Event',
          ArgumentValue: 'Event',
        });
      }
    }
  }
}

type CanServiceInvoke = (functionArn: string, service: string, sourceArn: string, sourceAccount: string) => boolean;

/** Why a destination cannot be used, in the words S3 puts into the error's ArgumentValue; null when it can. */
function destinationProblem(ctx: ServiceContext, bucket: BucketRecord, target: NotificationTarget): string | null {
  if (target.kind === 'lambda') {
    // The cloud answers from the function's resource policy (the lead's hook, one IAM evaluator for all).
    const hook = (ctx.cloud as unknown as { canServiceInvoke?: CanServiceInvoke }).canServiceInvoke;
    const allowed = typeof hook === 'function' && hook.call(ctx.cloud, target.arn, 's3.amazonaws.com', bucketArn(bucket.name), bucket.account);
    return allowed ? null : `Not authorized to invoke function [${target.arn}]`;
  }
  // S3 cannot tell a missing queue or topic from one that shuts it out: the same sentence for both.
  const exists = target.kind === 'queue' ? findQueueByArn(ctx.cloud, target.arn) !== undefined : snsState(ctx.cloud).topics[target.arn] !== undefined;
  if (exists && !deliveryRefusal(ctx.cloud, target.arn, S3_PRINCIPAL, bucketArn(bucket.name), bucket.account)) return null;
  return `Permissions on the destination ${target.kind} do not allow S3 to publish notifications from this bucket`;
}

function configurationView(target: NotificationTarget): Record<string, unknown> {
  const arnMember = KINDS.find((k) => k.kind === target.kind)!.arnMember;
  return {
    Id: target.Id,
    [arnMember]: target.arn,
    Events: [...target.Events],
    ...(target.FilterRules ? { Filter: { Key: { FilterRules: target.FilterRules.map((r) => ({ ...r })) } } } : {}),
  };
}

export const notificationActions = {
  PutBucketNotificationConfiguration(ctx: ServiceContext, input: Input) {
    const bucket = findBucket(ctx, input);
    const config = input.NotificationConfiguration;
    if (!config || typeof config !== 'object') throw malformedXml();
    const targets = parseTargets(ctx, config as Record<string, unknown>);
    checkOverlap(targets);
    if (input.SkipDestinationValidation !== true) {
      const failed = targets.map((t) => [t, destinationProblem(ctx, bucket, t)] as const).filter(([, problem]) => problem !== null);
      if (failed.length) {
        const [target, problem] = failed[0]!;
        ctx.cloud.trace({ type: 's3.notification-refused', bucket: bucket.name, destination: target.arn, reason: problem });
        throw invalidArgument('Unable to validate the following destination configurations', { ArgumentName: target.arn, ArgumentValue: problem });
      }
    }
    const eventBridge = (config as Record<string, unknown>).EventBridgeConfiguration !== undefined;
    bucket.notification = { targets, ...(eventBridge ? { eventBridge } : {}) };
    ctx.cloud.trace({ type: 's3.notification-configured', bucket: bucket.name, destinations: targets.map((t) => t.arn) });
    for (const target of targets) if (target.kind !== 'lambda') sendTestEvent(ctx, bucket, target);
    return {};
  },

  GetBucketNotificationConfiguration(ctx: ServiceContext, input: Input) {
    const bucket = findBucket(ctx, input);
    const out: Record<string, unknown> = {};
    for (const { kind, list } of KINDS) {
      const configs = bucket.notification.targets.filter((t) => t.kind === kind).map(configurationView);
      if (configs.length) out[list] = configs;
    }
    if (bucket.notification.eventBridge) out.EventBridgeConfiguration = {};
    return out;
  },
};
