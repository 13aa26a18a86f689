/**
 * The realm entry in a Web Worker: the runtime (realm.ts) with browser stand-ins for Node's built-ins
 * (./web-builtins); `fs` and `fs/promises` come from the realm itself (the function's own file system).
 */
import './web-process.ts';
import util from 'util/';
import { Buffer } from 'buffer/';
import events from 'events/';
import { createPosixPath } from '../fs/path.ts';
import assert from './web-builtins/assert.ts';
import crypto from './web-builtins/crypto.ts';
import os from './web-builtins/os.ts';
import querystring from './web-builtins/querystring.ts';
import stream from './web-builtins/stream.ts';
import streamPromises from './web-builtins/stream-promises.ts';
import stringDecoder from './web-builtins/string_decoder.ts';
import timers from './web-builtins/timers.ts';
import timersPromises from './web-builtins/timers-promises.ts';
import url from './web-builtins/url.ts';
import zlib from './web-builtins/zlib.ts';
import { startRealm } from '../realm.ts';
import { loadRuntimeSdk } from './web-runtime-sdk.ts';
import type { ToRealm } from '../types.ts';

const scope = globalThis as unknown as {
  postMessage(message: unknown): void;
  addEventListener(type: string, listener: (event: Event & { error?: unknown; reason?: unknown }) => void): void;
  process: { env: Record<string, string>; cwd(): string };
};

/**
 * Browser stand-ins for the Node built-ins a handler may import — the same names a worker-thread
 * realm takes from Node (ALLOWED_BUILTINS in ./builtins.ts), so handler code and the AWS SDK find
 * them in both hosts: the browserify ports of util, buffer and events; readable-stream (Node's own
 * streams); our POSIX path (the code fs resolves with); and small modules of our own, over
 * @noble/hashes and fflate where they need an algorithm (./web-builtins, one file a built-in; each
 * says what of Node's it leaves out). Buffer is a global in Node, so it is one here too (handlers
 * decode base64 event data with it).
 */
const BUILTINS: Record<string, unknown> = {
  assert,
  buffer: { Buffer },
  crypto,
  events,
  os,
  path: createPosixPath(() => scope.process.cwd()),
  querystring,
  stream,
  'stream/promises': streamPromises,
  string_decoder: stringDecoder,
  timers: { ...timers, promises: timersPromises },
  'timers/promises': timersPromises,
  url,
  util,
  zlib,
};
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
