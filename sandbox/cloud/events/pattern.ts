/**
 * EventBridge event patterns. A pattern mirrors the event's structure; at each leaf an array lists
 * what the event's value may be (any one will do), and every field named must match. Beside exact
 * values (strings, numbers, true, false, null) a leaf may hold content filters: `prefix`, `suffix`,
 * `equals-ignore-case`, `anything-but` (a value, a list, or `{prefix}` / `{suffix}`), `numeric`
 * (comparisons such as `[">", 0, "<=", 5]`), `exists`, `wildcard`; `$or` joins alternative patterns.
 * An event value that is an array matches when any of its elements does.
 */
import { AwsError } from '../errors.ts';

export type Pattern = { [key: string]: Pattern | unknown[] };

const invalid = (reason: string) => new AwsError('InvalidEventPatternException', `Event pattern is not valid. Reason: ${reason}`, 400);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const NUMERIC_OPS = ['=', '<', '<=', '>', '>='];

function checkNumeric(spec: unknown): void {
  if (!Array.isArray(spec) || spec.length === 0 || spec.length % 2 !== 0 || spec.length > 4) throw invalid('Value of numeric must be an array.');
  for (let i = 0; i < spec.length; i += 2) {
    if (!NUMERIC_OPS.includes(String(spec[i]))) throw invalid(`Unrecognized numeric range operator: ${String(spec[i])}`);
    if (typeof spec[i + 1] !== 'number') throw invalid('Value of numeric range must be numeric.');
  }
}

function checkMatcher(m: unknown): void {
  if (isScalar(m)) return;
  if (!isObject(m) || Object.keys(m).length !== 1) throw invalid('Match value must be String, number, true, false, or null');
  const [op, arg] = Object.entries(m)[0]!;
  switch (op) {
    case 'prefix':
    case 'suffix':
      if (typeof arg !== 'string' && !(isObject(arg) && typeof arg['equals-ignore-case'] === 'string')) throw invalid(`${op} match pattern must be a string`);
      return;
    case 'equals-ignore-case':
    case 'wildcard':
    case 'cidr':
      if (typeof arg !== 'string') throw invalid(`${op} match pattern must be a string`);
      return;
    case 'exists':
      if (typeof arg !== 'boolean') throw invalid('exists match pattern must be either true or false.');
      return;
    case 'numeric':
      checkNumeric(arg);
      return;
    case 'anything-but':
      if (isScalar(arg) || (Array.isArray(arg) && arg.length > 0 && arg.every(isScalar))) return;
      if (isObject(arg) && Object.keys(arg).length === 1 && ['prefix', 'suffix', 'equals-ignore-case', 'wildcard'].includes(Object.keys(arg)[0]!)) return;
      throw invalid('Value of anything-but must be an array or single string/number value.');
    default:
      throw invalid(`Unrecognized match type ${op}`);
  }
}

function checkPattern(p: unknown, top: boolean): void {
  if (!isObject(p)) throw invalid(top ? 'Filter is not an object' : 'Match value must be String, number, true, false, or null');
  for (const [key, value] of Object.entries(p)) {
    if (key === '$or') {
      if (!Array.isArray(value) || value.length < 2) throw invalid('$or must be an array of at least two patterns.');
      for (const alt of value) checkPattern(alt, false);
    } else if (Array.isArray(value)) {
      if (value.length === 0) throw invalid('Empty arrays are not allowed');
      for (const m of value) checkMatcher(m);
    } else {
      checkPattern(value, false);
    }
  }
}

/** A pattern parsed from its JSON text, or InvalidEventPatternException. */
export function parsePattern(text: string): Pattern {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid('Filter is not valid JSON');
  }
  checkPattern(parsed, true);
  if (Object.keys(parsed as object).length === 0) throw invalid('Empty objects are not allowed');
  return parsed as Pattern;
}

const MISSING = Symbol('missing');

function wildcard(pattern: string, value: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(value);
}

function textOp(op: string, arg: unknown, v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const ignoreCase = isObject(arg);
  const wanted = ignoreCase ? String(arg['equals-ignore-case']) : String(arg);
  const [a, b] = ignoreCase ? [v.toLowerCase(), wanted.toLowerCase()] : [v, wanted];
  if (op === 'prefix') return a.startsWith(b);
  if (op === 'suffix') return a.endsWith(b);
  if (op === 'equals-ignore-case') return v.toLowerCase() === wanted.toLowerCase();
  return wildcard(wanted, v);
}

function numeric(spec: unknown[], v: unknown): boolean {
  if (typeof v !== 'number') return false;
  for (let i = 0; i < spec.length; i += 2) {
    const n = spec[i + 1] as number;
    const ok = { '=': v === n, '<': v < n, '<=': v <= n, '>': v > n, '>=': v >= n }[String(spec[i]) as '='];
    if (!ok) return false;
  }
  return true;
}

function ipv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

function cidr(range: string, v: unknown): boolean {
  const [base, bits] = range.split('/');
  const ip = typeof v === 'string' ? ipv4(v) : null;
  const net = ipv4(base ?? '');
  if (ip === null || net === null) return false;
  const size = 2 ** (32 - Number(bits ?? 32));
  return Math.floor(ip / size) === Math.floor(net / size);
}

/** One leaf matcher against one (non-array) value; `exists` is handled by the caller. */
function matchOne(m: unknown, v: unknown): boolean {
  if (isScalar(m)) return v === m;
  const [op, arg] = Object.entries(m as Record<string, unknown>)[0]!;
  switch (op) {
    case 'prefix':
    case 'suffix':
    case 'equals-ignore-case':
    case 'wildcard':
      return textOp(op, arg, v);
    case 'numeric':
      return numeric(arg as unknown[], v);
    case 'cidr':
      return cidr(String(arg), v);
    case 'anything-but': {
      if (isObject(arg)) {
        const [inner, innerArg] = Object.entries(arg)[0]!;
        return typeof v === 'string' && !textOp(inner, innerArg, v);
      }
      const excluded = Array.isArray(arg) ? arg : [arg];
      return isScalar(v) && v !== null && !excluded.includes(v);
    }
    default:
      return false;
  }
}

function matchLeaf(matchers: unknown[], value: unknown): boolean {
  return matchers.some((m) => {
    if (isObject(m) && 'exists' in m) return m.exists === (value !== MISSING);
    if (value === MISSING) return false;
    return Array.isArray(value) ? value.some((v) => matchOne(m, v)) : matchOne(m, value);
  });
}

export function matchesPattern(pattern: Pattern, event: unknown): boolean {
  const obj = isObject(event) ? event : {};
  return Object.entries(pattern).every(([key, p]) => {
    if (key === '$or') return (p as Pattern[]).some((alt) => matchesPattern(alt, event));
    const value = key in obj ? obj[key] : MISSING;
    if (Array.isArray(p)) return matchLeaf(p, value);
    // A nested pattern: the event value must be an object (or an array of them, any of which may match).
    if (Array.isArray(value)) return value.some((v) => matchesPattern(p as Pattern, v));
    return isObject(value) && matchesPattern(p as Pattern, value);
  });
}
