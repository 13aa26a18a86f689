/** `aws logs tail`: FilterLogEvents from --since on the cloud's clock, one line per event. */
import { describe, expect, it } from 'vitest';
import { FOLLOW_NOTICE } from '../../../sandbox/cli/aws/customizations/logs-tail.ts';
import { sandbox } from './harness.ts';

const stream = '2026/11/28/[$LATEST]e6f4a0c4241adcd70c262d34c0bbc85c';
const events = [
  { logStreamName: stream, timestamp: Date.UTC(2026, 10, 28, 6, 1, 2, 345), message: 'START RequestId: c793869b Version: $LATEST\n', ingestionTime: 1, eventId: '1' },
  { logStreamName: stream, timestamp: Date.UTC(2026, 10, 28, 6, 1, 3), message: '{"level": "info", "msg": "héllo"}', ingestionTime: 1, eventId: '2' },
];

function logs() {
  return sandbox((request) => {
    if (request.action !== 'FilterLogEvents') return {};
    return request.input.nextToken ? { events: [events[1]], searchedLogStreams: [] } : { events: [events[0]], nextToken: 't1', searchedLogStreams: [] };
  });
}

describe('aws logs tail', () => {
  it('asks FilterLogEvents for the last 10 minutes, interleaved, following nextToken', async () => {
    const box = logs();
    const run = await box.run('aws logs tail /aws/lambda/hello');
    expect(run.rc).toBe(0);
    expect(box.requests.map((r) => [r.service, r.action, r.input])).toEqual([
      ['logs', 'FilterLogEvents', { logGroupName: '/aws/lambda/hello', interleaved: true, startTime: box.now - 600_000 }],
      ['logs', 'FilterLogEvents', { logGroupName: '/aws/lambda/hello', interleaved: true, startTime: box.now - 600_000, nextToken: 't1' }],
    ]);
    expect(run.stdout).toBe(
      `2026-11-28T06:01:02.345000+00:00 ${stream} START RequestId: c793869b Version: $LATEST\n` +
        `2026-11-28T06:01:03.000000+00:00 ${stream} {"level": "info", "msg": "héllo"}\n`,
    );
  });

  it('prints the short and json formats', async () => {
    const box = logs();
    const short = await box.run('aws logs tail /aws/lambda/hello --format short --since 2h --filter-pattern START');
    expect(short.stdout).toBe('2026-11-28T06:01:02 START RequestId: c793869b Version: $LATEST\n2026-11-28T06:01:03 {"level": "info", "msg": "héllo"}\n');
    expect(box.requests[0].input).toEqual({ logGroupName: '/aws/lambda/hello', interleaved: true, startTime: box.now - 7_200_000, filterPattern: 'START' });
    const json = await box.run('aws logs tail /aws/lambda/hello --format json');
    expect(json.stdout).toBe(
      `2026-11-28T06:01:02.345000+00:00 ${stream} START RequestId: c793869b Version: $LATEST\n` +
        `2026-11-28T06:01:03+00:00 ${stream} \n{\n    "level": "info",\n    "msg": "h\\u00e9llo"\n}\n`,
    );
  });

  it('accepts an ISO timestamp for --since (UTC when no zone is given)', async () => {
    const box = logs();
    await box.run('aws logs tail g --since 2026-11-28T06:00:00');
    expect(box.requests[0].input.startTime).toBe(Date.UTC(2026, 10, 28, 6, 0, 0));
  });

  it('says that --follow is not supported, then prints what is there', async () => {
    const run = await logs().run('aws logs tail g --follow');
    expect(run.rc).toBe(0);
    expect(run.stderr).toBe(FOLLOW_NOTICE);
    expect(run.stdout.split('\n')).toHaveLength(3);
  });

  it('reports its own usage errors like the CLI\'s custom commands', async () => {
    const box = logs();
    const missing = await box.run('aws logs tail');
    expect(missing.rc).toBe(252);
    expect(missing.stderr).toContain('aws: error: the following arguments are required: group_name\n');
    expect(await box.run('aws logs tail g --bogus x')).toMatchObject({ rc: 252, stderr: '\nUnknown options: --bogus,x\n' });
    const format = await box.run('aws logs tail g --format pretty');
    expect(format.stderr).toContain("aws: error: argument --format: Invalid choice, valid choices are:\n\ndetailed");
    const help = await box.run('aws logs tail help');
    expect(help.stdout).toContain('TAIL()');
    expect(box.requests).toHaveLength(0);
  });
});
