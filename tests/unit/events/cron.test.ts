/** Schedule expressions: what EventBridge accepts, and when rates and crons fire (UTC, virtual clock). */
import { describe, expect, it } from 'vitest';
import { nextCronTime, parseCron } from '../../../sandbox/cloud/events/cron.ts';
import { fireTimes, parseSchedule } from '../../../sandbox/cloud/events/schedule.ts';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

function next(expr: string, after: string, n = 1): string[] {
  const cron = parseCron(expr);
  if (!cron) throw new Error(`not a cron: ${expr}`);
  const out: string[] = [];
  let t = at(after);
  for (let i = 0; i < n; i++) {
    t = nextCronTime(cron, t)!;
    out.push(iso(t)!);
  }
  return out;
}

describe('schedule expressions', () => {
  it('rate(): a positive number, singular only for 1', () => {
    expect(parseSchedule('rate(1 minute)')).toEqual({ kind: 'rate', periodMs: 60_000 });
    expect(parseSchedule('rate(5 minutes)')).toEqual({ kind: 'rate', periodMs: 300_000 });
    expect(parseSchedule('rate(2 hours)')).toEqual({ kind: 'rate', periodMs: 7_200_000 });
    expect(parseSchedule('rate(1 day)')).toEqual({ kind: 'rate', periodMs: 86_400_000 });
    for (const bad of ['rate(1 minutes)', 'rate(3 minute)', 'rate(0 minutes)', 'rate(5 seconds)', 'rate(-1 minutes)', 'rate(5  minutes)', 'rate(1.5 hours)', 'every 5 minutes']) {
      expect(parseSchedule(bad), bad).toBeNull();
    }
  });

  it('cron(): six fields, exactly one of day-of-month and day-of-week is ?', () => {
    for (const good of ['cron(0 12 * * ? *)', 'cron(0/15 * * * ? *)', 'cron(0 18 ? * MON-FRI *)', 'cron(0 8 1 * ? *)', 'cron(15 10 ? * 6L 2026-2030)', 'cron(0 9 ? * 2#1 *)', 'cron(0 0 L * ? *)', 'cron(0 0 15W * ? *)', 'cron(0-15/1 8-8 ? * 2,3,4,5,6,7 *)']) {
      expect(parseSchedule(good), good).not.toBeNull();
    }
    for (const bad of ['cron(0 12 * * * *)', 'cron(0 12 ? * ? *)', 'cron(60 * * * ? *)', 'cron(*/60 * * * ? *)', 'cron(15 12 * * 0)', 'cron(0 24 * * ? *)', 'cron(0/5, 9-18, ?, *, MON-FRI, *)', 'cron(0 0 32 * ? *)']) {
      expect(parseSchedule(bad), bad).toBeNull();
    }
  });

  it('cron(0 12 * * ? *) fires every day at noon UTC', () => {
    expect(next('0 12 * * ? *', '2026-01-01T00:00:00Z', 3)).toEqual(['2026-01-01T12:00:00.000Z', '2026-01-02T12:00:00.000Z', '2026-01-03T12:00:00.000Z']);
    expect(next('0 12 * * ? *', '2026-01-01T12:00:00Z')).toEqual(['2026-01-02T12:00:00.000Z']);
  });

  it('steps, ranges, weekdays, months and years', () => {
    expect(next('0/15 * * * ? *', '2026-01-01T00:07:00Z', 3)).toEqual(['2026-01-01T00:15:00.000Z', '2026-01-01T00:30:00.000Z', '2026-01-01T00:45:00.000Z']);
    // 2026-01-01 is a Thursday: the next weekday-18:00 after Friday evening is Monday.
    expect(next('0 18 ? * MON-FRI *', '2026-01-02T18:00:00Z', 2)).toEqual(['2026-01-05T18:00:00.000Z', '2026-01-06T18:00:00.000Z']);
    expect(next('30 9 1 JUN ? 2027', '2026-01-01T00:00:00Z')).toEqual(['2027-06-01T09:30:00.000Z']);
    expect(nextCronTime(parseCron('0 0 1 1 ? 2025')!, at('2026-01-01T00:00:00Z'))).toBeUndefined();
  });

  it('L, W, nL and n#k', () => {
    expect(next('0 0 L * ? *', '2026-02-01T00:00:00Z')).toEqual(['2026-02-28T00:00:00.000Z']);
    // 2026-02-15 is a Sunday: the nearest weekday is Monday the 16th; 2026-08-01 is a Saturday → Monday the 3rd.
    expect(next('0 0 15W * ? *', '2026-02-01T00:00:00Z')).toEqual(['2026-02-16T00:00:00.000Z']);
    expect(next('0 0 1W * ? *', '2026-07-15T00:00:00Z')).toEqual(['2026-08-03T00:00:00.000Z']);
    // The last Friday (6L) of January 2026 is the 30th; the first Monday (2#1) of February is the 2nd.
    expect(next('0 10 ? * 6L *', '2026-01-01T00:00:00Z')).toEqual(['2026-01-30T10:00:00.000Z']);
    expect(next('0 9 ? * 2#1 *', '2026-01-06T00:00:00Z')).toEqual(['2026-02-02T09:00:00.000Z']);
  });

  it('a rate counts whole periods from its anchor', () => {
    const schedule = parseSchedule('rate(1 minute)')!;
    const t0 = at('2026-01-01T00:00:30Z');
    expect(fireTimes(schedule, t0, t0, t0 + 180_000).map(iso)).toEqual(['2026-01-01T00:01:30.000Z', '2026-01-01T00:02:30.000Z', '2026-01-01T00:03:30.000Z']);
  });
});
