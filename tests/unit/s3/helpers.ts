/** A cloud on a fixed clock with S3 state, a caller for S3 actions, and a recorder for invokeAsync. */
import { vi } from 'vitest';
import { LEARNER, PARTNER, type Identity } from '../../../sandbox/cloud/accounts.ts';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { initialS3State, s3Actions } from '../../../sandbox/cloud/s3/index.ts';
import { newCloud } from '../../helpers/cloud.ts';

export function s3Cloud(seed = 1): Cloud {
  const cloud = newCloud(seed);
  (cloud.state as unknown as Record<string, unknown>).s3 = initialS3State();
  return cloud;
}

export interface CallOptions {
  identity?: Identity;
  region?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function s3(cloud: Cloud, action: string, input: Record<string, unknown> = {}, options: CallOptions = {}): Promise<any> {
  const fn = s3Actions[action];
  if (!fn) throw new Error(`no S3 action ${action}`);
  return await fn({ cloud, identity: options.identity ?? LEARNER, region: options.region ?? 'us-east-1' }, input);
}

export async function s3Error(cloud: Cloud, action: string, input: Record<string, unknown> = {}, options: CallOptions = {}) {
  try {
    await s3(cloud, action, input, options);
  } catch (error) {
    return error as { code: string; message: string; status: number; extra?: Record<string, unknown> };
  }
  throw new Error(`expected ${action} to fail`);
}

export { LEARNER, PARTNER };

export const text = (bytes: unknown) => new TextDecoder().decode(bytes as Uint8Array);
export const bytes = (s: string) => new TextEncoder().encode(s);

export interface AsyncInvoke {
  functionArn: string;
  event: unknown;
  options: { sourceArn?: string; chain?: number };
}

/** Replaces the cloud's invokeAsync with a recorder (events parsed back from JSON). */
export function recordInvokes(cloud: Cloud): AsyncInvoke[] {
  const calls: AsyncInvoke[] = [];
  (cloud as unknown as { invokeAsync: unknown }).invokeAsync = vi.fn((functionArn: string, event: string, options = {}) => {
    calls.push({ functionArn, event: JSON.parse(event), options });
  });
  return calls;
}

/** The lead's permission hook, faked: the listed function ARNs allow s3.amazonaws.com for the listed buckets. */
export function allowS3(cloud: Cloud, grants: Array<{ functionArn: string; bucket: string }>): Array<unknown[]> {
  const asked: Array<unknown[]> = [];
  (cloud as unknown as Record<string, unknown>).canServiceInvoke = (functionArn: string, service: string, sourceArn: string, sourceAccount: string) => {
    asked.push([functionArn, service, sourceArn, sourceAccount]);
    return service === 's3.amazonaws.com' && grants.some((g) => g.functionArn === functionArn && `arn:aws:s3:::${g.bucket}` === sourceArn);
  };
  return asked;
}

export const FN = 'arn:aws:lambda:us-east-1:111111111111:function:thumbnail';
