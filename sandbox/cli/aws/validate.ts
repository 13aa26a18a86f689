/**
 * botocore's client-side parameter validation (botocore/validate.py): before any request leaves,
 * the input is checked against the model — types, required members, unknown members and `min`
 * (botocore deliberately checks no `max`, no pattern, no enum: the service does). All problems are
 * reported at once, one line each, under `Parameter validation failed:`.
 */
import type { Shape, StructureShape } from './models/shapes.ts';
import { BotocoreParamValidationError } from './errors.ts';
import { pyStr, pyType } from './pyrepr.ts';

const T = {
  dict: "<class 'dict'>",
  str: "<class 'str'>",
  list: "<class 'list'>, <class 'tuple'>",
  int: "<class 'int'>",
  bool: "<class 'bool'>",
  float: "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
  blob: "<class 'bytes'>, <class 'bytearray'>, file-like object",
  timestamp: "<class 'datetime.datetime'>, timestamp-string",
};

function isDict(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array) && !(value instanceof Date);
}

class Report {
  readonly lines: string[] = [];

  add(name: string, text: string): void {
    const shown = name === '' ? 'input' : name.startsWith('.') ? name.slice(1) : name;
    this.lines.push(text.replace('{name}', () => shown));
  }

  invalidType(name: string, value: unknown, validTypes: string): void {
    this.add(name, `Invalid type for parameter {name}, value: ${pyStr(value)}, type: ${pyType(value)}, valid types: ${validTypes}`);
  }

  /** botocore's range_check, in the words of the botocore that AWS CLI v2 vendors (awscli/botocore/validate.py). */
  range(name: string, value: number, min: number | undefined, kind: 'length' | 'range'): void {
    if (min !== undefined && value < min) {
      this.add(name, kind === 'length'
        ? `Invalid length for parameter {name}, value: ${value}, valid min length: ${min}`
        : `Invalid value for parameter {name}, value: ${value}, valid min value: ${min}`);
    }
  }
}

function isTimestamp(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'string') return false;
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return true;
  return !Number.isNaN(Date.parse(value));
}

function check(value: unknown, shape: Shape, name: string, report: Report): void {
  switch (shape.type) {
    case 'structure': {
      if (!isDict(value)) return report.invalidType(name, value, T.dict);
      for (const required of shape.required ?? []) {
        if (!(required in value)) report.add(name, `Missing required parameter in {name}: "${required}"`);
      }
      const known: string[] = [];
      for (const key of Object.keys(value)) {
        if (key in shape.members) known.push(key);
        else report.add(name, `Unknown parameter in {name}: "${key}", must be one of: ${Object.keys(shape.members).join(', ')}`);
      }
      for (const key of known) check(value[key], shape.members[key].shape, `${name}.${key}`, report);
      return;
    }
    case 'list':
      if (!Array.isArray(value)) return report.invalidType(name, value, T.list);
      report.range(name, value.length, shape.min, 'length');
      value.forEach((item, i) => check(item, shape.member, `${name}[${i}]`, report));
      return;
    case 'map':
      if (!isDict(value)) return report.invalidType(name, value, T.dict);
      for (const [k, v] of Object.entries(value)) {
        check(k, shape.key, `${name} (key: ${k})`, report);
        check(v, shape.value, `${name}.${k}`, report);
      }
      return;
    case 'string':
      if (typeof value !== 'string') return report.invalidType(name, value, T.str);
      report.range(name, Array.from(value).length, shape.min, 'length');
      return;
    case 'integer':
    case 'long':
      if (typeof value !== 'number' || !Number.isInteger(value)) return report.invalidType(name, value, T.int);
      report.range(name, value, shape.min, 'range');
      return;
    case 'double':
    case 'float':
      if (typeof value !== 'number') return report.invalidType(name, value, T.float);
      report.range(name, value, shape.min, 'range');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') report.invalidType(name, value, T.bool);
      return;
    case 'blob':
      if (!(value instanceof Uint8Array) && typeof value !== 'string') report.invalidType(name, value, T.blob);
      return;
    case 'timestamp':
      if (!isTimestamp(value)) report.invalidType(name, value, T.timestamp);
      return;
  }
}

/** Throws the CLI's `Parameter validation failed:` error when the input does not fit the model. */
export function validateParameters(params: Record<string, unknown>, shape: StructureShape): void {
  const report = new Report();
  check(params, shape, '', report);
  if (report.lines.length > 0) throw new BotocoreParamValidationError(report.lines.join('\n'));
}
