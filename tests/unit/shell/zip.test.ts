import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createZip, readZip, savedPercent, unzipFiles, ZipError, zipFiles } from '../../../sandbox/shell/zip.ts';
import { HOME, setup } from './helpers.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const HANDLER = 'export const handler = async (event) => {\n  return { statusCode: 200, body: JSON.stringify(event) };\n};\n';

describe('zipFiles / unzipFiles', () => {
  it('round-trips files, text and binary, nested and empty', () => {
    const files = {
      'index.mjs': enc(HANDLER.repeat(20)),
      'lib/util.js': enc('module.exports = 1;\n'),
      'bin/data': new Uint8Array([0, 1, 2, 255, 254]),
      'empty.txt': new Uint8Array(0),
    };
    const back = unzipFiles(zipFiles(files));
    expect(Object.keys(back).sort()).toEqual(Object.keys(files).sort());
    for (const [name, data] of Object.entries(files)) expect(back[name]).toEqual(data);
  });

  it('is deterministic and keeps the given time (UTC DOS time)', () => {
    const files = { 'a.txt': enc('aaaa'), 'b/': new Uint8Array(0) };
    const t = Date.UTC(2024, 0, 15, 10, 30, 12);
    expect(zipFiles(files, { mtimeMs: t })).toEqual(zipFiles(files, { mtimeMs: t }));
    const entries = readZip(zipFiles(files, { mtimeMs: t }));
    expect(entries.map((e) => [e.name, e.dir, new Date(e.mtimeMs).toISOString()])).toEqual([
      ['a.txt', false, '2024-01-15T10:30:12.000Z'],
      ['b/', true, '2024-01-15T10:30:12.000Z'],
    ]);
    // Before 1980 (a clock at 0) clamps to the DOS epoch instead of failing.
    expect(new Date(readZip(zipFiles(files, { mtimeMs: 0 }))[0].mtimeMs).toISOString()).toBe('1980-01-01T00:00:00.000Z');
    expect(unzipFiles(zipFiles(files))).toEqual({ 'a.txt': enc('aaaa') });
  });

  it('stores what deflate cannot shrink, deflates the rest', () => {
    const { entries } = createZip([
      { name: 'tiny', data: enc('x') },
      { name: 'text', data: enc('hello '.repeat(100)) },
    ]);
    expect(entries.map((e) => e.method)).toEqual([0, 8]);
    expect(savedPercent(45056, 117)).toBe(100);
    expect(savedPercent(104, 98)).toBe(6);
    expect(savedPercent(0, 0)).toBe(0);
  });

  it('interoperates with another zip implementation (fflate) both ways', () => {
    const ours = zipFiles({ 'x/y.txt': enc('hello hello hello hello') });
    expect(new TextDecoder().decode(unzipSync(ours)['x/y.txt'])).toBe('hello hello hello hello');
    const theirs = zipSync({ 'a.js': enc(HANDLER), 'd/b.js': enc('b') });
    expect(Object.keys(unzipFiles(theirs)).sort()).toEqual(['a.js', 'd/b.js']);
  });

  it('throws a clear ZipError on a bad archive', () => {
    expect(() => unzipFiles(enc('this is not a zip'))).toThrow(ZipError);
    expect(() => unzipFiles(enc('this is not a zip'))).toThrow(/not a zip file/);
    const data = zipFiles({ 'a.txt': enc('abc') });
    data[30 + 'a.txt'.length] ^= 0xff; // corrupt the stored byte: CRC mismatch
    try {
      unzipFiles(data);
      expect.unreachable();
    } catch (error) {
      expect((error as ZipError).code).toBe('CORRUPT');
    }
  });

  it('makes entry names safe to extract', () => {
    const data = createZip([{ name: '../../etc/passwd', data: enc('x') }, { name: '/abs.txt', data: enc('y') }]).data;
    expect(Object.keys(unzipFiles(data)).sort()).toEqual(['abs.txt', 'etc/passwd']);
  });
});

describe('zip command', () => {
  it("prints Info-ZIP's adding lines and writes an archive of the files", async () => {
    const { run, fs } = setup({ 'index.mjs': HANDLER, 'x': 'x' });
    const r = await run('zip function.zip index.mjs x');
    expect(r).toEqual({ out: '  adding: index.mjs (deflated 6%)\n  adding: x (stored 0%)\n', err: '', status: 0 });
    expect(unzipFiles(await fs.readFile(`${HOME}/function.zip`))).toEqual({ 'index.mjs': enc(HANDLER), x: enc('x') });
  });

  it('recurses with -r, skips the archive itself, and records directories', async () => {
    const { run, fs } = setup({ 'index.mjs': HANDLER, 'lib/a.js': 'a' });
    const r = await run('zip -r function.zip .');
    expect(r.out).toBe('  adding: index.mjs (deflated 6%)\n  adding: lib/ (stored 0%)\n  adding: lib/a.js (stored 0%)\n');
    expect(readZip(await fs.readFile(`${HOME}/function.zip`)).map((e) => e.name)).toEqual(['index.mjs', 'lib/', 'lib/a.js']);
    // Again, now that function.zip is in the directory: it updates, and does not add itself.
    expect((await run('zip -r function.zip .')).out).toBe('updating: index.mjs (deflated 6%)\nupdating: lib/ (stored 0%)\nupdating: lib/a.js (stored 0%)\n');
    expect(readZip(await fs.readFile(`${HOME}/function.zip`))).toHaveLength(3);
  });

  it('updates an existing archive, keeping its other entries', async () => {
    const { run, fs } = setup({ 'a.js': 'a', 'b.js': 'b' });
    await run('zip f.zip a.js');
    await fs.writeFile(`${HOME}/a.js`, 'A2');
    const r = await run('zip f.zip a.js b.js');
    expect(r.out).toBe('updating: a.js (stored 0%)\n  adding: b.js (stored 0%)\n');
    expect(unzipFiles(await fs.readFile(`${HOME}/f.zip`))).toEqual({ 'a.js': enc('A2'), 'b.js': enc('b') });
  });

  it('warns about missing names and fails with Nothing to do! when none matched', async () => {
    const { run, exists } = setup({ 'index.mjs': HANDLER });
    let r = await run('zip function.zip index.mjs nope.js');
    expect(r.err).toBe('\tzip warning: name not matched: nope.js\n');
    expect(r.status).toBe(0);
    r = await run('zip other.zip nope.js');
    expect(r).toEqual({ out: '', err: '\tzip warning: name not matched: nope.js\n\nzip error: Nothing to do! (other.zip)\n', status: 12 });
    expect(await exists('other.zip')).toBe(false);
  });

  it('is quiet with -q, junks paths with -j, and adds .zip to a bare name', async () => {
    const { run, fs } = setup({ 'src/index.mjs': HANDLER });
    expect((await run('zip -qj package src/index.mjs')).out).toBe('');
    expect(Object.keys(unzipFiles(await fs.readFile(`${HOME}/package.zip`)))).toEqual(['index.mjs']);
    expect((await run('zip -Q x.zip src')).err).toBe("\nzip error: Invalid command arguments (short option 'Q' not supported)\n");
  });
});

describe('unzip command', () => {
  it('extracts with Info-ZIP lines, into -d DIR, creating directories', async () => {
    const { run, read } = setup({ 'index.mjs': HANDLER, 'lib/a.js': 'a' });
    await run('zip -qr function.zip index.mjs lib');
    const r = await run('unzip function.zip -d out');
    expect(r).toEqual({
      out: 'Archive:  function.zip\n  inflating: out/index.mjs           \n   creating: out/lib/\n extracting: out/lib/a.js            \n',
      err: '',
      status: 0,
    });
    expect(await read('out/index.mjs')).toBe(HANDLER);
    expect(await read('out/lib/a.js')).toBe('a');
  });

  it('lists with -l as Info-ZIP does', async () => {
    const { run, fs } = setup();
    await fs.writeFile(`${HOME}/f.zip`, zipFiles({ 'index.mjs': enc(HANDLER), 'lib/': new Uint8Array(0) }, { mtimeMs: Date.UTC(2024, 0, 15, 10, 30) }));
    expect((await run('unzip -l f.zip')).out).toBe(
      'Archive:  f.zip\n' +
        '  Length      Date    Time    Name\n' +
        '---------  ---------- -----   ----\n' +
        '      104  2024-01-15 10:30   index.mjs\n' +
        '        0  2024-01-15 10:30   lib/\n' +
        '---------                     -------\n' +
        '      104                     2 files\n',
    );
  });

  it('does not overwrite without -o (as UnZip with no terminal to ask), and does with -o', async () => {
    const { run, read, fs } = setup({ 'a.txt': 'new' });
    await run('zip -q f.zip a.txt');
    await fs.writeFile(`${HOME}/a.txt`, 'mine');
    let r = await run('unzip f.zip');
    expect(r.err).toBe('replace a.txt? [y]es, [n]o, [A]ll, [N]one, [r]ename:  NULL\n(EOF or read error, treating as "[N]one" ...)\n');
    expect(r.status).toBe(1);
    expect(await read('a.txt')).toBe('mine');
    r = await run('unzip -oq f.zip');
    expect(r).toEqual({ out: '', err: '', status: 0 });
    expect(await read('a.txt')).toBe('new');
  });

  it('fails like UnZip on a missing or bad archive', async () => {
    const { run } = setup({ 'bad.zip': 'garbage' });
    expect(await run('unzip nope.zip')).toEqual({ out: '', err: 'unzip:  cannot find or open nope.zip, nope.zip.zip or nope.zip.ZIP.\n', status: 9 });
    const r = await run('unzip bad.zip');
    expect(r.out).toBe('Archive:  bad.zip\n');
    expect(r.err).toContain('End-of-central-directory signature not found.');
    expect(r.err).toContain('unzip:  cannot find zipfile directory in one of bad.zip or\n        bad.zip.zip, and cannot find bad.zip.ZIP, period.\n');
    expect(r.status).toBe(9);
  });

  it('round-trips a workspace through zip and unzip', async () => {
    const files = { 'index.mjs': HANDLER, 'package.json': '{"type":"module"}', 'node_modules/dep/index.js': 'module.exports = 42;\n' };
    const { run, read } = setup(files);
    expect((await run('zip -qr ../pkg.zip . && mkdir /tmp && cd /tmp && unzip -q ../home/learner/../pkg.zip')).status).toBe(0);
    for (const [name, text] of Object.entries(files)) expect(await read(`/tmp/${name}`)).toBe(text);
  });
});
