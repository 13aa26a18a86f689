/**
 * Amazon Simple Queue Service (botocore data/sqs/2012-11-05, JSON protocol): the queue, message and
 * tag operations the sandbox engine answers. Member names are the JSON protocol's (`QueueUrl`,
 * `MessageBody`, `Attributes`, and the lower-case `tags` of CreateQueue). Almost every member is a
 * plain string or integer without constraints, so the service, not botocore, judges most values.
 */
import { blob, integer, list, map, member, string, structure, type OperationModel, type ServiceModel } from './shapes.ts';

const PlainString = string({ name: 'String' });
const NullableInteger = integer({ name: 'NullableInteger' });

const QueueAttributeName = string({
  name: 'QueueAttributeName',
  enum: [
    'All', 'Policy', 'VisibilityTimeout', 'MaximumMessageSize', 'MessageRetentionPeriod', 'ApproximateNumberOfMessages',
    'ApproximateNumberOfMessagesNotVisible', 'CreatedTimestamp', 'LastModifiedTimestamp', 'QueueArn',
    'ApproximateNumberOfMessagesDelayed', 'DelaySeconds', 'ReceiveMessageWaitTimeSeconds', 'RedrivePolicy', 'FifoQueue',
    'ContentBasedDeduplication', 'KmsMasterKeyId', 'KmsDataKeyReusePeriodSeconds', 'DeduplicationScope',
    'FifoThroughputLimit', 'RedriveAllowPolicy', 'SqsManagedSseEnabled',
  ],
});
const QueueAttributeMap = map(QueueAttributeName, PlainString, { name: 'QueueAttributeMap' });
const AttributeNameList = list(QueueAttributeName, { name: 'AttributeNameList' });
const TagMap = map(string({ name: 'TagKey' }), string({ name: 'TagValue' }), { name: 'TagMap' });

const MessageSystemAttributeName = string({
  name: 'MessageSystemAttributeName',
  enum: [
    'All', 'SenderId', 'SentTimestamp', 'ApproximateReceiveCount', 'ApproximateFirstReceiveTimestamp', 'SequenceNumber',
    'MessageDeduplicationId', 'MessageGroupId', 'AWSTraceHeader', 'DeadLetterQueueSourceArn',
  ],
});

const Binary = { ...blob, name: 'Binary' };

/** MessageAttributeValue and MessageSystemAttributeValue have the same members. */
function attributeValue(name: string) {
  return structure({
    StringValue: member(PlainString, 'Strings are Unicode with UTF-8 binary encoding.'),
    BinaryValue: member(Binary, 'Binary type attributes can store any binary data, such as compressed data, encrypted data, or images.'),
    StringListValues: member(list(PlainString, { name: 'StringList' }), 'Not implemented.'),
    BinaryListValues: member(list(Binary, { name: 'BinaryList' }), 'Not implemented.'),
    DataType: member(PlainString, 'Amazon SQS supports the following logical data types: String, Number, and Binary.'),
  }, { name, required: ['DataType'] });
}

const MessageBodyAttributeMap = map(PlainString, attributeValue('MessageAttributeValue'), { name: 'MessageBodyAttributeMap' });
const MessageBodySystemAttributeMap = map(
  string({ name: 'MessageSystemAttributeNameForSends', enum: ['AWSTraceHeader'] }),
  attributeValue('MessageSystemAttributeValue'),
  { name: 'MessageBodySystemAttributeMap' },
);

const FIFO_ONLY = 'This parameter applies only to FIFO (first-in-first-out) queues.';

const CreateQueue: OperationModel = {
  name: 'CreateQueue',
  doc: 'Creates a new standard or FIFO queue.',
  input: structure({
    QueueName: member(PlainString, 'The name of the new queue.'),
    Attributes: member(QueueAttributeMap, 'A map of attributes with their corresponding values.'),
    tags: member(TagMap, 'Add cost allocation tags to the specified Amazon SQS queue.'),
  }, { name: 'CreateQueueRequest', required: ['QueueName'] }),
};

const DeleteMessage: OperationModel = {
  name: 'DeleteMessage',
  doc: 'Deletes the specified message from the specified queue.',
  input: structure({
    QueueUrl: member(PlainString, 'The URL of the Amazon SQS queue from which messages are deleted.'),
    ReceiptHandle: member(PlainString, 'The receipt handle associated with the message to delete.'),
  }, { name: 'DeleteMessageRequest', required: ['QueueUrl', 'ReceiptHandle'] }),
};

const DeleteMessageBatch: OperationModel = {
  name: 'DeleteMessageBatch',
  doc: 'Deletes up to ten messages from the specified queue.',
  input: structure({
    QueueUrl: member(PlainString, 'The URL of the Amazon SQS queue from which messages are deleted.'),
    Entries: member(list(structure({
      Id: member(PlainString, 'The identifier for this particular receipt handle.'),
      ReceiptHandle: member(PlainString, 'A receipt handle.'),
    }, { name: 'DeleteMessageBatchRequestEntry', required: ['Id', 'ReceiptHandle'] }), { name: 'DeleteMessageBatchRequestEntryList' }),
    'Lists the receipt handles for the messages to be deleted.'),
  }, { name: 'DeleteMessageBatchRequest', required: ['QueueUrl', 'Entries'] }),
};

const ChangeMessageVisibilityBatch: OperationModel = {
  name: 'ChangeMessageVisibilityBatch',
  doc: 'Changes the visibility timeout of multiple messages.',
  input: structure({
    QueueUrl: member(PlainString, "The URL of the Amazon SQS queue whose messages' visibility is changed."),
    Entries: member(list(structure({
      Id: member(PlainString, 'An identifier for this particular receipt handle used to communicate the result.'),
      ReceiptHandle: member(PlainString, 'A receipt handle.'),
      VisibilityTimeout: member(NullableInteger, "The new value (in seconds) for the message's visibility timeout."),
    }, { name: 'ChangeMessageVisibilityBatchRequestEntry', required: ['Id', 'ReceiptHandle'] }), { name: 'ChangeMessageVisibilityBatchRequestEntryList' }),
    'Lists the receipt handles of the messages for which the visibility timeout must be changed.'),
  }, { name: 'ChangeMessageVisibilityBatchRequest', required: ['QueueUrl', 'Entries'] }),
};

const ChangeMessageVisibility: OperationModel = {
  name: 'ChangeMessageVisibility',
  doc: 'Changes the visibility timeout of a specified message in a queue to a new value.',
  input: structure({
    QueueUrl: member(PlainString, "The URL of the Amazon SQS queue whose message's visibility is changed."),
    ReceiptHandle: member(PlainString, 'The receipt handle associated with the message, whose visibility timeout is changed.'),
    VisibilityTimeout: member(NullableInteger, "The new value for the message's visibility timeout (in seconds)."),
  }, { name: 'ChangeMessageVisibilityRequest', required: ['QueueUrl', 'ReceiptHandle', 'VisibilityTimeout'] }),
};

const DeleteQueue: OperationModel = {
  name: 'DeleteQueue',
  doc: "Deletes the queue specified by the QueueUrl, regardless of the queue's contents.",
  input: structure({
    QueueUrl: member(PlainString, 'The URL of the Amazon SQS queue to delete.'),
  }, { name: 'DeleteQueueRequest', required: ['QueueUrl'] }),
};

const GetQueueAttributes: OperationModel = {
  name: 'GetQueueAttributes',
  doc: 'Gets attributes for the specified queue.',
  input: structure({
    QueueUrl: member(PlainString, 'The URL of the Amazon SQS queue whose attribute information is retrieved.'),
    AttributeNames: member(AttributeNameList, 'A list of attributes for which to retrieve information.'),
  }, { name: 'GetQueueAttributesRequest', required: ['QueueUrl'] }),
};

const GetQueueUrl: OperationModel = {
  name: 'GetQueueUrl',
  doc: 'Returns the URL of an existing Amazon SQS queue.',
  input: structure({
    QueueName: member(PlainString, 'The name of the queue whose URL must be fetched.'),
    QueueOwnerAWSAccountId: member(PlainString, 'The Amazon Web Services account ID of the account that created the queue.'),
  }, { name: 'GetQueueUrlRequest', required: ['QueueName'] }),
};

const ListDeadLetterSourceQueues: OperationModel = {
  name: 'ListDeadLetterSourceQueues',
  doc: 'Returns a list of your queues that have the RedrivePolicy queue attribute configured with a dead-letter queue.',
  input: structure({
    QueueUrl: member(PlainString, 'The URL of a dead-letter queue.'),
    NextToken: member(string({ name: 'Token' }), 'Pagination token to request the next set of results.'),
    MaxResults: member(integer({ name: 'BoxedInteger' }), 'Maximum number of results to include in the response.'),
  }, { name: 'ListDeadLetterSourceQueuesRequest', required: ['QueueUrl'] }),
  paginator: { inputToken: ['NextToken'], outputToken: ['NextToken'], limitKey: 'MaxResults', resultKeys: ['queueUrls'] },
};

const ListQueueTags: OperationModel = {
  name: 'ListQueueTags',
  doc: 'List all cost allocation tags added to the specified Amazon SQS queue.',
  input: structure({
    QueueUrl: member(PlainString, 'The URL of the queue.'),
  }, { name: 'ListQueueTagsRequest', required: ['QueueUrl'] }),
};

const ListQueues: OperationModel = {
  name: 'ListQueues',
  doc: 'Returns a list of your queues in the current region.',
  input: structure({
    QueueNamePrefix: member(PlainString, 'A string to use for filtering the list results.'),
    NextToken: member(string({ name: 'Token' }), 'Pagination token to request the next set of results.'),
    MaxResults: member(integer({ name: 'BoxedInteger' }), 'Maximum number of results to include in the response.'),
  }, { name: 'ListQueuesRequest' }),
  paginator: { inputToken: ['NextToken'], outputToken: ['NextToken'], limitKey: 'MaxResults', resultKeys: ['QueueUrls'] },
};

const PurgeQueue: OperationModel = {
  name: 'PurgeQueue',
  doc: 'Deletes available messages in a queue (including in-flight messages) specified by the QueueURL parameter.',
  input: structure({
    QueueUrl: member(PlainString, 'The URL of the queue from which the PurgeQueue action deletes messages.'),
  }, { name: 'PurgeQueueRequest', required: ['QueueUrl'] }),
};

const ReceiveMessage: OperationModel = {
  name: 'ReceiveMessage',
  doc: 'Retrieves one or more messages (up to 10), from the specified queue.',
  input: structure({
    QueueUrl: member(PlainString, 'The URL of the Amazon SQS queue from which messages are received.'),
    AttributeNames: member(AttributeNameList, 'This parameter has been deprecated but will be supported for backward compatibility.', { deprecated: true }),
    MessageSystemAttributeNames: member(list(MessageSystemAttributeName, { name: 'MessageSystemAttributeList' }), 'A list of attributes that need to be returned along with each message.'),
    MessageAttributeNames: member(list(string({ name: 'MessageAttributeName' }), { name: 'MessageAttributeNameList' }), 'The name of the message attribute, where N is the index.'),
    MaxNumberOfMessages: member(NullableInteger, 'The maximum number of messages to return.'),
    VisibilityTimeout: member(NullableInteger, 'The duration (in seconds) that the received messages are hidden from subsequent retrieve requests after being retrieved by a ReceiveMessage request.'),
    WaitTimeSeconds: member(NullableInteger, 'The duration (in seconds) for which the call waits for a message to arrive in the queue before returning.'),
    ReceiveRequestAttemptId: member(PlainString, FIFO_ONLY),
  }, { name: 'ReceiveMessageRequest', required: ['QueueUrl'] }),
};

const SendMessage: OperationModel = {
  name: 'SendMessage',
  doc: 'Delivers a message to the specified queue.',
  input: structure({
    QueueUrl: member(PlainString, 'The URL of the Amazon SQS queue to which a message is sent.'),
    MessageBody: member(PlainString, 'The message to send.'),
    DelaySeconds: member(NullableInteger, 'The length of time, in seconds, for which to delay a specific message.'),
    MessageAttributes: member(MessageBodyAttributeMap, 'Each message attribute consists of a Name, Type, and Value.'),
    MessageSystemAttributes: member(MessageBodySystemAttributeMap, 'The message system attribute to send.'),
    MessageDeduplicationId: member(PlainString, FIFO_ONLY),
    MessageGroupId: member(PlainString, FIFO_ONLY),
  }, { name: 'SendMessageRequest', required: ['QueueUrl', 'MessageBody'] }),
};

const SendMessageBatch: OperationModel = {
  name: 'SendMessageBatch',
  doc: 'You can use SendMessageBatch to send up to 10 messages to the specified queue by assigning either identical or different values to each message (or by not assigning values at all).',
  input: structure({
    QueueUrl: member(PlainString, 'The URL of the Amazon SQS queue to which batched messages are sent.'),
    Entries: member(list(structure({
      Id: member(PlainString, 'An identifier for a message in this batch used to communicate the result.'),
      MessageBody: member(PlainString, 'The body of the message.'),
      DelaySeconds: member(NullableInteger, 'The length of time, in seconds, for which a specific message is delayed.'),
      MessageAttributes: member(MessageBodyAttributeMap, 'Each message attribute consists of a Name, Type, and Value.'),
      MessageSystemAttributes: member(MessageBodySystemAttributeMap, 'The message system attribute to send Each message system attribute consists of a Name, Type, and Value.'),
      MessageDeduplicationId: member(PlainString, FIFO_ONLY),
      MessageGroupId: member(PlainString, FIFO_ONLY),
    }, { name: 'SendMessageBatchRequestEntry', required: ['Id', 'MessageBody'] }), { name: 'SendMessageBatchRequestEntryList' }),
    'A list of SendMessageBatchRequestEntry items.'),
  }, { name: 'SendMessageBatchRequest', required: ['QueueUrl', 'Entries'] }),
};

const SetQueueAttributes: OperationModel = {
  name: 'SetQueueAttributes',
  doc: 'Sets the value of one or more queue attributes, like a policy.',
  input: structure({
    QueueUrl: member(PlainString, 'The URL of the Amazon SQS queue whose attributes are set.'),
    Attributes: member(QueueAttributeMap, 'A map of attributes to set.'),
  }, { name: 'SetQueueAttributesRequest', required: ['QueueUrl', 'Attributes'] }),
};

const TagQueue: OperationModel = {
  name: 'TagQueue',
  doc: 'Add cost allocation tags to the specified Amazon SQS queue.',
  input: structure({
    QueueUrl: member(PlainString, 'The URL of the queue.'),
    Tags: member(TagMap, 'The list of tags to be added to the specified queue.'),
  }, { name: 'TagQueueRequest', required: ['QueueUrl', 'Tags'] }),
};

const UntagQueue: OperationModel = {
  name: 'UntagQueue',
  doc: 'Remove cost allocation tags from the specified Amazon SQS queue.',
  input: structure({
    QueueUrl: member(PlainString, 'The URL of the queue.'),
    TagKeys: member(list(string({ name: 'TagKey' }), { name: 'TagKeyList' }), 'The list of tags to be removed from the specified queue.'),
  }, { name: 'UntagQueueRequest', required: ['QueueUrl', 'TagKeys'] }),
};

/** Every command of the real `aws sqs` (the operations of service-2.json; SQS has no customizations). */
const COMMANDS = [
  'add-permission', 'cancel-message-move-task', 'change-message-visibility', 'change-message-visibility-batch',
  'create-queue', 'delete-message', 'delete-message-batch', 'delete-queue', 'get-queue-attributes', 'get-queue-url',
  'list-dead-letter-source-queues', 'list-message-move-tasks', 'list-queue-tags', 'list-queues', 'purge-queue',
  'receive-message', 'remove-permission', 'send-message', 'send-message-batch', 'set-queue-attributes',
  'start-message-move-task', 'tag-queue', 'untag-queue',
];

export const sqsModel: ServiceModel = {
  cliName: 'sqs',
  endpointPrefix: 'sqs',
  fullName: 'Amazon Simple Queue Service',
  doc: 'SQS holds messages in queues between the parts of an application: producers send messages, consumers receive them, process them and delete them.',
  operations: {
    ChangeMessageVisibility, ChangeMessageVisibilityBatch, CreateQueue, DeleteMessage, DeleteMessageBatch,
    DeleteQueue, GetQueueAttributes, GetQueueUrl, ListDeadLetterSourceQueues, ListQueueTags, ListQueues, PurgeQueue,
    ReceiveMessage, SendMessage, SendMessageBatch, SetQueueAttributes, TagQueue, UntagQueue,
  },
  commands: COMMANDS,
};
