/**
 * Where an asynchronous invocation's outcome goes: the on-success / on-failure destination (SQS, SNS,
 * another function, EventBridge) as the invocation record, and on failure the dead-letter queue (SQS
 * or SNS) as the original event with RequestID, ErrorCode and ErrorMessage attributes. A destination
 * that cannot be reached is recorded in the trace; the function is not told, as on AWS.
 */
import { AwsError } from '../errors.ts';
import { defaultBusArn, putEvent } from '../events/bus.ts';
import type { ServiceContext } from '../service.ts';
import { publishToTopic } from '../sns/index.ts';
import { sendToQueue } from '../sqs/index.ts';
import { arnOf, findFunction } from './functions.ts';
import { destinationAllowed } from './role-permissions.ts';
import type { FunctionRecord } from './state.ts';

export interface DestinationRecord {
  version: '1.0';
  timestamp: string;
  requestContext: { requestId: string; functionArn: string; condition: string; approximateInvokeCount: number };
  requestPayload: unknown;
  responseContext?: { statusCode: number; executedVersion: string; functionError?: string };
  responsePayload?: unknown;
}

function failed(ctx: ServiceContext, fn: FunctionRecord, target: string, error: unknown, kind: string): void {
  ctx.cloud.trace({ type: `${kind}.failed`, functionArn: arnOf(fn), target, message: error instanceof AwsError ? `${error.code}: ${error.message}` : String(error) });
}

export async function deliverToDestination(ctx: ServiceContext, fn: FunctionRecord, target: string, record: DestinationRecord, chain: number): Promise<void> {
  const body = JSON.stringify(record);
  try {
    const permitted = destinationAllowed(ctx, fn, target);
    if (!permitted.ok) throw new AwsError('AccessDeniedException', permitted.message, 403);
    const service = target.split(':')[2];
    if (service === 'sqs') sendToQueue(ctx.cloud, target, body);
    else if (service === 'sns') publishToTopic(ctx.cloud, target, body);
    else if (service === 'lambda') {
      const m = /^arn:[^:]+:lambda:([^:]+):(\d{12}):function:([^:]+)(?::(.+))?$/.exec(target);
      const dest = m && findFunction(ctx, m[1]!, m[2]!, m[3]!);
      if (!dest) throw new AwsError('ResourceNotFoundException', `Function not found: ${target}`, 404);
      ctx.cloud.invokeAsync(target, body, { chain: chain + 1 });
    } else if (service === 'events') {
      const success = record.requestContext.condition === 'Success';
      putEvent(ctx.cloud, target.includes(':event-bus/') ? target : defaultBusArn(fn.region, fn.account), {
        source: 'lambda',
        'detail-type': `Lambda Function Invocation Result - ${success ? 'Success' : 'Failure'}`,
        account: fn.account,
        region: fn.region,
        resources: [target, record.requestContext.functionArn],
        detail: record,
      });
    } else throw new AwsError('InvalidParameterValueException', `Unsupported destination ${target}`);
    ctx.cloud.trace({ type: 'destination.delivered', functionArn: arnOf(fn), target, condition: record.requestContext.condition });
  } catch (error) {
    failed(ctx, fn, target, error, 'destination');
  }
}

export async function deliverToDeadLetterQueue(
  ctx: ServiceContext, fn: FunctionRecord, target: string, payload: string,
  info: { requestId: string; errorCode: string; errorMessage: string },
): Promise<void> {
  const attributes = {
    RequestID: { DataType: 'String', StringValue: info.requestId },
    ErrorCode: { DataType: 'Number', StringValue: info.errorCode },
    ErrorMessage: { DataType: 'String', StringValue: info.errorMessage.slice(0, 1024) },
  };
  try {
    const permitted = destinationAllowed(ctx, fn, target);
    if (!permitted.ok) throw new AwsError('AccessDeniedException', permitted.message, 403);
    if (target.split(':')[2] === 'sqs') sendToQueue(ctx.cloud, target, payload, attributes);
    else publishToTopic(ctx.cloud, target, payload, { messageAttributes: attributes });
    ctx.cloud.trace({ type: 'dlq.delivered', functionArn: arnOf(fn), target, requestId: info.requestId });
  } catch (error) {
    failed(ctx, fn, target, error, 'dlq');
  }
}
