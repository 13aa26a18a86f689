/**
 * One invocation of one function version, from the cloud's side: the environment spec handed to the
 * executor, the log stream written, the usage billed. Synchronous and asynchronous invokes share it.
 */
import { traceHeaderFor } from './trace-header.ts';
import { ensureLogGroup, ensureLogStream, putLogEvents } from '../logs/logs.ts';
import { allowed } from '../authorize.ts';
import { issueSession } from '../sts/sts.ts';
import { roleIdentity } from './role-permissions.ts';
import type { ServiceContext } from '../service.ts';
import type { EnvironmentSpec, InvokeOutcome } from '../../runtime/executor.ts';
import type { ErrorPayload } from '../../runtime/types.ts';
import { arnOf, type VersionView } from './functions.ts';
import { NODE_RUNTIMES } from './runtimes.ts';
import {
  billedDurationMs, consoleLine, costOf, endLine, initReportLine, initStartLine, logStreamName, maxMemoryUsedMb, modelledDurationMs, reportLine, startLine,
} from './report.ts';

/** Runtime and sandbox errors that AWS reports without a trace. */
const NO_TRACE = /^(Sandbox\.|Runtime\.ExitError|Runtime\.OutOfMemory|Function\.)/;

export function errorBody(error: ErrorPayload): string {
  return JSON.stringify(NO_TRACE.test(error.errorType) ? { errorType: error.errorType, errorMessage: error.errorMessage } : error);
}

function environmentSpec(ctx: ServiceContext, view: VersionView): EnvironmentSpec {
  const cloud = ctx.cloud;
  const { fn, version, config } = view;
  const arn = arnOf(fn);
  return {
    key: `${arn}:${version}:${view.revisionId}`,
    runtime: config.Runtime,
    handler: config.Handler,
    timeoutMs: config.Timeout * 1000,
    ephemeralStorageMb: config.EphemeralStorage.Size,
    code: () => cloud.compiledCode(view),
    newLogStream: () => logStreamName(cloud.clock.now(), version, cloud.ids.hex(32)),
    environment: (stream) => {
      const major = NODE_RUNTIMES[config.Runtime]?.major ?? 24;
      // Each environment gets the execution role's temporary credentials (12 hours); environments of one
      // function share a session while it has an hour left, so cold starts do not pile sessions up in the state.
      const session = Object.values(cloud.state.iam.sessions ?? {}).find(
        (x) => x.RoleArn === config.Role && x.RoleSessionName === fn.name && x.Expiration - cloud.clock.now() > 3_600_000,
      ) ?? issueSession(cloud, config.Role, fn.name, { durationSeconds: 43_200 });
      return {
        ...(config.Environment?.Variables ?? {}),
        AWS_ACCESS_KEY_ID: session.AccessKeyId,
        AWS_SECRET_ACCESS_KEY: session.SecretAccessKey,
        AWS_SESSION_TOKEN: session.SessionToken,
        AWS_LAMBDA_FUNCTION_NAME: fn.name,
        AWS_LAMBDA_FUNCTION_VERSION: version,
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(config.MemorySize),
        AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${fn.name}`,
        AWS_LAMBDA_LOG_STREAM_NAME: stream,
        AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
        AWS_LAMBDA_RUNTIME_API: '127.0.0.1:9001',
        AWS_REGION: fn.region,
        AWS_DEFAULT_REGION: fn.region,
        AWS_EXECUTION_ENV: `AWS_Lambda_${config.Runtime}`,
        _HANDLER: config.Handler,
        LAMBDA_TASK_ROOT: '/var/task',
        LAMBDA_RUNTIME_DIR: '/var/runtime',
        LANG: 'en_US.UTF-8',
        TZ: ':UTC',
        PATH: '/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin',
        LD_LIBRARY_PATH: '/var/lang/lib:/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:/var/task:/var/task/lib:/opt/lib',
        NODE_PATH: `/opt/nodejs/node${major}/node_modules:/opt/nodejs/node_modules:/var/runtime/node_modules:/var/runtime:/var/task`,
      };
    },
  };
}

/** Writes the invocation's lines to /aws/lambda/NAME and returns the text (for --log-type Tail). */
function writeLogs(ctx: ServiceContext, view: VersionView, requestId: string, startedAt: number, outcome: InvokeOutcome, durations: { invokeMs: number; initMs?: number }): string {
  const cloud = ctx.cloud;
  const { fn, config, version } = view;
  const initMs = durations.initMs;
  const invokeStart = startedAt + (initMs ?? 0);
  const lines: Array<{ timestamp: number; message: string }> = [];
  if (outcome.coldStart) lines.push({ timestamp: startedAt, message: initStartLine(config.Runtime, fn.region) });
  for (const l of outcome.logs.filter((l) => l.requestId === null)) lines.push({ timestamp: l.timestamp, message: consoleLine(l.timestamp, null, l.level, l.message) });
  if (outcome.init?.error) lines.push({ timestamp: invokeStart, message: initReportLine(initMs ?? 0, outcome.init.error.errorType) });
  lines.push({ timestamp: invokeStart, message: startLine(requestId, version) });
  for (const l of outcome.logs.filter((l) => l.requestId !== null)) lines.push({ timestamp: l.timestamp, message: consoleLine(l.timestamp, l.requestId, l.level, l.message) });
  const end = invokeStart + durations.invokeMs;
  if (outcome.ended === 'timeout') {
    lines.push({ timestamp: end, message: `${new Date(end).toISOString()} ${requestId} Task timed out after ${config.Timeout.toFixed(2)} seconds\n` });
  }
  lines.push({ timestamp: end, message: endLine(requestId) });
  const failedRuntime = outcome.ended || outcome.init?.error;
  lines.push({
    timestamp: end,
    message: reportLine({
      requestId,
      durationMs: durations.invokeMs,
      memoryMb: config.MemorySize,
      maxMemoryUsedMb: maxMemoryUsedMb(config.MemorySize, cloud.unzippedSize(view)),
      initDurationMs: initMs,
      ...(failedRuntime
        ? outcome.ended === 'timeout'
          ? { status: 'timeout' as const }
          : { status: 'error' as const, errorType: outcome.result.ok ? undefined : outcome.result.error.errorType }
        : {}),
    }),
  });
  // The lines are in the order the runtime wrote them; timestamps are whole milliseconds and never go back.
  let last = -Infinity;
  for (const l of lines) l.timestamp = last = Math.max(last, Math.floor(l.timestamp));
  const denied = logsDenied(ctx, view, outcome.logStreamName);
  if (denied) {
    // Without the logs permissions on its execution role, a function's output goes nowhere, as on AWS.
    cloud.trace({ type: 'logs.denied', functionArn: arnOf(fn, version), reason: denied });
  } else {
    const group = ensureLogGroup(cloud.state.logs, fn.region, fn.account, `/aws/lambda/${fn.name}`, startedAt);
    const stream = ensureLogStream(group, outcome.logStreamName, startedAt);
    putLogEvents(stream, lines, end, () => cloud.eventId());
  }
  // Time passes while functions run: a clock that stands still (tests, grading) catches up with the work.
  const lastLine = lines[lines.length - 1]!.timestamp;
  if (cloud.clock.now() < lastLine) cloud.clock.advance(lastLine - cloud.clock.now());
  return lines.map((l) => l.message).join('');
}

/**
 * Decisions about a role's logs permissions, per role and function: asked on every invocation, they
 * change only when IAM changes, so the cloud drops them on any IAM request (`forgetRoleDecisions`).
 */
const logsDecisions = new WeakMap<object, Map<string, string | undefined>>();

export function forgetRoleDecisions(cloud: object): void {
  logsDecisions.delete(cloud);
}

/** Why the execution role may not write this invocation's logs, or undefined when it may. */
function logsDenied(ctx: ServiceContext, view: VersionView, streamName: string): string | undefined {
  const groupExists = Object.values(ctx.cloud.state.logs.groups).some((g) => g.logGroupName === `/aws/lambda/${view.fn.name}` && g.account === view.fn.account && g.region === view.fn.region);
  const key = `${view.config.Role}|${view.fn.region}/${view.fn.account}/${view.fn.name}|${groupExists}`;
  const cache = logsDecisions.get(ctx.cloud) ?? new Map<string, string | undefined>();
  logsDecisions.set(ctx.cloud, cache);
  if (cache.has(key)) return cache.get(key);
  const decision = decideLogs(ctx, view, streamName, groupExists);
  cache.set(key, decision);
  return decision;
}

function decideLogs(ctx: ServiceContext, view: VersionView, streamName: string, groupExists: boolean): string | undefined {
  const { fn } = view;
  const groupName = `/aws/lambda/${fn.name}`;
  const group = `arn:aws:logs:${fn.region}:${fn.account}:log-group:${groupName}`;
  const session = roleIdentity(view.fn, view.config);
  const needs: Array<[string, string]> = [
    ['logs:CreateLogStream', `${group}:*`],
    ['logs:PutLogEvents', `${group}:log-stream:${streamName}`],
  ];
  if (!groupExists) needs.unshift(['logs:CreateLogGroup', `arn:aws:logs:${fn.region}:${fn.account}:*`]);
  for (const [action, resource] of needs) {
    const check = allowed(ctx.cloud, session, action, resource);
    if (!check.ok) return `The execution role ${view.config.Role} cannot write logs: ${check.message}. Attach AWSLambdaBasicExecutionRole (or allow ${needs.map((n) => n[0]).join(', ')}).`;
  }
  return undefined;
}

function bill(ctx: ServiceContext, view: VersionView, billedMs: number): void {
  const usage = (ctx.cloud.state.lambda.usage ??= {});
  const key = arnOf(view.fn);
  const u = (usage[key] ??= { requests: 0, billedMs: 0, gbSeconds: 0, memoryMb: view.config.MemorySize });
  u.requests += 1;
  u.billedMs += billedMs;
  u.gbSeconds += costOf(billedMs, view.config.MemorySize).gbSeconds;
  u.memoryMb = view.config.MemorySize;
}

export interface Execution {
  outcome: InvokeOutcome;
  logText: string;
  /** The response payload as Lambda returns it (the handler's JSON, or the error body). */
  body: string;
  failed: boolean;
  error?: ErrorPayload;
}

/**
 * Runs one invocation of a version and records it. `chain` is how many invocations led to this one
 * (recursive loop detection); its trace header tells the handler's SDK calls.
 */
export async function execute(ctx: ServiceContext, view: VersionView, event: string, requestId: string, invokedArn: string, extra: { clientContext?: unknown; chain?: number } = {}): Promise<Execution> {
  const cloud = ctx.cloud;
  const startedAt = cloud.clock.now();
  const arn = arnOf(view.fn, view.version);
  cloud.trace({ type: 'invoke.started', functionArn: arn, requestId });
  const outcome = await cloud.executor.invoke(environmentSpec(ctx, view), event, {
    awsRequestId: requestId,
    functionName: view.fn.name,
    functionVersion: view.version,
    invokedFunctionArn: invokedArn,
    memoryLimitInMB: String(view.config.MemorySize),
    logGroupName: `/aws/lambda/${view.fn.name}`,
    startedAt,
    traceId: traceHeaderFor(requestId, startedAt, arn, extra.chain ?? 0),
    ...(extra.clientContext !== undefined ? { clientContext: extra.clientContext } : {}),
  });
  const memory = view.config.MemorySize;
  // CPU is allocated in proportion to memory: CPU-bound time stretches below one full vCPU (1769 MB).
  const invokeMs = outcome.ended === 'timeout' ? outcome.durationMs : modelledDurationMs(outcome.durationMs, outcome.cpuMs, memory);
  const initMs = outcome.init ? modelledDurationMs(outcome.init.durationMs, outcome.init.cpuMs, memory) : undefined;
  const logText = writeLogs(ctx, view, requestId, startedAt, outcome, { invokeMs, initMs });
  bill(ctx, view, billedDurationMs(invokeMs, initMs));
  const failed = !outcome.result.ok;
  const error = outcome.result.ok ? undefined : outcome.result.error;
  cloud.trace({
    type: 'invoke.finished',
    requestId,
    coldStart: outcome.coldStart,
    durationMs: invokeMs,
    ...(initMs !== undefined ? { initDurationMs: initMs } : {}),
    ...(error ? { errorType: error.errorType } : {}),
  });
  return { outcome, logText, body: outcome.result.ok ? outcome.result.payload : errorBody(outcome.result.error), failed, error };
}
