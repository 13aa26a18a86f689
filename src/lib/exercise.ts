import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ExerciseRef } from '../runtime/types.ts';

const LESSONS_DIR = join(process.cwd(), 'content', 'lessons');

/**
 * Reads an exercise's starter workspace (content/lessons/<lesson>/<exercise>/files/**) at build time,
 * as the `ExerciseRef` the page hands to the sandbox runtime. A missing files/ folder is a content
 * error, so it fails the build with the path to create rather than shipping an empty sandbox.
 */
export function readExercise(lesson: string, exercise: string): ExerciseRef {
  const root = join(LESSONS_DIR, lesson, exercise, 'files');
  if (!existsSync(root)) {
    throw new Error(`Lesson "${lesson}" names the exercise "${exercise}", but ${relative(process.cwd(), root)} does not exist.`);
  }
  const files: Record<string, string> = {};
  for (const path of walk(root)) {
    files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
  }
  return { lesson, exercise, files };
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}
