/**
 * Amazon Simple Notification Service (botocore data/sns/2010-03-31, query protocol): topics,
 * subscriptions, tags, Publish and PublishBatch, as the sandbox engine answers them. Subscribe's
 * `Endpoint` member is offered as `--notification-endpoint` by the CLI's argrename customization
 * (customizations/argrename.ts).
 */
import { blob, boolean, list, map, member, string, structure, type OperationModel, type ServiceModel } from './shapes.ts';

const PlainString = string({ name: 'String' });
const TopicArn = string({ name: 'topicARN' });
const SubscriptionArn = string({ name: 'subscriptionARN' });
const NextToken = string({ name: 'nextToken' });
const AttributeName = string({ name: 'attributeName' });
const AttributeValue = string({ name: 'attributeValue' });
const AttributesMap = (name: string) => map(AttributeName, AttributeValue, { name });

const MessageAttributeMap = map(PlainString, structure({
  DataType: member(PlainString, 'Amazon SNS supports the following logical data types: String, String.Array, Number, and Binary.'),
  StringValue: member(PlainString, 'Strings are Unicode with UTF8 binary encoding.'),
  BinaryValue: member({ ...blob, name: 'Binary' }, 'Binary type attributes can store any binary data, for example, compressed data, encrypted data, or images.'),
}, { name: 'MessageAttributeValue', required: ['DataType'] }), { name: 'MessageAttributeMap' });

const FIFO_ONLY = 'This parameter applies only to FIFO (first-in-first-out) topics.';
const TagKey = string({ name: 'TagKey', min: 1, max: 128 });
const TagList = list(structure({
  Key: member(TagKey, 'The required key portion of the tag.'),
  Value: member(string({ name: 'TagValue', min: 0, max: 256 }), 'The optional value portion of the tag.'),
}, { name: 'Tag', required: ['Key', 'Value'] }), { name: 'TagList' });
const ResourceArn = string({ name: 'AmazonResourceName', min: 1, max: 1011 });

const CreateTopic: OperationModel = {
  name: 'CreateTopic',
  doc: 'Creates a topic to which notifications can be published.',
  input: structure({
    Name: member(string({ name: 'topicName' }), 'The name of the topic you want to create.'),
    Attributes: member(AttributesMap('TopicAttributesMap'), 'A map of attributes with their corresponding values.'),
    Tags: member(TagList, 'The list of tags to add to a new topic.'),
    DataProtectionPolicy: member(AttributeValue, 'The body of the policy document you want to use for this topic.'),
  }, { name: 'CreateTopicInput', required: ['Name'] }),
};

const DeleteTopic: OperationModel = {
  name: 'DeleteTopic',
  doc: 'Deletes a topic and all its subscriptions.',
  input: structure({
    TopicArn: member(TopicArn, 'The ARN of the topic you want to delete.'),
  }, { name: 'DeleteTopicInput', required: ['TopicArn'] }),
};

const GetSubscriptionAttributes: OperationModel = {
  name: 'GetSubscriptionAttributes',
  doc: 'Returns all of the properties of a subscription.',
  input: structure({
    SubscriptionArn: member(SubscriptionArn, 'The ARN of the subscription whose properties you want to get.'),
  }, { name: 'GetSubscriptionAttributesInput', required: ['SubscriptionArn'] }),
};

const GetTopicAttributes: OperationModel = {
  name: 'GetTopicAttributes',
  doc: 'Returns all of the properties of a topic.',
  input: structure({
    TopicArn: member(TopicArn, 'The ARN of the topic whose properties you want to get.'),
  }, { name: 'GetTopicAttributesInput', required: ['TopicArn'] }),
};

const ListSubscriptions: OperationModel = {
  name: 'ListSubscriptions',
  doc: "Returns a list of the requester's subscriptions.",
  input: structure({
    NextToken: member(NextToken, 'Token returned by the previous ListSubscriptions request.'),
  }, { name: 'ListSubscriptionsInput' }),
  paginator: { inputToken: ['NextToken'], outputToken: ['NextToken'], resultKeys: ['Subscriptions'] },
};

const ListSubscriptionsByTopic: OperationModel = {
  name: 'ListSubscriptionsByTopic',
  doc: 'Returns a list of the subscriptions to a specific topic.',
  input: structure({
    TopicArn: member(TopicArn, 'The ARN of the topic for which you wish to find subscriptions.'),
    NextToken: member(NextToken, 'Token returned by the previous ListSubscriptionsByTopic request.'),
  }, { name: 'ListSubscriptionsByTopicInput', required: ['TopicArn'] }),
  paginator: { inputToken: ['NextToken'], outputToken: ['NextToken'], resultKeys: ['Subscriptions'] },
};

const ListTopics: OperationModel = {
  name: 'ListTopics',
  doc: "Returns a list of the requester's topics.",
  input: structure({
    NextToken: member(NextToken, 'Token returned by the previous ListTopics request.'),
  }, { name: 'ListTopicsInput' }),
  paginator: { inputToken: ['NextToken'], outputToken: ['NextToken'], resultKeys: ['Topics'] },
};

const Publish: OperationModel = {
  name: 'Publish',
  doc: 'Sends a message to an Amazon SNS topic, a text message (SMS message) directly to a phone number, or a message to a mobile platform endpoint (when you specify the TargetArn).',
  input: structure({
    TopicArn: member(TopicArn, 'The topic you want to publish to.'),
    TargetArn: member(PlainString, "If you don't specify a value for the TargetArn parameter, you must specify a value for the PhoneNumber or TopicArn parameters."),
    PhoneNumber: member(string({ name: 'PhoneNumber' }), 'The phone number to which you want to deliver an SMS message.'),
    Message: member(string({ name: 'message' }), 'The message you want to send.'),
    Subject: member(string({ name: 'subject' }), 'Optional parameter to be used as the "Subject" line when the message is delivered to email endpoints.'),
    MessageStructure: member(string({ name: 'messageStructure' }), 'Set MessageStructure to json if you want to send a different message for each protocol.'),
    MessageAttributes: member(MessageAttributeMap, 'Message attributes for Publish action.'),
    MessageDeduplicationId: member(PlainString, FIFO_ONLY),
    MessageGroupId: member(PlainString, FIFO_ONLY),
  }, { name: 'PublishInput', required: ['Message'] }),
};

const ListTagsForResource: OperationModel = {
  name: 'ListTagsForResource',
  doc: 'List all tags added to the specified Amazon SNS topic.',
  input: structure({
    ResourceArn: member(ResourceArn, 'The ARN of the topic for which to list tags.'),
  }, { name: 'ListTagsForResourceRequest', required: ['ResourceArn'] }),
};

const PublishBatch: OperationModel = {
  name: 'PublishBatch',
  doc: 'Publishes up to ten messages to the specified topic.',
  input: structure({
    TopicArn: member(TopicArn, 'The Amazon resource name (ARN) of the topic you want to batch publish to.'),
    PublishBatchRequestEntries: member(list(structure({
      Id: member(PlainString, 'An identifier for the message in this batch.'),
      Message: member(string({ name: 'message' }), 'The body of the message.'),
      Subject: member(string({ name: 'subject' }), 'The subject of the batch message.'),
      MessageStructure: member(string({ name: 'messageStructure' }), 'Set MessageStructure to json if you want to send a different message for each protocol.'),
      MessageAttributes: member(MessageAttributeMap, 'Each message attribute consists of a Name, Type, and Value.'),
      MessageDeduplicationId: member(PlainString, FIFO_ONLY),
      MessageGroupId: member(PlainString, FIFO_ONLY),
    }, { name: 'PublishBatchRequestEntry', required: ['Id', 'Message'] }), { name: 'PublishBatchRequestEntryList' }),
    'A list of PublishBatch request entries to be sent to the SNS topic.'),
  }, { name: 'PublishBatchInput', required: ['TopicArn', 'PublishBatchRequestEntries'] }),
};

const SetSubscriptionAttributes: OperationModel = {
  name: 'SetSubscriptionAttributes',
  doc: 'Allows a subscription owner to set an attribute of the subscription to a new value.',
  input: structure({
    SubscriptionArn: member(SubscriptionArn, 'The ARN of the subscription to modify.'),
    AttributeName: member(AttributeName, 'A map of attributes with their corresponding values.'),
    AttributeValue: member(AttributeValue, 'The new value for the attribute in JSON format.'),
  }, { name: 'SetSubscriptionAttributesInput', required: ['SubscriptionArn', 'AttributeName'] }),
};

const SetTopicAttributes: OperationModel = {
  name: 'SetTopicAttributes',
  doc: 'Allows a topic owner to set an attribute of the topic to a new value.',
  input: structure({
    TopicArn: member(TopicArn, 'The ARN of the topic to modify.'),
    AttributeName: member(AttributeName, 'A map of attributes with their corresponding values.'),
    AttributeValue: member(AttributeValue, 'The new value for the attribute.'),
  }, { name: 'SetTopicAttributesInput', required: ['TopicArn', 'AttributeName'] }),
};

const Subscribe: OperationModel = {
  name: 'Subscribe',
  doc: 'Subscribes an endpoint to an Amazon SNS topic.',
  input: structure({
    TopicArn: member(TopicArn, 'The ARN of the topic you want to subscribe to.'),
    Protocol: member(string({ name: 'protocol' }), 'The protocol that you want to use.'),
    Endpoint: member(string({ name: 'endpoint' }), 'The endpoint that you want to receive notifications.'),
    Attributes: member(AttributesMap('SubscriptionAttributesMap'), 'A map of attributes with their corresponding values.'),
    ReturnSubscriptionArn: member({ ...boolean, name: 'boolean' }, 'Sets whether the response from the Subscribe request includes the subscription ARN, even if the subscription is not yet confirmed.'),
  }, { name: 'SubscribeInput', required: ['TopicArn', 'Protocol'] }),
};

const TagResource: OperationModel = {
  name: 'TagResource',
  doc: 'Add tags to the specified Amazon SNS topic.',
  input: structure({
    ResourceArn: member(ResourceArn, 'The ARN of the topic to which to add tags.'),
    Tags: member(TagList, 'The tags to be added to the specified topic.'),
  }, { name: 'TagResourceRequest', required: ['ResourceArn', 'Tags'] }),
};

const UntagResource: OperationModel = {
  name: 'UntagResource',
  doc: 'Remove tags from the specified Amazon SNS topic.',
  input: structure({
    ResourceArn: member(ResourceArn, 'The ARN of the topic from which to remove tags.'),
    TagKeys: member(list(TagKey, { name: 'TagKeyList' }), 'The list of tag keys to remove from the specified topic.'),
  }, { name: 'UntagResourceRequest', required: ['ResourceArn', 'TagKeys'] }),
};

const Unsubscribe: OperationModel = {
  name: 'Unsubscribe',
  doc: 'Deletes a subscription.',
  input: structure({
    SubscriptionArn: member(SubscriptionArn, 'The ARN of the subscription to be deleted.'),
  }, { name: 'UnsubscribeInput', required: ['SubscriptionArn'] }),
};

/** Every command of the real `aws sns` (the operations of service-2.json). */
const COMMANDS = [
  'add-permission', 'check-if-phone-number-is-opted-out', 'confirm-subscription', 'create-platform-application',
  'create-platform-endpoint', 'create-sms-sandbox-phone-number', 'create-topic', 'delete-endpoint',
  'delete-platform-application', 'delete-sms-sandbox-phone-number', 'delete-topic', 'get-data-protection-policy',
  'get-endpoint-attributes', 'get-platform-application-attributes', 'get-sms-attributes',
  'get-sms-sandbox-account-status', 'get-subscription-attributes', 'get-topic-attributes',
  'list-endpoints-by-platform-application', 'list-origination-numbers', 'list-phone-numbers-opted-out',
  'list-platform-applications', 'list-sms-sandbox-phone-numbers', 'list-subscriptions', 'list-subscriptions-by-topic',
  'list-tags-for-resource', 'list-topics', 'opt-in-phone-number', 'publish', 'publish-batch',
  'put-data-protection-policy', 'remove-permission', 'set-endpoint-attributes', 'set-platform-application-attributes',
  'set-sms-attributes', 'set-subscription-attributes', 'set-topic-attributes', 'subscribe', 'tag-resource',
  'unsubscribe', 'untag-resource', 'verify-sms-sandbox-phone-number',
];

export const snsModel: ServiceModel = {
  cliName: 'sns',
  endpointPrefix: 'sns',
  fullName: 'Amazon Simple Notification Service',
  doc: 'SNS delivers each message published to a topic to every subscription of that topic: queues, functions, HTTP endpoints, email addresses.',
  operations: {
    CreateTopic, DeleteTopic, GetSubscriptionAttributes, GetTopicAttributes, ListSubscriptions,
    ListSubscriptionsByTopic, ListTagsForResource, ListTopics, Publish, PublishBatch, SetSubscriptionAttributes,
    SetTopicAttributes, Subscribe, TagResource, Unsubscribe, UntagResource,
  },
  commands: COMMANDS,
};
