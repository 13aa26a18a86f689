import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { N, S, ddb, ddbCloud, ddbMessage, simpleTable } from './helpers.ts';

describe('DynamoDB batches', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('BatchWriteItem puts and deletes across tables; BatchGetItem reads them back', async () => {
    cloud = ddbCloud();
    await simpleTable(cloud, 'Users');
    await simpleTable(cloud, 'Orders');
    await ddb(cloud, 'PutItem', { TableName: 'Users', Item: { id: S('old') } });
    const written = await ddb(cloud, 'BatchWriteItem', {
      RequestItems: {
        Users: [{ PutRequest: { Item: { id: S('u1'), n: N(1) } } }, { PutRequest: { Item: { id: S('u2') } } }, { DeleteRequest: { Key: { id: S('old') } } }],
        Orders: [{ PutRequest: { Item: { id: S('o1') } } }],
      },
    });
    expect(written).toEqual({ UnprocessedItems: {} });
    const read = await ddb(cloud, 'BatchGetItem', {
      RequestItems: {
        Users: { Keys: [{ id: S('u1') }, { id: S('old') }, { id: S('u2') }], ProjectionExpression: 'id, n' },
        Orders: { Keys: [{ id: S('o1') }] },
      },
    });
    expect(read).toEqual({ Responses: { Users: [{ id: S('u1'), n: N(1) }, { id: S('u2') }], Orders: [{ id: S('o1') }] }, UnprocessedKeys: {} });
  });

  it('refuses oversized and duplicate batches, and writes nothing from a bad one', async () => {
    cloud = ddbCloud();
    await simpleTable(cloud);
    const puts = (n: number) => Array.from({ length: n }, (_, i) => ({ PutRequest: { Item: { id: S(`k${i}`) } } }));
    expect(await ddbMessage(cloud, 'BatchWriteItem', { RequestItems: { Users: puts(26) } })).toBe('Too many items requested for the BatchWriteItem call');
    expect(await ddbMessage(cloud, 'BatchWriteItem', { RequestItems: { Users: [...puts(1), ...puts(1)] } })).toBe('Provided list of item keys contains duplicates');
    expect(await ddbMessage(cloud, 'BatchWriteItem', { RequestItems: { Users: [...puts(2), { PutRequest: { Item: { nope: S('x') } } }] } })).toBe(
      'One or more parameter values were invalid: Missing the key id in the item',
    );
    expect((await ddb(cloud, 'Scan', { TableName: 'Users' })).Count).toBe(0);
    const keys = Array.from({ length: 101 }, (_, i) => ({ id: S(`k${i}`) }));
    expect(await ddbMessage(cloud, 'BatchGetItem', { RequestItems: { Users: { Keys: keys } } })).toBe('Too many items requested for the BatchGetItem call');
  });
});
