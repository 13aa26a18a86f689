import { basicSetup } from 'codemirror';
import { Annotation, Compartment, EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { oneDark } from '@codemirror/theme-one-dark';
import type { SandboxRuntime } from '../../runtime/types.ts';
import { badgeFor, languageFor } from './languages.ts';
import { messageOf, type WorkspaceSaves } from './saves.ts';

/** Marks a transaction that loads text from the workspace, so it is not saved back. */
const fromWorkspace = Annotation.define<boolean>();

interface OpenFile {
  path: string;
  state: EditorState;
}

/**
 * The code editor: one CodeMirror view whose state is swapped per open file (each keeps its own undo
 * history), a row of tabs, and a save indicator. Edits are saved through WorkspaceSaves; files the
 * shell changes are reloaded unless the learner has typing not yet saved.
 */
export class WorkspaceEditor {
  readonly #runtime: SandboxRuntime;
  readonly #saves: WorkspaceSaves;
  readonly #view: EditorView;
  readonly #tabs: HTMLElement;
  readonly #indicator: HTMLElement;
  readonly #empty: HTMLElement;
  readonly #readOnly = new Compartment();
  readonly #open: OpenFile[] = [];
  #active: OpenFile | undefined;
  #editable = false;
  /** Called when the active file changes, so the file tree can mark it. */
  onActiveChange: (path: string | undefined) => void = () => {};

  constructor(root: HTMLElement, runtime: SandboxRuntime, saves: WorkspaceSaves) {
    this.#runtime = runtime;
    this.#saves = saves;
    this.#tabs = root.querySelector('[data-role="tabs"]')!;
    this.#indicator = root.querySelector('[data-role="save-state"]')!;
    this.#empty = root.querySelector('[data-role="editor-empty"]')!;
    const parent = root.querySelector<HTMLElement>('[data-testid="editor"]')!;
    this.#view = new EditorView({ parent, state: EditorState.create({ doc: '', extensions: this.#extensions('') }) });
    this.#view.dom.hidden = true;
    saves.onChange(() => this.#renderIndicator());
    this.#renderIndicator();
  }

  /** Opens `path` with `text` (used before the runtime is ready, from the starter files) or by reading it. */
  async open(path: string, text?: string): Promise<void> {
    let file = this.#open.find((f) => f.path === path);
    if (!file) {
      let doc = text;
      if (doc === undefined) {
        try {
          doc = await this.#runtime.readFile(path);
        } catch (error) {
          this.notice(`Could not open ${path}: ${messageOf(error)}`);
          return;
        }
      }
      // It may have been opened while we were reading.
      file = this.#open.find((f) => f.path === path);
      if (!file) {
        file = { path, state: EditorState.create({ doc, extensions: this.#extensions(path) }) };
        this.#open.push(file);
      }
    }
    this.#activate(file);
  }

  /** Until the runtime is ready the editor shows the starter files read-only. */
  setEditable(editable: boolean): void {
    this.#editable = editable;
    if (this.#active) this.#active.state = this.#view.state;
    for (const file of this.#open) {
      file.state = file.state.update({ effects: this.#readOnly.reconfigure(this.#readOnlyExtension()) }).state;
    }
    if (this.#active) this.#view.setState(this.#active.state);
    this.#renderIndicator();
  }

  /** Re-reads open files the learner has not changed since their last save (after a shell command, or at boot). */
  async reload(paths?: string[]): Promise<void> {
    const targets = this.#open.filter((file) => !paths || paths.length === 0 || paths.includes(file.path));
    await Promise.all(targets.map((file) => this.#reloadFile(file)));
  }

  get activePath(): string | undefined {
    return this.#active?.path;
  }

  /** A transient message where the save indicator sits (e.g. "function.zip is a binary file"). */
  notice(message: string): void {
    this.#indicator.textContent = message;
    this.#indicator.title = message;
    this.#indicator.dataset.kind = 'notice';
    clearTimeout(Number(this.#indicator.dataset.timer));
    this.#indicator.dataset.timer = String(setTimeout(() => this.#renderIndicator(), 4000));
  }

  focus(): void {
    this.#view.focus();
  }

  async #reloadFile(file: OpenFile): Promise<void> {
    if (this.#saves.isDirty(file.path)) return;
    const before = file.state.doc;
    let text: string;
    try {
      text = await this.#runtime.readFile(file.path);
    } catch {
      // The file is gone (rm, mv): close its tab.
      this.#close(file);
      return;
    }
    // Typing since we asked wins over what we read.
    const current = this.#current(file);
    if (this.#saves.isDirty(file.path) || current.doc !== before) return;
    if (current.doc.toString() === text) return;
    const transaction = current.update({
      changes: { from: 0, to: current.doc.length, insert: text },
      annotations: fromWorkspace.of(true),
      selection: { anchor: Math.min(current.selection.main.head, text.length) },
    });
    if (this.#active === file) this.#view.dispatch(transaction);
    else file.state = transaction.state;
  }

  #current(file: OpenFile): EditorState {
    return this.#active === file ? this.#view.state : file.state;
  }

  #activate(file: OpenFile): void {
    if (this.#active && this.#active !== file) this.#active.state = this.#view.state;
    this.#active = file;
    this.#view.setState(file.state);
    this.#view.dom.hidden = false;
    this.#empty.hidden = true;
    this.#renderTabs();
    this.onActiveChange(file.path);
  }

  #close(file: OpenFile): void {
    const index = this.#open.indexOf(file);
    if (index < 0) return;
    this.#saves.forget(file.path);
    this.#open.splice(index, 1);
    if (this.#active === file) {
      this.#active = undefined;
      const next = this.#open[index] ?? this.#open[index - 1];
      if (next) this.#activate(next);
      else {
        this.#view.dom.hidden = true;
        this.#empty.hidden = false;
        this.onActiveChange(undefined);
      }
    }
    this.#renderTabs();
  }

  #extensions(path: string) {
    return [
      // Ctrl/Cmd+S saves now, ahead of the debounce (and keeps the browser's "Save page" dialog away).
      Prec.highest(
        keymap.of([
          {
            key: 'Mod-s',
            preventDefault: true,
            run: () => {
              void this.#saves.flush();
              return true;
            },
          },
        ]),
      ),
      basicSetup,
      languageFor(path),
      oneDark,
      EditorState.tabSize.of(2),
      // The pane is narrow beside the prose; wrapping beats scrolling sideways for short lesson files.
      EditorView.lineWrapping,
      this.#readOnly.of(this.#readOnlyExtension()),
      EditorView.contentAttributes.of({ 'aria-label': `Editor: ${path}` }),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged || update.transactions.some((t) => t.annotation(fromWorkspace))) return;
        this.#saves.schedule(path, update.state.doc.toString());
      }),
    ];
  }

  #readOnlyExtension() {
    return [EditorState.readOnly.of(!this.#editable), EditorView.editable.of(this.#editable)];
  }

  #renderTabs(): void {
    this.#tabs.replaceChildren(
      ...this.#open.map((file) => {
        const tab = document.createElement('div');
        tab.className = 'sb-tab';
        tab.setAttribute('role', 'tab');
        tab.setAttribute('aria-selected', String(file === this.#active));
        tab.dataset.path = file.path;

        const select = document.createElement('button');
        select.type = 'button';
        select.className = 'sb-tab-select';
        select.title = file.path;
        const badge = badgeFor(file.path);
        select.innerHTML = `<span class="sb-badge" data-kind="${badge.kind}" aria-hidden="true"></span>`;
        select.firstElementChild!.textContent = badge.text;
        select.append(file.path.split('/').pop()!);
        select.addEventListener('click', () => this.#activate(file));

        const close = document.createElement('button');
        close.type = 'button';
        close.className = 'sb-tab-close';
        close.setAttribute('aria-label', `Close ${file.path}`);
        close.textContent = '×';
        close.addEventListener('click', () => this.#close(file));

        tab.append(select, close);
        return tab;
      }),
    );
  }

  #renderIndicator(): void {
    const state = this.#saves.state();
    this.#indicator.dataset.kind = state.kind;
    this.#indicator.title = state.kind === 'error' ? state.message : '';
    this.#indicator.textContent =
      state.kind === 'saved'
        ? this.#open.length > 0 && this.#editable
          ? 'Saved'
          : ''
        : state.kind === 'error'
          ? `Not saved: ${state.message}`
          : state.kind === 'saving'
            ? 'Saving…'
            : 'Unsaved';
  }
}
