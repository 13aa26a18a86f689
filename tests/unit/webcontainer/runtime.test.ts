import { describe, expect, it } from 'vitest';
import { WebContainerRuntime } from '../../../src/runtime/webcontainer/runtime.ts';
import type { ExerciseRef } from '../../../src/runtime/types.ts';
import { FakeContainer } from './fake-container.ts';
import type { SavedWork, WorkStore } from '../../../src/runtime/builtin/persistence.ts';

const ref: ExerciseRef = { lesson: '01-first-function', exercise: 'first-handler', files: { 'index.mjs': 'export const handler = async () => 1;\n' } };
const engine = { 'package.json': { file: { contents: '{"name":"lambda-lab"}' } } };

function start(fake = new FakeContainer(), signal?: AbortSignal) {
  const runtime = new WebContainerRuntime({ ref, container: fake, engine, signal });
  return { fake, runtime };
}

describe('WebContainerRuntime (over a fake container)', () => {
  it('mounts the engine beside the workspace, starts lab serve, then the shell in the workspace with lab and aws on PATH', async () => {
    const { fake, runtime } = start();
    await runtime.ready;
    expect(runtime.mode).toBe('webcontainer');
    expect([...fake.files.keys()]).toEqual(['lab/package.json', 'workspace/index.mjs']);
    expect(fake.spawned.map((s) => [s.command, ...s.args].join(' '))).toEqual(['lab serve --port 4566 --workspace .', 'jsh --osc']);
    for (const s of fake.spawned) {
      expect(s.cwd).toBe('workspace');
      expect(s.env).toMatchObject({
        PATH: '/home/lambda-lab/lab/node_modules/.bin:/usr/local/bin:/usr/bin:/bin',
        LAB_RUNTIME_SDK: '/home/lambda-lab/lab/runtime/aws-sdk.cjs',
        LAB_ENDPOINT: 'http://localhost:4566',
      });
    }
    expect(await runtime.prompt()).toBe('~/workspace $ ');
  });

  it("runs a line through jsh: the echo dropped, the output kept whole, jsh's exit status returned", async () => {
    const { fake, runtime } = start();
    fake.shell = (line) => (line === 'aws sts get-caller-identity' ? { output: '{\r\n    "Account": "111111111111"\r\n}\r\n\x1b[2mdone\x1b[0m\r\n', status: 0 } : { output: 'jsh: command not found: nope\r\n', status: 127 });
    await runtime.ready;
    let out = '';
    expect(await runtime.run('aws sts get-caller-identity', (c) => (out += c))).toBe(0);
    expect(out).toBe('{\n    "Account": "111111111111"\n}\n\x1b[2mdone\x1b[0m\n');
    let err = '';
    expect(await runtime.run('nope', (c) => (err += c))).toBe(127);
    expect(err).toBe('jsh: command not found: nope\n');
  });

  it('reads, writes and lists workspace files, leaving the cloud state and node_modules out, and reports what a command changed', async () => {
    const { fake, runtime } = start();
    fake.shell = (line, f) => {
      if (line === 'zip function.zip index.mjs') f.files.set('workspace/function.zip', new Uint8Array([0x50, 0x4b, 0xff, 0xfe]));
      return { output: '', status: 0 };
    };
    await runtime.ready;
    await runtime.writeFile('src/app.mjs', 'export {};\n');
    fake.files.set('workspace/.lab/state.json', new TextEncoder().encode('{}'));
    fake.files.set('workspace/node_modules/x/index.js', new TextEncoder().encode(''));
    const changed: string[][] = [];
    runtime.onFilesChanged((paths) => changed.push(paths));
    await runtime.run('zip function.zip index.mjs', () => {});
    expect(changed).toEqual([['function.zip']]);
    expect(await runtime.listFiles()).toEqual([
      { path: 'function.zip', binary: true, size: 4 },
      { path: 'index.mjs', text: ref.files['index.mjs'], size: 38 },
      { path: 'src/app.mjs', text: 'export {};\n', size: 11 },
    ]);
    expect(await runtime.readFile('src/app.mjs')).toBe('export {};\n');
    await runtime.deleteFile('src/app.mjs');
    await expect(runtime.readFile('src/app.mjs')).rejects.toThrow(/ENOENT/);
    await expect(runtime.readFile('../lab/package.json')).rejects.toThrow(/outside the workspace/);
  });

  it("checks with lab check --json in a process of its own and returns the grader's report", async () => {
    const { fake, runtime } = start();
    fake.checkOutput = 'lab: warming up\n{"exercise":"Your first handler","passed":false,"checks":[{"name":"a","status":"fail","message":"Deploy hello first.","durationMs":3}]}\n';
    const report = await runtime.check();
    expect(fake.spawned.at(-1)).toMatchObject({ command: 'lab', args: ['check', '--workspace', '.', '--exercise', '../lab/content/lessons/01-first-function/first-handler', '--json'], cwd: 'workspace' });
    expect(report).toEqual({ exercise: 'Your first handler', passed: false, checks: [{ name: 'a', status: 'fail', message: 'Deploy hello first.', durationMs: 3 }] });
    fake.checkOutput = 'lab: Cannot find module\n';
    await expect(runtime.check()).rejects.toThrow('lab check failed (exit status 0): lab: Cannot find module');
  });

  it('stops and tears the container down when its signal aborts (a watchdog gave up on it)', async () => {
    const controller = new AbortController();
    const { fake, runtime } = start(new FakeContainer(), controller.signal);
    controller.abort();
    await expect(runtime.ready).rejects.toThrow('stopped');
    expect(fake.tornDown).toBe(true);
  });

  it('keeps the work across a reload: files and the cloud lab serve saved, under the key the built-in mode uses', async () => {
    const kept = new Map<string, SavedWork>();
    const store: WorkStore = { load: async (key) => kept.get(key), save: async (key, work) => void kept.set(key, work) };
    const fake = new FakeContainer();
    fake.shell = (line, f) => {
      if (line === 'aws lambda create-function …') f.files.set('workspace/.lab/state.json', new TextEncoder().encode('{"version":1,"lambda":{"functions":{"hello":{}}}}'));
      return { output: '', status: 0 };
    };
    const first = new WebContainerRuntime({ ref, container: fake, engine, store });
    await first.ready;
    await first.writeFile('index.mjs', 'export const handler = async () => 2;\n');
    await first.run('aws lambda create-function …', () => {});
    await first.saveWork();
    first.dispose();
    const saved = kept.get('01-first-function/first-handler')!;
    expect(Object.keys(saved.files)).toEqual(['index.mjs']);
    expect(saved.state).toEqual({ version: 1, lambda: { functions: { hello: {} } } });

    const again = new FakeContainer();
    const second = new WebContainerRuntime({ ref, container: again, engine, store });
    await second.ready;
    expect(await second.readFile('index.mjs')).toBe('export const handler = async () => 2;\n');
    expect(new TextDecoder().decode(again.files.get('workspace/.lab/state.json'))).toBe(JSON.stringify(saved.state));
  });
});
