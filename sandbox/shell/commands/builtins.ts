/**
 * The built-ins that change or read the shell itself — `cd`, `export`, `unset`, `env`, `help`,
 * `exit`, `source` — so they need the session, not just a CommandContext. Messages are bash's.
 */
import { toText } from '../../workspace/fs.ts';
import type { Command, CommandContext } from '../types.ts';
import { errorText } from './util.ts';

/** What the built-ins may see and change of the running shell. */
export interface ShellSession {
  readonly home: string;
  getCwd(): string;
  setCwd(path: string): void;
  getVar(name: string): string | undefined;
  setVar(name: string, value: string): void;
  unsetVar(name: string): void;
  /** Marks a variable exported (`value` sets it too); `false` un-exports. */
  exportVar(name: string, value?: string, exported?: boolean): void;
  /** The exported variables, in the order they were defined. */
  exportedVars(): Record<string, string>;
  /** Registered commands, sorted, with their one-line summaries. */
  commandList(): { name: string; summary: string }[];
  /** Runs a command by name with this argv and environment (for `env NAME=v cmd`). null if not found. */
  invoke(argv: string[], env: Record<string, string>, ctx: CommandContext): Promise<number | null>;
  /** Runs shell text in the current shell (for `source`). */
  source(text: string, ctx: CommandContext): Promise<number>;
  /** Ends the current input (or subshell) with this status. */
  exit(status: number): never;
  lastStatus(): number;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function createBuiltins(session: ShellSession): Record<string, { command: Command; summary: string }> {
  const cd: Command = async (ctx) => {
    const args = ctx.argv.slice(1).filter((a, i) => !(i === 0 && (a === '-L' || a === '-P' || a === '--')));
    if (args.length > 1) {
      ctx.stderr('bash: cd: too many arguments\n');
      return 1;
    }
    let target: string | undefined = args[0];
    let print = false;
    if (target === undefined) {
      target = session.getVar('HOME');
      if (target === undefined) {
        ctx.stderr('bash: cd: HOME not set\n');
        return 1;
      }
    } else if (target === '-') {
      target = session.getVar('OLDPWD');
      if (target === undefined) {
        ctx.stderr('bash: cd: OLDPWD not set\n');
        return 1;
      }
      print = true;
    }
    if (target === '') return 0;
    const path = ctx.resolve(target);
    const stat = await ctx.fs.stat(path);
    if (!stat || stat.type !== 'dir') {
      ctx.stderr(`bash: cd: ${target}: ${stat ? 'Not a directory' : 'No such file or directory'}\n`);
      return 1;
    }
    session.setCwd(path);
    if (print) ctx.stdout(path + '\n');
    return 0;
  };

  const exportCommand: Command = async (ctx) => {
    let args = ctx.argv.slice(1);
    let unexport = false;
    while (args[0]?.startsWith('-') && args[0] !== '-') {
      const opt = args.shift()!;
      if (opt === '--') break;
      if (opt === '-n') unexport = true;
      else if (opt !== '-p') {
        ctx.stderr(`bash: export: ${opt}: invalid option\nexport: usage: export [-fn] [name[=value] ...] or export -p\n`);
        return 2;
      }
    }
    if (args.length === 0) {
      const vars = session.exportedVars();
      for (const name of Object.keys(vars).sort()) ctx.stdout(`declare -x ${name}="${vars[name].replace(/["\\$`]/g, '\\$&')}"\n`);
      return 0;
    }
    let status = 0;
    for (const arg of args) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg : arg.slice(0, eq);
      if (!IDENTIFIER.test(name)) {
        ctx.stderr(`bash: export: \`${arg}': not a valid identifier\n`);
        status = 1;
        continue;
      }
      session.exportVar(name, eq < 0 ? undefined : arg.slice(eq + 1), !unexport);
    }
    return status;
  };

  const unset: Command = async (ctx) => {
    let status = 0;
    for (const name of ctx.argv.slice(1)) {
      if (name === '-v' || name === '-f') continue;
      if (!IDENTIFIER.test(name)) {
        ctx.stderr(`bash: unset: \`${name}': not a valid identifier\n`);
        status = 1;
        continue;
      }
      session.unsetVar(name);
    }
    return status;
  };

  const env: Command = async (ctx) => {
    const args = ctx.argv.slice(1);
    let vars: Record<string, string> = { ...ctx.env };
    while (args.length > 0) {
      const a = args[0];
      if (a === '-i' || a === '-' || a === '--ignore-environment') vars = {};
      else if (a === '-u' && args.length > 1) {
        args.shift();
        delete vars[args[0]];
      } else if (/^[^=-][^=]*=/.test(a)) {
        const eq = a.indexOf('=');
        vars[a.slice(0, eq)] = a.slice(eq + 1);
      } else if (a.startsWith('-') && a !== '--') {
        ctx.stderr(`env: invalid option -- '${a.slice(1, 2)}'\nTry 'env --help' for more information.\n`);
        return 125;
      } else {
        if (a === '--') args.shift();
        break;
      }
      args.shift();
    }
    if (args.length === 0) {
      for (const [k, v] of Object.entries(vars)) ctx.stdout(`${k}=${v}\n`);
      return 0;
    }
    const status = await session.invoke(args, vars, ctx);
    if (status === null) {
      ctx.stderr(`env: ‘${args[0]}’: No such file or directory\n`);
      return 127;
    }
    return status;
  };

  const help: Command = async (ctx) => {
    const list = session.commandList();
    const topics = ctx.argv.slice(1);
    if (topics.length > 0) {
      let status = 0;
      for (const topic of topics) {
        const found = list.find((c) => c.name === topic);
        if (found) ctx.stdout(`${found.name}: ${found.summary}\n`);
        else {
          ctx.stderr(`bash: help: no help topics match \`${topic}'.  Try \`${topic} --help'.\n`);
          status = 1;
        }
      }
      return status;
    }
    const width = Math.max(...list.map((c) => c.name.length));
    ctx.stdout(
      'Lambda Lab shell. These commands are available:\n\n' +
        list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`.trimEnd() + '\n').join('') +
        '\nThe shell understands quoting, \\ line continuation, ; && || |, > >> 2>&1 <, $VAR and export,\n' +
        '$( … ), for … in … do … done, and * globs — enough to paste commands from the AWS docs.\n' +
        "Type 'help NAME' for one command, or 'NAME --help' for its options.\n",
    );
    return 0;
  };

  const exit: Command = async (ctx) => {
    const arg = ctx.argv[1];
    if (arg === undefined) session.exit(session.lastStatus());
    if (!/^[-+]?\d+$/.test(arg)) {
      ctx.stderr(`bash: exit: ${arg}: numeric argument required\n`);
      session.exit(2);
    }
    session.exit(Number(arg) & 255);
  };

  const source: Command = async (ctx) => {
    const name = ctx.argv[1];
    if (name === undefined) {
      ctx.stderr(`bash: ${ctx.argv[0]}: filename argument required\n${ctx.argv[0]}: usage: ${ctx.argv[0]} filename [arguments]\n`);
      return 2;
    }
    let text: string;
    try {
      text = toText(await ctx.fs.readFile(ctx.resolve(name)));
    } catch (error) {
      ctx.stderr(`bash: ${name}: ${errorText(error)}\n`);
      return 1;
    }
    return session.source(text, ctx);
  };

  return {
    cd: { command: cd, summary: 'change the working directory (no argument: home, -: the previous one)' },
    export: { command: exportCommand, summary: 'export NAME=value so that commands (aws, node) see it' },
    unset: { command: unset, summary: 'remove a variable' },
    env: { command: env, summary: 'print the exported variables, or run a command with some set' },
    help: { command: help, summary: 'list the commands of this shell' },
    exit: { command: exit, summary: 'stop running the current input, with a status' },
    source: { command: source, summary: 'run the commands of a file in this shell' },
    '.': { command: source, summary: 'same as source' },
  };
}
