import { Terminal, type ITheme } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import type { SandboxRuntime } from '../../runtime/types.ts';
import { ShellReadline } from './shell-readline.ts';
import { messageOf } from './saves.ts';

/** One Dark's palette, so the terminal and the editor read as one tool. */
const theme: ITheme = {
  background: '#1e2127',
  foreground: '#abb2bf',
  cursor: '#528bff',
  cursorAccent: '#1e2127',
  selectionBackground: '#3e4451',
  black: '#3f4451',
  red: '#e06c75',
  green: '#98c379',
  yellow: '#e5c07b',
  blue: '#61afef',
  magenta: '#c678dd',
  cyan: '#56b6c2',
  white: '#d7dae0',
  brightBlack: '#5c6370',
  brightRed: '#ef7e88',
  brightGreen: '#a5d68a',
  brightYellow: '#f0cd8a',
  brightBlue: '#74bdf7',
  brightMagenta: '#d390e8',
  brightCyan: '#67c6d1',
  brightWhite: '#ffffff',
};

const DIM = '\x1b[2m';
const RED = '\x1b[31m';
const RESET = '\x1b[0m';

export interface TerminalOptions {
  /** Runs before every command: flushes the editor's pending saves. */
  beforeRun: () => Promise<void>;
}

/**
 * The sandbox terminal: xterm.js with a readline (editing, history, `\` continuation) whose lines go
 * to `runtime.run`. Commands from the prose (`lab:run`) and multi-line pastes are typed at the prompt
 * and submitted as if the learner had pressed Enter, one after another.
 */
export class SandboxTerminal {
  readonly #runtime: SandboxRuntime;
  readonly #options: TerminalOptions;
  readonly #host: HTMLElement;
  readonly #term: Terminal;
  readonly #fit = new FitAddon();
  readonly #readline = new ShellReadline();
  readonly #resize: ResizeObserver;
  /** Commands waiting to be submitted at the next prompt. */
  readonly #queue: string[] = [];
  /** Text to leave at the next prompt, unsubmitted (the incomplete tail of a paste). */
  #draft: string | undefined;
  #reading = false;
  #started = false;
  #disposed = false;
  #endsWithNewline = true;

  /** Every line of the buffer, wrapped rows joined back into the lines that were written. */
  transcript(): string {
    const buffer = this.#term.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buffer.length; i++) {
      const line = buffer.getLine(i);
      if (!line) continue;
      const text = line.translateToString(true);
      if (line.isWrapped && lines.length) lines[lines.length - 1] += text;
      else lines.push(text);
    }
    return lines.join('\n').trimEnd();
  }

  constructor(host: HTMLElement, runtime: SandboxRuntime, options: TerminalOptions) {
    this.#host = host;
    this.#runtime = runtime;
    this.#options = options;
    this.#term = new Terminal({
      theme,
      fontFamily: "ui-monospace, SFMono-Regular, 'SF Mono', Menlo, Consolas, 'Liberation Mono', 'DejaVu Sans Mono', monospace",
      fontSize: 13,
      lineHeight: 1.25,
      cursorBlink: true,
      cursorStyle: 'bar',
      scrollback: 5000,
      convertEol: false,
      allowProposedApi: false,
      screenReaderMode: false,
    });
    this.#term.loadAddon(this.#fit);
    this.#term.loadAddon(this.#readline);
    this.#readline.setCheckHandler((text) => this.#runtime.isComplete(text));
    this.#term.open(host);
    this.#term.textarea?.setAttribute('aria-label', 'Terminal input');
    // The whole scrollback as text, for end-to-end tests and for anyone debugging in devtools:
    // xterm only draws the rows on screen, so the DOM alone cannot tell what scrolled away.
    (host as HTMLElement & { labTranscript?: () => string }).labTranscript = () => this.transcript();

    let frame = 0;
    this.#resize = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => this.fit());
    });
    this.#resize.observe(host);
    this.fit();

    // A paste with line breaks runs each complete command, like a shell; xterm would insert them as text.
    host.addEventListener(
      'paste',
      (event) => {
        const text = event.clipboardData?.getData('text/plain');
        if (!text || !/[\r\n]/.test(text)) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        this.#paste(text);
      },
      { capture: true },
    );
  }

  /** Prints a dimmed line (boot messages); only before the loop starts or between commands. */
  notice(text: string): void {
    this.#write(`${DIM}${text}${RESET}\r\n`);
  }

  /** Prints an error line in red. */
  error(text: string): void {
    this.#write(`${RED}${text}${RESET}\r\n`);
  }

  /** Starts the read–run loop; call once the runtime is ready. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    void this.#loop();
  }

  /** Types `command` at the prompt and runs it (queued behind a running command). */
  run(command: string): void {
    // Several lines are several commands (a `\` continuation keeps one command together), as in a script.
    const { commands, rest } = this.#split(`${command.replace(/\r\n?/g, '\n').replace(/\n+$/, '')}\n`);
    this.#queue.push(...commands);
    if (rest.trim() !== '') this.#queue.push(rest);
    if (this.#reading) this.#submitNext();
  }

  focus(): void {
    this.#term.focus();
  }

  fit(): void {
    if (this.#disposed || this.#host.clientWidth === 0 || this.#host.clientHeight === 0) return;
    try {
      this.#fit.fit();
    } catch {
      // Not laid out yet; the next resize fits it.
    }
  }

  dispose(): void {
    this.#disposed = true;
    this.#resize.disconnect();
    this.#term.dispose();
  }

  async #loop(): Promise<void> {
    while (!this.#disposed) {
      let prompt: string;
      try {
        prompt = await this.#runtime.prompt();
      } catch {
        prompt = '$ ';
      }
      const line = this.#readline.read(prompt);
      // readline takes input once its prompt is drawn; after that, queued commands can be submitted.
      await new Promise<void>((resolve) => this.#term.write('', resolve));
      // bench/ measures navigation → first prompt from this mark.
      if (performance.getEntriesByName('lab:prompt-ready').length === 0) performance.mark('lab:prompt-ready');
      this.#reading = true;
      this.#submitNext();
      const command = await line;
      this.#reading = false;
      if (command.trim() === '') continue;
      await this.#execute(command);
    }
  }

  async #execute(command: string): Promise<void> {
    await this.#options.beforeRun();
    this.#endsWithNewline = true;
    try {
      await this.#runtime.run(command, (chunk) => this.#write(chunk.replace(/\r?\n/g, '\r\n')));
    } catch (error) {
      if (!this.#endsWithNewline) this.#write('\r\n');
      this.#write(`${RED}lambda-lab: ${messageOf(error)}${RESET}\r\n`);
    }
    // Start the prompt on a fresh line even when the output did not end with one (cat of a JSON payload).
    if (!this.#endsWithNewline) this.#write('\r\n');
  }

  #write(chunk: string): void {
    if (chunk.length === 0) return;
    // Where the cursor is matters for the next prompt: at a line start after a newline or a screen
    // clear (`clear`), whatever colour resets follow.
    const end = chunk.replace(/(\x1b\[[0-9;]*m)+$/, '');
    if (end.length > 0) this.#endsWithNewline = /(\n|\x1b\[[0-9;]*[HJ])$/.test(end);
    this.#term.write(chunk);
  }

  /** Submits the next queued command at the current prompt, or leaves the draft there. */
  #submitNext(): void {
    const next = this.#queue.shift();
    if (next !== undefined) {
      this.#readline.updateLine(next);
      this.#term.input('\r', false);
      return;
    }
    if (this.#draft !== undefined) {
      this.#readline.updateLine(this.#draft);
      this.#draft = undefined;
    }
  }

  #paste(text: string): void {
    const typed = this.#reading ? this.#readline.getLine() : '';
    const { commands, rest } = this.#split(typed + text.replace(/\r\n?/g, '\n'));
    this.#queue.push(...commands);
    this.#draft = rest;
    if (this.#reading) this.#submitNext();
  }

  /** Splits text into the complete commands it ends with a newline, and the rest (unfinished, or not yet entered). */
  #split(text: string): { commands: string[]; rest: string } {
    const lines = text.split('\n');
    const tail = lines.pop()!;
    const commands: string[] = [];
    let command = '';
    for (const line of lines) {
      command = command === '' ? line : `${command}\n${line}`;
      if (this.#runtime.isComplete(command)) {
        if (command.trim() !== '') commands.push(command);
        command = '';
      }
    }
    return { commands, rest: command === '' ? tail : `${command}\n${tail}` };
  }
}
