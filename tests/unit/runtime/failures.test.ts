import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { createFunction, invoke, logs, newCloud } from '../../helpers/cloud.ts';

/** Each case: the function fails the way AWS reports it, and the engine serves the next invoke. */
describe('function errors leave the engine serving', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  async function expectRecovers(name: string) {
    const fixed = await createFunction(cloud, `${name}-ok`, { 'index.mjs': 'export const handler = async () => "still serving";' });
    expect(fixed.FunctionName).toBe(`${name}-ok`);
    expect((await invoke(cloud, `${name}-ok`)).json).toBe('still serving');
  }

  it('a syntax error is Runtime.UserCodeSyntaxError, status 200 with FunctionError', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'syntax', { 'index.mjs': 'export const handler = async (event) => {\n  return { a: 1 ;\n};' });
    const out = await invoke(cloud, 'syntax');
    expect(out.StatusCode).toBe(200);
    expect(out.FunctionError).toBe('Unhandled');
    expect(out.json.errorType).toBe('Runtime.UserCodeSyntaxError');
    expect(out.json.errorMessage).toMatch(/^SyntaxError: /);
    const lines = await logs(cloud, 'syntax');
    expect(lines.find((l) => l.includes('Uncaught Exception'))).toMatch(/\tundefined\tERROR\tUncaught Exception \t\{"errorType":"Runtime.UserCodeSyntaxError"/);
    expect(lines.find((l) => l.startsWith('INIT_REPORT'))).toMatch(/Phase: init\tStatus: error\tError Type: Runtime.UserCodeSyntaxError/);
    await expectRecovers('syntax');
  });

  it('a CommonJS syntax error carries V8 own message', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'cjs-syntax', { 'index.js': 'exports.handler = async () => {\n  return }}\n' });
    const out = await invoke(cloud, 'cjs-syntax');
    expect(out.json).toMatchObject({ errorType: 'Runtime.UserCodeSyntaxError', errorMessage: "SyntaxError: Unexpected token '}'" });
  });

  it('a missing export is Runtime.HandlerNotFound in the runtime words', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'noexport', { 'index.mjs': 'export const main = async () => 1;' });
    const out = await invoke(cloud, 'noexport');
    expect(out.FunctionError).toBe('Unhandled');
    expect(out.json).toMatchObject({ errorType: 'Runtime.HandlerNotFound', errorMessage: 'index.handler is undefined or not exported' });
  });

  it('a missing handler file or package is Runtime.ImportModuleError', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'nofile', { 'app.mjs': 'export const handler = async () => 1;' });
    expect((await invoke(cloud, 'nofile')).json).toMatchObject({
      errorType: 'Runtime.ImportModuleError',
      errorMessage: "Error: Cannot find module 'index'\nRequire stack:\n- /var/runtime/index.mjs",
    });
    await createFunction(cloud, 'nopkg', { 'index.mjs': "import _ from 'lodash'; export const handler = async () => 1;" });
    expect((await invoke(cloud, 'nopkg')).json).toMatchObject({
      errorType: 'Runtime.ImportModuleError',
      errorMessage: "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'lodash' imported from /var/task/index.mjs",
    });
  });

  it('a malformed handler name is Runtime.MalformedHandlerName', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'dots', { 'index.mjs': 'export const handler = async () => 1;' }, { Handler: '../index.handler' });
    expect((await invoke(cloud, 'dots')).json.errorType).toBe('Runtime.MalformedHandlerName');
  });

  it('an infinite loop is killed at the timeout with Sandbox.Timedout; the next invoke starts fresh', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'loop', { 'index.mjs': 'let n = 0; export const handler = async (e) => { n++; if (e.spin) { while (true) {} } return n; };' }, { Timeout: 1 });
    const out = await invoke(cloud, 'loop', { spin: true });
    expect(out.FunctionError).toBe('Unhandled');
    expect(out.json).toEqual({ errorType: 'Sandbox.Timedout', errorMessage: expect.stringMatching(/^RequestId: [0-9a-f-]{36} Error: Task timed out after 1\.00 seconds$/) });
    const lines = await logs(cloud, 'loop');
    expect(lines.some((l) => /^\S+Z [0-9a-f-]{36} Task timed out after 1\.00 seconds\n$/.test(l))).toBe(true);
    expect(lines.find((l) => l.startsWith('REPORT'))).toContain('Status: timeout');
    // The environment was discarded: the module state starts over in a new one.
    expect((await invoke(cloud, 'loop', {})).json).toBe(1);
    expect((await logs(cloud, 'loop')).filter((l) => l.startsWith('INIT_START'))).toHaveLength(2);
  });

  it('a thrown non-Error gives its typeof as errorType and an empty trace', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'str', { 'index.mjs': 'export const handler = async () => { throw "boom"; };' });
    expect((await invoke(cloud, 'str')).json).toEqual({ errorType: 'string', errorMessage: 'boom', trace: [] });
  });

  it('a thrown Error gives name, message and a trace of the learner lines only', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'ref', { 'index.mjs': 'export const handler = async () => {\n  return x;\n};' });
    const out = await invoke(cloud, 'ref');
    expect(out.json.errorType).toBe('ReferenceError');
    expect(out.json.errorMessage).toBe('x is not defined');
    expect(out.json.trace[0]).toBe('ReferenceError: x is not defined');
    expect(out.json.trace[1]).toMatch(/\/var\/task\/index\.mjs:2:\d+\)?$/);
    expect(out.json.trace.join('\n')).not.toMatch(/sandbox\/runtime|node:internal/);
    const lines = await logs(cloud, 'ref');
    expect(lines.some((l) => /\tERROR\tInvoke Error \t\{"errorType":"ReferenceError"/.test(l))).toBe(true);
  });

  it('process.exit ends the environment with Runtime.ExitError', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'exit', { 'index.mjs': 'export const handler = async (e) => { if (e.exit) process.exit(3); return "alive"; };' });
    const out = await invoke(cloud, 'exit', { exit: true });
    expect(out.json).toEqual({ errorType: 'Runtime.ExitError', errorMessage: expect.stringMatching(/^RequestId: \S+ Error: Runtime exited with error: exit status 3$/) });
    expect((await invoke(cloud, 'exit', {})).json).toBe('alive');
  });

  it('an unhandled rejection fails the invocation with Runtime.UnhandledPromiseRejection', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'rej', { 'index.mjs': 'export const handler = (e) => new Promise(() => { Promise.reject(new Error("lost")); });' });
    const out = await invoke(cloud, 'rej');
    expect(out.json).toMatchObject({ errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: 'Error: lost' });
    await expectRecovers('rej');
  });

  it('an error thrown during INIT fails the invoke and the next one initialises again', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'initfail', { 'index.mjs': 'throw new TypeError("bad config");\nexport const handler = async () => 1;' });
    const first = await invoke(cloud, 'initfail');
    expect(first.json).toMatchObject({ errorType: 'TypeError', errorMessage: 'bad config' });
    await invoke(cloud, 'initfail');
    expect((await logs(cloud, 'initfail')).filter((l) => l.startsWith('INIT_START'))).toHaveLength(2);
  });

  it('a handler that never resolves times out and the engine goes on', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'never', { 'index.mjs': 'export const handler = () => new Promise(() => {});' }, { Timeout: 1 });
    expect((await invoke(cloud, 'never')).json.errorType).toBe('Sandbox.Timedout');
    await expectRecovers('never');
  });

  it('a response that cannot be stringified is Runtime.JSONStringifyError', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'circ', { 'index.mjs': 'export const handler = async () => { const a = {}; a.a = a; return a; };' });
    expect((await invoke(cloud, 'circ')).json).toMatchObject({ errorType: 'Runtime.JSONStringifyError', errorMessage: 'Unable to stringify response body' });
  });
});
