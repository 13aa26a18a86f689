/**
 * Targets of a rule and delivery to them. A Lambda function is invoked asynchronously with the
 * event (or what Input, InputPath or InputTransformer make of it), from the rule's ARN — the
 * SourceArn a function's resource policy checks for events.amazonaws.com.
 */
import { AwsError } from '../errors.ts';
import type { Cloud } from '../cloud.ts';
import type { RuleRecord, TargetRecord } from './state.ts';

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
    if (LAMBDA_ARN.test(target.Arn)) {
      cloud.trace({ type: 'events.target-invoked', ruleArn: rule.arn, targetArn: target.Arn, eventId: event.id });
      cloud.invokeAsync(target.Arn, targetPayload(target, event), { sourceArn: rule.arn });
    } else {
      // Other target types (queues, topics, buses) are accepted but not yet delivered to in the sandbox.
      cloud.trace({ type: 'events.target-skipped', ruleArn: rule.arn, targetArn: target.Arn, reason: 'only Lambda targets are delivered in this sandbox' });
    }
  }
}

function checkTarget(raw: Record<string, unknown>): TargetRecord {
  const id = typeof raw.Id === 'string' ? raw.Id : '';
  const arn = typeof raw.Arn === 'string' ? raw.Arn : '';
  if (!id || id.length > 64 || !TARGET_ID.test(id)) {
    throw validation(`1 validation error detected: Value '${id}' at 'targets.1.member.id' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+`);
  }
  if (!arn.startsWith('arn:')) throw validation(`Parameter ${arn} is not valid. Reason: Provided Arn is not in correct format.`);
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
