/**
 * Amazon EventBridge (botocore data/events/2015-10-07, JSON protocol): rules with a schedule or an
 * event pattern, their targets, PutEvents and TestEventPattern, as the sandbox engine answers them.
 * `aws events put-targets --rule r --targets Id=1,Arn=arn:aws:lambda:…` works through the CLI's
 * shorthand for a list of structures.
 */
import { boolean, integer, list, map, member, string, structure, timestamp, type OperationModel, type ServiceModel } from './shapes.ts';

const RuleName = string({ name: 'RuleName', min: 1, max: 64 });
const EventBusNameOrArn = string({ name: 'EventBusNameOrArn', min: 1, max: 1600 });
const NextToken = string({ name: 'NextToken', min: 1, max: 2048 });
const LimitMax100 = integer({ name: 'LimitMax100', min: 1, max: 100 });
const TargetId = string({ name: 'TargetId', min: 1, max: 64 });
const RoleArn = string({ name: 'RoleArn', min: 1, max: 1600 });
const EventPattern = string({ name: 'EventPattern', max: 4096 });
const BUS_DOC = 'The name or ARN of the event bus associated with the rule.';

const Tag = structure({
  Key: member(string({ name: 'TagKey', min: 1, max: 128 }), 'A string you can use to assign a value.'),
  Value: member(string({ name: 'TagValue', min: 0, max: 256 }), 'The value for the specified tag key.'),
}, { name: 'Tag', required: ['Key', 'Value'] });

const Target = structure({
  Id: member(TargetId, 'The ID of the target within the specified rule.'),
  Arn: member(string({ name: 'TargetArn', min: 1, max: 1600 }), 'The Amazon Resource Name (ARN) of the target.'),
  RoleArn: member(RoleArn, 'The Amazon Resource Name (ARN) of the IAM role to be used for this target when the rule is triggered.'),
  Input: member(string({ name: 'TargetInput', max: 8192 }), 'Valid JSON text passed to the target.'),
  InputPath: member(string({ name: 'TargetInputPath', max: 256 }), 'The value of the JSONPath that is used for extracting part of the matched event when passing it to the target.'),
  InputTransformer: member(structure({
    InputPathsMap: member(map(string({ name: 'InputTransformerPathKey', min: 1, max: 256 }), string({ name: 'TargetInputPath', max: 256 }), { name: 'TransformerPaths' }), 'Map of JSON paths to be extracted from the event.'),
    InputTemplate: member(string({ name: 'TransformerInput', min: 1, max: 8192 }), 'Input template where you specify placeholders that will be filled with the values of the keys from InputPathsMap to customize the data sent to the target.'),
  }, { name: 'InputTransformer', required: ['InputTemplate'] }), 'Settings to enable you to provide custom input to a target based on certain event data.'),
  RetryPolicy: member(structure({
    MaximumRetryAttempts: member(integer({ name: 'MaximumRetryAttempts', min: 0, max: 185 }), 'The maximum number of retry attempts to make before the request fails.'),
    MaximumEventAgeInSeconds: member(integer({ name: 'MaximumEventAgeInSeconds', min: 60, max: 86400 }), 'The maximum amount of time, in seconds, to continue to make retry attempts.'),
  }, { name: 'RetryPolicy' }), 'The retry policy configuration to use for the dead-letter queue.'),
  DeadLetterConfig: member(structure({
    Arn: member(string({ name: 'ResourceArn', min: 1, max: 1600 }), 'The ARN of the SQS queue specified as the target for the dead-letter queue.'),
  }, { name: 'DeadLetterConfig' }), 'The DeadLetterConfig that defines the target queue to send dead-letter queue events to.'),
}, { name: 'Target', required: ['Id', 'Arn'] });

const DeleteRule: OperationModel = {
  name: 'DeleteRule',
  doc: 'Deletes the specified rule.',
  input: structure({
    Name: member(RuleName, 'The name of the rule.'),
    EventBusName: member(EventBusNameOrArn, BUS_DOC),
    Force: member(boolean, 'If this is a managed rule, created by an Amazon Web Services service on your behalf, you must specify Force as True to delete the rule.'),
  }, { name: 'DeleteRuleRequest', required: ['Name'] }),
};

const DescribeRule: OperationModel = {
  name: 'DescribeRule',
  doc: 'Describes the specified rule.',
  input: structure({
    Name: member(RuleName, 'The name of the rule.'),
    EventBusName: member(EventBusNameOrArn, BUS_DOC),
  }, { name: 'DescribeRuleRequest', required: ['Name'] }),
};

const DisableRule: OperationModel = {
  name: 'DisableRule',
  doc: 'Disables the specified rule.',
  input: structure({
    Name: member(RuleName, 'The name of the rule.'),
    EventBusName: member(EventBusNameOrArn, BUS_DOC),
  }, { name: 'DisableRuleRequest', required: ['Name'] }),
};

const EnableRule: OperationModel = {
  name: 'EnableRule',
  doc: 'Enables the specified rule.',
  input: structure({
    Name: member(RuleName, 'The name of the rule.'),
    EventBusName: member(EventBusNameOrArn, BUS_DOC),
  }, { name: 'EnableRuleRequest', required: ['Name'] }),
};

const ListRules: OperationModel = {
  name: 'ListRules',
  doc: 'Lists your Amazon EventBridge rules.',
  input: structure({
    NamePrefix: member(RuleName, 'The prefix matching the rule name.'),
    EventBusName: member(EventBusNameOrArn, 'The name or ARN of the event bus to list the rules for.'),
    NextToken: member(NextToken, 'The token returned by a previous call, which you can use to retrieve the next set of results.'),
    Limit: member(LimitMax100, 'The maximum number of results to return.'),
  }, { name: 'ListRulesRequest' }),
  paginator: { inputToken: ['NextToken'], outputToken: ['NextToken'], limitKey: 'Limit', resultKeys: ['Rules'] },
};

const ListTargetsByRule: OperationModel = {
  name: 'ListTargetsByRule',
  doc: 'Lists the targets assigned to the specified rule.',
  input: structure({
    Rule: member(RuleName, 'The name of the rule.'),
    EventBusName: member(EventBusNameOrArn, BUS_DOC),
    NextToken: member(NextToken, 'The token returned by a previous call, which you can use to retrieve the next set of results.'),
    Limit: member(LimitMax100, 'The maximum number of results to return.'),
  }, { name: 'ListTargetsByRuleRequest', required: ['Rule'] }),
  paginator: { inputToken: ['NextToken'], outputToken: ['NextToken'], limitKey: 'Limit', resultKeys: ['Targets'] },
};

const PutEvents: OperationModel = {
  name: 'PutEvents',
  doc: 'Sends custom events to Amazon EventBridge so that they can be matched to rules.',
  input: structure({
    Entries: member(list(structure({
      Time: member({ ...timestamp, name: 'EventTime' }, 'The time stamp of the event, per RFC3339.'),
      Source: member(string({ name: 'String' }), 'The source of the event.'),
      Resources: member(list(string({ name: 'EventResource' }), { name: 'EventResourceList' }), 'Amazon Web Services resources, identified by Amazon Resource Name (ARN), which the event primarily concerns.'),
      DetailType: member(string({ name: 'String' }), 'Free-form string, with a maximum of 128 characters, used to decide what fields to expect in the event detail.'),
      Detail: member(string({ name: 'String' }), 'A valid JSON object.'),
      EventBusName: member(string({ name: 'NonPartnerEventBusNameOrArn', min: 1, max: 1600 }), 'The name or ARN of the event bus to receive the event.'),
      TraceHeader: member(string({ name: 'TraceHeader', min: 1, max: 500 }), 'An X-Ray trace header, which is an http header (X-Amzn-Trace-Id) that contains the trace-id associated with the event.'),
    }, { name: 'PutEventsRequestEntry' }), { name: 'PutEventsRequestEntryList', min: 1, max: 10 }), 'The entry that defines an event in your system.'),
    EndpointId: member(string({ name: 'EndpointId', min: 1, max: 50 }), 'The URL subdomain of the endpoint.'),
  }, { name: 'PutEventsRequest', required: ['Entries'] }),
};

const PutRule: OperationModel = {
  name: 'PutRule',
  doc: 'Creates or updates the specified rule.',
  input: structure({
    Name: member(RuleName, 'The name of the rule that you are creating or updating.'),
    ScheduleExpression: member(string({ name: 'ScheduleExpression', max: 256 }), 'The scheduling expression. For example, "cron(0 20 * * ? *)" or "rate(5 minutes)".'),
    EventPattern: member(EventPattern, 'The event pattern.'),
    State: member(string({ name: 'RuleState', enum: ['ENABLED', 'DISABLED', 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS'] }), 'The state of the rule.'),
    Description: member(string({ name: 'RuleDescription', max: 512 }), 'A description of the rule.'),
    RoleArn: member(RoleArn, 'The Amazon Resource Name (ARN) of the IAM role associated with the rule.'),
    Tags: member(list(Tag, { name: 'TagList' }), 'The list of key-value pairs to associate with the rule.'),
    EventBusName: member(EventBusNameOrArn, 'The name or ARN of the event bus to associate with this rule.'),
  }, { name: 'PutRuleRequest', required: ['Name'] }),
};

const PutTargets: OperationModel = {
  name: 'PutTargets',
  doc: 'Adds the specified targets to the specified rule, or updates the targets if they are already associated with the rule.',
  input: structure({
    Rule: member(RuleName, 'The name of the rule.'),
    EventBusName: member(EventBusNameOrArn, BUS_DOC),
    Targets: member(list(Target, { name: 'TargetList', min: 1, max: 100 }), 'The targets to update or add to the rule.'),
  }, { name: 'PutTargetsRequest', required: ['Rule', 'Targets'] }),
};

const RemoveTargets: OperationModel = {
  name: 'RemoveTargets',
  doc: 'Removes the specified targets from the specified rule.',
  input: structure({
    Rule: member(RuleName, 'The name of the rule.'),
    EventBusName: member(EventBusNameOrArn, BUS_DOC),
    Ids: member(list(TargetId, { name: 'TargetIdList', min: 1, max: 100 }), 'The IDs of the targets to remove from the rule.'),
    Force: member(boolean, 'If this is a managed rule, created by an Amazon Web Services service on your behalf, you must specify Force as True to remove targets.'),
  }, { name: 'RemoveTargetsRequest', required: ['Rule', 'Ids'] }),
};

const TestEventPattern: OperationModel = {
  name: 'TestEventPattern',
  doc: 'Tests whether the specified event pattern matches the provided event.',
  input: structure({
    EventPattern: member(EventPattern, 'The event pattern.'),
    Event: member(string({ name: 'String' }), 'The event, in JSON format, to test against the event pattern.'),
  }, { name: 'TestEventPatternRequest', required: ['EventPattern', 'Event'] }),
};

/** Every command of the real `aws events` (the operations of service-2.json). */
const COMMANDS = [
  'activate-event-source', 'cancel-replay', 'create-api-destination', 'create-archive', 'create-connection',
  'create-endpoint', 'create-event-bus', 'create-partner-event-source', 'deactivate-event-source',
  'deauthorize-connection', 'delete-api-destination', 'delete-archive', 'delete-connection', 'delete-endpoint',
  'delete-event-bus', 'delete-partner-event-source', 'delete-rule', 'describe-api-destination', 'describe-archive',
  'describe-connection', 'describe-endpoint', 'describe-event-bus', 'describe-event-source',
  'describe-partner-event-source', 'describe-replay', 'describe-rule', 'disable-rule', 'enable-rule',
  'list-api-destinations', 'list-archives', 'list-connections', 'list-endpoints', 'list-event-buses',
  'list-event-sources', 'list-partner-event-source-accounts', 'list-partner-event-sources', 'list-replays',
  'list-rule-names-by-target', 'list-rules', 'list-tags-for-resource', 'list-targets-by-rule', 'put-events',
  'put-partner-events', 'put-permission', 'put-rule', 'put-targets', 'remove-permission', 'remove-targets',
  'start-replay', 'tag-resource', 'test-event-pattern', 'untag-resource', 'update-api-destination', 'update-archive',
  'update-connection', 'update-endpoint', 'update-event-bus',
];

export const eventsModel: ServiceModel = {
  cliName: 'events',
  endpointPrefix: 'events',
  fullName: 'Amazon EventBridge',
  doc: 'EventBridge routes events to targets: rules match events put on a bus by their pattern, or fire on a schedule (rate or cron), and invoke their targets, such as Lambda functions.',
  operations: {
    DeleteRule, DescribeRule, DisableRule, EnableRule, ListRules, ListTargetsByRule, PutEvents, PutRule, PutTargets,
    RemoveTargets, TestEventPattern,
  },
  commands: COMMANDS,
};
