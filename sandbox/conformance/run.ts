/**
 * Runs the conformance scenarios against a cloud made by the caller — with NodeHost in Node, with
 * WebHost inside the browser's engine worker. Every scenario gets a fresh cloud on the same fixed
 * clock and seed, so request ids, revision ids and log stream names are the same on every platform
 * and the normalized summaries of two runs compare equal. Isomorphic: no DOM, no Node built-ins.
 */
import type { ServiceRequest } from '../cloud/api.ts';
import type { Cloud } from '../cloud/cloud.ts';
import { fixedTime } from '../cloud/clock.ts';
import { fromBase64, fromUtf8 } from '../cloud/bytes.ts';
import { jsonEqual, lineCounts, linesExactly, linesInOrder, partialMatch } from './match.ts';
import { decodePayload, linesOf, maskText, messageLine, normalizeOutput, normalizeValue } from './normalize.ts';
import { SCENARIOS } from './scenarios.ts';
import type { CloudCall, Expect, Platform, Scenario, ScenarioResult, Step, StepRef, StepSummary } from './types.ts';

export type { Platform, Scenario, ScenarioResult, StepSummary } from './types.ts';
export { SCENARIOS } from './scenarios.ts';

/** 2026-01-01T00:00:00Z, the clock every scenario starts at. */
export const FIXED_EPOCH = Date.UTC(2026, 0, 1);
export const SEED = 1;

/** What the suite hands the caller's factory; the cloud must use both. */
export interface CloudSettings {
  time: () => number;
  seed: number;
}

/** `(settings) => new Cloud({ host: new NodeHost(), ...settings })`: a fresh cloud and host per scenario. */
export type MakeCloud = (settings: CloudSettings) => Cloud;

export interface RunOptions {
  platform: Platform;
  /** The scenarios to run; all of SCENARIOS by default. */
  scenarios?: Scenario[];
  /** Called as each scenario finishes, so a page can show progress. */
  onResult?: (result: ScenarioResult, index: number) => void;
  /** A scenario still running after this long fails, and the suite goes on. */
  scenarioTimeoutMs?: number;
}

const DEFAULT_SCENARIO_TIMEOUT_MS = 30_000;

type Outcome = { ok: true; output: Record<string, unknown> } | { ok: false; error: { code: string; message: string; status: number; extra?: Record<string, unknown> } };

/** Runs every scenario, one after the other, each on its own cloud. */
export async function runConformance(makeCloud: MakeCloud, options: RunOptions): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  const scenarios = options.scenarios ?? SCENARIOS;
  for (let i = 0; i < scenarios.length; i++) {
    const result = await runScenario(scenarios[i]!, makeCloud, options);
    results.push(result);
    options.onResult?.(result, i);
  }
  return results;
}

export async function runScenario(scenario: Scenario, makeCloud: MakeCloud, options: Pick<RunOptions, 'platform' | 'scenarioTimeoutMs'>): Promise<ScenarioResult> {
  const reason = scenario.skip?.[options.platform];
  if (reason !== undefined) return { name: scenario.name, status: 'skip', reason, steps: [], logs: {}, ms: 0 };

  const started = performance.now();
  const steps: StepSummary[] = [];
  let failure: ScenarioResult['failure'];
  let current = 0;
  let logs: Record<string, string[]> = {};
  const cloud = makeCloud({ time: fixedTime(FIXED_EPOCH), seed: SEED });
  let cancelTimer = () => {};
  try {
    if (cloud.clock.now() !== FIXED_EPOCH || cloud.ids.state.seed !== SEED || cloud.ids.state.counter !== 0) {
      throw new Error('makeCloud must build a new cloud from the settings it is given (their time and seed), or runs do not compare.');
    }
    const limit = options.scenarioTimeoutMs ?? DEFAULT_SCENARIO_TIMEOUT_MS;
    let timedOut = false;
    const timer = new Promise<string>((resolve) => {
      const t = setTimeout(() => {
        timedOut = true;
        resolve(`the scenario did not finish within ${limit / 1000} s`);
      }, limit);
      cancelTimer = () => clearTimeout(t);
    });
    const outputs: Array<Record<string, unknown> | undefined> = [];
    const run = async (): Promise<string | null> => {
      try {
        for (; current < scenario.steps.length; current++) {
          const miss = await runStep(cloud, scenario.steps[current]!, current, steps, outputs);
          if (miss) return miss;
        }
        return null;
      } finally {
        // Background work still running (an asynchronous invoke nobody waited for) finishes before the logs are read.
        await cloud.settled();
      }
    };
    const running = run();
    // A step still running when the time is up fails against a disposed cloud; nobody is listening then.
    running.catch(() => undefined);
    const miss = await Promise.race([running, timer]);
    if (miss) failure = { step: current, message: `Step ${current + 1}${describeStep(scenario.steps[current])}: ${miss}` };
    if (!timedOut) logs = await allLogs(cloud);
  } catch (error) {
    failure = { step: current, message: `Step ${current + 1}${describeStep(scenario.steps[current])}: the suite itself failed: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    cancelTimer();
    cloud.dispose();
  }
  return { name: scenario.name, status: failure ? 'fail' : 'pass', ...(failure ? { failure } : {}), steps, logs, ms: Math.round(performance.now() - started) };
}

const describeStep = (step: Step | undefined) =>
  !step ? '' : 'advance' in step ? ` (advance the clock ${step.advance} ms)` : 'settle' in step ? ' (wait for the cloud to settle)' : ` (${step.call.service}.${step.call.action})`;

/** Runs one step, records its summary, and says how it missed its expectation (null when it did not). */
async function runStep(cloud: Cloud, step: Step, index: number, steps: StepSummary[], outputs: Array<Record<string, unknown> | undefined>): Promise<string | null> {
  if ('advance' in step) {
    await cloud.advance(step.advance);
    steps.push({ step: index, advance: step.advance });
    return checkLogs(cloud, step.expect ?? {}, undefined);
  }
  if ('settle' in step) {
    await cloud.settled();
    steps.push({ step: index, settle: true });
    return checkLogs(cloud, step.expect ?? {}, undefined);
  }
  const request: ServiceRequest = {
    ...step.call,
    input: resolveRefs(step.call.input, outputs) as Record<string, unknown>,
    accessKeyId: step.call.accessKeyId === undefined ? undefined : String(resolveRefs(step.call.accessKeyId, outputs)),
  };
  if (request.accessKeyId === undefined) delete request.accessKeyId;
  const outcome = await callCloud(cloud, request);
  outputs[index] = outcome.ok ? outcome.output : undefined;
  const call = `${step.call.service}.${step.call.action}`;
  steps.push(outcome.ok
    ? { step: index, call, output: normalizeOutput(outcome.output) }
    : { step: index, call, error: { ...outcome.error, message: maskText(outcome.error.message), ...(outcome.error.extra ? { extra: normalizeValue(outcome.error.extra) } : {}) } });
  return check(cloud, step.call, outcome, step.expect ?? {});
}

const isRef = (v: unknown): v is StepRef => typeof v === 'object' && v !== null && '$fromStep' in v;

/** Replaces every `fromStep(…)` in an input with the value an earlier step returned. */
function resolveRefs(value: unknown, outputs: Array<Record<string, unknown> | undefined>): unknown {
  if (isRef(value)) {
    const found = value.path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], outputs[value.$fromStep]);
    if (found === undefined) throw new Error(`fromStep(${value.$fromStep}, '${value.path}'): that step returned no such member`);
    return found;
  }
  if (Array.isArray(value)) return value.map((v) => resolveRefs(v, outputs));
  if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRefs(v, outputs)]));
  }
  return value;
}

async function callCloud(cloud: Cloud, call: ServiceRequest): Promise<Outcome> {
  try {
    return { ok: true, output: await cloud.call(call) };
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown; status?: unknown; extra?: Record<string, unknown> };
    if (typeof e?.code !== 'string') throw error;
    return { ok: false, error: { code: e.code, message: String(e.message), status: Number(e.status), ...(e.extra ? { extra: e.extra } : {}) } };
  }
}

async function check(cloud: Cloud, call: CloudCall, outcome: Outcome, expect: Expect): Promise<string | null> {
  if (expect.error) {
    if (outcome.ok) return `${call.action} succeeded, expected ${expect.error.code}`;
    const { code, message, status, extra } = expect.error;
    if (outcome.error.code !== code) return `${call.action} failed with ${outcome.error.code}: ${outcome.error.message} — expected ${code}`;
    const messageMiss = message === undefined ? null : partialMatch(outcome.error.message, message, 'the error message');
    if (messageMiss) return messageMiss;
    if (status !== undefined && outcome.error.status !== status) return `the error status is ${outcome.error.status}, expected ${status}`;
    const extraMiss = extra === undefined ? null : partialMatch(outcome.error.extra ?? {}, extra, 'the error');
    if (extraMiss) return extraMiss;
  } else if (!outcome.ok) {
    return `${call.action} failed with ${outcome.error.code}: ${outcome.error.message}`;
  }
  const output = outcome.ok ? outcome.output : {};
  const misses: Array<() => string | null | Promise<string | null>> = [
    () => (expect.output ? partialMatch(output, expect.output, 'output') : null),
    () => ('payload' in expect ? jsonEqual(payloadOf(output), expect.payload, 'payload') : null),
    () => ('payloadMatch' in expect ? partialMatch(payloadOf(output), expect.payloadMatch, 'payload') : null),
    () => (expect.functionError !== undefined ? partialMatch(output.FunctionError, expect.functionError ?? undefined, 'FunctionError') : null),
    () => (expect.tail ? linesInOrder(tailOf(output), expect.tail, 'the log tail') : null),
    () => checkJson(output, expect.json ?? []),
    () => checkLogs(cloud, expect, call),
  ];
  for (const miss of misses) {
    const text = await miss();
    if (text) return text;
  }
  return null;
}

/** `expect.json`: members holding JSON text, parsed and compared. */
function checkJson(output: Record<string, unknown>, checks: NonNullable<Expect['json']>): string | null {
  for (const { path, equals, match } of checks) {
    const text = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], output);
    if (typeof text !== 'string') return `output.${path} is ${JSON.stringify(text)}, expected JSON text`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return `output.${path} is not JSON: ${text.slice(0, 300)}`;
    }
    const miss = (equals !== undefined ? jsonEqual(value, equals, path, true) : null) ?? (match !== undefined ? partialMatch(value, match, path) : null);
    if (miss) return miss;
  }
  return null;
}

/** `logs`, `logsExactly` and `logCount` against a log group: the call's function's, or `logGroup`. */
async function checkLogs(cloud: Cloud, expect: Expect, call: CloudCall | undefined): Promise<string | null> {
  if (!expect.logs && !expect.logsExactly && !expect.logCount) return null;
  if (!expect.logGroup && !call) return 'a log expectation on a step without a call needs logGroup';
  const group = expect.logGroup ?? `/aws/lambda/${functionNameOf(call!)}`;
  const lines = await groupLines(cloud, group);
  const what = `the log group ${group}`;
  return (expect.logs && linesInOrder(lines, expect.logs, what))
    ?? (expect.logsExactly && linesExactly(lines, expect.logsExactly, what))
    ?? (expect.logCount && lineCounts(lines, expect.logCount, what))
    ?? null;
}

function payloadOf(output: Record<string, unknown>): unknown {
  return output.Payload instanceof Uint8Array ? decodePayload(output.Payload) : undefined;
}

function tailOf(output: Record<string, unknown>): string[] {
  return typeof output.LogResult === 'string' ? linesOf(fromUtf8(fromBase64(output.LogResult))) : [];
}

/** The bare function name of a call's FunctionName (a name, a partial or a full ARN, any of them qualified). */
function functionNameOf(call: CloudCall): string {
  const name = String(call.input.FunctionName ?? '');
  return /function:([^:]+)/.exec(name)?.[1] ?? name.split(':')[0]!;
}

/** A log group's lines in FilterLogEvents order; none when the group does not exist. */
async function groupLines(cloud: Cloud, group: string): Promise<string[]> {
  try {
    const out = await cloud.call({ service: 'logs', action: 'FilterLogEvents', input: { logGroupName: group } });
    return (out.events as Array<{ message: string }>).map((e) => messageLine(e.message));
  } catch {
    return [];
  }
}

async function allLogs(cloud: Cloud): Promise<Record<string, string[]>> {
  const out = await cloud.call({ service: 'logs', action: 'DescribeLogGroups', input: {} });
  const result: Record<string, string[]> = {};
  for (const { logGroupName } of out.logGroups as Array<{ logGroupName: string }>) {
    result[logGroupName] = (await groupLines(cloud, logGroupName)).map(maskText);
  }
  return result;
}

/** The part of a result that must be the same on every platform (not the wall time). */
export function comparable(result: ScenarioResult): Pick<ScenarioResult, 'name' | 'status' | 'steps' | 'logs'> {
  return { name: result.name, status: result.status, steps: result.steps, logs: result.logs };
}
