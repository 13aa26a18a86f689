/**
 * The realm entry in a Web Worker: the runtime (realm.ts) with the browser build of Node's util and a
 * POSIX `path`; `fs` and `fs/promises` come from the realm itself (the function's own file system).
 */
import './web-process.ts';
import util from 'util/';
import { Buffer } from 'buffer/';
import events from 'events/';
import { createPosixPath } from '../fs/path.ts';
import { startRealm } from '../realm.ts';
import { loadRuntimeSdk } from './web-runtime-sdk.ts';
import type { ToRealm } from '../types.ts';

const scope = globalThis as unknown as {
  postMessage(message: unknown): void;
  addEventListener(type: string, listener: (event: Event & { error?: unknown; reason?: unknown }) => void): void;
  process: { env: Record<string, string>; cwd(): string };
};

/**
 * Browser stand-ins for the Node built-ins a handler may import: the browserify ports of util, buffer
 * and events, and our own POSIX path (the same code fs resolves with). Buffer is a global in Node, so
 * it is one here too (handlers decode base64 event data with it). stream, crypto, zlib… are not here yet.
 */
const BUILTINS: Record<string, unknown> = { util, buffer: { Buffer }, events, path: createPosixPath(() => scope.process.cwd()) };
(globalThis as unknown as { Buffer: unknown }).Buffer = Buffer;

const handle = startRealm({
  post: (message) => scope.postMessage(message),
  builtin: (name) => BUILTINS[name],
  // Indirect eval runs in the realm's global scope; sourceURL names the file in stack traces.
  evaluate: (code, filename) => (0, eval)(`${code}\n//# sourceURL=${filename}`),
  format: (...args) => util.format(...(args as [unknown, ...unknown[]])),
  now: () => performance.now(),
  setEnv: (env) => {
    scope.process.env = { ...env };
  },
  runtimeSdk: loadRuntimeSdk,
  onUncaught: (listener) => {
    scope.addEventListener('error', (event) => {
      event.preventDefault();
      listener(event.error, 'exception');
    });
    scope.addEventListener('unhandledrejection', (event) => {
      event.preventDefault();
      listener(event.reason, 'rejection');
    });
  },
});

addEventListener('message', (event: MessageEvent<ToRealm>) => handle(event.data));
scope.postMessage({ type: 'ready' });
