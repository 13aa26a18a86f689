/**
 * Subscription filter policies. Scope MessageAttributes matches the message's attributes; scope
 * MessageBody matches a JSON body, nested keys included. Keys are ANDed, the values listed for a key
 * ORed, and `$or` joins alternatives. Operators: exact strings and numbers, prefix, suffix,
 * equals-ignore-case, anything-but (values, prefix or suffix), numeric ranges, exists and cidr.
 * A String.Array attribute matches when any element does; a Binary attribute is never matched.
 */
import { invalidParameter } from './errors.ts';
import type { SnsAttribute } from './message-attributes.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Policy = { [key: string]: Json };
export type FilterScope = 'MessageAttributes' | 'MessageBody';

const OPERATORS = ['anything-but', 'prefix', 'suffix', 'equals-ignore-case', 'numeric', 'exists', 'cidr'];
const NUMERIC_OPS = ['=', '<', '<=', '>', '>='];

const isObject = (v: unknown): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parses and validates a FilterPolicy attribute. `prefix` is how the error begins: Subscribe says
 * `Attributes Reason: FilterPolicy: …`, SetSubscriptionAttributes `FilterPolicy: …`.
 */
export function parseFilterPolicy(text: string, scope: FilterScope, prefix: string): Policy {
  const fail = (reason: string) => invalidParameter(`${prefix}FilterPolicy: ${reason}`);
  let policy: unknown;
  try {
    policy = JSON.parse(text);
  } catch {
    throw fail('failed to parse JSON.');
  }
  if (!isObject(policy)) throw fail('Filter policy must be a JSON object');
  validatePolicy(policy, scope, fail, 0);
  return policy;
}

function validatePolicy(policy: Policy, scope: FilterScope, fail: (r: string) => Error, depth: number): void {
  for (const [key, value] of Object.entries(policy)) {
    if (key === '$or') {
      if (!Array.isArray(value) || value.length < 2 || !value.every(isObject)) throw fail('$or must be an array of at least two filter policies');
      for (const alternative of value) validatePolicy(alternative as Policy, scope, fail, depth);
      continue;
    }
    if (isObject(value)) {
      if (scope === 'MessageAttributes') throw fail(`Filter policy scope MessageAttributes does not support nested filter policy`);
      validatePolicy(value, scope, fail, depth + 1);
      continue;
    }
    if (!Array.isArray(value)) throw fail(`"${key}" must be an object or an array`);
    for (const condition of value) validateCondition(condition, fail);
  }
}

function validateCondition(condition: Json, fail: (r: string) => Error): void {
  if (condition === null || typeof condition === 'string' || typeof condition === 'number' || typeof condition === 'boolean') return;
  if (Array.isArray(condition)) throw fail('Match value must be String, number, true, false, or null');
  const keys = Object.keys(condition);
  if (keys.length !== 1) throw fail('Only one key allowed in match expression');
  const operator = keys[0]!;
  const operand = condition[operator]!;
  switch (operator) {
    case 'exists':
      if (typeof operand !== 'boolean') throw fail('exists match pattern must be either true or false.');
      return;
    case 'prefix':
    case 'suffix':
    case 'cidr':
      if (typeof operand !== 'string') throw fail(`${operator === 'cidr' ? 'prefix' : operator} match pattern must be a string`);
      return;
    case 'equals-ignore-case':
      if (typeof operand !== 'string') throw fail('equals-ignore-case match pattern must be a string');
      return;
    case 'anything-but':
      if (isObject(operand)) {
        const [inner] = Object.keys(operand);
        if (Object.keys(operand).length !== 1 || (inner !== 'prefix' && inner !== 'suffix') || typeof operand[inner] !== 'string') {
          throw fail('Unsupported anything-but pattern: ' + JSON.stringify(operand));
        }
      } else if (Array.isArray(operand)) {
        if (!operand.every((v) => typeof v === 'string' || typeof v === 'number')) throw fail('Inside anything but list, start|null|boolean is not supported.');
      } else if (typeof operand !== 'string' && typeof operand !== 'number') {
        throw fail('Inside anything but list, start|null|boolean is not supported.');
      }
      return;
    case 'numeric': {
      if (!Array.isArray(operand) || operand.length === 0 || operand.length % 2 !== 0) throw fail('Invalid member in numeric match: ]');
      for (let i = 0; i < operand.length; i += 2) {
        const op = operand[i];
        if (typeof op !== 'string' || !NUMERIC_OPS.includes(op)) throw fail(`Unrecognized numeric range operator: ${String(op)}`);
        if (typeof operand[i + 1] !== 'number') throw fail(`Value of ${op} must be numeric`);
      }
      return;
    }
    default:
      if (!OPERATORS.includes(operator)) throw fail(`Unrecognized match type ${operator}`);
  }
}

/** A value seen in the message: strings and numbers keep their JSON types. */
type Value = string | number | boolean | null;

function numericMatch(ops: Json[], v: number): boolean {
  for (let i = 0; i < ops.length; i += 2) {
    const op = ops[i] as string;
    const n = ops[i + 1] as number;
    const ok = op === '=' ? v === n : op === '<' ? v < n : op === '<=' ? v <= n : op === '>' ? v > n : v >= n;
    if (!ok) return false;
  }
  return true;
}

function ipv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

function cidrMatch(cidr: string, v: string): boolean {
  const [base, bitsText] = cidr.split('/');
  const a = ipv4(base ?? '');
  const b = ipv4(v);
  const bits = Number(bitsText);
  if (a === null || b === null || !Number.isInteger(bits) || bits < 0 || bits > 32) return false;
  const block = 2 ** (32 - bits);
  return Math.floor(a / block) === Math.floor(b / block);
}

function conditionMatches(condition: Json, v: Value): boolean {
  if (condition === null || typeof condition !== 'object') return condition === v;
  if (Array.isArray(condition)) return false;
  const [operator] = Object.keys(condition);
  const operand = condition[operator!]!;
  switch (operator) {
    case 'prefix':
      return typeof v === 'string' && v.startsWith(operand as string);
    case 'suffix':
      return typeof v === 'string' && v.endsWith(operand as string);
    case 'equals-ignore-case':
      return typeof v === 'string' && v.toLowerCase() === (operand as string).toLowerCase();
    case 'numeric':
      return typeof v === 'number' && numericMatch(operand as Json[], v);
    case 'cidr':
      return typeof v === 'string' && cidrMatch(operand as string, v);
    case 'anything-but': {
      if (isObject(operand)) {
        if (typeof v !== 'string') return false;
        return 'prefix' in operand ? !v.startsWith(operand.prefix as string) : !v.endsWith(operand.suffix as string);
      }
      const excluded = Array.isArray(operand) ? operand : [operand];
      return v !== null && typeof v !== 'boolean' && !excluded.some((x) => x === v);
    }
    default:
      return false;
  }
}

/** Does one key's condition list match the values found (undefined: the key is absent)? */
function keyMatches(conditions: Json[], values: Value[] | undefined): boolean {
  return conditions.some((condition) => {
    if (isObject(condition) && 'exists' in condition) return condition.exists === (values !== undefined);
    return values !== undefined && values.some((v) => conditionMatches(condition, v));
  });
}

function policyMatches(policy: Policy, lookup: (path: string[]) => Value[] | undefined, path: string[]): boolean {
  return Object.entries(policy).every(([key, value]) => {
    if (key === '$or') return (value as Policy[]).some((alternative) => policyMatches(alternative, lookup, path));
    if (isObject(value)) return policyMatches(value, lookup, [...path, key]);
    return keyMatches(value as Json[], lookup([...path, key]));
  });
}

/** The values of one message attribute, as filter policies see them. */
function attributeValues(attribute: SnsAttribute | undefined): Value[] | undefined {
  if (!attribute || attribute.Type.startsWith('Binary')) return undefined;
  if (attribute.Type.startsWith('Number')) return [Number(attribute.Value)];
  if (attribute.Type === 'String.Array') {
    const list = JSON.parse(attribute.Value) as Json[];
    return list.filter((v): v is Value => v === null || typeof v !== 'object');
  }
  return [attribute.Value];
}

/** The values at a path of a JSON body; arrays anywhere on the path are flattened. */
function bodyValues(body: Json, path: string[]): Value[] | undefined {
  let current: Json[] = [body];
  for (const key of path) {
    const next: Json[] = [];
    for (const node of current.flatMap((n) => (Array.isArray(n) ? n : [n]))) {
      if (isObject(node) && key in node) next.push(node[key]!);
    }
    if (next.length === 0) return undefined;
    current = next;
  }
  const leaves = current.flatMap((n) => (Array.isArray(n) ? n : [n])).filter((v): v is Value => v === null || typeof v !== 'object');
  return leaves.length ? leaves : undefined;
}

export function filterPolicyMatches(policy: Policy, scope: FilterScope, attributes: Record<string, SnsAttribute>, message: string): boolean {
  if (scope === 'MessageBody') {
    let body: Json;
    try {
      body = JSON.parse(message) as Json;
    } catch {
      return false;
    }
    if (!isObject(body)) return false;
    return policyMatches(policy, (path) => bodyValues(body, path), []);
  }
  return policyMatches(policy, (path) => attributeValues(attributes[path[0]!]), []);
}
