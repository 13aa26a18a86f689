/**
 * The comparison behind assert.deepStrictEqual and assert.deepEqual, after Node's rules: strict
 * mode compares with Object.is and checks prototypes; loose mode compares primitives with ==.
 * Both compare own enumerable keys, array items, Dates by time, RegExps by source and flags,
 * Errors by name and message too, typed arrays by bytes, Maps and Sets by content, and cycles.
 */
type Memo = Array<[object, object]>;

export function isDeepEqual(a: unknown, b: unknown, strict: boolean, memo: Memo = []): boolean {
  if (strict ? Object.is(a, b) : a === b || (a !== a && b !== b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // eslint-disable-next-line eqeqeq
    return !strict && (typeof a !== 'object' || a === null) && (typeof b !== 'object' || b === null) && a == b;
  }
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const tag = Object.prototype.toString.call(a);
  if (tag !== Object.prototype.toString.call(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (memo.some(([x, y]) => x === a && y === b)) return true;
  memo = [...memo, [a, b]];
  if (a instanceof Date && b instanceof Date && a.getTime() !== b.getTime()) return false;
  if (a instanceof RegExp && b instanceof RegExp && (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex)) return false;
  if (a instanceof Error && b instanceof Error && (a.name !== b.name || a.message !== b.message)) return false;
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    if (a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    if (x.some((v, i) => v !== y[i])) return false;
  }
  for (const boxed of [Number, String, Boolean, BigInt, Symbol] as Array<{ prototype: { valueOf(): unknown } }>) {
    if (a instanceof (boxed as unknown as new () => object)) {
      if (!Object.is(boxed.prototype.valueOf.call(a), boxed.prototype.valueOf.call(b))) return false;
    }
  }
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) {
      if (b.has(k)) {
        if (!isDeepEqual(v, b.get(k), strict, memo)) return false;
      } else if (![...b].some(([k2, v2]) => isDeepEqual(k, k2, strict, memo) && isDeepEqual(v, v2, strict, memo))) return false;
    }
  }
  if (a instanceof Set && b instanceof Set) {
    if (a.size !== b.size) return false;
    for (const v of a) if (!b.has(v) && ![...b].some((v2) => isDeepEqual(v, v2, strict, memo))) return false;
  }
  const keysA = ownKeys(a, strict);
  const keysB = ownKeys(b, strict);
  if (keysA.length !== keysB.length) return false;
  const inB = new Set(keysB);
  for (const k of keysA) {
    if (!inB.has(k)) return false;
    if (!isDeepEqual((a as Record<string | symbol, unknown>)[k], (b as Record<string | symbol, unknown>)[k], strict, memo)) return false;
  }
  return true;
}

function ownKeys(value: object, strict: boolean): Array<string | symbol> {
  const keys: Array<string | symbol> = Object.keys(value);
  if (strict) keys.push(...Object.getOwnPropertySymbols(value).filter((s) => Object.prototype.propertyIsEnumerable.call(value, s)));
  return keys;
}
