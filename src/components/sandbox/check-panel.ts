import type { CheckReport, CheckResult, SandboxRuntime } from '../../runtime/types.ts';
import { messageOf } from './saves.ts';

export interface CheckPanelOptions {
  /** Runs before the checks: flushes the editor's pending saves. */
  beforeCheck: () => Promise<void>;
}

const STATUS_LABEL: Record<CheckResult['status'], string> = {
  pass: 'Passed',
  fail: 'Failed',
  error: 'Error',
  timeout: 'Timed out',
};

export function summarize(report: CheckReport): string {
  const total = report.checks.length;
  const passed = report.checks.filter((c) => c.status === 'pass').length;
  if (total === 0) return 'This exercise has no checks.';
  if (passed === total) return total === 1 ? 'The check passes — well done!' : `All ${total} checks pass — well done!`;
  return `${passed} of ${total} ${total === 1 ? 'check passes' : 'checks pass'}`;
}

/** The Check button, the summary and one row per check, each with its message and hint when it failed. */
export class CheckPanel {
  readonly #runtime: SandboxRuntime;
  readonly #options: CheckPanelOptions;
  readonly #panel: HTMLElement;
  readonly #button: HTMLButtonElement;
  readonly #summary: HTMLElement;
  readonly #results: HTMLOListElement;
  #busy = false;

  constructor(root: HTMLElement, runtime: SandboxRuntime, options: CheckPanelOptions) {
    this.#runtime = runtime;
    this.#options = options;
    this.#panel = root.querySelector('[data-role="checks"]')!;
    this.#button = root.querySelector('[data-testid="check-button"]')!;
    this.#summary = root.querySelector('[data-testid="check-summary"]')!;
    this.#results = root.querySelector('[data-role="check-results"]')!;
    this.#button.addEventListener('click', () => void this.run());
  }

  setEnabled(enabled: boolean): void {
    this.#button.disabled = !enabled || this.#busy;
  }

  async run(): Promise<void> {
    if (this.#busy) return;
    this.#setBusy(true);
    try {
      await this.#options.beforeCheck();
      this.#render(await this.#runtime.check());
    } catch (error) {
      this.#results.replaceChildren();
      this.#panel.dataset.outcome = 'error';
      this.#summary.textContent = `The checks could not run: ${messageOf(error)}`;
    } finally {
      this.#setBusy(false);
    }
  }

  #setBusy(busy: boolean): void {
    this.#busy = busy;
    this.#panel.setAttribute('aria-busy', String(busy));
    this.#button.disabled = busy;
    this.#button.querySelector('[data-role="check-label"]')!.textContent = busy ? 'Checking…' : 'Check';
    if (busy) {
      this.#summary.textContent = 'Running the checks…';
      this.#panel.dataset.outcome = 'running';
    }
  }

  #render(report: CheckReport): void {
    this.#panel.dataset.outcome = report.passed ? 'pass' : 'fail';
    this.#summary.textContent = summarize(report);
    this.#results.replaceChildren(...report.checks.map((check) => this.#row(check)));
  }

  #row(check: CheckResult): HTMLLIElement {
    const row = document.createElement('li');
    row.className = 'sb-check-result';
    row.dataset.testid = 'check-result';
    row.dataset.status = check.status;

    const icon = document.createElement('span');
    icon.className = 'sb-check-icon';
    icon.textContent = check.status === 'pass' ? '✓' : '✗';
    icon.setAttribute('role', 'img');
    icon.setAttribute('aria-label', STATUS_LABEL[check.status]);

    const body = document.createElement('div');
    body.className = 'sb-check-body';
    const name = document.createElement('div');
    name.className = 'sb-check-name';
    name.textContent = check.name;
    body.append(name);
    if (check.status === 'error' || check.status === 'timeout') {
      const tag = document.createElement('span');
      tag.className = 'sb-check-tag';
      tag.textContent = STATUS_LABEL[check.status];
      name.append(' ', tag);
    }
    if (check.status !== 'pass' && check.message) {
      const message = document.createElement('div');
      message.className = 'sb-check-message';
      message.textContent = check.message;
      body.append(message);
    }
    if (check.status !== 'pass' && check.hint) {
      const hint = document.createElement('div');
      hint.className = 'sb-check-hint';
      const label = document.createElement('strong');
      label.textContent = 'Hint: ';
      hint.append(label, check.hint);
      body.append(hint);
    }
    row.append(icon, body);
    return row;
  }
}
