/**
 * EventBridge cron expressions: six fields, `cron(Minutes Hours Day-of-month Month Day-of-week Year)`,
 * all in UTC. Each field takes `*`, values, ranges `a-b`, steps `a/n`, `*` `/n`, `a-b/n` and lists;
 * Day-of-month and Day-of-week take `?` (exactly one of the two must be `?`), Day-of-month also `L`
 * (last day), `nW` (nearest weekday) and `LW`; Day-of-week `L` (Saturday), `nL` (last such weekday
 * of the month) and `n#k` (k-th such weekday). Months may be JAN–DEC, weekdays SUN–SAT (1–7).
 */

export interface Cron {
  minutes: Set<number>;
  hours: Set<number>;
  /** null when `?`. */
  daysOfMonth: { values: Set<number>; last: boolean; lastWeekday: boolean; nearestWeekday: number[] } | null;
  months: Set<number>;
  /** null when `?`. */
  daysOfWeek: { values: Set<number>; lastOf: number[]; nth: Array<[number, number]> } | null;
  years: Set<number>;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

function value(text: string, min: number, max: number, names?: string[]): number | null {
  const named = names?.indexOf(text.toUpperCase()) ?? -1;
  const n = named >= 0 ? named + min : /^\d+$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** `*`, `5`, `1-5`, `0/15`, `*` `/15`, `1-30/5` and comma lists of them; null when invalid. */
function parseList(text: string, min: number, max: number, names?: string[]): Set<number> | null {
  const out = new Set<number>();
  for (const item of text.split(',')) {
    const m = /^(\*|[A-Za-z0-9]+)(?:-([A-Za-z0-9]+))?(?:\/(\d+))?$/.exec(item);
    if (!m) return null;
    let from: number | null;
    let to: number | null;
    if (m[1] === '*') {
      if (m[2] !== undefined) return null;
      from = min;
      to = max;
    } else {
      from = value(m[1]!, min, max, names);
      to = m[2] !== undefined ? value(m[2], min, max, names) : m[3] !== undefined ? max : from;
    }
    const step = m[3] !== undefined ? Number(m[3]) : 1;
    // A step longer than the field's span (`*/60` minutes) is refused, as EventBridge does.
    if (from === null || to === null || step < 1 || step > max - min || from > to) return null;
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return out;
}

function parseDaysOfMonth(text: string): Cron['daysOfMonth'] | undefined {
  if (text === '?') return null;
  const field = { values: new Set<number>(), last: false, lastWeekday: false, nearestWeekday: [] as number[] };
  for (const item of text.split(',')) {
    if (item === 'L') field.last = true;
    else if (item === 'LW') field.lastWeekday = true;
    else if (/^\d+W$/.test(item)) {
      const day = value(item.slice(0, -1), 1, 31);
      if (day === null) return undefined;
      field.nearestWeekday.push(day);
    } else {
      const list = parseList(item, 1, 31);
      if (!list) return undefined;
      for (const v of list) field.values.add(v);
    }
  }
  return field;
}

function parseDaysOfWeek(text: string): Cron['daysOfWeek'] | undefined {
  if (text === '?') return null;
  const field = { values: new Set<number>(), lastOf: [] as number[], nth: [] as Array<[number, number]> };
  for (const item of text.split(',')) {
    if (item === 'L') field.values.add(7);
    else if (/^[A-Za-z0-9]+L$/.test(item)) {
      const day = value(item.slice(0, -1), 1, 7, DAYS);
      if (day === null) return undefined;
      field.lastOf.push(day);
    } else if (/^[A-Za-z0-9]+#[1-5]$/.test(item)) {
      const [d, k] = item.split('#');
      const day = value(d!, 1, 7, DAYS);
      if (day === null) return undefined;
      field.nth.push([day, Number(k)]);
    } else {
      const list = parseList(item, 1, 7, DAYS);
      if (!list) return undefined;
      for (const v of list) field.values.add(v);
    }
  }
  return field;
}

/** The fields of `cron(…)`'s inside, or null when EventBridge would refuse it. */
export function parseCron(text: string): Cron | null {
  const fields = text.trim().split(/\s+/);
  if (fields.length !== 6) return null;
  const [mi, h, dom, mo, dow, y] = fields as [string, string, string, string, string, string];
  const minutes = parseList(mi, 0, 59);
  const hours = parseList(h, 0, 23);
  const daysOfMonth = parseDaysOfMonth(dom);
  const months = parseList(mo, 1, 12, MONTHS);
  const daysOfWeek = parseDaysOfWeek(dow);
  const years = parseList(y, 1970, 2199);
  if (!minutes || !hours || daysOfMonth === undefined || !months || daysOfWeek === undefined || !years) return null;
  // Exactly one of Day-of-month and Day-of-week is `?`.
  if ((daysOfMonth === null) === (daysOfWeek === null)) return null;
  return { minutes, hours, daysOfMonth, months, daysOfWeek, years };
}

const daysIn = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
const weekday = (year: number, month0: number, day: number) => new Date(Date.UTC(year, month0, day)).getUTCDay() + 1;

/** The weekday (Mon–Fri) nearest to `day`, without leaving the month — Quartz's `W`. */
function nearestWeekday(year: number, month0: number, day: number): number {
  const last = daysIn(year, month0);
  const d = Math.min(day, last);
  const w = weekday(year, month0, d);
  if (w === 7) return d === 1 ? 3 : d - 1;
  if (w === 1) return d === last ? d - 2 : d + 1;
  return d;
}

function dayMatches(cron: Cron, year: number, month0: number, day: number): boolean {
  const last = daysIn(year, month0);
  if (cron.daysOfMonth) {
    const f = cron.daysOfMonth;
    if (f.values.has(day)) return true;
    if (f.last && day === last) return true;
    if (f.lastWeekday && day === nearestWeekday(year, month0, last)) return true;
    return f.nearestWeekday.some((d) => d <= last && nearestWeekday(year, month0, d) === day);
  }
  const f = cron.daysOfWeek!;
  const w = weekday(year, month0, day);
  if (f.values.has(w)) return true;
  if (f.lastOf.includes(w) && day + 7 > last) return true;
  return f.nth.some(([d, k]) => d === w && Math.ceil(day / 7) === k);
}

const MINUTE = 60_000;

/** The first fire time strictly after `after` (epoch ms), or undefined when there is none before 2200. */
export function nextCronTime(cron: Cron, after: number): number | undefined {
  const start = new Date(Math.floor(after / MINUTE) * MINUTE + MINUTE);
  let year = start.getUTCFullYear();
  let month0 = start.getUTCMonth();
  let day = start.getUTCDate();
  let first = true;
  const hours = [...cron.hours].sort((a, b) => a - b);
  const minutes = [...cron.minutes].sort((a, b) => a - b);
  const nextMonth = () => {
    month0 += 1;
    day = 1;
    first = false;
    if (month0 > 11) {
      year += 1;
      month0 = 0;
    }
  };
  while (year <= 2199) {
    if (!cron.years.has(year)) {
      year += 1;
      month0 = 0;
      day = 1;
      first = false;
    } else if (!cron.months.has(month0 + 1) || day > daysIn(year, month0)) {
      nextMonth();
    } else {
      if (dayMatches(cron, year, month0, day)) {
        for (const h of hours) {
          if (first && h < start.getUTCHours()) continue;
          for (const m of minutes) {
            if (first && h === start.getUTCHours() && m < start.getUTCMinutes()) continue;
            return Date.UTC(year, month0, day, h, m);
          }
        }
      }
      day += 1;
      first = false;
    }
  }
  return undefined;
}
