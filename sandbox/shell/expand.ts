/**
 * Word expansion, in bash's order: tilde, parameters, command substitution and arithmetic; then
 * field splitting of the unquoted results, pathname expansion, quote removal. Quoting is tracked per
 * character stretch, so `"$X"` stays one word and `"*.zip"` never globs.
 */
import type { FileSystem } from '../workspace/fs.ts';
import type { Script, Word, WordPart } from './ast.ts';
import { ArithmeticError, evaluateArithmetic } from './arith.ts';
import { glob, globToRegExp, hasGlob } from './glob.ts';

/** An expansion that cannot be done; the message is bash's, printed as `bash: <message>`. */
export class ExpansionError extends Error {}

export interface ExpandContext {
  /** A variable or special parameter (`?`, `$`, `#` …); undefined when unset. */
  lookup(name: string): string | undefined;
  /** `${NAME:=word}` assigns. */
  assign(name: string, value: string): void;
  /** Runs `$( … )` and returns its stdout. */
  substitute(body: Script, source: string): Promise<string>;
  home: string;
  cwd: string;
  fs: FileSystem;
}

interface Segment {
  text: string;
  quoted: boolean;
}

/** Command arguments: each word may become zero, one or many fields. */
export async function expandWords(words: Word[], ctx: ExpandContext): Promise<string[]> {
  const out: string[] = [];
  for (const word of words) {
    for (const field of await fields(word.parts, ctx, true)) {
      const pattern = field.map((s) => (s.quoted ? s.text.replace(/[\\*?[\]]/g, '\\$&') : s.text)).join('');
      const plain = field.map((s) => s.text).join('');
      if (field.some((s) => !s.quoted && /[*?[]/.test(s.text)) && hasGlob(pattern)) {
        const matches = await glob(pattern, ctx.cwd, ctx.home, ctx.fs);
        if (matches.length > 0) {
          out.push(...matches);
          continue;
        }
      }
      out.push(plain);
    }
  }
  return out;
}

/** One string, no splitting or globbing: assignment values, here-documents, `${X:-word}`. */
export async function expandWord(word: Word, ctx: ExpandContext): Promise<string> {
  return (await fields(word.parts, ctx, false)).map((f) => f.map((s) => s.text).join('')).join('');
}

async function fields(parts: WordPart[], ctx: ExpandContext, split: boolean): Promise<Segment[][]> {
  const out: Segment[][] = [];
  let current: Segment[] | null = null;
  const add = (text: string, quoted: boolean) => {
    current ??= [];
    current.push({ text, quoted });
  };
  const end = () => {
    if (current) out.push(current);
    current = null;
  };
  for (const part of parts) {
    if (part.kind === 'text') {
      add(part.value, part.quoted);
      continue;
    }
    if (part.kind === 'tilde') {
      add(ctx.home, true);
      continue;
    }
    const value = await expandPart(part, ctx);
    if (part.kind === 'bad' || part.quoted || !split) {
      add(value, true);
      continue;
    }
    // Field splitting on IFS whitespace: "a  b" from an unquoted $X is two arguments.
    for (const piece of value.split(/([ \t\n]+)/)) {
      if (piece === '') continue;
      if (/^[ \t\n]+$/.test(piece)) end();
      else add(piece, false);
    }
  }
  end();
  return out;
}

async function expandPart(part: Exclude<WordPart, { kind: 'text' } | { kind: 'tilde' }>, ctx: ExpandContext): Promise<string> {
  switch (part.kind) {
    case 'bad':
      throw new ExpansionError(`${part.text}: bad substitution`);
    case 'subst':
      return ctx.substitute(part.body, part.source);
    case 'arith': {
      const text = await expandWord(part.expr, ctx);
      try {
        return String(evaluateArithmetic(text, (name) => ctx.lookup(name)));
      } catch (error) {
        if (error instanceof ArithmeticError) throw new ExpansionError(error.message);
        throw error;
      }
    }
    case 'param':
      return expandParam(part, ctx);
  }
}

async function expandParam(part: Extract<WordPart, { kind: 'param' }>, ctx: ExpandContext): Promise<string> {
  const value = ctx.lookup(part.name);
  if (part.length) return String((value ?? '').length);
  if (!part.op) return value ?? '';
  const arg = () => (part.arg ? expandWord(part.arg, ctx) : Promise.resolve(''));
  const unsetOrNull = value === undefined || value === '';
  switch (part.op) {
    case ':-':
      return unsetOrNull ? arg() : value!;
    case '-':
      return value === undefined ? arg() : value;
    case ':+':
      return unsetOrNull ? '' : arg();
    case '+':
      return value === undefined ? '' : arg();
    case ':=':
    case '=': {
      if (part.op === ':=' ? !unsetOrNull : value !== undefined) return value!;
      const v = await arg();
      ctx.assign(part.name, v);
      return v;
    }
    case ':?':
    case '?': {
      if (part.op === ':?' ? !unsetOrNull : value !== undefined) return value!;
      const message = (await arg()) || (part.op === ':?' ? 'parameter null or not set' : 'parameter not set');
      throw new ExpansionError(`${part.name}: ${message}`);
    }
    case '#':
    case '##':
    case '%':
    case '%%':
      return trim(value ?? '', await arg(), part.op);
  }
}

/** `${X#pattern}` (shortest prefix), `##` (longest), `%` (shortest suffix), `%%` (longest). */
function trim(value: string, pattern: string, op: '#' | '##' | '%' | '%%'): string {
  const re = globToRegExp(pattern);
  if (op === '#' || op === '##') {
    const lengths = [...Array(value.length + 1).keys()];
    if (op === '##') lengths.reverse();
    for (const n of lengths) if (re.test(value.slice(0, n))) return value.slice(n);
    return value;
  }
  const starts = [...Array(value.length + 1).keys()];
  if (op === '%') starts.reverse();
  for (const n of starts) if (re.test(value.slice(n))) return value.slice(0, n);
  return value;
}
