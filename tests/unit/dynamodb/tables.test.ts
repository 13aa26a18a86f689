import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { compositeTable, ddb, ddbCloud, ddbError, ddbMessage, simpleTable } from './helpers.ts';

describe('DynamoDB tables', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('CreateTable answers CREATING with the table description; DescribeTable is ACTIVE', async () => {
    cloud = ddbCloud();
    const created = await ddb(cloud, 'CreateTable', {
      TableName: 'Music',
      AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }, { AttributeName: 'SongTitle', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }, { AttributeName: 'SongTitle', KeyType: 'RANGE' }],
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
    });
    expect(created.TableDescription).toMatchObject({
      TableName: 'Music',
      TableStatus: 'CREATING',
      TableArn: 'arn:aws:dynamodb:us-east-1:111111111111:table/Music',
      ProvisionedThroughput: { NumberOfDecreasesToday: 0, ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
      ItemCount: 0,
      TableSizeBytes: 0,
      DeletionProtectionEnabled: false,
    });
    expect(created.TableDescription.TableId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Object.keys(created.TableDescription).slice(0, 5)).toEqual(['AttributeDefinitions', 'TableName', 'KeySchema', 'TableStatus', 'CreationDateTime']);
    const described = await ddb(cloud, 'DescribeTable', { TableName: 'Music' });
    expect(described.Table.TableStatus).toBe('ACTIVE');
    expect(described.Table.CreationDateTime).toEqual(new Date(Date.UTC(2026, 0, 1)));
  });

  it('a stream specification gives LatestStreamArn and LatestStreamLabel', async () => {
    cloud = ddbCloud();
    const created = await simpleTable(cloud, 'Tbl', { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } });
    expect(created.TableDescription).toMatchObject({
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      LatestStreamLabel: '2026-01-01T00:00:00.000',
      LatestStreamArn: 'arn:aws:dynamodb:us-east-1:111111111111:table/Tbl/stream/2026-01-01T00:00:00.000',
      BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
    });
  });

  it('refuses bad definitions in DynamoDB words', async () => {
    cloud = ddbCloud();
    await simpleTable(cloud);
    expect(await ddbError(cloud, 'CreateTable', {
      TableName: 'Users', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST',
    })).toMatchObject({ code: 'ResourceInUseException', message: 'Table already exists: Users' });
    expect(await ddbMessage(cloud, 'CreateTable', {
      TableName: 'A1', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST',
    })).toBe("1 validation error detected: Value 'A1' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3");
    expect(await ddbMessage(cloud, 'CreateTable', {
      TableName: 'B1x', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }, { AttributeName: 'x', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST',
    })).toBe('One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions');
    expect(await ddbMessage(cloud, 'CreateTable', {
      TableName: 'C1x', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    })).toBe('One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED');
    expect(await ddbMessage(cloud, 'CreateTable', {
      TableName: 'D1x', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'RANGE' }], BillingMode: 'PAY_PER_REQUEST',
    })).toBe('Invalid KeySchema: The first KeySchemaElement is not a HASH key type');
    expect(await ddbError(cloud, 'DescribeTable', { TableName: 'Nope' })).toMatchObject({
      code: 'ResourceNotFoundException',
      message: 'Requested resource not found: Table: Nope not found',
    });
  });

  it('ListTables pages with LastEvaluatedTableName', async () => {
    cloud = ddbCloud();
    for (const name of ['ccc', 'aaa', 'bbb']) await simpleTable(cloud, name);
    const first = await ddb(cloud, 'ListTables', { Limit: 2 });
    expect(first).toEqual({ TableNames: ['aaa', 'bbb'], LastEvaluatedTableName: 'bbb' });
    expect(await ddb(cloud, 'ListTables', { ExclusiveStartTableName: 'bbb' })).toEqual({ TableNames: ['ccc'] });
  });

  it('UpdateTable enables and disables the stream; enabling twice is refused', async () => {
    cloud = ddbCloud();
    await compositeTable(cloud);
    expect(await ddbMessage(cloud, 'UpdateTable', { TableName: 'Events' })).toBe(
      'At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required',
    );
    const on = await ddb(cloud, 'UpdateTable', { TableName: 'Events', StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } });
    expect(on.TableDescription).toMatchObject({ TableStatus: 'UPDATING', StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } });
    expect(await ddbMessage(cloud, 'UpdateTable', { TableName: 'Events', StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } })).toBe(
      'Table already has an enabled stream: TableName: Events',
    );
    const off = await ddb(cloud, 'UpdateTable', { TableName: 'Events', StreamSpecification: { StreamEnabled: false } });
    expect(off.TableDescription.StreamSpecification).toBeUndefined();
    expect(off.TableDescription.LatestStreamArn).toBe(on.TableDescription.LatestStreamArn);
  });

  it('DeleteTable answers DELETING; the table is gone; deletion protection blocks it', async () => {
    cloud = ddbCloud();
    await simpleTable(cloud, 'Keep', { DeletionProtectionEnabled: true });
    expect((await ddbError(cloud, 'DeleteTable', { TableName: 'Keep' })).code).toBe('ValidationException');
    await simpleTable(cloud);
    expect((await ddb(cloud, 'DeleteTable', { TableName: 'Users' })).TableDescription.TableStatus).toBe('DELETING');
    expect(await ddbError(cloud, 'GetItem', { TableName: 'Users', Key: { id: { S: 'a' } } })).toMatchObject({
      code: 'ResourceNotFoundException',
      message: 'Requested resource not found',
    });
  });
});
