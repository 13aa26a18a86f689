/**
 * The AWS SDK in handlers, in Node: the cold start of a function that imports @aws-sdk/client-s3
 * (the runtime's bundle evaluated in a fresh realm), and warm invocations that make one SDK call
 * each (realm → engine → wire router → cloud → back). Figures only; nothing here asserts.
 *
 *   node bench/sdk-node.ts [--cold 10] [--warm 500]
 */
import { strToU8, zipSync } from 'fflate';
import { Cloud } from '../sandbox/cloud/cloud.ts';
import { NodeHost } from '../sandbox/runtime/hosts/node-host.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const COLD = arg('cold', 10);
const WARM = arg('warm', 500);
const ROLE = 'arn:aws:iam::111111111111:role/lambda-basic';
const PLAIN = 'export const handler = async () => ({ ok: true });';
const SDK = `import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { S3Client } from '@aws-sdk/client-s3';
const sts = new STSClient({});
void S3Client;
export const handler = async () => (await sts.send(new GetCallerIdentityCommand({}))).Arn;`;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
const idle = (ms: number) => new Promise((r) => setTimeout(r, ms));

const cloud = new Cloud({ host: new NodeHost(), time: () => Date.now() });
const create = (name: string, source: string) =>
  cloud.call({ service: 'lambda', action: 'CreateFunction', input: { FunctionName: name, Runtime: 'nodejs24.x', Handler: 'index.handler', Role: ROLE, Code: { ZipFile: zipSync({ 'index.mjs': strToU8(source) }) } } });
const invoke = (name: string) => cloud.call({ service: 'lambda', action: 'Invoke', input: { FunctionName: name, Payload: strToU8('{}'), LogType: 'Tail' } });
const initOf = (out: Record<string, unknown>) => Number(/Init Duration: ([\d.]+) ms/.exec(atob(out.LogResult as string))?.[1] ?? NaN);

async function coldStarts(kind: string, source: string) {
  const latency: number[] = [];
  const init: number[] = [];
  for (let i = 0; i < COLD; i++) {
    await create(`${kind}-${i}`, source);
    await idle(150);
    const t = performance.now();
    const out = await invoke(`${kind}-${i}`);
    latency.push(performance.now() - t);
    init.push(initOf(out));
  }
  console.log(`cold start, ${kind.padEnd(5)}: invoke p50 ${fmt(pct(latency, 50))} (max ${fmt(Math.max(...latency))}), reported Init Duration p50 ${fmt(pct(init, 50))}`);
}

await coldStarts('plain', PLAIN);
await coldStarts('sdk', SDK);

await create('warm-sdk', SDK);
await invoke('warm-sdk');
const warm: number[] = [];
for (let i = 0; i < WARM; i++) {
  const t = performance.now();
  await invoke('warm-sdk');
  warm.push(performance.now() - t);
}
console.log(`warm invoke with one SDK call (STS GetCallerIdentity over awsQuery): p50 ${fmt(pct(warm, 50))}, p95 ${fmt(pct(warm, 95))} (${WARM} invokes)`);
cloud.dispose();
