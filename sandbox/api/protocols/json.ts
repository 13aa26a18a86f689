/**
 * awsJson 1.0 / 1.1 (SQS, DynamoDB and its streams, Kinesis, CloudWatch Logs, EventBridge): POST /
 * with `X-Amz-Target: Prefix.Operation` and the input as a JSON body; errors as
 * `{"__type":"…","message":"…"}`. SQS adds its legacy code in `x-amzn-query-error` (awsQueryCompatible).
 */
import { SQS_ERROR_SHAPES } from '../../cloud/sqs/errors.ts';
import { bodyText, response } from '../http.ts';
import { readJson, serializationError, writeJson } from '../serde.ts';
import type { Protocol } from './protocol.ts';

export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw serializationError(`Start of structure or map found where not expected.`);
  }
}

export const awsJson: Protocol = {
  operation({ spec, request }) {
    const target = request.headers['x-amz-target'];
    if (!target) return undefined;
    const dot = target.lastIndexOf('.');
    const name = target.slice(dot + 1);
    if (target.slice(0, dot) !== spec.metadata.targetPrefix) return target;
    const op = spec.operations[name];
    return op ? { op } : name;
  },

  decode({ spec, request }, op) {
    const body = parseJsonBody(bodyText(request));
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw serializationError('Start of list found where not expected');
    return readJson(spec, op.input, body) as Record<string, unknown>;
  },

  encode({ spec, requestId }, op, output) {
    const body = JSON.stringify(writeJson(spec, op.output, output) ?? {});
    return response(200, { 'content-type': `application/x-amz-json-${spec.metadata.jsonVersion ?? '1.0'}`, 'x-amzn-requestid': requestId }, body);
  },

  error({ spec, requestId }, error) {
    const queryCompatible = spec.service === 'sqs';
    const shapeName = queryCompatible ? (SQS_ERROR_SHAPES[error.code] ?? error.code) : error.code;
    const headers: Record<string, string> = {
      'content-type': `application/x-amz-json-${spec.metadata.jsonVersion ?? '1.0'}`,
      'x-amzn-requestid': requestId,
    };
    if (queryCompatible) headers['x-amzn-query-error'] = `${error.code};${error.status >= 500 ? 'Receiver' : 'Sender'}`;
    const body = { __type: queryCompatible ? `com.amazonaws.sqs#${shapeName}` : shapeName, message: error.message, ...(error.extra ?? {}) };
    return response(error.status, headers, JSON.stringify(body));
  },
};
