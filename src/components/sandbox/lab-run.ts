/**
 * `lab:run` — how the prose asks the sandbox to run a command: a DOM CustomEvent on `document` whose
 * detail is `{ command }` (the command text; `\` continuations and newlines are kept). The sandbox
 * types it at its prompt and runs it as if the learner had pressed Enter.
 */
export const LAB_RUN = 'lab:run';

export interface LabRunDetail {
  command: string;
}

export function dispatchLabRun(command: string): void {
  document.dispatchEvent(new CustomEvent<LabRunDetail>(LAB_RUN, { detail: { command } }));
}

export function onLabRun(listener: (command: string) => void): () => void {
  const handler = (event: Event) => {
    const command = (event as CustomEvent<Partial<LabRunDetail>>).detail?.command;
    if (typeof command === 'string' && command.trim() !== '') listener(command);
  };
  document.addEventListener(LAB_RUN, handler);
  return () => document.removeEventListener(LAB_RUN, handler);
}
