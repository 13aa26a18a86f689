/**
 * ListObjectsV2, ListObjects and ListObjectVersions. Keys come in UTF-8 binary order; with a
 * Delimiter, the keys that share a prefix up to the next delimiter roll up into one CommonPrefixes
 * entry, which counts as one key towards MaxKeys — the "folders" of the console and `aws s3 ls`.
 */
import { fromBase64, fromUtf8, toBase64, utf8 } from '../bytes.ts';
import type { ServiceContext } from '../service.ts';
import { findBucket, isoTimestamp, optional, type Input } from './common.ts';
import { invalidArgument } from './errors.ts';
import { canonicalUserId } from './names.ts';
import type { BucketRecord, ObjectVersion } from './state.ts';

/** One line of a listing: an object (its key) or a common prefix. */
type Entry = { kind: 'key'; key: string } | { kind: 'prefix'; prefix: string };

function compareUtf8(a: string, b: string): number {
  const x = utf8(a);
  const y = utf8(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

const sortedKeys = (bucket: BucketRecord) => Object.keys(bucket.objects).sort(compareUtf8);

function maxKeysOf(input: Input): number {
  if (input.MaxKeys === undefined || input.MaxKeys === null) return 1000;
  const n = Number(input.MaxKeys);
  if (!Number.isInteger(n) || n < 0) throw invalidArgument('Provided max-keys not an integer or within integer range', { ArgumentName: 'max-keys', ArgumentValue: String(input.MaxKeys) });
  return Math.min(n, 1000);
}

/**
 * Walks `keys` (sorted, already past the marker) and groups them by delimiter, up to `max` entries;
 * `truncated` tells whether anything was left. A marker that is itself a common prefix skips the
 * keys below it.
 */
function collect(keys: string[], prefix: string, delimiter: string | undefined, max: number, marker: string): { entries: Entry[]; truncated: boolean } {
  const entries: Entry[] = [];
  let lastPrefix: string | undefined = delimiter && marker.endsWith(delimiter) ? marker : undefined;
  for (const key of keys) {
    if (!key.startsWith(prefix) || compareUtf8(key, marker) <= 0) continue;
    let entry: Entry = { kind: 'key', key };
    if (delimiter) {
      const at = key.indexOf(delimiter, prefix.length);
      if (at >= 0) {
        const common = key.slice(0, at + delimiter.length);
        if (common === lastPrefix) continue;
        lastPrefix = common;
        entry = { kind: 'prefix', prefix: common };
      }
    }
    if (entries.length === max) return { entries, truncated: true };
    entries.push(entry);
  }
  return { entries, truncated: false };
}

const latest = (bucket: BucketRecord, key: string): ObjectVersion | undefined => bucket.objects[key]?.[0];
const liveKeys = (bucket: BucketRecord) => sortedKeys(bucket).filter((k) => latest(bucket, k) && !latest(bucket, k)!.deleteMarker);

const owner = (version: ObjectVersion) => ({ ID: canonicalUserId(version.owner) });

function checksumListing(version: ObjectVersion): Record<string, unknown> {
  return version.checksum ? { ChecksumAlgorithm: [version.checksum.algorithm], ChecksumType: 'FULL_OBJECT' } : {};
}

function contentView(key: string, version: ObjectVersion, withOwner: boolean): Record<string, unknown> {
  return {
    Key: key,
    LastModified: isoTimestamp(version.lastModified),
    ETag: version.etag,
    ...checksumListing(version),
    Size: version.size,
    StorageClass: version.storageClass,
    ...(withOwner ? { Owner: owner(version) } : {}),
  };
}

const entryName = (e: Entry) => (e.kind === 'key' ? e.key : e.prefix);

/** ListObjectsV2's ContinuationToken: opaque, here the last key or prefix returned. */
const encodeToken = (marker: string) => toBase64(utf8(`1${marker}`));
function decodeToken(token: string): string {
  try {
    const text = fromUtf8(fromBase64(token));
    if (text.startsWith('1')) return text.slice(1);
  } catch {
    // fall through
  }
  throw invalidArgument('The continuation token provided is incorrect', { ArgumentName: 'continuation-token' });
}

function listingParts(input: Input) {
  const delimiter = optional(input, 'Delimiter') || undefined;
  return { prefix: optional(input, 'Prefix') ?? '', delimiter, max: maxKeysOf(input) };
}

export const listingActions = {
  ListObjectsV2(ctx: ServiceContext, input: Input) {
    const bucket = findBucket(ctx, input);
    const { prefix, delimiter, max } = listingParts(input);
    const token = optional(input, 'ContinuationToken');
    const startAfter = optional(input, 'StartAfter');
    const marker = token !== undefined ? decodeToken(token) : (startAfter ?? '');
    const { entries, truncated } = collect(liveKeys(bucket), prefix, delimiter, max, marker);
    const contents = entries.filter((e) => e.kind === 'key').map((e) => contentView(e.key, latest(bucket, e.key)!, input.FetchOwner === true));
    const prefixes = entries.filter((e) => e.kind === 'prefix').map((e) => ({ Prefix: e.prefix }));
    return {
      IsTruncated: truncated,
      ...(contents.length ? { Contents: contents } : {}),
      Name: bucket.name,
      Prefix: prefix,
      ...(delimiter !== undefined ? { Delimiter: delimiter } : {}),
      MaxKeys: max,
      ...(prefixes.length ? { CommonPrefixes: prefixes } : {}),
      ...(input.EncodingType !== undefined ? { EncodingType: input.EncodingType } : {}),
      KeyCount: entries.length,
      ...(token !== undefined ? { ContinuationToken: token } : {}),
      ...(truncated ? { NextContinuationToken: encodeToken(entryName(entries[entries.length - 1]!)) } : {}),
      ...(startAfter !== undefined ? { StartAfter: startAfter } : {}),
    };
  },

  ListObjects(ctx: ServiceContext, input: Input) {
    const bucket = findBucket(ctx, input);
    const { prefix, delimiter, max } = listingParts(input);
    const marker = optional(input, 'Marker') ?? '';
    const { entries, truncated } = collect(liveKeys(bucket), prefix, delimiter, max, marker);
    const contents = entries.filter((e) => e.kind === 'key').map((e) => contentView(e.key, latest(bucket, e.key)!, true));
    const prefixes = entries.filter((e) => e.kind === 'prefix').map((e) => ({ Prefix: e.prefix }));
    return {
      IsTruncated: truncated,
      Marker: marker,
      // NextMarker only comes with a delimiter; otherwise clients resume from the last key.
      ...(truncated && delimiter !== undefined ? { NextMarker: entryName(entries[entries.length - 1]!) } : {}),
      ...(contents.length ? { Contents: contents } : {}),
      Name: bucket.name,
      Prefix: prefix,
      ...(delimiter !== undefined ? { Delimiter: delimiter } : {}),
      MaxKeys: max,
      ...(prefixes.length ? { CommonPrefixes: prefixes } : {}),
      ...(input.EncodingType !== undefined ? { EncodingType: input.EncodingType } : {}),
    };
  },

  ListObjectVersions(ctx: ServiceContext, input: Input) {
    const bucket = findBucket(ctx, input);
    const { prefix, delimiter, max } = listingParts(input);
    const keyMarker = optional(input, 'KeyMarker') ?? '';
    const versionIdMarker = optional(input, 'VersionIdMarker') ?? '';
    const versions: Record<string, unknown>[] = [];
    const markers: Record<string, unknown>[] = [];
    const prefixes: string[] = [];
    let count = 0;
    let truncated = false;
    let next: { key: string; versionId?: string } | undefined;
    let lastPrefix: string | undefined = delimiter && keyMarker.endsWith(delimiter) ? keyMarker : undefined;
    outer: for (const key of sortedKeys(bucket)) {
      if (!key.startsWith(prefix)) continue;
      const order = compareUtf8(key, keyMarker);
      // Past the key marker; on the marker's own key, past its version id marker.
      if (order < 0 || (order === 0 && !versionIdMarker)) continue;
      if (delimiter) {
        const at = key.indexOf(delimiter, prefix.length);
        if (at >= 0) {
          const common = key.slice(0, at + delimiter.length);
          if (common === lastPrefix) continue;
          if (count === max) {
            truncated = true;
            break;
          }
          lastPrefix = common;
          prefixes.push(common);
          count++;
          next = { key: common };
          continue;
        }
      }
      const all = bucket.objects[key]!;
      let started = order > 0;
      for (let i = 0; i < all.length; i++) {
        const v = all[i]!;
        if (!started) {
          if (v.versionId === versionIdMarker) started = true;
          continue;
        }
        if (count === max) {
          truncated = true;
          break outer;
        }
        const isLatest = i === 0;
        if (v.deleteMarker) {
          markers.push({ Owner: owner(v), Key: key, VersionId: v.versionId, IsLatest: isLatest, LastModified: isoTimestamp(v.lastModified) });
        } else {
          versions.push({
            ETag: v.etag,
            ...checksumListing(v),
            Size: v.size,
            StorageClass: v.storageClass,
            Key: key,
            VersionId: v.versionId,
            IsLatest: isLatest,
            LastModified: isoTimestamp(v.lastModified),
            Owner: owner(v),
          });
        }
        count++;
        next = { key, versionId: v.versionId };
      }
    }
    return {
      IsTruncated: truncated,
      KeyMarker: keyMarker,
      VersionIdMarker: versionIdMarker,
      ...(truncated && next ? { NextKeyMarker: next.key, ...(next.versionId ? { NextVersionIdMarker: next.versionId } : {}) } : {}),
      ...(versions.length ? { Versions: versions } : {}),
      ...(markers.length ? { DeleteMarkers: markers } : {}),
      Name: bucket.name,
      Prefix: prefix,
      ...(delimiter !== undefined ? { Delimiter: delimiter } : {}),
      MaxKeys: max,
      ...(prefixes.length ? { CommonPrefixes: prefixes.map((p) => ({ Prefix: p })) } : {}),
      ...(input.EncodingType !== undefined ? { EncodingType: input.EncodingType } : {}),
    };
  },
};
