/**
 * Delivery to one subscription. SQS subscribers get the envelope (or, with RawMessageDelivery, the
 * bare message with its attributes as SQS message attributes); Lambda subscribers are invoked
 * asynchronously with the SNS event; other protocols have no reachable endpoint in the sandbox, so
 * their deliveries are only traced.
 *
 * SNS sends to a queue as sns.amazonaws.com, so the queue's access policy must allow it
 * sqs:SendMessage with aws:SourceArn = the topic's ARN; a queue without such a statement refuses the
 * message (SQS's AccessDenied), and SNS treats that as a client-side error: no retry, the message
 * goes to the subscription's dead-letter queue (its RedrivePolicy) when it has one — whose own
 * policy must let SNS in the same way.
 */
import type { Cloud } from '../cloud.ts';
import { AwsError } from '../errors.ts';
import { deliveryRefusal } from '../sqs/access-policy.ts';
import { sendToQueue } from '../sqs/index.ts';
import { lineageCount } from '../lambda/trace-header.ts';
import { lambdaEvent, sqsEnvelope, type Notification } from './envelope.ts';
import { toSqsAttributes } from './message-attributes.ts';
import type { SubscriptionRecord } from './state.ts';

/** The SenderId SQS records on messages SNS delivers (SNS's own principal in us-east-1). */
export const SNS_SENDER_ID = 'AIDAIT2UOQQY3AUEKVGXU';
/** The service principal SNS delivers as. */
export const SNS_PRINCIPAL = 'sns.amazonaws.com';

export interface FifoDelivery {
  messageGroupId: string;
  messageDeduplicationId: string;
}

type InvokeAsync = (functionArn: string, event: string, options: { sourceArn?: string; chain?: number }) => void;

export function deliver(cloud: Cloud, sub: SubscriptionRecord, n: Notification, message: string, fifo?: FifoDelivery): void {
  const base = { topicArn: sub.topicArn, subscriptionArn: sub.arn, protocol: sub.protocol, endpoint: sub.endpoint, messageId: n.messageId };
  if (sub.protocol === 'sqs') {
    const raw = sub.attributes.RawMessageDelivery === 'true';
    const body = raw ? message : sqsEnvelope(n, message, sub.arn);
    const refused = deliveryRefusal(cloud, sub.endpoint, SNS_PRINCIPAL, sub.topicArn, topicAccount(sub));
    if (refused) {
      cloud.trace({ type: 'sns.delivery-denied', ...base, principal: SNS_PRINCIPAL, ...refused });
      redrive(cloud, sub, body, base, fifo);
      return;
    }
    try {
      const sent = sendToQueue(cloud, sub.endpoint, body, raw ? toSqsAttributes(n.attributes) : undefined, SNS_SENDER_ID, fifo, n.traceHeader);
      cloud.trace({ type: 'sns.delivered', ...base, raw, sqsMessageId: sent.MessageId });
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      cloud.trace({ type: 'sns.delivery-failed', ...base, errorCode: error.code, errorMessage: error.message });
      redrive(cloud, sub, body, base, fifo);
    }
    return;
  }
  if (sub.protocol === 'lambda') {
    // The lead's Cloud.invokeAsync queues the event like an asynchronous Invoke from sns.amazonaws.com.
    const invoke = (cloud as unknown as { invokeAsync: InvokeAsync }).invokeAsync.bind(cloud);
    invoke(sub.endpoint, lambdaEvent(n, message, sub.arn), { sourceArn: sub.topicArn, ...(n.traceHeader ? { chain: lineageCount(n.traceHeader) } : {}) });
    cloud.trace({ type: 'sns.delivered', ...base });
    return;
  }
  cloud.trace({ type: 'sns.delivered', ...base, note: 'no endpoint is reachable from the sandbox' });
}

const topicAccount = (sub: SubscriptionRecord) => sub.topicArn.split(':')[4]!;

function redrive(cloud: Cloud, sub: SubscriptionRecord, body: string, base: Record<string, unknown>, fifo?: FifoDelivery): void {
  const policy = sub.attributes.RedrivePolicy;
  if (!policy) return;
  const target = (JSON.parse(policy) as { deadLetterTargetArn?: string }).deadLetterTargetArn;
  if (!target) return;
  const refused = deliveryRefusal(cloud, target, SNS_PRINCIPAL, sub.topicArn, topicAccount(sub));
  if (refused) {
    cloud.trace({ type: 'sns.redrive-failed', ...base, deadLetterTargetArn: target, errorCode: refused.errorCode, reason: `the dead-letter queue refused the message: ${refused.reason}` });
    return;
  }
  try {
    // A FIFO subscription's dead-letter queue is FIFO too: the message keeps its group.
    sendToQueue(cloud, target, body, undefined, SNS_SENDER_ID, fifo);
    cloud.trace({ type: 'sns.redriven', ...base, deadLetterTargetArn: target });
  } catch (error) {
    if (!(error instanceof AwsError)) throw error;
    cloud.trace({ type: 'sns.redrive-failed', ...base, deadLetterTargetArn: target, errorCode: error.code });
  }
}
