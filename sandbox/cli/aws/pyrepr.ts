/**
 * The real CLI is Python: many of its messages embed Python's `repr()`/`str()` of a value or its type
 * (`Invalid type for parameter X, value: 5, type: <class 'int'>`, `invalid literal for int() with base
 * 10: 'abc'`). These helpers print JavaScript values the way Python would print the equivalent object,
 * so those messages read exactly as on a real machine.
 */

/** Python's float repr: shortest round-trip digits, exponent form outside 1e-4 <= |x| < 1e16. */
export function pyFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const sign = value < 0 ? '-' : '';
  // toExponential() without an argument gives the shortest digits that round-trip, as Python does.
  const [mantissa, expText] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exp = Number(expText);
  if (exp >= -4 && exp < 16) {
    if (exp >= digits.length - 1) return sign + digits + '0'.repeat(exp - digits.length + 1) + '.0';
    if (exp >= 0) return sign + digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
    return sign + '0.' + '0'.repeat(-exp - 1) + digits;
  }
  const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

/** A JS number as Python prints it: integers without a fraction, other numbers as floats. */
export function pyNumber(value: number): string {
  return Number.isInteger(value) && Math.abs(value) < 1e16 ? String(value) : pyFloat(value);
}

function escapeChar(ch: string, quote: string): string {
  switch (ch) {
    case '\\': return '\\\\';
    case '\n': return '\\n';
    case '\r': return '\\r';
    case '\t': return '\\t';
    default: break;
  }
  if (ch === quote) return '\\' + ch;
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return '\\x' + code.toString(16).padStart(2, '0');
  if (code >= 0x80 && code < 0xa0) return '\\x' + code.toString(16).padStart(2, '0');
  return ch;
}

/** Python's repr() of a str. */
export function pyStrRepr(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of value) out += escapeChar(ch, quote);
  return out + quote;
}

/** Python's repr() of bytes: b'...'. */
export function pyBytesRepr(value: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const b of value) {
    if (b === 0x27) hasSingle = true;
    if (b === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const b of value) {
    if (b === 0x5c) out += '\\\\';
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b === 0x09) out += '\\t';
    else if (String.fromCharCode(b) === quote) out += '\\' + quote;
    else if (b < 0x20 || b >= 0x7f) out += '\\x' + b.toString(16).padStart(2, '0');
    else out += String.fromCharCode(b);
  }
  return out + quote;
}

/** Python's repr() of the value Python would hold for this JS value. */
export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return pyNumber(value);
  if (typeof value === 'string') return pyStrRepr(value);
  if (value instanceof Uint8Array) return pyBytesRepr(value);
  if (value instanceof Date) return `datetime.datetime(${value.toISOString()})`;
  if (Array.isArray(value)) return '[' + value.map(pyRepr).join(', ') + ']';
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${pyStrRepr(k)}: ${pyRepr(v)}`);
    return '{' + entries.join(', ') + '}';
  }
  return String(value);
}

/** Python's str(): strings print bare, everything else as repr. */
export function pyStr(value: unknown): string {
  return typeof value === 'string' ? value : pyRepr(value);
}

/** Python's str(type(value)), e.g. `<class 'int'>`. */
export function pyType(value: unknown): string {
  let name: string;
  if (value === null || value === undefined) name = 'NoneType';
  else if (typeof value === 'boolean') name = 'bool';
  else if (typeof value === 'number') name = Number.isInteger(value) ? 'int' : 'float';
  else if (typeof value === 'string') name = 'str';
  else if (value instanceof Uint8Array) name = 'bytes';
  else if (value instanceof Date) name = 'datetime.datetime';
  else if (Array.isArray(value)) name = 'list';
  else name = 'dict';
  return `<class '${name}'>`;
}

/** A Python ValueError raised by a builtin conversion; the CLI prints str(e) and exits 255. */
export class PyValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValueError';
  }
}

const INT_LITERAL = /^[ \t\n\r\f\v]*([+-]?)(\d+(?:_\d+)*)[ \t\n\r\f\v]*$/;

/** Python's int(value): whitespace and `_` separators allowed, anything else is a ValueError. */
export function pyInt(value: unknown): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return Math.trunc(value);
    throw new PyValueError(`cannot convert float ${pyFloat(value)} to integer`);
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  const text = typeof value === 'string' ? value : String(value);
  const m = INT_LITERAL.exec(text);
  if (!m) throw new PyValueError(`invalid literal for int() with base 10: ${pyRepr(text)}`);
  const n = Number(m[2].replace(/_/g, ''));
  return m[1] === '-' ? -n : n;
}

const FLOAT_LITERAL = /^[ \t\n\r\f\v]*([+-]?(?:(?:\d+(?:_\d+)*)?\.?\d+(?:_\d+)*(?:[eE][+-]?\d+)?|\d+(?:_\d+)*\.|inf(?:inity)?|nan))[ \t\n\r\f\v]*$/i;

/** Python's float(value). */
export function pyFloatParse(value: unknown): number {
  if (typeof value === 'number') return value;
  const text = typeof value === 'string' ? value : String(value);
  const m = FLOAT_LITERAL.exec(text);
  if (!m) throw new PyValueError(`could not convert string to float: ${pyRepr(text)}`);
  const literal = m[1].replace(/_/g, '').toLowerCase();
  if (literal.includes('nan')) return NaN;
  if (literal.includes('inf')) return literal.startsWith('-') ? -Infinity : Infinity;
  return Number(literal);
}

/** Python's str.strip() whitespace set, for the places the CLI strips input. */
export function pyStrip(value: string): string {
  return value.replace(/^[\s\u001c-\u001f\u0085]+|[\s\u001c-\u001f\u0085]+$/gu, '');
}
