/**
 * Targets of a rule and delivery to them. Each target receives the event (or what Input, InputPath
 * or InputTransformer make of it) from the rule's ARN, as events.amazonaws.com: a Lambda function is
 * invoked asynchronously (its resource policy must allow the rule), an SQS queue gets it as the
 * message body and an SNS topic as the message — when the queue's or topic's access policy allows
 * events.amazonaws.com with aws:SourceArn = the rule's ARN. A refused or failed delivery is traced;
 * other target kinds are accepted and only traced as skipped.
 */
import { AwsError } from '../errors.ts';
import type { Cloud } from '../cloud.ts';
import { parseTopicArn, publishToTopic } from '../sns/index.ts';
import { deliveryRefusal } from '../sqs/access-policy.ts';
import { findQueueByArn, parseQueueArn, sendToQueue } from '../sqs/index.ts';
import type { RuleRecord, TargetRecord } from './state.ts';

/** The service principal EventBridge delivers as. */
export const EVENTS_PRINCIPAL = 'events.amazonaws.com';

const LAMBDA_ARN = /^arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:\d{12}:function:[a-zA-Z0-9-_]+(:[a-zA-Z0-9-_$]+)?$/;
const TARGET_ID = /^[.\-_A-Za-z0-9]+$/;
export const MAX_TARGETS = 5;

const validation = (message: string) => new AwsError('ValidationException', message, 400);

/** `$`, `$.detail`, `$.detail.items[0]`: the JSONPath forms EventBridge targets use. */
export function selectPath(value: unknown, path: string): unknown {
  if (!path.startsWith('$')) return undefined;
  let current = value;
  for (const [, key, index] of path.slice(1).matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key ?? Number(index)];
  }
  return current;
}

/** InputTransformer: `<name>` placeholders filled from InputPathsMap (strings as they are, the rest as JSON). */
function transform(event: unknown, t: NonNullable<TargetRecord['InputTransformer']>): string {
  const values = Object.fromEntries(Object.entries(t.InputPathsMap ?? {}).map(([k, p]) => [k, selectPath(event, p)]));
  return t.InputTemplate.replace(/<([A-Za-z0-9_.-]+)>/g, (whole, name: string) => {
    if (!(name in values)) return whole;
    const v = values[name];
    return typeof v === 'string' ? v : JSON.stringify(v ?? null);
  });
}

/** What the target receives for `event`. */
export function targetPayload(target: TargetRecord, event: Record<string, unknown>): string {
  if (target.Input !== undefined) return target.Input;
  if (target.InputPath !== undefined) return JSON.stringify(selectPath(event, target.InputPath) ?? null);
  if (target.InputTransformer) return transform(event, target.InputTransformer);
  return JSON.stringify(event);
}

export function deliverToTargets(cloud: Cloud, rule: RuleRecord, event: Record<string, unknown>): void {
  for (const target of rule.targets) {
    const service = target.Arn.split(':')[2];
    if (LAMBDA_ARN.test(target.Arn)) {
      cloud.trace({ type: 'events.target-invoked', ruleArn: rule.arn, targetArn: target.Arn, eventId: event.id });
      cloud.invokeAsync(target.Arn, targetPayload(target, event), { sourceArn: rule.arn });
    } else if (service === 'sqs' || service === 'sns') {
      sendToTarget(cloud, rule, target, event);
    } else {
      // Other target types (buses, streams, state machines) are accepted but not delivered to in the sandbox.
      cloud.trace({ type: 'events.target-skipped', ruleArn: rule.arn, targetArn: target.Arn, reason: 'only Lambda functions, SQS queues and SNS topics are delivered to in this sandbox' });
    }
  }
}

/** One event to a queue or topic target, if its access policy lets the rule in. */
function sendToTarget(cloud: Cloud, rule: RuleRecord, target: TargetRecord, event: Record<string, unknown>): void {
  const base = { ruleArn: rule.arn, targetArn: target.Arn, eventId: event.id };
  const refused = deliveryRefusal(cloud, target.Arn, EVENTS_PRINCIPAL, rule.arn, rule.account);
  if (refused) {
    cloud.trace({ type: 'events.target-denied', ...base, principal: EVENTS_PRINCIPAL, ...refused });
    return;
  }
  const payload = targetPayload(target, event);
  try {
    if (target.Arn.split(':')[2] === 'sqs') {
      const queue = findQueueByArn(cloud, target.Arn);
      const group = target.SqsParameters?.MessageGroupId;
      // A FIFO queue without content-based deduplication is given the event's id as the deduplication id.
      const fifo = queue?.fifo && group !== undefined
        ? { messageGroupId: group, ...(queue.attributes.ContentBasedDeduplication === 'true' ? {} : { messageDeduplicationId: String(event.id) }) }
        : undefined;
      const sent = sendToQueue(cloud, target.Arn, payload, undefined, undefined, fifo);
      cloud.trace({ type: 'events.target-delivered', ...base, messageId: sent.MessageId });
    } else {
      const sent = publishToTopic(cloud, target.Arn, payload);
      cloud.trace({ type: 'events.target-delivered', ...base, messageId: sent.MessageId });
    }
  } catch (error) {
    // A queue or topic deleted after PutTargets: EventBridge counts a failed invocation and goes on.
    if (!(error instanceof AwsError)) throw error;
    cloud.trace({ type: 'events.target-failed', ...base, errorCode: error.code, errorMessage: error.message });
  }
}

function checkTarget(raw: Record<string, unknown>): TargetRecord {
  const id = typeof raw.Id === 'string' ? raw.Id : '';
  const arn = typeof raw.Arn === 'string' ? raw.Arn : '';
  if (!id || id.length > 64 || !TARGET_ID.test(id)) {
    throw validation(`1 validation error detected: Value '${id}' at 'targets.1.member.id' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+`);
  }
  const service = arn.split(':')[2];
  if (!arn.startsWith('arn:') || (service === 'sqs' && !parseQueueArn(arn)) || (service === 'sns' && !parseTopicArn(arn))) {
    throw validation(`Parameter ${arn} is not valid. Reason: Provided Arn is not in correct format.`);
  }
  const sqsParameters = raw.SqsParameters as TargetRecord['SqsParameters'] | undefined;
  if (service === 'sqs' && arn.endsWith('.fifo') && typeof sqsParameters?.MessageGroupId !== 'string') {
    throw validation(`Parameter(s) SqsParameters must be specified for target: ${id}.`);
  }
  const inputs = ['Input', 'InputPath', 'InputTransformer'].filter((k) => raw[k] !== undefined);
  if (inputs.length > 1) throw validation('Only one of Input, InputPath, or InputTransformer must be provided.');
  if (raw.Input !== undefined) {
    try {
      JSON.parse(String(raw.Input));
    } catch {
      throw validation(`Input for target ${id} is not valid JSON text.`);
    }
  }
  if (raw.InputPath !== undefined && !String(raw.InputPath).startsWith('$')) throw validation(`InputPath for target ${id} is not a valid JSONPath expression.`);
  const transformer = raw.InputTransformer as TargetRecord['InputTransformer'] | undefined;
  if (transformer !== undefined && typeof transformer?.InputTemplate !== 'string') throw validation(`InputTransformer for target ${id} needs an InputTemplate.`);
  const target: TargetRecord = { Id: id, Arn: arn };
  if (raw.RoleArn !== undefined) target.RoleArn = String(raw.RoleArn);
  if (raw.Input !== undefined) target.Input = String(raw.Input);
  if (raw.InputPath !== undefined) target.InputPath = String(raw.InputPath);
  if (transformer) target.InputTransformer = transformer;
  if (raw.RetryPolicy !== undefined) target.RetryPolicy = raw.RetryPolicy as TargetRecord['RetryPolicy'];
  if (raw.DeadLetterConfig !== undefined) target.DeadLetterConfig = raw.DeadLetterConfig as TargetRecord['DeadLetterConfig'];
  if (sqsParameters !== undefined) target.SqsParameters = { ...(sqsParameters.MessageGroupId !== undefined ? { MessageGroupId: String(sqsParameters.MessageGroupId) } : {}) };
  return target;
}

/** PutTargets on one rule: adds or replaces by Id, at most five per rule. */
export function putTargets(rule: RuleRecord, list: unknown): void {
  const raws = Array.isArray(list) ? (list as Array<Record<string, unknown>>) : [];
  if (raws.length === 0 || raws.length > 10) {
    throw validation(`1 validation error detected: Value at 'targets' failed to satisfy constraint: Member must have length ${raws.length ? 'less than or equal to 10' : 'greater than or equal to 1'}`);
  }
  const targets = raws.map(checkTarget);
  const next = [...rule.targets];
  for (const t of targets) {
    const i = next.findIndex((x) => x.Id === t.Id);
    if (i >= 0) next[i] = t;
    else next.push(t);
  }
  if (next.length > MAX_TARGETS) throw new AwsError('LimitExceededException', 'The requested resource exceeds the maximum number allowed.', 400);
  rule.targets = next;
}
