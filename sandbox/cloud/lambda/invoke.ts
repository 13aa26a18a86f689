/**
 * Invoke: the data plane's front door. Validates the request, then either answers at once (DryRun),
 * queues the event (Event: the asynchronous path in async.ts) or runs it and waits
 * (RequestResponse), picking the version an alias routes to and holding a concurrency lease.
 */
import { AwsError } from '../errors.ts';
import { fromUtf8, toBase64, utf8 } from '../bytes.ts';
import type { ServiceContext } from '../service.ts';
import { routeAlias } from './aliases.ts';
import { enqueueEvent } from './async.ts';
import { throttled } from './concurrency.ts';
import { errorBody, execute } from './execution.ts';
import { arnOf, resolveFunction, viewOf } from './functions.ts';

export const MAX_SYNC_PAYLOAD = 6_291_456;
/** Asynchronous events may be up to 1 MB since late 2025. */
export const MAX_ASYNC_PAYLOAD = 1_048_576;

const INVOCATION_TYPES = ['Event', 'RequestResponse', 'DryRun'];

/** Lambda's parse complaint for a body that is not JSON, worded as its JSON parser words it. */
function parseEvent(payload: Uint8Array | undefined): string {
  if (!payload || payload.length === 0) return '{}';
  const text = fromUtf8(payload);
  try {
    JSON.parse(text);
    return text;
  } catch {
    const token = text.trim().split(/[\s,:{}[\]]/)[0] || text.trim().slice(0, 1);
    throw new AwsError('InvalidRequestContentException',
      `Could not parse request body into json: Could not parse payload into json: Unrecognized token '${token}': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\n at [Source: REDACTED (\`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION\` disabled); line: 1, column: ${token.length + 1}]`);
  }
}

function clientContext(value: unknown): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(fromUtf8(Uint8Array.from(atob(String(value)), (c) => c.charCodeAt(0))));
  } catch {
    throw new AwsError('InvalidRequestContentException', 'Client context must be a valid Base64-encoded JSON object.');
  }
}

export const invokeActions = {
  async Invoke(ctx: ServiceContext, input: Record<string, unknown>) {
    const { fn, qualifier, alias, view } = resolveFunction(ctx, input);
    const type = input.InvocationType === undefined ? 'RequestResponse' : String(input.InvocationType);
    if (!INVOCATION_TYPES.includes(type)) {
      throw new AwsError('ValidationException', `1 validation error detected: Value '${type}' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [${INVOCATION_TYPES.join(', ')}]`);
    }
    const logType = input.LogType === undefined ? 'None' : String(input.LogType);
    if (!['None', 'Tail'].includes(logType)) {
      throw new AwsError('ValidationException', `1 validation error detected: Value '${logType}' at 'logType' failed to satisfy constraint: Member must satisfy enum value set: [None, Tail]`);
    }
    const payload = input.Payload as Uint8Array | undefined;
    const limit = type === 'Event' ? MAX_ASYNC_PAYLOAD : MAX_SYNC_PAYLOAD;
    if (payload && payload.length > limit) {
      throw new AwsError('RequestEntityTooLargeException', `Request must be smaller than ${limit} bytes for the InvokeFunction operation`, 413);
    }
    const event = parseEvent(payload);
    const context = clientContext(input.ClientContext);
    if (type === 'DryRun') return { StatusCode: 204 };
    if (type === 'Event') {
      enqueueEvent(ctx, fn, qualifier, event, ctx.chain ?? 0);
      return { StatusCode: 202 };
    }
    const version = alias ? routeAlias(alias, () => ctx.cloud.ids.fraction()) : view.version;
    const lease = ctx.cloud.leases.acquire(ctx, fn);
    if ('throttled' in lease) {
      ctx.cloud.trace({ type: 'invoke.throttled', functionArn: arnOf(fn, qualifier), reason: lease.throttled });
      throw throttled(lease.throttled);
    }
    let run;
    try {
      run = await execute(ctx, viewOf(fn, version)!, event, ctx.cloud.ids.uuid(), arnOf(fn, qualifier), { clientContext: context, chain: ctx.chain ?? 0 });
    } finally {
      lease.release();
    }
    let body = run.body;
    let failed = run.failed;
    if (utf8(body).length > MAX_SYNC_PAYLOAD) {
      failed = true;
      body = errorBody({ errorType: 'Function.ResponseSizeTooLarge', errorMessage: `Response payload size exceeded maximum allowed payload size (${MAX_SYNC_PAYLOAD} bytes).`, trace: [] });
    }
    const tail = utf8(run.logText);
    return {
      StatusCode: 200,
      ...(failed ? { FunctionError: 'Unhandled' } : {}),
      ...(logType === 'Tail' ? { LogResult: toBase64(tail.subarray(Math.max(0, tail.length - 4096))) } : {}),
      ExecutedVersion: version,
      Payload: utf8(body),
    };
  },
};
