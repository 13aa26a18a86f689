import { describe, expect, it } from 'vitest';
import { basename, dirname, isInside, join, normalize, relative, resolve, tildify } from '../../../sandbox/workspace/path.ts';

describe('path helpers', () => {
  it('normalizes like node:path/posix', () => {
    expect(normalize('/a//b/./c/../d/')).toBe('/a/b/d');
    expect(normalize('/../x')).toBe('/x');
    expect(normalize('a/../../b')).toBe('../b');
    expect(normalize('')).toBe('.');
    expect(normalize('/')).toBe('/');
  });

  it('joins and resolves against a cwd, expanding ~ against the home', () => {
    expect(join('/a', 'b', '../c')).toBe('/a/c');
    expect(resolve('/home/learner/src', '../x.js')).toBe('/home/learner/x.js');
    expect(resolve('/tmp', '/etc/hosts')).toBe('/etc/hosts');
    expect(resolve('/tmp', '~/f.zip', '/home/learner')).toBe('/home/learner/f.zip');
    expect(resolve('/tmp', '~', '/home/learner')).toBe('/home/learner');
    expect(resolve('/tmp', '~other/x', '/home/learner')).toBe('/tmp/~other/x');
  });

  it('splits into dirname and basename', () => {
    expect(dirname('/a/b/c.txt')).toBe('/a/b');
    expect(dirname('/a')).toBe('/');
    expect(dirname('a')).toBe('.');
    expect(basename('/a/b/c.txt')).toBe('c.txt');
    expect(basename('/a/b/')).toBe('b');
  });

  it('computes relative paths, containment and the ~ form', () => {
    expect(relative('/a/b', '/a/c/d')).toBe('../c/d');
    expect(relative('/a', '/a')).toBe('');
    expect(isInside('/a', '/a/b')).toBe(true);
    expect(isInside('/a', '/ab')).toBe(false);
    expect(tildify('/home/learner/src', '/home/learner')).toBe('~/src');
    expect(tildify('/home/learner', '/home/learner')).toBe('~');
    expect(tildify('/tmp', '/home/learner')).toBe('/tmp');
  });
});
