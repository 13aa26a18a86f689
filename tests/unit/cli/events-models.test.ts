/** `aws events`: put-rule with a schedule, put-targets shorthand, the list commands, put-events. */
import { beforeAll, describe, expect, it } from 'vitest';
import { SERVICES } from '../../../sandbox/cli/aws/models/index.ts';
import type { ServiceModel } from '../../../sandbox/cli/aws/models/shapes.ts';
import { eventsModel } from '../../../sandbox/cli/aws/models/events.ts';
import { sandbox, type Responder } from './harness.ts';

const FN = 'arn:aws:lambda:us-east-1:111111111111:function:tick';

beforeAll(() => {
  // Until models/index.ts lists it (one line), register the model for this file's module graph.
  Object.assign(SERVICES as Record<string, ServiceModel>, { events: eventsModel });
});

describe('aws events', () => {
  it('put-rule --schedule-expression "rate(1 minute)" prints the RuleArn', async () => {
    const box = sandbox(() => ({ RuleArn: 'arn:aws:events:us-east-1:111111111111:rule/every-minute' }));
    const run = await box.run('aws events put-rule --name every-minute --schedule-expression "rate(1 minute)"');
    expect(run).toMatchObject({ rc: 0, stderr: '', stdout: '{\n    "RuleArn": "arn:aws:events:us-east-1:111111111111:rule/every-minute"\n}\n' });
    expect(box.requests[0]).toMatchObject({ service: 'events', action: 'PutRule', input: { Name: 'every-minute', ScheduleExpression: 'rate(1 minute)' } });
    await box.run(`aws events put-rule --name orders --event-pattern '{"source":["com.shop"]}' --state DISABLED`);
    expect(box.requests[1]!.input).toEqual({ Name: 'orders', EventPattern: '{"source":["com.shop"]}', State: 'DISABLED' });
  });

  it('put-targets takes Id=1,Arn=… shorthand, several targets, and JSON', async () => {
    const box = sandbox(() => ({ FailedEntryCount: 0, FailedEntries: [] }));
    const run = await box.run(`aws events put-targets --rule every-minute --targets Id=1,Arn=${FN}`);
    expect(run.stdout).toBe('{\n    "FailedEntryCount": 0,\n    "FailedEntries": []\n}\n');
    await box.run(`aws events put-targets --rule r --targets Id=1,Arn=${FN} Id=2,Arn=${FN}2`);
    await box.run(`aws events put-targets --rule r --targets '[{"Id":"1","Arn":"${FN}","Input":"{\\"job\\":\\"report\\"}"}]'`);
    expect(box.requests.map((r) => r.input)).toEqual([
      { Rule: 'every-minute', Targets: [{ Id: '1', Arn: FN }] },
      { Rule: 'r', Targets: [{ Id: '1', Arn: FN }, { Id: '2', Arn: `${FN}2` }] },
      { Rule: 'r', Targets: [{ Id: '1', Arn: FN, Input: '{"job":"report"}' }] },
    ]);
  });

  it('list-rules follows NextToken (a line of text per page); describe-rule, list-targets-by-rule, remove-targets, delete-rule', async () => {
    const pages: Record<string, Record<string, unknown>> = { '': { Rules: [{ Name: 'a' }], NextToken: '1' }, '1': { Rules: [{ Name: 'b' }] } };
    const box = sandbox(((request) => (request.action === 'ListRules' ? pages[(request.input.NextToken as string | undefined) ?? ''] : {})) as Responder);
    const list = await box.run('aws events list-rules --name-prefix a --query Rules[].Name --output text');
    expect(list.stdout).toBe('a\nb\n');
    await box.run('aws events describe-rule --name a');
    await box.run('aws events list-targets-by-rule --rule a');
    await box.run('aws events remove-targets --rule a --ids 1 2');
    await box.run('aws events delete-rule --name a');
    await box.run('aws events disable-rule --name a');
    expect(box.requests.slice(2).map((r) => [r.action, r.input])).toEqual([
      ['DescribeRule', { Name: 'a' }],
      ['ListTargetsByRule', { Rule: 'a' }],
      ['RemoveTargets', { Rule: 'a', Ids: ['1', '2'] }],
      ['DeleteRule', { Name: 'a' }],
      ['DisableRule', { Name: 'a' }],
    ]);
  });

  it('put-events takes entries as shorthand', async () => {
    const box = sandbox(() => ({ FailedEntryCount: 0, Entries: [{ EventId: 'e1' }] }));
    await box.run(`aws events put-events --entries 'Source=com.shop,DetailType=Order Placed,Detail="{\\"total\\":150}"'`);
    expect(box.requests[0]!.input).toEqual({ Entries: [{ Source: 'com.shop', DetailType: 'Order Placed', Detail: '{"total":150}' }] });
  });
});
