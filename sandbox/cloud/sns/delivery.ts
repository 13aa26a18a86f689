/**
 * Delivery to one subscription. SQS subscribers get the envelope (or, with RawMessageDelivery, the
 * bare message with its attributes as SQS message attributes); Lambda subscribers are invoked
 * asynchronously with the SNS event; other protocols have no reachable endpoint in the sandbox, so
 * their deliveries are only traced. A failed SQS delivery goes to the subscription's dead-letter
 * queue (its RedrivePolicy) when it has one.
 */
import type { Cloud } from '../cloud.ts';
import { AwsError } from '../errors.ts';
import { sendToQueue } from '../sqs/index.ts';
import { lambdaEvent, sqsEnvelope, type Notification } from './envelope.ts';
import { toSqsAttributes } from './message-attributes.ts';
import type { SubscriptionRecord } from './state.ts';

/** The SenderId SQS records on messages SNS delivers (SNS's own principal in us-east-1). */
export const SNS_SENDER_ID = 'AIDAIT2UOQQY3AUEKVGXU';

export interface FifoDelivery {
  messageGroupId: string;
  messageDeduplicationId: string;
}

type InvokeAsync = (functionArn: string, event: string, options: { sourceArn?: string }) => void;

export function deliver(cloud: Cloud, sub: SubscriptionRecord, n: Notification, message: string, fifo?: FifoDelivery): void {
  const base = { topicArn: sub.topicArn, subscriptionArn: sub.arn, protocol: sub.protocol, endpoint: sub.endpoint, messageId: n.messageId };
  if (sub.protocol === 'sqs') {
    const raw = sub.attributes.RawMessageDelivery === 'true';
    const body = raw ? message : sqsEnvelope(n, message, sub.arn);
    try {
      const sent = sendToQueue(cloud, sub.endpoint, body, raw ? toSqsAttributes(n.attributes) : undefined, SNS_SENDER_ID, fifo);
      cloud.trace({ type: 'sns.delivered', ...base, raw, sqsMessageId: sent.MessageId });
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      cloud.trace({ type: 'sns.delivery-failed', ...base, errorCode: error.code, errorMessage: error.message });
      redrive(cloud, sub, body, base);
    }
    return;
  }
  if (sub.protocol === 'lambda') {
    // The lead's Cloud.invokeAsync queues the event like an asynchronous Invoke from sns.amazonaws.com.
    const invoke = (cloud as unknown as { invokeAsync: InvokeAsync }).invokeAsync.bind(cloud);
    invoke(sub.endpoint, lambdaEvent(n, message, sub.arn), { sourceArn: sub.topicArn });
    cloud.trace({ type: 'sns.delivered', ...base });
    return;
  }
  cloud.trace({ type: 'sns.delivered', ...base, note: 'no endpoint is reachable from the sandbox' });
}

function redrive(cloud: Cloud, sub: SubscriptionRecord, body: string, base: Record<string, unknown>): void {
  const policy = sub.attributes.RedrivePolicy;
  if (!policy) return;
  const target = (JSON.parse(policy) as { deadLetterTargetArn?: string }).deadLetterTargetArn;
  if (!target) return;
  try {
    sendToQueue(cloud, target, body, undefined, SNS_SENDER_ID);
    cloud.trace({ type: 'sns.redriven', ...base, deadLetterTargetArn: target });
  } catch (error) {
    if (!(error instanceof AwsError)) throw error;
    cloud.trace({ type: 'sns.redrive-failed', ...base, deadLetterTargetArn: target, errorCode: error.code });
  }
}
