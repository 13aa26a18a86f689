/** Table names and ARNs, and finding the table a request names (TableName may be a name or an ARN). */
import type { Cloud } from '../cloud.ts';
import type { ServiceContext } from '../service.ts';
import { resourceNotFound, tableNotFound, validationError } from './errors.ts';
import { initialDynamoDbState, type DynamoDbState, type TableRecord } from './state.ts';

export const tableArn = (region: string, account: string, name: string) => `arn:aws:dynamodb:${region}:${account}:table/${name}`;

/** The DynamoDB part of the cloud's state (created on first use, so older snapshots still load). */
export function dynamoState(cloud: Cloud): DynamoDbState {
  const state = cloud.state as unknown as { dynamodb?: DynamoDbState };
  return (state.dynamodb ??= initialDynamoDbState());
}

/** TableName: 3–255 of [a-zA-Z0-9_.-] (an ARN up to 1024 is accepted where the API allows it). */
export function checkTableName(name: unknown, member = 'tableName', allowArn = true): string {
  if (typeof name !== 'string') throw validationError([{ value: undefined, member, constraint: 'Member must not be null' }]);
  if (allowArn && name.startsWith('arn:')) return name;
  if (name.length < 3) throw validationError([{ value: name, member, constraint: 'Member must have length greater than or equal to 3' }]);
  if (name.length > 255) throw validationError([{ value: name, member, constraint: 'Member must have length less than or equal to 255' }]);
  if (!/^[a-zA-Z0-9_.-]+$/.test(name)) throw validationError([{ value: name, member, constraint: 'Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+' }]);
  return name;
}

function lookup(ctx: ServiceContext, name: string): TableRecord | undefined {
  const arn = name.startsWith('arn:') ? name : tableArn(ctx.region, ctx.identity.account, name);
  return dynamoState(ctx.cloud).tables[arn];
}

/** For item operations: a missing table is "Requested resource not found". */
export function resolveTable(ctx: ServiceContext, name: unknown, member = 'tableName'): TableRecord {
  const table = lookup(ctx, checkTableName(name, member));
  if (!table) throw resourceNotFound();
  return table;
}

/** For DescribeTable, DeleteTable, UpdateTable: the message names the table. */
export function resolveTableNamed(ctx: ServiceContext, name: unknown): TableRecord {
  const text = checkTableName(name);
  const table = lookup(ctx, text);
  if (!table) throw tableNotFound(text.startsWith('arn:') ? text.slice(text.lastIndexOf('/') + 1) : text);
  return table;
}

export function findTableByArn(cloud: Cloud, arn: string): TableRecord | undefined {
  return dynamoState(cloud).tables[arn];
}
