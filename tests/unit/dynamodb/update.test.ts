import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { N, S, ddb, ddbCloud, ddbMessage, simpleTable } from './helpers.ts';

async function update(cloud: Cloud, expression: string, values?: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return ddb(cloud, 'UpdateItem', {
    TableName: 'Users', Key: { id: S('u') }, UpdateExpression: expression,
    ...(values ? { ExpressionAttributeValues: values } : {}), ReturnValues: 'ALL_NEW', ...extra,
  });
}

describe('DynamoDB UpdateItem', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('creates the item when it does not exist (upsert) and SETs top-level and nested paths', async () => {
    cloud = ddbCloud();
    await simpleTable(cloud);
    expect((await update(cloud, 'SET a = :a, m = :m', { ':a': N(1), ':m': { M: { x: { L: [N(1)] } } } })).Attributes).toEqual({
      id: S('u'), a: N(1), m: { M: { x: { L: [N(1)] } } },
    });
    expect((await update(cloud, 'SET m.y = :v, m.x[0] = :w, m.x[5] = :z', { ':v': S('new'), ':w': N(9), ':z': N(7) })).Attributes.m).toEqual({
      M: { x: { L: [N(9), N(7)] }, y: S('new') },
    });
  });

  it('arithmetic, if_not_exists and list_append', async () => {
    cloud = ddbCloud();
    await simpleTable(cloud);
    await update(cloud, 'SET c = if_not_exists(c, :zero) + :one, l = list_append(if_not_exists(l, :empty), :items)', {
      ':zero': N(0), ':one': N(1), ':empty': { L: [] }, ':items': { L: [S('a')] },
    });
    const out = await update(cloud, 'SET c = c + :one, d = :ten - c, l = list_append(:front, l)', { ':one': N('0.1'), ':ten': N(10), ':front': { L: [S('z')] } });
    expect(out.Attributes).toEqual({ id: S('u'), c: N('1.1'), d: N(9), l: { L: [S('z'), S('a')] } });
  });

  it('REMOVE attributes and list elements (indexes as in the original item)', async () => {
    cloud = ddbCloud();
    await simpleTable(cloud);
    await update(cloud, 'SET l = :l, gone = :x', { ':l': { L: [S('a'), S('b'), S('c'), S('d')] }, ':x': S('x') });
    expect((await update(cloud, 'REMOVE gone, l[1], l[2], absent')).Attributes).toEqual({ id: S('u'), l: { L: [S('a'), S('d')] } });
  });

  it('ADD numbers and sets, DELETE from sets (an emptied set disappears)', async () => {
    cloud = ddbCloud();
    await simpleTable(cloud);
    await update(cloud, 'ADD n :five, tags :ab', { ':five': N(5), ':ab': { SS: ['a', 'b'] } });
    expect((await update(cloud, 'ADD n :neg, tags :bc', { ':neg': N(-2), ':bc': { SS: ['b', 'c'] } })).Attributes).toEqual({ id: S('u'), n: N(3), tags: { SS: ['a', 'b', 'c'] } });
    expect((await update(cloud, 'DELETE tags :ac', { ':ac': { SS: ['a', 'c'] } })).Attributes.tags).toEqual({ SS: ['b'] });
    expect((await update(cloud, 'DELETE tags :b', { ':b': { SS: ['b'] } })).Attributes).toEqual({ id: S('u'), n: N(3) });
  });

  it('ReturnValues UPDATED_OLD, UPDATED_NEW and ALL_OLD', async () => {
    cloud = ddbCloud();
    await simpleTable(cloud);
    await update(cloud, 'SET a = :1, b = :2, m = :m', { ':1': N(1), ':2': N(2), ':m': { M: { x: N(1), y: N(2) } } });
    expect((await update(cloud, 'SET a = :5, m.x = :5', { ':5': N(5) }, { ReturnValues: 'UPDATED_OLD' })).Attributes).toEqual({ a: N(1), m: { M: { x: N(1) } } });
    expect((await update(cloud, 'SET a = :6', { ':6': N(6) }, { ReturnValues: 'UPDATED_NEW' })).Attributes).toEqual({ a: N(6) });
    expect((await update(cloud, 'REMOVE b', undefined, { ReturnValues: 'ALL_OLD' })).Attributes).toMatchObject({ b: N(2) });
    expect(await update(cloud, 'SET a = :6', { ':6': N(6) }, { ReturnValues: 'NONE' })).toEqual({});
  });

  it('refuses bad update expressions in DynamoDB words', async () => {
    cloud = ddbCloud();
    await simpleTable(cloud);
    await update(cloud, 'SET s = :s, n = :n', { ':s': S('text'), ':n': N(1) });
    const cases: Array<[string, Record<string, unknown> | undefined, string]> = [
      ['SET a', undefined, 'Invalid UpdateExpression: Syntax error; token: "<EOF>", near: "a"'],
      ['SET a = ', undefined, 'Invalid UpdateExpression: Syntax error; token: "<EOF>", near: "="'],
      ['SET my-attr = :v', { ':v': N(1) }, 'Invalid UpdateExpression: Syntax error; token: "-", near: "my-attr"'],
      ['SET a = :v', undefined, 'Invalid UpdateExpression: An expression attribute value used in expression is not defined; attribute value: :v'],
      ['SET #a = :v', { ':v': N(1) }, 'Invalid UpdateExpression: An expression attribute name used in the document path is not defined; attribute name: #a'],
      ['SET status = :v', { ':v': N(1) }, 'Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: status'],
      ['SET a = :v', { ':v': N(1), ':w': N(2) }, 'Value provided in ExpressionAttributeValues unused in expressions: keys: {:w}'],
      ['SET a = :v, a = :v', { ':v': N(1) }, 'Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]'],
      ['SET m = :v REMOVE m.x', { ':v': N(1) }, 'Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [m], path two: [m, x]'],
      ['SET a = :v SET b = :v', { ':v': N(1) }, 'Invalid UpdateExpression: The "SET" section can only be used once in an update expression;'],
      ['SET id = :v', { ':v': S('x') }, 'One or more parameter values were invalid: Cannot update attribute id. This attribute is part of the key'],
      ['ADD s :v', { ':v': S('x') }, 'Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND'],
      ['DELETE s :v', { ':v': N(1) }, 'Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND'],
      ['SET a = s + :v', { ':v': N(1) }, 'An operand in the update expression has an incorrect data type'],
      ['SET a = n + :v', { ':v': S('x') }, 'Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: +, operand type: S'],
      ['SET a = nothing + :v', { ':v': N(1) }, 'The provided expression refers to an attribute that does not exist in the item'],
      ['SET x.y = :v', { ':v': N(1) }, 'The document path provided in the update expression is invalid for update'],
      ['SET a = list_append(s, :v)', { ':v': { L: [] } }, 'An operand in the update expression has an incorrect data type'],
      ['SET a = size(s)', undefined, 'Invalid UpdateExpression: The function is not allowed to be used this way in an expression; function: size'],
      ['SET a = foo(s)', undefined, 'Invalid UpdateExpression: Invalid function name; function: foo'],
      ['SET a = if_not_exists(:v, :v)', { ':v': N(1) }, 'Invalid UpdateExpression: Operator or function requires a document path; operator or function: if_not_exists'],
      ['', undefined, 'Invalid UpdateExpression: The expression can not be empty;'],
    ];
    for (const [expression, values, message] of cases) {
      expect(await ddbMessage(cloud, 'UpdateItem', { TableName: 'Users', Key: { id: S('u') }, UpdateExpression: expression, ...(values ? { ExpressionAttributeValues: values } : {}) }), expression).toBe(message);
    }
    expect(await ddbMessage(cloud, 'UpdateItem', { TableName: 'Users', Key: { id: S('u') }, UpdateExpression: 'SET a = :v', ExpressionAttributeValues: { ':v': N(1) }, ExpressionAttributeNames: { '#x': 'x' } })).toBe(
      'Value provided in ExpressionAttributeNames unused in expressions: keys: {#x}',
    );
    expect(await ddbMessage(cloud, 'UpdateItem', { TableName: 'Users', Key: { id: S('u') }, UpdateExpression: 'SET a = :v', ExpressionAttributeValues: { v: N(1) } })).toBe(
      'ExpressionAttributeValues contains invalid key: Syntax error; key: "v"',
    );
    expect(await ddbMessage(cloud, 'UpdateItem', { TableName: 'Users', Key: { id: S('u') }, UpdateExpression: 'SET a = :v', ExpressionAttributeValues: { ':v': { SS: [] } } })).toBe(
      'ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: An string set  may not be empty for key :v',
    );
  });
});
