/**
 * WebContainer cannot boot here (its runtime loads from StackBlitz), so this proves the next best
 * thing: the exact tree the site mounts, written to a temporary folder outside the repository, runs
 * in real Node — `lab serve`, the sandbox's `aws` through it, `zip`, and `lab check --json` — with
 * only what the tree holds (no node_modules above it to fall back on).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineTree } from '../../../src/runtime/webcontainer/engine-package.ts';
import { containerEnv, ENGINE_DIR, exercisePath, mountTree, walkTree, WORKSPACE_DIR, type FileSystemTree } from '../../../src/runtime/webcontainer/mount-tree.ts';
import { writeTree } from './write-tree.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const LESSON = '01-first-function';
const EXERCISE = 'first-handler';
const exerciseDir = path.join(ROOT, 'content/lessons', LESSON, EXERCISE);

let dir: string;
let tree: FileSystemTree;
let env: NodeJS.ProcessEnv;
let serve: ChildProcess;
let serveOut = '';

/** Runs a command line in the workspace the way the container's shell would: by name, through PATH. */
function sh(line: string): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', line], { cwd: path.join(dir, WORKSPACE_DIR), env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status: status ?? -1, stdout, stderr }));
  });
}

beforeAll(async () => {
  const starter = path.join(exerciseDir, 'files/index.mjs');
  const solution = path.join(exerciseDir, 'solution/index.mjs');
  // The learner's workspace with the solution applied (files/ + solution/), as the content test grades it.
  tree = mountTree(engineTree(ROOT), { 'index.mjs': await readFile(existsSync(solution) ? solution : starter, 'utf8') });
  dir = await mkdtemp(path.join(tmpdir(), 'lab-webcontainer-'));
  await writeTree(tree, dir);
  // Only the container's own PATH (node itself) plus what the runtime adds.
  env = { HOME: path.join(dir, 'home'), ...containerEnv(dir, `${path.dirname(process.execPath)}:/usr/bin:/bin`, 0) };

  serve = spawn(path.join(dir, ENGINE_DIR, 'node_modules/.bin/lab'), ['serve', '--port', '0', '--workspace', '.'], {
    cwd: path.join(dir, WORKSPACE_DIR),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  serve.stderr!.on('data', (d: Buffer) => (serveOut += d));
  const port = await new Promise<number>((resolve, reject) => {
    serve.stdout!.on('data', (d: Buffer) => {
      serveOut += d;
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(serveOut);
      if (m) resolve(Number(m[1]));
    });
    serve.on('exit', (code) => reject(new Error(`lab serve exited with ${code}: ${serveOut}`)));
  });
  env.LAB_ENDPOINT = `http://localhost:${port}`;
}, 60_000);

afterAll(async () => {
  if (serve && serve.exitCode === null) {
    serve.kill('SIGTERM');
    await new Promise((r) => serve.once('exit', r));
  }
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the WebContainer mount tree', () => {
  it('holds the engine package, its bins and the workspace, and nothing for the browser', () => {
    const paths = [...walkTree(tree)].map(([p]) => p);
    const pkg = JSON.parse(readTreeFile(tree, `${ENGINE_DIR}/package.json`) as string) as { bin: Record<string, string>; dependencies: Record<string, string> };
    expect(pkg.bin).toMatchObject({ lab: 'bin/lab.mjs', aws: 'bin/aws.mjs' });
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(['fflate', 'fast-xml-parser', '@jmespath-community/jmespath', 'sucrase']));
    expect(paths).toEqual(expect.arrayContaining([
      `${ENGINE_DIR}/bin/lab.mjs`, `${ENGINE_DIR}/bin/aws.mjs`, `${ENGINE_DIR}/node_modules/.bin/lab`, `${ENGINE_DIR}/node_modules/.bin/aws`,
      `${ENGINE_DIR}/sandbox/cli/lab/main.ts`, `${ENGINE_DIR}/sandbox/api/lab-call.ts`, `${ENGINE_DIR}/runtime/aws-sdk.cjs`,
      `${ENGINE_DIR}/content/lessons/${LESSON}/${EXERCISE}/check.ts`, `${WORKSPACE_DIR}/index.mjs`,
    ]));
    // Browser-only code, build tools and the SDK's sources stay out; the bundle carries the SDK.
    for (const p of paths) {
      expect(p).not.toMatch(/sandbox\/(conformance|runtime\/hosts\/web-)|node_modules\/(esbuild|@aws-sdk|@smithy|astro|vite)\//);
    }
  });

  it('runs lab serve, and the sandbox aws answers through it', async () => {
    expect(serveOut).toContain("the sandbox's AWS is listening");
    const who = await sh('aws sts get-caller-identity');
    expect(who.status).toBe(0);
    expect(JSON.parse(who.stdout)).toMatchObject({ Account: '111111111111', Arn: 'arn:aws:iam::111111111111:user/learner' });

    const missing = await sh('aws lambda get-function --function-name nope');
    expect(missing.status).toBe(254);
    expect(missing.stderr).toContain('An error occurred (ResourceNotFoundException) when calling the GetFunction operation: Function not found: arn:aws:lambda:us-east-1:111111111111:function:nope');
  });

  it("solves lesson 1 with the container's zip and aws, and lab check --json passes every check", async () => {
    const zip = await sh('zip function.zip index.mjs');
    expect(zip.status, zip.stderr).toBe(0);
    expect(zip.stdout).toContain('adding: index.mjs');

    const create = await sh(
      'aws lambda create-function --function-name hello --runtime nodejs24.x --handler index.handler --role arn:aws:iam::111111111111:role/lambda-basic --zip-file fileb://function.zip',
    );
    expect(create.status, create.stderr).toBe(0);
    expect(JSON.parse(create.stdout)).toMatchObject({ FunctionName: 'hello', Runtime: 'nodejs24.x', Handler: 'index.handler' });

    const invoke = await sh(`aws lambda invoke --function-name hello --payload '{"name":"Ada"}' out.json`);
    expect(invoke.status, invoke.stderr).toBe(0);
    expect(JSON.parse(invoke.stdout)).toMatchObject({ StatusCode: 200, ExecutedVersion: '$LATEST' });
    expect(JSON.parse(await readFile(path.join(dir, WORKSPACE_DIR, 'out.json'), 'utf8'))).toEqual({ message: 'Hello, Ada!' });

    const logs = await sh('aws logs tail /aws/lambda/hello');
    expect(logs.status, logs.stderr).toBe(0);
    expect(logs.stdout).toContain('Greeting Ada');

    // lab serve saves the cloud after changes; stopping it saves for certain, as the runtime's Check does not need to.
    await waitFor(async () => (await readFile(path.join(dir, WORKSPACE_DIR, '.lab/state.json'), 'utf8').catch(() => '')).includes('START RequestId'));

    const check = await sh(`lab check --workspace . --exercise ${exercisePath(LESSON, EXERCISE)} --json`);
    const report = JSON.parse(check.stdout) as { passed: boolean; checks: { name: string; status: string; message?: string }[] };
    expect(report.checks.map((r) => [r.status, r.message ?? ''])).toEqual(report.checks.map(() => ['pass', '']));
    expect(report.passed).toBe(true);
    expect(check.status).toBe(0);
  }, 60_000);

  it('grades the starter files as failing, with the reason in the JSON report', async () => {
    const check = await sh(`rm -rf ../starter && mkdir ../starter && cp ${path.join(exerciseDir, 'files/index.mjs')} ../starter/ && lab check --workspace ../starter --exercise ${exercisePath(LESSON, EXERCISE)} --json`);
    expect(check.status).toBe(1);
    const report = JSON.parse(check.stdout) as { passed: boolean; checks: { status: string }[] };
    expect(report.passed).toBe(false);
    expect(report.checks.some((r) => r.status === 'fail')).toBe(true);
  }, 60_000);

  it('stops lab serve on SIGTERM with the cloud saved', async () => {
    serve.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => serve.once('exit', r));
    expect(code).toBe(0);
    expect(serveOut).toContain("lab serve: stopped; the cloud is saved");
  });
});

function readTreeFile(t: FileSystemTree, p: string): string | Uint8Array {
  for (const [path, node] of walkTree(t)) if (path === p && 'contents' in node.file) return node.file.contents;
  throw new Error(`${p} is not in the tree`);
}

async function waitFor(condition: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}
