/**
 * The exercise format: `defineExercise({ title, setup?, checks: [check(name, fn, { hint })] })`.
 * A check reads the learner's cloud and workspace, may deploy and invoke, and fails with a message in
 * the learner's terms (`t.fail`, `t.assert`, `t.equal`).
 */
import type { CheckContext } from './context.ts';

export interface CheckDefinition {
  name: string;
  run: (t: CheckContext) => Promise<void> | void;
  hint?: string;
  /** Wall-clock limit for this check; the default suits a deploy and a few invokes. */
  timeoutMs?: number;
}

export interface ExerciseDefinition {
  title: string;
  /** Starting state for the learner's cloud (roles, buckets, queues), run once on a new sandbox. */
  setup?: (t: CheckContext) => Promise<void> | void;
  checks: CheckDefinition[];
}

export function defineExercise(definition: ExerciseDefinition): ExerciseDefinition {
  if (!definition.title) throw new Error('defineExercise needs a title.');
  if (!Array.isArray(definition.checks) || definition.checks.length === 0) throw new Error(`Exercise "${definition.title}" has no checks.`);
  const names = new Set<string>();
  for (const c of definition.checks) {
    if (names.has(c.name)) throw new Error(`Exercise "${definition.title}" has two checks named "${c.name}".`);
    names.add(c.name);
  }
  return definition;
}

export function check(name: string, run: CheckDefinition['run'], options: { hint?: string; timeoutMs?: number } = {}): CheckDefinition {
  return { name, run, ...options };
}

/** Thrown by t.fail/t.assert/t.equal: an expected failure whose message the learner reads. */
export class CheckFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckFailure';
  }
}
