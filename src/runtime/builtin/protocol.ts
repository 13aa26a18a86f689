/** Messages between the page and the built-in engine worker. Plain data both ways. */
import type { ScenarioResult } from '../../../sandbox/conformance/types.ts';
import type { CheckReport, ExerciseRef, WorkspaceFile } from '../types.ts';

export interface Requests {
  init: { params: ExerciseRef; result: { prompt: string } };
  listFiles: { params: null; result: WorkspaceFile[] };
  readFile: { params: { path: string }; result: string };
  writeFile: { params: { path: string; text: string }; result: null };
  deleteFile: { params: { path: string }; result: null };
  prompt: { params: null; result: string };
  run: { params: { line: string }; result: number };
  check: { params: null; result: CheckReport };
  /** bench/ only: invoke latencies measured inside the engine worker (ms per call). */
  benchmark: { params: { warm: number; cold: number }; result: BenchmarkResult };
  /** The self-test page: the engine conformance suite run in this worker; each result also arrives, as it finishes, as an `output` chunk of JSON. */
  selfTest: { params: null; result: ScenarioResult[] };
}

export interface BenchmarkResult {
  warm: number[];
  cold: number[];
  init: number[];
  /** A handler that imports the runtime's AWS SDK and makes one call: cold starts and warm invokes. */
  sdkCold: number[];
  sdkInit: number[];
  sdkWarm: number[];
}

export type Method = keyof Requests;

export type PageToEngine = { id: number; method: Method; params: unknown };

export type EngineToPage =
  | { id: number; result: unknown }
  | { id: number; error: string }
  | { event: 'output'; id: number; chunk: string }
  | { event: 'files-changed'; paths: string[] };
