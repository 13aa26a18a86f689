/**
 * `POST /_lab/call`: one ServiceRequest as JSON, answered by the cloud with the action's output or
 * its AwsError. The sandbox's own `aws` in a WebContainer (bin/aws.mjs) speaks this to `lab serve`:
 * it already holds the request as the cloud takes it (service, action, input in botocore shapes), so
 * turning it into a wire protocol and back would only add a second, lossy copy of every protocol.
 * Real clients keep using the AWS protocols on every other path.
 *
 * JSON cannot carry bytes or dates, so the body tags them: `{"$bytes": "<base64>"}` for a
 * Uint8Array (a zip, a payload), `{"$date": "<ISO 8601>"}` for a Date. The answer is
 * `{"output": …, "now": <cloud clock ms>}` or `{"error": AwsErrorShape, "now": …}`; both are HTTP 200,
 * since the status belongs to the AWS error inside, not to this transport.
 */
import type { ServiceCaller, ServiceRequest } from '../cloud/api.ts';
import { isAwsError, type AwsErrorShape } from '../cloud/errors.ts';
import { fromBase64, toBase64 } from '../cloud/bytes.ts';
import { response, type WireRequest, type WireResponse } from './http.ts';

export const LAB_CALL_PATH = '/_lab/call';

export type LabCallAnswer = { output: Record<string, unknown>; now: number } | { error: AwsErrorShape; now: number };

/** JSON text with bytes and dates tagged. */
export function encodeLabJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    // JSON.stringify calls Date#toJSON before the replacer sees it; the holder still has the Date.
    const raw = this[key];
    if (raw instanceof Date) return { $date: raw.toISOString() };
    if (v instanceof Uint8Array) return { $bytes: toBase64(v) };
    return v;
  });
}

/** The inverse of encodeLabJson. */
export function decodeLabJson(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      if (keys.length === 1 && typeof (v as { $bytes?: unknown }).$bytes === 'string') return fromBase64((v as { $bytes: string }).$bytes);
      if (keys.length === 1 && typeof (v as { $date?: unknown }).$date === 'string') return new Date((v as { $date: string }).$date);
    }
    return v;
  });
}

const badRequest = (message: string, now: number): WireResponse =>
  response(400, { 'content-type': 'application/json' }, encodeLabJson({ error: { code: 'BadRequest', message, status: 400, type: 'User' }, now }));

function isServiceRequest(value: unknown): value is ServiceRequest {
  const r = value as Partial<ServiceRequest> | null;
  return !!r && typeof r === 'object' && typeof r.service === 'string' && typeof r.action === 'string' && !!r.input && typeof r.input === 'object' && !Array.isArray(r.input);
}

export interface LabCallOptions {
  /** The same way into the cloud the wire router uses (so `lab serve` saves after changes either way). */
  call: ServiceCaller;
  /** The cloud's clock, returned with every answer: `aws logs tail --since 10m` counts back from it. */
  now: () => number;
}

/** Answers `POST /_lab/call`, and passes every other request to `next` (the wire router). */
export function withLabCall(next: (request: WireRequest) => Promise<WireResponse>, options: LabCallOptions): (request: WireRequest) => Promise<WireResponse> {
  return async (request) => {
    if (request.path !== LAB_CALL_PATH) return next(request);
    if (request.method !== 'POST') return badRequest(`${LAB_CALL_PATH} takes POST with a JSON ServiceRequest.`, options.now());
    let parsed: unknown;
    try {
      parsed = decodeLabJson(new TextDecoder().decode(request.body));
    } catch {
      return badRequest('The body is not JSON.', options.now());
    }
    if (!isServiceRequest(parsed)) return badRequest('The body needs service, action and input.', options.now());
    const { service, action, input, region, accessKeyId } = parsed;
    let answer: LabCallAnswer;
    try {
      answer = { output: await options.call({ service, action, input, region, accessKeyId }), now: options.now() };
    } catch (error) {
      if (!isAwsError(error)) throw error;
      const shape: AwsErrorShape = { code: error.code, message: error.message, status: error.status, type: error.type ?? 'User', ...(error.extra ? { extra: error.extra } : {}) };
      answer = { error: shape, now: options.now() };
    }
    return response(200, { 'content-type': 'application/json' }, encodeLabJson(answer));
  };
}
