/**
 * Small builders that keep scenarios short. Each returns plain data (a CloudCall, bytes); nothing here
 * talks to a cloud.
 */
import { zipSync } from 'fflate';
import { utf8 } from '../cloud/bytes.ts';
import type { CloudCall, StepRef } from './types.ts';

export const ACCOUNT = '111111111111';
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/lambda-basic`;
export const arn = (name: string, qualifier?: string) => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}${qualifier ? `:${qualifier}` : ''}`;
export const layerArn = (name: string, version?: number) => `arn:aws:lambda:us-east-1:${ACCOUNT}:layer:${name}${version ? `:${version}` : ''}`;
export const queueArn = (name: string) => `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;
export const queueUrl = (name: string) => `https://sqs.us-east-1.amazonaws.com/${ACCOUNT}/${name}`;
export const topicArn = (name: string) => `arn:aws:sns:us-east-1:${ACCOUNT}:${name}`;
/** A function's log group, for log expectations on steps that name no function (`advance`, `settle`, other services). */
export const group = (name: string) => `/aws/lambda/${name}`;

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
export const sqs = (action: string, input: Record<string, unknown> = {}): CloudCall => ({ service: 'sqs', action, input });
export const iam = (action: string, input: Record<string, unknown> = {}): CloudCall => ({ service: 'iam', action, input });
export const sts = (action: string, input: Record<string, unknown> = {}): CloudCall => ({ service: 'sts', action, input });
export const s3 = (action: string, input: Record<string, unknown> = {}): CloudCall => ({ service: 's3', action, input });
export const kinesis = (action: string, input: Record<string, unknown> = {}): CloudCall => ({ service: 'kinesis', action, input });
export const dynamodb = (action: string, input: Record<string, unknown> = {}): CloudCall => ({ service: 'dynamodb', action, input });
export const events = (action: string, input: Record<string, unknown> = {}): CloudCall => ({ service: 'events', action, input });
export const apigatewayv2 = (action: string, input: Record<string, unknown> = {}): CloudCall => ({ service: 'apigatewayv2', action, input });
/** The same call signed with another access key (the partner's, or a role session's from `fromStep`). */
export const signedBy = (accessKeyId: string | StepRef, call: CloudCall): CloudCall => ({ ...call, accessKeyId });
/** The partner account's (222222222222) access key. */
export const PARTNER_KEY = 'AKIAI44QH8DHBEXAMPLE';
export const sns = (action: string, input: Record<string, unknown> = {}): CloudCall => ({ service: 'sns', action, input });

/** CreateFunction with the course defaults: nodejs24.x, index.handler, the lambda-basic role. */
export const create = (name: string, files: Record<string, string>, extra: Record<string, unknown> = {}): CloudCall =>
  lambda('CreateFunction', { FunctionName: name, Runtime: 'nodejs24.x', Handler: 'index.handler', Role: ROLE, Code: { ZipFile: zip(files) }, ...extra });

/** The ARN of the worker role that WORKER_ROLE_STEPS create. */
export const WORKER_ROLE = 'arn:aws:iam::111111111111:role/lambda-worker';

/**
 * Steps that create an execution role able to read queues and streams and to send to dead-letter
 * queues and destinations — what those features need from the role, as on AWS.
 */
export const WORKER_ROLE_STEPS = [
  { call: iam('CreateRole', { RoleName: 'lambda-worker', AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) }) },
  ...['AWSLambdaBasicExecutionRole', 'AWSLambdaSQSQueueExecutionRole', 'AWSLambdaKinesisExecutionRole', 'AWSLambdaDynamoDBExecutionRole'].map((p) => ({
    call: iam('AttachRolePolicy', { RoleName: 'lambda-worker', PolicyArn: `arn:aws:iam::aws:policy/service-role/${p}` }),
  })),
  {
    call: iam('PutRolePolicy', {
      RoleName: 'lambda-worker', PolicyName: 'destinations',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sqs:SendMessage', 'sns:Publish', 'lambda:InvokeFunction', 'events:PutEvents'], Resource: '*' }] }),
    }),
  },
];

/** CreateFunction with the worker role. */
export const createWorker = (name: string, files: Record<string, string>, extra: Record<string, unknown> = {}): CloudCall => create(name, files, { Role: WORKER_ROLE, ...extra });

/** A synchronous Invoke with `event` as its JSON payload (none when `event` is undefined). */
export const invoke = (name: string, event?: unknown, extra: Record<string, unknown> = {}): CloudCall =>
  lambda('Invoke', { FunctionName: name, ...(event === undefined ? {} : { Payload: payload(event) }), ...extra });

/** An asynchronous Invoke (InvocationType Event): Lambda queues it and answers 202. */
export const invokeEvent = (name: string, event?: unknown, extra: Record<string, unknown> = {}): CloudCall => invoke(name, event, { InvocationType: 'Event', ...extra });

/** PublishLayerVersion of `files` for nodejs24.x. */
export const publishLayer = (name: string, files: Record<string, string>, extra: Record<string, unknown> = {}): CloudCall =>
  lambda('PublishLayerVersion', { LayerName: name, Content: { ZipFile: zip(files) }, CompatibleRuntimes: ['nodejs24.x'], ...extra });

/** Every message of a queue, with all system and message attributes (ReceiveMessage, up to 10). */
export const receiveAll = (queue: string): CloudCall => sqs('ReceiveMessage', { QueueUrl: queueUrl(queue), MaxNumberOfMessages: 10, AttributeNames: ['All'], MessageAttributeNames: ['All'] });

/** A one-file ES module function. */
export const esm = (source: string) => ({ 'index.mjs': source });

/**
 * The `skip` of a scenario that shows the engine differing from AWS: skipped on both platforms with
 * the same reason (each platform's page shows only its own), until the engine is fixed.
 */
export const engineBug = (reason: string) => ({ node: `engine bug: ${reason}`, web: `engine bug: ${reason}` });

/** An input value from an earlier step's output: `fromStep(3, 'NextMarker')`. */
export const fromStep = (step: number, path: string): StepRef => ({ $fromStep: step, path });
