/** A cloud on a fixed clock, and callers for IAM and STS actions as a chosen identity. */
import { LEARNER, PARTNER, type Identity } from '../../../sandbox/cloud/accounts.ts';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { iamActions } from '../../../sandbox/cloud/iam/index.ts';
import { stsActions } from '../../../sandbox/cloud/sts/sts.ts';
import { newCloud } from '../../helpers/cloud.ts';

export { LEARNER, PARTNER };
export const A = '111111111111';
export const B = '222222222222';

export function iamCloud(seed = 1): Cloud {
  return newCloud(seed);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Out = any;

export async function iam(cloud: Cloud, action: string, input: Record<string, unknown> = {}, identity: Identity = LEARNER): Promise<Out> {
  const fn = iamActions[action];
  if (!fn) throw new Error(`no IAM action ${action}`);
  return await fn({ cloud, identity, region: 'us-east-1' }, input);
}

export async function sts(cloud: Cloud, action: string, input: Record<string, unknown> = {}, identity: Identity = LEARNER): Promise<Out> {
  const fn = stsActions[action];
  if (!fn) throw new Error(`no STS action ${action}`);
  return await fn({ cloud, identity, region: 'us-east-1' }, input);
}

/** The AWS-shaped error a call rejects with. */
export async function failure(p: Promise<unknown>): Promise<{ code: string; message: string; status: number }> {
  try {
    await p;
  } catch (error) {
    const e = error as { code: string; message: string; status: number };
    return { code: e.code, message: e.message, status: e.status };
  }
  throw new Error('expected the call to fail');
}

export const json = (value: unknown) => JSON.stringify(value);
export const decode = (encoded: string) => JSON.parse(decodeURIComponent(encoded));

export const LAMBDA_TRUST = json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
