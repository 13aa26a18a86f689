import { Buffer } from 'node:buffer';
import nodePath from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { createFunctionFileSystem } from '../../../sandbox/runtime/fs/index.ts';
import { createPosixPath } from '../../../sandbox/runtime/fs/path.ts';
import { decode, encode, type Encoding } from '../../../sandbox/runtime/fs/encoding.ts';
import { createFunction, invoke, newCloud } from '../../helpers/cloud.ts';
import { startRealm } from './realm-driver.ts';

const DATA = { 'data.json': '{"greeting":"hello"}', 'lib/words.txt': 'one\ntwo\n' };

/** A handler that runs `body` and returns what it returns, or the error's Node fields if it throws. */
function probe(body: string): Record<string, string> {
  return {
    ...DATA,
    'index.mjs': `import fs from 'fs';
export const handler = async (event) => {
  try {
    return await (async () => { ${body} })();
  } catch (e) {
    return { error: { name: e.name, message: e.message, code: e.code, errno: e.errno, syscall: e.syscall, path: e.path } };
  }
};`,
  };
}

describe("the function's own file system, through the engine", () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('reads a bundled data file: sync, callback, promises, relative to process.cwd() = /var/task', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'reader', {
      ...DATA,
      'index.mjs': `import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
export const handler = async () => ({
  cwd: process.cwd(),
  relative: JSON.parse(fs.readFileSync('./data.json', 'utf8')).greeting,
  bare: JSON.parse(fs.readFileSync('data.json')).greeting,
  absolute: fs.readFileSync('/var/task/lib/words.txt', 'utf8').split('\\n')[1],
  promises: JSON.parse(await readFile(path.resolve('data.json'), { encoding: 'utf8' })).greeting,
  fsPromises: (await fs.promises.readFile(new URL('./lib/words.txt', import.meta.url))).toString('base64'),
  callback: await new Promise((resolve, reject) => fs.readFile('data.json', 'utf8', (e, d) => (e ? reject(e) : resolve(d.length)))),
  same: fs.promises === (await import('fs/promises')).default,
});`,
    });
    const out = await invoke(cloud, 'reader');
    expect(out.FunctionError).toBeUndefined();
    expect(out.json).toEqual({
      cwd: '/var/task',
      relative: 'hello',
      bare: 'hello',
      absolute: 'two',
      promises: 'hello',
      fsPromises: Buffer.from(DATA['lib/words.txt']).toString('base64'),
      callback: DATA['data.json'].length,
      same: true,
    });
  });

  it('works from CommonJS with __dirname, and require of JSON still comes from the module system', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'cjs', {
      ...DATA,
      'index.js': `const fs = require('fs'); const path = require('path'); const data = require('./data.json');
exports.handler = async () => ({ viaFs: JSON.parse(fs.readFileSync(path.join(__dirname, 'data.json'), 'utf8')), viaRequire: data, promises: require('fs/promises') === fs.promises });`,
    });
    expect((await invoke(cloud, 'cjs')).json).toEqual({ viaFs: { greeting: 'hello' }, viaRequire: { greeting: 'hello' }, promises: true });
  });

  it('refuses writes to /var/task with EROFS, in the words of Node on Lambda', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'rofs', probe(`fs.writeFileSync('/var/task/x', 'no');`));
    expect((await invoke(cloud, 'rofs')).json.error).toEqual({
      name: 'Error', message: "EROFS: read-only file system, open '/var/task/x'", code: 'EROFS', errno: -30, syscall: 'open', path: '/var/task/x',
    });
    await createFunction(cloud, 'rofs-uncaught', { 'index.mjs': `import { mkdirSync } from 'fs'; export const handler = async () => { mkdirSync('/var/task/cache'); };` });
    const out = await invoke(cloud, 'rofs-uncaught');
    expect(out.FunctionError).toBe('Unhandled');
    expect(out.json.errorType).toBe('Error');
    expect(out.json.errorMessage).toBe("EROFS: read-only file system, mkdir '/var/task/cache'");
    expect(out.json.trace[0]).toBe("Error: EROFS: read-only file system, mkdir '/var/task/cache'");
    expect(out.json.trace[1]).toMatch(/\/var\/task\/index\.mjs:1:\d+\)?$/);
  });

  it('says ENOENT as Node does, with the path as the handler spelled it', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'missing', probe(`return fs.readFileSync(event.path);`));
    expect((await invoke(cloud, 'missing', { path: '/var/task/nope.json' })).json.error).toEqual({
      name: 'Error', message: "ENOENT: no such file or directory, open '/var/task/nope.json'", code: 'ENOENT', errno: -2, syscall: 'open', path: '/var/task/nope.json',
    });
    expect((await invoke(cloud, 'missing', { path: './nope.json' })).json.error.message).toBe("ENOENT: no such file or directory, open './nope.json'");
    // The host's own disk is not there: not through fs, not through process.getBuiltinModule.
    const hostFile = nodePath.resolve('package.json');
    expect((await invoke(cloud, 'missing', { path: hostFile })).json.error.code).toBe('ENOENT');
    await createFunction(cloud, 'builtin', { 'index.mjs': `export const handler = async (e) => process.getBuiltinModule('node:fs').existsSync(e.path);` });
    expect((await invoke(cloud, 'builtin', { path: hostFile })).json).toBe(false);
    expect((await invoke(cloud, 'builtin', { path: '/var/task/index.mjs' })).json).toBe(true);
  });

  it('lists /var/task with readdirSync, with file types and recursively', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'lister', probe(`return {
      names: fs.readdirSync('/var/task'),
      types: fs.readdirSync('.', { withFileTypes: true }).map((d) => [d.name, d.isDirectory(), d.parentPath]),
      recursive: fs.readdirSync('/var/task', { recursive: true }),
      stat: (({ size, mode }) => ({ size, mode }))(fs.statSync('data.json')),
      isDir: fs.statSync('/var/task/lib').isDirectory(),
      tmpMode: fs.statSync('/tmp').mode.toString(8),
    };`));
    expect((await invoke(cloud, 'lister')).json).toEqual({
      names: ['data.json', 'index.mjs', 'lib'],
      types: [['data.json', false, '.'], ['index.mjs', false, '.'], ['lib', true, '.']],
      recursive: ['data.json', 'index.mjs', 'lib', 'lib/words.txt'],
      stat: { size: DATA['data.json'].length, mode: 0o100644 },
      isDir: true,
      tmpMode: '41777',
    });
  });

  it('keeps /tmp between warm invocations of one environment and starts it empty in a new one', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'scratch', probe(`
      const before = fs.existsSync('/tmp/cache/count') ? Number(fs.readFileSync('/tmp/cache/count', 'utf8')) : 0;
      fs.mkdirSync('/tmp/cache', { recursive: true });
      fs.writeFileSync('/tmp/cache/count', String(before + 1));
      if (event.spin) while (true) {}
      if (event.wait) await new Promise((r) => setTimeout(r, 150));
      return before;`), { Timeout: 1 });
    expect((await invoke(cloud, 'scratch')).json).toBe(0);
    expect((await invoke(cloud, 'scratch')).json).toBe(1);
    expect((await invoke(cloud, 'scratch')).json).toBe(2);
    // A timeout discards the environment, and its /tmp with it.
    expect((await invoke(cloud, 'scratch', { spin: true })).json.errorType).toBe('Sandbox.Timedout');
    expect((await invoke(cloud, 'scratch')).json).toBe(0);
    // Two at once: two environments, each with its own /tmp (the warm one has 1, the new one nothing).
    const both = await Promise.all([invoke(cloud, 'scratch', { wait: true }), invoke(cloud, 'scratch', { wait: true })]);
    expect(both.map((r) => r.json).sort()).toEqual([0, 1]);
  });

  it('does the everyday /tmp work: mkdir -p, append, stat, rename, copy, rm -rf, fs/promises', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'tmpwork', probe(`
      const { mkdir, writeFile, appendFile, readFile, rename, copyFile, readdir, rm, stat, access } = await import('node:fs/promises');
      const made = await mkdir('/tmp/a/b', { recursive: true });
      await writeFile('/tmp/a/b/log.txt', 'one');
      await appendFile('/tmp/a/b/log.txt', ',two');
      fs.appendFileSync('/tmp/a/b/log.txt', Buffer.from(',three'));
      await rename('/tmp/a/b/log.txt', '/tmp/a/log.txt');
      await copyFile('/var/task/data.json', '/tmp/a/data.json');
      const s = await stat('/tmp/a/log.txt');
      const listing = await readdir('/tmp/a');
      const text = await readFile('/tmp/a/log.txt', 'utf8');
      const denied = await access('/var/task/data.json', fs.constants.W_OK).catch((e) => e.code);
      const notEmpty = (() => { try { fs.rmdirSync('/tmp/a'); } catch (e) { return e.message; } })();
      await rm('/tmp/a', { recursive: true, force: true });
      return { made, text, size: s.size, isFile: s.isFile(), mtime: s.mtime instanceof Date, listing, denied, notEmpty, gone: fs.existsSync('/tmp/a') };`));
    expect((await invoke(cloud, 'tmpwork')).json).toEqual({
      made: '/tmp/a', text: 'one,two,three', size: 13, isFile: true, mtime: true, listing: ['b', 'data.json', 'log.txt'],
      denied: 'EROFS', notEmpty: "ENOTEMPTY: directory not empty, rmdir '/tmp/a'", gone: false,
    });
  });
});

describe('ephemeral storage', () => {
  it('fails a write past the init message ephemeralStorageMb with ENOSPC, keeping what fit', async () => {
    const realm = await startRealm({
      'index.mjs': `import fs from 'fs';
export const handler = async () => {
  try { fs.writeFileSync('/tmp/big', new Uint8Array(1536 * 1024)); } catch (e) {
    return { message: e.message, code: e.code, syscall: e.syscall, size: fs.statSync('/tmp/big').size };
  }
};`,
    }, { ephemeralStorageMb: 1 });
    try {
      const out = await realm.invoke({});
      expect(JSON.parse(String(out.payload))).toEqual({ message: 'ENOSPC: no space left on device, write', code: 'ENOSPC', syscall: 'write', size: 1024 * 1024 });
    } finally {
      realm.dispose();
    }
  });

  it('holds 512 MB by default', () => {
    const sys = createFunctionFileSystem({ files: {}, clock: () => 0 });
    expect(sys.volume.tmp.capacity).toBe(512 * 1024 * 1024);
  });
});

describe('the file system in isolation', () => {
  const enc = new TextEncoder();
  const make = (mb?: number) =>
    createFunctionFileSystem({
      files: { '/var/task/index.js': enc.encode('x'), '/opt/nodejs/node_modules/lib/index.js': enc.encode('layer'), '/opt/bin/tool': enc.encode('#!') },
      ephemeralStorageMb: mb,
      clock: () => 1_767_225_600_000,
      Buffer,
    });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const fsOf = (sys: ReturnType<typeof make>) => sys.modules.fs as any;
  const err = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('expected a throw');
  };

  it('mounts layers read-only at /opt', () => {
    const fs = fsOf(make());
    expect(fs.readFileSync('/opt/nodejs/node_modules/lib/index.js', 'utf8')).toBe('layer');
    expect(fs.readdirSync('/opt')).toEqual(['bin', 'nodejs']);
    expect(err(() => fs.writeFileSync('/opt/x', ''))).toBe("EROFS: read-only file system, open '/opt/x'");
  });

  it('answers as Linux would outside the mounts: ENOENT to read, EROFS to write on the read-only root', () => {
    const fs = fsOf(make());
    expect(err(() => fs.readFileSync('/etc/passwd'))).toBe("ENOENT: no such file or directory, open '/etc/passwd'");
    expect(err(() => fs.writeFileSync('/home/cache', ''))).toBe("EROFS: read-only file system, open '/home/cache'");
    expect(err(() => fs.writeFileSync('/nowhere/x', ''))).toBe("ENOENT: no such file or directory, open '/nowhere/x'");
    expect(err(() => fs.renameSync('/tmp', '/var/task/tmp'))).toBe("EXDEV: cross-device link not permitted, rename '/tmp' -> '/var/task/tmp'");
  });

  it('gives Node errors for misuse', () => {
    const fs = fsOf(make());
    fs.writeFileSync('/tmp/f', 'x');
    fs.mkdirSync('/tmp/d');
    expect(err(() => fs.readFileSync('/tmp'))).toBe('EISDIR: illegal operation on a directory, read');
    expect(err(() => fs.readFileSync('/tmp/f/x'))).toBe("ENOTDIR: not a directory, open '/tmp/f/x'");
    expect(err(() => fs.mkdirSync('/tmp/d'))).toBe("EEXIST: file already exists, mkdir '/tmp/d'");
    expect(err(() => fs.unlinkSync('/tmp/d'))).toBe("EISDIR: illegal operation on a directory, unlink '/tmp/d'");
    expect(err(() => fs.rmSync('/tmp/d'))).toBe('Path is a directory: rm returned EISDIR (is a directory) /tmp/d');
    expect(err(() => fs.rmSync('/tmp/nope'))).toBe("ENOENT: no such file or directory, lstat '/tmp/nope'");
    expect(err(() => fs.copyFileSync('/tmp/nope', '/tmp/x'))).toBe("ENOENT: no such file or directory, copyfile '/tmp/nope' -> '/tmp/x'");
    expect(err(() => fs.readFileSync('/tmp/f', 'klingon'))).toBe("The argument 'encoding' is invalid encoding. Received 'klingon'");
    expect(err(() => fs.readFileSync(undefined))).toBe('The "path" argument must be of type string or an instance of Buffer or URL. Received undefined');
    expect(err(() => fs.writeFileSync('/tmp/f', 42))).toBe('The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (42)');
    expect(err(() => fs.readFile('/tmp/f'))).toBe('The "cb" argument must be of type function. Received undefined');
    expect(fs.statSync('/tmp/nope', { throwIfNoEntry: false })).toBeUndefined();
  });

  it('delivers callback results later, errors first', async () => {
    const fs = fsOf(make());
    const order: string[] = [];
    const got = new Promise((resolve) => fs.readFile('/tmp/nope', (e: Error) => resolve(e.message)));
    order.push('after call');
    expect(await got).toBe("ENOENT: no such file or directory, open '/tmp/nope'");
    expect(order).toEqual(['after call']);
  });

  it('keeps a copy of a package file independent of the original', () => {
    const sys = make();
    const fs = fsOf(sys);
    fs.copyFileSync('/var/task/index.js', '/tmp/index.js');
    fs.appendFileSync('/tmp/index.js', 'y');
    expect(fs.readFileSync('/var/task/index.js', 'utf8')).toBe('x');
    expect(fs.readFileSync('/tmp/index.js', 'utf8')).toBe('xy');
    expect(sys.volume.tmp.used).toBe(2);
    fs.rmSync('/tmp/index.js');
    expect(sys.volume.tmp.used).toBe(0);
  });

  it('returns bytes that print as text where there is no Buffer', () => {
    const sys = createFunctionFileSystem({ files: { '/var/task/d.json': enc.encode('{"a":1}') }, clock: () => 0 });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const fs = sys.modules.fs as any;
    const bytes = fs.readFileSync('/var/task/d.json');
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(JSON.parse(bytes)).toEqual({ a: 1 });
    expect(bytes.toString('hex')).toBe(Buffer.from('{"a":1}').toString('hex'));
  });

  it('encodes and decodes like Buffer', () => {
    const samples = ['', 'hello', 'héllo wörld ✓ 🎉', '\u0000\u00ff\u0100', 'a'.repeat(1000)];
    const encodings: Encoding[] = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
    for (const s of samples) {
      const bytes = Buffer.from(s, 'utf8');
      for (const e of encodings) {
        expect(decode(bytes, e), `${e} of ${s}`).toBe(bytes.toString(e));
        const text = bytes.toString(e);
        expect(Buffer.from(encode(text, e)).equals(Buffer.from(text, e)), `${e} round trip`).toBe(true);
      }
    }
    expect(Buffer.from(encode('aGV sbG8_-', 'base64')).toString()).toBe(Buffer.from('aGV sbG8_-', 'base64').toString());
    expect(Buffer.from(encode('abzz', 'hex'))).toEqual(Buffer.from('abzz', 'hex'));
  });
});

describe('path (POSIX), as the Web Worker host gets it', () => {
  const ours = createPosixPath(() => '/var/task');
  const theirs = nodePath.posix;
  const inputs = ['', '.', '..', '/', '//', 'a', '/a', 'a/', '/a/b/', 'a//b', './a', '../a', 'a/../..', '/a/../..', '/..', 'a/./b/.', '.hidden', 'a/.hidden',
    'file.txt', '/x/file.tar.gz', 'x/.', 'x/..', '...', 'a..', '/a/b.c/d', 'dir/', '.a.b', 'a/b/../../../c'];

  it('matches node:path.posix on normalize, dirname, basename, extname, parse, isAbsolute', () => {
    for (const p of inputs) {
      expect(ours.normalize(p), `normalize(${p})`).toBe(theirs.normalize(p));
      expect(ours.dirname(p), `dirname(${p})`).toBe(theirs.dirname(p));
      expect(ours.basename(p), `basename(${p})`).toBe(theirs.basename(p));
      expect(ours.basename(p, '.txt'), `basename(${p}, .txt)`).toBe(theirs.basename(p, '.txt'));
      expect(ours.extname(p), `extname(${p})`).toBe(theirs.extname(p));
      expect(ours.parse(p), `parse(${p})`).toEqual(theirs.parse(p));
      expect(ours.isAbsolute(p)).toBe(theirs.isAbsolute(p));
      expect(ours.format(ours.parse(p)), `format(${p})`).toBe(theirs.format(theirs.parse(p)));
    }
  });

  it('matches on join, relative and resolve (from /var/task)', () => {
    for (const a of inputs) {
      for (const b of ['x', '../y', '/z', '', 'a/b/']) {
        expect(ours.join(a, b), `join(${a}, ${b})`).toBe(theirs.join(a, b));
        expect(ours.resolve(a, b), `resolve(${a}, ${b})`).toBe(theirs.resolve('/var/task', a, b));
        expect(ours.relative(a, b), `relative(${a}, ${b})`).toBe(theirs.relative(theirs.resolve('/var/task', a), theirs.resolve('/var/task', b)));
      }
    }
    expect(ours.resolve()).toBe('/var/task');
    expect(ours.sep).toBe('/');
    expect(ours.posix).toBe(ours);
  });
});
