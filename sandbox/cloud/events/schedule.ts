/**
 * Schedule expressions of EventBridge rules: `rate(value unit)` — a positive whole number of
 * minutes, hours or days, singular for 1 (`rate(1 minute)`) and plural otherwise (`rate(5 minutes)`)
 * — or a six-field `cron(…)`. Anything else is refused with EventBridge's one sentence for it.
 */
import { AwsError } from '../errors.ts';
import { nextCronTime, parseCron, type Cron } from './cron.ts';

export type Schedule = { kind: 'rate'; periodMs: number } | { kind: 'cron'; cron: Cron };

const UNITS: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

export const invalidScheduleExpression = () => new AwsError('ValidationException', 'Parameter ScheduleExpression is not valid.', 400);

/** The schedule an expression describes, or null when EventBridge would refuse it. */
export function parseSchedule(expression: string): Schedule | null {
  const rate = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (rate) {
    const n = Number(rate[1]);
    const unit = rate[2]!;
    const plural = unit.endsWith('s');
    if (n < 1 || (n === 1) === plural) return null;
    return { kind: 'rate', periodMs: n * UNITS[plural ? unit.slice(0, -1) : unit]! };
  }
  const cron = /^cron\((.*)\)$/.exec(expression);
  const parsed = cron && parseCron(cron[1]!);
  return parsed ? { kind: 'cron', cron: parsed } : null;
}

export function requireSchedule(expression: string): Schedule {
  const schedule = parseSchedule(expression);
  if (!schedule) throw invalidScheduleExpression();
  return schedule;
}

/**
 * The first fire time strictly after `after`. A rate counts whole periods from `anchor` (when the
 * rule was created or last enabled); a cron fires on the clock, in UTC.
 */
export function nextFireTime(schedule: Schedule, anchor: number, after: number): number | undefined {
  if (schedule.kind === 'cron') return nextCronTime(schedule.cron, after);
  const periods = Math.max(1, Math.floor((after - anchor) / schedule.periodMs) + 1);
  return anchor + periods * schedule.periodMs;
}

/** Every fire time in (from, to]. */
export function fireTimes(schedule: Schedule, anchor: number, from: number, to: number): number[] {
  const out: number[] = [];
  for (let t = nextFireTime(schedule, anchor, from); t !== undefined && t <= to; t = nextFireTime(schedule, anchor, t)) out.push(t);
  return out;
}
