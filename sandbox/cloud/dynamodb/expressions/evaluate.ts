/**
 * Evaluating conditions (ConditionExpression, FilterExpression, KeyConditionExpression) against an
 * item. A comparison with a missing attribute or with a value of another type is simply false
 * (except `<>`, which is true), as in DynamoDB; ordering comparisons apply to S, N and B only.
 */
import { fromBase64 } from '../../bytes.ts';
import { compareValues, equalValues, inner, typeOf, VALUE_TYPES, type AttributeValue, type Item } from '../values.ts';
import { compareBytes } from '../values.ts';
import type { Condition, Operand } from './ast.ts';
import { resolvePath } from './paths.ts';

export function operandValue(item: Item, operand: Operand): AttributeValue | undefined {
  switch (operand.kind) {
    case 'value':
      return operand.value;
    case 'path':
      return resolvePath(item, operand.path);
    case 'size': {
      const v = resolvePath(item, operand.path);
      const n = v === undefined ? undefined : sizeOf(v);
      return n === undefined ? undefined : { N: String(n) };
    }
    default:
      return undefined;
  }
}

/** size(): characters of a string, bytes of a binary, elements of a set, list or map. */
function sizeOf(v: AttributeValue): number | undefined {
  const x = inner(v);
  switch (typeOf(v)) {
    case 'S':
      return [...(x as string)].length;
    case 'B':
      return fromBase64(x).length;
    case 'SS':
    case 'NS':
    case 'BS':
    case 'L':
      return x.length;
    case 'M':
      return Object.keys(x).length;
    default:
      return undefined;
  }
}

function compare(op: string, a: AttributeValue | undefined, b: AttributeValue | undefined): boolean {
  if (op === '<>') return a === undefined || b === undefined || !equalValues(a, b);
  if (a === undefined || b === undefined) return false;
  if (op === '=') return equalValues(a, b);
  const order = compareValues(a, b);
  if (order === null) return false;
  return op === '<' ? order < 0 : op === '<=' ? order <= 0 : op === '>' ? order > 0 : order >= 0;
}

function beginsWith(a: AttributeValue | undefined, prefix: AttributeValue | undefined): boolean {
  if (!a || !prefix || typeOf(a) !== typeOf(prefix)) return false;
  if (typeOf(a) === 'S') return (inner(a) as string).startsWith(inner(prefix));
  if (typeOf(a) === 'B') {
    const bytes = fromBase64(inner(a));
    const start = fromBase64(inner(prefix));
    return compareBytes(bytes.subarray(0, start.length), start) === 0;
  }
  return false;
}

function contains(a: AttributeValue | undefined, b: AttributeValue | undefined): boolean {
  if (!a || !b) return false;
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (ta === 'S' && tb === 'S') return (inner(a) as string).includes(inner(b));
  if (ta === 'B' && tb === 'B') {
    const hay = fromBase64(inner(a));
    const needle = fromBase64(inner(b));
    for (let i = 0; i + needle.length <= hay.length; i++) if (compareBytes(hay.subarray(i, i + needle.length), needle) === 0) return true;
    return false;
  }
  if ((ta === 'SS' && tb === 'S') || (ta === 'NS' && tb === 'N') || (ta === 'BS' && tb === 'B')) {
    return (inner(a) as string[]).some((e) => equalValues({ [tb]: e } as AttributeValue, b));
  }
  if (ta === 'L') return (inner(a) as AttributeValue[]).some((e) => equalValues(e, b));
  return false;
}

export function evaluate(condition: Condition, item: Item): boolean {
  switch (condition.kind) {
    case 'and':
      return evaluate(condition.left, item) && evaluate(condition.right, item);
    case 'or':
      return evaluate(condition.left, item) || evaluate(condition.right, item);
    case 'not':
      return !evaluate(condition.operand, item);
    case 'compare':
      return compare(condition.op, operandValue(item, condition.left), operandValue(item, condition.right));
    case 'between': {
      const v = operandValue(item, condition.operand);
      return compare('>=', v, operandValue(item, condition.low)) && compare('<=', v, operandValue(item, condition.high));
    }
    case 'in': {
      const v = operandValue(item, condition.operand);
      return v !== undefined && condition.list.some((o) => compare('=', v, operandValue(item, o)));
    }
    case 'function': {
      const [first, second] = condition.args.map((a) => operandValue(item, a));
      switch (condition.name) {
        case 'attribute_exists':
          return first !== undefined;
        case 'attribute_not_exists':
          return first === undefined;
        case 'attribute_type':
          return first !== undefined && second !== undefined && typeOf(second) === 'S' && typeOf(first) === inner(second);
        case 'begins_with':
          return beginsWith(first, second);
        case 'contains':
          return contains(first, second);
      }
    }
  }
  return false;
}

/** Static checks DynamoDB makes before evaluating: attribute_type's type name, BETWEEN's bounds. */
export function checkCondition(condition: Condition, fail: (detail: string) => never): void {
  switch (condition.kind) {
    case 'and':
    case 'or':
      checkCondition(condition.left, fail);
      checkCondition(condition.right, fail);
      return;
    case 'not':
      checkCondition(condition.operand, fail);
      return;
    case 'between': {
      const { low, high } = condition;
      if (low.kind === 'value' && high.kind === 'value') {
        const order = compareValues(low.value, high.value);
        if (order !== null && order > 0) {
          fail(`The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {${typeOf(low.value)}:${String(inner(low.value))}}, upper bound operand: AttributeValue: {${typeOf(high.value)}:${String(inner(high.value))}}`);
        }
      }
      return;
    }
    case 'function':
      if (condition.name === 'attribute_type') {
        const type = condition.args[1]!;
        if (type.kind === 'value' && !(typeOf(type.value) === 'S' && (VALUE_TYPES as readonly string[]).includes(inner(type.value)))) {
          fail(`Invalid attribute type name found in type function; function: attribute_type, type: ${String(inner(type.value))}`);
        }
      }
      if (condition.name === 'begins_with') {
        const prefix = condition.args[1]!;
        if (prefix.kind === 'value' && !['S', 'B'].includes(typeOf(prefix.value))) {
          fail(`Incorrect operand type for operator or function; operator or function: begins_with, operand type: ${typeOf(prefix.value)}`);
        }
      }
      return;
    default:
      return;
  }
}

