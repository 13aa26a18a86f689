/**
 * Scheduled rules on the virtual clock. Nothing fires by itself: whoever moves the clock (Cloud's
 * advance and tick) calls runSchedules, which delivers every fire time that has come due since the
 * rule was last checked, in time order, and remembers how far it got. A disabled rule skips the
 * times that pass while it is off.
 */
import type { Cloud } from '../cloud.ts';
import { rulesOf } from './rules.ts';
import { fireTimes, nextFireTime, parseSchedule } from './schedule.ts';
import { isEnabled, type RuleRecord } from './state.ts';
import { deliverToTargets } from './targets.ts';

export interface DueSchedule {
  rule: RuleRecord;
  time: number;
}

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function scheduled(cloud: Cloud): Array<{ rule: RuleRecord; schedule: NonNullable<ReturnType<typeof parseSchedule>> }> {
  return rulesOf(cloud)
    .filter((r) => r.scheduleExpression !== undefined && isEnabled(r))
    .flatMap((rule) => {
      const schedule = parseSchedule(rule.scheduleExpression!);
      return schedule ? [{ rule, schedule }] : [];
    });
}

/** Fire times of enabled scheduled rules in (from, to], oldest first. Changes nothing. */
export function dueSchedules(cloud: Cloud, from: number, to: number): DueSchedule[] {
  return scheduled(cloud)
    .flatMap(({ rule, schedule }) => fireTimes(schedule, rule.anchorAt, Math.max(from, rule.anchorAt), to).map((time) => ({ rule, time })))
    .sort((a, b) => a.time - b.time || (a.rule.name < b.rule.name ? -1 : 1));
}

/** The next time a scheduled rule will fire, for a clock that jumps from one due time to the next. */
export function nextScheduledTime(cloud: Cloud): number | undefined {
  let next: number | undefined;
  for (const { rule, schedule } of scheduled(cloud)) {
    const t = nextFireTime(schedule, rule.anchorAt, rule.checkedThrough);
    if (t !== undefined && (next === undefined || t < next)) next = t;
  }
  return next;
}

/** The Scheduled Event a rule's targets receive. */
export function scheduledEvent(cloud: Cloud, rule: RuleRecord, time: number): Record<string, unknown> {
  return {
    version: '0',
    id: cloud.ids.uuid(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: rule.account,
    time: isoSeconds(time),
    region: rule.region,
    resources: [rule.arn],
    detail: {},
  };
}

/** Delivers every fire time up to `until` (default: now); returns how many times rules fired. */
export function runSchedules(cloud: Cloud, until: number = cloud.clock.now()): number {
  const due = scheduled(cloud)
    .flatMap(({ rule, schedule }) => fireTimes(schedule, rule.anchorAt, rule.checkedThrough, until).map((time) => ({ rule, time })))
    .sort((a, b) => a.time - b.time || (a.rule.name < b.rule.name ? -1 : 1));
  for (const { rule, time } of due) {
    rule.lastFiredAt = time;
    cloud.trace({ type: 'events.schedule-fired', ruleArn: rule.arn, scheduledTime: isoSeconds(time) });
    deliverToTargets(cloud, rule, scheduledEvent(cloud, rule, time));
  }
  // Disabled rules move on too: on AWS, times that pass while a rule is off are not made up later.
  for (const rule of rulesOf(cloud)) if (rule.scheduleExpression !== undefined && rule.checkedThrough < until) rule.checkedThrough = until;
  return due.length;
}
