import { createRuntime, learnerPreference } from '../../runtime/index.ts';
import type { ExerciseRef, SandboxRuntime, WorkspaceFile } from '../../runtime/types.ts';
import { CheckPanel } from './check-panel.ts';
import { WorkspaceEditor } from './editor.ts';
import { FileTree, formatSize, isHidden } from './file-tree.ts';
import { onLabRun } from './lab-run.ts';
import { messageOf, WorkspaceSaves } from './saves.ts';
import { installSplitter } from './splitter.ts';
import { RuntimeMenu, RuntimeNotice } from './runtime-choice.ts';
import { RuntimeStatus } from './status.ts';
import { SandboxTerminal } from './terminal.ts';

/** The file the editor opens first: the handler if there is one, else the first text file. */
function initialFile(files: readonly WorkspaceFile[]): string | undefined {
  const visible = files.filter((f) => !f.binary && !isHidden(f.path));
  const preferred = ['index.mjs', 'index.js', 'index.ts', 'index.cjs', 'app.mjs', 'app.js'];
  return (preferred.map((p) => visible.find((f) => f.path === p)).find(Boolean) ?? visible[0])?.path;
}

/**
 * Wires one sandbox element to a runtime: file tree, editor, terminal, check panel and status line.
 * Until the runtime is ready the tree and editor show the starter files (read-only), so the page does
 * not jump when the engine finishes booting.
 */
export function mountSandbox(root: HTMLElement): void {
  const ref = JSON.parse(root.querySelector('script[data-role="exercise"]')!.textContent!) as ExerciseRef;
  const status = new RuntimeStatus(root);
  const notice = new RuntimeNotice(root);
  new RuntimeMenu(root, learnerPreference());

  let runtime: SandboxRuntime;
  try {
    runtime = createRuntime(ref);
  } catch (error) {
    status.set('error', { reason: messageOf(error) });
    return;
  }
  status.set('booting', { mode: runtime.mode });
  // For bench/ and debugging in devtools: the runtime behind this sandbox.
  (root as HTMLElement & { labRuntime?: SandboxRuntime }).labRuntime = runtime;

  const saves = new WorkspaceSaves((path, text) => runtime.writeFile(path, text));
  const editor = new WorkspaceEditor(root, runtime, saves);
  const tree = new FileTree(root.querySelector('[data-testid="file-tree"]')!);
  const terminal = new SandboxTerminal(root.querySelector('[data-testid="terminal"]')!, runtime, {
    beforeRun: () => saves.flush(),
  });
  const checks = new CheckPanel(root, runtime, { beforeCheck: () => saves.flush() });
  installSplitter(root.querySelector('[data-role="work"]')!, root.querySelector('[data-role="splitter"]')!);

  editor.onActiveChange = (path) => tree.setActive(path);
  tree.onOpen = (file) => {
    if (file.binary) editor.notice(`${file.path} is binary (${formatSize(file.size)}): not editable`);
    else void editor.open(file.path);
  };

  // First paint: the starter files, read-only.
  const starter: WorkspaceFile[] = Object.entries(ref.files).map(([path, text]) => ({ path, text, size: new Blob([text]).size }));
  tree.render(starter);
  const first = initialFile(starter);
  if (first) void editor.open(first, ref.files[first]);

  // Commands from the prose wait in the terminal's queue until the prompt is up.
  onLabRun((command) => terminal.run(command));

  let refreshing: Promise<void> | undefined;
  const refreshTree = () =>
    (refreshing ??= runtime
      .listFiles()
      .then((files) => tree.render(files))
      .catch(() => {})
      .finally(() => (refreshing = undefined)));

  runtime.ready.then(
    async () => {
      runtime.onFilesChanged((paths) => {
        void refreshTree();
        void editor.reload(paths);
      });
      await Promise.all([refreshTree(), editor.reload()]);
      tree.setActive(editor.activePath);
      editor.setEditable(true);
      checks.setEnabled(true);
      status.set('ready', { mode: runtime.mode });
      if (runtime.notice) {
        notice.show(runtime.notice);
        terminal.notice(runtime.notice);
      }
      terminal.notice('Lambda Lab sandbox — your files are in ~');
      terminal.start();
    },
    (error: unknown) => {
      const reason = messageOf(error);
      status.set('error', { reason, mode: runtime.mode });
      if (runtime.notice) notice.show(runtime.notice);
      terminal.error(`The sandbox could not start: ${reason}`);
      terminal.notice('Reload the page to try again.');
    },
  );

  window.addEventListener('pagehide', (event) => {
    if (!event.persisted) runtime.dispose();
  });
}
