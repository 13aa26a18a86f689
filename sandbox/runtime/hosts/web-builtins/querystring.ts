/** Node's `querystring` in a Web Worker: parse, stringify, escape, unescape, as Node's behave. */

/** encodeURIComponent, which escapes exactly what Node's querystring.escape escapes. */
export const escape = (value: unknown): string => encodeURIComponent(typeof value === 'string' ? value : String(value));

/** decodeURIComponent; where that fails (a malformed %-sequence), Node decodes what it can, byte by byte. */
export function unescape(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    const bytes: number[] = [];
    for (let i = 0; i < value.length; i++) {
      const hex = value.slice(i + 1, i + 3);
      if (value[i] === '%' && /^[0-9a-fA-F]{2}$/.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 2;
      } else {
        bytes.push(...new TextEncoder().encode(value[i]!));
      }
    }
    return new TextDecoder().decode(new Uint8Array(bytes));
  }
}

type ParseOptions = { maxKeys?: number; decodeURIComponent?: (s: string) => string };

/** Parses `a=1&b=2&a=3` into { a: ['1', '3'], b: '2' }, an object without a prototype, as Node does. */
export function parse(text: unknown, sep = '&', eq = '=', options: ParseOptions = {}): Record<string, string | string[]> {
  const result = Object.create(null) as Record<string, string | string[]>;
  if (typeof text !== 'string' || text.length === 0) return result;
  const decode = options.decodeURIComponent ?? unescape;
  const maxKeys = options.maxKeys ?? 1000;
  let pairs = text.split(sep || '&');
  if (maxKeys > 0) pairs = pairs.slice(0, maxKeys);
  for (const pair of pairs) {
    if (pair.length === 0) continue;
    const at = pair.indexOf(eq || '=');
    const rawKey = at >= 0 ? pair.slice(0, at) : pair;
    const rawValue = at >= 0 ? pair.slice(at + (eq || '=').length) : '';
    const key = decode(rawKey.replace(/\+/g, ' '));
    const value = decode(rawValue.replace(/\+/g, ' '));
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else result[key] = [existing, value];
  }
  return result;
}

const primitive = (value: unknown): string =>
  typeof value === 'string' ? value
    : (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint' || typeof value === 'boolean' ? String(value)
      : '';

type StringifyOptions = { encodeURIComponent?: (s: string) => string };

/** Stringifies { a: [1, 2], b: 'x y' } into `a=1&a=2&b=x%20y`; values that are not primitives become ''. */
export function stringify(object: unknown, sep = '&', eq = '=', options: StringifyOptions = {}): string {
  if (object === null || typeof object !== 'object') return '';
  const encode = options.encodeURIComponent ?? escape;
  const parts: string[] = [];
  for (const key of Object.keys(object)) {
    const value = (object as Record<string, unknown>)[key];
    const k = encode(primitive(key)) + eq;
    if (Array.isArray(value)) for (const item of value) parts.push(k + encode(primitive(item)));
    else parts.push(k + encode(primitive(value)));
  }
  return parts.join(sep);
}

export default { parse, decode: parse, stringify, encode: stringify, escape, unescape };
