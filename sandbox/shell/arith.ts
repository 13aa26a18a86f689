/**
 * `$(( … ))`: integer arithmetic as bash does it, enough for loop counters and load tests
 * (`$((i + 1))`, `$((N * 2 % 7))`, comparisons). Variables are read by name; unset or non-numeric is 0.
 */
export class ArithmeticError extends Error {}

const PRECEDENCE: Record<string, number> = {
  '||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '<=': 4, '>': 4, '>=': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6, '**': 7,
};

export function evaluateArithmetic(expr: string, lookup: (name: string) => string | undefined): number {
  const tokens = expr.match(/\s*(\d+|[A-Za-z_][A-Za-z0-9_]*|\*\*|&&|\|\||==|!=|<=|>=|[-+*/%()<>!])\s*/gy);
  const joined = (tokens ?? []).join('');
  if (joined.length !== expr.length) {
    const rest = expr.slice(joined.length).trim();
    throw new ArithmeticError(`${expr.trim()}: syntax error: invalid arithmetic operator (error token is "${rest}")`);
  }
  const toks = (tokens ?? []).map((t) => t.trim()).filter(Boolean);
  let i = 0;
  const fail = (): never => {
    throw new ArithmeticError(`${expr.trim()}: syntax error: operand expected (error token is "${toks.slice(i).join(' ')}")`);
  };
  const value = (name: string): number => {
    const v = lookup(name);
    const n = v === undefined || v.trim() === '' ? 0 : Number(v.trim());
    return Number.isInteger(n) ? n : 0;
  };
  const primary = (): number => {
    const t = toks[i++];
    if (t === undefined) return fail();
    if (t === '(') {
      const v = binary(0);
      if (toks[i++] !== ')') fail();
      return v;
    }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (t === '!') return primary() === 0 ? 1 : 0;
    if (/^\d+$/.test(t)) return Number(t);
    if (/^[A-Za-z_]/.test(t)) return value(t);
    i--;
    return fail();
  };
  // Precedence climbing; `**` is right-associative, the rest left.
  const binary = (min: number): number => {
    let left = primary();
    for (;;) {
      const op = toks[i];
      const p = op !== undefined && Object.hasOwn(PRECEDENCE, op) ? PRECEDENCE[op] : undefined;
      if (p === undefined || p < min) break;
      i++;
      left = apply(op, left, binary(op === '**' ? p : p + 1));
    }
    return left;
  };
  const apply = (op: string, a: number, b: number): number => {
    switch (op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      case '/':
      case '%':
        if (b === 0) throw new ArithmeticError(`${expr.trim()}: division by 0 (error token is "${toks[i - 1] ?? ''}")`);
        return op === '/' ? Math.trunc(a / b) : a % b;
      case '**': return a ** b;
      case '<': return +(a < b);
      case '<=': return +(a <= b);
      case '>': return +(a > b);
      case '>=': return +(a >= b);
      case '==': return +(a === b);
      case '!=': return +(a !== b);
      case '&&': return +(a !== 0 && b !== 0);
      case '||': return +(a !== 0 || b !== 0);
    }
    return 0;
  };
  if (toks.length === 0) return 0;
  const result = binary(0);
  if (i < toks.length) fail();
  return result;
}
