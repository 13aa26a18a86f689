import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { createFunction, invoke, logs, newCloud, rejection, zip } from '../../helpers/cloud.ts';
import { modelledDurationMs, billedDurationMs, costOf } from '../../../sandbox/cloud/lambda/report.ts';
import { HOME, Session } from '../../../sandbox/session.ts';
import { MemoryFS } from '../../../sandbox/workspace/memory-fs.ts';
import { NodeHost } from '../../../sandbox/runtime/hosts/node-host.ts';
import { fixedTime } from '../../../sandbox/cloud/clock.ts';

const call = (cloud: Cloud, action: string, input: Record<string, unknown>) => cloud.call({ service: 'lambda', action, input });

describe('function configuration', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('refuses environment variables over 4 KB and keys that break the pattern', async () => {
    cloud = newCloud();
    const big = { Variables: { BIG: 'x'.repeat(4100) } };
    expect((await rejection(createFunction(cloud, 'f', { 'index.mjs': '' }, { Environment: big }))).message).toMatch(/^Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit/);
    expect((await rejection(createFunction(cloud, 'f', { 'index.mjs': '' }, { Environment: { Variables: { '1BAD': 'x' } } }))).message).toContain("Value '1BAD' at 'environment.variables'");
  });

  it('UpdateFunctionConfiguration replaces the environment and the next invoke sees it', async () => {
    cloud = newCloud();
    // Keys need two characters at least: AWS's pattern is [a-zA-Z]([a-zA-Z0-9_])+.
    expect((await rejection(createFunction(cloud, 'x', { 'index.mjs': '' }, { Environment: { Variables: { A: '1' } } }))).code).toBe('ValidationException');
    await createFunction(cloud, 'env', { 'index.mjs': 'export const handler = async () => ({ a: process.env.AA ?? null, b: process.env.BB ?? null });' }, { Environment: { Variables: { AA: '1' } } });
    expect((await invoke(cloud, 'env')).json).toEqual({ a: '1', b: null });
    await call(cloud, 'UpdateFunctionConfiguration', { FunctionName: 'env', Environment: { Variables: { BB: '2' } } });
    expect((await invoke(cloud, 'env')).json).toEqual({ a: null, b: '2' });
  });

  it('memory sets the CPU share: CPU-bound time stretches below 1769 MB, waiting does not', () => {
    expect(modelledDurationMs(100, 100, 128)).toBeCloseTo(100 * (1769 / 128));
    expect(modelledDurationMs(100, 100, 1769)).toBe(100);
    expect(modelledDurationMs(100, 100, 3008)).toBe(100);
    expect(modelledDurationMs(100, 0, 128)).toBe(100);
    // The classic curve: 4x the memory for a CPU-bound 1 s at 1769 MB costs less than the slow small function.
    const small = costOf(billedDurationMs(modelledDurationMs(1000, 1000, 512)), 512).usd;
    const right = costOf(billedDurationMs(modelledDurationMs(1000, 1000, 1769)), 1769).usd;
    expect(right).toBeLessThan(small * 1.01);
  });

  it('a CPU-bound handler reports a longer Duration at 128 MB than at 1769 MB', async () => {
    cloud = newCloud();
    const busy = { 'index.mjs': 'export const handler = async () => { const end = Date.now() + 40; let x = 0; while (Date.now() < end) x++; return x > 0; };' };
    await createFunction(cloud, 'small', busy, { MemorySize: 128 });
    await createFunction(cloud, 'large', busy, { MemorySize: 1769 });
    await invoke(cloud, 'small');
    await invoke(cloud, 'large');
    const duration = async (name: string) => Number(/Duration: ([\d.]+) ms/.exec((await logs(cloud, name)).find((l) => l.startsWith('REPORT'))!)![1]);
    const [s, l] = [await duration('small'), await duration('large')];
    expect(l).toBeGreaterThanOrEqual(35);
    // Below 1769 MB the CPU-bound part stretches (by up to 1769/128); under load the measured CPU share varies, so only "clearly longer" is asserted.
    expect(s).toBeGreaterThan(l * 2);
  });

  it('lab bill sums requests, billed duration and cost per function', async () => {
    const session = new Session({ fs: MemoryFS.fromFiles(HOME, {}), host: new NodeHost(), time: fixedTime() });
    cloud = session.cloud;
    await createFunction(cloud, 'hello', { 'index.mjs': 'export const handler = async () => 1;' });
    await invoke(cloud, 'hello');
    await invoke(cloud, 'hello');
    let out = '';
    expect(await session.run('lab bill', { stdout: (s) => (out += s), stderr: (s) => (out += s) })).toBe(0);
    expect(out).toMatch(/^Function\s+Memory\s+Requests\s+Billed duration\s+GB-seconds\s+Cost \(USD\)\nhello\s+128 MB\s+2\s+\d+ ms\s+[\d.]+\s+\$[\d.]+\n/);
    expect(out).toContain('$0.20 per 1M requests + $0.0000166667 per GB-second');
  });

  it('lab state lists what exists, by service', async () => {
    const session = new Session({ fs: MemoryFS.fromFiles(HOME, {}), host: new NodeHost(), time: fixedTime() });
    cloud = session.cloud;
    await createFunction(cloud, 'hello', { 'index.mjs': 'export const handler = async () => 1;' });
    await cloud.call({ service: 'sqs', action: 'CreateQueue', input: { QueueName: 'jobs' } });
    let out = '';
    expect(await session.run('lab state', { stdout: (s) => (out += s), stderr: (s) => (out += s) })).toBe(0);
    expect(out).toContain('Functions (1):\n  hello  nodejs24.x  index.handler\n');
    expect(out).toContain('SQS queues (1):\n  jobs\n');
    expect(out).toContain('S3 buckets (0):\n  none\n');
  });

  it('lab edit opens the deployed code and lab deploy updates the function, as the console editor does', async () => {
    const fs = MemoryFS.fromFiles(HOME, {});
    const session = new Session({ fs, host: new NodeHost(), time: fixedTime() });
    cloud = session.cloud;
    await cloud.call({ service: 'lambda', action: 'CreateFunction', input: { FunctionName: 'hello', Runtime: 'nodejs24.x', Handler: 'index.handler', Role: 'arn:aws:iam::111111111111:role/lambda-basic', Code: { ZipFile: zip({ 'index.mjs': 'export const handler = async () => "old";' }) } } });
    let out = '';
    const io = { stdout: (s: string) => (out += s), stderr: (s: string) => (out += s) };
    expect(await session.run('lab edit hello', io)).toBe(0);
    expect(new TextDecoder().decode(await fs.readFile(`${HOME}/hello/index.mjs`))).toContain('"old"');
    await fs.writeFile(`${HOME}/hello/index.mjs`, 'export const handler = async () => "new";');
    expect(await session.run('lab deploy hello', io)).toBe(0);
    expect(out).toContain('Successfully updated the function hello.');
    expect((await invoke(cloud, 'hello')).json).toBe('new');
  });

  it('the console editor refuses packages over 3 MB', async () => {
    const fs = MemoryFS.fromFiles(HOME, {});
    const session = new Session({ fs, host: new NodeHost(), time: fixedTime() });
    cloud = session.cloud;
    // Random-looking content does not compress, so the zip stays over 3 MB.
    let noise = '';
    for (let i = 0; noise.length < 6 * 1024 * 1024; i++) noise += Math.imul(i, 2654435761).toString(36);
    await cloud.call({ service: 'lambda', action: 'CreateFunction', input: { FunctionName: 'big', Runtime: 'nodejs24.x', Handler: 'index.handler', Role: 'arn:aws:iam::111111111111:role/lambda-basic', Code: { ZipFile: zip({ 'index.mjs': 'export const handler = async () => 1;', 'data.txt': noise }) } } });
    let err = '';
    expect(await session.run('lab edit big', { stdout: () => {}, stderr: (s) => (err += s) })).toBe(1);
    expect(err).toContain('The deployment package of your Lambda function "big" is too large to enable inline code editing. However, you can still invoke your function.');
  });
});
