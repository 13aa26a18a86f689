import type { ExerciseRef, SandboxRuntime } from './types.ts';
import { createBuiltinRuntime } from './builtin/index.ts';

export type * from './types.ts';

/**
 * The one place the page's sandbox runtime is created. Today that is always the built-in runtime
 * (engine and shell in a Web Worker); a WebContainer mode would be chosen here too.
 */
export function createRuntime(ref: ExerciseRef): SandboxRuntime {
  return createBuiltinRuntime(ref);
}
