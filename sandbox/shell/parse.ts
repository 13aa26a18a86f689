/**
 * The shell's parser: POSIX words and quoting, `\`-newline continuation, comments, `;` `&&` `||` `|`,
 * `( … )`, `for … in … ; do … done`, redirections and here-documents, `$VAR`, `${…}`, `$( … )`,
 * `` `…` `` and `$(( … ))`. Pure: text in, syntax tree (or a ParseError as data) out.
 *
 * The input is split into complete commands, one per line, the way an interactive bash reads a paste:
 * the lines before a syntax error still run. A lexer with one token of lookahead feeds a recursive
 * descent parser; `$( … )` is parsed by a nested parser over the same text, so quotes and parentheses
 * inside it need no special scanning.
 */
import type { AndOr, Assignment, CommandNode, ForLoop, ParamOp, Pipeline, Redirect, RedirectOp, Script, SimpleCommand, Word, WordPart } from './ast.ts';

export class ParseError extends Error {
  /** `incomplete`: more input could finish it (open quote, trailing `&&`, missing `done`); `syntax`: it cannot. */
  kind: 'syntax' | 'incomplete';

  constructor(kind: 'syntax' | 'incomplete', message: string) {
    super(message);
    this.name = 'ParseError';
    this.kind = kind;
  }
}

export interface ParseResult {
  /** The complete commands before the first error, in order. */
  commands: Script[];
  /** Non-fatal notes in bash's words (a here-document ended by end of input). */
  warnings: string[];
  error?: ParseError;
}

export interface ParseOptions {
  /**
   * True when no more input will come (running a line): a trailing `\` is dropped and an unfinished
   * here-document ends at the end of input, with bash's warning. False (checking whether the terminal
   * should ask for another line): both are `incomplete`.
   */
  final?: boolean;
}

export function parse(source: string, options: ParseOptions = {}): ParseResult {
  const text = source.replace(/\r\n?/g, '\n');
  const commands: Script[] = [];
  const warnings: string[] = [];
  try {
    new Parser(text, 0, options.final ?? true, warnings).parseProgram(commands);
    return { commands, warnings };
  } catch (error) {
    if (error instanceof ParseError) return { commands, warnings, error };
    throw error;
  }
}

type Token =
  | { t: 'word'; word: Word; start: number; end: number }
  | { t: 'op'; op: string; fd?: number; start: number; end: number }
  | { t: 'nl'; start: number; end: number }
  | { t: 'eof'; start: number; end: number };

const OPERATORS = ['&&', '||', ';;', '&>>', '&>', '>>', '>&', '>|', '<<<', '<<-', '<<', '<&', ';', '&', '|', '(', ')', '<', '>'];
const REDIRECTS = new Set<string>(['>', '>>', '>|', '<', '>&', '<&', '&>', '&>>', '<<', '<<-', '<<<']);
const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);
/** Compound commands this shell does not run; saying so beats "command not found". */
const UNSUPPORTED = new Set(['if', 'while', 'until', 'case', 'select', 'function', '{', '[[']);
const RESERVED_CLOSERS = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}', 'in']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const SPECIAL_PARAMS = '?$#@*!-0123456789';

const eofIn = (what: string) => new ParseError('incomplete', `unexpected EOF while looking for matching \`${what}'`);
const unexpectedEnd = () => new ParseError('incomplete', 'syntax error: unexpected end of file');

interface PendingHeredoc {
  redirect: Redirect;
  delimiter: string;
  expand: boolean;
  stripTabs: boolean;
}

class Parser {
  private readonly src: string;
  private pos: number;
  private readonly final: boolean;
  private tok: Token;
  private pending: PendingHeredoc[] = [];
  private readonly warnings: string[];

  /**
   * `tokens: false` makes a character reader (here-document bodies, `${…}` words, `$(( ))`): it must
   * not lex ahead, which would skip leading blanks and `#`.
   */
  constructor(src: string, pos: number, final: boolean, warnings: string[], tokens = true) {
    this.src = src;
    this.pos = pos;
    this.final = final;
    this.warnings = warnings;
    this.tok = tokens ? this.lex() : { t: 'eof', start: pos, end: pos };
  }

  // ---------------------------------------------------------------- grammar

  parseProgram(out: Script[]): void {
    for (;;) {
      this.skipNewlines();
      if (this.tok.t === 'eof') return;
      const line: Script = [];
      for (;;) {
        line.push(this.parseAndOr());
        if (this.isOp(';') || this.isOp('&')) {
          this.advance();
          if (this.at('nl') || this.at('eof')) break;
          continue;
        }
        if (this.at('nl') || this.at('eof')) break;
        throw this.unexpected();
      }
      out.push(line);
    }
  }

  /** A list inside `( … )`, `$( … )` or `do … done`, up to (not including) one of `terminators`. */
  private parseList(terminators: string[], allowEmpty = false): Script {
    const list: Script = [];
    this.skipNewlines();
    for (;;) {
      if (this.atTerminator(terminators)) break;
      if (this.tok.t === 'eof') throw unexpectedEnd();
      list.push(this.parseAndOr());
      if (this.isOp(';') || this.isOp('&') || this.tok.t === 'nl') {
        this.advance();
        this.skipNewlines();
        continue;
      }
      if (this.atTerminator(terminators)) break;
      if (this.at('eof')) throw unexpectedEnd();
      throw this.unexpected();
    }
    if (list.length === 0 && !allowEmpty) throw this.unexpected();
    return list;
  }

  private parseAndOr(): AndOr {
    const first = this.parsePipeline();
    const rest: AndOr['rest'] = [];
    while (this.isOp('&&') || this.isOp('||')) {
      const op = (this.tok as { op: '&&' | '||' }).op;
      this.advance();
      this.skipNewlines();
      rest.push({ op, pipeline: this.parsePipeline() });
    }
    return { first, rest };
  }

  private parsePipeline(): Pipeline {
    let negate = false;
    if (this.tok.t === 'word' && this.tok.word.raw === '!') {
      negate = true;
      this.advance();
    }
    const commands = [this.parseCommand()];
    while (this.isOp('|')) {
      this.advance();
      this.skipNewlines();
      commands.push(this.parseCommand());
    }
    return { negate, commands };
  }

  private parseCommand(): CommandNode {
    const tok = this.tok;
    if (tok.t === 'eof') throw unexpectedEnd();
    if (this.isOp('(')) {
      this.advance();
      const body = this.parseList([')']);
      this.advance();
      return { type: 'subshell', body, redirects: this.parseRedirects() };
    }
    if (tok.t === 'word') {
      const raw = tok.word.raw;
      if (raw === 'for') return this.parseFor();
      if (UNSUPPORTED.has(raw)) {
        throw new ParseError('syntax', `${raw}: compound commands other than \`for' are not supported in this shell`);
      }
      if (RESERVED_CLOSERS.has(raw)) throw this.unexpected();
    }
    return this.parseSimple();
  }

  private parseSimple(): SimpleCommand {
    const cmd: SimpleCommand = { type: 'simple', assigns: [], words: [], redirects: [] };
    for (;;) {
      const tok = this.tok;
      if (tok.t === 'word') {
        const assign = cmd.words.length === 0 ? asAssignment(tok.word) : null;
        if (assign) cmd.assigns.push(assign);
        else cmd.words.push(...braceExpand(tok.word));
        this.advance();
      } else if (tok.t === 'op' && REDIRECTS.has(tok.op)) {
        cmd.redirects.push(this.parseRedirect());
      } else break;
    }
    if (cmd.assigns.length === 0 && cmd.words.length === 0 && cmd.redirects.length === 0) throw this.unexpected();
    return cmd;
  }

  private parseRedirects(): Redirect[] {
    const redirects: Redirect[] = [];
    while (this.tok.t === 'op' && REDIRECTS.has(this.tok.op)) redirects.push(this.parseRedirect());
    return redirects;
  }

  private parseRedirect(): Redirect {
    const tok = this.tok as { op: string; fd?: number };
    const op = tok.op as RedirectOp;
    const fd = tok.fd ?? (op.startsWith('<') ? 0 : 1);
    this.advance();
    const target = this.tok;
    if (target.t !== 'word') {
      // bash reads `echo >` followed by the end of the line as "near unexpected token `newline'".
      if (target.t === 'eof') throw new ParseError('syntax', "syntax error near unexpected token `newline'");
      throw this.unexpected();
    }
    this.advance();
    const redirect: Redirect = { fd, op, target: target.word };
    if (op === '<<' || op === '<<-') {
      const quoted = target.word.parts.some((p) => p.kind === 'text' && p.quoted);
      const delimiter = target.word.parts.map((p) => (p.kind === 'text' ? p.value : p.kind === 'tilde' ? '~' : '')).join('');
      this.pending.push({ redirect, delimiter, expand: !quoted, stripTabs: op === '<<-' });
      // A here-document on the last line, with nothing after it, never gets its newline: read it now.
      if (this.tok.t === 'eof') this.readHeredocs();
    }
    return redirect;
  }

  private parseFor(): ForLoop {
    this.advance();
    const nameTok = this.tok;
    if (nameTok.t !== 'word' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(nameTok.word.raw)) {
      if (nameTok.t === 'eof') throw unexpectedEnd();
      throw nameTok.t === 'word' ? new ParseError('syntax', `\`${nameTok.word.raw}': not a valid identifier`) : this.unexpected();
    }
    const name = nameTok.word.raw;
    this.advance();
    let items: Word[] | null = null;
    if (this.isOp(';')) this.advance();
    else {
      this.skipNewlines();
      if (this.tok.t === 'word' && this.tok.word.raw === 'in') {
        this.advance();
        items = [];
        while (this.tok.t === 'word') {
          items.push(...braceExpand(this.tok.word));
          this.advance();
        }
        if (this.isOp(';') || this.at('nl')) this.advance();
        else if (this.at('eof')) throw unexpectedEnd();
        else throw this.unexpected();
      }
    }
    this.skipNewlines();
    if (this.tok.t === 'eof') throw unexpectedEnd();
    if (!(this.tok.t === 'word' && this.tok.word.raw === 'do')) throw this.unexpected();
    this.advance();
    const body = this.parseList(['done']);
    this.advance();
    return { type: 'for', name, items, body, redirects: this.parseRedirects() };
  }

  // ---------------------------------------------------------------- tokens

  /** The current token's kind (a method, so TypeScript does not keep a narrowing across advance()). */
  private at(kind: Token['t']): boolean {
    return this.tok.t === kind;
  }

  private isOp(op: string): boolean {
    return this.tok.t === 'op' && this.tok.op === op;
  }

  private atTerminator(terminators: string[]): boolean {
    const tok = this.tok;
    if (tok.t === 'op') return terminators.includes(tok.op);
    if (tok.t === 'word') return terminators.includes(tok.word.raw);
    return false;
  }

  private skipNewlines(): void {
    while (this.tok.t === 'nl') this.advance();
  }

  private unexpected(): ParseError {
    const tok = this.tok;
    if (tok.t === 'eof') return unexpectedEnd();
    const text = tok.t === 'nl' ? 'newline' : tok.t === 'op' ? (tok.fd !== undefined ? `${tok.fd}${tok.op}` : tok.op) : tok.word.raw;
    return new ParseError('syntax', `syntax error near unexpected token \`${text}'`);
  }

  /** Moves past the current token; after a newline, reads the here-documents that line announced. */
  private advance(): void {
    this.pos = this.tok.end;
    if (this.tok.t === 'nl' && this.pending.length > 0) this.readHeredocs();
    this.tok = this.lex();
  }

  /** The token at the current position (not consumed; `advance` moves past it). */
  private lex(): Token {
    const src = this.src;
    for (;;) {
      const c = src[this.pos];
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && src[this.pos + 1] === '\n') this.pos += 2;
      else if (c === '\\' && this.pos + 1 === src.length) {
        if (!this.final) throw new ParseError('incomplete', 'unexpected end of input after `\\\'');
        this.pos++;
      } else if (c === '#') {
        while (this.pos < src.length && src[this.pos] !== '\n') this.pos++;
      } else break;
    }
    const start = this.pos;
    if (start >= src.length) return { t: 'eof', start, end: start };
    if (src[start] === '\n') return { t: 'nl', start, end: start + 1 };
    const io = /^(\d+)(?=[<>])/.exec(src.slice(start, start + 12));
    const opAt = io ? start + io[1].length : start;
    for (const op of OPERATORS) {
      if (src.startsWith(op, opAt)) {
        if (io && !REDIRECTS.has(op)) break;
        return { t: 'op', op, fd: io ? Number(io[1]) : undefined, start, end: opAt + op.length };
      }
    }
    const word = this.readWord();
    return { t: 'word', word, start, end: this.pos };
  }

  // ---------------------------------------------------------------- words

  private readWord(): Word {
    const src = this.src;
    const start = this.pos;
    const parts: WordPart[] = [];
    while (this.pos < src.length) {
      const c = src[this.pos];
      if (META.has(c)) break;
      if (c === '\\') {
        const next = src[this.pos + 1];
        if (next === undefined) {
          if (!this.final) throw new ParseError('incomplete', 'unexpected end of input after `\\\'');
          this.pos++;
          break;
        }
        if (next !== '\n') pushText(parts, next, true);
        this.pos += 2;
      } else if (c === "'") {
        const end = src.indexOf("'", this.pos + 1);
        if (end < 0) throw eofIn("'");
        pushText(parts, src.slice(this.pos + 1, end), true, true);
        this.pos = end + 1;
      } else if (c === '"') {
        this.pos++;
        this.readDoubleQuoted(parts, '"');
      } else if (c === '$') {
        this.readDollar(parts, false);
      } else if (c === '`') {
        this.readBackticks(parts, false);
      } else if (c === '~' && this.tildeAllowed(parts, start)) {
        const next = src[this.pos + 1];
        if (next === undefined || next === '/' || META.has(next)) parts.push({ kind: 'tilde' });
        else pushText(parts, '~', false);
        this.pos++;
      } else {
        pushText(parts, c, false);
        this.pos++;
      }
    }
    return { parts, raw: src.slice(start, this.pos) };
  }

  /** `~` expands at the start of a word and right after the `=` of an assignment. */
  private tildeAllowed(parts: WordPart[], start: number): boolean {
    if (this.pos === start) return true;
    return parts.length === 1 && parts[0].kind === 'text' && !parts[0].quoted && /^[A-Za-z_][A-Za-z0-9_]*=$/.test(parts[0].value);
  }

  /**
   * The inside of "…" (terminator `"`), of a here-document body or of `$(( ))` (terminator null: up
   * to the end of the text). Only `$`, `` ` `` and `\` are special; `\` escapes `$ \` " \` and newline.
   */
  private readDoubleQuoted(parts: WordPart[], terminator: '"' | null): void {
    const src = this.src;
    pushText(parts, '', true, true);
    for (;;) {
      const c = src[this.pos];
      if (c === undefined) {
        if (terminator) throw eofIn('"');
        return;
      }
      if (c === terminator) {
        this.pos++;
        return;
      }
      if (c === '\\') {
        const next = src[this.pos + 1];
        if (next === '\n') this.pos += 2;
        else if (next !== undefined && (next === '$' || next === '`' || next === '\\' || (next === '"' && terminator === '"'))) {
          pushText(parts, next, true);
          this.pos += 2;
        } else {
          pushText(parts, '\\', true);
          this.pos++;
        }
      } else if (c === '$') this.readDollar(parts, true);
      else if (c === '`') this.readBackticks(parts, true);
      else {
        pushText(parts, c, true);
        this.pos++;
      }
    }
  }

  private readDollar(parts: WordPart[], quoted: boolean): void {
    const src = this.src;
    const next = src[this.pos + 1];
    if (next === '(' && src[this.pos + 2] === '(') {
      this.readArithmetic(parts, quoted);
    } else if (next === '(') {
      const inner = new Parser(src, this.pos + 2, this.final, this.warnings);
      let body: Script;
      try {
        body = inner.parseList([')'], true);
      } catch (error) {
        // Running out of text inside $( is bash's "looking for matching `)'".
        if (error instanceof ParseError && error.message === unexpectedEnd().message) throw eofIn(')');
        throw error;
      }
      parts.push({ kind: 'subst', body, source: src.slice(this.pos + 2, inner.tok.start).trim(), quoted });
      this.pos = inner.tok.end;
    } else if (next === '{') {
      this.readBraced(parts, quoted);
    } else if (next !== undefined && /[A-Za-z_]/.test(next)) {
      const name = NAME.exec(src.slice(this.pos + 1))![0];
      parts.push({ kind: 'param', name, quoted });
      this.pos += 1 + name.length;
    } else if (next !== undefined && SPECIAL_PARAMS.includes(next)) {
      parts.push({ kind: 'param', name: next, quoted });
      this.pos += 2;
    } else if (next === "'" && !quoted) {
      this.readAnsiC(parts);
    } else if (next === '"' && !quoted) {
      // $"…" is a translatable string; with no translations it is "…".
      this.pos += 2;
      this.readDoubleQuoted(parts, '"');
    } else {
      pushText(parts, '$', quoted);
      this.pos++;
    }
  }

  /** `${NAME}`, `${#NAME}`, `${NAME:-word}` and friends, `${NAME#pattern}` / `%`; anything else is a bad substitution. */
  private readBraced(parts: WordPart[], quoted: boolean): void {
    const src = this.src;
    const start = this.pos;
    const close = findBraceEnd(src, start + 2);
    if (close < 0) throw eofIn('}');
    const inside = src.slice(start + 2, close);
    const text = src.slice(start, close + 1);
    this.pos = close + 1;
    const bad = () => parts.push({ kind: 'bad', text });
    let m = /^#([A-Za-z_][A-Za-z0-9_]*|[?$#@*!0-9])$/.exec(inside);
    if (m) {
      parts.push({ kind: 'param', name: m[1], quoted, length: true });
      return;
    }
    m = /^([A-Za-z_][A-Za-z0-9_]*|[?$#@*!\-0-9])(.*)$/s.exec(inside);
    if (!m) return void bad();
    const [, name, rest] = m;
    if (rest === '') {
      parts.push({ kind: 'param', name, quoted });
      return;
    }
    const op = /^(:-|:\+|:=|:\?|##|%%|-|\+|=|\?|#|%)/.exec(rest)?.[1] as ParamOp | undefined;
    if (!op) return void bad();
    const argSource = rest.slice(op.length);
    const sub = new Parser(argSource, 0, this.final, this.warnings, false);
    const argParts: WordPart[] = [];
    if (quoted) sub.readDoubleQuoted(argParts, null);
    else argParts.push(...sub.readWordToEnd());
    parts.push({ kind: 'param', name, quoted, op, arg: { parts: argParts, raw: argSource } });
  }

  /** The word inside `${NAME:-…}` when not in double quotes: quotes and expansions, and spaces kept. */
  private readWordToEnd(): WordPart[] {
    const parts: WordPart[] = [];
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === ' ' || c === '\t' || c === '\n') {
        pushText(parts, c, false);
        this.pos++;
        continue;
      }
      const before = this.pos;
      const word = this.readWord();
      parts.push(...word.parts);
      if (this.pos === before) {
        pushText(parts, c, false);
        this.pos++;
      }
    }
    return parts;
  }

  private readArithmetic(parts: WordPart[], quoted: boolean): void {
    const src = this.src;
    let depth = 0;
    let i = this.pos + 3;
    for (; i < src.length; i++) {
      if (src[i] === '(') depth++;
      else if (src[i] === ')') {
        if (depth === 0) break;
        depth--;
      }
    }
    if (i >= src.length || src[i + 1] !== ')') throw eofIn('))');
    const exprSource = src.slice(this.pos + 3, i);
    const sub = new Parser(exprSource, 0, this.final, this.warnings, false);
    const exprParts: WordPart[] = [];
    sub.readDoubleQuoted(exprParts, null);
    parts.push({ kind: 'arith', expr: { parts: exprParts, raw: exprSource }, quoted });
    this.pos = i + 2;
  }

  /** Old-style `` `cmd` ``: `\` escapes `` ` ``, `$` and `\` inside; the rest is parsed as its own script. */
  private readBackticks(parts: WordPart[], quoted: boolean): void {
    const src = this.src;
    let inner = '';
    let i = this.pos + 1;
    for (; i < src.length && src[i] !== '`'; i++) {
      if (src[i] === '\\' && i + 1 < src.length && '`$\\'.includes(src[i + 1])) inner += src[++i];
      else inner += src[i];
    }
    if (i >= src.length) throw eofIn('`');
    const lines: Script[] = [];
    new Parser(inner, 0, this.final, this.warnings).parseProgram(lines);
    parts.push({ kind: 'subst', body: lines.flat(), source: inner.trim(), quoted });
    this.pos = i + 1;
  }

  /** `$'…'`: C escapes (\n, \t, \', \\, \xHH …), the whole result quoted. */
  private readAnsiC(parts: WordPart[]): void {
    const src = this.src;
    let out = '';
    let i = this.pos + 2;
    for (; i < src.length && src[i] !== "'"; i++) {
      if (src[i] !== '\\') {
        out += src[i];
        continue;
      }
      const [text, used] = cEscape(src, i + 1);
      out += text;
      i += used;
    }
    if (i >= src.length) throw eofIn("'");
    pushText(parts, out, true, true);
    this.pos = i + 1;
  }

  /** Reads the bodies of the here-documents announced on the line just ended. */
  private readHeredocs(): void {
    const src = this.src;
    for (const doc of this.pending) {
      let body = '';
      let found = false;
      while (this.pos < src.length) {
        const nl = src.indexOf('\n', this.pos);
        const lineEnd = nl < 0 ? src.length : nl;
        let line = src.slice(this.pos, lineEnd);
        this.pos = nl < 0 ? src.length : nl + 1;
        if (doc.stripTabs) line = line.replace(/^\t+/, '');
        if (line === doc.delimiter) {
          found = true;
          break;
        }
        body += line + '\n';
      }
      if (!found) {
        if (!this.final) throw new ParseError('incomplete', `here-document delimited by end-of-file (wanted \`${doc.delimiter}')`);
        this.warnings.push(`warning: here-document delimited by end-of-file (wanted \`${doc.delimiter}')`);
      }
      let parts: WordPart[];
      if (doc.expand) {
        parts = [];
        new Parser(body, 0, this.final, this.warnings, false).readDoubleQuoted(parts, null);
      } else parts = [{ kind: 'text', value: body, quoted: true }];
      doc.redirect.heredoc = { body: { parts, raw: body }, expand: doc.expand };
    }
    this.pending = [];
  }
}

/** Appends text, merging with the previous text part of the same quoting. `keepEmpty` records "" / '' (an empty argument). */
function pushText(parts: WordPart[], value: string, quoted: boolean, keepEmpty = false): void {
  const last = parts[parts.length - 1];
  if (last?.kind === 'text' && last.quoted === quoted && (value !== '' || !keepEmpty)) {
    last.value += value;
    return;
  }
  if (value === '' && !keepEmpty) return;
  parts.push({ kind: 'text', value, quoted });
}

/** `NAME=value` at the start of a command: the name must be unquoted. */
function asAssignment(word: Word): Assignment | null {
  const first = word.parts[0];
  if (first?.kind !== 'text' || first.quoted) return null;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.value);
  if (!m) return null;
  const rest = first.value.slice(m[0].length);
  const parts: WordPart[] = rest === '' ? [] : [{ kind: 'text', value: rest, quoted: false }];
  parts.push(...word.parts.slice(1));
  return { name: m[1], value: { parts, raw: word.raw.slice(m[0].length) } };
}

/** The `}` that closes `${`, skipping nested `${…}`, quotes and `$( … )`. */
function findBraceEnd(src: string, from: number): number {
  let depth = 0;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** One C escape after a backslash at `i`: the text and how many characters it used. */
export function cEscape(src: string, i: number): [string, number] {
  const c = src[i];
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };
  if (c === undefined) return ['\\', 0];
  if (c in simple) return [simple[c], 1];
  let m = /^x([0-9a-fA-F]{1,2})/.exec(src.slice(i, i + 3));
  if (m) return [String.fromCharCode(parseInt(m[1], 16)), m[0].length];
  m = /^0?([0-7]{1,3})/.exec(src.slice(i, i + 4));
  if (m) return [String.fromCharCode(parseInt(m[1], 8) & 255), m[0].length];
  m = /^u([0-9a-fA-F]{1,4})/.exec(src.slice(i, i + 5));
  if (m) return [String.fromCharCode(parseInt(m[1], 16)), m[0].length];
  return ['\\' + c, 1];
}

const MAX_BRACE_WORDS = 10_000;

/**
 * Brace expansion, done before anything else as bash does: `file{1,2}.txt`, `{1..5}`, `{a..e}`.
 * Only braces within one stretch of unquoted text expand; `{}` and `{x}` stay literal.
 */
export function braceExpand(word: Word): Word[] {
  const out: Word[] = [];
  const queue: Word[] = [word];
  while (queue.length > 0 && out.length < MAX_BRACE_WORDS) {
    const w = queue.shift()!;
    const found = findBraceGroup(w);
    if (!found) {
      out.push(w);
      continue;
    }
    const { index, open, close, alternatives } = found;
    const part = w.parts[index] as { kind: 'text'; value: string; quoted: boolean };
    for (const alt of alternatives) {
      const parts = w.parts.slice();
      parts[index] = { kind: 'text', value: part.value.slice(0, open) + alt + part.value.slice(close + 1), quoted: false };
      queue.push({ parts, raw: w.raw });
    }
  }
  return out.concat(queue);
}

function findBraceGroup(word: Word): { index: number; open: number; close: number; alternatives: string[] } | null {
  for (let index = 0; index < word.parts.length; index++) {
    const part = word.parts[index];
    if (part.kind !== 'text' || part.quoted) continue;
    const v = part.value;
    for (let open = v.indexOf('{'); open >= 0; open = v.indexOf('{', open + 1)) {
      let depth = 0;
      const commas: number[] = [];
      let close = -1;
      for (let i = open + 1; i < v.length; i++) {
        if (v[i] === '{') depth++;
        else if (v[i] === '}') {
          if (depth === 0) {
            close = i;
            break;
          }
          depth--;
        } else if (v[i] === ',' && depth === 0) commas.push(i);
      }
      if (close < 0) continue;
      const body = v.slice(open + 1, close);
      if (commas.length > 0) {
        const alternatives: string[] = [];
        let from = open + 1;
        for (const c of [...commas, close]) {
          alternatives.push(v.slice(from, c));
          from = c + 1;
        }
        return { index, open, close, alternatives };
      }
      const seq = sequence(body);
      if (seq) return { index, open, close, alternatives: seq };
    }
  }
  return null;
}

/** `{1..10}`, `{10..1..2}`, `{01..10}` (zero-padded), `{a..e}`. */
function sequence(body: string): string[] | null {
  let m = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const step = Math.abs(Number(m[3] ?? 1)) || 1;
    const width = /^-?0\d/.test(m[1]) || /^-?0\d/.test(m[2]) ? Math.max(m[1].length, m[2].length) : 0;
    const out: string[] = [];
    for (let n = a; a <= b ? n <= b : n >= b; n += a <= b ? step : -step) {
      out.push(width ? String(Math.abs(n)).padStart(width - (n < 0 ? 1 : 0), '0').replace(/^/, n < 0 ? '-' : '') : String(n));
      if (out.length > MAX_BRACE_WORDS) break;
    }
    return out;
  }
  m = /^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
  if (m) {
    const [a, b] = [m[1].charCodeAt(0), m[2].charCodeAt(0)];
    const out: string[] = [];
    for (let n = a; a <= b ? n <= b : n >= b; n += a <= b ? 1 : -1) out.push(String.fromCharCode(n));
    return out;
  }
  return null;
}
