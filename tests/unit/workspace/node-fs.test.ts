import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsError, toText } from '../../../sandbox/workspace/fs.ts';
import { NodeFS } from '../../../sandbox/workspace/node-fs.ts';

let dir: string;
let fs: NodeFS;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lambda-lab-nodefs-'));
  fs = new NodeFS(dir, '/home/learner');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: FsError) => e.code);

describe('NodeFS', () => {
  it('maps the virtual root onto the real directory', async () => {
    await fs.writeFile('/home/learner/index.mjs', 'export {}');
    expect(await readFile(join(dir, 'index.mjs'), 'utf8')).toBe('export {}');
    await writeFile(join(dir, 'b.txt'), 'b');
    await fs.mkdir('/home/learner/src/lib', { recursive: true });
    expect(await fs.readdir('/home/learner')).toEqual(['b.txt', 'index.mjs', 'src']);
    expect(toText(await fs.readFile('/home/learner/b.txt'))).toBe('b');
    expect(await fs.stat('/home/learner/b.txt')).toMatchObject({ type: 'file', size: 1 });
    expect((await fs.stat('/home/learner/src'))?.type).toBe('dir');
    expect(await fs.stat('/home/learner/none')).toBeNull();
  });

  it('gives FsError codes about the virtual path', async () => {
    await fs.mkdir('/home/learner/d');
    expect(await code(fs.readFile('/home/learner/none'))).toBe('ENOENT');
    expect(await code(fs.readFile('/home/learner/d'))).toBe('EISDIR');
    expect(await code(fs.writeFile('/home/learner/x/y', ''))).toBe('ENOENT');
    expect(await code(fs.mkdir('/home/learner/d'))).toBe('EEXIST');
    expect(await code(fs.rm('/home/learner/d'))).toBe('EISDIR');
    const error = await fs.readFile('/home/learner/none').catch((e: FsError) => e);
    expect(error).toBeInstanceOf(FsError);
    expect((error as FsError).path).toBe('/home/learner/none');
    await fs.writeFile('/home/learner/d/f', 'x');
    await fs.rm('/home/learner/d', { recursive: true });
    expect(await fs.stat('/home/learner/d')).toBeNull();
  });

  it('refuses paths outside the root, and links that lead out of it', async () => {
    expect(await code(fs.readFile('/etc/passwd'))).toBe('EACCES');
    expect(await code(fs.writeFile('/home/other', 'x'))).toBe('EACCES');
    expect(await code(fs.readFile('/home/learner/../../etc/passwd'))).toBe('EACCES');
    expect(await fs.stat('/etc')).toBeNull();
    const outside = await mkdtemp(join(tmpdir(), 'lambda-lab-outside-'));
    try {
      await writeFile(join(outside, 'secret'), 's');
      await symlink(outside, join(dir, 'escape'));
      expect(await code(fs.readFile('/home/learner/escape/secret'))).toBe('EACCES');
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
