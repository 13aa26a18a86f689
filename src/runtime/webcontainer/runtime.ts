/**
 * The WebContainer runtime: the engine runs as `lab serve` inside a WebContainer, the terminal is the
 * container's own shell (jsh) in the workspace, Check is `lab check --json` in a process of its own,
 * and files are the container's. The WebContainer is handed in (TutorialKit's way), so the tests give
 * it a fake that behaves like one and this module never boots anything itself.
 *
 * jsh is driven as TutorialKit and bolt drive it: started with `--osc`, it marks its state in the
 * output with OSC 654 sequences — `interactive` once it takes input, `exit=CODE:PID` when a command
 * ends, `prompt` before each prompt — so one command line's output and status can be cut out of the
 * stream. Lines go to the shell one at a time, as typed; a program that reads the terminal itself
 * (a REPL, `npm init`'s questions) gets no input in this mode.
 */
import type { FileSystemTree, WebContainer, WebContainerProcess } from '@webcontainer/api';
import { isComplete } from '../../../sandbox/shell/complete.ts';
import type { CheckReport, ExerciseRef, SandboxRuntime, WorkspaceFile } from '../types.ts';
import { containerEnv, exercisePath, LAB_SERVE_PORT, mountTree, WORKSPACE_DIR } from './mount-tree.ts';
import type { SavedWork, WorkStore } from '../builtin/persistence.ts';

/** What this runtime uses of a WebContainer; the real one and the tests' fake both have it. */
export type Container = Pick<WebContainer, 'mount' | 'spawn' | 'teardown' | 'workdir' | 'path'> & {
  fs: Pick<WebContainer['fs'], 'readFile' | 'writeFile' | 'readdir' | 'rm' | 'mkdir'>;
};
export type ContainerProcess = Pick<WebContainerProcess, 'output' | 'input' | 'exit' | 'kill'>;

export interface WebContainerRuntimeOptions {
  ref: ExerciseRef;
  /** The booted container (the caller owns the watchdog around boot()). */
  container: Container;
  /** The engine package (src/runtime/webcontainer/engine-package.ts), as the site serves it. */
  engine: FileSystemTree;
  /** Aborted when the sandbox gives up on this runtime: nothing more is started, and the container is torn down. */
  signal?: AbortSignal;
  /** How long `lab serve` may take to say it listens. */
  serveTimeoutMs?: number;
  /**
   * Where the learner's work is kept (the built-in runtime's IndexedDB store, under the same key, so
   * work made in one mode is there in the other): files and the cloud snapshot come back on reload.
   */
  store?: WorkStore;
}

/** The cloud's saved state in the workspace, written by lab serve and read by lab check. */
const STATE_FILE = '.lab/state.json';
/** How long after a change the work is saved: a burst of commands or keystrokes is one save. */
const SAVE_DELAY_MS = 500;

const OSC = /\x1b\]654;([^\x07]*)\x07/g;
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
const plain = (text: string) => text.replace(ANSI, '').replace(/\r/g, '');

/** Files the tree and the editor leave out: the cloud's saved state and installed packages. */
const hiddenFromTree = (path: string) => path === '.lab' || path.startsWith('.lab/') || path.split('/').includes('node_modules');

/** Reads a process's output as it comes, and lets a caller wait for a pattern in it. */
class OutputReader {
  text = '';
  #waiters = new Set<() => void>();
  listener?: (chunk: string) => void;
  /** Settles when the output ends (the process exited and its last chunk is in `text`). */
  readonly done: Promise<void>;

  constructor(process: ContainerProcess) {
    this.done = process.output.pipeTo(
      new WritableStream({
        write: (chunk) => {
          this.text += chunk;
          this.listener?.(chunk);
          for (const w of this.#waiters) w();
        },
      }),
    ).catch(() => {});
  }

  /** Resolves with the match once `pattern` appears at or after `from`. */
  waitFor(pattern: RegExp, from = 0, signal?: AbortSignal): Promise<RegExpExecArray> {
    return new Promise((resolve, reject) => {
      const test = () => {
        const m = pattern.exec(this.text.slice(from));
        if (!m) return false;
        this.#waiters.delete(test);
        resolve(m);
        return true;
      };
      if (test()) return;
      this.#waiters.add(test);
      signal?.addEventListener('abort', () => {
        this.#waiters.delete(test);
        reject(signal.reason);
      }, { once: true });
    });
  }
}

export class WebContainerRuntime implements SandboxRuntime {
  readonly mode = 'webcontainer' as const;
  readonly ready: Promise<void>;
  readonly #ref: ExerciseRef;
  readonly #container: Container;
  readonly #signal: AbortSignal | undefined;
  readonly #listeners = new Set<(paths: string[]) => void>();
  #env: Record<string, string> = {};
  #serve: ContainerProcess | undefined;
  #shell: ContainerProcess | undefined;
  #shellOut: OutputReader | undefined;
  #input: WritableStreamDefaultWriter<string> | undefined;
  #prompt = '$ ';
  /** One command line at a time through the one shell. */
  #queue: Promise<unknown> = Promise.resolve();
  /** What the file tree last showed: path → content, to tell which files a command changed. */
  #known = new Map<string, string>();
  #disposed = false;
  readonly #store: WorkStore | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: WebContainerRuntimeOptions) {
    this.#ref = options.ref;
    this.#container = options.container;
    this.#signal = options.signal;
    this.#store = options.store;
    this.#signal?.addEventListener('abort', () => this.dispose(), { once: true });
    this.ready = this.#start(options.engine, options.serveTimeoutMs ?? 30_000);
  }

  #checkAborted(): void {
    if (this.#signal?.aborted || this.#disposed) throw new Error('The WebContainer runtime was stopped.');
  }

  async #start(engine: FileSystemTree, serveTimeoutMs: number): Promise<void> {
    const c = this.#container;
    const saved = await this.#store?.load(this.#key).catch(() => undefined);
    const files: Record<string, string | Uint8Array> = { ...(saved?.files ?? this.#ref.files) };
    // The saved cloud goes where lab serve looks for it, so the functions deployed before a reload are there.
    if (saved?.state) files[STATE_FILE] = JSON.stringify(saved.state);
    await c.mount(mountTree(engine, files));
    this.#checkAborted();
    this.#env = containerEnv(c.workdir, c.path, LAB_SERVE_PORT);

    // The engine: lab serve over the workspace's cloud (workspace/.lab/state.json).
    this.#serve = await c.spawn('lab', ['serve', '--port', String(LAB_SERVE_PORT), '--workspace', '.'], { cwd: WORKSPACE_DIR, env: this.#env });
    const serveOut = new OutputReader(this.#serve);
    const stopped = this.#serve.exit.then((code) => {
      throw new Error(`lab serve stopped (exit status ${code}): ${plain(serveOut.text).trim().split('\n').at(-1) ?? ''}`);
    });
    const timer = new AbortController();
    const timeout = setTimeout(() => timer.abort(new Error(`lab serve did not start within ${serveTimeoutMs / 1000} s.`)), serveTimeoutMs);
    try {
      await Promise.race([serveOut.waitFor(/is listening on/, 0, timer.signal), stopped]);
    } finally {
      clearTimeout(timeout);
      timer.abort();
    }
    this.#checkAborted();

    // The terminal: the container's shell in the workspace, with `lab` and `aws` on PATH.
    this.#shell = await c.spawn('jsh', ['--osc'], { cwd: WORKSPACE_DIR, env: this.#env, terminal: { cols: 100, rows: 30 } });
    this.#shellOut = new OutputReader(this.#shell);
    this.#input = this.#shell.input.getWriter();
    const interactive = await this.#shellOut.waitFor(/\x1b\]654;interactive\x07/);
    this.#prompt = this.#promptAfter(interactive.index + interactive[0].length);
    this.#checkAborted();
    await this.#snapshot();
  }

  /** The prompt text jsh drew after the last `prompt` mark at or after `from`. */
  #promptAfter(from: number): string {
    const text = this.#shellOut!.text.slice(from);
    const at = text.lastIndexOf('\x1b]654;prompt\x07');
    const tail = plain((at < 0 ? text : text.slice(at)).replace(OSC, ''));
    const line = tail.split('\n').at(-1) ?? '';
    return line.trim() ? line.replace(/\s*$/, ' ') : this.#prompt;
  }

  #path(path: string): string {
    const clean = path.replace(/^\/+/, '');
    if (clean.split('/').includes('..')) throw new Error(`${path}: outside the workspace`);
    return `${WORKSPACE_DIR}/${clean}`;
  }

  async listFiles(): Promise<WorkspaceFile[]> {
    const out: WorkspaceFile[] = [];
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const walk = async (dir: string) => {
      const entries = await this.#container.fs.readdir(this.#path(dir), { withFileTypes: true });
      for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const path = dir ? `${dir}/${entry.name}` : entry.name;
        if (hiddenFromTree(path)) continue;
        if (entry.isDirectory()) await walk(path);
        else if (entry.isFile()) {
          const bytes = await this.#container.fs.readFile(this.#path(path));
          try {
            out.push({ path, text: decoder.decode(bytes), size: bytes.length });
          } catch {
            out.push({ path, binary: true, size: bytes.length });
          }
        }
      }
    };
    await walk('');
    return out;
  }

  async readFile(path: string): Promise<string> {
    return this.#container.fs.readFile(this.#path(path), 'utf-8');
  }

  async writeFile(path: string, text: string): Promise<void> {
    const full = this.#path(path);
    const dir = full.slice(0, full.lastIndexOf('/'));
    if (dir !== WORKSPACE_DIR) await this.#container.fs.mkdir(dir, { recursive: true });
    await this.#container.fs.writeFile(full, text);
    this.#known.set(path, text);
    this.#scheduleSave();
  }

  async deleteFile(path: string): Promise<void> {
    await this.#container.fs.rm(this.#path(path), { force: true });
    this.#known.delete(path);
    this.#scheduleSave();
  }

  get #key(): string {
    return `${this.#ref.lesson}/${this.#ref.exercise}`;
  }

  #scheduleSave(): void {
    if (!this.#store || this.#disposed) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.saveWork(), SAVE_DELAY_MS);
  }

  /**
   * Saves the workspace's files and the cloud lab serve last wrote. Storage failing (private mode,
   * quota) only means the work is not kept; the sandbox goes on.
   */
  async saveWork(): Promise<void> {
    if (!this.#store || this.#disposed) return;
    try {
      const work: SavedWork = { files: {}, savedAt: Date.now() };
      for (const file of await this.listFiles()) work.files[file.path] = await this.#container.fs.readFile(this.#path(file.path));
      try {
        work.state = JSON.parse(await this.#container.fs.readFile(this.#path(STATE_FILE), 'utf-8'));
      } catch {
        // lab serve has not saved a cloud yet: keep the one saved before, if any.
        const before = await this.#store.load(this.#key);
        if (before?.state) work.state = before.state;
      }
      await this.#store.save(this.#key, work);
    } catch {
      /* not saved: the session goes on */
    }
  }

  onFilesChanged(listener: (paths: string[]) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async prompt(): Promise<string> {
    return this.#prompt;
  }

  isComplete = isComplete;

  run(line: string, write: (chunk: string) => void): Promise<number> {
    const next = this.#queue.then(() => this.#run(line, write));
    this.#queue = next.catch(() => {});
    return next;
  }

  async #run(line: string, write: (chunk: string) => void): Promise<number> {
    await this.ready;
    const out = this.#shellOut!;
    const from = out.text.length;
    // jsh echoes what it is given (it is a terminal), one echoed line per line of input, redraws
    // and all: those lines are dropped, the command's output kept.
    let echo = line.split('\n').length;
    let held = '';
    out.listener = (chunk) => {
      held += chunk;
      const exit = held.search(/\x1b\]654;exit=/);
      let shown = exit < 0 ? held : held.slice(0, exit);
      // Keep an unfinished escape sequence for the next chunk rather than print half of it.
      const partial = /\x1b[^\x07]*$/.exec(shown);
      if (partial && exit < 0) shown = shown.slice(0, partial.index);
      held = held.slice(shown.length);
      shown = shown.replace(OSC, '');
      while (echo > 0 && shown) {
        const nl = shown.indexOf('\n');
        if (nl < 0) {
          shown = '';
          break;
        }
        shown = shown.slice(nl + 1);
        echo--;
      }
      if (shown) write(shown.replace(/\r\n/g, '\n'));
    };
    try {
      await this.#input!.write(`${line}\n`);
      const done = await out.waitFor(/\x1b\]654;exit=(-?\d+)(?::\d+)?\x07/, from);
      await out.waitFor(/\x1b\]654;prompt\x07/, from + done.index);
      // The prompt follows its mark in the same write; give a late one a moment.
      await new Promise((r) => setTimeout(r, 0));
      this.#prompt = this.#promptAfter(from);
      await this.#announceChanges();
      // A command may have changed files or the cloud (lab serve writes its state as requests land).
      this.#scheduleSave();
      return Number(done[1]);
    } finally {
      out.listener = undefined;
    }
  }

  /** Tells the listeners which files a command created, changed or deleted. */
  async #announceChanges(): Promise<void> {
    const before = new Map(this.#known);
    await this.#snapshot();
    const changed = [...this.#known].filter(([p, v]) => before.get(p) !== v).map(([p]) => p);
    const deleted = [...before.keys()].filter((p) => !this.#known.has(p));
    if (changed.length || deleted.length) for (const l of this.#listeners) l([...changed, ...deleted]);
  }

  async #snapshot(): Promise<void> {
    const files = await this.listFiles().catch(() => undefined);
    if (!files) return;
    this.#known = new Map(files.map((f) => [f.path, f.text ?? `binary:${f.size}`]));
  }

  async check(): Promise<CheckReport> {
    await this.ready;
    const exercise = exercisePath(this.#ref.lesson, this.#ref.exercise);
    const proc = await this.#container.spawn('lab', ['check', '--workspace', '.', '--exercise', exercise, '--json'], { cwd: WORKSPACE_DIR, env: this.#env });
    const out = new OutputReader(proc);
    const [code] = await Promise.all([proc.exit, out.done]);
    // WebContainer gives one output stream for stdout and stderr: the report is the JSON object in it.
    const text = plain(out.text);
    const start = text.indexOf('{');
    const end = text.lastIndexOf('}');
    try {
      if (start < 0) throw new Error('no report');
      return JSON.parse(text.slice(start, end + 1)) as CheckReport;
    } catch {
      throw new Error(`lab check failed (exit status ${code}): ${text.trim().split('\n').at(-1) ?? 'no output'}`);
    }
  }

  dispose(): void {
    if (this.#disposed) return;
    clearTimeout(this.#saveTimer);
    this.#disposed = true;
    this.#shell?.kill();
    this.#serve?.kill();
    this.#container.teardown();
  }
}
