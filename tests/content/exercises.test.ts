/**
 * Every exercise proves itself: its checks fail on the starter files/ and pass once solution/ is laid
 * over them and solution.sh has been typed into the sandbox shell, as a learner would.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedTime } from '../../sandbox/cloud/clock.ts';
import { runChecks } from '../../sandbox/grader/runner.ts';
import type { ExerciseDefinition } from '../../sandbox/grader/define.ts';
import { NodeHost } from '../../sandbox/runtime/hosts/node-host.ts';
import { HOME, Session } from '../../sandbox/session.ts';
import { MemoryFS } from '../../sandbox/workspace/memory-fs.ts';

const LESSONS = path.resolve('content/lessons');

function readTree(dir: string, prefix = ''): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) Object.assign(out, readTree(full, rel));
    else out[rel] = new Uint8Array(readFileSync(full));
  }
  return out;
}

const exercises = readdirSync(LESSONS).flatMap((lesson) =>
  readdirSync(path.join(LESSONS, lesson))
    .filter((entry) => existsSync(path.join(LESSONS, lesson, entry, 'check.ts')))
    .map((exercise) => ({ lesson, exercise, dir: path.join(LESSONS, lesson, exercise) })),
);

async function grade(dir: string, files: Record<string, Uint8Array>, script: string | undefined) {
  const definition = (await import(path.join(dir, 'check.ts'))).default as ExerciseDefinition;
  const fs = MemoryFS.fromFiles(HOME, files);
  const session = new Session({ fs, host: new NodeHost(), time: fixedTime() });
  const transcript: string[] = [];
  try {
    if (script) {
      const status = await session.run(script, { stdout: (s) => transcript.push(s), stderr: (s) => transcript.push(s) });
      expect(status, `solution.sh failed:\n${transcript.join('')}`).toBe(0);
    }
    const report = await runChecks(definition, {
      state: session.cloud.snapshot(),
      files: fs.snapshot(HOME),
      host: () => new NodeHost(),
      time: fixedTime(),
      now: () => performance.now(),
      setTimer: (ms, fn) => {
        const t = setTimeout(fn, ms);
        return () => clearTimeout(t);
      },
    });
    return { report, transcript: transcript.join('') };
  } finally {
    session.dispose();
  }
}

describe.each(exercises)('$lesson/$exercise', ({ dir }) => {
  it('has starter files and a solution', () => {
    expect(Object.keys(readTree(path.join(dir, 'files'))).length).toBeGreaterThan(0);
    expect(Object.keys(readTree(path.join(dir, 'solution'))).length + (existsSync(path.join(dir, 'solution.sh')) ? 1 : 0)).toBeGreaterThan(0);
  });

  it('fails its checks on the starter files', async () => {
    const { report } = await grade(dir, readTree(path.join(dir, 'files')), undefined);
    expect(report.passed).toBe(false);
    expect(report.checks.some((c) => c.status === 'fail')).toBe(true);
    // A failing check explains itself in the learner's terms, never with a stack trace.
    for (const c of report.checks.filter((c) => c.status !== 'pass')) {
      expect(c.message).toBeTruthy();
      expect(c.message).not.toMatch(/\n\s+at /);
    }
  });

  it('passes every check with the solution', async () => {
    const files = { ...readTree(path.join(dir, 'files')), ...readTree(path.join(dir, 'solution')) };
    const scriptPath = path.join(dir, 'solution.sh');
    const script = existsSync(scriptPath) ? readFileSync(scriptPath, 'utf8') : undefined;
    const { report, transcript } = await grade(dir, files, script);
    expect(report.checks.filter((c) => c.status !== 'pass'), transcript).toEqual([]);
    expect(report.passed).toBe(true);
  });
});
