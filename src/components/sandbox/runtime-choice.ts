import { setLearnerPreference } from '../../runtime/index.ts';
import { RUNTIME_PARAM } from '../../runtime/config.ts';
import { isPreference } from '../../runtime/mode.ts';
import type { RuntimePreference } from '../../runtime/types.ts';

/** The strip under the sandbox's bar that says why it runs where it does (a fallback from WebContainer). */
export class RuntimeNotice {
  readonly #box: HTMLElement;

  constructor(root: HTMLElement) {
    this.#box = root.querySelector('[data-testid="runtime-notice"]')!;
    this.#box.querySelector('[data-role="notice-close"]')!.addEventListener('click', () => (this.#box.hidden = true));
  }

  show(text: string): void {
    this.#box.querySelector('[data-role="notice-text"]')!.textContent = text;
    this.#box.hidden = false;
  }
}

/**
 * The runtime menu: the learner's choice, remembered in localStorage. A runtime cannot be swapped
 * under a running sandbox (its cloud and processes live in it), so a new choice reloads the page —
 * without `?runtime=`, which would otherwise still outrank it. The work is saved either way.
 */
export class RuntimeMenu {
  constructor(root: HTMLElement, current: RuntimePreference | undefined) {
    const select = root.querySelector<HTMLSelectElement>('[data-testid="runtime-select"]')!;
    const fromUrl = new URL(location.href).searchParams.get(RUNTIME_PARAM);
    select.value = isPreference(fromUrl) ? fromUrl : (current ?? 'auto');
    select.addEventListener('change', () => {
      if (!isPreference(select.value)) return;
      setLearnerPreference(select.value);
      const url = new URL(location.href);
      url.searchParams.delete(RUNTIME_PARAM);
      location.assign(url);
    });
  }
}
