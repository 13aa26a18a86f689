/** A cloud with SQS and SNS state, callers for both as the learner, and a recording invokeAsync. */
import { LEARNER } from '../../../sandbox/cloud/accounts.ts';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { initialSnsState, snsActions } from '../../../sandbox/cloud/sns/index.ts';
import { initialSqsState, sqsActions } from '../../../sandbox/cloud/sqs/index.ts';
import { queuePolicy } from '../../helpers/access-policies.ts';
import { newCloud } from '../../helpers/cloud.ts';

export interface Invocation {
  functionArn: string;
  event: string;
  options: { sourceArn?: string };
}

export function snsCloud(seed = 1): { cloud: Cloud; invocations: Invocation[] } {
  const cloud = newCloud(seed);
  const state = cloud.state as unknown as Record<string, unknown>;
  state.sqs = initialSqsState();
  state.sns = initialSnsState();
  const invocations: Invocation[] = [];
  (cloud as unknown as { invokeAsync: unknown }).invokeAsync = (functionArn: string, event: string, options: { sourceArn?: string }) => {
    invocations.push({ functionArn, event, options });
  };
  return { cloud, invocations };
}

const ctx = (cloud: Cloud) => ({ cloud, identity: LEARNER, region: 'us-east-1' });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function sns(cloud: Cloud, action: string, input: Record<string, unknown> = {}): Promise<any> {
  return await snsActions[action]!(ctx(cloud), input);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function sqs(cloud: Cloud, action: string, input: Record<string, unknown> = {}): Promise<any> {
  return await sqsActions[action]!(ctx(cloud), input);
}

export async function snsError(cloud: Cloud, action: string, input: Record<string, unknown> = {}) {
  try {
    await sns(cloud, action, input);
  } catch (error) {
    return error as { code: string; message: string; status: number };
  }
  throw new Error(`expected ${action} to fail`);
}

export const TOPIC_PREFIX = 'arn:aws:sns:us-east-1:111111111111:';
export const QUEUE_ARN_PREFIX = 'arn:aws:sqs:us-east-1:111111111111:';

/** Sets a queue's Policy so that sns.amazonaws.com may send to it for the topic, as the SNS guide says. */
export async function allowTopic(cloud: Cloud, queueName: string, topicArn: string): Promise<void> {
  const QueueUrl = `https://sqs.us-east-1.amazonaws.com/111111111111/${queueName}`;
  await sqs(cloud, 'SetQueueAttributes', { QueueUrl, Attributes: { Policy: queuePolicy(`${QUEUE_ARN_PREFIX}${queueName}`, 'sns.amazonaws.com', topicArn) } });
}

/** A topic with a queue subscribed for each name; each queue's policy lets the topic send to it. */
export async function topicWithQueues(cloud: Cloud, topic: string, queues: string[], attributes: Record<string, string> = {}) {
  const { TopicArn } = await sns(cloud, 'CreateTopic', { Name: topic });
  const urls: string[] = [];
  const subscriptions: string[] = [];
  for (const name of queues) {
    urls.push((await sqs(cloud, 'CreateQueue', { QueueName: name })).QueueUrl);
    await allowTopic(cloud, name, TopicArn);
    const sub = await sns(cloud, 'Subscribe', {
      TopicArn,
      Protocol: 'sqs',
      Endpoint: `${QUEUE_ARN_PREFIX}${name}`,
      ...(Object.keys(attributes).length ? { Attributes: attributes } : {}),
    });
    subscriptions.push(sub.SubscriptionArn);
  }
  return { TopicArn: TopicArn as string, urls, subscriptions };
}

/** Every body waiting in a queue. */
export async function drain(cloud: Cloud, url: string): Promise<Array<{ Body: string; MessageAttributes?: Record<string, unknown>; Attributes?: Record<string, string> }>> {
  const out = await sqs(cloud, 'ReceiveMessage', { QueueUrl: url, MaxNumberOfMessages: 10, MessageAttributeNames: ['All'], AttributeNames: ['All'] });
  return out.Messages ?? [];
}
