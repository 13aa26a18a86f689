/** Amazon SNS: topics, subscriptions and fan-out to SQS queues and Lambda functions. */
import type { Cloud } from '../cloud.ts';
import type { ServiceActions } from '../service.ts';
import { requireTopic } from './arns.ts';
import { publishMessage, type PublishResult } from './publish.ts';
import { subscriptionActions } from './subscriptions.ts';
import { topicActions } from './topics.ts';

export const snsActions: ServiceActions = { ...topicActions, ...subscriptionActions } as unknown as ServiceActions;

export { initialSnsState, type SnsState, type TopicRecord, type SubscriptionRecord } from './state.ts';
export { parseTopicArn, topicArn } from './arns.ts';
export { SNS_SENDER_ID } from './delivery.ts';

export interface PublishOptions {
  subject?: string;
  messageAttributes?: Record<string, { DataType: string; StringValue?: string; BinaryValue?: Uint8Array | string }>;
  /** FIFO topics */
  messageGroupId?: string;
  messageDeduplicationId?: string;
}

/**
 * Publishes as a service would (Lambda's destinations and dead-letter queues): the same validation
 * and fan-out as Publish; throws NotFound when the topic does not exist.
 */
export function publishToTopic(cloud: Cloud, topicArn: string, message: string, options: PublishOptions = {}): PublishResult {
  const topic = requireTopic(cloud, topicArn);
  return publishMessage(cloud, topic, {
    Message: message,
    ...(options.subject !== undefined ? { Subject: options.subject } : {}),
    ...(options.messageAttributes ? { MessageAttributes: options.messageAttributes } : {}),
    ...(options.messageGroupId !== undefined ? { MessageGroupId: options.messageGroupId } : {}),
    ...(options.messageDeduplicationId !== undefined ? { MessageDeduplicationId: options.messageDeduplicationId } : {}),
  });
}
