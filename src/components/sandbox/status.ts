import type { RuntimeMode } from '../../runtime/types.ts';

export type SandboxState = 'booting' | 'ready' | 'error';

const MODE_LABEL: Record<RuntimeMode, string> = {
  builtin: 'Built-in runtime',
  webcontainer: 'WebContainer',
};

/** The sandbox's state, on its root (`data-state`, for styles and tests) and in the status line. */
export class RuntimeStatus {
  readonly #root: HTMLElement;
  readonly #line: HTMLElement;
  #mode: RuntimeMode | undefined;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#line = root.querySelector('[data-testid="runtime-status"]')!;
  }

  set(state: SandboxState, options: { mode?: RuntimeMode; reason?: string } = {}): void {
    this.#mode = options.mode ?? this.#mode;
    this.#root.dataset.state = state;
    this.#line.dataset.state = state;
    const mode = this.#mode ? MODE_LABEL[this.#mode] : 'Sandbox';
    const text = state === 'booting' ? 'booting…' : state === 'ready' ? 'ready' : `error: ${options.reason ?? 'unknown'}`;
    this.#line.querySelector('[data-role="status-text"]')!.textContent = `${mode} · ${text}`;
    this.#line.title = state === 'error' ? (options.reason ?? '') : '';
  }
}
