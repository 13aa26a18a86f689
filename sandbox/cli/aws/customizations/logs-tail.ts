/**
 * `aws logs tail GROUP` (awscli/customizations/logs/tail.py): FilterLogEvents over the whole group,
 * interleaved, from `--since` (default 10m, relative to the cloud's clock, or an ISO-8601 time)
 * paginated to the end, each event printed as one line:
 *   detailed  `2026-11-28T06:01:02.345000+00:00 <stream> <message>`
 *   short     `2026-11-28T06:01:02 <message>`
 *   json      like detailed, with messages that are JSON pretty-printed
 * `--follow` would poll forever; the sandbox says so and prints what is there.
 */
import { ArgParser, type ArgSpec } from '../argparse.ts';
import { customArgument, type CliArgument } from '../arguments.ts';
import { createClient, type Invocation } from '../client.ts';
import { GeneralError, ParamError, ParamValidationError } from '../errors.ts';
import { operationHelp } from '../help.ts';
import { logsModel } from '../models/logs.ts';
import type { OperationModel, PaginatorModel } from '../models/shapes.ts';
import { loadParamfile, ResourceLoadingError } from '../paramfile.ts';
import { pyJsonDumps, pyJsonLoads } from '../pyjson.ts';

const DESCRIPTION =
  'Tails the logs for a CloudWatch Logs group. By default, the command returns logs from all associated CloudWatch Logs streams during the past ten minutes. Note that there is no guarantee for exact timestamp ordering of logs.';

export const FOLLOW_NOTICE = 'Note: --follow is not supported in this sandbox: showing the events logged so far, then exiting.\n';

function tailArguments(): CliArgument[] {
  return [
    customArgument({ name: 'group_name', positional: true, required: true, doc: 'The name of the CloudWatch Logs group.' }),
    customArgument({
      name: 'since', spec: { default: '10m' },
      doc: 'From what time to begin displaying logs: an ISO 8601 timestamp or a relative time such as 5m (units s, m, h, d, w; one unit only). Default 10m.',
    }),
    customArgument({
      name: 'follow', typeName: 'boolean', spec: { action: 'store_true', default: false },
      doc: 'Whether to continuously poll for new logs (not supported in this sandbox: it prints the logs so far).',
    }),
    customArgument({
      name: 'format', spec: { default: 'detailed', choices: ['detailed', 'short', 'json'] },
      doc: 'The format to display the logs: detailed (timestamp, log stream name, message), short (shortened timestamp and message) or json (pretty-print messages that are JSON).',
    }),
    customArgument({ name: 'filter-pattern', doc: 'The filter pattern to use. If not provided, all the events are matched.' }),
    customArgument({
      name: 'log-stream-names', typeName: 'list', spec: { nargs: '+' },
      doc: 'The list of stream names to filter logs by. Cannot be used with --log-stream-name-prefix.',
    }),
    customArgument({
      name: 'log-stream-name-prefix',
      doc: 'Only events from log streams whose names begin with this prefix are returned. Cannot be used with --log-stream-names.',
    }),
  ];
}

const RELATIVE = /^(\d+)(s|m|h|d|w)$/;
const SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/** TimestampUtils.to_epoch_millis: relative to now, epoch seconds, or a date (UTC when no zone). */
export function sinceToEpochMillis(value: string, now: number): number {
  const rel = RELATIVE.exec(value);
  if (rel) return now - Number(rel[1]) * SECONDS[rel[2]] * 1000;
  if (/^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)) return Math.floor(Number(value) * 1000);
  const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(value.trim()) || !/\d[T ]\d/.test(value) ? value : `${value.trim()}Z`;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new GeneralError(`Invalid timestamp "${value}": Unknown string format: ${value}`);
  return ms;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** datetime.isoformat() of a UTC time, with or without forced microseconds. */
export function isoTimestamp(ms: number, timespec: 'auto' | 'microseconds'): string {
  const d = new Date(ms);
  const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const micros = d.getUTCMilliseconds() * 1000;
  const fraction = timespec === 'microseconds' || micros !== 0 ? `.${pad(micros, 6)}` : '';
  return `${base}${fraction}+00:00`;
}

interface LogEvent {
  timestamp?: number;
  logStreamName?: string;
  message?: string;
}

export function formatEvent(event: LogEvent, format: string, color: boolean): string {
  const paint = (text: string, code: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const ms = event.timestamp ?? 0;
  const message = event.message ?? '';
  let line: string;
  if (format === 'short') {
    line = `${paint(isoTimestamp(ms, 'microseconds').slice(0, 19), '32')} ${message}`;
  } else if (format === 'json') {
    let shown = message;
    try {
      shown = '\n' + pyJsonDumps(pyJsonLoads(message), { indent: 4 });
    } catch {
      shown = message;
    }
    line = `${paint(isoTimestamp(ms, 'auto'), '32')} ${paint(event.logStreamName ?? '', '36')} ${shown}`;
  } else {
    line = `${paint(isoTimestamp(ms, 'microseconds'), '32')} ${paint(event.logStreamName ?? '', '36')} ${message}`;
  }
  return line.replace(/\s+$/, '') + '\n';
}

export async function runTail(invocation: Invocation, args: readonly string[]): Promise<number> {
  const { ctx, deps, globals } = invocation;
  const table = tailArguments();
  if (args.length === 1 && args[0] === 'help') {
    ctx.stdout(operationHelp('tail', DESCRIPTION, table));
    return 0;
  }
  const specs: ArgSpec[] = table.map((arg) => arg.spec());
  const { values, extras } = new ArgParser(specs).parseKnownArgs(args);
  // BasicCommand loads file:// and fileb:// values for every argument, too.
  for (const arg of table) {
    try {
      const loaded = await loadParamfile(ctx, values[arg.dest]);
      if (loaded !== undefined) values[arg.dest] = loaded;
    } catch (error) {
      if (error instanceof ResourceLoadingError) throw new ParamError(arg.positional ? arg.name : `--${arg.name}`, error.message);
      throw error;
    }
  }
  if (extras.length > 0) throw new ParamValidationError(`Unknown options: ${extras.join(',')}`);

  const client = await createClient(invocation, logsModel);
  if (values.follow === true) ctx.stderr(FOLLOW_NOTICE);
  const params: Record<string, unknown> = { logGroupName: values.group_name, interleaved: true };
  if (values.since !== null && values.since !== undefined) params.startTime = sinceToEpochMillis(String(values.since), deps.now());
  if (values.filter_pattern !== null) params.filterPattern = values.filter_pattern;
  if (values.log_stream_names !== null) params.logStreamNames = values.log_stream_names;
  if (values.log_stream_name_prefix !== null) params.logStreamNamePrefix = values.log_stream_name_prefix;

  const op = logsModel.operations.FilterLogEvents as OperationModel & { paginator: PaginatorModel };
  const pages = await client.paginate(op, params, {});
  const color = globals.color === 'on' || (globals.color === 'auto' && ctx.terminal !== undefined);
  let out = '';
  for (const page of pages.pages) {
    for (const event of (page.events as LogEvent[] | undefined) ?? []) out += formatEvent(event, String(values.format), color);
  }
  ctx.stdout(out);
  return 0;
}
