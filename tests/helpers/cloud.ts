/** Test helpers: a cloud on a fixed clock with real worker-thread environments. */
import { strToU8, zipSync } from 'fflate';
import { Cloud } from '../../sandbox/cloud/cloud.ts';
import { fixedTime } from '../../sandbox/cloud/clock.ts';
import { fromUtf8, utf8 } from '../../sandbox/cloud/bytes.ts';
import { NodeHost } from '../../sandbox/runtime/hosts/node-host.ts';

export const ROLE = 'arn:aws:iam::111111111111:role/lambda-basic';

export function newCloud(seed = 1): Cloud {
  return new Cloud({ host: new NodeHost(), time: fixedTime(), seed });
}

export const zip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));

export async function createFunction(cloud: Cloud, name: string, files: Record<string, string>, extra: Record<string, unknown> = {}) {
  return cloud.call({
    service: 'lambda',
    action: 'CreateFunction',
    input: { FunctionName: name, Runtime: 'nodejs24.x', Handler: 'index.handler', Role: ROLE, Code: { ZipFile: zip(files) }, ...extra },
  });
}

export interface InvokeOut {
  StatusCode?: number;
  FunctionError?: string;
  ExecutedVersion?: string;
  LogResult?: string;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

export async function invoke(cloud: Cloud, name: string, event: unknown = {}, extra: Record<string, unknown> = {}): Promise<InvokeOut> {
  const out = await cloud.call({ service: 'lambda', action: 'Invoke', input: { FunctionName: name, Payload: utf8(JSON.stringify(event)), ...extra } });
  const text = fromUtf8(out.Payload as Uint8Array);
  return { ...(out as Omit<InvokeOut, 'text' | 'json'>), text, json: text ? JSON.parse(text) : undefined };
}

/** Every log message of a function, oldest first. */
export async function logs(cloud: Cloud, name: string): Promise<string[]> {
  const out = await cloud.call({ service: 'logs', action: 'FilterLogEvents', input: { logGroupName: `/aws/lambda/${name}` } });
  return (out.events as Array<{ message: string }>).map((e) => e.message);
}

/** The error an awaited call rejects with. */
export async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string; status: number }> {
  try {
    await p;
  } catch (error) {
    return error as { code: string; message: string; status: number };
  }
  throw new Error('expected the call to fail');
}

/**
 * An execution role that can do what queues, streams, dead-letter queues and destinations need —
 * the role a learner builds in the permissions lesson. Returns its ARN.
 */
export async function workerRole(cloud: Cloud, name = 'lambda-worker'): Promise<string> {
  const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
  const out = await cloud.call({ service: 'iam', action: 'CreateRole', input: { RoleName: name, AssumeRolePolicyDocument: trust } });
  for (const policy of ['AWSLambdaBasicExecutionRole', 'AWSLambdaSQSQueueExecutionRole', 'AWSLambdaKinesisExecutionRole', 'AWSLambdaDynamoDBExecutionRole']) {
    await cloud.call({ service: 'iam', action: 'AttachRolePolicy', input: { RoleName: name, PolicyArn: `arn:aws:iam::aws:policy/service-role/${policy}` } });
  }
  const send = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sqs:SendMessage', 'sns:Publish', 'lambda:InvokeFunction', 'events:PutEvents'], Resource: '*' }] };
  await cloud.call({ service: 'iam', action: 'PutRolePolicy', input: { RoleName: name, PolicyName: 'destinations', PolicyDocument: JSON.stringify(send) } });
  return String((out.Role as { Arn: string }).Arn);
}

const workerRoles = new WeakMap<Cloud, Promise<string>>();

/** createFunction with the worker role (created once per cloud), for queues, streams, DLQs and destinations. */
export async function createWorkerFunction(cloud: Cloud, name: string, files: Record<string, string>, extra: Record<string, unknown> = {}) {
  if (!workerRoles.has(cloud)) workerRoles.set(cloud, workerRole(cloud));
  return createFunction(cloud, name, files, { Role: await workerRoles.get(cloud)!, ...extra });
}

/** An SQS queue, with its URL and ARN. */
export async function createQueue(cloud: Cloud, name: string, attributes: Record<string, string> = {}): Promise<{ url: string; arn: string }> {
  const { QueueUrl } = await cloud.call({ service: 'sqs', action: 'CreateQueue', input: { QueueName: name, Attributes: attributes } });
  const attrs = await cloud.call({ service: 'sqs', action: 'GetQueueAttributes', input: { QueueUrl, AttributeNames: ['QueueArn'] } });
  return { url: String(QueueUrl), arn: String((attrs.Attributes as Record<string, string>).QueueArn) };
}
