import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { N, S, compositeTable, ddb, ddbCloud, ddbMessage } from './helpers.ts';

const sks = (out: { Items: Array<{ sk: { N: string } }> }) => out.Items.map((i) => Number(i.sk.N));

describe('DynamoDB Query and Scan', () => {
  let cloud: Cloud;
  beforeEach(async () => {
    cloud = ddbCloud();
    await compositeTable(cloud);
    for (const pk of ['a', 'b']) {
      for (let sk = 1; sk <= 5; sk++) {
        await ddb(cloud, 'PutItem', { TableName: 'Events', Item: { pk: S(pk), sk: N(sk * 10), kind: S(sk % 2 ? 'odd' : 'even'), label: S(`item-${sk}`) } });
      }
    }
  });
  afterEach(() => cloud?.dispose());

  const query = (expression: string, values: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    ddb(cloud, 'Query', { TableName: 'Events', KeyConditionExpression: expression, ExpressionAttributeValues: values, ...extra });

  it('Query reads one partition in sort-key order, each key operator', async () => {
    expect(sks(await query('pk = :p', { ':p': S('a') }))).toEqual([10, 20, 30, 40, 50]);
    expect(sks(await query('pk = :p AND sk = :s', { ':p': S('a'), ':s': N(30) }))).toEqual([30]);
    expect(sks(await query('pk = :p AND sk < :s', { ':p': S('a'), ':s': N(30) }))).toEqual([10, 20]);
    expect(sks(await query('pk = :p AND sk <= :s', { ':p': S('a'), ':s': N(30) }))).toEqual([10, 20, 30]);
    expect(sks(await query('pk = :p AND sk > :s', { ':p': S('a'), ':s': N(30) }))).toEqual([40, 50]);
    expect(sks(await query('pk = :p AND sk >= :s', { ':p': S('a'), ':s': N(30) }))).toEqual([30, 40, 50]);
    expect(sks(await query('pk = :p AND sk BETWEEN :lo AND :hi', { ':p': S('a'), ':lo': N(20), ':hi': N(40) }))).toEqual([20, 30, 40]);
    expect(sks(await query(':p = pk', { ':p': S('b') }, { ScanIndexForward: false }))).toEqual([50, 40, 30, 20, 10]);
  });

  it('begins_with on a string sort key', async () => {
    await ddb(cloud, 'CreateTable', {
      TableName: 'Docs', AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'path', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'path', KeyType: 'RANGE' }], BillingMode: 'PAY_PER_REQUEST',
    });
    for (const path of ['img/b.png', 'doc/a.md', 'img/a.png', 'imgx']) await ddb(cloud, 'PutItem', { TableName: 'Docs', Item: { pk: S('u'), path: S(path) } });
    const out = await ddb(cloud, 'Query', {
      TableName: 'Docs', KeyConditionExpression: 'pk = :u AND begins_with(#p, :prefix)', ExpressionAttributeNames: { '#p': 'path' }, ExpressionAttributeValues: { ':u': S('u'), ':prefix': S('img/') },
    });
    expect(out.Items.map((i: { path: { S: string } }) => i.path.S)).toEqual(['img/a.png', 'img/b.png']);
  });

  it('FilterExpression applies after Limit; Count and ScannedCount say so; pages resume from LastEvaluatedKey', async () => {
    const first = await query('pk = :p', { ':p': S('a'), ':k': S('odd') }, { FilterExpression: 'kind = :k', Limit: 2 });
    expect(first).toMatchObject({ Count: 1, ScannedCount: 2, LastEvaluatedKey: { pk: S('a'), sk: N(20) } });
    expect(sks(first)).toEqual([10]);
    const second = await query('pk = :p', { ':p': S('a'), ':k': S('odd') }, { FilterExpression: 'kind = :k', Limit: 2, ExclusiveStartKey: first.LastEvaluatedKey });
    expect(sks(second)).toEqual([30]);
    const third = await query('pk = :p', { ':p': S('a'), ':k': S('odd') }, { FilterExpression: 'kind = :k', Limit: 2, ExclusiveStartKey: second.LastEvaluatedKey });
    expect(sks(third)).toEqual([50]);
    expect(third.LastEvaluatedKey).toBeUndefined();
    // Stopping on Limit exactly at the end still answers a key; the next page is empty.
    const exact = await query('pk = :p AND sk > :s', { ':p': S('a'), ':s': N(30) }, { Limit: 2 });
    expect(exact.LastEvaluatedKey).toEqual({ pk: S('a'), sk: N(50) });
    expect(await query('pk = :p AND sk > :s', { ':p': S('a'), ':s': N(30) }, { Limit: 2, ExclusiveStartKey: exact.LastEvaluatedKey })).toEqual({ Items: [], Count: 0, ScannedCount: 0 });
  });

  it('Select COUNT and ProjectionExpression', async () => {
    expect(await query('pk = :p', { ':p': S('a') }, { Select: 'COUNT' })).toEqual({ Count: 5, ScannedCount: 5 });
    const projected = await query('pk = :p AND sk = :s', { ':p': S('a'), ':s': N(10) }, { ProjectionExpression: 'label' });
    expect(projected.Items).toEqual([{ label: S('item-1') }]);
  });

  it('refuses bad key conditions in DynamoDB words', async () => {
    const bad = (expression: string, values: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      ddbMessage(cloud, 'Query', { TableName: 'Events', KeyConditionExpression: expression, ExpressionAttributeValues: values, ...extra });
    expect(await bad('sk = :s', { ':s': N(1) })).toBe('Query condition missed key schema element: pk');
    expect(await bad('pk = :p OR sk = :s', { ':p': S('a'), ':s': N(1) })).toBe('Invalid operator used in KeyConditionExpression: OR');
    expect(await bad('pk = :p AND kind = :k', { ':p': S('a'), ':k': S('odd') })).toBe('Query key condition not supported');
    expect(await bad('pk > :p', { ':p': S('a') })).toBe('Query key condition not supported');
    expect(await bad('pk = :p', { ':p': N(1) })).toBe('One or more parameter values were invalid: Condition parameter type does not match schema type');
    expect(await bad('pk = :p AND begins_with(sk, :s)', { ':p': S('a'), ':s': S('1') })).toBe(
      'Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N',
    );
    expect(await bad('pk = :p', { ':p': S('a'), ':s': N(1) }, { FilterExpression: 'sk > :s' })).toBe(
      'Filter Expression can only contain non-primary key attributes: Primary key attribute: sk',
    );
    expect(await ddbMessage(cloud, 'Query', { TableName: 'Events' })).toBe('Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.');
    expect(await bad('pk = :p', { ':p': S('a') }, { IndexName: 'byKind' })).toBe('The table does not have the specified index: byKind');
    expect(await bad('pk = :p', { ':p': S('a') }, { Limit: 0 })).toBe("1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
  });

  it('Scan reads every item; pagination visits each exactly once; segments split the table', async () => {
    const all = await ddb(cloud, 'Scan', { TableName: 'Events' });
    expect(all.Count).toBe(10);
    const seen: string[] = [];
    let start: unknown;
    do {
      const page = await ddb(cloud, 'Scan', { TableName: 'Events', Limit: 3, ...(start ? { ExclusiveStartKey: start } : {}) });
      seen.push(...page.Items.map((i: { pk: { S: string }; sk: { N: string } }) => `${i.pk.S}${i.sk.N}`));
      start = page.LastEvaluatedKey;
    } while (start);
    expect(seen.sort()).toEqual(all.Items.map((i: { pk: { S: string }; sk: { N: string } }) => `${i.pk.S}${i.sk.N}`).sort());
    expect(new Set(seen).size).toBe(10);
    const filtered = await ddb(cloud, 'Scan', { TableName: 'Events', FilterExpression: 'kind = :k', ExpressionAttributeValues: { ':k': S('even') } });
    expect(filtered).toMatchObject({ Count: 4, ScannedCount: 10 });
    const s0 = await ddb(cloud, 'Scan', { TableName: 'Events', Segment: 0, TotalSegments: 2 });
    const s1 = await ddb(cloud, 'Scan', { TableName: 'Events', Segment: 1, TotalSegments: 2 });
    expect(s0.Count + s1.Count).toBe(10);
  });
});
