/** The function's file system: its package read-only in /var/task, layers read-only in /opt, and a writable /tmp per environment. */
import { create, esm, invoke, lambda, layerArn, publishLayer } from '../build.ts';
import { INIT_START } from '../patterns.ts';
import type { Scenario } from '../types.ts';

/** A handler that tries to write `path` and reports the error as Node gives it. */
const writes = (path: string) => esm(`import { writeFileSync } from 'node:fs';
export const handler = async (event) => {
  if (event.uncaught) writeFileSync(${JSON.stringify(path)}, 'x');
  try {
    writeFileSync(${JSON.stringify(path)}, 'x');
    return 'written';
  } catch (error) {
    return { code: error.code, errno: error.errno, syscall: error.syscall, path: error.path, message: error.message };
  }
};`);

const erofs = (path: string) => ({ code: 'EROFS', errno: -30, syscall: 'open', path, message: `EROFS: read-only file system, open '${path}'` });

export const filesystem: Scenario[] = [
  {
    name: 'A function reads a file bundled in its package, by absolute path and relative to /var/task, its working directory',
    steps: [
      {
        call: create('reader', {
          'index.mjs': `import { readFileSync } from 'node:fs';
export const handler = async () => ({
  cwd: process.cwd(),
  root: process.env.LAMBDA_TASK_ROOT,
  absolute: readFileSync('/var/task/data/config.json', 'utf8'),
  relative: JSON.parse(readFileSync('data/config.json', 'utf8')),
  beside: JSON.parse(readFileSync(new URL('./data/config.json', import.meta.url), 'utf8')),
});`,
          'data/config.json': '{"table":"orders"}',
        }),
      },
      { call: invoke('reader'), expect: { payload: { cwd: '/var/task', root: '/var/task', absolute: '{"table":"orders"}', relative: { table: 'orders' }, beside: { table: 'orders' } } } },
    ],
  },
  {
    name: 'Writing under /var/task fails with EROFS: read-only file system; uncaught, it is the invocation’s error',
    steps: [
      { call: create('writer', writes('/var/task/out.txt')) },
      { call: invoke('writer'), expect: { payload: erofs('/var/task/out.txt'), functionError: null } },
      { call: invoke('writer', { uncaught: true }), expect: { functionError: 'Unhandled', payloadMatch: { errorType: 'Error', errorMessage: "EROFS: read-only file system, open '/var/task/out.txt'" } } },
    ],
  },
  {
    name: 'A layer’s files are in /opt, readable and read-only',
    steps: [
      { call: publishLayer('config', { 'config/settings.json': '{"stage":"prod"}' }) },
      {
        call: create('opt', esm(`import { readFileSync, writeFileSync } from 'node:fs';
export const handler = async () => {
  const settings = JSON.parse(readFileSync('/opt/config/settings.json', 'utf8'));
  try { writeFileSync('/opt/config/settings.json', '{}'); } catch (error) { return { settings, write: error.code }; }
  return { settings, write: 'written' };
};`), { Layers: [layerArn('config', 1)] }),
      },
      { call: invoke('opt'), expect: { payload: { settings: { stage: 'prod' }, write: 'EROFS' } } },
    ],
  },
  {
    name: '/tmp keeps what a warm invocation wrote; a new environment starts with an empty /tmp',
    steps: [
      {
        call: create('counter', esm(`import { existsSync, readFileSync, writeFileSync } from 'node:fs';
export const handler = async () => {
  const n = existsSync('/tmp/count') ? Number(readFileSync('/tmp/count', 'utf8')) + 1 : 1;
  writeFileSync('/tmp/count', String(n));
  return n;
};`)),
      },
      { call: invoke('counter'), expect: { payload: 1 } },
      { call: invoke('counter'), expect: { payload: 2 } },
      { call: invoke('counter'), expect: { payload: 3 } },
      { call: lambda('UpdateFunctionConfiguration', { FunctionName: 'counter', Description: 'a new environment' }) },
      { call: invoke('counter'), expect: { payload: 1, logCount: [[INIT_START, 2]] } },
    ],
  },
];
