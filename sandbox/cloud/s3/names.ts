/** Bucket names, ARNs and the owner identifiers S3 shows, derived from the account. */
import type { Cloud } from '../cloud.ts';
import { sha256Hex } from '../sqs/sha256.ts';
import { initialS3State, type S3State } from './state.ts';

/** The S3 part of the cloud's state, created on first use so a snapshot from before S3 still loads. */
export function s3State(cloud: Cloud): S3State {
  const state = cloud.state as unknown as { s3?: S3State };
  return (state.s3 ??= initialS3State());
}

export const bucketArn = (bucket: string) => `arn:aws:s3:::${bucket}`;

/**
 * The general purpose bucket naming rules: 3–63 characters of lower-case letters, digits, dots and
 * hyphens, starting and ending with a letter or digit, no two adjacent dots, not shaped like an IP
 * address, and none of the reserved prefixes and suffixes.
 */
export function validBucketName(name: string): boolean {
  if (name.length < 3 || name.length > 63) return false;
  if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(name)) return false;
  if (name.includes('..')) return false;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return false;
  if (/^(xn--|sthree-|amzn-s3-demo-)/.test(name)) return false;
  if (/(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(name)) return false;
  return true;
}

/** The LocationConstraint values CreateBucket accepts (us-east-1 is not one: it is the default). */
export const LOCATION_CONSTRAINTS = [
  'af-south-1', 'ap-east-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-south-2',
  'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ca-central-1',
  'cn-north-1', 'cn-northwest-1', 'EU', 'eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-south-1', 'eu-south-2',
  'eu-west-1', 'eu-west-2', 'eu-west-3', 'il-central-1', 'me-central-1', 'me-south-1', 'sa-east-1', 'us-east-2',
  'us-gov-east-1', 'us-gov-west-1', 'us-west-1', 'us-west-2',
] as const;

/** The account's canonical user ID (64 hex digits), the Owner.ID of listings. Stable per account. */
export const canonicalUserId = (account: string) => sha256Hex(`s3-canonical-user:${account}`);

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** The "Amazon customer ID" S3 events name the bucket owner by (`A3NL1KOZZKExample` in AWS's docs). */
export function ownerPrincipalId(account: string): string {
  const hex = sha256Hex(`s3-owner:${account}`);
  let id = 'A';
  for (let i = 0; i < 13; i++) id += ALNUM[parseInt(hex.slice(i * 2, i * 2 + 2), 16) % ALNUM.length];
  return id;
}
