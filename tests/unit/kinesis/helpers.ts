/** A cloud on a fixed clock and a caller for Kinesis actions as the learner. */
import { LEARNER } from '../../../sandbox/cloud/accounts.ts';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { kinesisActions } from '../../../sandbox/cloud/kinesis/index.ts';
import { newCloud } from '../../helpers/cloud.ts';

export const kinesisCloud = (seed = 1): Cloud => newCloud(seed);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function kinesis(cloud: Cloud, action: string, input: Record<string, unknown> = {}): Promise<any> {
  const fn = kinesisActions[action];
  if (!fn) throw new Error(`no Kinesis action ${action}`);
  return await fn({ cloud, identity: LEARNER, region: 'us-east-1' }, input);
}

export async function kinesisError(cloud: Cloud, action: string, input: Record<string, unknown> = {}) {
  try {
    await kinesis(cloud, action, input);
  } catch (error) {
    return error as { code: string; message: string; status: number };
  }
  throw new Error(`expected ${action} to fail`);
}

export const ARN = (name: string) => `arn:aws:kinesis:us-east-1:111111111111:stream/${name}`;
export const bytes = (text: string) => new TextEncoder().encode(text);
export const text = (data: Uint8Array) => new TextDecoder().decode(data);
export const minutes = (n: number) => n * 60_000;
export const hours = (n: number) => n * 3_600_000;
