/** `lab` as a learner, instructor or CI job runs it: the real bin, in a child process, over a temp folder. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const EXERCISE = path.resolve('content/lessons/01-first-function/first-handler');
const lab = (args: string[], input?: string) =>
  spawnSync(process.execPath, [path.resolve('bin/lab.mjs'), ...args], { input, encoding: 'utf8', timeout: 60_000 });

function workspace(withSolution: boolean): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lab-ws-'));
  cpSync(path.join(EXERCISE, 'files'), dir, { recursive: true });
  if (withSolution) cpSync(path.join(EXERCISE, 'solution'), dir, { recursive: true });
  return dir;
}

describe('lab shell', () => {
  it('runs piped commands with one engine, printing prompt, command and output as a terminal would', () => {
    const dir = workspace(true);
    const script = `${readFileSync(path.join(EXERCISE, 'solution.sh'), 'utf8')}aws lambda invoke --function-name hello --payload '{"name":"Bo"}' out2.json\naws logs tail /aws/lambda/hello --format short\n`;
    const r = lab(['shell', '--workspace', dir], script);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('learner@lambda-lab:~$ zip function.zip index.mjs\n  adding: index.mjs');
    expect(r.stdout).toContain('"FunctionArn": "arn:aws:lambda:us-east-1:111111111111:function:hello"');
    expect(r.stdout).toContain('{\n    "StatusCode": 200,\n    "ExecutedVersion": "$LATEST"\n}\n');
    expect(r.stdout).toContain('{"message":"Hello, Ada!"}');
    expect(r.stdout).not.toMatch(/\x1b\[/);
    // Two invocations, one engine: the second is warm, so only the first REPORT has an Init Duration.
    const tail = r.stdout.slice(r.stdout.lastIndexOf('aws logs tail'));
    const reports = tail.split('\n').filter((l) => l.includes('REPORT RequestId'));
    expect(reports).toHaveLength(2);
    expect(reports[0]).toContain('Init Duration');
    expect(reports[1]).not.toContain('Init Duration');
    expect(readFileSync(path.join(dir, 'out2.json'), 'utf8')).toBe('{"message":"Hello, Bo!"}');
  });

  it('reports an AWS error on stderr with exit status 254 and goes on', () => {
    const r = lab(['shell', '--workspace', workspace(false)], 'aws lambda invoke --function-name nope out.json\necho after $?\n');
    expect(r.stderr).toContain('An error occurred (ResourceNotFoundException) when calling the Invoke operation: Function not found: arn:aws:lambda:us-east-1:111111111111:function:nope');
    expect(r.stdout).toContain('after 254');
  });
});

describe('lab check', () => {
  it('exits 0 with a JSON report when every check passes, grading the cloud lab shell left behind', () => {
    const dir = workspace(true);
    expect(lab(['shell', '--workspace', dir], readFileSync(path.join(EXERCISE, 'solution.sh'), 'utf8')).status).toBe(0);
    const r = lab(['check', '--workspace', dir, '--exercise', EXERCISE, '--json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.passed).toBe(true);
    expect(report.checks).toHaveLength(5);
  });

  it('exits 1 and says what to change when checks fail', () => {
    const r = lab(['check', '--workspace', workspace(false), '--exercise', path.join(EXERCISE, 'check.ts')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✗ returns a greeting with the name from the event');
    expect(r.stdout).toContain('Hint:');
    expect(r.stdout).toMatch(/\d of 5 checks pass\./);
  });

  it('exits 2 with usage when a required option is missing', () => {
    const r = lab(['check', '--workspace', '.']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--workspace DIR and --exercise PATH are required');
  });
});
