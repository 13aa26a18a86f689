/**
 * EventBridge and API Gateway as Lambda sources: a rate(1 minute) rule fires its Lambda target on the
 * virtual clock once the function policy lets EventBridge invoke it; an HTTP API quick create wires a
 * function behind a $default route. (Requests through the API go through `handleHttpRequest`, not
 * `Cloud.call`, so they are not scenarios here.)
 */
import { ACCOUNT, apigatewayv2, arn, create, esm, events, fromStep, group, lambda } from '../build.ts';
import { line, START } from '../patterns.ts';
import type { Scenario } from '../types.ts';

const RULE_ARN = `arn:aws:events:us-east-1:${ACCOUNT}:rule/every-minute`;
const TICK = esm('export const handler = async (e) => { console.log(e.source, e["detail-type"], e.time); };');
const allowEvents = (name: string) => lambda('AddPermission', { FunctionName: name, StatementId: 'events', Action: 'lambda:InvokeFunction', Principal: 'events.amazonaws.com', SourceArn: RULE_ARN });

export const schedules: Scenario[] = [
  {
    name: 'A rate(1 minute) rule with a Lambda target and permission invokes the function once a minute: three minutes, three invocations',
    steps: [
      { call: create('tick', TICK) },
      { call: events('PutRule', { Name: 'every-minute', ScheduleExpression: 'rate(1 minute)' }), expect: { output: { RuleArn: RULE_ARN } } },
      { call: allowEvents('tick') },
      { call: events('PutTargets', { Rule: 'every-minute', Targets: [{ Id: '1', Arn: arn('tick') }] }), expect: { output: { FailedEntryCount: 0, FailedEntries: [] } } },
      { advance: 59_000, expect: { logGroup: group('tick'), logCount: [[START, 0]] } },
      { advance: 121_000, note: 'three minutes after the rule was created', expect: {
        logGroup: group('tick'),
        logCount: [[START, 3]],
        logs: [
          line.console('INFO', 'aws.events Scheduled Event 2026-01-01T00:01:00Z'),
          line.console('INFO', 'aws.events Scheduled Event 2026-01-01T00:02:00Z'),
          line.console('INFO', 'aws.events Scheduled Event 2026-01-01T00:03:00Z'),
        ],
      } },
    ],
  },
  {
    name: 'Without a function policy statement for events.amazonaws.com the schedule fires but the function is not invoked',
    steps: [
      { call: create('tick', TICK) },
      { call: events('PutRule', { Name: 'every-minute', ScheduleExpression: 'rate(1 minute)' }) },
      { call: events('PutTargets', { Rule: 'every-minute', Targets: [{ Id: '1', Arn: arn('tick') }] }) },
      { advance: 180_000, expect: { logGroup: group('tick'), logCount: [[START, 0]] } },
    ],
  },
  {
    name: 'A disabled rule does not fire',
    steps: [
      { call: create('tick', TICK) },
      { call: events('PutRule', { Name: 'every-minute', ScheduleExpression: 'rate(1 minute)', State: 'DISABLED' }) },
      { call: allowEvents('tick') },
      { call: events('PutTargets', { Rule: 'every-minute', Targets: [{ Id: '1', Arn: arn('tick') }] }) },
      { advance: 300_000 },
      { call: events('EnableRule', { Name: 'every-minute' }) },
      { advance: 120_000, expect: { logGroup: group('tick'), logCount: [[START, 2]] } },
    ],
  },
  {
    name: 'HTTP API quick create (Target = a function ARN) adds an AWS_PROXY 2.0 integration, a $default route and an auto-deploying $default stage',
    steps: [
      { call: create('api-fn', esm('export const handler = async () => ({ statusCode: 200, body: "hi" });')) },
      { call: apigatewayv2('CreateApi', { Name: 'quick', ProtocolType: 'HTTP', Target: arn('api-fn') }), expect: { output: { Name: 'quick', ProtocolType: 'HTTP', ApiId: /^[a-z0-9]{10}$/, ApiEndpoint: /^https:\/\/[a-z0-9]{10}\.execute-api\.us-east-1\.amazonaws\.com$/ } } },
      { call: apigatewayv2('GetIntegrations', { ApiId: fromStep(1, 'ApiId') }), expect: { output: { Items: [{ ApiGatewayManaged: true, IntegrationType: 'AWS_PROXY', IntegrationMethod: 'POST', IntegrationUri: arn('api-fn'), PayloadFormatVersion: '2.0', TimeoutInMillis: 30000, IntegrationId: /^[a-z0-9]{7}$/ }] } } },
      { call: apigatewayv2('GetRoutes', { ApiId: fromStep(1, 'ApiId') }), expect: { output: { Items: [{ ApiGatewayManaged: true, AuthorizationType: 'NONE', RouteKey: '$default', Target: /^integrations\/[a-z0-9]{7}$/ }] } } },
      { call: apigatewayv2('GetStages', { ApiId: fromStep(1, 'ApiId') }), expect: { output: { Items: [{ ApiGatewayManaged: true, AutoDeploy: true, StageName: '$default', DeploymentId: /./ }] } } },
    ],
  },
];
