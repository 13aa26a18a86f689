/** Event patterns: exact values, prefix, anything-but, numeric, exists, nested detail, arrays, $or. */
import { describe, expect, it } from 'vitest';
import { matchesPattern, parsePattern } from '../../../sandbox/cloud/events/pattern.ts';

const event = {
  version: '0',
  id: 'e1',
  'detail-type': 'Order Placed',
  source: 'com.shop.orders',
  account: '111111111111',
  time: '2026-01-01T00:00:00Z',
  region: 'us-east-1',
  resources: ['arn:aws:s3:::bucket-a'],
  detail: { state: 'placed', total: 42, items: [{ sku: 'A-1' }, { sku: 'B-2' }], tags: ['new', 'vip'], ip: '10.0.0.7', note: null },
};

const match = (pattern: unknown) => matchesPattern(parsePattern(JSON.stringify(pattern)), event);

describe('event patterns', () => {
  it('exact values: every field named must match one of its listed values', () => {
    expect(match({ source: ['com.shop.orders'] })).toBe(true);
    expect(match({ source: ['com.shop.orders'], 'detail-type': ['Order Placed', 'Order Shipped'] })).toBe(true);
    expect(match({ source: ['com.shop.orders'], 'detail-type': ['Order Shipped'] })).toBe(false);
    expect(match({ detail: { state: ['placed'], total: [42] } })).toBe(true);
    expect(match({ detail: { total: ['42'] } })).toBe(false);
    expect(match({ detail: { note: [null] } })).toBe(true);
  });

  it('array values match when any element does; nested objects inside arrays too', () => {
    expect(match({ detail: { tags: ['vip'] } })).toBe(true);
    expect(match({ resources: ['arn:aws:s3:::bucket-a'] })).toBe(true);
    expect(match({ detail: { items: { sku: ['B-2'] } } })).toBe(true);
    expect(match({ detail: { items: { sku: ['C-3'] } } })).toBe(false);
  });

  it('prefix, suffix, equals-ignore-case, wildcard, anything-but', () => {
    expect(match({ source: [{ prefix: 'com.shop' }] })).toBe(true);
    expect(match({ source: [{ prefix: 'com.other' }] })).toBe(false);
    expect(match({ source: [{ suffix: '.orders' }] })).toBe(true);
    expect(match({ 'detail-type': [{ 'equals-ignore-case': 'order placed' }] })).toBe(true);
    expect(match({ source: [{ wildcard: 'com.*.orders' }] })).toBe(true);
    expect(match({ detail: { state: [{ 'anything-but': 'cancelled' }] } })).toBe(true);
    expect(match({ detail: { state: [{ 'anything-but': ['placed', 'cancelled'] }] } })).toBe(false);
    expect(match({ source: [{ 'anything-but': { prefix: 'com.shop' } }] })).toBe(false);
    expect(match({ detail: { missing: [{ 'anything-but': 'x' }] } })).toBe(false);
  });

  it('numeric ranges, exists, cidr and $or', () => {
    expect(match({ detail: { total: [{ numeric: ['>', 0, '<=', 42] }] } })).toBe(true);
    expect(match({ detail: { total: [{ numeric: ['<', 10] }] } })).toBe(false);
    expect(match({ detail: { total: [{ numeric: ['=', 42] }] } })).toBe(true);
    expect(match({ detail: { state: [{ exists: true }] } })).toBe(true);
    expect(match({ detail: { coupon: [{ exists: false }] } })).toBe(true);
    expect(match({ detail: { coupon: [{ exists: true }] } })).toBe(false);
    expect(match({ detail: { ip: [{ cidr: '10.0.0.0/24' }] } })).toBe(true);
    expect(match({ detail: { ip: [{ cidr: '10.0.1.0/24' }] } })).toBe(false);
    expect(match({ $or: [{ source: ['nope'] }, { detail: { total: [42] } }] })).toBe(true);
  });

  it('refuses invalid patterns with InvalidEventPatternException', () => {
    const reason = (text: string) => {
      try {
        parsePattern(text);
      } catch (e) {
        return e as { code: string; message: string };
      }
      throw new Error('expected a failure');
    };
    expect(reason('"x"')).toMatchObject({ code: 'InvalidEventPatternException', message: 'Event pattern is not valid. Reason: Filter is not an object' });
    expect(reason('{"source": "aws.ec2"}').message).toMatch(/^Event pattern is not valid\. Reason: /);
    expect(reason('{"source": [{"begins": "a"}]}').message).toBe('Event pattern is not valid. Reason: Unrecognized match type begins');
    expect(reason('{"detail": {"n": [{"numeric": [">", "x"]}]}}').code).toBe('InvalidEventPatternException');
    expect(reason('{"source": []}').code).toBe('InvalidEventPatternException');
    expect(reason('not json').code).toBe('InvalidEventPatternException');
  });
});
