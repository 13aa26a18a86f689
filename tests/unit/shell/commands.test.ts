import { describe, expect, it } from 'vitest';
import { columns, human } from '../../../sandbox/shell/commands/ls.ts';
import { HOME, NOW, setup } from './helpers.ts';

describe('ls', () => {
  const files = { 'index.mjs': 'x'.repeat(104), 'README.md': '', 'package.json': '{}', 'lib/a.js': '', '.env': '' };

  it('prints names two spaces apart on a terminal, sorted as in en_US', async () => {
    const { run } = setup(files);
    expect(await run('ls')).toEqual({ out: 'index.mjs  lib  package.json  README.md\n', err: '', status: 0 });
  });

  it('prints one per line into a pipe or with -1, and shows dotfiles with -a / -A', async () => {
    const { run } = setup(files);
    expect((await run('ls | cat')).out).toBe('index.mjs\nlib\npackage.json\nREADME.md\n');
    expect((await run('ls -1A')).out).toBe('.env\nindex.mjs\nlib\npackage.json\nREADME.md\n');
    expect((await run('ls -a')).out).toBe('.  ..  .env  index.mjs  lib  package.json  README.md\n');
    expect((await run('ls -F')).out).toBe('index.mjs  lib/  package.json  README.md\n');
  });

  it('prints the long format with total, aligned columns and times', async () => {
    const { run } = setup(files);
    expect((await run('ls -l')).out).toBe(
      'total 12\n' +
        '-rw-r--r-- 1 learner learner  104 Jan 15 10:30 index.mjs\n' +
        'drwxr-xr-x 2 learner learner 4096 Jan 15 10:30 lib\n' +
        '-rw-r--r-- 1 learner learner    2 Jan 15 10:30 package.json\n' +
        '-rw-r--r-- 1 learner learner    0 Jan 15 10:30 README.md\n',
    );
    expect((await run('ls -l index.mjs')).out).toBe('-rw-r--r-- 1 learner learner 104 Jan 15 10:30 index.mjs\n');
  });

  it('lists several operands: files first, then each directory under a header', async () => {
    const { run } = setup(files);
    expect((await run('ls lib index.mjs')).out).toBe('index.mjs\n\nlib:\na.js\n');
    expect((await run('ls lib')).out).toBe('a.js\n');
  });

  it("reports errors in coreutils' words", async () => {
    const { run } = setup(files);
    expect(await run('ls nope')).toEqual({ out: '', err: "ls: cannot access 'nope': No such file or directory\n", status: 2 });
    expect(await run('ls -z')).toEqual({ out: '', err: "ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n", status: 2 });
    expect((await run('ls --bogus')).err).toBe("ls: unrecognized option '--bogus'\nTry 'ls --help' for more information.\n");
  });

  it('lays out columns top to bottom when one line is not enough', () => {
    const names = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'];
    expect(columns(names, 20)).toBe('alpha    delta\nbravo    echo\ncharlie  foxtrot\n');
    expect(columns(names, 80)).toBe('alpha  bravo  charlie  delta  echo  foxtrot\n');
  });

  it('formats human sizes as GNU does', () => {
    expect([human(104), human(4096), human(45056), human(1150)]).toEqual(['104', '4.0K', '44K', '1.2K']);
  });
});

describe('cat, echo, head, tail, grep', () => {
  it('cat concatenates files and stdin, and reports missing files and directories', async () => {
    const { run } = setup({ 'a.txt': 'A\n', 'b.txt': 'B\n', 'd/x': '' });
    expect((await run('cat a.txt b.txt')).out).toBe('A\nB\n');
    expect((await run('echo in | cat a.txt - b.txt')).out).toBe('A\nin\nB\n');
    expect(await run('cat nope.txt a.txt')).toEqual({ out: 'A\n', err: 'cat: nope.txt: No such file or directory\n', status: 1 });
    expect((await run('cat d')).err).toBe('cat: d: Is a directory\n');
    expect((await run('cat -n a.txt b.txt')).out).toBe('     1\tA\n     2\tB\n');
  });

  it('echo handles -n and -e', async () => {
    const { run } = setup();
    expect((await run('echo -n hi')).out).toBe('hi');
    expect((await run('echo -e "a\\tb\\nc"')).out).toBe('a\tb\nc\n');
    expect((await run('echo "a\\tb"')).out).toBe('a\\tb\n');
    expect((await run('echo -e "stop\\cgone"')).out).toBe('stop');
    expect((await run('echo -x')).out).toBe('-x\n');
  });

  it('head and tail take -n N, -N and several files', async () => {
    const text = Array.from({ length: 12 }, (_, i) => `line${i + 1}`).join('\n') + '\n';
    const { run } = setup({ 'f.txt': text, 'g.txt': 'g\n' });
    expect((await run('head f.txt')).out.split('\n')).toHaveLength(11);
    expect((await run('head -n 2 f.txt')).out).toBe('line1\nline2\n');
    expect((await run('head -3 f.txt')).out).toBe('line1\nline2\nline3\n');
    expect((await run('tail -n 2 f.txt')).out).toBe('line11\nline12\n');
    expect((await run('head -n 1 f.txt g.txt')).out).toBe('==> f.txt <==\nline1\n\n==> g.txt <==\ng\n');
    expect((await run('head nope')).err).toBe("head: cannot open 'nope' for reading: No such file or directory\n");
    expect((await run('head -n')).err).toBe("head: option requires an argument -- 'n'\nTry 'head --help' for more information.\n");
    expect((await run('head -n x f.txt')).err).toBe('head: invalid number of lines: ‘x’\n');
  });

  it('grep filters lines, with -i -v -n -c and exit 1 when nothing matches', async () => {
    const { run } = setup({ 'f.txt': 'FunctionName: a\nRuntime: x\nfunctionname: b\n' });
    expect((await run('grep FunctionName f.txt')).out).toBe('FunctionName: a\n');
    expect((await run('grep -in functionname f.txt')).out).toBe('1:FunctionName: a\n3:functionname: b\n');
    expect((await run('grep -v -c Function f.txt')).out).toBe('2\n');
    expect((await run('grep nothing f.txt')).status).toBe(1);
    expect((await run('grep x nope')).status).toBe(2);
  });
});

describe('cd, pwd, export, env, true, false, clear', () => {
  it('cd: no argument is home, - is the previous directory; errors are bash’s', async () => {
    const { run, shell } = setup({ 'src/a': '', 'f.txt': '' });
    expect((await run('cd src; pwd')).out).toBe(`${HOME}/src\n`);
    expect((await run('cd; pwd')).out).toBe(`${HOME}\n`);
    expect((await run('cd -')).out).toBe(`${HOME}/src\n`);
    expect((await run('cd ~; cd ..; pwd')).out).toBe('/home\n');
    await run('cd');
    expect(await run('cd nope')).toEqual({ out: '', err: 'bash: cd: nope: No such file or directory\n', status: 1 });
    expect((await run('cd f.txt')).err).toBe('bash: cd: f.txt: Not a directory\n');
    expect((await run('cd a b')).err).toBe('bash: cd: too many arguments\n');
    expect(shell.env.PWD).toBe(HOME);
  });

  it('export lists declare -x lines; env prints NAME=value and runs a command with extra vars', async () => {
    const { run } = setup();
    await run('export FN="my fn"');
    expect((await run('export')).out).toContain('declare -x FN="my fn"\n');
    expect((await run('env')).out).toContain('FN=my fn\n');
    expect((await run('env')).out).toContain(`HOME=${HOME}\n`);
    expect((await run('env X=1 env | grep ^X=')).out).toBe('X=1\n');
    expect((await run('export 1X=2')).err).toBe("bash: export: `1X=2': not a valid identifier\n");
  });

  it('true, false and clear', async () => {
    const { run } = setup();
    expect((await run('true')).status).toBe(0);
    expect((await run('false')).status).toBe(1);
    expect((await run('clear')).out).toBe('\x1b[2J\x1b[3J\x1b[H');
  });
});

describe('mkdir, rm, cp, mv, touch', () => {
  it('mkdir makes directories, -p with parents; errors are coreutils’', async () => {
    const { run, exists } = setup({ 'f': '' });
    expect((await run('mkdir a && mkdir -p b/c/d && mkdir -p b/c')).status).toBe(0);
    expect(await exists('b/c/d')).toBe(true);
    expect(await run('mkdir a')).toEqual({ out: '', err: 'mkdir: cannot create directory ‘a’: File exists\n', status: 1 });
    expect((await run('mkdir x/y')).err).toBe('mkdir: cannot create directory ‘x/y’: No such file or directory\n');
    expect((await run('mkdir')).err).toBe("mkdir: missing operand\nTry 'mkdir --help' for more information.\n");
  });

  it('rm removes files, -r directories, -f ignores missing ones', async () => {
    const { run, exists } = setup({ 'a.txt': '', 'd/x': '' });
    expect(await run('rm d')).toEqual({ out: '', err: "rm: cannot remove 'd': Is a directory\n", status: 1 });
    expect(await run('rm nope')).toEqual({ out: '', err: "rm: cannot remove 'nope': No such file or directory\n", status: 1 });
    expect((await run('rm -f nope')).status).toBe(0);
    expect((await run('rm a.txt && rm -rf d')).status).toBe(0);
    expect(await exists('a.txt')).toBe(false);
    expect(await exists('d')).toBe(false);
    expect((await run('rm -x')).err).toBe("rm: invalid option -- 'x'\nTry 'rm --help' for more information.\n");
    expect((await run('rm')).err).toBe("rm: missing operand\nTry 'rm --help' for more information.\n");
  });

  it('cp copies files, into directories, and trees with -r', async () => {
    const { run, read, exists } = setup({ 'a.txt': 'A', 'src/x.js': 'X', 'dest/': '' });
    await run('cp a.txt b.txt && cp a.txt dest && cp -r src copy');
    expect(await read('b.txt')).toBe('A');
    expect(await read('dest/a.txt')).toBe('A');
    expect(await read('copy/x.js')).toBe('X');
    expect((await run('cp src other')).err).toBe("cp: -r not specified; omitting directory 'src'\n");
    expect((await run('cp nope x')).err).toBe("cp: cannot stat 'nope': No such file or directory\n");
    expect((await run('cp a.txt')).err).toBe("cp: missing destination file operand after 'a.txt'\nTry 'cp --help' for more information.\n");
    expect((await run('cp -r src src/inner')).err).toBe("cp: cannot copy a directory, 'src', into itself, 'src/inner'\n");
    expect(await exists('src/inner')).toBe(false);
  });

  it('mv renames and moves', async () => {
    const { run, read, exists } = setup({ 'a.txt': 'A', 'd/': '', 'tree/y': 'Y' });
    await run('mv a.txt b.txt && mv b.txt d/ && mv tree moved');
    expect(await exists('a.txt')).toBe(false);
    expect(await read('d/b.txt')).toBe('A');
    expect(await read('moved/y')).toBe('Y');
    expect((await run('mv nope x')).err).toBe("mv: cannot stat 'nope': No such file or directory\n");
  });

  it('touch creates empty files and moves the mtime', async () => {
    const { run, read, fs } = setup({ 'old.txt': 'keep' });
    await run('touch new.txt old.txt');
    expect(await read('new.txt')).toBe('');
    expect(await read('old.txt')).toBe('keep');
    expect((await fs.stat(`${HOME}/old.txt`))?.mtimeMs).toBe(NOW);
    expect((await run('touch a/b')).err).toBe("touch: cannot touch 'a/b': No such file or directory\n");
  });
});
