/**
 * The access policy of a queue or a topic (its `Policy` attribute) as the gate for services that
 * deliver to it. S3, SNS and EventBridge send as their service principals (s3.amazonaws.com …), and
 * a service principal has no identity policies: only the target's own policy can let it in, with
 * aws:SourceArn naming the bucket, topic or rule — `Cloud.canServicePublish` asks the one evaluator.
 * A queue has no policy until one is set; a new topic's default policy admits its own account's
 * principals only. So every such delivery needs a statement the learner writes, as on AWS.
 */
import type { Cloud } from '../cloud.ts';
import { findQueueByArn } from './names.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether a Policy attribute's text is a policy document at all: a JSON object with a Statement (one
 * statement or a non-empty list), each an object whose Effect is Allow or Deny. SQS and SNS refuse
 * anything else when the attribute is set (SQS: "Invalid value for the parameter Policy.", SNS:
 * "Invalid parameter: Policy Error: null").
 */
export function isPolicyDocument(text: string): boolean {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return false;
  }
  if (!isObject(doc)) return false;
  const statements = Array.isArray(doc.Statement) ? doc.Statement : isObject(doc.Statement) ? [doc.Statement] : [];
  return statements.length > 0 && statements.every((s) => isObject(s) && (s.Effect === 'Allow' || s.Effect === 'Deny'));
}

export interface DeliveryRefusal {
  /** What the target service would answer the sender: SQS's `AccessDenied`, SNS's `AuthorizationError`. */
  errorCode: string;
  errorMessage: string;
  /** The same in the learner's terms: what to change. */
  reason: string;
}

/**
 * Why `service` may not deliver to the queue or topic `targetArn` for `sourceArn`, or null when its
 * policy allows it. A target that does not exist is not refused here: sending to it fails on its own
 * (NonExistentQueue, NotFound), which is the sender's usual failure path.
 */
export function deliveryRefusal(cloud: Cloud, targetArn: string, service: string, sourceArn: string, sourceAccount: string): DeliveryRefusal | null {
  const kind = targetArn.split(':')[2];
  if (kind === 'sqs') {
    const queue = findQueueByArn(cloud, targetArn);
    if (!queue || cloud.canServicePublish(targetArn, service, sourceArn, sourceAccount)) return null;
    const what = queue.attributes.Policy
      ? `the queue's access policy does not allow ${service} to send messages to it from ${sourceArn}`
      : `the queue has no access policy, so ${service} may not send messages to it`;
    return {
      errorCode: 'AccessDenied',
      errorMessage: `Access to the resource ${queue.url} is denied.`,
      reason: `${what}; set a Policy (aws sqs set-queue-attributes --queue-url ${queue.url} --attributes Policy=…) with a statement that allows sqs:SendMessage to the principal ${service} on ${targetArn} with the condition aws:SourceArn = ${sourceArn}`,
    };
  }
  if (kind === 'sns') {
    const topic = (cloud.state.sns?.topics ?? {})[targetArn];
    if (!topic || cloud.canServicePublish(targetArn, service, sourceArn, sourceAccount)) return null;
    return {
      errorCode: 'AuthorizationError',
      errorMessage: `User: ${service} is not authorized to perform: SNS:Publish on resource: ${targetArn} because no resource-based policy allows the SNS:Publish action`,
      reason: `the topic's access policy does not allow ${service} to publish to it from ${sourceArn} (a new topic's default policy admits only its own account); add a statement that allows sns:Publish to the principal ${service} on ${targetArn} with the condition aws:SourceArn = ${sourceArn} (aws sns set-topic-attributes --topic-arn ${targetArn} --attribute-name Policy --attribute-value …)`,
    };
  }
  return null;
}
