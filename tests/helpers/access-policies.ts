/**
 * The access policies a learner writes so that a service may deliver to a queue or a topic: the
 * statement the SQS and SNS developer guides give (the service principal, the one action, the
 * source's ARN as aws:SourceArn).
 */

/** A queue Policy that lets `service` (sns.amazonaws.com, s3.amazonaws.com, events.amazonaws.com) send for `sourceArn`. */
export function queuePolicy(queueArn: string, service: string, sourceArn: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'allow-service', Effect: 'Allow', Principal: { Service: service }, Action: 'sqs:SendMessage', Resource: queueArn, Condition: { ArnEquals: { 'aws:SourceArn': sourceArn } } }],
  });
}

/** A topic Policy that lets `service` publish for `sourceArn`. */
export function topicPolicy(topicArn: string, service: string, sourceArn: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'allow-service', Effect: 'Allow', Principal: { Service: service }, Action: 'sns:Publish', Resource: topicArn, Condition: { ArnLike: { 'aws:SourceArn': sourceArn } } }],
  });
}
