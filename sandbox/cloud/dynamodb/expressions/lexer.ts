/**
 * Tokens of DynamoDB's expression language: attribute names, #name placeholders, :value
 * placeholders, list indexes, and punctuation. Keywords (AND, SET, BETWEEN …) are names the parser
 * recognises by position, case-insensitively, as DynamoDB does.
 */

export type TokenType = 'name' | 'nameRef' | 'valueRef' | 'number' | 'punct' | 'eof';

export interface Token {
  type: TokenType;
  text: string;
  start: number;
  end: number;
}

const PUNCTUATION = ['<>', '<=', '>=', '=', '<', '>', '(', ')', '[', ']', ',', '.', '+', '-'];

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    let m: RegExpExecArray | null;
    const rest = source.slice(i);
    if ((m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest))) tokens.push({ type: 'name', text: m[0], start, end: start + m[0].length });
    else if ((m = /^#[A-Za-z0-9_]+/.exec(rest))) tokens.push({ type: 'nameRef', text: m[0], start, end: start + m[0].length });
    else if ((m = /^:[A-Za-z0-9_]+/.exec(rest))) tokens.push({ type: 'valueRef', text: m[0], start, end: start + m[0].length });
    else if ((m = /^[0-9]+/.exec(rest))) tokens.push({ type: 'number', text: m[0], start, end: start + m[0].length });
    else {
      const p = PUNCTUATION.find((q) => rest.startsWith(q)) ?? ch;
      tokens.push({ type: 'punct', text: p, start, end: start + p.length });
    }
    i = tokens.at(-1)!.end;
  }
  tokens.push({ type: 'eof', text: '<EOF>', start: source.length, end: source.length });
  return tokens;
}
