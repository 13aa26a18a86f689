/**
 * The built-in runtime's engine: the cloud, the shell and the grader in one Web Worker of the page,
 * with execution environments in nested workers. The page reaches it only through protocol.ts.
 */
import { zipSync } from 'fflate';
import { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { runChecks } from '../../../sandbox/grader/runner.ts';
import type { ExerciseDefinition } from '../../../sandbox/grader/define.ts';
import { prettyReport } from '../../../sandbox/grader/reporters.ts';
import { WebHost } from '../../../sandbox/runtime/hosts/web-host.ts';
import { HOME, Session } from '../../../sandbox/session.ts';
import { MemoryFS } from '../../../sandbox/workspace/memory-fs.ts';
import type { CheckReport, ExerciseRef, WorkspaceFile } from '../types.ts';
import { load, save } from './persistence.ts';
import type { BenchmarkResult, EngineToPage, PageToEngine } from './protocol.ts';
import type { ScenarioResult } from '../../../sandbox/conformance/types.ts';

const checkModules = import.meta.glob<{ default: ExerciseDefinition }>('/content/lessons/*/*/check.ts');

const post = (message: EngineToPage) => postMessage(message);
const decoder = new TextDecoder();
const encoder = new TextEncoder();

let fs: MemoryFS;
let session: Session;
let ref: ExerciseRef;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

const storageKey = () => `${ref.lesson}/${ref.exercise}`;
const rel = (abs: string) => abs.slice(HOME.length + 1);
const abs = (path: string) => `${HOME}/${path.replace(/^\/+/, '')}`;

/** Saving is debounced: a burst of writes (unzip, an editor session) is one transaction. */
function scheduleSave(): void {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void save(storageKey(), { files: fs.snapshot(HOME), state: session.cloud.snapshot(), savedAt: Date.now() }), 250);
}

function isText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  return !sample.includes(0);
}

async function exercise(): Promise<ExerciseDefinition | undefined> {
  const loader = checkModules[`/content/lessons/${ref.lesson}/${ref.exercise}/check.ts`];
  return loader ? (await loader()).default : undefined;
}

async function check(): Promise<CheckReport> {
  const definition = await exercise();
  if (!definition) return { exercise: ref.exercise, passed: false, checks: [] };
  const files: Record<string, Uint8Array> = {};
  for (const [path, bytes] of Object.entries(fs.snapshot(HOME))) if (!path.startsWith('.aws/')) files[path] = bytes;
  return runChecks(definition, {
    state: session.cloud.snapshot(),
    files,
    host: () => new WebHost(),
    time: () => Date.now(),
    now: () => performance.now(),
    setTimer: (ms, fn) => {
      const t = setTimeout(fn, ms);
      return () => clearTimeout(t);
    },
  });
}

/** Invoke latency inside this worker, on a scratch cloud so the learner's state is untouched. */
async function benchmark({ warm, cold }: { warm: number; cold: number }): Promise<BenchmarkResult> {
  const cloud = new Cloud({ host: new WebHost(), time: () => Date.now() });
  const plain = zipSync({ 'index.js': encoder.encode('exports.handler = async (event) => ({ ok: true, n: event.n });') });
  const sdk = zipSync({ 'index.mjs': encoder.encode("import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';\nconst sts = new STSClient({});\nexport const handler = async () => (await sts.send(new GetCallerIdentityCommand({}))).Arn;") });
  const payload = encoder.encode('{"n":1}');
  const create = (name: string, zip: Uint8Array) => cloud.call({ service: 'lambda', action: 'CreateFunction', input: { FunctionName: name, Runtime: 'nodejs24.x', Handler: 'index.handler', Role: 'arn:aws:iam::111111111111:role/lambda-basic', Code: { ZipFile: zip } } });
  const invoke = (name: string, tail = false) => cloud.call({ service: 'lambda', action: 'Invoke', input: { FunctionName: name, Payload: payload, ...(tail ? { LogType: 'Tail' } : {}) } });
  const idle = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const warmRuns = async (name: string, n: number, into: number[]) => {
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await invoke(name);
      into.push(performance.now() - t);
    }
  };
  /** New functions, each invoked once after the spare realm has had time to boot: latency and Init Duration. */
  const coldRuns = async (prefix: string, zip: Uint8Array, n: number, latency: number[], init: number[]) => {
    for (let i = 0; i < n; i++) {
      await create(`${prefix}-${i}`, zip);
      await idle(150);
      const t = performance.now();
      const out = await invoke(`${prefix}-${i}`, true);
      latency.push(performance.now() - t);
      const m = /Init Duration: ([\d.]+) ms/.exec(atob(out.LogResult as string));
      if (m) init.push(Number(m[1]));
    }
  };
  const result: BenchmarkResult = { warm: [], cold: [], init: [], sdkCold: [], sdkInit: [], sdkWarm: [] };
  try {
    await create('warm', plain);
    await idle(200);
    await invoke('warm');
    await warmRuns('warm', warm, result.warm);
    await coldRuns('cold', plain, cold, result.cold, result.init);
    // The first SDK cold start also fetches the bundle (2 MB); later ones find it in the HTTP cache.
    await coldRuns('sdk', sdk, Math.max(3, Math.ceil(cold / 2)), result.sdkCold, result.sdkInit);
    await warmRuns('sdk-0', Math.min(warm, 200), result.sdkWarm);
  } finally {
    cloud.dispose();
  }
  return result;
}

/**
 * The conformance suite (sandbox/conformance) with Web Worker environments, each scenario on its own
 * scratch cloud. Loaded on demand, so lesson pages do not carry it. Results stream back as they come.
 */
async function selfTest(id: number): Promise<ScenarioResult[]> {
  const { runConformance } = await import('../../../sandbox/conformance/run.ts');
  return runConformance((settings) => new Cloud({ host: new WebHost(), ...settings }), {
    platform: 'web',
    onResult: (result) => post({ event: 'output', id, chunk: JSON.stringify(result) }),
  });
}

async function init(params: ExerciseRef) {
  ref = params;
  const saved = await load(storageKey());
  fs = MemoryFS.fromFiles(HOME, saved?.files ?? params.files, { now: () => Date.now() });
  session = new Session({
    fs,
    host: new WebHost(),
    time: () => Date.now(),
    state: saved?.state,
    check: async (ctx) => {
      const report = await check();
      ctx.stdout(prettyReport(report));
      return report.passed ? 0 : 1;
    },
  });
  // Time passes on its own in the browser: what comes due (asynchronous retries) runs without `lab clock advance`.
  setInterval(() => session.cloud.tick(), 1000);
  fs.onChange((paths) => {
    post({ event: 'files-changed', paths: paths.filter((p) => p.startsWith(`${HOME}/`)).map(rel) });
    scheduleSave();
  });
  return { prompt: session.shell.prompt() };
}

async function listFiles(): Promise<WorkspaceFile[]> {
  return Object.entries(fs.snapshot(HOME))
    .filter(([path]) => !path.split('/').some((part) => part.startsWith('.')))
    .map(([path, bytes]) => (isText(bytes) && !path.endsWith('.zip') ? { path, text: decoder.decode(bytes), size: bytes.length } : { path, binary: true, size: bytes.length }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

async function handle(message: PageToEngine): Promise<unknown> {
  const p = message.params as Record<string, string>;
  switch (message.method) {
    case 'init':
      return init(message.params as ExerciseRef);
    case 'listFiles':
      return listFiles();
    case 'readFile':
      return decoder.decode(await fs.readFile(abs(p.path!)));
    case 'writeFile': {
      const target = abs(p.path!);
      const dir = target.slice(0, target.lastIndexOf('/'));
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(target, encoder.encode(p.text!));
      return null;
    }
    case 'deleteFile':
      await fs.rm(abs(p.path!), { recursive: true });
      return null;
    case 'prompt':
      return session.shell.prompt();
    case 'run': {
      const write = (chunk: string) => post({ event: 'output', id: message.id, chunk });
      const status = await session.run(p.line!, { stdout: write, stderr: write });
      scheduleSave();
      return status;
    }
    case 'check':
      return check();
    case 'benchmark':
      return benchmark(message.params as { warm: number; cold: number });
    case 'selfTest':
      return selfTest(message.id);
    default:
      throw new Error(`unknown request ${String(message.method)}`);
  }
}

addEventListener('message', (event: MessageEvent<PageToEngine>) => {
  const message = event.data;
  handle(message).then(
    (result) => post({ id: message.id, result }),
    (error: unknown) => post({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
