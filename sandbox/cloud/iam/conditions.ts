/**
 * The Condition element. Every operator in a block must hold, every key under an operator must hold,
 * and a key holds when the request's value matches any of the policy's values (negated operators:
 * matches none of them). A key the request lacks makes a condition false, except that a negated
 * operator then holds, `…IfExists` holds, `ForAllValues:` holds, and `Null` tests exactly that
 * (IAM User Guide, "Condition operators" and "Multivalued context keys").
 */
import type { ConditionBlock } from './policy.ts';
import { listOf } from './policy.ts';
import { arnMatches, globMatch } from './match.ts';
import { resolveString, resolveTemplate } from './variables.ts';
import type { ContextValue, RequestContext } from './context.ts';
import { ipInCidr } from './ip.ts';

type Compare = (value: string, policyValue: string, template: string) => boolean;

interface Operator {
  compare: Compare;
  /** StringNotEquals, ArnNotLike …: true when the value matches none of the policy's values. */
  negated?: boolean;
  /** Policy values are wildcard templates (StringLike, ArnLike …), resolved as pieces. */
  pattern?: 'glob' | 'arn';
}

const number = (s: string) => (s.trim() === '' ? NaN : Number(s));

/** ISO 8601 or epoch seconds, as the Date operators accept both on either side. */
export function parseDate(s: string): number {
  if (/^-?\d+(\.\d+)?$/.test(s.trim())) return Number(s) * 1000;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? NaN : ms;
}

const numeric = (test: (a: number, b: number) => boolean): Compare => (v, p) => {
  const a = number(v);
  const b = number(p);
  return !Number.isNaN(a) && !Number.isNaN(b) && test(a, b);
};

const date = (test: (a: number, b: number) => boolean): Compare => (v, p) => {
  const a = parseDate(v);
  const b = parseDate(p);
  return !Number.isNaN(a) && !Number.isNaN(b) && test(a, b);
};

const equals: Compare = (v, p) => v === p;
const equalsIgnoreCase: Compare = (v, p) => v.toLowerCase() === p.toLowerCase();
const like: Compare = () => false; // resolved through templates below
const ip: Compare = (v, p) => ipInCidr(v, p);

const OPERATORS: Record<string, Operator> = {
  stringequals: { compare: equals },
  stringnotequals: { compare: equals, negated: true },
  stringequalsignorecase: { compare: equalsIgnoreCase },
  stringnotequalsignorecase: { compare: equalsIgnoreCase, negated: true },
  stringlike: { compare: like, pattern: 'glob' },
  stringnotlike: { compare: like, pattern: 'glob', negated: true },
  numericequals: { compare: numeric((a, b) => a === b) },
  numericnotequals: { compare: numeric((a, b) => a === b), negated: true },
  numericlessthan: { compare: numeric((a, b) => a < b) },
  numericlessthanequals: { compare: numeric((a, b) => a <= b) },
  numericgreaterthan: { compare: numeric((a, b) => a > b) },
  numericgreaterthanequals: { compare: numeric((a, b) => a >= b) },
  dateequals: { compare: date((a, b) => a === b) },
  datenotequals: { compare: date((a, b) => a === b), negated: true },
  datelessthan: { compare: date((a, b) => a < b) },
  datelessthanequals: { compare: date((a, b) => a <= b) },
  dategreaterthan: { compare: date((a, b) => a > b) },
  dategreaterthanequals: { compare: date((a, b) => a >= b) },
  bool: { compare: equalsIgnoreCase },
  binaryequals: { compare: equals },
  ipaddress: { compare: ip },
  notipaddress: { compare: ip, negated: true },
  // ArnEquals takes wildcards just as ArnLike does: both compare the six components separately.
  arnequals: { compare: like, pattern: 'arn' },
  arnlike: { compare: like, pattern: 'arn' },
  arnnotequals: { compare: like, pattern: 'arn', negated: true },
  arnnotlike: { compare: like, pattern: 'arn', negated: true },
};

export interface ParsedOperator {
  set?: 'ForAnyValue' | 'ForAllValues';
  base: string;
  ifExists: boolean;
}

/** `ForAllValues:StringLikeIfExists` → its parts; the base name in lower case. */
export function parseOperator(name: string): ParsedOperator {
  let rest = name;
  let set: ParsedOperator['set'];
  const m = /^(ForAnyValue|ForAllValues):/i.exec(rest);
  if (m) {
    set = m[1]!.toLowerCase() === 'foranyvalue' ? 'ForAnyValue' : 'ForAllValues';
    rest = rest.slice(m[0].length);
  }
  const ifExists = /IfExists$/i.test(rest) && rest.toLowerCase() !== 'ifexists';
  if (ifExists) rest = rest.slice(0, -'IfExists'.length);
  return { ...(set ? { set } : {}), base: rest.toLowerCase(), ifExists };
}

export function isKnownOperator(name: string): boolean {
  const { base } = parseOperator(name);
  return base === 'null' || base in OPERATORS;
}

const isMissing = (v: ContextValue | undefined) => v === undefined || (Array.isArray(v) && v.length === 0);

/** Does one request value match one policy value under the operator? */
function matchOne(op: Operator, value: string, template: string, context: RequestContext, resolve: boolean): boolean {
  if (op.pattern) {
    const pieces = resolveTemplate(template, context, resolve);
    if (!pieces) return false;
    return op.pattern === 'glob' ? globMatch(pieces, value) : arnMatches(pieces, value);
  }
  const policyValue = resolveString(template, context, resolve);
  return policyValue !== undefined && op.compare(value, policyValue, template);
}

/** One key under one operator. */
function keyHolds(parsed: ParsedOperator, key: string, rawValues: unknown, context: RequestContext, resolve: boolean): boolean {
  const requestValue = context.get(key);
  const templates = listOf(rawValues as unknown).map((v) => String(v));
  if (parsed.base === 'null') {
    const wantsMissing = templates.some((t) => t.toLowerCase() === 'true');
    return wantsMissing === isMissing(requestValue);
  }
  const op = OPERATORS[parsed.base];
  if (!op) return false;
  if (isMissing(requestValue)) {
    if (parsed.ifExists) return true;
    if (parsed.set === 'ForAllValues') return true;
    if (parsed.set === 'ForAnyValue') return false;
    return op.negated === true;
  }
  const values = listOf(requestValue);
  const valueHolds = (v: string) => {
    const any = templates.some((t) => matchOne(op, v, t, context, resolve));
    return op.negated ? !any : any;
  };
  if (parsed.set === 'ForAllValues') return values.every(valueHolds);
  if (parsed.set === 'ForAnyValue') return values.some(valueHolds);
  // A plain operator over several values: positive when one matches, negated when none does.
  return op.negated ? values.every(valueHolds) : values.some(valueHolds);
}

/** Whether the whole Condition element holds for this request. */
export function conditionsHold(block: ConditionBlock | undefined, context: RequestContext, resolveVariables: boolean): boolean {
  if (!block) return true;
  for (const [operator, keys] of Object.entries(block)) {
    const parsed = parseOperator(operator);
    if (typeof keys !== 'object' || keys === null) return false;
    for (const [key, values] of Object.entries(keys)) {
      if (!keyHolds(parsed, key, values, context, resolveVariables)) return false;
    }
  }
  return true;
}
