/**
 * `lab` as a Node command (the package's bin). `lab shell` runs the sandbox shell over a real folder;
 * `lab check` grades a workspace against an exercise. The cloud's state lives in the workspace at
 * .lab/state.json, so a shell session and a later check (or an instructor's grading) see one cloud.
 */
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { initialCloudState, type CloudState } from '../../cloud/cloud.ts';
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
  await writeFile(path.join(workspace, STATE_FILE), `${JSON.stringify(state)}\n`);
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
