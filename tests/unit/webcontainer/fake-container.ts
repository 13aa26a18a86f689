/**
 * An in-memory WebContainer for the runtime's tests (TutorialKit's way): a file system that mount()
 * fills and that throws ENOENT like the real one, and processes scripted by command — `lab serve`
 * announcing itself, `jsh --osc` marking its states with OSC 654 as the real shell does, `lab check`
 * printing a report — with every spawn recorded.
 */
import type { FileSystemTree } from '@webcontainer/api';
import { walkTree } from '../../../src/runtime/webcontainer/mount-tree.ts';
import type { Container, ContainerProcess } from '../../../src/runtime/webcontainer/runtime.ts';

export interface Spawned {
  command: string;
  args: string[];
  cwd?: string;
  env?: Record<string, string | number | boolean>;
}

type Script = (line: string, fake: FakeContainer) => { output: string; status: number };

const enoent = (path: string) => Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });

export class FakeContainer {
  readonly workdir = '/home/lambda-lab';
  readonly path = '/usr/local/bin:/usr/bin:/bin';
  readonly files = new Map<string, Uint8Array>();
  readonly spawned: Spawned[] = [];
  tornDown = false;
  checkOutput = '{"exercise":"Your first handler","passed":true,"checks":[]}\n';
  /** What the shell does with one line. */
  shell: Script = (line) => ({ output: `ran ${line}\r\n`, status: 0 });

  async mount(tree: FileSystemTree): Promise<void> {
    for (const [path, node] of walkTree(tree)) {
      if ('contents' in node.file) this.files.set(path, typeof node.file.contents === 'string' ? new TextEncoder().encode(node.file.contents) : node.file.contents);
    }
  }

  teardown(): void {
    this.tornDown = true;
  }

  fs = {
    readFile: (async (path: string, encoding?: string) => {
      const data = this.files.get(path.replace(/^\.\//, ''));
      if (!data) throw enoent(path);
      return encoding ? new TextDecoder().decode(data) : data;
    }) as Container['fs']['readFile'],
    writeFile: (async (path: string, data: string | Uint8Array) => {
      this.files.set(path, typeof data === 'string' ? new TextEncoder().encode(data) : data);
    }) as Container['fs']['writeFile'],
    readdir: (async (dir: string) => {
      const prefix = `${dir.replace(/\/$/, '')}/`;
      const names = new Map<string, boolean>();
      for (const path of this.files.keys()) {
        if (!path.startsWith(prefix)) continue;
        const [name, ...rest] = path.slice(prefix.length).split('/');
        names.set(name!, rest.length > 0 || names.get(name!) === true);
      }
      if (names.size === 0) throw enoent(dir);
      return [...names].map(([name, isDir]) => ({ name, isDirectory: () => isDir, isFile: () => !isDir }));
    }) as unknown as Container['fs']['readdir'],
    rm: (async (path: string) => {
      this.files.delete(path);
    }) as Container['fs']['rm'],
    mkdir: (async () => undefined) as unknown as Container['fs']['mkdir'],
  };

  spawn = (async (command: string, argsOrOptions?: string[] | object, maybeOptions?: object) => {
    const args = Array.isArray(argsOrOptions) ? argsOrOptions : [];
    const options = (Array.isArray(argsOrOptions) ? maybeOptions : argsOrOptions) as { cwd?: string; env?: Record<string, string> } | undefined;
    this.spawned.push({ command, args, cwd: options?.cwd, env: options?.env });
    if (command === 'lab' && args[0] === 'serve') return process(["lab serve: the sandbox's AWS is listening on http://127.0.0.1:4566 (cloud in …)\n"]);
    if (command === 'lab' && args[0] === 'check') return process([this.checkOutput], 0);
    if (command === 'jsh') {
      const p = process(['\x1b[1mWelcome\x1b[0m\r\n\x1b]654;interactive\x07\x1b]654;prompt\x07\x1b[36m~/workspace\x1b[0m $ ']);
      p.onInput = (text) => {
        const line = text.replace(/\n$/, '');
        const { output, status } = this.shell(line, this);
        // The echo, the output in two pieces (a split escape sequence on the way), the marks, the prompt.
        const half = Math.floor(output.length / 2);
        p.emit(`${line.replace(/\n/g, '\r\n')}\r\n`);
        p.emit(output.slice(0, half));
        p.emit(`${output.slice(half)}\x1b]654;exit=${status}:42\x07`);
        p.emit('\x1b]654;prompt\x07\x1b[36m~/workspace\x1b[0m $ ');
      };
      return p;
    }
    return process([`jsh: command not found: ${command}\n`], 127);
  }) as unknown as Container['spawn'];
}

interface FakeProcess extends ContainerProcess {
  emit(chunk: string): void;
  onInput?: (text: string) => void;
}

function process(initial: string[], exitCode?: number): FakeProcess {
  let push!: (chunk: string) => void;
  let close!: () => void;
  const output = new ReadableStream<string>({
    start(controller) {
      push = (c) => controller.enqueue(c);
      close = () => controller.close();
    },
  });
  let exited!: (code: number) => void;
  const exit = new Promise<number>((r) => (exited = r));
  const p: FakeProcess = {
    output,
    input: new WritableStream<string>({ write: (text) => p.onInput?.(text) }),
    exit,
    kill: () => exited(143),
    emit: (chunk) => push(chunk),
  };
  for (const chunk of initial) push(chunk);
  if (exitCode !== undefined) {
    close();
    exited(exitCode);
  }
  return p;
}
