/** A cloud on a fixed clock with SQS state, and a caller for SQS actions as the learner. */
import { LEARNER } from '../../../sandbox/cloud/accounts.ts';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { initialSqsState, sqsActions } from '../../../sandbox/cloud/sqs/index.ts';
import { newCloud } from '../../helpers/cloud.ts';

export function sqsCloud(seed = 1): Cloud {
  const cloud = newCloud(seed);
  (cloud.state as unknown as Record<string, unknown>).sqs = initialSqsState();
  return cloud;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function sqs(cloud: Cloud, action: string, input: Record<string, unknown> = {}): Promise<any> {
  const fn = sqsActions[action];
  if (!fn) throw new Error(`no SQS action ${action}`);
  return await fn({ cloud, identity: LEARNER, region: 'us-east-1' }, input);
}

export async function sqsError(cloud: Cloud, action: string, input: Record<string, unknown> = {}) {
  try {
    await sqs(cloud, action, input);
  } catch (error) {
    return error as { code: string; message: string; status: number };
  }
  throw new Error(`expected ${action} to fail`);
}

export const URL_PREFIX = 'https://sqs.us-east-1.amazonaws.com/111111111111/';
export const ARN_PREFIX = 'arn:aws:sqs:us-east-1:111111111111:';

export async function createQueue(cloud: Cloud, name: string, attributes: Record<string, string> = {}): Promise<string> {
  const out = await sqs(cloud, 'CreateQueue', { QueueName: name, ...(Object.keys(attributes).length ? { Attributes: attributes } : {}) });
  return out.QueueUrl as string;
}

export const seconds = (n: number) => n * 1000;
