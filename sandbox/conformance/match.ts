/**
 * The suite's matchers. Each returns null when the value fits, or one sentence saying where it does
 * not — the failing step's message on the self-test page and in the Node test.
 */

const show = (value: unknown, limit = 300): string => {
  if (value instanceof RegExp) return String(value);
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > limit ? `${text.slice(0, limit)}…` : text;
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof RegExp) && !(v instanceof Uint8Array);

/**
 * Partial deep match: objects may have more members than expected, arrays must be as long and match
 * element by element, a RegExp matches a string, `undefined` requires absence, anything else is `===`.
 */
export function partialMatch(actual: unknown, expected: unknown, path = ''): string | null {
  const at = path || 'the value';
  if (expected instanceof RegExp) {
    return typeof actual === 'string' && expected.test(actual) ? null : `${at} is ${show(actual)}, expected to match ${expected}`;
  }
  if (expected === undefined) return actual === undefined ? null : `${at} is ${show(actual)}, expected it absent`;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at} is ${show(actual)}, expected an array`;
    if (actual.length !== expected.length) return `${at} has ${actual.length} items, expected ${expected.length}: ${show(actual)}`;
    for (let i = 0; i < expected.length; i++) {
      const miss = partialMatch(actual[i], expected[i], `${path}[${i}]`);
      if (miss) return miss;
    }
    return null;
  }
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) return `${at} is ${show(actual)}, expected an object`;
    for (const [key, value] of Object.entries(expected)) {
      const miss = partialMatch(actual[key], value, path ? `${path}.${key}` : key);
      if (miss) return miss;
    }
    return null;
  }
  return Object.is(actual, expected) ? null : `${at} is ${show(actual)}, expected ${show(expected)}`;
}

/**
 * Deep equality of JSON values (the Invoke payload): no extra members allowed; a RegExp in `expected`
 * matches a string. With `ordered`, an object's members must also come in the expected order.
 */
export function jsonEqual(actual: unknown, expected: unknown, path = '', ordered = false): string | null {
  const at = path || 'the payload';
  if (expected instanceof RegExp) {
    return typeof actual === 'string' && expected.test(actual) ? null : `${at} is ${show(actual)}, expected to match ${expected}`;
  }
  if (Array.isArray(expected) || isPlainObject(expected)) {
    if (Array.isArray(expected) !== Array.isArray(actual) || !(Array.isArray(actual) || isPlainObject(actual))) {
      return `${at} is ${show(actual)}, expected ${show(expected)}`;
    }
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    if (ordered && !Array.isArray(expected)) {
      const [got, want] = [Object.keys(a), Object.keys(e)];
      if (got.join() !== want.join()) return `${at} has the members ${show(got)}, expected ${show(want)} in this order`;
    }
    const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
    for (const key of keys) {
      const miss = jsonEqual(a[key], e[key], Array.isArray(expected) ? `${path}[${key}]` : path ? `${path}.${key}` : key, ordered);
      if (miss) return miss;
    }
    return null;
  }
  return Object.is(actual, expected) ? null : `${at} is ${show(actual)}, expected ${show(expected)}`;
}

/** Each pattern matches a later line than the previous one did. */
export function linesInOrder(lines: string[], patterns: RegExp[], what: string): string | null {
  let from = 0;
  for (const pattern of patterns) {
    const i = lines.findIndex((line, n) => n >= from && pattern.test(line));
    if (i < 0) return `${what}: no line from line ${from} on matches ${pattern}; from there the lines are ${show(lines.slice(from), 2000)}`;
    from = i + 1;
  }
  return null;
}

/** One pattern per line, every line. */
export function linesExactly(lines: string[], patterns: RegExp[], what: string): string | null {
  if (lines.length !== patterns.length) return `${what}: ${lines.length} lines, expected ${patterns.length}: ${show(lines, 2000)}`;
  const i = patterns.findIndex((p, n) => !p.test(lines[n]!));
  return i < 0 ? null : `${what}: line ${i} is ${show(lines[i])}, expected to match ${patterns[i]}`;
}

export function lineCounts(lines: string[], counts: Array<[RegExp, number]>, what: string): string | null {
  for (const [pattern, count] of counts) {
    const n = lines.filter((l) => pattern.test(l)).length;
    if (n !== count) return `${what}: ${n} lines match ${pattern}, expected ${count}`;
  }
  return null;
}
