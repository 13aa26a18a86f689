import { describe, expect, it } from 'vitest';
import { isComplete } from '../../../sandbox/shell/complete.ts';
import { parse } from '../../../sandbox/shell/parse.ts';

describe('parse', () => {
  it('splits input into complete commands, one per line', () => {
    const r = parse('echo a; echo b\necho c');
    expect(r.error).toBeUndefined();
    expect(r.commands).toHaveLength(2);
    expect(r.commands[0]).toHaveLength(2);
  });

  it('keeps the commands before a syntax error, in bash words', () => {
    const r = parse('echo ok\necho a ;; echo b');
    expect(r.commands).toHaveLength(1);
    expect(r.error?.kind).toBe('syntax');
    expect(r.error?.message).toBe("syntax error near unexpected token `;;'");
    expect(parse('&& ls').error?.message).toBe("syntax error near unexpected token `&&'");
    expect(parse('echo >').error?.message).toBe("syntax error near unexpected token `newline'");
    expect(parse('ls )').error?.message).toBe("syntax error near unexpected token `)'");
  });

  it('treats a quoted word as one argument and records assignments', () => {
    const [[andOr]] = parse(`ROLE=x aws "a b" 'c d'`).commands;
    const cmd = andOr.first.commands[0];
    expect(cmd.type).toBe('simple');
    if (cmd.type !== 'simple') return;
    expect(cmd.assigns.map((a) => a.name)).toEqual(['ROLE']);
    expect(cmd.words.map((w) => w.raw)).toEqual(['aws', '"a b"', "'c d'"]);
  });

  it('expands braces while parsing', () => {
    const [[andOr]] = parse('echo f{1..3}.txt {a,b}').commands;
    const cmd = andOr.first.commands[0];
    if (cmd.type !== 'simple') throw new Error('simple expected');
    const texts = cmd.words.map((w) => w.parts.map((p) => (p.kind === 'text' ? p.value : '?')).join(''));
    expect(texts).toEqual(['echo', 'f1.txt', 'f2.txt', 'f3.txt', 'a', 'b']);
  });
});

describe('isComplete', () => {
  it('asks for more after a trailing backslash, an open quote, $( or an operator', () => {
    expect(isComplete('aws lambda create-function \\')).toBe(false);
    expect(isComplete('aws lambda create-function \\\n  --function-name f')).toBe(true);
    expect(isComplete('echo "abc')).toBe(false);
    expect(isComplete("echo 'abc")).toBe(false);
    expect(isComplete('X=$(aws sts get-caller-identity')).toBe(false);
    expect(isComplete('echo a &&')).toBe(false);
    expect(isComplete('ls |')).toBe(false);
    expect(isComplete('for i in 1 2; do')).toBe(false);
    expect(isComplete('cat <<EOF\nline')).toBe(false);
    expect(isComplete('cat <<EOF\nline\nEOF')).toBe(true);
    expect(isComplete('echo "a \\" b"')).toBe(true);
    expect(isComplete('echo \\\\')).toBe(true);
    expect(isComplete('')).toBe(true);
  });

  it('is true for a syntax error: more lines would not fix it', () => {
    expect(isComplete('echo a ;; b')).toBe(true);
  });
});
