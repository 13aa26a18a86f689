/**
 * Amazon CloudWatch Logs (botocore data/logs/2014-03-28): members are camelCase in this API, so the
 * flags come out as `--log-group-name`, `--start-time` and so on. Timestamps here are `long`
 * milliseconds, not dates.
 */
import { boolean, integer, list, long, member, string, structure, type OperationModel, type ServiceModel } from './shapes.ts';

const LogGroupName = string({ name: 'LogGroupName', min: 1, max: 512 });
const LogGroupIdentifier = string({ name: 'LogGroupIdentifier', min: 1, max: 2048 });
const LogStreamName = string({ name: 'LogStreamName', min: 1, max: 512 });
const NextToken = string({ name: 'NextToken', min: 1 });
const DescribeLimit = integer({ name: 'DescribeLimit', min: 1, max: 50 });
const EventsLimit = integer({ name: 'EventsLimit', min: 1, max: 10000 });
const Timestamp = long({ name: 'Timestamp', min: 0 });

const DescribeLogGroups: OperationModel = {
  name: 'DescribeLogGroups',
  doc: 'Returns information about log groups.',
  input: structure({
    accountIdentifiers: member(list(string({ name: 'AccountId', min: 12, max: 12 }), { name: 'AccountIds', min: 0, max: 20 }), 'When includeLinkedAccounts is set to true, use this parameter to specify the list of accounts to search.'),
    logGroupNamePrefix: member(LogGroupName, 'The prefix to match.'),
    logGroupNamePattern: member(string({ name: 'LogGroupNamePattern', min: 0, max: 512 }), 'Returns only log groups whose names contain this string (a case-sensitive substring search).'),
    nextToken: member(NextToken, 'The token for the next set of items to return.'),
    limit: member(DescribeLimit, 'The maximum number of items returned.'),
    includeLinkedAccounts: member(boolean, 'If you are using a monitoring account, set this to true to have the operation return log groups in the accounts listed in accountIdentifiers.'),
    logGroupClass: member(string({ name: 'LogGroupClass', enum: ['STANDARD', 'INFREQUENT_ACCESS', 'DELIVERY'] }), 'Specifies the log group class for this log group.'),
    logGroupIdentifiers: member(list(LogGroupIdentifier, { name: 'DescribeLogGroupsLogGroupIdentifiers', min: 1, max: 50 }), 'Use this array to filter the list of log groups returned.'),
  }, { name: 'DescribeLogGroupsRequest' }),
  paginator: { inputToken: ['nextToken'], outputToken: ['nextToken'], limitKey: 'limit', resultKeys: ['logGroups'] },
};

const DescribeLogStreams: OperationModel = {
  name: 'DescribeLogStreams',
  doc: 'Lists the log streams for the specified log group.',
  input: structure({
    logGroupName: member(LogGroupName, 'The name of the log group.'),
    logGroupIdentifier: member(LogGroupIdentifier, 'Specify either the name or ARN of the log group to view.'),
    logStreamNamePrefix: member(LogStreamName, 'The prefix to match.'),
    orderBy: member(string({ name: 'OrderBy', enum: ['LogStreamName', 'LastEventTime'] }), 'If the value is LogStreamName, the results are ordered by log stream name; if LastEventTime, by the event time.'),
    descending: member(boolean, 'If the value is true, results are returned in descending order.'),
    nextToken: member(NextToken, 'The token for the next set of items to return.'),
    limit: member(DescribeLimit, 'The maximum number of items returned.'),
  }, { name: 'DescribeLogStreamsRequest' }),
  paginator: { inputToken: ['nextToken'], outputToken: ['nextToken'], limitKey: 'limit', resultKeys: ['logStreams'] },
};

const GetLogEvents: OperationModel = {
  name: 'GetLogEvents',
  doc: 'Lists log events from the specified log stream.',
  input: structure({
    logGroupName: member(LogGroupName, 'The name of the log group.'),
    logGroupIdentifier: member(LogGroupIdentifier, 'Specify either the name or ARN of the log group to view events from.'),
    logStreamName: member(LogStreamName, 'The name of the log stream.'),
    startTime: member(Timestamp, 'The start of the time range, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.'),
    endTime: member(Timestamp, 'The end of the time range, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.'),
    nextToken: member(NextToken, 'The token for the next set of items to return.'),
    limit: member(EventsLimit, 'The maximum number of log events returned.'),
    startFromHead: member(boolean, 'If the value is true, the earliest log events are returned first.'),
    unmask: member(boolean, 'Specify true to display the log event fields with all sensitive data unmasked and visible.'),
  }, { name: 'GetLogEventsRequest', required: ['logStreamName'] }),
};

const FilterLogEvents: OperationModel = {
  name: 'FilterLogEvents',
  doc: 'Lists log events from the specified log group.',
  input: structure({
    logGroupName: member(LogGroupName, 'The name of the log group to search.'),
    logGroupIdentifier: member(LogGroupIdentifier, 'Specify either the name or ARN of the log group to view log events from.'),
    logStreamNames: member(list(LogStreamName, { name: 'InputLogStreamNames', min: 1, max: 100 }), 'Filters the results to only logs from the log streams in this list.'),
    logStreamNamePrefix: member(LogStreamName, 'Filters the results to include only events from log streams that have names starting with this prefix.'),
    startTime: member(Timestamp, 'The start of the time range, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.'),
    endTime: member(Timestamp, 'The end of the time range, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.'),
    filterPattern: member(string({ name: 'FilterPattern', min: 0, max: 1024 }), 'The filter pattern to use.'),
    nextToken: member(NextToken, 'The token for the next set of events to return.'),
    limit: member(EventsLimit, 'The maximum number of events to return.'),
    interleaved: member(boolean, 'If the value is true, the operation attempts to provide responses that contain events from multiple log streams within the log group, interleaved in a single response.', { deprecated: true }),
    unmask: member(boolean, 'Specify true to display the log event fields with all sensitive data unmasked and visible.'),
  }, { name: 'FilterLogEventsRequest' }),
  paginator: { inputToken: ['nextToken'], outputToken: ['nextToken'], limitKey: 'limit', resultKeys: ['events', 'searchedLogStreams'] },
};

/** Every command of the real `aws logs`: operations, then the `tail` customization. */
const COMMANDS = [
  'associate-kms-key', 'cancel-export-task', 'create-delivery', 'create-export-task', 'create-log-anomaly-detector',
  'create-log-group', 'create-log-stream', 'delete-account-policy', 'delete-data-protection-policy',
  'delete-delivery', 'delete-delivery-destination', 'delete-delivery-destination-policy', 'delete-delivery-source',
  'delete-destination', 'delete-index-policy', 'delete-integration', 'delete-log-anomaly-detector',
  'delete-log-group', 'delete-log-stream', 'delete-metric-filter', 'delete-query-definition',
  'delete-resource-policy', 'delete-retention-policy', 'delete-subscription-filter', 'delete-transformer',
  'describe-account-policies', 'describe-configuration-templates', 'describe-deliveries',
  'describe-delivery-destinations', 'describe-delivery-sources', 'describe-destinations', 'describe-export-tasks',
  'describe-field-indexes', 'describe-index-policies', 'describe-log-groups', 'describe-log-streams',
  'describe-metric-filters', 'describe-queries', 'describe-query-definitions', 'describe-resource-policies',
  'describe-subscription-filters', 'disassociate-kms-key', 'filter-log-events', 'get-data-protection-policy',
  'get-delivery', 'get-delivery-destination', 'get-delivery-destination-policy', 'get-delivery-source',
  'get-integration', 'get-log-anomaly-detector', 'get-log-events', 'get-log-group-fields', 'get-log-record',
  'get-query-results', 'get-transformer', 'list-anomalies', 'list-integrations', 'list-log-anomaly-detectors',
  'list-log-groups-for-query', 'list-tags-for-resource', 'list-tags-log-group', 'put-account-policy',
  'put-data-protection-policy', 'put-delivery-destination', 'put-delivery-destination-policy',
  'put-delivery-source', 'put-destination', 'put-destination-policy', 'put-index-policy', 'put-integration',
  'put-log-events', 'put-metric-filter', 'put-query-definition', 'put-resource-policy', 'put-retention-policy',
  'put-subscription-filter', 'put-transformer', 'start-live-tail', 'start-query', 'stop-query', 'tag-log-group',
  'tag-resource', 'test-metric-filter', 'test-transformer', 'untag-log-group', 'untag-resource',
  'update-anomaly', 'update-delivery-configuration', 'update-log-anomaly-detector', 'tail',
];

export const logsModel: ServiceModel = {
  cliName: 'logs',
  endpointPrefix: 'logs',
  fullName: 'Amazon CloudWatch Logs',
  doc: 'CloudWatch Logs stores the log events your functions and services write, in log groups and log streams, and lets you search and tail them.',
  operations: { DescribeLogGroups, DescribeLogStreams, FilterLogEvents, GetLogEvents },
  commands: COMMANDS,
};
