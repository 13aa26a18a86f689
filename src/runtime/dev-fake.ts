import type { CheckReport, ExerciseRef, SandboxRuntime, WorkspaceFile } from './types.ts';

/**
 * An in-memory stand-in for a sandbox runtime, for developing and testing the UI without the engine:
 * files live in a Map and the shell knows `echo` (with `>`), `ls`, `cat`, `pwd`, `clear` and a `zip` that
 * only makes a binary entry. It keeps the
 * contract's promises (ready resolves, onFilesChanged fires, \r\n line ends, exit statuses), so the UI
 * cannot tell it apart from the built-in runtime until it runs a real command.
 */
export function createFakeRuntime(ref: ExerciseRef, options: { bootMs?: number } = {}): SandboxRuntime {
  const files = new Map<string, string>(Object.entries(ref.files));
  /** Binary files by path, with their size: only the listing knows them. */
  const binaries = new Map<string, number>();
  const listeners = new Set<(paths: string[]) => void>();
  const changed = (paths: string[]) => listeners.forEach((listener) => listener(paths));
  const ready = new Promise<void>((resolve) => setTimeout(resolve, options.bootMs ?? 150));

  const file = (path: string): string => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`${path}: No such file or directory`);
    return text;
  };

  return {
    mode: 'builtin',
    ready,
    async listFiles(): Promise<WorkspaceFile[]> {
      return [
        ...[...files].map(([path, text]) => ({ path, text, size: new TextEncoder().encode(text).length })),
        ...[...binaries].map(([path, size]) => ({ path, binary: true, size })),
      ];
    },
    async readFile(path) {
      return file(path);
    },
    async writeFile(path, text) {
      files.set(path, text);
      changed([path]);
    },
    async deleteFile(path) {
      files.delete(path);
      changed([path]);
    },
    onFilesChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async prompt() {
      return 'learner@lambda-lab:~$ ';
    },
    isComplete(text) {
      return !/\\$/.test(text) && (text.match(/'/g)?.length ?? 0) % 2 === 0 && (text.match(/"/g)?.length ?? 0) % 2 === 0;
    },
    async run(line, write) {
      const [command, ...args] = line.replace(/\\\n/g, ' ').trim().split(/\s+/);
      switch (command) {
        case undefined:
        case '':
          return 0;
        case 'echo': {
          const redirect = args.indexOf('>');
          if (redirect >= 0 && args[redirect + 1]) {
            files.set(args[redirect + 1]!, args.slice(0, redirect).join(' ') + '\n');
            changed([args[redirect + 1]!]);
          } else write(args.join(' ') + '\r\n');
          return 0;
        }
        case 'zip': {
          const [archive, ...inputs] = args;
          if (!archive) return 1;
          binaries.set(archive, 120 + inputs.reduce((n, p) => n + (files.get(p)?.length ?? 0), 0));
          inputs.forEach((p) => write(`  adding: ${p} (deflated 30%)\r\n`));
          changed([archive]);
          return 0;
        }
        case 'pwd':
          write('/home/learner\r\n');
          return 0;
        case 'clear':
          write('\x1b[H\x1b[2J');
          return 0;
        case 'ls':
          write([...files.keys(), ...binaries.keys()].sort().join('  ') + '\r\n');
          return 0;
        case 'cat':
          try {
            write(args.map(file).join('').replace(/\r?\n/g, '\r\n'));
            return 0;
          } catch (error) {
            write(`cat: ${(error as Error).message}\r\n`);
            return 1;
          }
        default:
          write(`${command}: command not found (this is the UI's fake runtime)\r\n`);
          return 127;
      }
    },
    async check(): Promise<CheckReport> {
      await new Promise((resolve) => setTimeout(resolve, 400));
      const source = (files.get('index.mjs') ?? '').replace(/\/\/.*$/gm, '');
      const handlerPasses = /export const handler/.test(source);
      const greetingPasses = /event\.name/.test(source);
      return {
        exercise: ref.exercise,
        passed: handlerPasses && greetingPasses,
        checks: [
          { name: 'index.mjs exports a handler', status: handlerPasses ? 'pass' : 'fail', durationMs: 3, ...(handlerPasses ? {} : { message: 'Export a function named handler from index.mjs.' }) },
          {
            name: 'returns a greeting with the name from the event',
            status: greetingPasses ? 'pass' : 'fail',
            durationMs: 12,
            ...(greetingPasses ? {} : { message: 'The handler returned {"message":"Hello, world!"}; expected {"message":"Hello, Ada!"}.', hint: 'Read event.name and put it into the message you return.' }),
          },
        ],
      };
    },
    dispose() {
      listeners.clear();
    },
  };
}
