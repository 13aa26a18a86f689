/** Every condition feature, through FilterExpression on a Scan of one known item (and a few ConditionExpressions). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { N, S, ddb, ddbCloud, ddbMessage, simpleTable } from './helpers.ts';

const ITEM = {
  id: S('i1'),
  title: S('Hello world'),
  price: N(25),
  qty: N(0),
  active: { BOOL: true },
  nul: { NULL: true },
  tags: { SS: ['red', 'blue'] },
  sizes: { NS: ['1', '2', '3'] },
  bin: { B: new Uint8Array([1, 2, 3, 4]) },
  arr: { L: [S('a'), N(2), { M: { deep: S('x') } }] },
  info: { M: { rating: N(4), nested: { M: { flag: { BOOL: false } } } } },
};

describe('DynamoDB condition expressions', () => {
  let cloud: Cloud;
  beforeEach(async () => {
    cloud = ddbCloud();
    await simpleTable(cloud);
    await ddb(cloud, 'PutItem', { TableName: 'Users', Item: ITEM });
  });
  afterEach(() => cloud?.dispose());

  async function matches(expression: string, values?: Record<string, unknown>, names?: Record<string, string>): Promise<boolean> {
    const out = await ddb(cloud, 'Scan', {
      TableName: 'Users', FilterExpression: expression,
      ...(values ? { ExpressionAttributeValues: values } : {}), ...(names ? { ExpressionAttributeNames: names } : {}),
    });
    return out.Count === 1;
  }

  it('comparisons on numbers, strings and binary; mismatched types and missing attributes are false', async () => {
    expect(await matches('price = :v', { ':v': N('25.0') })).toBe(true);
    expect(await matches('price <> :v', { ':v': N(24) })).toBe(true);
    expect(await matches('price < :v', { ':v': N(100) })).toBe(true);
    expect(await matches('price <= :v', { ':v': N(25) })).toBe(true);
    expect(await matches('price > :v', { ':v': N(25) })).toBe(false);
    expect(await matches('price >= :v', { ':v': N(25) })).toBe(true);
    expect(await matches('title > :v', { ':v': S('Hello') })).toBe(true);
    expect(await matches('bin < :v', { ':v': { B: new Uint8Array([1, 2, 4]) } })).toBe(true);
    expect(await matches('price = :v', { ':v': S('25') })).toBe(false);
    expect(await matches('price < :v', { ':v': S('9') })).toBe(false);
    expect(await matches('nothing = :v', { ':v': N(1) })).toBe(false);
    expect(await matches('nothing <> :v', { ':v': N(1) })).toBe(true);
    expect(await matches('tags = :v', { ':v': { SS: ['blue', 'red'] } })).toBe(true);
  });

  it('AND, OR, NOT and parentheses, with NOT > AND > OR precedence', async () => {
    expect(await matches('price = :a AND qty = :z', { ':a': N(25), ':z': N(0) })).toBe(true);
    expect(await matches('price = :b OR qty = :z', { ':b': N(1), ':z': N(0) })).toBe(true);
    expect(await matches('NOT price = :b', { ':b': N(1) })).toBe(true);
    expect(await matches('price = :b AND qty = :z OR active = :t', { ':b': N(1), ':z': N(0), ':t': { BOOL: true } })).toBe(true);
    expect(await matches('price = :b AND (qty = :z OR active = :t)', { ':b': N(1), ':z': N(0), ':t': { BOOL: true } })).toBe(false);
    expect(await matches('not (price = :b) and active = :t', { ':b': N(1), ':t': { BOOL: true } })).toBe(true);
  });

  it('BETWEEN and IN', async () => {
    expect(await matches('price BETWEEN :lo AND :hi', { ':lo': N(20), ':hi': N(25) })).toBe(true);
    expect(await matches('price BETWEEN :lo AND :hi', { ':lo': N(26), ':hi': N(30) })).toBe(false);
    expect(await matches('price IN (:a, :b)', { ':a': N(1), ':b': N(25) })).toBe(true);
    expect(await matches('title IN (:a)', { ':a': S('x') })).toBe(false);
  });

  it('attribute_exists, attribute_not_exists and attribute_type', async () => {
    expect(await matches('attribute_exists(info.nested.flag)')).toBe(true);
    expect(await matches('attribute_exists(arr[2].deep)')).toBe(true);
    expect(await matches('attribute_exists(arr[3])')).toBe(false);
    expect(await matches('attribute_not_exists(ghost)')).toBe(true);
    for (const [path, type] of [['title', 'S'], ['price', 'N'], ['bin', 'B'], ['active', 'BOOL'], ['nul', 'NULL'], ['tags', 'SS'], ['sizes', 'NS'], ['arr', 'L'], ['info', 'M']]) {
      expect(await matches(`attribute_type(${path}, :t)`, { ':t': S(type!) }), path).toBe(true);
    }
    expect(await matches('attribute_type(price, :t)', { ':t': S('S') })).toBe(false);
  });

  it('begins_with, contains and size', async () => {
    expect(await matches('begins_with(title, :p)', { ':p': S('Hell') })).toBe(true);
    expect(await matches('begins_with(bin, :p)', { ':p': { B: new Uint8Array([1, 2]) } })).toBe(true);
    expect(await matches('contains(title, :p)', { ':p': S('o w') })).toBe(true);
    expect(await matches('contains(tags, :p)', { ':p': S('red') })).toBe(true);
    expect(await matches('contains(sizes, :p)', { ':p': N('2.0') })).toBe(true);
    expect(await matches('contains(arr, :p)', { ':p': S('a') })).toBe(true);
    expect(await matches('contains(tags, :p)', { ':p': S('green') })).toBe(false);
    expect(await matches('size(title) = :n', { ':n': N(11) })).toBe(true);
    expect(await matches('size(tags) = :n', { ':n': N(2) })).toBe(true);
    expect(await matches('size(arr) > :n', { ':n': N(2) })).toBe(true);
    expect(await matches('size(info) = :n', { ':n': N(2) })).toBe(true);
    expect(await matches('size(bin) = :n', { ':n': N(4) })).toBe(true);
  });

  it('document paths with #names and arr indexes', async () => {
    expect(await matches('#i.#r = :v', { ':v': N(4) }, { '#i': 'info', '#r': 'rating' })).toBe(true);
    expect(await matches('arr[1] = :v', { ':v': N(2) })).toBe(true);
    expect(await matches('arr[2].deep = :v', { ':v': S('x') })).toBe(true);
    expect(await matches('info.nested.flag = :v', { ':v': { BOOL: false } })).toBe(true);
  });

  it('refuses malformed conditions in DynamoDB words', async () => {
    const bad = async (expression: string, values?: Record<string, unknown>) =>
      ddbMessage(cloud, 'PutItem', { TableName: 'Users', Item: { id: S('z') }, ConditionExpression: expression, ...(values ? { ExpressionAttributeValues: values } : {}) });
    expect(await bad('price =', {})).toBe('ExpressionAttributeValues must not be empty');
    expect(await bad('price = :v AND')).toBe('Invalid ConditionExpression: Syntax error; token: "<EOF>", near: "AND"');
    expect(await bad('price == :v', { ':v': N(1) })).toBe('Invalid ConditionExpression: Syntax error; token: "=", near: "== :v"');
    expect(await bad('foo(price)')).toBe('Invalid ConditionExpression: Invalid function name; function: foo');
    expect(await bad('size(price)')).toBe('Invalid ConditionExpression: Syntax error; token: "<EOF>", near: ")"');
    expect(await bad('begins_with(title)')).toBe('Invalid ConditionExpression: Incorrect number of operands for operator or function; operator or function: begins_with, number of operands: 1');
    expect(await bad('attribute_exists(:v)', { ':v': N(1) })).toBe('Invalid ConditionExpression: Operator or function requires a document path; operator or function: attribute_exists');
    expect(await bad('price BETWEEN :hi AND :lo', { ':hi': N(9), ':lo': N(1) })).toBe(
      'Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:9}, upper bound operand: AttributeValue: {N:1}',
    );
    expect(await bad('attribute_type(price, :t)', { ':t': S('STRING') })).toBe(
      'Invalid ConditionExpression: Invalid attribute type name found in type function; function: attribute_type, type: STRING',
    );
    expect(await bad('date = :v', { ':v': N(1) })).toBe('Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: date');
    expect(await ddbMessage(cloud, 'PutItem', { TableName: 'Users', Item: { id: S('z') }, ExpressionAttributeNames: { '#a': 'a' } })).toBe(
      'ExpressionAttributeNames can only be specified when using expressions',
    );
  });
});
