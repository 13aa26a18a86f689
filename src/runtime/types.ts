/**
 * What the site needs from a sandbox, whatever runs it (built-in Web Worker, WebContainer, a fake in
 * tests). The UI only talks to this interface and subscribes to what it publishes; it never imports
 * the cloud itself.
 */
export type RuntimeMode = 'builtin' | 'webcontainer';

/** What a site, a lesson, a learner or a URL asks for; `auto` defers to the others (src/runtime/mode.ts). */
export type RuntimePreference = 'auto' | RuntimeMode;
export const RUNTIME_PREFERENCES: readonly RuntimePreference[] = ['auto', 'builtin', 'webcontainer'];

export interface WorkspaceFile {
  /** Path relative to the workspace root (the learner's home), POSIX separators, e.g. `index.mjs`, `src/app.js`. */
  path: string;
  /** Text content; binary files (zips) are listed with `binary: true` and no text. */
  text?: string;
  binary?: boolean;
  size: number;
}

/** Check results are the grader's own shapes: one definition for the runner, the CLI and the UI. */
export type { CheckReport, CheckResult } from '../../sandbox/grader/runner.ts';
import type { CheckReport } from '../../sandbox/grader/runner.ts';

export interface ExerciseRef {
  /** Lesson slug, e.g. `01-first-function`. */
  lesson: string;
  /** Exercise folder name inside the lesson, e.g. `first-handler`. */
  exercise: string;
  /** Starter files (files/), path → text. */
  files: Record<string, string>;
  /** The lesson's frontmatter `runtime:`, when it sets one. */
  runtime?: RuntimePreference;
}

export interface SandboxRuntime {
  readonly mode: RuntimeMode;
  /**
   * Why this sandbox does not run where it was asked to (WebContainer timed out, the page is not
   * cross-origin isolated, the browser is not supported), in plain words; set once `ready` settles.
   */
  readonly notice?: string;
  /** Resolves when the prompt can accept commands. */
  ready: Promise<void>;
  listFiles(): Promise<WorkspaceFile[]>;
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  deleteFile(path: string): Promise<void>;
  /** Called after any change to the workspace, by the editor or by a shell command. */
  onFilesChanged(listener: (paths: string[]) => void): () => void;
  /** The prompt to show, e.g. `learner@lambda-lab:~$ ` (it follows `cd`). */
  prompt(): Promise<string>;
  /** True when `text` is a whole command line (no trailing `\`, no open quote). */
  isComplete(text: string): boolean;
  /** Runs one command line; output arrives through `write` as terminal text (\r\n line ends). Resolves with the exit status. */
  run(line: string, write: (chunk: string) => void): Promise<number>;
  /** Runs the exercise's checks against the learner's workspace and cloud. */
  check(): Promise<CheckReport>;
  dispose(): void;
}
