/** Rules and targets: the actions, schedules firing on the virtual clock, disabled rules, pattern rules. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { dueSchedules, putEvent, defaultBusArn } from '../../../sandbox/cloud/events/bus.ts';
import { FN, advance, events, eventsCloud, eventsError, type Delivery } from './helpers.ts';

const RULE_ARN = 'arn:aws:events:us-east-1:111111111111:rule/every-minute';

describe('EventBridge rules', () => {
  let cloud: Cloud;
  let deliveries: Delivery[];
  afterEach(() => cloud?.dispose());

  it('PutRule, DescribeRule, ListRules, targets, and DeleteRule refused while targets remain', async () => {
    ({ cloud, deliveries } = eventsCloud());
    expect(await events(cloud, 'PutRule', { Name: 'every-minute', ScheduleExpression: 'rate(1 minute)' })).toEqual({ RuleArn: RULE_ARN });
    expect(await events(cloud, 'DescribeRule', { Name: 'every-minute' })).toEqual({
      Name: 'every-minute',
      Arn: RULE_ARN,
      ScheduleExpression: 'rate(1 minute)',
      State: 'ENABLED',
      EventBusName: 'default',
      CreatedBy: '111111111111',
    });
    expect(await events(cloud, 'PutTargets', { Rule: 'every-minute', Targets: [{ Id: '1', Arn: FN }] })).toEqual({ FailedEntryCount: 0, FailedEntries: [] });
    expect(await events(cloud, 'ListTargetsByRule', { Rule: 'every-minute' })).toEqual({ Targets: [{ Id: '1', Arn: FN }] });
    await events(cloud, 'PutRule', { Name: 'orders', EventPattern: '{"source":["com.shop"]}', Description: 'orders' });
    expect(await events(cloud, 'ListRules', {})).toEqual({
      Rules: [
        { Name: 'every-minute', Arn: RULE_ARN, State: 'ENABLED', ScheduleExpression: 'rate(1 minute)', EventBusName: 'default' },
        { Name: 'orders', Arn: 'arn:aws:events:us-east-1:111111111111:rule/orders', EventPattern: '{"source":["com.shop"]}', State: 'ENABLED', Description: 'orders', EventBusName: 'default' },
      ],
    });
    expect((await events(cloud, 'ListRules', { NamePrefix: 'ord' })).Rules).toHaveLength(1);
    expect(await eventsError(cloud, 'DeleteRule', { Name: 'every-minute' })).toMatchObject({ code: 'ValidationException', message: "Rule can't be deleted since it has targets." });
    await events(cloud, 'RemoveTargets', { Rule: 'every-minute', Ids: ['1'] });
    expect(await events(cloud, 'DeleteRule', { Name: 'every-minute' })).toEqual({});
    expect(await events(cloud, 'DeleteRule', { Name: 'every-minute' })).toEqual({});
    expect(await eventsError(cloud, 'DescribeRule', { Name: 'every-minute' })).toMatchObject({ code: 'ResourceNotFoundException', message: 'Rule every-minute does not exist on EventBus default.' });
    expect(deliveries).toEqual([]);
  });

  it("refuses invalid expressions and patterns in EventBridge's words", async () => {
    ({ cloud } = eventsCloud());
    for (const expr of ['rate(1 minutes)', 'rate(5 minute)', 'cron(0 12 * * * *)', 'cron(* * * * *)']) {
      expect(await eventsError(cloud, 'PutRule', { Name: 'r', ScheduleExpression: expr }), expr).toMatchObject({ code: 'ValidationException', message: 'Parameter ScheduleExpression is not valid.' });
    }
    expect(await eventsError(cloud, 'PutRule', { Name: 'r', EventPattern: '{"source":"x"}' })).toMatchObject({ code: 'InvalidEventPatternException' });
    expect(await eventsError(cloud, 'PutRule', { Name: 'r' })).toMatchObject({ code: 'ValidationException' });
    expect(await eventsError(cloud, 'PutRule', { Name: 'bad name', ScheduleExpression: 'rate(1 minute)' })).toMatchObject({ code: 'ValidationException', message: expect.stringMatching(/^1 validation error detected: Value 'bad name' at 'name'/) });
    expect(await eventsError(cloud, 'PutTargets', { Rule: 'missing', Targets: [{ Id: '1', Arn: FN }] })).toMatchObject({ code: 'ResourceNotFoundException' });
    await events(cloud, 'PutRule', { Name: 'r', ScheduleExpression: 'rate(1 minute)' });
    expect(await eventsError(cloud, 'PutTargets', { Rule: 'r', Targets: [{ Id: '1', Arn: FN, Input: '{nope' }] })).toMatchObject({ code: 'ValidationException' });
    const six = Array.from({ length: 6 }, (_, i) => ({ Id: String(i), Arn: FN }));
    expect(await eventsError(cloud, 'PutTargets', { Rule: 'r', Targets: six })).toMatchObject({ code: 'LimitExceededException' });
  });

  it('rate(1 minute) fires three times over three minutes, each with the Scheduled Event', async () => {
    ({ cloud, deliveries } = eventsCloud());
    await events(cloud, 'PutRule', { Name: 'every-minute', ScheduleExpression: 'rate(1 minute)' });
    await events(cloud, 'PutTargets', { Rule: 'every-minute', Targets: [{ Id: '1', Arn: FN }] });
    advance(cloud, 180_000);
    expect(deliveries.map((d) => [d.functionArn, d.sourceArn, new Date(d.at).toISOString()])).toEqual([
      [FN, RULE_ARN, '2026-01-01T00:01:00.000Z'],
      [FN, RULE_ARN, '2026-01-01T00:02:00.000Z'],
      [FN, RULE_ARN, '2026-01-01T00:03:00.000Z'],
    ]);
    expect(deliveries[0]!.event).toEqual({
      version: '0',
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account: '111111111111',
      time: '2026-01-01T00:01:00Z',
      region: 'us-east-1',
      resources: [RULE_ARN],
      detail: {},
    });
    expect(Object.keys(deliveries[0]!.event)).toEqual(['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'detail']);
    expect(new Set(deliveries.map((d) => d.event.id)).size).toBe(3);
    advance(cloud, 59_999);
    expect(deliveries).toHaveLength(3);
  });

  it('cron(0 12 * * ? *) fires at noon UTC exactly, and dueSchedules previews without firing', async () => {
    ({ cloud, deliveries } = eventsCloud());
    await events(cloud, 'PutRule', { Name: 'noon', ScheduleExpression: 'cron(0 12 * * ? *)' });
    await events(cloud, 'PutTargets', { Rule: 'noon', Targets: [{ Id: 'fn', Arn: FN, Input: '{"job":"report"}' }] });
    const start = cloud.clock.now();
    expect(dueSchedules(cloud, start, start + 2 * 86_400_000).map((d) => new Date(d.time).toISOString())).toEqual(['2026-01-01T12:00:00.000Z', '2026-01-02T12:00:00.000Z']);
    expect(deliveries).toEqual([]);
    advance(cloud, 12 * 3_600_000 - 1);
    expect(deliveries).toEqual([]);
    advance(cloud, 1);
    expect(deliveries.map((d) => [new Date(d.at).toISOString(), d.event])).toEqual([['2026-01-01T12:00:00.000Z', { job: 'report' }]]);
    advance(cloud, 86_400_000);
    expect(deliveries).toHaveLength(2);
  });

  it('a disabled rule does not fire and does not catch up when enabled again', async () => {
    ({ cloud, deliveries } = eventsCloud());
    await events(cloud, 'PutRule', { Name: 'every-minute', ScheduleExpression: 'rate(1 minute)', State: 'DISABLED' });
    await events(cloud, 'PutTargets', { Rule: 'every-minute', Targets: [{ Id: '1', Arn: FN }] });
    advance(cloud, 300_000);
    expect(deliveries).toEqual([]);
    await events(cloud, 'EnableRule', { Name: 'every-minute' });
    advance(cloud, 120_000);
    expect(deliveries.map((d) => new Date(d.at).toISOString())).toEqual(['2026-01-01T00:06:00.000Z', '2026-01-01T00:07:00.000Z']);
    await events(cloud, 'DisableRule', { Name: 'every-minute' });
    expect((await events(cloud, 'DescribeRule', { Name: 'every-minute' })).State).toBe('DISABLED');
    advance(cloud, 600_000);
    expect(deliveries).toHaveLength(2);
  });

  it('events put on the bus reach the targets of matching pattern rules, with InputPath applied', async () => {
    ({ cloud, deliveries } = eventsCloud());
    await events(cloud, 'PutRule', { Name: 'big-orders', EventPattern: JSON.stringify({ source: ['com.shop'], detail: { total: [{ numeric: ['>=', 100] }] } }) });
    await events(cloud, 'PutTargets', { Rule: 'big-orders', Targets: [{ Id: 'all', Arn: FN }, { Id: 'detail', Arn: `${FN}2`, InputPath: '$.detail' }] });
    await events(cloud, 'PutRule', { Name: 'off', EventPattern: '{"source":["com.shop"]}', State: 'DISABLED' });
    await events(cloud, 'PutTargets', { Rule: 'off', Targets: [{ Id: 'x', Arn: `${FN}3` }] });
    const out = await events(cloud, 'PutEvents', {
      Entries: [
        { Source: 'com.shop', DetailType: 'Order Placed', Detail: '{"total":150}' },
        { Source: 'com.shop', DetailType: 'Order Placed', Detail: '{"total":5}' },
        { Source: 'com.other', DetailType: 'Order Placed', Detail: '{"total":500}' },
      ],
    });
    expect(out.FailedEntryCount).toBe(0);
    expect(deliveries.map((d) => [d.functionArn, d.sourceArn])).toEqual([
      [FN, 'arn:aws:events:us-east-1:111111111111:rule/big-orders'],
      [`${FN}2`, 'arn:aws:events:us-east-1:111111111111:rule/big-orders'],
    ]);
    expect(deliveries[0]!.event).toEqual({ version: '0', id: out.Entries[0].EventId, 'detail-type': 'Order Placed', source: 'com.shop', account: '111111111111', time: '2026-01-01T00:00:00Z', region: 'us-east-1', resources: [], detail: { total: 150 } });
    expect(deliveries[1]!.event).toEqual({ total: 150 });
  });

  it("events from other services (putEvent, e.g. Lambda's destinations) are routed too", async () => {
    ({ cloud, deliveries } = eventsCloud());
    await events(cloud, 'PutRule', { Name: 'failures', EventPattern: '{"source":["lambda"],"detail-type":["Lambda Function Invocation Result - Failure"]}' });
    await events(cloud, 'PutTargets', { Rule: 'failures', Targets: [{ Id: '1', Arn: FN, InputTransformer: { InputPathsMap: { fn: '$.detail.requestContext.functionArn' }, InputTemplate: '{"failed":"<fn>"}' } }] });
    putEvent(cloud, defaultBusArn('us-east-1', '111111111111'), {
      source: 'lambda',
      'detail-type': 'Lambda Function Invocation Result - Failure',
      account: '111111111111',
      region: 'us-east-1',
      resources: [],
      detail: { requestContext: { functionArn: 'arn:aws:lambda:us-east-1:111111111111:function:f:$LATEST' } },
    });
    expect(deliveries.map((d) => d.event)).toEqual([{ failed: 'arn:aws:lambda:us-east-1:111111111111:function:f:$LATEST' }]);
  });
});
