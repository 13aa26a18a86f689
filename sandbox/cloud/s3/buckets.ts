/** Bucket actions: create, head, list, locate, delete, and the versioning configuration. */
import { fromBase64, fromUtf8, toBase64, utf8 } from '../bytes.ts';
import type { ServiceContext } from '../service.ts';
import { findBucket, isoTimestamp, optional, required, type Input } from './common.ts';
import {
  bucketAlreadyExists,
  bucketAlreadyOwnedByYou,
  bucketNotEmpty,
  headError,
  illegalLocationConstraint,
  invalidArgument,
  invalidBucketName,
  invalidLocationConstraint,
  malformedXml,
} from './errors.ts';
import { canonicalUserId, LOCATION_CONSTRAINTS, s3State, validBucketName } from './names.ts';
import type { BucketRecord } from './state.ts';

/** `EU` is the legacy name of eu-west-1. */
const regionOf = (constraint: string) => (constraint === 'EU' ? 'eu-west-1' : constraint);

/**
 * Where the new bucket lives. The us-east-1 endpoint takes no constraint (its own region) or any
 * other region's; a regional endpoint needs its own region named — the rule behind the CLI's
 * `--create-bucket-configuration LocationConstraint=…` outside us-east-1.
 */
function bucketRegion(ctx: ServiceContext, input: Input): string {
  const config = input.CreateBucketConfiguration as { LocationConstraint?: unknown } | undefined;
  const raw = config?.LocationConstraint;
  const constraint = raw === undefined || raw === null || raw === '' ? undefined : String(raw);
  if (constraint !== undefined && !(LOCATION_CONSTRAINTS as readonly string[]).includes(constraint)) throw invalidLocationConstraint(constraint);
  if (ctx.region === 'us-east-1') return constraint === undefined ? 'us-east-1' : regionOf(constraint);
  if (constraint === undefined || regionOf(constraint) !== ctx.region) throw illegalLocationConstraint(constraint);
  return ctx.region;
}

const hasVersions = (bucket: BucketRecord) => Object.values(bucket.objects).some((versions) => versions.length > 0);

/** ListBuckets' ContinuationToken: opaque to the caller, the last name of the page for us. */
const encodeToken = (name: string) => toBase64(utf8(name));
function decodeToken(token: string): string {
  try {
    return fromUtf8(fromBase64(token));
  } catch {
    throw invalidArgument('The continuation token provided is incorrect', { ArgumentName: 'continuation-token' });
  }
}

export const bucketActions = {
  CreateBucket(ctx: ServiceContext, input: Input) {
    const name = required(input, 'Bucket');
    if (!validBucketName(name)) throw invalidBucketName(name);
    const region = bucketRegion(ctx, input);
    const state = s3State(ctx.cloud);
    const existing = state.buckets[name];
    if (existing) {
      if (existing.account !== ctx.identity.account) throw bucketAlreadyExists(name);
      // Legacy behaviour kept for us-east-1: re-creating your own bucket there answers 200 OK.
      if (existing.region === 'us-east-1' && region === 'us-east-1') return { Location: `/${name}` };
      throw bucketAlreadyOwnedByYou(name);
    }
    state.buckets[name] = {
      name,
      region,
      account: ctx.identity.account,
      createdAt: ctx.cloud.clock.now(),
      // Object Lock needs versioning, so S3 turns it on with the lock.
      ...(input.ObjectLockEnabledForBucket === true ? { versioning: 'Enabled' as const } : {}),
      objects: {},
      notification: { targets: [] },
    };
    ctx.cloud.trace({ type: 's3.bucket-created', bucket: name, region });
    return { Location: region === 'us-east-1' ? `/${name}` : `http://${name}.s3.amazonaws.com/` };
  },

  HeadBucket(ctx: ServiceContext, input: Input) {
    const name = required(input, 'Bucket');
    const bucket = s3State(ctx.cloud).buckets[name];
    if (!bucket) throw headError(validBucketName(name) ? 404 : 400);
    if (bucket.account !== ctx.identity.account) throw headError(403);
    return { BucketRegion: bucket.region, AccessPointAlias: false };
  },

  DeleteBucket(ctx: ServiceContext, input: Input) {
    const bucket = findBucket(ctx, input);
    if (hasVersions(bucket)) throw bucketNotEmpty(bucket.name, bucket.versioning !== undefined);
    delete s3State(ctx.cloud).buckets[bucket.name];
    ctx.cloud.trace({ type: 's3.bucket-deleted', bucket: bucket.name });
    return {};
  },

  ListBuckets(ctx: ServiceContext, input: Input) {
    const prefix = optional(input, 'Prefix') ?? '';
    const region = optional(input, 'BucketRegion');
    const after = input.ContinuationToken ? decodeToken(String(input.ContinuationToken)) : '';
    let buckets = Object.values(s3State(ctx.cloud).buckets)
      .filter((b) => b.account === ctx.identity.account && b.name.startsWith(prefix) && (!region || b.region === region) && b.name > after)
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    let next: string | undefined;
    if (input.MaxBuckets !== undefined && input.MaxBuckets !== null) {
      const max = Number(input.MaxBuckets);
      if (!Number.isInteger(max) || max < 1 || max > 10000) throw invalidArgument('Argument max-buckets must be an integer between 1 and 10000', { ArgumentName: 'max-buckets' });
      if (buckets.length > max) next = encodeToken(buckets[max - 1]!.name);
      buckets = buckets.slice(0, max);
    }
    return {
      Buckets: buckets.map((b) => ({ Name: b.name, CreationDate: isoTimestamp(b.createdAt), BucketRegion: b.region })),
      Owner: { ID: canonicalUserId(ctx.identity.account) },
      ...(next ? { ContinuationToken: next } : {}),
      ...(input.Prefix !== undefined && input.Prefix !== null ? { Prefix: prefix } : {}),
    };
  },

  GetBucketLocation(ctx: ServiceContext, input: Input) {
    const bucket = findBucket(ctx, input);
    // us-east-1 is the empty constraint, which botocore reports as null.
    return { LocationConstraint: bucket.region === 'us-east-1' ? null : bucket.region };
  },

  PutBucketVersioning(ctx: ServiceContext, input: Input) {
    const bucket = findBucket(ctx, input);
    const status = (input.VersioningConfiguration as { Status?: unknown } | undefined)?.Status;
    if (status !== 'Enabled' && status !== 'Suspended') throw malformedXml();
    bucket.versioning = status;
    ctx.cloud.trace({ type: 's3.versioning', bucket: bucket.name, status });
    return {};
  },

  GetBucketVersioning(ctx: ServiceContext, input: Input) {
    const bucket = findBucket(ctx, input);
    return bucket.versioning ? { Status: bucket.versioning } : {};
  },
};
