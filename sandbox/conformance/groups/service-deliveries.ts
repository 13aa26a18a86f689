/**
 * Services delivering to queues and topics: SNS, S3 and EventBridge send as their service principals,
 * so the queue's or topic's access policy decides — nothing arrives until it allows the service for
 * the source. Policies that are not policy documents are refused; a FIFO queue as an event source
 * keeps each message group in order and blocks only the group of a failing message.
 */
import { WORKER_ROLE_STEPS, createWorker, esm, events, group, lambda, payload, queueArn, queueUrl, receiveAll, s3, sns, sqs, topicArn } from '../build.ts';
import { line } from '../patterns.ts';
import type { Scenario } from '../types.ts';

const ruleArn = (name: string) => `arn:aws:events:us-east-1:111111111111:rule/${name}`;

/** The statement the SQS guide gives: the service principal may SendMessage for this source. */
const allowQueue = (queue: string, service: string, sourceArn: string) => sqs('SetQueueAttributes', {
  QueueUrl: queueUrl(queue),
  Attributes: {
    Policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sqs:SendMessage', Resource: queueArn(queue), Condition: { ArnEquals: { 'aws:SourceArn': sourceArn } } }],
    }),
  },
});

const nothing = { output: { Messages: undefined } };
const BUCKET = 'uploads-bucket';
const notifyQueue = s3('PutBucketNotificationConfiguration', {
  Bucket: BUCKET,
  NotificationConfiguration: { QueueConfigurations: [{ Id: 'to-queue', QueueArn: queueArn('uploads'), Events: ['s3:ObjectCreated:*'] }] },
});
const ORDER = { Source: 'com.shop', DetailType: 'Order Placed', Detail: '{"id":42}' };

export const serviceDeliveries: Scenario[] = [
  {
    name: 'SNS does not deliver to a queue whose policy does not allow sns.amazonaws.com for the topic; after SetQueueAttributes it does',
    steps: [
      { call: sns('CreateTopic', { Name: 'orders' }) },
      { call: sqs('CreateQueue', { QueueName: 'billing' }) },
      { call: sns('Subscribe', { TopicArn: topicArn('orders'), Protocol: 'sqs', Endpoint: queueArn('billing'), Attributes: { RawMessageDelivery: 'true' } }) },
      { call: sns('Publish', { TopicArn: topicArn('orders'), Message: 'refused' }), expect: { output: { MessageId: /^[0-9a-f-]{36}$/ } } },
      { call: receiveAll('billing'), expect: nothing },
      { call: allowQueue('billing', 'sns.amazonaws.com', topicArn('orders')) },
      { call: sns('Publish', { TopicArn: topicArn('orders'), Message: 'delivered' }) },
      { call: receiveAll('billing'), expect: { output: { Messages: [{ Body: 'delivered', Attributes: { SenderId: 'AIDAIT2UOQQY3AUEKVGXU' } }] } } },
    ],
  },
  {
    name: 'A refused SNS delivery goes to the subscription dead-letter queue when that queue allows the topic',
    steps: [
      { call: sns('CreateTopic', { Name: 'orders' }) },
      { call: sqs('CreateQueue', { QueueName: 'billing' }) },
      { call: sqs('CreateQueue', { QueueName: 'billing-dlq' }) },
      { call: allowQueue('billing-dlq', 'sns.amazonaws.com', topicArn('orders')) },
      {
        call: sns('Subscribe', {
          TopicArn: topicArn('orders'), Protocol: 'sqs', Endpoint: queueArn('billing'),
          Attributes: { RawMessageDelivery: 'true', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: queueArn('billing-dlq') }) },
        }),
      },
      { call: sns('Publish', { TopicArn: topicArn('orders'), Message: 'order 7' }) },
      { call: receiveAll('billing'), expect: nothing },
      { call: receiveAll('billing-dlq'), expect: { output: { Messages: [{ Body: 'order 7' }] } } },
    ],
  },
  {
    name: 'A bucket notification to a queue that does not allow s3.amazonaws.com is refused; with the policy it is saved and PutObject sends the record',
    steps: [
      { call: s3('CreateBucket', { Bucket: BUCKET }) },
      { call: sqs('CreateQueue', { QueueName: 'uploads' }) },
      {
        call: notifyQueue,
        expect: {
          error: {
            code: 'InvalidArgument', status: 400, message: 'Unable to validate the following destination configurations',
            extra: { ArgumentName: queueArn('uploads'), ArgumentValue: 'Permissions on the destination queue do not allow S3 to publish notifications from this bucket' },
          },
        },
      },
      { call: allowQueue('uploads', 's3.amazonaws.com', `arn:aws:s3:::${BUCKET}`) },
      { call: notifyQueue, expect: { output: {} } },
      { call: sqs('PurgeQueue', { QueueUrl: queueUrl('uploads') }), note: 'the s3:TestEvent' },
      { advance: 1000 },
      { call: s3('PutObject', { Bucket: BUCKET, Key: 'a.txt', Body: payload('x') }) },
      {
        call: receiveAll('uploads'),
        expect: { json: [{ path: 'Messages.0.Body', match: { Records: [{ eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { configurationId: 'to-queue', bucket: { name: BUCKET }, object: { key: 'a.txt', size: 1 } } }] } }] },
      },
    ],
  },
  {
    name: 'A bucket notification naming a queue ARN of another service is not well formed',
    steps: [
      { call: s3('CreateBucket', { Bucket: BUCKET }) },
      {
        call: s3('PutBucketNotificationConfiguration', {
          Bucket: BUCKET, SkipDestinationValidation: true,
          NotificationConfiguration: { QueueConfigurations: [{ QueueArn: topicArn('uploads'), Events: ['s3:ObjectCreated:*'] }] },
        }),
        expect: { error: { code: 'InvalidArgument', message: 'The ARN is not well formed', extra: { ArgumentName: 'QueueArn', ArgumentValue: topicArn('uploads') } } },
      },
    ],
  },
  {
    name: 'An EventBridge rule delivers the event to a queue target only once the queue allows events.amazonaws.com for the rule',
    steps: [
      { call: sqs('CreateQueue', { QueueName: 'orders' }) },
      { call: events('PutRule', { Name: 'orders', EventPattern: '{"source":["com.shop"]}' }) },
      { call: events('PutTargets', { Rule: 'orders', Targets: [{ Id: 'q', Arn: queueArn('orders'), InputPath: '$.detail' }] }), expect: { output: { FailedEntryCount: 0 } } },
      { call: events('PutEvents', { Entries: [ORDER] }), expect: { output: { FailedEntryCount: 0 } } },
      { call: receiveAll('orders'), expect: nothing },
      { call: allowQueue('orders', 'events.amazonaws.com', ruleArn('orders')) },
      { call: events('PutEvents', { Entries: [ORDER] }) },
      { call: receiveAll('orders'), expect: { output: { Messages: [{ Body: '{"id":42}' }] } } },
    ],
  },
  {
    name: 'A FIFO queue target needs SqsParameters with a MessageGroupId',
    steps: [
      { call: sqs('CreateQueue', { QueueName: 'orders.fifo', Attributes: { FifoQueue: 'true' } }) },
      { call: events('PutRule', { Name: 'orders', EventPattern: '{"source":["com.shop"]}' }) },
      {
        call: events('PutTargets', { Rule: 'orders', Targets: [{ Id: 'fifo', Arn: queueArn('orders.fifo') }] }),
        expect: { error: { code: 'ValidationException', message: 'Parameter(s) SqsParameters must be specified for target: fifo.' } },
      },
      { call: events('PutTargets', { Rule: 'orders', Targets: [{ Id: 'fifo', Arn: queueArn('orders.fifo'), SqsParameters: { MessageGroupId: 'shop' } }] }), expect: { output: { FailedEntryCount: 0 } } },
    ],
  },
  {
    name: 'A Policy attribute that is not a policy document is refused by SQS and by SNS in their own words',
    steps: [
      { call: sqs('CreateQueue', { QueueName: 'q' }) },
      { call: sqs('SetQueueAttributes', { QueueUrl: queueUrl('q'), Attributes: { Policy: 'file://policy.json' } }), expect: { error: { code: 'InvalidAttributeValue', message: 'Invalid value for the parameter Policy.' } } },
      { call: sns('CreateTopic', { Name: 't' }) },
      { call: sns('SetTopicAttributes', { TopicArn: topicArn('t'), AttributeName: 'Policy', AttributeValue: '{"Statement":' }), expect: { error: { code: 'InvalidParameter', message: 'Invalid parameter: Policy Error: null' } } },
    ],
  },
  {
    name: 'A FIFO queue as an event source keeps each message group in order; a failing message holds back only its own group',
    steps: [
      ...WORKER_ROLE_STEPS,
      { call: sqs('CreateQueue', { QueueName: 'orders.fifo', Attributes: { FifoQueue: 'true', ContentBasedDeduplication: 'true' } }) },
      { call: createWorker('worker', esm('export const handler = async (e) => { for (const r of e.Records) { console.log("got", r.body, r.attributes.MessageGroupId); if (r.body === "a1") throw new Error("poison"); } };')) },
      ...[['a1', 'A'], ['b1', 'B'], ['a2', 'A'], ['b2', 'B']].map(([body, groupId]) => ({ call: sqs('SendMessage', { QueueUrl: queueUrl('orders.fifo'), MessageBody: body, MessageGroupId: groupId }) })),
      { call: lambda('CreateEventSourceMapping', { EventSourceArn: queueArn('orders.fifo'), FunctionName: 'worker', BatchSize: 1 }) },
      {
        settle: true,
        note: 'a1 failed and stays in flight: a2 waits behind it, group B goes on',
        expect: { logGroup: group('worker'), logs: [line.console('INFO', 'got a1 A'), line.console('INFO', 'got b1 B'), line.console('INFO', 'got b2 B')], logCount: [[/\tINFO\tgot a2 A$/, 0]] },
      },
      { advance: 31_000, note: 'the visibility timeout ends: a1 again, before a2', expect: { logGroup: group('worker'), logCount: [[/\tINFO\tgot a1 A$/, 2], [/\tINFO\tgot a2 A$/, 0]] } },
    ],
  },
];
