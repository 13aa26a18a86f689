/**
 * restJson (Lambda, API Gateway): the operation from method and path, members in the URI, query
 * string and headers, the rest (or the payload member) as a JSON body. Lambda's errors carry
 * `{"Type":"User","Message":"…"}` and `x-amzn-ErrorType`; a few codes spell `message` in lower case.
 */
import { bodyText, response } from '../http.ts';
import { resolve } from '../model.ts';
import { AwsError } from '../../cloud/errors.ts';
import { readJson, toBytes, writeJson } from '../serde.ts';
import type { Protocol } from './protocol.ts';
import { matchOperation, readBindings, writeBindings } from './rest.ts';

/** Lambda's codes whose body says `message`, not `Message` (LAMBDA-SPEC). */
const LOWER_CASE_MESSAGE = new Set(['InvalidParameterValueException', 'ResourceConflictException', 'TooManyRequestsException', 'RequestTooLargeException']);

function parseBody(text: string, service: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch (e) {
    const detail = (e as Error).message;
    throw service === 'lambda'
      ? new AwsError('InvalidRequestContentException', `Could not parse request body into json: Could not parse payload into json: ${detail}`, 400)
      : new AwsError('BadRequestException', 'Invalid JSON in request body', 400);
  }
}

export const restJson: Protocol = {
  operation(x) {
    return matchOperation(x.spec, x.request);
  },

  decode({ spec, request }, op, labels = {}) {
    const input = resolve(spec, op.input);
    const out = readBindings(spec, op.input, request, labels);
    const payload = input.payload;
    if (payload) {
      const member = resolve(spec, input.members?.[payload]);
      if (member.type === 'blob') out[payload] = request.body;
      else if (member.type === 'string') out[payload] = bodyText(request);
      else if (request.body.length) out[payload] = readJson(spec, member, parseBody(bodyText(request), spec.service));
      return out;
    }
    const body = parseBody(bodyText(request), spec.service);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new AwsError('InvalidRequestContentException', 'Could not parse request body into json: the body must be a JSON object', 400);
    }
    return { ...(readJson(spec, op.input, body) as Record<string, unknown>), ...out };
  },

  encode({ spec, requestId }, op, output) {
    const shape = resolve(spec, op.output);
    const { status, headers } = writeBindings(spec, op.output, output);
    const all = { 'content-type': 'application/json', 'x-amzn-requestid': requestId, ...headers };
    const code = status ?? op.http?.responseCode ?? 200;
    const payload = shape.payload;
    if (payload) {
      const member = resolve(spec, shape.members?.[payload]);
      const value = output[payload];
      if (member.type === 'blob' || member.type === 'string') return response(code, all, toBytes(value));
      return response(code, all, value === undefined ? '' : JSON.stringify(writeJson(spec, member, value)));
    }
    return response(code, all, code === 204 ? '' : JSON.stringify(writeJson(spec, op.output, output) ?? {}));
  },

  error({ spec, requestId }, error) {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-amzn-requestid': requestId, 'x-amzn-errortype': error.code };
    if (error.code === 'TooManyRequestsException') headers['retry-after'] = String(error.extra?.retryAfterSeconds ?? 1);
    const extra = Object.fromEntries(Object.entries(error.extra ?? {}).filter(([k]) => k !== 'retryAfterSeconds'));
    const body = spec.service === 'lambda'
      ? { Type: error.type, [LOWER_CASE_MESSAGE.has(error.code) ? 'message' : 'Message']: error.message, ...extra }
      : { message: error.message, ...extra };
    return response(error.status, headers, JSON.stringify(body));
  },
};
