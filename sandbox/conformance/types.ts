/**
 * The conformance suite's vocabulary: a scenario is a name and steps; a step is a cloud call with its
 * expected outcome, a move of the virtual clock, or a wait for the cloud's background work. Scenarios are plain data, so the same list runs in
 * Node (worker_threads) and inside the browser's engine worker (Web Workers), and the results compare.
 */
import type { ServiceRequest } from '../cloud/api.ts';

/** Where the suite runs: `node` is NodeHost, `web` is WebHost inside the built-in engine worker. */
export type Platform = 'node' | 'web';

/**
 * One request to the cloud, as `Cloud.call` takes it (region and caller default to the learner's).
 * `accessKeyId` signs as another caller: the partner account's key, or `fromStep(i, 'Credentials.AccessKeyId')`
 * for a role session an earlier AssumeRole returned.
 */
export type CloudCall = Omit<ServiceRequest, 'accessKeyId'> & { accessKeyId?: string | StepRef };

/**
 * An input value taken from an earlier step's output, for values the cloud chooses (a NextMarker, a
 * published version): `step` is 0-based, `path` a dotted member path such as `NextMarker` or
 * `Configuration.RevisionId`. Written with `fromStep` (build.ts).
 */
export interface StepRef {
  $fromStep: number;
  path: string;
}

/** Log lines: each RegExp must match a later line than the one before (other lines may come between). */
export type LinesInOrder = RegExp[];

export interface Expect {
  /**
   * Output members, matched partially and deeply: objects may have more members, arrays match element
   * by element and must be as long, a RegExp matches a string, `undefined` requires the member absent.
   */
  output?: Record<string, unknown>;
  /** The call fails with this AWS error; `message` exact or a RegExp; `extra` (e.g. `Reason`) matched partially. */
  error?: { code: string; message?: string | RegExp; status?: number; extra?: Record<string, unknown> };
  /** Invoke: the Payload, parsed as JSON, equals this. */
  payload?: unknown;
  /** Invoke: the Payload, parsed as JSON, matches this partially (as `output` does). */
  payloadMatch?: unknown;
  /** Invoke: FunctionError is this; `null` requires none. */
  functionError?: string | null;
  /** Invoke with LogType Tail: the decoded LogResult's lines match in order. */
  tail?: LinesInOrder;
  /**
   * Output members that hold JSON text (an SQS Body, a destination record), at a dotted `path` such as
   * `Messages.0.Body`, parsed: `equals` requires every member, in the same order (RegExp leaves match
   * strings); `match` matches partially, as `output` does.
   */
  json?: Array<{ path: string; equals?: unknown; match?: unknown }>;
  /**
   * The function's log group (`/aws/lambda/<FunctionName>` unless `logGroup`), after this step: lines
   * match in order. On `advance` and `settle` steps, which name no function, `logGroup` is required.
   */
  logs?: LinesInOrder;
  /** As `logs`, but every line of the group, one RegExp per line. */
  logsExactly?: RegExp[];
  /** How many lines of the group match each RegExp. */
  logCount?: Array<[RegExp, number]>;
  logGroup?: string;
}

export type Step =
  | { call: CloudCall; expect?: Expect; note?: string }
  /**
   * `lab clock advance`: moves the virtual clock forward by `advance` milliseconds through
   * `Cloud.advance`, which runs what comes due on the way (asynchronous retries) in time order.
   */
  | { advance: number; expect?: Expect; note?: string }
  /** Waits for the cloud's background work (queued asynchronous invocations, destinations) to finish: `Cloud.settled`. */
  | { settle: true; expect?: Expect; note?: string };

export interface Scenario {
  /** Says what AWS does, so a failure reads as the behaviour that broke. */
  name: string;
  steps: Step[];
  /** Platforms the scenario does not run on, each with the reason (listed on the self-test page). */
  skip?: Partial<Record<Platform, string>>;
}

/** What a step returned, normalized so that runs on different platforms compare equal. */
export type StepSummary =
  | { step: number; call: string; output: unknown }
  | { step: number; call: string; error: { code: string; message: string; status: number; extra?: unknown } }
  | { step: number; advance: number }
  | { step: number; settle: true };

export interface ScenarioResult {
  name: string;
  status: 'pass' | 'fail' | 'skip';
  /** Why it was skipped on this platform. */
  reason?: string;
  /** The first step that did not do what was expected (`step` 0-based; the message counts from 1), and how. Later steps did not run. */
  failure?: { step: number; message: string };
  steps: StepSummary[];
  /** Every log group's lines at the end, normalized. */
  logs: Record<string, string[]>;
  /** Wall time of the scenario; not part of any comparison. */
  ms: number;
}
