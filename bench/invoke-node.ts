/**
 * Invoke latency in Node: warm p50/p95 and cold-start p50 through the whole engine (Cloud.call →
 * executor → worker thread → logs), next to the npm package lambda-local running the same handler
 * in-process with no isolation. Figures only; nothing here asserts.
 *
 *   node bench/invoke-node.ts [--warm 2000] [--cold 30] [--async 20000]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { strToU8, zipSync } from 'fflate';
import { Cloud } from '../sandbox/cloud/cloud.ts';
import { NodeHost } from '../sandbox/runtime/hosts/node-host.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const WARM = arg('warm', 2000);
const COLD = arg('cold', 30);
const ASYNC = arg('async', 20000);
const HANDLER = 'exports.handler = async (event) => ({ ok: true, n: event.n });';
const ROLE = 'arn:aws:iam::111111111111:role/lambda-basic';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
const idle = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function engine() {
  const cloud = new Cloud({ host: new NodeHost(), time: () => Date.now() });
  const payload = strToU8('{"n":1}');
  const create = (name: string) => cloud.call({ service: 'lambda', action: 'CreateFunction', input: { FunctionName: name, Runtime: 'nodejs24.x', Handler: 'index.handler', Role: ROLE, Code: { ZipFile: zipSync({ 'index.js': strToU8(HANDLER) }) } } });
  await create('warm');
  await idle(200);
  await cloud.call({ service: 'lambda', action: 'Invoke', input: { FunctionName: 'warm', Payload: payload } });
  const warm: number[] = [];
  for (let i = 0; i < WARM; i++) {
    const t = performance.now();
    await cloud.call({ service: 'lambda', action: 'Invoke', input: { FunctionName: 'warm', Payload: payload } });
    warm.push(performance.now() - t);
  }
  const cold: number[] = [];
  const init: number[] = [];
  for (let i = 0; i < COLD; i++) {
    await create(`cold-${i}`);
    // Idle between cold starts, as a real account would be: the spare realm finishes booting.
    await idle(150);
    const t = performance.now();
    const out = await cloud.call({ service: 'lambda', action: 'Invoke', input: { FunctionName: `cold-${i}`, Payload: payload, LogType: 'Tail' } });
    cold.push(performance.now() - t);
    const m = /Init Duration: ([\d.]+) ms/.exec(atob(out.LogResult as string));
    if (m) init.push(Number(m[1]));
  }
  // Asynchronous throughput: a burst of Event invokes through the internal queue, concurrency 10.
  await create('async');
  await cloud.call({ service: 'lambda', action: 'PutFunctionConcurrency', input: { FunctionName: 'async', ReservedConcurrentExecutions: 10 } });
  const t0 = performance.now();
  for (let i = 0; i < ASYNC; i++) await cloud.call({ service: 'lambda', action: 'Invoke', input: { FunctionName: 'async', InvocationType: 'Event', Payload: payload } });
  await cloud.settled();
  const asyncSeconds = (performance.now() - t0) / 1000;
  const left = Object.keys(cloud.state.lambda.asyncEvents ?? {}).length;
  const ran = cloud.state.lambda.usage?.['arn:aws:lambda:us-east-1:111111111111:function:async']?.requests ?? 0;
  cloud.dispose();
  return { warm, cold, init, asyncRate: ran / asyncSeconds, ran, left };
}

async function lambdaLocal() {
  const require = createRequire(import.meta.url);
  const lambdaLocal = require('lambda-local');
  lambdaLocal.getLogger().level = 'error';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lab-bench-'));
  const file = path.join(dir, 'index.js');
  writeFileSync(file, HANDLER);
  const run = () => lambdaLocal.execute({ event: { n: 1 }, lambdaPath: file, timeoutMs: 3000, verboseLevel: 0 });
  await run();
  const warm: number[] = [];
  for (let i = 0; i < WARM; i++) {
    const t = performance.now();
    await run();
    warm.push(performance.now() - t);
  }
  return { warm };
}

const ours = await engine();
const theirs = await lambdaLocal();
const rows = [
  ['Lambda Lab (worker thread), warm p50', fmt(pct(ours.warm, 50))],
  ['Lambda Lab (worker thread), warm p95', fmt(pct(ours.warm, 95))],
  ['Lambda Lab, cold start p50 (invoke latency, new environment)', fmt(pct(ours.cold, 50))],
  ['Lambda Lab, cold start p50 Init Duration (module load + init)', fmt(pct(ours.init, 50))],
  [`async throughput, ${ours.ran} events, reserved concurrency 10 (${ours.left} left in queue)`, `${ours.asyncRate.toFixed(0)} events/s`],
  ['lambda-local (no isolation), warm p50', fmt(pct(theirs.warm, 50))],
  ['lambda-local (no isolation), warm p95', fmt(pct(theirs.warm, 95))],
  ['ratio warm p50 (Lambda Lab / lambda-local)', (pct(ours.warm, 50) / pct(theirs.warm, 50)).toFixed(2)],
];
console.log(`Node ${process.version}, ${WARM} warm invokes, ${COLD} cold starts`);
for (const [k, v] of rows) console.log(`${k.padEnd(66)} ${v}`);
