/**
 * What a function's execution role must be allowed to do for the features that use it: a dead-letter
 * queue (sqs:SendMessage / sns:Publish), an event-source mapping (reading the queue or stream), a
 * destination (sending to it). Lambda checks the first two when they are configured, in its own
 * words; a destination the role cannot reach fails at delivery.
 */
import { AwsError } from '../errors.ts';
import { allowed } from '../authorize.ts';
import type { ServiceContext } from '../service.ts';
import type { FunctionConfig, FunctionRecord } from './state.ts';

/** The execution role's session as Lambda assumes it for the function. */
export function roleIdentity(fn: FunctionRecord, config: FunctionConfig = fn.config) {
  const account = config.Role.split(':')[4]!;
  return { account, arn: `arn:aws:sts::${account}:assumed-role/${config.Role.split('/').pop()}/${fn.name}`, userId: `AROA:${fn.name}` };
}

const can = (ctx: ServiceContext, fn: FunctionRecord, config: FunctionConfig, action: string, resource: string) =>
  allowed(ctx.cloud, roleIdentity(fn, config), action, resource);

/** DeadLetterConfig: the role must be able to send to the queue or publish to the topic. */
export function assertDeadLetterAllowed(ctx: ServiceContext, fn: FunctionRecord, config: FunctionConfig): void {
  const target = config.DeadLetterConfig?.TargetArn;
  if (!target) return;
  const sqs = target.split(':')[2] === 'sqs';
  if (!can(ctx, fn, config, sqs ? 'sqs:SendMessage' : 'sns:Publish', target).ok) {
    throw new AwsError('InvalidParameterValueException', `The provided execution role does not have permissions to call ${sqs ? 'SendMessage on SQS' : 'Publish on SNS'}`);
  }
}

/** An event-source mapping: the role must be able to read the source, as Lambda's pollers use it. */
export function assertEventSourceAllowed(ctx: ServiceContext, fn: FunctionRecord, source: string): void {
  const kind = source.split(':')[2];
  if (kind === 'sqs') {
    for (const action of ['ReceiveMessage', 'DeleteMessage', 'GetQueueAttributes']) {
      if (!can(ctx, fn, fn.config, `sqs:${action}`, source).ok) {
        throw new AwsError('InvalidParameterValueException', `The provided execution role does not have permissions to call ${action} on SQS`);
      }
    }
    return;
  }
  const service = kind === 'kinesis' ? 'kinesis' : 'dynamodb';
  const actions = kind === 'kinesis' ? ['GetRecords', 'GetShardIterator', 'DescribeStream', 'ListShards'] : ['GetRecords', 'GetShardIterator', 'DescribeStream', 'ListStreams'];
  if (actions.some((a) => !can(ctx, fn, fn.config, `${service}:${a}`, source).ok)) {
    throw new AwsError('InvalidParameterValueException',
      `Cannot access stream ${source}. Please ensure the role can perform the ${actions.slice(0, -1).join(', ')}, and ${actions[actions.length - 1]} Actions on your stream.`);
  }
}

/** A destination: the action the role needs to deliver there, and whether it may. */
export function destinationAllowed(ctx: ServiceContext, fn: FunctionRecord, target: string): { ok: boolean; message: string } {
  const service = target.split(':')[2];
  const action = { sqs: 'sqs:SendMessage', sns: 'sns:Publish', lambda: 'lambda:InvokeFunction', events: 'events:PutEvents' }[service ?? ''] ?? `${service}:*`;
  return can(ctx, fn, fn.config, action, target);
}
