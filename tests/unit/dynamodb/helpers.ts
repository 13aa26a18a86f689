/** A cloud on a fixed clock, callers for DynamoDB and DynamoDB Streams actions as the learner, and table fixtures. */
import { LEARNER } from '../../../sandbox/cloud/accounts.ts';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { dynamodbActions, dynamodbStreamsActions } from '../../../sandbox/cloud/dynamodb/index.ts';
import { newCloud } from '../../helpers/cloud.ts';

export const ddbCloud = (seed = 1): Cloud => newCloud(seed);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function ddb(cloud: Cloud, action: string, input: Record<string, unknown> = {}): Promise<any> {
  const fn = dynamodbActions[action];
  if (!fn) throw new Error(`no DynamoDB action ${action}`);
  return await fn({ cloud, identity: LEARNER, region: 'us-east-1' }, input);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function streams(cloud: Cloud, action: string, input: Record<string, unknown> = {}): Promise<any> {
  const fn = dynamodbStreamsActions[action];
  if (!fn) throw new Error(`no DynamoDB Streams action ${action}`);
  return await fn({ cloud, identity: LEARNER, region: 'us-east-1' }, input);
}

export async function ddbError(cloud: Cloud, action: string, input: Record<string, unknown> = {}) {
  try {
    await ddb(cloud, action, input);
  } catch (error) {
    return error as { code: string; message: string; status: number; extra?: Record<string, unknown> };
  }
  throw new Error(`expected ${action} to fail`);
}

export async function ddbMessage(cloud: Cloud, action: string, input: Record<string, unknown> = {}) {
  return (await ddbError(cloud, action, input)).message;
}

/** `id` (S) partition key only. */
export async function simpleTable(cloud: Cloud, name = 'Users', extra: Record<string, unknown> = {}) {
  return ddb(cloud, 'CreateTable', {
    TableName: name,
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
    ...extra,
  });
}

/** `pk` (S) partition key and `sk` (N) sort key. */
export async function compositeTable(cloud: Cloud, name = 'Events', extra: Record<string, unknown> = {}) {
  return ddb(cloud, 'CreateTable', {
    TableName: name,
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
    BillingMode: 'PAY_PER_REQUEST',
    ...extra,
  });
}

export const S = (s: string) => ({ S: s });
export const N = (n: number | string) => ({ N: String(n) });
