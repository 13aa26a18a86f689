/**
 * The shell of the built-in runtime: it parses a line (parse.ts), expands words (expand.ts) and runs
 * commands — the built-ins and whatever others register (`aws`, `lab`, `node`). Its state is the
 * working directory, the variables and the last status; a subshell (`( … )`, `$( … )`, a pipeline
 * stage) runs on a copy of that state, so `cd` inside one does not leak out.
 *
 * Nothing here throws at the caller: syntax errors, failed expansions, missing commands and commands
 * that throw all end as bash's message on stderr and an exit status.
 */
import { toBytes, toText, type FileSystem } from '../workspace/fs.ts';
import { normalize, resolve, tildify } from '../workspace/path.ts';
import type { Redirect, Script, SimpleCommand, Word, CommandNode, Pipeline, AndOr } from './ast.ts';
import { createBuiltins, type ShellSession } from './commands/builtins.ts';
import { coreCommands, type CommandEntry } from './commands/index.ts';
import { errorText } from './commands/util.ts';
import { ExpansionError, expandWord, expandWords, type ExpandContext } from './expand.ts';
import { isComplete } from './complete.ts';
import { parse, ParseError } from './parse.ts';
import type { Command, CommandContext, CommandIO } from './types.ts';

export interface ShellOptions {
  fs: FileSystem;
  /** The learner's home, e.g. `/home/learner`; also the starting directory unless `cwd` is given. */
  home: string;
  cwd?: string;
  /** Exported variables on top of HOME, USER, PWD, SHELL, PATH, TERM, LANG. */
  env?: Record<string, string>;
  commands?: Record<string, Command>;
  user?: string;
  host?: string;
  /** Terminal width for `ls` columns; can be changed later through `shell.columns`. */
  columns?: number;
  /** Clock for `ls -l` ("recent" files show the time, older ones the year). */
  now?: () => number;
}

export interface RunOptions {
  /** Abort (Ctrl-C): the running command sees ctx.signal; no further command starts; status 130. */
  signal?: AbortSignal;
  /** False when stdout is not a terminal (a script piped into `lab shell`): no colours, one name per line. Default true. */
  tty?: boolean;
}

/** Where a command's output goes and what it reads. `tty`: stdout is the terminal. */
interface Streams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: string;
  tty: boolean;
}

/** Thrown by `exit`; ends the input (or the subshell) with a status. Not an Error: commands' catch blocks should not swallow it. */
class ExitSignal {
  status: number;
  constructor(status: number) {
    this.status = status;
  }
}

interface Sink {
  write(text: string): void;
}

const DECLARATION_COMMANDS = new Set(['export', 'declare', 'readonly', 'local', 'typeset']);

export class Shell {
  readonly fs: FileSystem;
  readonly home: string;
  readonly user: string;
  readonly host: string;
  columns: number;
  private readonly now: () => number;
  private cwdPath: string;
  private vars = new Map<string, string>();
  private exported = new Set<string>();
  private status = 0;
  private readonly registry = new Map<string, CommandEntry>();
  private signal: AbortSignal | undefined;
  private randomState = 1;

  constructor(options: ShellOptions) {
    this.fs = options.fs;
    this.home = normalize('/' + options.home);
    this.user = options.user ?? 'learner';
    this.host = options.host ?? 'lambda-lab';
    this.columns = options.columns ?? 80;
    this.now = options.now ?? (() => Date.now());
    this.cwdPath = options.cwd ? resolve(this.home, options.cwd, this.home) : this.home;
    const env: Record<string, string> = {
      HOME: this.home,
      USER: this.user,
      LOGNAME: this.user,
      SHELL: '/bin/bash',
      PATH: '/usr/local/bin:/usr/bin:/bin',
      TERM: 'xterm-256color',
      LANG: 'C.UTF-8',
      PWD: this.cwdPath,
      ...options.env,
    };
    for (const [name, value] of Object.entries(env)) this.exportVar(name, value);
    for (const [name, entry] of Object.entries(coreCommands)) this.registry.set(name, entry);
    for (const [name, entry] of Object.entries(createBuiltins(this.session()))) this.registry.set(name, entry);
    for (const [name, command] of Object.entries(options.commands ?? {})) this.register(name, command);
  }

  /** Adds (or replaces) a command; `summary` is what `help` shows. */
  register(name: string, command: Command, summary = ''): void {
    this.registry.set(name, { command, summary });
  }

  get cwd(): string {
    return this.cwdPath;
  }

  /** The exported variables. */
  get env(): Record<string, string> {
    return this.exportedVars();
  }

  get lastStatus(): number {
    return this.status;
  }

  /** `learner@lambda-lab:~/src$ ` — bash's default prompt, without colours. */
  prompt(): string {
    return `${this.user}@${this.host}:${tildify(this.cwdPath, this.home)}$ `;
  }

  /** False while the text needs more lines: a trailing `\`, an open quote or `$(`, `&&` at the end, an unfinished here-document or `for`. */
  isComplete(text: string): boolean {
    return isComplete(text);
  }

  /** Runs one input (possibly many lines); resolves with the status of the last command. */
  async run(line: string, io: CommandIO, options: RunOptions = {}): Promise<number> {
    this.signal = options.signal;
    const streams: Streams = { stdout: io.stdout, stderr: io.stderr, stdin: '', tty: options.tty ?? true };
    try {
      await this.runText(line, streams);
    } catch (error) {
      if (error instanceof ExitSignal) this.status = error.status;
      else {
        // A bug of ours must not leave a stack trace in the learner's terminal.
        io.stderr(`bash: ${errorText(error)}\n`);
        this.status = 1;
      }
    } finally {
      this.signal = undefined;
    }
    return this.status;
  }

  private async runText(text: string, s: Streams): Promise<number> {
    const result = parse(text, { final: true });
    for (const warning of result.warnings) s.stderr(`bash: ${warning}\n`);
    for (const script of result.commands) {
      if (this.aborted()) return (this.status = 130);
      await this.execScript(script, s);
    }
    if (result.error) this.reportSyntax(result.error, s);
    return this.status;
  }

  private reportSyntax(error: ParseError, s: Streams): void {
    s.stderr(`bash: ${error.message}\n`);
    if (error.message.startsWith('unexpected EOF')) s.stderr('bash: syntax error: unexpected end of file\n');
    this.status = 2;
  }

  private aborted(): boolean {
    return this.signal?.aborted ?? false;
  }

  // ---------------------------------------------------------------- execution

  private async execScript(script: Script, s: Streams): Promise<number> {
    for (const andOr of script) {
      if (this.aborted()) return (this.status = 130);
      await this.execAndOr(andOr, s);
    }
    return this.status;
  }

  private async execAndOr(node: AndOr, s: Streams): Promise<number> {
    let status = await this.execPipeline(node.first, s);
    for (const { op, pipeline } of node.rest) {
      if (this.aborted()) return (this.status = 130);
      if ((op === '&&') === (status === 0)) status = await this.execPipeline(pipeline, s);
    }
    return status;
  }

  /** Stages run one after another; each one's stdout is the next one's stdin. */
  private async execPipeline(pipeline: Pipeline, s: Streams): Promise<number> {
    let status: number;
    if (pipeline.commands.length === 1) status = await this.execCommand(pipeline.commands[0], s);
    else {
      let input = s.stdin;
      status = 0;
      for (let i = 0; i < pipeline.commands.length; i++) {
        const last = i === pipeline.commands.length - 1;
        let buffer = '';
        const stage: Streams = { stdout: last ? s.stdout : (t) => (buffer += t), stderr: s.stderr, stdin: input, tty: last && s.tty };
        status = await this.subshell(() => this.execCommand(pipeline.commands[i], stage));
        input = buffer;
      }
    }
    if (pipeline.negate) status = status === 0 ? 1 : 0;
    this.status = status;
    return status;
  }

  private async execCommand(cmd: CommandNode, s: Streams): Promise<number> {
    if (cmd.type === 'simple') return this.execSimple(cmd, s);
    if (cmd.type === 'subshell') return this.withRedirects(cmd.redirects, s, (s2) => this.subshell(() => this.execScript(cmd.body, s2)));
    return this.withRedirects(cmd.redirects, s, async (s2) => {
      const items = cmd.items ? await expandWords(cmd.items, this.expandContext(s2)) : [];
      let status = 0;
      for (const item of items) {
        if (this.aborted()) return 130;
        this.setVar(cmd.name, item);
        status = await this.execScript(cmd.body, s2);
      }
      return status;
    });
  }

  private async execSimple(cmd: SimpleCommand, s: Streams): Promise<number> {
    const ectx = this.expandContext(s);
    let argv: string[];
    const assigns: [string, string][] = [];
    try {
      argv = await this.expandArgs(cmd.words, ectx);
      for (const a of cmd.assigns) assigns.push([a.name, await expandWord(a.value, ectx)]);
    } catch (error) {
      if (error instanceof ExpansionError) {
        s.stderr(`bash: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
    if (argv.length === 0) {
      for (const [name, value] of assigns) this.setVar(name, value);
      const status = await this.withRedirects(cmd.redirects, s, async () => 0);
      return status !== 0 ? status : (ectx.substStatus ?? 0);
    }
    return this.withRedirects(cmd.redirects, s, (s2) => this.invoke(argv, { ...this.exportedVars(), ...Object.fromEntries(assigns) }, s2));
  }

  /** Arguments; after `export` (and its kin) `NAME=$(…)` is one word, as in bash, not split. */
  private async expandArgs(words: Word[], ectx: ExpandContext): Promise<string[]> {
    if (words.length > 1 && DECLARATION_COMMANDS.has(words[0].raw)) {
      const out = [words[0].raw];
      for (const word of words.slice(1)) {
        const first = word.parts[0];
        if (first?.kind === 'text' && !first.quoted && /^[A-Za-z_][A-Za-z0-9_]*=/.test(first.value)) out.push(await expandWord(word, ectx));
        else out.push(...(await expandWords([word], ectx)));
      }
      return out;
    }
    return expandWords(words, ectx);
  }

  /** Runs a command with exactly this environment. */
  private async invoke(argv: string[], env: Record<string, string>, s: Streams): Promise<number> {
    const name = argv[0];
    const entry = this.registry.get(name);
    if (!entry) return this.notFound(name, s);
    const ctx = this.context(argv, env, s);
    try {
      const status = await entry.command(ctx);
      return typeof status === 'number' && Number.isFinite(status) ? Math.trunc(status) & 255 : 0;
    } catch (error) {
      if (error instanceof ExitSignal) throw error;
      s.stderr(`bash: ${name}: ${errorText(error)}\n`);
      return 1;
    }
  }

  private async notFound(name: string, s: Streams): Promise<number> {
    if (name.includes('/')) {
      // A path to a program: there are no executables in this sandbox.
      const stat = await this.fs.stat(resolve(this.cwdPath, name, this.home));
      if (!stat) {
        s.stderr(`bash: ${name}: No such file or directory\n`);
        return 127;
      }
      s.stderr(`bash: ${name}: ${stat.type === 'dir' ? 'Is a directory' : 'Permission denied'}\n`);
      return 126;
    }
    s.stderr(`bash: ${name}: command not found\n`);
    return 127;
  }

  private context(argv: string[], env: Record<string, string>, s: Streams): CommandContext {
    const cwd = this.cwdPath;
    const home = this.home;
    return {
      argv,
      cwd,
      home,
      env,
      fs: this.fs,
      stdin: s.stdin,
      signal: this.signal,
      resolve: (path: string) => resolve(cwd, path, home),
      stdout: s.stdout,
      stderr: s.stderr,
      terminal: s.tty ? { columns: this.columns } : undefined,
      now: this.now,
    };
  }

  /** Runs `fn` on a copy of the shell's state; `exit` inside ends only the subshell. */
  private async subshell(fn: () => Promise<number>): Promise<number> {
    const saved = { cwd: this.cwdPath, vars: new Map(this.vars), exported: new Set(this.exported) };
    try {
      return await fn();
    } catch (error) {
      if (error instanceof ExitSignal) return error.status;
      throw error;
    } finally {
      this.cwdPath = saved.cwd;
      this.vars = saved.vars;
      this.exported = saved.exported;
    }
  }

  // ---------------------------------------------------------------- redirections

  /**
   * Applies `>`, `>>`, `<`, `2>&1`, `&>`, here-documents … then runs `fn` with the new streams.
   * Output files are created (truncated) before the command runs, as bash does, and written when it ends.
   */
  private async withRedirects(redirects: Redirect[], s: Streams, fn: (s: Streams) => Promise<number>): Promise<number> {
    if (redirects.length === 0) return fn(s);
    const ectx = this.expandContext(s);
    const terminal: Sink = { write: s.stdout };
    const fds = new Map<number, Sink | null>([[1, terminal], [2, { write: s.stderr }]]);
    const files = new Map<string, { sink: Sink; flush: () => Promise<void> }>();
    let stdin = s.stdin;
    try {
      for (const r of redirects) {
        if (r.op === '<<' || r.op === '<<-') {
          stdin = r.heredoc ? await expandWord(r.heredoc.body, ectx) : '';
          continue;
        }
        if (r.op === '<<<') {
          stdin = (await expandWord(r.target, ectx)) + '\n';
          continue;
        }
        const targets = await expandWords([r.target], ectx);
        if (targets.length !== 1) {
          s.stderr(`bash: ${r.target.raw}: ambiguous redirect\n`);
          return 1;
        }
        const target = targets[0];
        if ((r.op === '>&' || r.op === '<&') && /^\d+$/.test(target)) {
          const source = fds.get(Number(target));
          if (source === undefined || (source === null && Number(target) > 2)) {
            s.stderr(`bash: ${target}: Bad file descriptor\n`);
            return 1;
          }
          fds.set(r.fd, source);
          continue;
        }
        if ((r.op === '>&' || r.op === '<&') && target === '-') {
          fds.set(r.fd, null);
          continue;
        }
        if (r.op === '<' || r.op === '<&') {
          try {
            stdin = toText(await this.fs.readFile(resolve(this.cwdPath, target, this.home)));
          } catch (error) {
            s.stderr(`bash: ${target}: ${errorText(error)}\n`);
            return 1;
          }
          continue;
        }
        const append = r.op === '>>' || r.op === '&>>';
        const path = resolve(this.cwdPath, target, this.home);
        let file = files.get(path);
        if (!file) {
          const opened = await this.openOutput(target, path, append, s);
          if (!opened) return 1;
          file = opened;
          files.set(path, file);
        }
        if (r.op === '&>' || r.op === '&>>' || r.op === '>&') {
          fds.set(1, file.sink);
          fds.set(2, file.sink);
        } else fds.set(r.fd, file.sink);
      }
    } catch (error) {
      if (error instanceof ExpansionError) {
        s.stderr(`bash: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
    const streams: Streams = {
      stdout: (t) => fds.get(1)?.write(t),
      stderr: (t) => fds.get(2)?.write(t),
      stdin,
      tty: s.tty && fds.get(1) === terminal,
    };
    try {
      return await fn(streams);
    } finally {
      for (const file of files.values()) {
        try {
          await file.flush();
        } catch (error) {
          s.stderr(`bash: ${errorText(error)}\n`);
        }
      }
    }
  }

  /** Opens `>`/`>>` target: created or truncated now; the output is written when the command ends. */
  private async openOutput(shown: string, path: string, append: boolean, s: Streams): Promise<{ sink: Sink; flush: () => Promise<void> } | null> {
    if (path === '/dev/null') return { sink: { write() {} }, flush: async () => {} };
    if (path === '/dev/stdout') return { sink: { write: s.stdout }, flush: async () => {} };
    if (path === '/dev/stderr') return { sink: { write: s.stderr }, flush: async () => {} };
    const stat = await this.fs.stat(path);
    if (stat?.type === 'dir') {
      s.stderr(`bash: ${shown}: Is a directory\n`);
      return null;
    }
    let prefix: Uint8Array = new Uint8Array(0);
    try {
      if (append && stat) prefix = await this.fs.readFile(path);
      else await this.fs.writeFile(path, '');
    } catch (error) {
      s.stderr(`bash: ${shown}: ${errorText(error)}\n`);
      return null;
    }
    const chunks: string[] = [];
    return {
      sink: { write: (t) => void chunks.push(t) },
      flush: async () => {
        if (chunks.length === 0 && (!append || stat)) return;
        const body = toBytes(chunks.join(''));
        const data = new Uint8Array(prefix.length + body.length);
        data.set(prefix);
        data.set(body, prefix.length);
        await this.fs.writeFile(path, data);
      },
    };
  }

  // ---------------------------------------------------------------- variables

  private expandContext(s: Streams): ExpandContext & { substStatus?: number } {
    const ctx: ExpandContext & { substStatus?: number } = {
      lookup: (name) => this.lookup(name),
      assign: (name, value) => this.setVar(name, value),
      substitute: async (body) => {
        let out = '';
        const status = await this.subshell(() => this.execScript(body, { stdout: (t) => (out += t), stderr: s.stderr, stdin: '', tty: false }));
        ctx.substStatus = status;
        this.status = status;
        return out.replace(/\n+$/, '');
      },
      home: this.home,
      cwd: this.cwdPath,
      fs: this.fs,
    };
    return ctx;
  }

  private lookup(name: string): string | undefined {
    switch (name) {
      case '?':
        return String(this.status);
      case '$':
        return '4242';
      case '#':
        return '0';
      case '0':
        return 'bash';
      case '@':
      case '*':
        return '';
      case '-':
        return 'hB';
    }
    if (name === 'RANDOM' && !this.vars.has('RANDOM')) return String(this.nextRandom());
    return this.vars.get(name);
  }

  /** $RANDOM from a fixed seed: names like `bucket-$RANDOM` differ from each other, and are the same on every run. */
  private nextRandom(): number {
    this.randomState = (this.randomState * 1103515245 + 12345) % 2147483648;
    return (this.randomState >> 16) & 0x7fff;
  }

  private setVar(name: string, value: string): void {
    this.vars.set(name, value);
  }

  private exportVar(name: string, value?: string, exported = true): void {
    if (value !== undefined) this.vars.set(name, value);
    if (exported) this.exported.add(name);
    else this.exported.delete(name);
  }

  private exportedVars(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, value] of this.vars) if (this.exported.has(name)) out[name] = value;
    return out;
  }

  private setCwd(path: string): void {
    this.exportVar('OLDPWD', this.cwdPath);
    this.cwdPath = path;
    this.setVar('PWD', path);
  }

  private session(): ShellSession {
    return {
      home: this.home,
      getCwd: () => this.cwdPath,
      setCwd: (path) => this.setCwd(path),
      getVar: (name) => this.vars.get(name),
      setVar: (name, value) => this.setVar(name, value),
      unsetVar: (name) => {
        this.vars.delete(name);
        this.exported.delete(name);
      },
      exportVar: (name, value, exported) => this.exportVar(name, value, exported),
      exportedVars: () => this.exportedVars(),
      commandList: () =>
        [...this.registry.entries()]
          .filter(([name]) => name !== '.')
          .map(([name, entry]) => ({ name, summary: entry.summary }))
          .sort((a, b) => (a.name < b.name ? -1 : 1)),
      invoke: async (argv, env, ctx) => {
        const entry = this.registry.get(argv[0]);
        if (!entry) return null;
        const s: Streams = { stdout: ctx.stdout, stderr: ctx.stderr, stdin: ctx.stdin, tty: !!ctx.terminal };
        return this.invoke(argv, env, s);
      },
      source: (text, ctx) => this.runText(text, { stdout: ctx.stdout, stderr: ctx.stderr, stdin: ctx.stdin, tty: !!ctx.terminal }),
      exit: (status) => {
        throw new ExitSignal(status);
      },
      lastStatus: () => this.status,
    };
  }
}
