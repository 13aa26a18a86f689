/**
 * Values as Node's assert shows them in its messages: util.inspect with `compact: false` and
 * `sorted: true` (every member on its own line, members in order), and the line diff it draws
 * between two of them ("+ actual - expected"). The browser's util.inspect formats differently, so
 * assert does not use it. Long runs of equal lines are not folded into "..." as Node does.
 */
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function quote(text: string): string {
  const q = !text.includes("'") ? "'" : !text.includes('"') ? '"' : !text.includes('`') ? '`' : "'";
  const escaped = text.replace(/[\\\n\r\t\b\f\v\0]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\0': '\\x00' })[c]!);
  return q + (q === "'" ? escaped.replace(/'/g, "\\'") : escaped) + q;
}

const key = (k: string | symbol) => (typeof k === 'symbol' ? `[${k.toString()}]` : IDENTIFIER.test(k) ? k : quote(k));

function block(open: string, items: string[], close: string, indent: string): string {
  if (items.length === 0) return `${open}${close}`;
  const inner = `${indent}  `;
  return `${open}\n${items.map((item) => inner + item).join(',\n')}\n${indent}${close}`;
}

function prefix(value: object, fallback: string): string {
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return `[${fallback}: null prototype] `;
  const name = proto.constructor?.name;
  return name && name !== fallback ? `${name} ` : '';
}

export function inspect(value: unknown, indent = '', seen: object[] = []): string {
  switch (typeof value) {
    case 'string': return quote(value);
    case 'number': return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint': return `${value}n`;
    case 'symbol': return value.toString();
    case 'undefined': return 'undefined';
    case 'boolean': return String(value);
    case 'function': {
      const source = Function.prototype.toString.call(value);
      if (source.startsWith('class')) return `[class ${value.name || '(anonymous)'}]`;
      return value.name ? `[Function: ${value.name}]` : '[Function (anonymous)]';
    }
  }
  if (value === null) return 'null';
  const object = value as object;
  if (seen.includes(object)) return '[Circular *1]';
  const next = [...seen, object];
  const nested = (v: unknown) => inspect(v, `${indent}  `, next);
  if (object instanceof Date) return Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString();
  if (object instanceof RegExp) return object.toString();
  if (object instanceof Error) return `[${object.name}: ${object.message}]`;
  if (Array.isArray(object)) return block(prefix(object, 'Array') + '[', object.map(nested), ']', indent);
  if (ArrayBuffer.isView(object) && !(object instanceof DataView)) {
    const array = object as unknown as ArrayLike<number | bigint> & { constructor: { name: string } };
    const isBuffer = (object as { _isBuffer?: boolean })._isBuffer === true;
    const head = isBuffer ? `Buffer(${array.length}) [Uint8Array] [` : `${array.constructor.name}(${array.length}) [`;
    return block(head, Array.from(array, nested), ']', indent);
  }
  if (object instanceof Map) {
    const entries = [...object].map(([k, v]) => `${nested(k)} => ${nested(v)}`);
    return block(`${prefix(object, 'Map')}Map(${object.size}) {`, entries, '}', indent);
  }
  if (object instanceof Set) return block(`${prefix(object, 'Set')}Set(${object.size}) {`, [...object].map(nested), '}', indent);
  const keys = [...Object.keys(object).sort(), ...Object.getOwnPropertySymbols(object).filter((s) => Object.prototype.propertyIsEnumerable.call(object, s))];
  const members = keys.map((k) => `${key(k)}: ${nested((object as Record<string | symbol, unknown>)[k])}`);
  return block(`${prefix(object, 'Object')}{`, members, '}', indent);
}

/** The lines of `actual` and `expected` with Node's marks: "  " for both, "+ " actual only, "- " expected only. */
export function diff(actual: string[], expected: string[]): string[] {
  const n = actual.length;
  const m = expected.length;
  // Longest common subsequence table, from the ends.
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = actual[i] === expected[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const out: string[] = [];
  let plus: string[] = [];
  let minus: string[] = [];
  const flush = () => {
    out.push(...plus.map((l) => `+ ${l}`), ...minus.map((l) => `- ${l}`));
    plus = [];
    minus = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && actual[i] === expected[j]) {
      flush();
      out.push(`  ${actual[i]}`);
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      plus.push(actual[i++]!);
    } else {
      minus.push(expected[j++]!);
    }
  }
  flush();
  return out;
}
