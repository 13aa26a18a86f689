/**
 * The CLI's shorthand syntax (awscli/shorthand.py): `Variables={KEY=value,B=2}`, `S3Bucket=b,S3Key=k`,
 * `a=b,c` (a list), `a=[x,y]`, quoted values. The parser is purely syntactic; a second pass
 * (BackCompatVisitor) uses the model to turn `a=b` into `[b]` where a list is expected and numbers
 * and booleans into their types. Syntax errors carry the CLI's caret diagram.
 */
import type { Shape } from './models/shapes.ts';
import { pyFloatParse, pyInt } from './pyrepr.ts';

export class ShorthandParseError extends Error {}

function errorLocation(value: string, index: number): string {
  let consumed = value;
  let remaining = '';
  let spaces = index;
  const before = value.slice(0, index);
  if (before.includes('\n')) spaces = index - before.lastIndexOf('\n') - 1;
  const after = value.slice(index);
  if (after.includes('\n')) {
    const next = index + after.indexOf('\n');
    consumed = value.slice(0, next);
    remaining = value.slice(next);
  }
  return `${consumed}\n${' '.repeat(spaces)}^${remaining}`;
}

/** `Expected: '=', received: 'EOF' for input:` … */
export class ShorthandSyntaxError extends ShorthandParseError {
  constructor(value: string, expected: string, actual: string, index: number) {
    super(`Expected: '${expected}', received: '${actual}' for input:\n${errorLocation(value, index)}`);
  }
}

export class DuplicateKeyError extends ShorthandParseError {
  constructor(key: string, value: string, index: number) {
    super(
      `Second instance of key "${key}" encountered for input:\n${errorLocation(value, index)}\n` +
        'This is often because there is a preceeding "," instead of a space.',
    );
  }
}

// Character classes transcribed from the CLI's regexes: what may start a bare word, and what may
// follow in the first value (may contain `=`) or in later comma-separated values (may not).
const START = String.raw`!#-&(-+\--<>-Z\\-z|-\uffff`;
const FIRST_FOLLOW = String.raw`\s!#-&(-+\--\\^-|~-\uffff`;
const SECOND_FOLLOW = String.raw`\s!#-&(-+\--<>-\uffff`;
const FIRST_VALUE = new RegExp(String.raw`(?:\\,|[${START}])(?:\\,|[${FIRST_FOLLOW}])*`, 'y');
const SECOND_VALUE = new RegExp(String.raw`(?:\\,|[${START}])(?:\\,|[${SECOND_FOLLOW}])*`, 'y');
const SINGLE_QUOTED = /'(?:\\\\|\\'|[^'])*'/y;
const DOUBLE_QUOTED = /"(?:\\\\|\\"|[^"])*"/y;
const KEY_CHARS = /[A-Za-z0-9\-_.#/:]/;
const WHITESPACE = /[ \t\n\r\x0b\x0c]/;

export type ShorthandValue = string | ShorthandValue[] | { [key: string]: ShorthandValue };

export class ShorthandParser {
  private input = '';
  private index = 0;

  parse(value: string): Record<string, ShorthandValue> {
    this.input = value;
    this.index = 0;
    return this.parameter();
  }

  private parameter(): Record<string, ShorthandValue> {
    const params: Record<string, ShorthandValue> = {};
    let [key, value] = this.keyval();
    params[key] = value;
    let lastIndex = this.index;
    while (this.index < this.input.length) {
      this.expect(',', true);
      [key, value] = this.keyval();
      if (key in params) throw new DuplicateKeyError(key, this.input, lastIndex + 1);
      params[key] = value;
      lastIndex = this.index;
    }
    return params;
  }

  private keyval(): [string, ShorthandValue] {
    const key = this.key();
    this.expect('=', true);
    return [key, this.values()];
  }

  private key(): string {
    const start = this.index;
    while (!this.atEof() && KEY_CHARS.test(this.current())) this.index++;
    return this.input.slice(start, this.index);
  }

  private values(): ShorthandValue {
    if (this.atEof()) return '';
    if (this.current() === '[') return this.explicitList();
    if (this.current() === '{') return this.hashLiteral();
    return this.csvValue();
  }

  private csvValue(): ShorthandValue {
    const first = this.firstValue();
    this.consumeWhitespace();
    if (this.atEof() || this.input[this.index] !== ',') return first;
    this.expect(',', true);
    const csv: ShorthandValue[] = [first];
    for (;;) {
      try {
        const current = this.secondValue();
        this.consumeWhitespace();
        if (this.atEof()) {
          csv.push(current);
          break;
        }
        this.expect(',', true);
        csv.push(current);
      } catch (error) {
        if (!(error instanceof ShorthandSyntaxError)) throw error;
        if (this.atEof()) throw error;
        // `foo=a,b,c=d`: `c` was a key, not a value. Step back to the comma before it.
        this.backtrackTo(',');
        break;
      }
    }
    return csv.length === 1 ? first : csv;
  }

  private value(): string {
    const consumed = this.matchRegex(FIRST_VALUE);
    return consumed === null ? '' : consumed.replace(/\\,/g, ',').replace(/\s+$/, '');
  }

  private explicitList(): ShorthandValue[] {
    this.expect('[', true);
    const values: ShorthandValue[] = [];
    while (this.current() !== ']') {
      values.push(this.explicitValues());
      this.consumeWhitespace();
      if (this.current() !== ']') {
        this.expect(',');
        this.consumeWhitespace();
      }
    }
    this.expect(']');
    return values;
  }

  private explicitValues(): ShorthandValue {
    if (this.current() === '[') return this.explicitList();
    if (this.current() === '{') return this.hashLiteral();
    return this.firstValue();
  }

  private hashLiteral(): Record<string, ShorthandValue> {
    this.expect('{', true);
    const keyvals: Record<string, ShorthandValue> = {};
    while (this.current() !== '}') {
      const key = this.key();
      this.expect('=', true);
      const v = this.explicitValues();
      this.consumeWhitespace();
      if (this.current() !== '}') {
        this.expect(',');
        this.consumeWhitespace();
      }
      keyvals[key] = v;
    }
    this.expect('}');
    return keyvals;
  }

  private firstValue(): string {
    if (this.current() === "'") return this.quoted(SINGLE_QUOTED, "'", 'singled quoted');
    if (this.current() === '"') return this.quoted(DOUBLE_QUOTED, '"', 'double quoted');
    return this.value();
  }

  private secondValue(): string {
    if (this.current() === "'") return this.quoted(SINGLE_QUOTED, "'", 'singled quoted');
    if (this.current() === '"') return this.quoted(DOUBLE_QUOTED, '"', 'double quoted');
    return this.mustMatch(SECOND_VALUE, 'second').replace(/\\,/g, ',').replace(/\s+$/, '');
  }

  private quoted(regex: RegExp, quote: string, name: string): string {
    const text = this.mustMatch(regex, name).slice(1, -1);
    return text.split(`\\${quote}`).join(quote).split('\\\\').join('\\');
  }

  private expect(ch: string, consumeWhitespace = false): void {
    if (consumeWhitespace) this.consumeWhitespace();
    if (this.index >= this.input.length) throw new ShorthandSyntaxError(this.input, ch, 'EOF', this.index);
    const actual = this.input[this.index];
    if (actual !== ch) throw new ShorthandSyntaxError(this.input, ch, actual, this.index);
    this.index++;
    if (consumeWhitespace) this.consumeWhitespace();
  }

  private matchRegex(regex: RegExp): string | null {
    regex.lastIndex = this.index;
    const m = regex.exec(this.input);
    if (!m) return null;
    this.index += m[0].length;
    return m[0];
  }

  private mustMatch(regex: RegExp, name: string): string {
    const m = this.matchRegex(regex);
    if (m === null) throw new ShorthandSyntaxError(this.input, `<${name}>`, '<none>', this.index);
    return m;
  }

  private current(): string {
    return this.index < this.input.length ? this.input[this.index] : '';
  }

  private atEof(): boolean {
    return this.index >= this.input.length;
  }

  private backtrackTo(ch: string): void {
    while (this.index >= 0 && this.input[this.index] !== ch) this.index--;
  }

  private consumeWhitespace(): void {
    while (!this.atEof() && WHITESPACE.test(this.current())) this.index++;
  }
}

type Container = Record<string, unknown> | unknown[];

/**
 * BackCompatVisitor: walks the parsed value with the model and fixes it up in place — a scalar
 * where a list is expected becomes a one-element list, integers and booleans get their types.
 */
export function applyShapeToShorthand(value: unknown, shape: Shape): unknown {
  const holder: Record<string, unknown> = { v: value };
  visit(holder, 'v', shape, value);
  return holder.v;
}

function visit(parent: Container, key: string | number, shape: Shape, value: unknown): void {
  switch (shape.type) {
    case 'structure':
      if (!isDict(value)) return;
      for (const [name, m] of Object.entries(shape.members)) visit(value, name, m.shape, value[name]);
      return;
    case 'map':
      if (!isDict(value)) return;
      for (const [k, v] of Object.entries(value)) visit(value, k, shape.value, v);
      return;
    case 'list':
      if (!Array.isArray(value)) {
        if (value !== undefined && value !== null) setIn(parent, key, [value]);
        return;
      }
      value.forEach((element, i) => visit(value, i, shape.member, element));
      return;
    default:
      if (value === undefined || value === null || typeof value !== 'string') return;
      if (shape.type === 'integer' || shape.type === 'long') setIn(parent, key, pyInt(value));
      else if (shape.type === 'double' || shape.type === 'float') setIn(parent, key, pyFloatParse(value));
      else if (shape.type === 'boolean') {
        if (value.toLowerCase() === 'true') setIn(parent, key, true);
        else if (value.toLowerCase() === 'false') setIn(parent, key, false);
      }
  }
}

function setIn(parent: Container, key: string | number, value: unknown): void {
  (parent as Record<string | number, unknown>)[key] = value;
}

function isDict(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
