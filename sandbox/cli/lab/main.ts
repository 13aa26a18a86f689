/**
 * `lab` as a Node command (the package's bin). `lab shell` runs the sandbox shell over a real folder;
 * `lab serve` answers the AWS wire protocols over HTTP, for the real AWS CLI and SDKs; `lab check`
 * grades a workspace against an exercise. The cloud's state lives in the workspace at
 * .lab/state.json, so a shell session, a served session and a later check (or an instructor's
 * grading) see one cloud.
 */
import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { Cloud, initialCloudState, type CloudState } from '../../cloud/cloud.ts';
import { createRouter } from '../../api/router.ts';
import { withLabCall } from '../../api/lab-call.ts';
import type { ServiceRequest } from '../../cloud/api.ts';
import { close, createAwsServer, listen } from '../../api/server.ts';
import { runChecks } from '../../grader/runner.ts';
import { jsonReport, prettyReport } from '../../grader/reporters.ts';
import type { ExerciseDefinition } from '../../grader/define.ts';
import { NodeHost } from '../../runtime/hosts/node-host.ts';
import { Session } from '../../session.ts';
import { NodeFS } from '../../workspace/node-fs.ts';
import { HOME } from '../../session.ts';

export const STATE_FILE = '.lab/state.json';

const USAGE = `usage: lab <command> [options]

  lab shell --workspace DIR                     the sandbox shell over DIR (reads commands from stdin when it is not a terminal)
  lab serve [--port 4566] [--workspace DIR]     the AWS APIs over HTTP for the real AWS CLI and SDKs
            [--host 127.0.0.1]                  (--endpoint-url http://localhost:4566); the cloud is DIR's
  lab check --workspace DIR --exercise PATH     run an exercise's checks against DIR; exit 0 only when all pass
            [--json]                            print the report as JSON
  lab help                                      this text
`;

interface Flags {
  _: string[];
  [flag: string]: string | boolean | string[];
}

function parseFlags(args: string[]): Flags {
  const flags: Flags = { _: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2);
      const next = args[i + 1];
      if (inline !== undefined) flags[name!] = inline;
      else if (next !== undefined && !next.startsWith('--') && name !== 'json') flags[name!] = args[++i]!;
      else flags[name!] = true;
    } else flags._.push(a);
  }
  return flags;
}

async function loadState(workspace: string): Promise<CloudState | undefined> {
  try {
    return JSON.parse(await readFile(path.join(workspace, STATE_FILE), 'utf8')) as CloudState;
  } catch {
    return undefined;
  }
}

async function saveState(workspace: string, state: CloudState): Promise<void> {
  await mkdir(path.join(workspace, '.lab'), { recursive: true });
  // Written beside and renamed over, so a process ended mid-write never leaves half a state.
  const file = path.join(workspace, STATE_FILE);
  await writeFile(`${file}.tmp`, `${JSON.stringify(state)}\n`);
  await rename(`${file}.tmp`, file);
}

/** The workspace's files for grading: everything but the sandbox's own .lab folder and node_modules. */
export async function readWorkspace(dir: string, prefix = ''): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {};
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (rel === '.lab' || entry.name === 'node_modules') continue;
    if (entry.isDirectory()) Object.assign(out, await readWorkspace(dir, rel));
    else if (entry.isFile()) out[rel] = new Uint8Array(await readFile(path.join(dir, rel)));
  }
  return out;
}

/** Loads an exercise from its folder or its check.ts. */
export async function loadExercise(p: string): Promise<ExerciseDefinition> {
  const file = (await stat(p)).isDirectory() ? path.join(p, 'check.ts') : p;
  const mod = (await import(pathToFileURL(path.resolve(file)).href)) as { default?: ExerciseDefinition };
  if (!mod.default?.checks) throw new Error(`${file} does not export an exercise (export default defineExercise({ … })).`);
  return mod.default;
}

/** Runs shell lines from a stream, echoing each after the prompt as a terminal shows it. */
export async function runScript(session: Session, lines: AsyncIterable<string>, out: (s: string) => void, err: (s: string) => void, tty = false): Promise<number> {
  let buffer = '';
  let status = 0;
  for await (const line of lines) {
    buffer = buffer ? `${buffer}\n${line}` : line;
    if (!session.shell.isComplete(buffer)) continue;
    const text = buffer;
    buffer = '';
    if (!text.trim()) continue;
    out(`${session.shell.prompt()}${text}\n`);
    status = await session.run(text, { stdout: out, stderr: err }, { tty });
  }
  return status;
}

async function shellCommand(flags: Flags): Promise<number> {
  const workspace = path.resolve(String(flags.workspace ?? '.'));
  await mkdir(workspace, { recursive: true });
  const session = new Session({ fs: new NodeFS({ root: HOME, dir: workspace }), host: new NodeHost(), time: () => Date.now(), state: await loadState(workspace) });
  const out = (s: string) => process.stdout.write(s);
  const err = (s: string) => process.stderr.write(s);
  // Real time passes in a terminal session too: retries that come due run without `lab clock advance`.
  const ticker = setInterval(() => session.cloud.tick(), 1000);
  ticker.unref();
  try {
    if (!process.stdin.isTTY) return await runScript(session, createInterface({ input: process.stdin, crlfDelay: Infinity }), out, err, process.stdout.isTTY === true);
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    let buffer = '';
    rl.setPrompt(session.shell.prompt());
    rl.prompt();
    for await (const line of rl) {
      buffer = buffer ? `${buffer}\n${line}` : line;
      if (!session.shell.isComplete(buffer)) {
        rl.setPrompt('> ');
      } else {
        if (buffer.trim() === 'exit') break;
        if (buffer.trim()) await session.run(buffer, { stdout: out, stderr: err });
        await saveState(workspace, session.cloud.snapshot());
        buffer = '';
        rl.setPrompt(session.shell.prompt());
      }
      rl.prompt();
    }
    rl.close();
    return session.shell.lastStatus;
  } finally {
    clearInterval(ticker);
    await session.cloud.settled();
    await saveState(workspace, session.cloud.snapshot());
    session.dispose();
  }
}

/** Actions that only read: the state need not be saved after them. */
const READS = /^(Get|List|Describe|Head|Filter|Query$|Scan$|BatchGet|Lookup)/;

/**
 * `lab serve`: the wire router over HTTP, over the workspace's cloud. The state is saved after each
 * request that may have changed it, after background work (a retry, a poller's batch, a schedule)
 * and on SIGINT / SIGTERM.
 */
async function serveCommand(flags: Flags): Promise<number> {
  const port = flags.port === undefined ? 4566 : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`lab serve: --port needs a port number from 0 to 65535 (got '${String(flags.port)}')\n`);
    return 2;
  }
  const host = typeof flags.host === 'string' ? flags.host : '127.0.0.1';
  const workspace = path.resolve(String(flags.workspace ?? '.'));
  await mkdir(workspace, { recursive: true });
  const cloud = new Cloud({ host: new NodeHost(), time: () => Date.now(), state: await loadState(workspace) });

  let dirty = false;
  let saving: Promise<void> | undefined;
  const flush = async () => {
    while (dirty) {
      dirty = false;
      await saveState(workspace, cloud.snapshot()).catch((e: Error) => process.stderr.write(`lab serve: could not save ${STATE_FILE}: ${e.message}\n`));
    }
  };
  const changed = () => {
    dirty = true;
    saving ??= flush().finally(() => (saving = undefined));
  };

  const call = async (request: ServiceRequest) => {
    try {
      return await cloud.call(request);
    } finally {
      if (!READS.test(request.action)) dirty = true;
    }
  };
  // The AWS protocols for real clients, and /_lab/call for the sandbox's own `aws` in a WebContainer.
  const route = withLabCall(createRouter({ call, requestId: () => cloud.ids.uuid() }), { call, now: () => cloud.clock.now() });
  const server = createAwsServer({ route, requestId: () => cloud.ids.uuid(), onAnswer: () => dirty && changed() });
  // Real time passes: retries, visibility timeouts and schedules come due without `lab clock advance`.
  // What they did shows as new trace events.
  let last = cloud.state.trace.at(-1);
  const ticker = setInterval(() => {
    cloud.tick();
    if (cloud.state.trace.at(-1) !== last) {
      last = cloud.state.trace.at(-1);
      changed();
    }
  }, 1000);

  let bound: number;
  try {
    bound = await listen(server, port, host);
  } catch (error) {
    clearInterval(ticker);
    cloud.dispose();
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(`lab serve: cannot listen on ${host}:${port}${code === 'EADDRINUSE' ? ' (the port is in use: is LocalStack or another lab serve running? try --port)' : `: ${(error as Error).message}`}\n`);
    return 1;
  }
  const shown = host === '0.0.0.0' || host === '::' || host === '127.0.0.1' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  process.stdout.write(`lab serve: the sandbox's AWS is listening on http://${host.includes(':') ? `[${host}]` : host}:${bound} (cloud in ${path.join(workspace, STATE_FILE)}); point the AWS CLI or an SDK at it with --endpoint-url http://${shown}:${bound} (SDK: endpoint: 'http://${shown}:${bound}', S3 also forcePathStyle: true)\n`);

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  clearInterval(ticker);
  await close(server);
  await cloud.settled();
  await saving;
  await saveState(workspace, cloud.snapshot());
  cloud.dispose();
  process.stdout.write(`lab serve: stopped; the cloud is saved in ${path.join(workspace, STATE_FILE)}\n`);
  return 0;
}

async function checkCommand(flags: Flags): Promise<number> {
  if (typeof flags.workspace !== 'string' || typeof flags.exercise !== 'string') {
    process.stderr.write(`lab check: --workspace DIR and --exercise PATH are required\n\n${USAGE}`);
    return 2;
  }
  const workspace = path.resolve(flags.workspace);
  const exercise = await loadExercise(flags.exercise);
  const state = await loadState(workspace);
  const files = await readWorkspace(workspace);
  // Without a saved cloud, grade against a new one: the checks that need deployed resources will say so.
  const fresh = state ?? initialCloudState(Date.now());
  const report = await runChecks(exercise, {
    state: fresh,
    files,
    host: () => new NodeHost(),
    time: () => Date.now(),
    now: () => performance.now(),
    setTimer: (ms, fn) => {
      const t = setTimeout(fn, ms);
      return () => clearTimeout(t);
    },
  });
  process.stdout.write(flags.json ? jsonReport(report) : prettyReport(report, process.stdout.isTTY));
  return report.passed ? 0 : 1;
}

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const flags = parseFlags(rest);
  try {
    switch (command) {
      case 'shell':
        return await shellCommand(flags);
      case 'serve':
        return await serveCommand(flags);
      case 'check':
        return await checkCommand(flags);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        return 0;
      default:
        process.stderr.write(`lab: unknown command '${command}'\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    process.stderr.write(`lab: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
