/**
 * Event notifications: after an object is created or removed, every configuration of the bucket whose
 * event types and key filter match receives one record — Lambda functions asynchronously (S3 is an
 * asynchronous event source: the internal queue, retries and destinations are Lambda's), SQS queues
 * and SNS topics as a JSON message body.
 *
 * Circular notifications: a function triggered by a bucket that writes back into the same bucket (and
 * a prefix/suffix its own trigger matches) triggers itself again, endlessly on a real account. Use a
 * different bucket, or a prefix the trigger does not match. The sandbox's Lambda stops such a loop
 * after 16 invocations in one chain (RecursiveInvocationException) once the chain reaches S3 through
 * `ServiceContext.chain`.
 *
 * S3 sends as s3.amazonaws.com: each delivery to a queue or topic asks its access policy again (it
 * may have changed since the configuration was saved), and a refused one is dropped and traced.
 */
import type { Cloud } from '../cloud.ts';
import { AwsError } from '../errors.ts';
import type { ServiceContext } from '../service.ts';
import { publishToTopic } from '../sns/index.ts';
import { deliveryRefusal } from '../sqs/access-policy.ts';
import { sendToQueue } from '../sqs/index.ts';
import { hostId, requestId } from './common.ts';
import { bucketArn, ownerPrincipalId, s3State } from './names.ts';
import type { BucketRecord, FilterRule, NotificationTarget } from './state.ts';

export type S3EventName =
  | 'ObjectCreated:Put'
  | 'ObjectCreated:Post'
  | 'ObjectCreated:Copy'
  | 'ObjectCreated:CompleteMultipartUpload'
  | 'ObjectRemoved:Delete'
  | 'ObjectRemoved:DeleteMarkerCreated';

export interface ObjectEvent {
  name: S3EventName;
  key: string;
  /** Created objects only. */
  size?: number;
  /** Quoted or not; the record carries it unquoted. */
  etag?: string;
  /** Present when the bucket's versioning is enabled (the new version, or the delete marker). */
  versionId?: string;
}

/** The SenderId of the messages S3 sends to SQS (S3's own service principal). */
export const S3_SENDER_ID = 'AIDAJHIPRHEMV73VRJEBU';
/** The service principal S3 sends event notifications as. */
export const S3_PRINCIPAL = 's3.amazonaws.com';
/** The SourceIp the sandbox reports: every request comes from the learner's own machine. */
export const SOURCE_IP = '127.0.0.1';

/**
 * The key as S3 writes it into an event: URL-encoded as an HTML form is (a space is `+`, other bytes
 * outside `A-Za-z0-9.-_*` and `/` are `%XX`). `red flower.jpg` → `red+flower.jpg`; handlers decode
 * it with `decodeURIComponent(key.replace(/\+/g, ' '))`.
 */
export function encodeEventKey(key: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(key)) {
    const ch = String.fromCharCode(byte);
    if (/[A-Za-z0-9.\-_*/]/.test(ch)) out += ch;
    else if (ch === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Whether a configuration's `s3:…` event types include this event (`s3:ObjectCreated:*` covers the family). */
export function eventMatches(patterns: readonly string[], name: S3EventName): boolean {
  const family = name.slice(0, name.indexOf(':'));
  return patterns.some((p) => p === `s3:${name}` || p === `s3:${family}:*`);
}

export function keyMatches(rules: readonly FilterRule[] | undefined, key: string): boolean {
  return (rules ?? []).every((r) => (r.Name === 'Prefix' ? key.startsWith(r.Value) : key.endsWith(r.Value)));
}

/** Hex, increasing for every event of the cloud, so the events of one key order as S3 promises. */
function nextSequencer(cloud: Cloud): string {
  const state = s3State(cloud);
  state.sequence += 1;
  const hex = Math.floor(cloud.clock.now()).toString(16) + (state.sequence % 0x1000000).toString(16).padStart(6, '0');
  return hex.toUpperCase().padStart(18, '0');
}

type Chained = ServiceContext & { chain?: number };

/** Builds the record for each matching configuration and sends it. */
export function emitObjectEvent(ctx: ServiceContext, bucket: BucketRecord, event: ObjectEvent): void {
  const targets = bucket.notification.targets.filter((t) => eventMatches(t.Events, event.name) && keyMatches(t.FilterRules, event.key));
  if (targets.length === 0) return;
  const now = ctx.cloud.clock.now();
  const shared = {
    eventTime: new Date(now).toISOString(),
    requestId: requestId(ctx),
    hostId: hostId(ctx),
    sequencer: nextSequencer(ctx.cloud),
  };
  for (const target of targets) {
    const record = {
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: bucket.region,
      eventTime: shared.eventTime,
      eventName: event.name,
      userIdentity: { principalId: `AWS:${ctx.identity.userId}` },
      requestParameters: { sourceIPAddress: SOURCE_IP },
      responseElements: { 'x-amz-request-id': shared.requestId, 'x-amz-id-2': shared.hostId },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: target.Id,
        bucket: { name: bucket.name, ownerIdentity: { principalId: ownerPrincipalId(bucket.account) }, arn: bucketArn(bucket.name) },
        object: {
          key: encodeEventKey(event.key),
          ...(event.size !== undefined ? { size: event.size } : {}),
          ...(event.etag !== undefined ? { eTag: event.etag.replace(/"/g, '') } : {}),
          ...(event.versionId !== undefined ? { versionId: event.versionId } : {}),
          sequencer: shared.sequencer,
        },
      },
    };
    deliver(ctx, bucket, target, JSON.stringify({ Records: [record] }), event);
  }
}

function deliver(ctx: Chained, bucket: BucketRecord, target: NotificationTarget, message: string, event: ObjectEvent): void {
  const cloud = ctx.cloud;
  const base = { bucket: bucket.name, key: event.key, eventName: event.name, configurationId: target.Id, destination: target.arn };
  if (target.kind === 'lambda') {
    const options: { sourceArn: string; chain?: number } = { sourceArn: bucketArn(bucket.name) };
    if (typeof ctx.chain === 'number') options.chain = ctx.chain;
    cloud.invokeAsync(target.arn, message, options);
    cloud.trace({ type: 's3.event-sent', ...base });
    return;
  }
  const refused = deliveryRefusal(cloud, target.arn, S3_PRINCIPAL, bucketArn(bucket.name), bucket.account);
  if (refused) {
    cloud.trace({ type: 's3.event-denied', ...base, principal: S3_PRINCIPAL, ...refused });
    return;
  }
  try {
    if (target.kind === 'queue') sendToQueue(cloud, target.arn, message, undefined, S3_SENDER_ID);
    else publishToTopic(cloud, target.arn, message, { subject: 'Amazon S3 Notification' });
    cloud.trace({ type: 's3.event-sent', ...base });
  } catch (error) {
    // A queue or topic deleted after the configuration was saved: S3 drops the event.
    if (!(error instanceof AwsError)) throw error;
    cloud.trace({ type: 's3.event-failed', ...base, errorCode: error.code, errorMessage: error.message });
  }
}

/** What S3 sends to a queue or topic when a configuration naming it is saved. */
export function sendTestEvent(ctx: ServiceContext, bucket: BucketRecord, target: NotificationTarget): void {
  const message = JSON.stringify({
    Service: 'Amazon S3',
    Event: 's3:TestEvent',
    Time: new Date(ctx.cloud.clock.now()).toISOString(),
    Bucket: bucket.name,
    RequestId: requestId(ctx),
    HostId: hostId(ctx),
  });
  if (target.kind === 'lambda' || deliveryRefusal(ctx.cloud, target.arn, S3_PRINCIPAL, bucketArn(bucket.name), bucket.account)) return;
  try {
    if (target.kind === 'queue') sendToQueue(ctx.cloud, target.arn, message, undefined, S3_SENDER_ID);
    else if (target.kind === 'topic') publishToTopic(ctx.cloud, target.arn, message, { subject: 'Amazon S3 Notification' });
  } catch (error) {
    if (!(error instanceof AwsError)) throw error;
  }
}
