import { describe, expect, it } from 'vitest';
import type { Command } from '../../../sandbox/shell/index.ts';
import { HOME, printArgs, setup } from './helpers.ts';

describe('quoting and words', () => {
  it('keeps quoted text together and removes the quotes', async () => {
    const { run } = setup({}, { aws: printArgs });
    const r = await run(`aws "a b" 'c  d' e\\ f "x\\"y" 'it'\\''s' "" end`);
    expect(r.out).toBe(['[a b]', '[c  d]', '[e f]', '[x"y]', "[it's]", '[]', '[end]'].join('\n') + '\n');
  });

  it('expands $VAR, ${VAR} and $? in double quotes but not in single quotes', async () => {
    const { run } = setup({}, { aws: printArgs });
    const r = await run(`N=world; false; aws "hi $N" "\${N}s" '$N' "\\$N" "$?" $'a\\tb'`);
    expect(r.out).toBe('[hi world]\n[worlds]\n[$N]\n[$N]\n[1]\n[a\tb]\n');
  });

  it('splits unquoted expansions into words, but not quoted ones', async () => {
    const { run } = setup({}, { aws: printArgs });
    const r = await run(`X="a   b"; aws $X "$X" $UNSET "$UNSET"`);
    expect(r.out).toBe('[a]\n[b]\n[a   b]\n[]\n');
  });

  it('supports ${X:-default}, ${#X} and ${X%pattern}', async () => {
    const { run } = setup();
    const r = await run('F=function.zip; echo ${NOPE:-dflt} ${#F} ${F%.zip} ${F#*.} ${F:+set}');
    expect(r.out).toBe('dflt 12 function zip set\n');
    expect((await run('echo ${F/a/b}')).err).toBe('bash: ${F/a/b}: bad substitution\n');
  });

  it('expands ~ at the start of a word and after NAME=', async () => {
    const { run } = setup();
    expect((await run('P=~/x; echo ~ ~/f.zip "~" $P a~')).out).toBe(`${HOME} ${HOME}/f.zip ~ ${HOME}/x a~\n`);
  });

  it('globs unquoted *, ? and [..] against the workspace, sorted; no match keeps the word', async () => {
    const { run } = setup({ 'a.zip': '', 'b.zip': '', 'c.js': '', '.hidden.zip': '', 'src/x.js': '' });
    expect((await run('echo *.zip')).out).toBe('a.zip b.zip\n');
    expect((await run('echo "*.zip" \\*.zip')).out).toBe('*.zip *.zip\n');
    expect((await run('echo ?.js src/*.js [ab].zip')).out).toBe('c.js src/x.js a.zip b.zip\n');
    expect((await run('echo *.txt')).out).toBe('*.txt\n');
  });

  it('brace-expands lists and sequences', async () => {
    const { run } = setup();
    expect((await run('echo f{a,b}.txt {1..4} {3..1}')).out).toBe('fa.txt fb.txt 1 2 3 4 3 2 1\n');
  });

  it('evaluates $(( )) arithmetic', async () => {
    const { run } = setup();
    expect((await run('I=4; echo $((I * 2 + 1)) $(( (I + 1) % 3 ))')).out).toBe('9 2\n');
    expect((await run('echo $((1 / 0))')).err).toMatch(/^bash: 1 \/ 0: division by 0/);
  });
});

describe('lines, continuation and comments', () => {
  it('runs a pasted multi-line command with \\ continuations as one command', async () => {
    const { run } = setup({}, { aws: printArgs });
    const r = await run('aws lambda create-function \\\n  --function-name my-function \\\n  --runtime nodejs22.x # a comment\n');
    expect(r.out).toBe('[lambda]\n[create-function]\n[--function-name]\n[my-function]\n[--runtime]\n[nodejs22.x]\n');
    expect(r.status).toBe(0);
  });

  it('runs each line of a paste, and the lines before a syntax error', async () => {
    const { run } = setup();
    const r = await run('echo one\n\necho two\necho a ;; echo b\necho never');
    expect(r.out).toBe('one\ntwo\n');
    expect(r.err).toBe("bash: syntax error near unexpected token `;;'\n");
    expect(r.status).toBe(2);
  });

  it('reports an unclosed quote at the end of input as bash does', async () => {
    const { run } = setup();
    const r = await run('echo "abc');
    expect(r.err).toBe('bash: unexpected EOF while looking for matching `"\'\nbash: syntax error: unexpected end of file\n');
    expect(r.status).toBe(2);
  });

  it('treats # as a comment only at the start of a word', async () => {
    const { run } = setup();
    expect((await run('echo a#b # not this')).out).toBe('a#b\n');
    expect((await run('# only a comment')).status).toBe(0);
  });
});

describe('operators', () => {
  it('runs ; && || with bash semantics and sets $?', async () => {
    const { run } = setup();
    expect((await run('false && echo no; echo $?')).out).toBe('1\n');
    expect((await run('true && echo yes || echo no')).out).toBe('yes\n');
    expect((await run('false || echo fallback')).out).toBe('fallback\n');
    expect((await run('false; true || echo skipped')).out).toBe('');
    expect((await run('! false && echo negated')).out).toBe('negated\n');
    const r = await run('nope-cmd');
    expect(r).toEqual({ out: '', err: 'bash: nope-cmd: command not found\n', status: 127 });
  });

  it('pipes stdout into the next command’s stdin', async () => {
    const upper: Command = async (ctx) => {
      ctx.stdout(ctx.stdin.toUpperCase());
      return 0;
    };
    const { run } = setup({ 'f.txt': 'one\ntwo\nthree\n' }, { upper });
    expect((await run('cat f.txt | head -n 2 | upper')).out).toBe('ONE\nTWO\n');
    expect((await run('echo abc | cat - f.txt | grep -c o')).out).toBe('2\n');
    const r = await run('false | true');
    expect(r.status).toBe(0);
  });

  it('runs ( … ) in a subshell: cd and variables do not leak out', async () => {
    const { run, shell } = setup({ 'pkg/index.js': '' });
    const r = await run('(cd pkg && X=1 && pwd); pwd; echo "x=$X"');
    expect(r.out).toBe(`${HOME}/pkg\n${HOME}\nx=\n`);
    expect(shell.cwd).toBe(HOME);
  });

  it('runs for loops', async () => {
    const { run } = setup();
    const r = await run('for f in a b c; do\n  echo "item $f"\ndone');
    expect(r.out).toBe('item a\nitem b\nitem c\n');
    expect((await run('for i in $(seq 1 3); do echo -n $i; done; echo')).out).toBe('123\n');
  });

  it('rejects compound commands it does not run, and says so', async () => {
    const { run } = setup();
    const r = await run('if true; then echo x; fi');
    expect(r.err).toBe("bash: if: compound commands other than `for' are not supported in this shell\n");
    expect(r.status).toBe(2);
  });
});

describe('redirections', () => {
  it('writes > and appends >>', async () => {
    const { run, read } = setup();
    await run('echo one > out.txt');
    await run('echo two >> out.txt');
    expect(await read('out.txt')).toBe('one\ntwo\n');
    await run('echo three >out.txt');
    expect(await read('out.txt')).toBe('three\n');
  });

  it('redirects stderr with 2> and 2>&1, and discards into /dev/null', async () => {
    const { run, read } = setup();
    let r = await run('cat nope 2> err.txt');
    expect(r.err).toBe('');
    expect(r.status).toBe(1);
    expect(await read('err.txt')).toBe('cat: nope: No such file or directory\n');
    r = await run('cat nope > all.txt 2>&1; echo done');
    expect(r.out).toBe('done\n');
    expect(await read('all.txt')).toBe('cat: nope: No such file or directory\n');
    r = await run('cat nope 2>/dev/null || echo failed');
    expect(r).toEqual({ out: 'failed\n', err: '', status: 0 });
    r = await run('cat nope &> both.txt');
    expect(await read('both.txt')).toBe('cat: nope: No such file or directory\n');
  });

  it('creates the file before the command runs, and fails without running it when it cannot', async () => {
    const { run, exists } = setup();
    let r = await run('nope-cmd > created.txt');
    expect(await exists('created.txt')).toBe(true);
    expect(r.status).toBe(127);
    r = await run('echo hi > missing/dir/f.txt');
    expect(r).toEqual({ out: '', err: 'bash: missing/dir/f.txt: No such file or directory\n', status: 1 });
    r = await run('echo $NOPE > $NOPE');
    expect(r.err).toBe('bash: $NOPE: ambiguous redirect\n');
  });

  it('reads stdin from < and here-documents', async () => {
    const { run, read } = setup({ 'in.txt': 'from file\n' });
    expect((await run('cat < in.txt')).out).toBe('from file\n');
    const r = await run('NAME=lambda\ncat > policy.json <<EOF\n{ "name": "$NAME" }\nEOF\ncat <<\'RAW\'\n$NAME\nRAW');
    expect(await read('policy.json')).toBe('{ "name": "lambda" }\n');
    expect(r.out).toBe('$NAME\n');
    expect((await run('grep -c a <<< "banana"')).out).toBe('1\n');
  });
});

describe('variables and command substitution', () => {
  it('captures stdout of $( … ) without trailing newlines — the --query/--output text idiom', async () => {
    const aws: Command = async (ctx) => {
      const i = ctx.argv.indexOf('--role-name');
      ctx.stdout(`arn:aws:iam::111111111111:role/${ctx.argv[i + 1]}\n\n`);
      return 0;
    };
    const { run } = setup({}, { aws });
    const r = await run('ROLE=$(aws iam get-role --role-name lambda-ex --query Role.Arn --output text)\necho "[$ROLE]"');
    expect(r.out).toBe('[arn:aws:iam::111111111111:role/lambda-ex]\n');
    expect((await run('echo `echo old style` $(echo $(echo nested))')).out).toBe('old style nested\n');
  });

  it('gives $? of the substitution to a bare assignment', async () => {
    const { run } = setup();
    expect((await run('X=$(false); echo $?')).out).toBe('1\n');
    expect((await run('X=$(true); echo $?')).out).toBe('0\n');
  });

  it('passes exported variables (and NAME=v prefixes) to commands, not plain ones', async () => {
    const showEnv: Command = async (ctx) => {
      ctx.stdout(`${ctx.env.AWS_PROFILE ?? '-'} ${ctx.env.PLAIN ?? '-'}\n`);
      return 0;
    };
    const { run, shell } = setup({}, { show: showEnv });
    expect((await run('PLAIN=1; show')).out).toBe('- -\n');
    expect((await run('AWS_PROFILE=partner show')).out).toBe('partner -\n');
    expect((await run('show')).out).toBe('- -\n');
    expect((await run('export AWS_PROFILE=partner; show')).out).toBe('partner -\n');
    expect(shell.env.AWS_PROFILE).toBe('partner');
    expect((await run('export PLAIN; show')).out).toBe('partner 1\n');
    expect((await run('unset AWS_PROFILE; show')).out).toBe('- 1\n');
  });

  it('keeps `export X=$(…)` one word even when the output has spaces', async () => {
    const { run } = setup({}, { aws: printArgs });
    expect((await run('export X=$(echo a   b); aws "$X"')).out).toBe('[a b]\n');
  });
});

describe('robustness', () => {
  it('turns a throwing command into bash: <cmd>: <message>, status 1, and keeps going', async () => {
    const boom: Command = async () => {
      throw new Error('kaboom');
    };
    const { run } = setup({}, { boom });
    const r = await run('boom; echo still here');
    expect(r.err).toBe('bash: boom: kaboom\n');
    expect(r.out).toBe('still here\n');
    expect((await run('boom')).status).toBe(1);
  });

  it('stops at exit, with its status', async () => {
    const { run } = setup();
    const r = await run('echo a; exit 3; echo b');
    expect(r).toEqual({ out: 'a\n', err: '', status: 3 });
    expect((await run('(exit 4); echo $?')).out).toBe('4\n');
  });

  it('does not start new commands once aborted', async () => {
    const controller = new AbortController();
    const stop: Command = async () => {
      controller.abort();
      return 0;
    };
    const { shell } = setup({}, { stop });
    let out = '';
    const status = await shell.run('stop; echo after', { stdout: (t) => (out += t), stderr: () => {} }, { signal: controller.signal });
    expect(out).toBe('');
    expect(status).toBe(130);
  });

  it('says why a path cannot run', async () => {
    const { run } = setup({ 'script.sh': 'echo hi' });
    expect(await run('./script.sh')).toEqual({ out: '', err: 'bash: ./script.sh: Permission denied\n', status: 126 });
    expect((await run('./nope.sh')).err).toBe('bash: ./nope.sh: No such file or directory\n');
  });
});

describe('prompt and state', () => {
  it('shows the working directory with ~, and follows cd', async () => {
    const { run, shell } = setup({ 'src/x': '' });
    expect(shell.prompt()).toBe('learner@lambda-lab:~$ ');
    await run('cd src');
    expect(shell.prompt()).toBe('learner@lambda-lab:~/src$ ');
    expect(shell.cwd).toBe(`${HOME}/src`);
    await run('cd /');
    expect(shell.prompt()).toBe('learner@lambda-lab:/$ ');
    await run('false');
    expect(shell.lastStatus).toBe(1);
  });

  it('registers commands with a summary that help lists', async () => {
    const { run, shell } = setup();
    shell.register('lab', async (ctx) => {
      ctx.stdout('lab!\n');
      return 0;
    }, "the sandbox's own controls");
    expect((await run('lab')).out).toBe('lab!\n');
    const help = (await run('help')).out;
    expect(help).toMatch(/^ {2}lab +the sandbox's own controls$/m);
    expect(help).toMatch(/^ {2}zip +/m);
    expect((await run('help lab')).out).toBe("lab: the sandbox's own controls\n");
  });

  it('sources a file in the current shell', async () => {
    const { run } = setup({ 'env.sh': 'export FN=my-function\ncd /\n' });
    expect((await run('source env.sh; echo $FN; pwd')).out).toBe('my-function\n/\n');
  });
});
