/**
 * Table actions: CreateTable, DescribeTable, ListTables, UpdateTable, DeleteTable. DynamoDB takes a
 * few seconds in CREATING, UPDATING and DELETING; the sandbox answers those statuses in the
 * action's own response (as AWS does) and is ACTIVE by the next call.
 */
import type { ServiceContext } from '../service.ts';
import { parametersInvalid, resourceInUse, validation, validationError } from './errors.ts';
import { checkTableName, dynamoState, resolveTableNamed, tableArn } from './names.ts';
import type { AttributeDefinition, KeySchemaElement, StreamViewType, TableRecord } from './state.ts';
import { disableStream, enableStream } from './streams/lifecycle.ts';
import { itemSize } from './values.ts';

const VIEW_TYPES = ['NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY'];

function keySchemaOf(value: unknown): KeySchemaElement[] {
  if (!Array.isArray(value)) throw validationError([{ value: undefined, member: 'keySchema', constraint: 'Member must not be null' }]);
  if (value.length < 1 || value.length > 2) {
    throw validationError([{ value: JSON.stringify(value), member: 'keySchema', constraint: value.length < 1 ? 'Member must have length greater than or equal to 1' : 'Member must have length less than or equal to 2' }]);
  }
  const schema = value.map((e: Record<string, unknown>, i: number) => {
    if (e?.KeyType !== 'HASH' && e?.KeyType !== 'RANGE') {
      throw validationError([{ value: e?.KeyType, member: `keySchema.${i + 1}.member.keyType`, constraint: 'Member must satisfy enum value set: [HASH, RANGE]' }]);
    }
    return { AttributeName: String(e.AttributeName), KeyType: e.KeyType } as KeySchemaElement;
  });
  if (schema[0]!.KeyType !== 'HASH') throw validation('Invalid KeySchema: The first KeySchemaElement is not a HASH key type');
  if (schema[1] && schema[1].KeyType !== 'RANGE') throw validation('Invalid KeySchema: The second KeySchemaElement is not a RANGE key type');
  if (schema[1] && schema[1].AttributeName === schema[0]!.AttributeName) {
    throw validation('Both the Hash Key and the Range Key element in the KeySchema have the same name');
  }
  return schema;
}

function attributeDefinitionsOf(value: unknown, schema: KeySchemaElement[]): AttributeDefinition[] {
  if (!Array.isArray(value)) throw validationError([{ value: undefined, member: 'attributeDefinitions', constraint: 'Member must not be null' }]);
  const defs = value.map((d: Record<string, unknown>, i: number) => {
    if (!['S', 'N', 'B'].includes(String(d?.AttributeType))) {
      throw validationError([{ value: d?.AttributeType, member: `attributeDefinitions.${i + 1}.member.attributeType`, constraint: 'Member must satisfy enum value set: [B, N, S]' }]);
    }
    return { AttributeName: String(d.AttributeName), AttributeType: d.AttributeType } as AttributeDefinition;
  });
  const keys = schema.map((k) => k.AttributeName);
  const names = defs.map((d) => d.AttributeName);
  if (!keys.every((k) => names.includes(k))) {
    throw parametersInvalid(`Some index key attributes are not defined in AttributeDefinitions. Keys: [${keys.join(', ')}], AttributeDefinitions: [${names.join(', ')}]`);
  }
  if (names.length !== keys.length) {
    throw parametersInvalid('Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions');
  }
  return defs;
}

function streamSpecOf(value: unknown): { enabled: boolean; viewType?: StreamViewType } | undefined {
  if (value === undefined || value === null) return undefined;
  const spec = value as { StreamEnabled?: unknown; StreamViewType?: unknown };
  const enabled = spec.StreamEnabled === true || spec.StreamEnabled === 'true';
  if (spec.StreamViewType !== undefined && !VIEW_TYPES.includes(String(spec.StreamViewType))) {
    throw validationError([{ value: spec.StreamViewType, member: 'streamSpecification.streamViewType', constraint: 'Member must satisfy enum value set: [NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES, KEYS_ONLY]' }]);
  }
  if (enabled && spec.StreamViewType === undefined) throw parametersInvalid('StreamViewType is required when StreamEnabled is true');
  return { enabled, ...(enabled ? { viewType: spec.StreamViewType as StreamViewType } : {}) };
}

function throughputOf(mode: string, value: unknown): { read: number; write: number } {
  const t = value as { ReadCapacityUnits?: unknown; WriteCapacityUnits?: unknown } | undefined;
  if (mode === 'PAY_PER_REQUEST') {
    if (t && (t.ReadCapacityUnits !== undefined || t.WriteCapacityUnits !== undefined)) {
      throw parametersInvalid('Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST');
    }
    return { read: 0, write: 0 };
  }
  if (!t || t.ReadCapacityUnits === undefined || t.WriteCapacityUnits === undefined) {
    throw parametersInvalid('ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED');
  }
  const read = Number(t.ReadCapacityUnits);
  const write = Number(t.WriteCapacityUnits);
  for (const [n, member] of [[read, 'readCapacityUnits'], [write, 'writeCapacityUnits']] as const) {
    if (!Number.isInteger(n) || n < 1) throw validationError([{ value: n, member: `provisionedThroughput.${member}`, constraint: 'Member must have value greater than or equal to 1' }]);
  }
  return { read, write };
}

/** TableDescription, members in the model's order. */
export function tableDescription(ctx: ServiceContext, table: TableRecord, status = 'ACTIVE') {
  const items = Object.values(table.items);
  const stream = table.streamArn ? dynamoState(ctx.cloud).streams[table.streamArn] : undefined;
  const latest = table.latestStreamArn ? dynamoState(ctx.cloud).streams[table.latestStreamArn] : undefined;
  return {
    AttributeDefinitions: structuredClone(table.attributeDefinitions),
    TableName: table.name,
    KeySchema: structuredClone(table.keySchema),
    TableStatus: status,
    CreationDateTime: new Date(table.createdAt),
    ProvisionedThroughput: { NumberOfDecreasesToday: 0, ReadCapacityUnits: table.readCapacityUnits, WriteCapacityUnits: table.writeCapacityUnits },
    TableSizeBytes: items.reduce((n, item) => n + itemSize(item), 0),
    ItemCount: items.length,
    TableArn: table.arn,
    TableId: table.id,
    ...(table.billingMode === 'PAY_PER_REQUEST'
      ? { BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST', LastUpdateToPayPerRequestDateTime: new Date(table.payPerRequestSince ?? table.createdAt) } }
      : {}),
    ...(stream ? { StreamSpecification: { StreamEnabled: true, StreamViewType: stream.viewType } } : {}),
    ...(latest ? { LatestStreamLabel: latest.label, LatestStreamArn: latest.arn } : table.latestStreamArn ? { LatestStreamArn: table.latestStreamArn, LatestStreamLabel: table.latestStreamArn.slice(table.latestStreamArn.lastIndexOf('/') + 1) } : {}),
    DeletionProtectionEnabled: table.deletionProtection,
  };
}

export const tableActions = {
  CreateTable(ctx: ServiceContext, input: Record<string, unknown>) {
    const name = checkTableName(input.TableName, 'tableName', false);
    const keySchema = keySchemaOf(input.KeySchema);
    const attributeDefinitions = attributeDefinitionsOf(input.AttributeDefinitions, keySchema);
    if (input.GlobalSecondaryIndexes !== undefined || input.LocalSecondaryIndexes !== undefined) {
      throw validation('Secondary indexes are not available in this sandbox yet: create the table without GlobalSecondaryIndexes and LocalSecondaryIndexes.');
    }
    const billingMode = String(input.BillingMode ?? 'PROVISIONED');
    if (billingMode !== 'PROVISIONED' && billingMode !== 'PAY_PER_REQUEST') {
      throw validationError([{ value: billingMode, member: 'billingMode', constraint: 'Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]' }]);
    }
    const throughput = throughputOf(billingMode, input.ProvisionedThroughput);
    const stream = streamSpecOf(input.StreamSpecification);
    const state = dynamoState(ctx.cloud);
    const arn = tableArn(ctx.region, ctx.identity.account, name);
    if (state.tables[arn]) throw resourceInUse(`Table already exists: ${name}`);
    const now = ctx.cloud.clock.now();
    const table: TableRecord = {
      name, arn, id: ctx.cloud.ids.uuid(), account: ctx.identity.account, region: ctx.region, createdAt: now,
      keySchema, attributeDefinitions, billingMode: billingMode as TableRecord['billingMode'],
      readCapacityUnits: throughput.read, writeCapacityUnits: throughput.write,
      ...(billingMode === 'PAY_PER_REQUEST' ? { payPerRequestSince: now } : {}),
      deletionProtection: input.DeletionProtectionEnabled === true,
      items: {},
      tags: Object.fromEntries(((input.Tags as Array<{ Key: string; Value: string }> | undefined) ?? []).map((t) => [t.Key, t.Value])),
    };
    state.tables[arn] = table;
    if (stream?.enabled) enableStream(ctx.cloud, table, stream.viewType!);
    ctx.cloud.trace({ type: 'dynamodb.table-created', tableArn: arn });
    return { TableDescription: tableDescription(ctx, table, 'CREATING') };
  },

  DescribeTable(ctx: ServiceContext, input: Record<string, unknown>) {
    return { Table: tableDescription(ctx, resolveTableNamed(ctx, input.TableName)) };
  },

  ListTables(ctx: ServiceContext, input: Record<string, unknown>) {
    let limit = 100;
    if (input.Limit !== undefined && input.Limit !== null) {
      limit = Number(input.Limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
        throw validationError([{ value: input.Limit, member: 'limit', constraint: limit < 1 ? 'Member must have value greater than or equal to 1' : 'Member must have value less than or equal to 100' }]);
      }
    }
    const start = typeof input.ExclusiveStartTableName === 'string' ? input.ExclusiveStartTableName : '';
    const names = Object.values(dynamoState(ctx.cloud).tables)
      .filter((t) => t.account === ctx.identity.account && t.region === ctx.region && t.name > start)
      .map((t) => t.name)
      .sort();
    const page = names.slice(0, limit);
    return { TableNames: page, ...(names.length > limit ? { LastEvaluatedTableName: page.at(-1) } : {}) };
  },

  UpdateTable(ctx: ServiceContext, input: Record<string, unknown>) {
    const table = resolveTableNamed(ctx, input.TableName);
    const stream = streamSpecOf(input.StreamSpecification);
    const mode = input.BillingMode === undefined ? undefined : String(input.BillingMode);
    if (!stream && mode === undefined && input.ProvisionedThroughput === undefined && input.DeletionProtectionEnabled === undefined) {
      throw validation('At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required');
    }
    if (stream?.enabled && table.streamArn) throw validation(`Table already has an enabled stream: TableName: ${table.name}`);
    // Unconfirmed wording: DynamoDB refuses to disable a stream that is not enabled; this sentence is ours.
    if (stream && !stream.enabled && !table.streamArn) throw validation(`Table already has no enabled stream: TableName: ${table.name}`);
    if (mode !== undefined || input.ProvisionedThroughput !== undefined) {
      const nextMode = mode ?? table.billingMode;
      if (nextMode !== 'PROVISIONED' && nextMode !== 'PAY_PER_REQUEST') {
        throw validationError([{ value: nextMode, member: 'billingMode', constraint: 'Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]' }]);
      }
      const throughput = throughputOf(nextMode, input.ProvisionedThroughput ?? (nextMode === 'PROVISIONED' && table.billingMode === 'PROVISIONED'
        ? { ReadCapacityUnits: table.readCapacityUnits, WriteCapacityUnits: table.writeCapacityUnits }
        : undefined));
      if (nextMode === 'PAY_PER_REQUEST' && table.billingMode !== 'PAY_PER_REQUEST') table.payPerRequestSince = ctx.cloud.clock.now();
      table.billingMode = nextMode;
      table.readCapacityUnits = throughput.read;
      table.writeCapacityUnits = throughput.write;
    }
    if (input.DeletionProtectionEnabled !== undefined) table.deletionProtection = input.DeletionProtectionEnabled === true;
    if (stream?.enabled) enableStream(ctx.cloud, table, stream.viewType!);
    else if (stream) disableStream(ctx.cloud, table);
    return { TableDescription: tableDescription(ctx, table, 'UPDATING') };
  },

  DeleteTable(ctx: ServiceContext, input: Record<string, unknown>) {
    const table = resolveTableNamed(ctx, input.TableName);
    if (table.deletionProtection) {
      throw validation('Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.');
    }
    const description = tableDescription(ctx, table, 'DELETING');
    disableStream(ctx.cloud, table);
    delete dynamoState(ctx.cloud).tables[table.arn];
    ctx.cloud.trace({ type: 'dynamodb.table-deleted', tableArn: table.arn });
    return { TableDescription: description };
  },
};
