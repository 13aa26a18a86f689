import { describe, expect, it } from 'vitest';
import { FsError, toText } from '../../../sandbox/workspace/fs.ts';
import { MemoryFS } from '../../../sandbox/workspace/memory-fs.ts';

const code = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (error) {
    expect(error).toBeInstanceOf(FsError);
    return (error as FsError).code;
  }
  throw new Error('expected an FsError');
};

describe('MemoryFS', () => {
  it('reads back what was written, as UTF-8 for strings, with copies', async () => {
    const fs = new MemoryFS();
    await fs.writeFile('/a.txt', 'héllo');
    const bytes = await fs.readFile('/a.txt');
    expect(toText(bytes)).toBe('héllo');
    bytes[0] = 0;
    expect(toText(await fs.readFile('/a.txt'))).toBe('héllo');
    expect(await fs.stat('/a.txt')).toEqual({ type: 'file', size: 6, mtimeMs: 0 });
  });

  it('reports errno codes with strerror messages and the path', async () => {
    const fs = MemoryFS.fromFiles('/w', { 'f.txt': 'x', 'd/g.txt': 'y' });
    expect(await code(fs.readFile('/w/nope'))).toBe('ENOENT');
    expect(await code(fs.readFile('/w/d'))).toBe('EISDIR');
    expect(await code(fs.readFile('/w/f.txt/x'))).toBe('ENOTDIR');
    expect(await code(fs.writeFile('/w/missing/x', ''))).toBe('ENOENT');
    expect(await code(fs.writeFile('/w/d', ''))).toBe('EISDIR');
    expect(await code(fs.readdir('/w/f.txt'))).toBe('ENOTDIR');
    expect(await code(fs.readdir('/w/none'))).toBe('ENOENT');
    expect(await code(fs.mkdir('/w/d'))).toBe('EEXIST');
    expect(await code(fs.mkdir('/w/a/b'))).toBe('ENOENT');
    expect(await code(fs.mkdir('/w/f.txt', { recursive: true }))).toBe('EEXIST');
    expect(await code(fs.rm('/w/d'))).toBe('EISDIR');
    expect(await code(fs.rm('/w/none'))).toBe('ENOENT');
    try {
      await fs.readFile('/w/nope');
    } catch (error) {
      expect((error as FsError).message).toBe('No such file or directory');
      expect((error as FsError).path).toBe('/w/nope');
    }
    expect(await fs.stat('/w/nope')).toBeNull();
  });

  it('lists sorted names, makes parents with recursive mkdir and removes trees', async () => {
    const fs = MemoryFS.fromFiles('/w', { 'b.txt': '', 'a.txt': '', 'sub/x': '', 'empty/': '' });
    expect(await fs.readdir('/w')).toEqual(['a.txt', 'b.txt', 'empty', 'sub']);
    await fs.mkdir('/w/p/q/r', { recursive: true });
    await fs.mkdir('/w/p/q/r', { recursive: true });
    expect((await fs.stat('/w/p/q'))?.type).toBe('dir');
    await fs.rm('/w/p', { recursive: true });
    expect(await fs.stat('/w/p/q/r')).toBeNull();
    expect(await fs.readdir('/w')).toEqual(['a.txt', 'b.txt', 'empty', 'sub']);
  });

  it('notifies listeners after writes, mkdir and rm, and unsubscribes', async () => {
    const fs = MemoryFS.fromFiles('/w', { 'd/x': '1' });
    const seen: string[][] = [];
    const off = fs.onChange((paths) => seen.push(paths));
    await fs.writeFile('/w/a', 'x');
    await fs.mkdir('/w/n/m', { recursive: true });
    await fs.rm('/w/d', { recursive: true });
    off();
    await fs.writeFile('/w/b', 'x');
    expect(seen).toEqual([['/w/a'], ['/w/n', '/w/n/m'], ['/w/d', '/w/d/x']]);
  });

  it('takes mtimes from the injected clock', async () => {
    let t = 1000;
    const fs = new MemoryFS({ now: () => t });
    await fs.writeFile('/a', 'x');
    t = 2000;
    await fs.writeFile('/a', 'y');
    expect((await fs.stat('/a'))?.mtimeMs).toBe(2000);
  });

  it('snapshots to plain data and back', async () => {
    const fs = MemoryFS.fromFiles('/home/learner', { 'index.mjs': 'export {}', 'src/a.js': new Uint8Array([1, 2]) });
    const rel = fs.snapshot('/home/learner');
    expect(Object.keys(rel)).toEqual(['index.mjs', 'src/a.js']);
    expect(Object.keys(fs.snapshot())).toEqual(['/home/learner/index.mjs', '/home/learner/src/a.js']);
    const copy = MemoryFS.fromFiles('/home/learner', rel);
    expect(copy.snapshot('/home/learner')).toEqual(rel);
    expect(MemoryFS.fromFiles('/', fs.snapshot()).snapshot()).toEqual(fs.snapshot());
  });
});
