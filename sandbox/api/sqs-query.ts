/**
 * SQS over the query protocol, which clients from before SQS moved to JSON still send (AWS CLI v1
 * before 1.29.x, boto3 before 1.28.x, the AWS SDK for JavaScript v2 before 2.1400s, the .NET and Java
 * v1 SDKs of the time): `Action=SendMessage&QueueUrl=…&MessageAttribute.1.Name=…`, often POSTed to
 * the queue URL itself, answered with `<SendMessageResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/">`.
 *
 * The JSON model in models/sqs.json has lost the query names, so this file puts them back over it:
 * the traits below are botocore's data/sqs/2012-11-05/service-2.json as it was while its protocol
 * was `query` (until botocore 1.31.x): flattened lists and maps whose elements are named
 * `Attribute` (Name/Value), `Tag` (Key/Value), `MessageAttribute` (Name/Value with StringValue,
 * BinaryValue, StringListValue, BinaryListValue, DataType), `AttributeName`, `MessageAttributeName`,
 * `TagKey`, `QueueUrl`, `SendMessageBatchRequestEntry` …, and each output in an `<Action>Result`
 * wrapper. Only the operations the cloud implements are covered; members the model gained after the
 * move (ReceiveMessage's MessageSystemAttributeNames) take the singular name by the same rule.
 */
import { resolve, SERVICES, type OperationSpec, type ServiceSpec, type ShapeRef } from './model.ts';

/** The query names of one member: its own element name, a list's item name, a map's key and value names. */
interface QueryName {
  name?: string;
  item?: string;
  key?: string;
  value?: string;
  /** The members of the structure inside (a list's item, a map's value, or the member itself). */
  members?: Record<string, QueryName>;
}
type Members = Record<string, QueryName>;

const ATTRIBUTES: QueryName = { name: 'Attribute', key: 'Name', value: 'Value' };
const TAGS: QueryName = { name: 'Tag', key: 'Key', value: 'Value' };
const ATTRIBUTE_VALUE: Members = {
  StringListValues: { name: 'StringListValue', item: 'StringListValue' },
  BinaryListValues: { name: 'BinaryListValue', item: 'BinaryListValue' },
};
const MESSAGE_ATTRIBUTES: QueryName = { name: 'MessageAttribute', key: 'Name', value: 'Value', members: ATTRIBUTE_VALUE };
const SYSTEM_ATTRIBUTES: QueryName = { name: 'MessageSystemAttribute', key: 'Name', value: 'Value', members: ATTRIBUTE_VALUE };
const FAILED: QueryName = { item: 'BatchResultErrorEntry' };
const SEND_ENTRY: Members = { MessageAttributes: MESSAGE_ATTRIBUTES, MessageSystemAttributes: SYSTEM_ATTRIBUTES };

/** By operation: the input's and the output's query names; an output is wrapped in `<Action>Result`. */
const OVERLAY: Record<string, { input?: Members; output?: Members }> = {
  ChangeMessageVisibility: {},
  ChangeMessageVisibilityBatch: {
    input: { Entries: { item: 'ChangeMessageVisibilityBatchRequestEntry' } },
    output: { Successful: { item: 'ChangeMessageVisibilityBatchResultEntry' }, Failed: FAILED },
  },
  CreateQueue: { input: { Attributes: ATTRIBUTES, tags: TAGS }, output: {} },
  DeleteMessage: {},
  DeleteMessageBatch: {
    input: { Entries: { item: 'DeleteMessageBatchRequestEntry' } },
    output: { Successful: { item: 'DeleteMessageBatchResultEntry' }, Failed: FAILED },
  },
  DeleteQueue: {},
  GetQueueAttributes: { input: { AttributeNames: { item: 'AttributeName' } }, output: { Attributes: ATTRIBUTES } },
  GetQueueUrl: { output: {} },
  ListDeadLetterSourceQueues: { output: { queueUrls: { item: 'QueueUrl' } } },
  ListQueueTags: { output: { Tags: TAGS } },
  ListQueues: { output: { QueueUrls: { item: 'QueueUrl' } } },
  PurgeQueue: {},
  ReceiveMessage: {
    input: {
      AttributeNames: { item: 'AttributeName' },
      MessageSystemAttributeNames: { item: 'MessageSystemAttributeName' },
      MessageAttributeNames: { item: 'MessageAttributeName' },
    },
    output: { Messages: { item: 'Message', members: { Attributes: ATTRIBUTES, MessageAttributes: MESSAGE_ATTRIBUTES } } },
  },
  SendMessage: { input: SEND_ENTRY, output: {} },
  SendMessageBatch: {
    input: { Entries: { item: 'SendMessageBatchRequestEntry', members: SEND_ENTRY } },
    output: { Successful: { item: 'SendMessageBatchResultEntry' }, Failed: FAILED },
  },
  SetQueueAttributes: { input: { Attributes: ATTRIBUTES } },
  TagQueue: { input: { Tags: TAGS } },
  UntagQueue: { input: { TagKeys: { item: 'TagKey' } } },
};

/** The shape written out in full (no references), so names can be set on one place without touching another. */
function inline(spec: ServiceSpec, ref: ShapeRef | undefined): ShapeRef {
  const shape = resolve(spec, ref);
  const out: ShapeRef = { ...shape };
  if (shape.members) out.members = Object.fromEntries(Object.entries(shape.members).map(([k, m]) => [k, inline(spec, m)]));
  if (shape.member) out.member = inline(spec, shape.member);
  if (shape.key) out.key = inline(spec, shape.key);
  if (shape.value) out.value = inline(spec, shape.value);
  return out;
}

function named(shape: ShapeRef, names: Members | undefined): ShapeRef {
  if (!names || !shape.members) return shape;
  const members = { ...shape.members };
  for (const [memberName, q] of Object.entries(names)) {
    const m = members[memberName];
    if (!m) throw new Error(`sqs-query overlay: ${memberName} is not a member`);
    const next: ShapeRef = { ...m, ...(q.name ? { locationName: q.name } : {}) };
    if (q.item && next.member) next.member = named({ ...next.member, locationName: q.item }, q.members);
    if (q.item) next.flattened = true;
    if (next.type === 'map') {
      next.flattened = true;
      next.key = { ...next.key, locationName: q.key ?? 'key' };
      next.value = named({ ...next.value, locationName: q.value ?? 'value' }, q.members);
    } else if (next.type === 'structure') Object.assign(next, named(next, q.members));
    members[memberName] = next;
  }
  return { ...shape, members };
}

function queryOperation(spec: ServiceSpec, op: OperationSpec): OperationSpec {
  const overlay = OVERLAY[op.name] ?? {};
  const input = named(inline(spec, op.input), overlay.input);
  const output = overlay.output ? { ...named(inline(spec, op.output), overlay.output), resultWrapper: `${op.name}Result` } : undefined;
  return { ...op, input, ...(output ? { output } : { output: undefined }) };
}

/** SQS as a query-protocol service: the JSON model's operations with the query names above. */
export function sqsQuerySpec(json: ServiceSpec = SERVICES.sqs!): ServiceSpec {
  const operations = Object.fromEntries(Object.values(json.operations).filter((op) => op.name in OVERLAY).map((op) => [op.name, queryOperation(json, op)]));
  return {
    service: json.service,
    metadata: { ...json.metadata, protocol: 'query', xmlNamespace: 'http://queue.amazonaws.com/doc/2012-11-05/', targetPrefix: undefined, jsonVersion: undefined },
    operations,
    shapes: {},
  };
}

export const SQS_QUERY: ServiceSpec = sqsQuerySpec();

/** Messages whose query-era wording differs from the JSON protocol's (AWS SDKs' own integration tests expect these). */
export const SQS_QUERY_MESSAGES: Record<string, string> = {
  'AWS.SimpleQueueService.NonExistentQueue': 'The specified queue does not exist for this wsdl version.',
};
