/**
 * CloudWatch Logs: log groups, log streams and their events — what Lambda writes to and what
 * `aws logs tail` reads. Operations are named as the API actions and take/return the API's
 * camelCase shapes.
 */
import { AwsError } from '../errors.ts';
import type { ServiceContext } from '../service.ts';

export interface LogEvent {
  timestamp: number;
  message: string;
  ingestionTime: number;
  eventId: string;
}

export interface LogStreamRecord {
  logStreamName: string;
  creationTime: number;
  firstEventTimestamp?: number;
  lastEventTimestamp?: number;
  lastIngestionTime?: number;
  events: LogEvent[];
}

export interface LogGroupRecord {
  logGroupName: string;
  account: string;
  region: string;
  creationTime: number;
  streams: Record<string, LogStreamRecord>;
}

export interface LogsState {
  /** Groups by `region/account/name`. */
  groups: Record<string, LogGroupRecord>;
}

export const initialLogsState = (): LogsState => ({ groups: {} });

const groupKey = (region: string, account: string, name: string) => `${region}/${account}/${name}`;
const groupArn = (g: LogGroupRecord) => `arn:aws:logs:${g.region}:${g.account}:log-group:${g.logGroupName}`;
const streamArn = (g: LogGroupRecord, s: LogStreamRecord) => `${groupArn(g)}:log-stream:${s.logStreamName}`;
const bytesOf = (s: LogStreamRecord) => s.events.reduce((n, e) => n + e.message.length, 0);

const groupMissing = () => new AwsError('ResourceNotFoundException', 'The specified log group does not exist.', 400);
const streamMissing = () => new AwsError('ResourceNotFoundException', 'The specified log stream does not exist.', 400);

/** Writes that Lambda makes as the function's execution role (not through `call`). */
export function ensureLogGroup(state: LogsState, region: string, account: string, name: string, now: number): LogGroupRecord {
  const key = groupKey(region, account, name);
  return (state.groups[key] ??= { logGroupName: name, account, region, creationTime: now, streams: {} });
}

export function ensureLogStream(group: LogGroupRecord, name: string, now: number): LogStreamRecord {
  return (group.streams[name] ??= { logStreamName: name, creationTime: now, events: [] });
}

/** Appends events (already in timestamp order) to a stream; `eventId` comes from the caller's id source. */
export function putLogEvents(stream: LogStreamRecord, events: Array<{ timestamp: number; message: string }>, ingestionTime: number, eventId: () => string): void {
  for (const e of events) {
    stream.events.push({ timestamp: e.timestamp, message: e.message, ingestionTime, eventId: eventId() });
    stream.firstEventTimestamp ??= e.timestamp;
    stream.lastEventTimestamp = e.timestamp;
  }
  stream.lastIngestionTime = ingestionTime;
}

function findGroup(ctx: ServiceContext, input: Record<string, unknown>): LogGroupRecord {
  const name = String(input.logGroupName ?? input.logGroupIdentifier ?? '');
  const bare = name.startsWith('arn:') ? name.replace(/^arn:aws:logs:[^:]*:\d{12}:log-group:/, '').replace(/:\*$/, '') : name;
  const g = ctx.cloud.state.logs.groups[groupKey(ctx.region, ctx.identity.account, bare)];
  if (!g) throw groupMissing();
  return g;
}

function requireString(input: Record<string, unknown>, member: string, awsName = member): string {
  const v = input[member];
  if (typeof v !== 'string' || v === '') {
    throw new AwsError('InvalidParameterException', `1 validation error detected: Value null at '${awsName}' failed to satisfy constraint: Member must not be null`, 400);
  }
  return v;
}

/** Opaque paging tokens: the index of the next item, as AWS's tokens are opaque strings too. */
const token = (prefix: string, n: number) => `${prefix}/${String(n).padStart(56, '0')}`;
const fromToken = (t: unknown) => (typeof t === 'string' && /^[fb]?\/?\d+$/.test(t.replace(/^[fb]\//, '')) ? Number(t.replace(/^[fb]\//, '')) : 0);

/** CloudWatch Logs filter pattern, the unstructured form: every term must appear; "quoted phrases" match whole; -term excludes. */
export function matchesFilterPattern(pattern: string | undefined, message: string): boolean {
  if (!pattern || !pattern.trim()) return true;
  const terms = pattern.match(/-?"[^"]*"|\S+/g) ?? [];
  return terms.every((raw) => {
    const negate = raw.startsWith('-');
    const term = (negate ? raw.slice(1) : raw).replace(/^"|"$/g, '');
    const found = message.includes(term);
    return negate ? !found : found;
  });
}

export const logsActions = {
  DescribeLogGroups(ctx: ServiceContext, input: Record<string, unknown>) {
    const prefix = typeof input.logGroupNamePrefix === 'string' ? input.logGroupNamePrefix : '';
    const pattern = typeof input.logGroupNamePattern === 'string' ? input.logGroupNamePattern : '';
    const groups = Object.values(ctx.cloud.state.logs.groups)
      .filter((g) => g.account === ctx.identity.account && g.region === ctx.region)
      .filter((g) => g.logGroupName.startsWith(prefix) && g.logGroupName.includes(pattern))
      .sort((a, b) => (a.logGroupName < b.logGroupName ? -1 : 1));
    const start = fromToken(input.nextToken);
    const limit = Math.min(Number(input.limit ?? 50), 50);
    const page = groups.slice(start, start + limit);
    return {
      logGroups: page.map((g) => ({
        logGroupName: g.logGroupName,
        creationTime: g.creationTime,
        metricFilterCount: 0,
        arn: `${groupArn(g)}:*`,
        storedBytes: Object.values(g.streams).reduce((n, s) => n + bytesOf(s), 0),
        logGroupClass: 'STANDARD',
        logGroupArn: groupArn(g),
      })),
      ...(start + limit < groups.length ? { nextToken: token('', start + limit).slice(1) } : {}),
    };
  },

  DescribeLogStreams(ctx: ServiceContext, input: Record<string, unknown>) {
    const g = findGroup(ctx, input);
    const prefix = typeof input.logStreamNamePrefix === 'string' ? input.logStreamNamePrefix : '';
    const byTime = input.orderBy === 'LastEventTime';
    if (byTime && prefix) {
      throw new AwsError('InvalidParameterException', 'Cannot order by LastEventTime with a logStreamNamePrefix.', 400);
    }
    let streams = Object.values(g.streams).filter((s) => s.logStreamName.startsWith(prefix));
    streams.sort(byTime ? (a, b) => (a.lastEventTimestamp ?? 0) - (b.lastEventTimestamp ?? 0) : (a, b) => (a.logStreamName < b.logStreamName ? -1 : 1));
    if (input.descending === true) streams = streams.reverse();
    const start = fromToken(input.nextToken);
    const limit = Math.min(Number(input.limit ?? 50), 50);
    return {
      logStreams: streams.slice(start, start + limit).map((s) => ({
        logStreamName: s.logStreamName,
        creationTime: s.creationTime,
        ...(s.firstEventTimestamp !== undefined ? { firstEventTimestamp: s.firstEventTimestamp, lastEventTimestamp: s.lastEventTimestamp } : {}),
        ...(s.lastIngestionTime !== undefined ? { lastIngestionTime: s.lastIngestionTime } : {}),
        uploadSequenceToken: String(s.events.length).padStart(56, '4'),
        arn: streamArn(g, s),
        storedBytes: 0,
      })),
      ...(start + limit < streams.length ? { nextToken: token('', start + limit).slice(1) } : {}),
    };
  },

  GetLogEvents(ctx: ServiceContext, input: Record<string, unknown>) {
    const g = findGroup(ctx, input);
    const name = requireString(input, 'logStreamName');
    const s = g.streams[name];
    if (!s) throw streamMissing();
    const startTime = typeof input.startTime === 'number' ? input.startTime : -Infinity;
    const endTime = typeof input.endTime === 'number' ? input.endTime : Infinity;
    const events = s.events.filter((e) => e.timestamp >= startTime && e.timestamp < endTime);
    const limit = Math.min(Number(input.limit ?? 10000), 10000);
    // Without startFromHead the newest events come first, as the API does; the CLI pages either way.
    const fromHead = input.startFromHead === true || typeof input.nextToken === 'string';
    const begin = typeof input.nextToken === 'string' ? fromToken(input.nextToken) : fromHead ? 0 : Math.max(0, events.length - limit);
    const page = events.slice(begin, begin + limit);
    const end = begin + page.length;
    return {
      events: page.map((e) => ({ timestamp: e.timestamp, message: e.message, ingestionTime: e.ingestionTime })),
      nextForwardToken: token('f', end),
      nextBackwardToken: token('b', begin),
    };
  },

  FilterLogEvents(ctx: ServiceContext, input: Record<string, unknown>) {
    const g = findGroup(ctx, input);
    const names = Array.isArray(input.logStreamNames) ? (input.logStreamNames as string[]) : undefined;
    const prefix = typeof input.logStreamNamePrefix === 'string' ? input.logStreamNamePrefix : undefined;
    if (names && prefix !== undefined) {
      throw new AwsError('InvalidParameterException', 'logStreamNames and logStreamNamePrefix are mutually exclusive', 400);
    }
    const startTime = typeof input.startTime === 'number' ? input.startTime : -Infinity;
    const endTime = typeof input.endTime === 'number' ? input.endTime : Infinity;
    const pattern = typeof input.filterPattern === 'string' ? input.filterPattern : undefined;
    const streams = Object.values(g.streams).filter((s) => (names ? names.includes(s.logStreamName) : s.logStreamName.startsWith(prefix ?? '')));
    const all = streams
      .flatMap((s) => s.events.map((e) => ({ logStreamName: s.logStreamName, ...e })))
      .filter((e) => e.timestamp >= startTime && e.timestamp <= endTime && matchesFilterPattern(pattern, e.message))
      .sort((a, b) => a.timestamp - b.timestamp || (a.eventId < b.eventId ? -1 : 1));
    const start = fromToken(input.nextToken);
    const limit = Math.min(Number(input.limit ?? 10000), 10000);
    const page = all.slice(start, start + limit);
    return {
      events: page.map((e) => ({ logStreamName: e.logStreamName, timestamp: e.timestamp, message: e.message, ingestionTime: e.ingestionTime, eventId: e.eventId })),
      searchedLogStreams: streams.map((s) => ({ logStreamName: s.logStreamName, searchedCompletely: true })),
      ...(start + limit < all.length ? { nextToken: token('', start + limit).slice(1) } : {}),
    };
  },
};
