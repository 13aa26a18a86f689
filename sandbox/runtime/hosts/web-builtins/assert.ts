/**
 * Node's `assert` in a Web Worker: ok, equal, strictEqual, deepStrictEqual (and their not- forms),
 * throws, rejects, doesNotThrow, doesNotReject, match, fail, ifError, `assert.strict`, and
 * AssertionError with Node's messages — "Expected values to be strictly equal:\n\n1 !== 2\n" and
 * the "+ actual - expected" diffs (./assert-inspect.ts). One difference: without a message,
 * assert.ok(value) cannot quote the caller's source as Node does, so it shows the value instead.
 */
import { diff, inspect } from './assert-inspect.ts';
import { isDeepEqual } from './assert-equal.ts';
import { invalidArgType } from './bytes.ts';

type Operator = string;
type Options = { message?: string | Error; actual?: unknown; expected?: unknown; operator?: Operator; stackStartFn?: Function };

const HEADERS: Record<string, string> = {
  strictEqual: 'Expected values to be strictly equal:',
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
};

const isObject = (v: unknown) => (typeof v === 'object' && v !== null) || typeof v === 'function';

/** The part of a strictEqual/deepStrictEqual message after its header line. */
function comparison(actual: unknown, expected: unknown, operator: Operator): { header: string; body: string } {
  let header = HEADERS[operator]!;
  const a = inspect(actual);
  const e = inspect(expected);
  if (operator === 'strictEqual' && isObject(actual) && isObject(expected)) {
    if (a === e) return { header: 'Values have same structure but are not reference-equal:', body: `\n\n${a}\n` };
    header = HEADERS.strictEqualObject!;
  }
  const aLines = a.split('\n');
  const eLines = e.split('\n');
  if (aLines.length === 1 && eLines.length === 1) {
    if (a.length + e.length <= 12 && !isObject(actual) && !isObject(expected) && (actual !== 0 || expected !== 0)) {
      return { header, body: `\n\n${a} !== ${e}\n` };
    }
    let indicator = '';
    if (a.length + e.length < 80) {
      let i = 0;
      while (a[i] === e[i]) i++;
      if (i > 2) indicator = `${' '.repeat(i + 2)}^\n`;
    }
    return { header, body: `\n+ actual - expected\n\n+ ${a}\n- ${e}\n${indicator}` };
  }
  return { header, body: `\n+ actual - expected\n\n${diff(aLines, eLines).join('\n')}\n` };
}

function unequal(expected: unknown, text: string): string {
  const shown = inspect(expected);
  return shown.includes('\n') ? `Expected "actual" not to be ${text} to:\n\n${shown}\n` : `Expected "actual" to be ${text.replace('not ', '')} to: ${shown}`;
}

function generate(actual: unknown, expected: unknown, operator: Operator): string {
  switch (operator) {
    case 'strictEqual':
    case 'deepStrictEqual': {
      const { header, body } = comparison(actual, expected, operator);
      return header + body;
    }
    case 'notStrictEqual':
      if (isObject(actual) && actual === expected) return `Expected "actual" not to be reference-equal to "expected":\n\n${inspect(expected)}\n`;
      return inspect(expected).includes('\n') ? `Expected "actual" not to be strictly equal to:\n\n${inspect(expected)}\n` : `Expected "actual" to be strictly unequal to: ${inspect(expected)}`;
    case 'notDeepStrictEqual':
      return inspect(expected).includes('\n') ? `Expected "actual" not to be strictly deep-equal to:\n\n${inspect(expected)}\n` : `Expected "actual" not to be strictly deep-equal to: ${inspect(expected)}`;
    case 'deepEqual':
      return `Expected values to be loosely deep-equal:\n\n${inspect(actual)}\n\nshould loosely deep-equal\n\n${inspect(expected)}`;
    case 'notDeepEqual':
      return unequal(expected, 'not loosely deep-equal');
    case 'fail':
      return 'Failed';
    default:
      return `${inspect(actual)} ${operator} ${inspect(expected)}`;
  }
}

export class AssertionError extends Error {
  readonly generatedMessage: boolean;
  readonly code = 'ERR_ASSERTION';
  readonly actual: unknown;
  readonly expected: unknown;
  operator: Operator | undefined;

  constructor(options: Options) {
    if (options === null || typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
    const { message, actual, expected, operator } = options;
    let text: string;
    if (message !== undefined && message !== null) {
      text = String(message);
      // Node 24 keeps the diff under a message of one's own, for these two.
      if (operator === 'strictEqual' || operator === 'deepStrictEqual') text += comparison(actual, expected, operator).body;
    } else {
      text = generate(actual, expected, operator ?? 'fail');
    }
    super(text);
    this.name = 'AssertionError';
    this.generatedMessage = message === undefined || message === null;
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    (Error as { captureStackTrace?: (e: Error, fn?: Function) => void }).captureStackTrace?.(this, options.stackStartFn);
    // Node's stack names the code: "AssertionError [ERR_ASSERTION]: …".
    if (this.stack) this.stack = this.stack.replace(/^AssertionError|^Error/, 'AssertionError [ERR_ASSERTION]');
  }

  static {
    // The bundle's minifier renames classes; handlers and inspect read this one's name.
    Object.defineProperty(this, 'name', { value: 'AssertionError' });
  }

  override toString(): string {
    return `AssertionError [ERR_ASSERTION]: ${this.message}`;
  }
}

function raise(options: Options, generatedIfNoMessage = true): never {
  if (options.message instanceof Error) throw options.message;
  const error = new AssertionError(options);
  if (!generatedIfNoMessage) (error as { generatedMessage: boolean }).generatedMessage = false;
  throw error;
}

function generated(options: Options): never {
  const error = new AssertionError(options);
  (error as { generatedMessage: boolean }).generatedMessage = true;
  throw error;
}

function innerOk(fn: Function, argc: number, value: unknown, message?: string | Error): void {
  if (value) return;
  if (argc === 0) generated({ message: 'No value argument passed to `assert.ok()`', actual: undefined, expected: true, operator: '==', stackStartFn: fn });
  if (message === undefined) {
    generated({ message: `The expression evaluated to a falsy value:\n\n  assert.ok(${inspect(value)})\n`, actual: value, expected: true, operator: '==', stackStartFn: fn });
  }
  raise({ message, actual: value, expected: true, operator: '==', stackStartFn: fn });
}

export function ok(...args: [unknown?, (string | Error)?]): void {
  innerOk(ok, args.length, args[0], args[1]);
}

export function equal(actual: unknown, expected: unknown, message?: string | Error): void {
  // eslint-disable-next-line eqeqeq
  if (!(actual == expected || (actual !== actual && expected !== expected))) raise({ actual, expected, message, operator: '==', stackStartFn: equal });
}

export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (actual !== actual && expected !== expected)) raise({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
}

export function strictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (!Object.is(actual, expected)) raise({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
}

export function notStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) raise({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
}

export function deepStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (!isDeepEqual(actual, expected, true)) raise({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
}

export function notDeepStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (isDeepEqual(actual, expected, true)) raise({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
}

export function deepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (!isDeepEqual(actual, expected, false)) raise({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
}

export function notDeepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (isDeepEqual(actual, expected, false)) raise({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
}

export function fail(message?: string | Error): never {
  if (message instanceof Error) throw message;
  return raise({ message, operator: 'fail', stackStartFn: fail });
}

export function ifError(value: unknown): void {
  if (value === null || value === undefined) return;
  const text = value instanceof Error ? value.message : inspect(value);
  raise({ message: `ifError got unwanted exception: ${text}`, actual: value, expected: null, operator: 'ifError', stackStartFn: ifError });
}

export function match(string: unknown, regexp: RegExp, message?: string | Error): void {
  if (typeof string === 'string' && regexp.test(string)) return;
  if (message !== undefined) raise({ message, actual: string, expected: regexp, operator: 'match', stackStartFn: match });
  const text = typeof string !== 'string'
    ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
    : `The input did not match the regular expression ${regexp}. Input:\n\n${inspect(string)}\n`;
  generated({ message: text, actual: string, expected: regexp, operator: 'match', stackStartFn: match });
}

export function doesNotMatch(string: unknown, regexp: RegExp, message?: string | Error): void {
  if (typeof string === 'string' && !regexp.test(string)) return;
  if (message !== undefined) raise({ message, actual: string, expected: regexp, operator: 'doesNotMatch', stackStartFn: doesNotMatch });
  generated({ message: `The input was expected to not match the regular expression ${regexp}. Input:\n\n${inspect(string)}\n`, actual: string, expected: regexp, operator: 'doesNotMatch', stackStartFn: doesNotMatch });
}

/** Node's checks of a caught error against throws()/rejects()'s `expected`. */
function validate(actual: unknown, expected: unknown, message: string | Error | undefined, fn: Function): void {
  const operator = fn === throws ? 'throws' : 'rejects';
  if (expected instanceof RegExp) {
    if (expected.test(String(actual))) return;
    if (message !== undefined) raise({ actual, expected, message, operator, stackStartFn: fn });
    generated({ message: `The input did not match the regular expression ${expected}. Input:\n\n${inspect(String(actual))}\n`, actual, expected, operator, stackStartFn: fn });
  }
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && actual instanceof expected) return;
    if (Error.isPrototypeOf(expected) || expected === Error) {
      if (message !== undefined) raise({ actual, expected, message, operator, stackStartFn: fn });
      const got = (actual as { constructor?: { name?: string } } | null)?.constructor?.name;
      const detail = actual instanceof Error ? `\n\nError message:\n\n${actual.message}` : '';
      generated({ message: `The error is expected to be an instance of "${expected.name}". Received "${got}"${detail}`, actual, expected, operator, stackStartFn: fn });
    }
    const result = (expected as (e: unknown) => unknown).call({}, actual);
    if (result === true) return;
    if (message !== undefined) raise({ actual, expected, message, operator, stackStartFn: fn });
    const caught = actual instanceof Error ? `${actual.name}: ${actual.message}` : inspect(actual);
    generated({ message: `The ${expected.name ? `"${expected.name}" validation function` : 'validation function'} is expected to return "true". Received ${inspect(result)}\n\nCaught error:\n\n${caught}`, actual, expected, operator, stackStartFn: fn });
  }
  if (expected !== null && typeof expected === 'object') {
    // Compared member by member; a failure shows only the members `expected` names, as "Comparison".
    class Comparison {}
    // The bundle's minifier renames classes; Node's message names this one.
    Object.defineProperty(Comparison, 'name', { value: 'Comparison' });
    const got = new Comparison() as Record<string, unknown>;
    const want = new Comparison() as Record<string, unknown>;
    let same = true;
    for (const key of Object.keys(expected)) {
      const value = (actual as Record<string, unknown> | null)?.[key];
      const spec = (expected as Record<string, unknown>)[key];
      got[key] = value;
      want[key] = spec;
      const matches = spec instanceof RegExp && typeof value === 'string' ? spec.test(value) : isDeepEqual(value, spec, true);
      if (matches) want[key] = value;
      else same = false;
    }
    if (same) return;
    if (message instanceof Error) throw message;
    const error = new AssertionError({ actual: got, expected: want, message, operator: 'deepStrictEqual', stackStartFn: fn });
    error.operator = operator;
    throw error;
  }
}

const NONE = Symbol('no exception');

function missing(kind: 'exception' | 'rejection', expected: unknown, message: unknown, fn: Function): never {
  const operator = kind === 'exception' ? 'throws' : 'rejects';
  const name = typeof expected === 'function' && expected.name ? ` (${expected.name})` : '';
  const tail = typeof message === 'string' ? `: ${message}` : '.';
  return raise({ message: `Missing expected ${kind}${name}${tail}`, actual: undefined, expected, operator, stackStartFn: fn }, false);
}

export function throws(fn: () => unknown, expected?: unknown, message?: string | Error): void {
  if (typeof fn !== 'function') throw invalidArgType('fn', 'of type function', fn);
  if (typeof expected === 'string') [message, expected] = [expected, undefined];
  let caught: unknown = NONE;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  if (caught === NONE) missing('exception', expected, message, throws);
  if (expected !== undefined) validate(caught, expected, message, throws);
}

export async function rejects(promiseOrFn: Promise<unknown> | (() => Promise<unknown>), expected?: unknown, message?: string | Error): Promise<void> {
  if (typeof expected === 'string') [message, expected] = [expected, undefined];
  let caught: unknown = NONE;
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (error) {
    caught = error;
  }
  if (caught === NONE) missing('rejection', expected, message, rejects);
  if (expected !== undefined) validate(caught, expected, message, rejects);
}

function unwanted(kind: 'exception' | 'rejection', error: unknown, message: unknown, fn: Function): never {
  const operator = kind === 'exception' ? 'doesNotThrow' : 'doesNotReject';
  const detail = error instanceof Error ? error.message : inspect(error);
  const own = typeof message === 'string' ? `: ${message}` : '.';
  return raise({ message: `Got unwanted ${kind}${own}\nActual message: "${detail}"`, actual: error, expected: undefined, operator, stackStartFn: fn }, false);
}

export function doesNotThrow(fn: () => unknown, expected?: unknown, message?: string): void {
  if (typeof expected === 'string') message = expected;
  try {
    fn();
  } catch (error) {
    unwanted('exception', error, message, doesNotThrow);
  }
}

export async function doesNotReject(promiseOrFn: Promise<unknown> | (() => Promise<unknown>), expected?: unknown, message?: string): Promise<void> {
  if (typeof expected === 'string') message = expected;
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (error) {
    unwanted('rejection', error, message, doesNotReject);
  }
}

const members = {
  AssertionError, ok, equal, notEqual, strictEqual, notStrictEqual, deepEqual, notDeepEqual, deepStrictEqual,
  notDeepStrictEqual, throws, rejects, doesNotThrow, doesNotReject, match, doesNotMatch, fail, ifError,
};

/** `assert` is itself assert.ok, with the others on it, as in Node. */
const assert = Object.assign(function assert(...args: [unknown?, (string | Error)?]) {
  innerOk(assert, args.length, args[0], args[1]);
}, members);

/** assert.strict: the loose comparisons are the strict ones. */
const strict = Object.assign(function strict(...args: [unknown?, (string | Error)?]) {
  innerOk(strict, args.length, args[0], args[1]);
}, members, { equal: strictEqual, notEqual: notStrictEqual, deepEqual: deepStrictEqual, notDeepEqual: notDeepStrictEqual });
Object.assign(assert, { strict });
Object.assign(strict, { strict });

export default assert;
