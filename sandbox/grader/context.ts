/**
 * What a check can do: read the workspace, call the (forked) cloud as the learner, deploy the
 * workspace as a scratch function and invoke it, read logs and the trace. The cloud a check sees is a
 * copy of the learner's, so checks never change the learner's state.
 */
import { zipSync } from 'fflate';
import type { Cloud } from '../cloud/cloud.ts';
import { AwsError } from '../cloud/errors.ts';
import { fromUtf8, utf8 } from '../cloud/bytes.ts';
import type { TraceEvent } from '../cloud/trace.ts';
import { CheckFailure } from './define.ts';

export interface InvokeResult {
  statusCode: number;
  /** The response payload, parsed as JSON when it is JSON. */
  payload: unknown;
  /** `Unhandled` when the function failed. */
  functionError?: string;
  /** The error payload's type and message, when the function failed. */
  errorType?: string;
  errorMessage?: string;
}

const describe = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v));

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export class CheckContext {
  readonly cloud: Cloud;
  readonly #files: Record<string, Uint8Array>;
  #scratch = 0;

  constructor(cloud: Cloud, files: Record<string, Uint8Array>) {
    this.cloud = cloud;
    this.#files = files;
  }

  /** A workspace file's text, or undefined when the learner has no such file. */
  file(path: string): string | undefined {
    const bytes = this.#files[path.replace(/^\.?\//, '')];
    return bytes ? fromUtf8(bytes) : undefined;
  }

  /** Workspace paths (relative to the workspace root). */
  files(): string[] {
    return Object.keys(this.#files).sort();
  }

  /** Calls the cloud as the learner; AWS errors come back as AwsError. */
  call(service: string, action: string, input: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    return this.cloud.call({ service, action, input });
  }

  /** Like `call`, but a missing resource is `undefined` instead of an error. */
  async find(service: string, action: string, input: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
    try {
      return await this.call(service, action, input);
    } catch (error) {
      if (error instanceof AwsError && error.code === 'ResourceNotFoundException') return undefined;
      throw error;
    }
  }

  /**
   * Deploys the workspace's source files as a new scratch function (never one of the learner's) and
   * returns its name. Zips and dotfiles are left out, as `zip -r function.zip .` from a tidy folder would.
   */
  async deployWorkspace(options: { handler?: string; runtime?: string; include?: string[]; timeout?: number } = {}): Promise<string> {
    const include = options.include ?? this.files().filter((p) => !p.endsWith('.zip') && !p.split('/').some((s) => s.startsWith('.')));
    const entries: Record<string, Uint8Array> = {};
    for (const p of include) if (this.#files[p]) entries[p] = this.#files[p]!;
    const name = `lab-check-${++this.#scratch}`;
    await this.call('lambda', 'CreateFunction', {
      FunctionName: name,
      Runtime: options.runtime ?? 'nodejs24.x',
      Handler: options.handler ?? 'index.handler',
      Role: 'arn:aws:iam::111111111111:role/lambda-basic',
      Code: { ZipFile: zipSync(entries) },
      ...(options.timeout ? { Timeout: options.timeout } : {}),
    });
    return name;
  }

  /** Invokes synchronously and returns the outcome in plain terms. */
  async invoke(functionName: string, event: unknown = {}): Promise<InvokeResult> {
    const out = await this.call('lambda', 'Invoke', { FunctionName: functionName, Payload: utf8(JSON.stringify(event)) });
    const text = fromUtf8(out.Payload as Uint8Array);
    let payload: unknown = text;
    try {
      payload = JSON.parse(text);
    } catch {
      /* not JSON: keep the text */
    }
    const result: InvokeResult = { statusCode: Number(out.StatusCode), payload };
    if (out.FunctionError) {
      const err = payload as { errorType?: string; errorMessage?: string };
      Object.assign(result, { functionError: String(out.FunctionError), errorType: err?.errorType, errorMessage: err?.errorMessage });
    }
    return result;
  }

  /** Every message written to a log group, oldest first (empty when the group does not exist). */
  async logMessages(logGroupName: string): Promise<string[]> {
    const out = await this.find('logs', 'FilterLogEvents', { logGroupName });
    return ((out?.events as Array<{ message: string }> | undefined) ?? []).map((e) => e.message);
  }

  trace(): TraceEvent[] {
    return this.cloud.state.trace;
  }

  fail(message: string): never {
    throw new CheckFailure(message);
  }

  /** Fails with `message` unless `condition` holds. (Not a TS assertion signature, so checks need no annotations.) */
  assert(condition: unknown, message: string): void {
    if (!condition) throw new CheckFailure(message);
  }

  /** The value itself when it is there; otherwise the check fails with `message`. */
  need<T>(value: T | undefined | null, message: string): T {
    if (value === undefined || value === null) throw new CheckFailure(message);
    return value;
  }

  /** Deep equality; the message is followed by what was expected and what came back. */
  equal(actual: unknown, expected: unknown, message: string): void {
    if (!deepEqual(actual, expected)) throw new CheckFailure(`${message}\nExpected: ${describe(expected)}\nGot:      ${describe(actual)}`);
  }
}
