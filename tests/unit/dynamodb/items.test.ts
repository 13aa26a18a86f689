import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { N, S, ddb, ddbCloud, ddbError, ddbMessage, simpleTable } from './helpers.ts';

describe('DynamoDB items', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('PutItem then GetItem round-trips every attribute type; numbers come back canonical', async () => {
    cloud = ddbCloud();
    await simpleTable(cloud);
    const item = {
      id: S('u1'),
      n: N('1.50'),
      e: N('1e2'),
      b: { B: new Uint8Array([1, 2, 3]) },
      t: { BOOL: true },
      z: { NULL: true },
      m: { M: { a: S('x'), l: { L: [N(1), S('y')] } } },
      ss: { SS: ['a', 'b'] },
      ns: { NS: ['1', '2.0'] },
      bs: { BS: [new Uint8Array([9])] },
    };
    expect(await ddb(cloud, 'PutItem', { TableName: 'Users', Item: item })).toEqual({});
    const got = await ddb(cloud, 'GetItem', { TableName: 'Users', Key: { id: S('u1') } });
    expect(got.Item).toEqual({ ...item, n: N('1.5'), e: N('100'), ns: { NS: ['1', '2'] } });
    expect(await ddb(cloud, 'GetItem', { TableName: 'Users', Key: { id: S('none') } })).toEqual({});
  });

  it('ReturnValues ALL_OLD on PutItem and DeleteItem; other values are refused', async () => {
    cloud = ddbCloud();
    await simpleTable(cloud);
    expect(await ddb(cloud, 'PutItem', { TableName: 'Users', Item: { id: S('a'), v: N(1) }, ReturnValues: 'ALL_OLD' })).toEqual({});
    expect(await ddb(cloud, 'PutItem', { TableName: 'Users', Item: { id: S('a'), v: N(2) }, ReturnValues: 'ALL_OLD' })).toEqual({ Attributes: { id: S('a'), v: N(1) } });
    expect(await ddbMessage(cloud, 'PutItem', { TableName: 'Users', Item: { id: S('a') }, ReturnValues: 'ALL_NEW' })).toBe('ReturnValues can only be ALL_OLD or NONE');
    expect(await ddb(cloud, 'DeleteItem', { TableName: 'Users', Key: { id: S('a') }, ReturnValues: 'ALL_OLD' })).toEqual({ Attributes: { id: S('a'), v: N(2) } });
    expect(await ddb(cloud, 'GetItem', { TableName: 'Users', Key: { id: S('a') } })).toEqual({});
  });

  it('validates items and keys in DynamoDB words', async () => {
    cloud = ddbCloud();
    await simpleTable(cloud);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['PutItem', { Item: { name: S('x') } }, 'One or more parameter values were invalid: Missing the key id in the item'],
      ['PutItem', { Item: { id: N(1) } }, 'One or more parameter values were invalid: Type mismatch for key id expected: S actual: N'],
      ['PutItem', { Item: { id: S('') } }, 'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: id'],
      ['PutItem', { Item: { id: S('a'), n: N('abc') } }, 'The parameter cannot be converted to a numeric value: abc'],
      ['PutItem', { Item: { id: S('a'), s: { SS: [] } } }, 'One or more parameter values were invalid: An string set  may not be empty'],
      ['PutItem', { Item: { id: S('a'), s: { SS: ['x', 'x'] } } }, 'One or more parameter values were invalid: Input collection [x, x] contains duplicates.'],
      ['PutItem', { Item: { id: S('a'), s: {} } }, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'],
      ['PutItem', { Item: { id: S('a'), s: { S: 'a', N: '1' } } }, 'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes'],
      ['GetItem', { Key: { id: S('a'), extra: S('b') } }, 'The provided key element does not match the schema'],
      ['GetItem', { Key: { other: S('a') } }, 'The provided key element does not match the schema'],
      ['GetItem', { Key: { id: N(1) } }, 'The provided key element does not match the schema'],
      ['PutItem', { Item: { id: S('a'), n: N('1e126') } }, 'Number overflow. Attempting to store a number with magnitude larger than supported range'],
    ];
    for (const [action, input, message] of cases) expect(await ddbMessage(cloud, action, { TableName: 'Users', ...input })).toBe(message);
    expect(await ddbError(cloud, 'PutItem', { TableName: 'Nope', Item: { id: S('a') } })).toMatchObject({ code: 'ResourceNotFoundException', message: 'Requested resource not found' });
    expect(await ddbMessage(cloud, 'PutItem', { TableName: 'Users', Item: { id: S('a'), big: S('x'.repeat(400 * 1024)) } })).toBe('Item size has exceeded the maximum allowed size');
  });

  it('ConditionExpression guards writes; a failure is ConditionalCheckFailedException (with the item when asked)', async () => {
    cloud = ddbCloud();
    await simpleTable(cloud);
    const put = (extra: Record<string, unknown>) => ddb(cloud, 'PutItem', { TableName: 'Users', Item: { id: S('a'), v: N(1) }, ...extra });
    await put({ ConditionExpression: 'attribute_not_exists(id)' });
    expect(await ddbError(cloud, 'PutItem', { TableName: 'Users', Item: { id: S('a') }, ConditionExpression: 'attribute_not_exists(id)' })).toMatchObject({
      code: 'ConditionalCheckFailedException',
      message: 'The conditional request failed',
    });
    const failed = await ddbError(cloud, 'DeleteItem', {
      TableName: 'Users', Key: { id: S('a') }, ConditionExpression: 'v > :min', ExpressionAttributeValues: { ':min': N(5) }, ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
    expect(failed.extra).toEqual({ Item: { id: S('a'), v: N(1) } });
    await ddb(cloud, 'DeleteItem', { TableName: 'Users', Key: { id: S('a') }, ConditionExpression: 'v = :one', ExpressionAttributeValues: { ':one': N(1) } });
    expect(await ddb(cloud, 'GetItem', { TableName: 'Users', Key: { id: S('a') } })).toEqual({});
  });

  it('GetItem with ProjectionExpression and ConsistentRead; ReturnConsumedCapacity reports units', async () => {
    cloud = ddbCloud();
    await simpleTable(cloud);
    await ddb(cloud, 'PutItem', { TableName: 'Users', Item: { id: S('a'), name: S('Ann'), tags: { L: [S('x'), S('y'), S('z')] }, addr: { M: { city: S('Oslo'), zip: S('0150') } } } });
    const got = await ddb(cloud, 'GetItem', {
      TableName: 'Users', Key: { id: S('a') }, ProjectionExpression: '#n, tags[2], addr.city', ExpressionAttributeNames: { '#n': 'name' }, ConsistentRead: true, ReturnConsumedCapacity: 'TOTAL',
    });
    expect(got).toEqual({
      Item: { name: S('Ann'), tags: { L: [S('z')] }, addr: { M: { city: S('Oslo') } } },
      ConsumedCapacity: { TableName: 'Users', CapacityUnits: 1, ReadCapacityUnits: 1 },
    });
    expect(await ddbMessage(cloud, 'GetItem', { TableName: 'Users', Key: { id: S('a') }, ProjectionExpression: 'name' })).toBe(
      'Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: name',
    );
  });
});
