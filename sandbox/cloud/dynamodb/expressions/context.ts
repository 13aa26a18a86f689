/**
 * The placeholders of one request: ExpressionAttributeNames (#n → name) and ExpressionAttributeValues
 * (:v → value), checked as DynamoDB checks them, with a record of which ones the expressions used —
 * an unused placeholder is an error too.
 */
import { invalidExpression, validation } from '../errors.ts';
import { normalizeValue, type AttributeValue } from '../values.ts';

export class ExpressionContext {
  readonly names: Record<string, string>;
  readonly values: Record<string, AttributeValue>;
  readonly usedNames = new Set<string>();
  readonly usedValues = new Set<string>();

  constructor(names: Record<string, string> = {}, values: Record<string, AttributeValue> = {}) {
    this.names = names;
    this.values = values;
  }

  /**
   * From a request's ExpressionAttributeNames/Values. `usesValues` says whether any expression that
   * can hold values is present (a ProjectionExpression cannot).
   */
  static fromInput(input: Record<string, unknown>, expressions: { any: boolean; usesValues: boolean }): ExpressionContext {
    const rawNames = input.ExpressionAttributeNames as Record<string, unknown> | undefined | null;
    const rawValues = input.ExpressionAttributeValues as Record<string, unknown> | undefined | null;
    const names: Record<string, string> = {};
    const values: Record<string, AttributeValue> = {};
    if (rawNames !== undefined && rawNames !== null) {
      if (!expressions.any) throw validation('ExpressionAttributeNames can only be specified when using expressions');
      if (Object.keys(rawNames).length === 0) throw validation('ExpressionAttributeNames must not be empty');
      for (const [key, name] of Object.entries(rawNames)) {
        if (!/^#[A-Za-z0-9_]+$/.test(key)) throw validation(`ExpressionAttributeNames contains invalid key: Syntax error; key: "${key}"`);
        if (typeof name !== 'string' || name === '') throw validation(`ExpressionAttributeNames contains invalid value: Empty attribute name for key ${key}`);
        names[key] = name;
      }
    }
    if (rawValues !== undefined && rawValues !== null) {
      if (!expressions.usesValues) throw validation('ExpressionAttributeValues can only be specified when using expressions: ' + (expressions.any ? 'ConditionExpression, FilterExpression, KeyConditionExpression or UpdateExpression' : 'none given'));
      if (Object.keys(rawValues).length === 0) throw validation('ExpressionAttributeValues must not be empty');
      for (const [key, value] of Object.entries(rawValues)) {
        if (!/^:[A-Za-z0-9_]+$/.test(key)) throw validation(`ExpressionAttributeValues contains invalid key: Syntax error; key: "${key}"`);
        try {
          values[key] = normalizeValue(value);
        } catch (error) {
          throw validation(`ExpressionAttributeValues contains invalid value: ${(error as Error).message} for key ${key}`);
        }
      }
    }
    return new ExpressionContext(names, values);
  }

  /** The first undefined placeholder: reported once the expression has parsed, as syntax errors come first. */
  #pending?: Error;

  name(kind: string, ref: string): string {
    const name = this.names[ref];
    if (name === undefined) {
      this.#pending ??= invalidExpression(kind, `An expression attribute name used in the document path is not defined; attribute name: ${ref}`);
      return ref;
    }
    this.usedNames.add(ref);
    return name;
  }

  value(kind: string, ref: string): AttributeValue {
    const value = this.values[ref];
    if (value === undefined) {
      this.#pending ??= invalidExpression(kind, `An expression attribute value used in expression is not defined; attribute value: ${ref}`);
      return { NULL: true };
    }
    this.usedValues.add(ref);
    return value;
  }

  /** Throws the undefined placeholder an expression used, if any. */
  flush(): void {
    const pending = this.#pending;
    this.#pending = undefined;
    if (pending) throw pending;
  }

  /** After every expression of the request is parsed: placeholders nobody used are refused. */
  checkUnused(): void {
    const unusedNames = Object.keys(this.names).filter((k) => !this.usedNames.has(k));
    if (unusedNames.length) throw validation(`Value provided in ExpressionAttributeNames unused in expressions: keys: {${unusedNames.join(', ')}}`);
    const unusedValues = Object.keys(this.values).filter((k) => !this.usedValues.has(k));
    if (unusedValues.length) throw validation(`Value provided in ExpressionAttributeValues unused in expressions: keys: {${unusedValues.join(', ')}}`);
  }
}
