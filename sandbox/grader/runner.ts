/**
 * Runs an exercise's checks. Each check gets its own copy of the learner's cloud (restored from a
 * snapshot, on a host of the runner's choosing) and a time limit; a check that throws something other
 * than a CheckFailure is reported as an error in plain words, never with the grader's stack.
 */
import { Cloud, type CloudState } from '../cloud/cloud.ts';
import { AwsError } from '../cloud/errors.ts';
import type { ExecutionHost } from '../runtime/types.ts';
import { CheckContext } from './context.ts';
import { CheckFailure, type ExerciseDefinition } from './define.ts';

export interface CheckResult {
  name: string;
  status: 'pass' | 'fail' | 'error' | 'timeout';
  message?: string;
  hint?: string;
  durationMs: number;
}

export interface CheckReport {
  exercise: string;
  passed: boolean;
  checks: CheckResult[];
}

export interface RunOptions {
  /** The learner's cloud as it is now. */
  state: CloudState;
  /** The learner's workspace: path relative to the workspace root → bytes. */
  files: Record<string, Uint8Array>;
  /** A fresh host per check, so learner code in one check cannot reach the next. */
  host: () => ExecutionHost;
  time: () => number;
  /** Real-time measurement and limits: effects of the caller's platform. */
  now: () => number;
  setTimer: (ms: number, fn: () => void) => () => void;
  signal?: AbortSignal;
}

export const DEFAULT_CHECK_TIMEOUT_MS = 20_000;

function explain(error: unknown): { status: CheckResult['status']; message: string } {
  if (error instanceof CheckFailure) return { status: 'fail', message: error.message };
  if (error instanceof AwsError) return { status: 'fail', message: `AWS answered ${error.code}: ${error.message}` };
  return { status: 'error', message: `The check could not run to the end: ${error instanceof Error ? error.message : String(error)}` };
}

export async function runChecks(exercise: ExerciseDefinition, options: RunOptions): Promise<CheckReport> {
  const results: CheckResult[] = [];
  for (const c of exercise.checks) {
    if (options.signal?.aborted) break;
    const cloud = new Cloud({ host: options.host(), time: options.time, state: JSON.parse(JSON.stringify(options.state)) });
    const t = new CheckContext(cloud, options.files);
    const started = options.now();
    const limit = c.timeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS;
    let cancel = () => {};
    const timedOut = new Promise<'timeout'>((resolve) => {
      cancel = options.setTimer(limit, () => resolve('timeout'));
    });
    let result: CheckResult;
    try {
      const outcome = await Promise.race([Promise.resolve().then(() => c.run(t)).then(() => 'done' as const), timedOut]);
      result = outcome === 'timeout'
        ? { name: c.name, status: 'timeout', message: `This check did not finish within ${limit / 1000} seconds.`, hint: c.hint, durationMs: options.now() - started }
        : { name: c.name, status: 'pass', durationMs: options.now() - started };
    } catch (error) {
      result = { name: c.name, ...explain(error), hint: c.hint, durationMs: options.now() - started };
    } finally {
      cancel();
      cloud.dispose();
    }
    if (!result.hint) delete result.hint;
    results.push(result);
  }
  return { exercise: exercise.title, passed: results.length === exercise.checks.length && results.every((r) => r.status === 'pass'), checks: results };
}
