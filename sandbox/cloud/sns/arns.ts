/** Topic and subscription ARNs, and the SNS part of the cloud's state. */
import type { Cloud } from '../cloud.ts';
import { invalidParameter, topicNotFound } from './errors.ts';
import { initialSnsState, type SnsState, type TopicRecord } from './state.ts';

export const topicArn = (region: string, account: string, name: string) => `arn:aws:sns:${region}:${account}:${name}`;

export function snsState(cloud: Cloud): SnsState {
  const state = cloud.state as unknown as { sns?: SnsState };
  return (state.sns ??= initialSnsState());
}

export interface TopicLocation {
  region: string;
  account: string;
  name: string;
}

export function parseTopicArn(arn: string): TopicLocation | null {
  const m = /^arn:aws:sns:([a-z0-9-]+):(\d{12}):([A-Za-z0-9_.-]+)$/.exec(arn);
  return m ? { region: m[1]!, account: m[2]!, name: m[3]! } : null;
}

/** The topic an ARN names: malformed is InvalidParameter (`TopicArn`), absent is NotFound. */
export function requireTopic(cloud: Cloud, arn: unknown, member = 'TopicArn'): TopicRecord {
  if (typeof arn !== 'string' || !parseTopicArn(arn)) throw invalidParameter(member);
  const topic = snsState(cloud).topics[arn];
  if (!topic) throw topicNotFound();
  return topic;
}

/** Subscription ARNs are the topic's ARN and a UUID. */
export function parseSubscriptionArn(arn: string): { topicArn: string; id: string } | null {
  const m = /^(arn:aws:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_.-]+):([0-9a-f-]{36})$/.exec(arn);
  return m ? { topicArn: m[1]!, id: m[2]! } : null;
}

/** Topic names: 1–256 of [A-Za-z0-9_-]; a FIFO topic's ends in `.fifo`. */
export function validTopicName(name: string, fifo: boolean): boolean {
  if (name.length < 1 || name.length > 256) return false;
  return fifo ? /^[A-Za-z0-9_-]+\.fifo$/.test(name) : /^[A-Za-z0-9_-]+$/.test(name);
}
