/** Queue names, URLs and ARNs, exactly as SQS forms them. */
import type { Cloud } from '../cloud.ts';
import { initialSqsState, type QueueRecord, type SqsState } from './state.ts';

export const queueUrl = (region: string, account: string, name: string) => `https://sqs.${region}.amazonaws.com/${account}/${name}`;
export const queueArn = (region: string, account: string, name: string) => `arn:aws:sqs:${region}:${account}:${name}`;

/** The SQS part of the cloud's state (created on first use, so a snapshot from before SQS still loads). */
export function sqsState(cloud: Cloud): SqsState {
  const state = cloud.state as unknown as { sqs?: SqsState };
  return (state.sqs ??= initialSqsState());
}

export interface QueueLocation {
  region: string;
  account: string;
  name: string;
}

/**
 * Where a QueueUrl points. Besides `https://sqs.REGION.amazonaws.com/ACCOUNT/NAME` this accepts the
 * legacy `https://queue.amazonaws.com/…` and local endpoints (`http://localhost:4566/ACCOUNT/NAME`), as
 * SQS resolves the queue from the path; the region then is the caller's.
 */
export function parseQueueUrl(url: string, defaultRegion: string): QueueLocation | null {
  const m = /^https?:\/\/([^/]+)\/(\d{12})\/([^/?#]+)\/?$/.exec(url);
  if (!m) return null;
  const host = /^sqs\.([a-z0-9-]+)\.amazonaws\.com$/.exec(m[1]!) ?? /^([a-z]{2}-[a-z]+-\d)\.queue\.amazonaws\.com$/.exec(m[1]!);
  return { region: host?.[1] ?? defaultRegion, account: m[2]!, name: decodeURIComponent(m[3]!) };
}

export function parseQueueArn(arn: string): QueueLocation | null {
  const m = /^arn:aws:sqs:([a-z0-9-]+):(\d{12}):([^:]+)$/.exec(arn);
  return m ? { region: m[1]!, account: m[2]!, name: m[3]! } : null;
}

export function findQueueByArn(cloud: Cloud, arn: string): QueueRecord | undefined {
  return sqsState(cloud).queues[arn];
}

/** Queue names: 1–80 of [A-Za-z0-9_-], a FIFO queue's ending in `.fifo` (which counts toward the 80). */
export function validQueueName(name: string, fifo: boolean): boolean {
  if (name.length < 1 || name.length > 80) return false;
  if (fifo) return /^[A-Za-z0-9_-]{1,75}\.fifo$/.test(name);
  return /^[A-Za-z0-9_-]+$/.test(name);
}
