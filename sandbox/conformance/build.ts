/**
 * Small builders that keep scenarios short. Each returns plain data (a CloudCall, bytes); nothing here
 * talks to a cloud.
 */
import { zipSync } from 'fflate';
import { utf8 } from '../cloud/bytes.ts';
import type { CloudCall, StepRef } from './types.ts';

export const ACCOUNT = '111111111111';
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/lambda-basic`;
export const arn = (name: string) => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`;

/**
 * A deployment package from `{ path: source }`. The entries' time is fixed (and given in local time,
 * which is what a zip stores), so the bytes, CodeSize and CodeSha256 are the same on every platform.
 */
export function zip(files: Record<string, string>): Uint8Array {
  const mtime = new Date(2026, 0, 1);
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, [utf8(text), { mtime }]])));
}

/** An Invoke payload: JSON of `event`, or the text as given when it is a string (to send bad JSON). */
export const payload = (event: unknown) => utf8(typeof event === 'string' ? event : JSON.stringify(event));

export const lambda = (action: string, input: Record<string, unknown> = {}): CloudCall => ({ service: 'lambda', action, input });
export const logs = (action: string, input: Record<string, unknown> = {}): CloudCall => ({ service: 'logs', action, input });

/** CreateFunction with the course defaults: nodejs24.x, index.handler, the lambda-basic role. */
export const create = (name: string, files: Record<string, string>, extra: Record<string, unknown> = {}): CloudCall =>
  lambda('CreateFunction', { FunctionName: name, Runtime: 'nodejs24.x', Handler: 'index.handler', Role: ROLE, Code: { ZipFile: zip(files) }, ...extra });

/** A synchronous Invoke with `event` as its JSON payload (none when `event` is undefined). */
export const invoke = (name: string, event?: unknown, extra: Record<string, unknown> = {}): CloudCall =>
  lambda('Invoke', { FunctionName: name, ...(event === undefined ? {} : { Payload: payload(event) }), ...extra });

/** A one-file ES module function. */
export const esm = (source: string) => ({ 'index.mjs': source });

/** An input value from an earlier step's output: `fromStep(3, 'NextMarker')`. */
export const fromStep = (step: number, path: string): StepRef => ({ $fromStep: step, path });
