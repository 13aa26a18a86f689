/**
 * What subscribers receive. An SQS subscriber without raw delivery gets SNS's JSON envelope, written
 * the way SNS writes it: two-space indent and ` : ` after each key, attributes one per line as
 * compact `{"Type":…,"Value":…}`. A Lambda subscriber gets the SNS event record, whose URL keys are
 * spelled `SigningCertUrl` / `UnsubscribeUrl` and whose Subject is null when none was given.
 */
import { toBase64 } from '../bytes.ts';
import type { IdSource } from '../ids.ts';
import type { SnsAttribute } from './message-attributes.ts';

/** A published message, as every subscriber's copy is built from it. */
export interface Notification {
  messageId: string;
  topicArn: string;
  region: string;
  subject?: string;
  /** ISO 8601 with milliseconds, e.g. 2026-01-01T00:00:00.000Z */
  timestamp: string;
  signatureVersion: string;
  /** A plausible base64 RSA signature (256 bytes); nothing verifies it in the sandbox. */
  signature: string;
  attributes: Record<string, SnsAttribute>;
  sequenceNumber?: string;
  /** The publisher's X-Ray header: SNS passes it on, so a loop through the topic is counted. */
  traceHeader?: string;
}

/** The certificate SNS signs with (its public URL form; the file itself is not served). */
const CERT_ID = '9c6465fa7f48f5cacd23014631ec1136';
export const signingCertUrl = (region: string) => `https://sns.${region}.amazonaws.com/SimpleNotificationService-${CERT_ID}.pem`;
export const unsubscribeUrl = (region: string, subscriptionArn: string) =>
  `https://sns.${region}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${subscriptionArn}`;

export function fakeSignature(ids: IdSource): string {
  const bytes = new Uint8Array(256);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 256; i += 4) view.setUint32(i, ids.next());
  return toBase64(bytes);
}

/** The body an SQS subscriber receives without RawMessageDelivery. */
export function sqsEnvelope(n: Notification, message: string, subscriptionArn: string): string {
  const fields: Array<[string, string]> = [
    ['Type', 'Notification'],
    ['MessageId', n.messageId],
    ...(n.sequenceNumber ? ([['SequenceNumber', n.sequenceNumber]] as Array<[string, string]>) : []),
    ['TopicArn', n.topicArn],
    ...(n.subject !== undefined ? ([['Subject', n.subject]] as Array<[string, string]>) : []),
    ['Message', message],
    ['Timestamp', n.timestamp],
    ['SignatureVersion', n.signatureVersion],
    ['Signature', n.signature],
    ['SigningCertURL', signingCertUrl(n.region)],
    ['UnsubscribeURL', unsubscribeUrl(n.region, subscriptionArn)],
  ];
  const lines = fields.map(([k, v]) => `  ${JSON.stringify(k)} : ${JSON.stringify(v)}`);
  const names = Object.keys(n.attributes);
  if (names.length) {
    const attrs = names.map((name) => `    ${JSON.stringify(name)} : ${JSON.stringify({ Type: n.attributes[name]!.Type, Value: n.attributes[name]!.Value })}`);
    lines.push(`  "MessageAttributes" : {\n${attrs.join(',\n')}\n  }`);
  }
  return `{\n${lines.join(',\n')}\n}`;
}

/** The event a Lambda subscriber is invoked with. */
export function lambdaEvent(n: Notification, message: string, subscriptionArn: string): string {
  return JSON.stringify({
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: subscriptionArn,
        Sns: {
          Type: 'Notification',
          MessageId: n.messageId,
          ...(n.sequenceNumber ? { SequenceNumber: n.sequenceNumber } : {}),
          TopicArn: n.topicArn,
          Subject: n.subject ?? null,
          Message: message,
          Timestamp: n.timestamp,
          SignatureVersion: n.signatureVersion,
          Signature: n.signature,
          SigningCertUrl: signingCertUrl(n.region),
          UnsubscribeUrl: unsubscribeUrl(n.region, subscriptionArn),
          MessageAttributes: Object.fromEntries(Object.entries(n.attributes).map(([k, a]) => [k, { Type: a.Type, Value: a.Value }])),
        },
      },
    ],
  });
}
