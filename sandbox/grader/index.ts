/** What exercise authors import: `import { defineExercise, check } from 'lambda-lab/grader'`. */
export { defineExercise, check, CheckFailure, type ExerciseDefinition, type CheckDefinition } from './define.ts';
export { CheckContext, type InvokeResult } from './context.ts';
export { runChecks, type CheckReport, type CheckResult, type RunOptions } from './runner.ts';
