/** The realm entry in a worker thread: the runtime (realm.ts) with Node's own util, vm and built-ins. */
import { parentPort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { format } from 'node:util';
import vm from 'node:vm';
import { startRealm } from '../realm.ts';
import { ALLOWED_BUILTINS } from './builtins.ts';
import type { ToRealm } from '../types.ts';

const nodeRequire = createRequire(import.meta.url);
const port = parentPort!;

const handle = startRealm({
  post: (message) => port.postMessage(message),
  builtin: (name) => (ALLOWED_BUILTINS.has(name) ? nodeRequire(`node:${name}`) : undefined),
  evaluate: (code, filename) => vm.runInThisContext(code, { filename }),
  format,
  now: () => performance.now(),
  setEnv: (env) => {
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, env);
  },
  onUncaught: (listener) => {
    process.on('uncaughtException', (error) => listener(error, 'exception'));
    process.on('unhandledRejection', (reason) => listener(reason, 'rejection'));
  },
});

port.on('message', (message: ToRealm) => handle(message));
port.postMessage({ type: 'ready' });
