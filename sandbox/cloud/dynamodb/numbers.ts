/**
 * DynamoDB numbers: decimal, up to 38 significant digits, magnitude 1E-130 to 9.99…E+125, stored and
 * returned in a canonical form ("1.50" → "1.5", "1e2" → "100", "-0" → "0"). Arithmetic (ADD, SET
 * a = a + :n) and comparison are exact, on BigInt, never on binary floating point.
 */
import { AwsError } from '../errors.ts';

export interface Decimal {
  /** -1, 0 or 1 */
  sign: number;
  /** The digits without trailing zeros (0n for zero). */
  digits: bigint;
  /** value = sign · digits · 10^exponent */
  exponent: number;
}

const validation = (message: string) => new AwsError('ValidationException', message, 400);

export function parseDecimal(text: string): Decimal | null {
  const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const whole = m[2]!;
  const fraction = m[3] ?? '';
  let digits = BigInt(`${whole}${fraction}` || '0');
  let exponent = Number(m[4] ?? 0) - fraction.length;
  if (digits === 0n) return { sign: 0, digits: 0n, exponent: 0 };
  while (digits % 10n === 0n) {
    digits /= 10n;
    exponent += 1;
  }
  return { sign: m[1] === '-' ? -1 : 1, digits, exponent };
}

/** Checks a number as DynamoDB does when it is stored, and returns its canonical text. */
export function canonicalNumber(text: unknown): string {
  if (typeof text !== 'string') throw validation('The parameter cannot be converted to a numeric value');
  const d = parseDecimal(text);
  if (!d) throw validation(`The parameter cannot be converted to a numeric value: ${text}`);
  checkRange(d);
  return formatDecimal(d);
}

function checkRange(d: Decimal): void {
  if (d.sign === 0) return;
  const length = d.digits.toString().length;
  if (length > 38) throw validation('Attempting to store more than 38 significant digits in a Number');
  const magnitude = d.exponent + length - 1;
  if (magnitude > 125) throw validation('Number overflow. Attempting to store a number with magnitude larger than supported range');
  if (magnitude < -130) throw validation('Number underflow. Attempting to store a number with magnitude smaller than supported range');
}

export function formatDecimal(d: Decimal): string {
  if (d.sign === 0) return '0';
  const digits = d.digits.toString();
  let body: string;
  if (d.exponent >= 0) body = digits + '0'.repeat(d.exponent);
  else if (-d.exponent < digits.length) body = `${digits.slice(0, digits.length + d.exponent)}.${digits.slice(digits.length + d.exponent)}`;
  else body = `0.${'0'.repeat(-d.exponent - digits.length)}${digits}`;
  return d.sign < 0 ? `-${body}` : body;
}

/** Both numbers as integers over the same power of ten. */
function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const exponent = Math.min(a.exponent, b.exponent);
  const scale = (d: Decimal) => BigInt(d.sign) * d.digits * 10n ** BigInt(d.exponent - exponent);
  return [scale(a), scale(b), exponent];
}

export function compareNumbers(a: string, b: string): number {
  const [x, y] = aligned(parseDecimal(a)!, parseDecimal(b)!);
  return x < y ? -1 : x > y ? 1 : 0;
}

function fromScaled(value: bigint, exponent: number): Decimal {
  if (value === 0n) return { sign: 0, digits: 0n, exponent: 0 };
  const sign = value < 0n ? -1 : 1;
  let digits = value < 0n ? -value : value;
  while (digits % 10n === 0n) {
    digits /= 10n;
    exponent += 1;
  }
  return { sign, digits, exponent };
}

/** a + b (or a − b), exact; the result must still be a storable number. */
export function addNumbers(a: string, b: string, subtract = false): string {
  const [x, y, exponent] = aligned(parseDecimal(a)!, parseDecimal(b)!);
  const result = fromScaled(subtract ? x - y : x + y, exponent);
  checkRange(result);
  return formatDecimal(result);
}

/** Significant digits, which DynamoDB's item size counts (about one byte per two digits). */
export function significantDigits(text: string): number {
  const d = parseDecimal(text);
  return d && d.sign !== 0 ? d.digits.toString().length : 1;
}
