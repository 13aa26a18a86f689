/**
 * EventBridge rules on the default bus: PutRule (a schedule or an event pattern), DescribeRule,
 * ListRules, EnableRule, DisableRule, DeleteRule (refused while targets remain), and the target
 * actions PutTargets, RemoveTargets, ListTargetsByRule.
 */
import { AwsError, validationError } from '../errors.ts';
import type { Cloud } from '../cloud.ts';
import type { ServiceContext } from '../service.ts';
import { parsePattern } from './pattern.ts';
import { requireSchedule } from './schedule.ts';
import { initialEventsState, isEnabled, ruleArn, type EventsState, type RuleRecord } from './state.ts';
import { putTargets } from './targets.ts';

const RULE_NAME = /^[.\-_A-Za-z0-9]+$/;
const STATES = ['ENABLED', 'DISABLED', 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS'];

export function eventsState(cloud: Cloud): EventsState {
  const state = ((cloud.state as { events?: EventsState }).events ??= initialEventsState());
  state.rules ??= {};
  return state;
}

export function rulesOf(cloud: Cloud): RuleRecord[] {
  return Object.values(eventsState(cloud).rules!);
}

/** The bus a request names: the default bus by name or ARN; custom buses are not offered yet. */
function busName(ctx: ServiceContext, value: unknown): string {
  if (value === undefined || value === null || value === '' || value === 'default') return 'default';
  const text = String(value);
  if (text === `arn:aws:events:${ctx.region}:${ctx.identity.account}:event-bus/default`) return 'default';
  const name = text.startsWith('arn:') ? text.slice(text.lastIndexOf('/') + 1) : text;
  throw new AwsError('ResourceNotFoundException', `Event bus ${name} does not exist.`, 400);
}

const missingRule = (name: string, bus: string) => new AwsError('ResourceNotFoundException', `Rule ${name} does not exist on EventBus ${bus}.`, 400);

function findRule(ctx: ServiceContext, name: unknown, bus: unknown): RuleRecord {
  const b = busName(ctx, bus);
  const rule = eventsState(ctx.cloud).rules![ruleArn(ctx.region, ctx.identity.account, b, String(name ?? ''))];
  if (!rule) throw missingRule(String(name ?? ''), b);
  return rule;
}

function checkName(name: unknown): string {
  const n = typeof name === 'string' ? name : '';
  if (!n || n.length > 64 || !RULE_NAME.test(n)) {
    throw validationError([{ value: n, member: 'name', constraint: n.length > 64 ? 'Member must have length less than or equal to 64' : 'Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+' }]);
  }
  return n;
}

/** A rule's description: DescribeRule's members in the model's order. */
function describe(rule: RuleRecord): Record<string, unknown> {
  return {
    Name: rule.name,
    Arn: rule.arn,
    ...(rule.eventPattern !== undefined ? { EventPattern: rule.eventPattern } : {}),
    ...(rule.scheduleExpression !== undefined ? { ScheduleExpression: rule.scheduleExpression } : {}),
    State: rule.state,
    ...(rule.description !== undefined ? { Description: rule.description } : {}),
    ...(rule.roleArn !== undefined ? { RoleArn: rule.roleArn } : {}),
    EventBusName: rule.eventBusName,
    CreatedBy: rule.account,
  };
}

/** ListRules' entries (the Rule shape orders its members differently). */
function summary(rule: RuleRecord): Record<string, unknown> {
  return {
    Name: rule.name,
    Arn: rule.arn,
    ...(rule.eventPattern !== undefined ? { EventPattern: rule.eventPattern } : {}),
    State: rule.state,
    ...(rule.description !== undefined ? { Description: rule.description } : {}),
    ...(rule.scheduleExpression !== undefined ? { ScheduleExpression: rule.scheduleExpression } : {}),
    ...(rule.roleArn !== undefined ? { RoleArn: rule.roleArn } : {}),
    EventBusName: rule.eventBusName,
  };
}

function paged<T>(items: T[], limit: unknown, token: unknown): { page: T[]; next?: string } {
  const start = token === undefined ? 0 : Number.parseInt(String(token), 10);
  if (!Number.isInteger(start) || start < 0) throw new AwsError('ValidationException', 'The nextToken provided is invalid.', 400);
  const size = limit === undefined ? 100 : Math.max(1, Number(limit));
  return { page: items.slice(start, start + size), ...(start + size < items.length ? { next: String(start + size) } : {}) };
}

export const ruleActions = {
  PutRule(ctx: ServiceContext, input: Record<string, unknown>) {
    const name = checkName(input.Name);
    const bus = busName(ctx, input.EventBusName);
    const schedule = typeof input.ScheduleExpression === 'string' && input.ScheduleExpression !== '' ? input.ScheduleExpression : undefined;
    const pattern = typeof input.EventPattern === 'string' && input.EventPattern !== '' ? input.EventPattern : undefined;
    if (schedule === undefined && pattern === undefined) {
      throw new AwsError('ValidationException', 'Parameter(s) EventPattern or ScheduleExpression must be specified.', 400);
    }
    if (schedule !== undefined) requireSchedule(schedule);
    if (pattern !== undefined) parsePattern(pattern);
    const state = input.State === undefined ? 'ENABLED' : String(input.State);
    if (!STATES.includes(state)) {
      throw validationError([{ value: state, member: 'state', constraint: `Member must satisfy enum value set: [${STATES.join(', ')}]` }]);
    }
    const arn = ruleArn(ctx.region, ctx.identity.account, bus, name);
    const rules = eventsState(ctx.cloud).rules!;
    const existing = rules[arn];
    const now = ctx.cloud.clock.now();
    // A new rule, a new schedule, or a rule switched on starts counting its periods now.
    const restart = !existing || existing.scheduleExpression !== schedule || (!isEnabled(existing) && state !== 'DISABLED');
    const rule: RuleRecord = {
      name,
      arn,
      eventBusName: bus,
      account: ctx.identity.account,
      region: ctx.region,
      ...(input.Description !== undefined ? { description: String(input.Description) } : {}),
      ...(schedule !== undefined ? { scheduleExpression: schedule } : {}),
      ...(pattern !== undefined ? { eventPattern: pattern } : {}),
      state,
      ...(input.RoleArn !== undefined ? { roleArn: String(input.RoleArn) } : {}),
      createdAt: existing?.createdAt ?? now,
      anchorAt: restart ? now : existing!.anchorAt,
      checkedThrough: restart ? now : existing!.checkedThrough,
      ...(existing?.lastFiredAt !== undefined ? { lastFiredAt: existing.lastFiredAt } : {}),
      targets: existing?.targets ?? [],
    };
    rules[arn] = rule;
    ctx.cloud.trace({ type: existing ? 'events.rule-updated' : 'events.rule-created', ruleArn: arn, scheduleExpression: schedule, state });
    return { RuleArn: arn };
  },

  DescribeRule(ctx: ServiceContext, input: Record<string, unknown>) {
    return describe(findRule(ctx, input.Name, input.EventBusName));
  },

  ListRules(ctx: ServiceContext, input: Record<string, unknown>) {
    const bus = busName(ctx, input.EventBusName);
    const prefix = typeof input.NamePrefix === 'string' ? input.NamePrefix : '';
    const rules = rulesOf(ctx.cloud)
      .filter((r) => r.account === ctx.identity.account && r.region === ctx.region && r.eventBusName === bus && r.name.startsWith(prefix))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const { page, next } = paged(rules, input.Limit, input.NextToken);
    return { Rules: page.map(summary), ...(next ? { NextToken: next } : {}) };
  },

  EnableRule(ctx: ServiceContext, input: Record<string, unknown>) {
    const rule = findRule(ctx, input.Name, input.EventBusName);
    if (!isEnabled(rule)) {
      const now = ctx.cloud.clock.now();
      rule.state = 'ENABLED';
      rule.anchorAt = now;
      rule.checkedThrough = now;
    }
    return {};
  },

  DisableRule(ctx: ServiceContext, input: Record<string, unknown>) {
    findRule(ctx, input.Name, input.EventBusName).state = 'DISABLED';
    return {};
  },

  DeleteRule(ctx: ServiceContext, input: Record<string, unknown>) {
    const bus = busName(ctx, input.EventBusName);
    const arn = ruleArn(ctx.region, ctx.identity.account, bus, String(input.Name ?? ''));
    const rules = eventsState(ctx.cloud).rules!;
    const rule = rules[arn];
    // Deleting a rule that does not exist succeeds, as on AWS.
    if (!rule) return {};
    if (rule.targets.length && input.Force !== true) throw new AwsError('ValidationException', "Rule can't be deleted since it has targets.", 400);
    delete rules[arn];
    ctx.cloud.trace({ type: 'events.rule-deleted', ruleArn: arn });
    return {};
  },

  PutTargets(ctx: ServiceContext, input: Record<string, unknown>) {
    putTargets(findRule(ctx, input.Rule, input.EventBusName), input.Targets);
    return { FailedEntryCount: 0, FailedEntries: [] };
  },

  RemoveTargets(ctx: ServiceContext, input: Record<string, unknown>) {
    const rule = findRule(ctx, input.Rule, input.EventBusName);
    const ids = Array.isArray(input.Ids) ? input.Ids.map(String) : [];
    if (ids.length === 0) throw validationError([{ value: '[]', member: 'ids', constraint: 'Member must have length greater than or equal to 1' }]);
    rule.targets = rule.targets.filter((t) => !ids.includes(t.Id));
    return { FailedEntryCount: 0, FailedEntries: [] };
  },

  ListTargetsByRule(ctx: ServiceContext, input: Record<string, unknown>) {
    const rule = findRule(ctx, input.Rule, input.EventBusName);
    const { page, next } = paged(rule.targets, input.Limit, input.NextToken);
    return { Targets: page.map((t) => ({ ...t })), ...(next ? { NextToken: next } : {}) };
  },
};
