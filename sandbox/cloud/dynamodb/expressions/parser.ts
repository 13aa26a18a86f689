/**
 * A recursive-descent parser for DynamoDB's expressions, with its error messages: syntax errors name
 * the offending token and the text around it (`Syntax error; token: "<EOF>", near: "SET a"`),
 * reserved words and unknown placeholders are refused, and function calls are checked for arity
 * and for the document path their first operand must be.
 *
 * Precedence, from the developer guide: comparators, IN, BETWEEN and functions bind tightest, then
 * NOT, then AND, then OR; parentheses group.
 */
import { invalidExpression } from '../errors.ts';
import type { Comparator, Condition, Operand, Path, UpdateAction } from './ast.ts';
import type { ExpressionContext } from './context.ts';
import { tokenize, type Token } from './lexer.ts';
import { isReserved } from './reserved-words.ts';

const COMPARATORS = new Set(['=', '<>', '<', '<=', '>', '>=']);
const CONDITION_FUNCTIONS = new Set(['attribute_exists', 'attribute_not_exists', 'attribute_type', 'begins_with', 'contains']);
const ALL_FUNCTIONS = new Set([...CONDITION_FUNCTIONS, 'size', 'if_not_exists', 'list_append']);
const SECTIONS = ['SET', 'REMOVE', 'ADD', 'DELETE'] as const;

/** Which expression this is, as messages name it: `ConditionExpression`, `UpdateExpression` … */
export type ExpressionKind = 'ConditionExpression' | 'FilterExpression' | 'KeyConditionExpression' | 'UpdateExpression' | 'ProjectionExpression';

class Parser {
  readonly tokens: Token[];
  pos = 0;
  readonly source: string;
  readonly kind: ExpressionKind;
  readonly ctx: ExpressionContext;

  constructor(source: string, kind: ExpressionKind, ctx: ExpressionContext) {
    this.source = source;
    this.kind = kind;
    this.ctx = ctx;
    if (source.trim() === '') throw invalidExpression(kind, 'The expression can not be empty;');
    this.tokens = tokenize(source);
  }

  get token(): Token {
    return this.tokens[this.pos]!;
  }

  next(): Token {
    return this.tokens[this.pos++]!;
  }

  isWord(word: string, offset = 0): boolean {
    const t = this.tokens[this.pos + offset];
    return t?.type === 'name' && t.text.toUpperCase() === word;
  }

  isPunct(text: string, offset = 0): boolean {
    const t = this.tokens[this.pos + offset];
    return t?.type === 'punct' && t.text === text;
  }

  fail(token: Token = this.token): never {
    const i = this.tokens.indexOf(token);
    const before = this.tokens[i - 1];
    const after = this.tokens[i + 1];
    const start = before ? before.start : token.start;
    const end = after && after.type !== 'eof' ? after.end : token.end;
    throw invalidExpression(this.kind, `Syntax error; token: "${token.text}", near: "${this.source.slice(start, end).trim()}"`);
  }

  expect(text: string): Token {
    if (!this.isPunct(text)) this.fail();
    return this.next();
  }

  atEnd(): boolean {
    return this.token.type === 'eof';
  }

  end(): void {
    if (!this.atEnd()) this.fail();
  }

  error(detail: string): never {
    throw invalidExpression(this.kind, detail);
  }

  // --- document paths -------------------------------------------------------------------------

  pathElement(): string {
    const t = this.token;
    if (t.type === 'nameRef') {
      this.next();
      return this.ctx.name(this.kind, t.text);
    }
    if (t.type === 'name') {
      if (isReserved(t.text)) this.error(`Attribute name is a reserved keyword; reserved keyword: ${t.text}`);
      this.next();
      return t.text;
    }
    return this.fail();
  }

  path(): Path {
    const path: Path = [{ kind: 'name', name: this.pathElement() }];
    for (;;) {
      if (this.isPunct('.')) {
        this.next();
        path.push({ kind: 'name', name: this.pathElement() });
      } else if (this.isPunct('[')) {
        this.next();
        if (this.token.type !== 'number') this.fail();
        path.push({ kind: 'index', index: Number(this.next().text) });
        this.expect(']');
      } else {
        return path;
      }
    }
  }

  // --- operands -------------------------------------------------------------------------------

  isCall(): boolean {
    return this.token.type === 'name' && this.isPunct('(', 1);
  }

  arguments(name: string): Operand[] {
    this.expect('(');
    const args = [this.operand(true)];
    while (this.isPunct(',')) {
      this.next();
      args.push(this.operand(true));
    }
    this.expect(')');
    const arity: Record<string, number> = {
      attribute_exists: 1, attribute_not_exists: 1, attribute_type: 2, begins_with: 2, contains: 2, size: 1, if_not_exists: 2, list_append: 2,
    };
    if (args.length !== arity[name]) {
      this.error(`Incorrect number of operands for operator or function; operator or function: ${name}, number of operands: ${args.length}`);
    }
    const needsPath = name !== 'list_append';
    if (needsPath && args[0]!.kind !== 'path') this.error(`Operator or function requires a document path; operator or function: ${name}`);
    return args;
  }

  /** An operand; `update` allows the SET functions and forbids size(). */
  operand(update = this.kind === 'UpdateExpression'): Operand {
    const t = this.token;
    if (t.type === 'valueRef') {
      this.next();
      return { kind: 'value', value: this.ctx.value(this.kind, t.text), ref: t.text };
    }
    if (this.isCall()) {
      const name = t.text;
      if (!ALL_FUNCTIONS.has(name)) this.error(`Invalid function name; function: ${name}`);
      const allowed = update ? name === 'if_not_exists' || name === 'list_append' : name === 'size';
      if (!allowed) this.error(`The function is not allowed to be used this way in an expression; function: ${name}`);
      this.next();
      const args = this.arguments(name);
      if (name === 'size') return { kind: 'size', path: (args[0] as { path: Path }).path };
      if (name === 'if_not_exists') return { kind: 'if_not_exists', path: (args[0] as { path: Path }).path, fallback: args[1]! };
      return { kind: 'list_append', first: args[0]!, second: args[1]! };
    }
    if (t.type === 'name' || t.type === 'nameRef') return { kind: 'path', path: this.path() };
    return this.fail();
  }

  // --- conditions -----------------------------------------------------------------------------

  condition(): Condition {
    let left = this.conjunction();
    while (this.isWord('OR')) {
      this.next();
      left = { kind: 'or', left, right: this.conjunction() };
    }
    return left;
  }

  conjunction(): Condition {
    let left = this.negation();
    while (this.isWord('AND')) {
      this.next();
      left = { kind: 'and', left, right: this.negation() };
    }
    return left;
  }

  negation(): Condition {
    if (this.isWord('NOT')) {
      this.next();
      return { kind: 'not', operand: this.negation() };
    }
    return this.primary();
  }

  primary(): Condition {
    if (this.isPunct('(')) {
      this.next();
      const inner = this.condition();
      this.expect(')');
      return inner;
    }
    if (this.isCall() && CONDITION_FUNCTIONS.has(this.token.text)) {
      const name = this.next().text as Extract<Condition, { kind: 'function' }>['name'];
      return { kind: 'function', name, args: this.arguments(name) };
    }
    const operand = this.operand(false);
    const t = this.token;
    if (t.type === 'punct' && COMPARATORS.has(t.text)) {
      this.next();
      return { kind: 'compare', op: t.text as Comparator, left: operand, right: this.operand(false) };
    }
    if (this.isWord('BETWEEN')) {
      this.next();
      const low = this.operand(false);
      if (!this.isWord('AND')) this.fail();
      this.next();
      return { kind: 'between', operand, low, high: this.operand(false) };
    }
    if (this.isWord('IN')) {
      this.next();
      this.expect('(');
      const list = [this.operand(false)];
      while (this.isPunct(',')) {
        this.next();
        list.push(this.operand(false));
      }
      this.expect(')');
      return { kind: 'in', operand, list };
    }
    return this.fail();
  }

  // --- update expressions ---------------------------------------------------------------------

  update(): UpdateAction[] {
    const actions: UpdateAction[] = [];
    const seen = new Set<string>();
    do {
      const word = this.token.type === 'name' ? this.token.text.toUpperCase() : '';
      if (!(SECTIONS as readonly string[]).includes(word)) this.fail();
      if (seen.has(word)) this.error(`The "${word}" section can only be used once in an update expression;`);
      seen.add(word);
      this.next();
      do {
        if (actions.length && this.isPunct(',')) this.next();
        actions.push(this.action(word as (typeof SECTIONS)[number]));
      } while (this.isPunct(','));
    } while (!this.atEnd());
    return actions;
  }

  action(section: (typeof SECTIONS)[number]): UpdateAction {
    const path = this.path();
    if (section === 'REMOVE') return { kind: 'REMOVE', path };
    if (section === 'SET') {
      this.expect('=');
      let value = this.operand(true);
      if (this.isPunct('+') || this.isPunct('-')) {
        const op = this.next().text as '+' | '-';
        value = { kind: 'arith', op, left: value, right: this.operand(true) };
      }
      return { kind: 'SET', path, value };
    }
    const t = this.token;
    if (t.type !== 'valueRef') this.fail();
    this.next();
    return { kind: section, path, value: this.ctx.value(this.kind, t.text) };
  }

  projection(): Path[] {
    const paths = [this.path()];
    while (this.isPunct(',')) {
      this.next();
      paths.push(this.path());
    }
    return paths;
  }
}

export function parseCondition(source: string, kind: ExpressionKind, ctx: ExpressionContext): Condition {
  const p = new Parser(source, kind, ctx);
  const condition = p.condition();
  p.end();
  ctx.flush();
  return condition;
}

export function parseUpdate(source: string, ctx: ExpressionContext): UpdateAction[] {
  const p = new Parser(source, 'UpdateExpression', ctx);
  const actions = p.update();
  p.end();
  ctx.flush();
  return actions;
}

export function parseProjection(source: string, ctx: ExpressionContext): Path[] {
  const p = new Parser(source, 'ProjectionExpression', ctx);
  const paths = p.projection();
  p.end();
  ctx.flush();
  return paths;
}
