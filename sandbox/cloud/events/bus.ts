/**
 * Amazon EventBridge: event buses that receive events (PutEvents, and services such as Lambda's
 * destinations through putEvent), keep them for the inspector and checks, and hand each one to the
 * targets of every enabled rule whose event pattern matches it. Rules with a schedule fire on the
 * virtual clock (scheduler.ts).
 */
import { AwsError } from '../errors.ts';
import type { ServiceContext } from '../service.ts';
import type { Cloud } from '../cloud.ts';
import { matchesPattern, parsePattern } from './pattern.ts';
import { eventsState, ruleActions, rulesOf } from './rules.ts';
import { defaultBusArn, isEnabled, type BusEvent } from './state.ts';
import { deliverToTargets } from './targets.ts';

export { initialEventsState, defaultBusArn, type EventsState, type BusEvent, type RuleRecord, type TargetRecord } from './state.ts';
export { dueSchedules, nextScheduledTime, runSchedules, scheduledEvent, type DueSchedule } from './scheduler.ts';
export { matchesPattern, parsePattern } from './pattern.ts';

const BUS_LIMIT = 500;

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The event as rules and targets see it: the envelope EventBridge delivers. */
function envelope(event: BusEvent): Record<string, unknown> {
  return {
    version: '0',
    id: event.id,
    'detail-type': event['detail-type'],
    source: event.source,
    account: event.account,
    time: event.time,
    region: event.region,
    resources: event.resources,
    detail: event.detail,
  };
}

/** Hands an event to the targets of every enabled pattern rule on its bus that matches it. */
function route(cloud: Cloud, busArn: string, event: BusEvent): void {
  const full = envelope(event);
  for (const rule of rulesOf(cloud)) {
    if (rule.eventPattern === undefined || !isEnabled(rule)) continue;
    if (defaultBusArn(rule.region, rule.account) !== busArn || rule.eventBusName !== 'default') continue;
    let matched = false;
    try {
      matched = matchesPattern(parsePattern(rule.eventPattern), full);
    } catch {
      matched = false;
    }
    if (!matched) continue;
    cloud.trace({ type: 'events.rule-matched', ruleArn: rule.arn, eventId: event.id });
    deliverToTargets(cloud, rule, full);
  }
}

/** Puts one event on a bus (the default bus when the ARN names none) and routes it to matching rules. */
export function putEvent(cloud: Cloud, busArn: string, event: Omit<BusEvent, 'id' | 'time'>, time?: number): string {
  const state = eventsState(cloud);
  const id = cloud.ids.uuid();
  const list = (state.buses[busArn] ??= []);
  const stored: BusEvent = { id, time: isoSeconds(time ?? cloud.clock.now()), ...event };
  list.push(stored);
  if (list.length > BUS_LIMIT) list.splice(0, list.length - BUS_LIMIT);
  cloud.trace({ type: 'events.received', busArn, source: event.source, detailType: event['detail-type'] });
  route(cloud, busArn, stored);
  return id;
}

function entryTime(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value * 1000 : Date.parse(String(value));
  return Number.isFinite(ms) ? ms : undefined;
}

export const eventsActions = {
  PutEvents(ctx: ServiceContext, input: Record<string, unknown>) {
    const entries = (input.Entries as Array<Record<string, unknown>> | undefined) ?? [];
    if (entries.length === 0 || entries.length > 10) {
      throw new AwsError('ValidationException', `1 validation error detected: Value '[${entries.length} entries]' at 'entries' failed to satisfy constraint: Member must have length ${entries.length ? 'less than or equal to 10' : 'greater than or equal to 1'}`);
    }
    const results = entries.map((e) => {
      if (!e.Source || !e.DetailType || e.Detail === undefined) {
        return { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameters Source, DetailType and Detail are required.' };
      }
      let detail: unknown;
      try {
        detail = JSON.parse(String(e.Detail));
      } catch {
        return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
      }
      const bus = typeof e.EventBusName === 'string' && e.EventBusName.startsWith('arn:') ? e.EventBusName : defaultBusArn(ctx.region, ctx.identity.account);
      return {
        EventId: putEvent(ctx.cloud, bus, {
          source: String(e.Source),
          'detail-type': String(e.DetailType),
          account: ctx.identity.account,
          region: ctx.region,
          resources: (e.Resources as string[] | undefined) ?? [],
          detail,
        }, entryTime(e.Time)),
      };
    });
    return { FailedEntryCount: results.filter((r) => 'ErrorCode' in r).length, Entries: results };
  },

  /** Whether a pattern matches an event; the event needs the envelope's fields, as on AWS. */
  TestEventPattern(_ctx: ServiceContext, input: Record<string, unknown>) {
    const pattern = parsePattern(String(input.EventPattern ?? ''));
    let event: unknown;
    try {
      event = JSON.parse(String(input.Event ?? ''));
    } catch {
      event = undefined;
    }
    const required = ['id', 'account', 'source', 'time', 'region', 'detail-type'];
    if (typeof event !== 'object' || event === null || Array.isArray(event) || required.some((k) => !(k in event))) {
      throw new AwsError('ValidationException', 'Parameter Event is not valid.', 400);
    }
    return { Result: matchesPattern(pattern, event) };
  },
  ...ruleActions,
};
