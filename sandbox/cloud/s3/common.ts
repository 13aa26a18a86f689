/** What every S3 action shares: finding the bucket, reading input members, ids and timestamps. */
import { AwsError } from '../errors.ts';
import type { ServiceContext } from '../service.ts';
import { invalidBucketName, noSuchBucket } from './errors.ts';
import { s3State, validBucketName } from './names.ts';
import type { BucketRecord } from './state.ts';

export type Input = Record<string, unknown>;

/** A member the request must carry (botocore checks it first; this guards direct callers). */
export function required(input: Input, member: string): string {
  const value = input[member];
  if (value === undefined || value === null || value === '') {
    throw new AwsError('InvalidArgument', `Missing required parameter in input: "${member}"`, 400);
  }
  return String(value);
}

export const optional = (input: Input, member: string): string | undefined =>
  input[member] === undefined || input[member] === null ? undefined : String(input[member]);

/**
 * The bucket a request names. A bucket of another account answers AccessDenied: the sandbox has no
 * bucket policies, so nobody else is ever granted access — as with a real bucket nobody shared.
 */
export function findBucket(ctx: ServiceContext, input: Input): BucketRecord {
  const name = required(input, 'Bucket');
  const bucket = s3State(ctx.cloud).buckets[name];
  if (!bucket) {
    if (!validBucketName(name)) throw invalidBucketName(name);
    throw noSuchBucket(name);
  }
  if (bucket.account !== ctx.identity.account) throw new AwsError('AccessDenied', 'Access Denied', 403);
  // ExpectedBucketOwner guards against writing into a bucket someone else re-created under the name.
  const expected = optional(input, 'ExpectedBucketOwner');
  if (expected !== undefined && expected !== bucket.account) throw new AwsError('AccessDenied', 'Access Denied', 403);
  return bucket;
}

/** Last-Modified has whole seconds in S3. */
export const toSeconds = (ms: number) => Math.floor(ms / 1000) * 1000;

/** A timestamp as the CLI prints botocore's datetime: `2026-11-28T06:01:02+00:00`. */
export function isoTimestamp(ms: number): string {
  return new Date(toSeconds(ms)).toISOString().replace('.000Z', '+00:00');
}

const VERSION_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._';

/** A version id: 32 URL-safe characters, like `Jb0Kh.jQ1R9RjlzcT9jLqTeyJg5aWUKX`. */
export function newVersionId(ctx: ServiceContext): string {
  let id = '';
  for (let i = 0; i < 32; i++) id += VERSION_ALPHABET[ctx.cloud.ids.next() % VERSION_ALPHABET.length];
  return id;
}

/** x-amz-request-id: 16 upper-case hex digits. */
export const requestId = (ctx: ServiceContext) => ctx.cloud.ids.hex(16).toUpperCase();

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** x-amz-id-2: 76 base64 characters naming the S3 host. */
export function hostId(ctx: ServiceContext): string {
  let id = '';
  for (let i = 0; i < 76; i++) id += B64[ctx.cloud.ids.next() % 64];
  return id;
}
