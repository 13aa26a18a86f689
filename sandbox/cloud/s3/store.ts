/**
 * Writing, finding and removing object versions — the one place the versioning rules live:
 *   unversioned / suspended: a write replaces the "null" version; a delete removes it (suspended:
 *                            and leaves a "null" delete marker)
 *   enabled:                 a write adds a version; a delete adds a delete marker; deleting a
 *                            VersionId removes that version for good
 * Each change emits its event notification.
 */
import { fromBase64, toBase64 } from '../bytes.ts';
import type { ServiceContext } from '../service.ts';
import { md5Hex } from '../sqs/md5.ts';
import { checksum } from './checksums.ts';
import { newVersionId, toSeconds } from './common.ts';
import { entityTooLarge, invalidVersionId, keyTooLong, metadataTooLarge, methodNotAllowed, noSuchKey, noSuchVersion } from './errors.ts';
import { emitObjectEvent, type S3EventName } from './events.ts';
import type { BucketRecord, ChecksumAlgorithm, ObjectVersion } from './state.ts';

/**
 * The sandbox keeps objects in the snapshot (IndexedDB in the browser), so one object holds at most
 * 5 MB here; S3 itself takes 5 GB in one PUT. Larger uploads fail with S3's own EntityTooLarge.
 */
export const MAX_OBJECT_BYTES = 5 * 1024 * 1024;
const MAX_KEY_BYTES = 1024;
const MAX_METADATA_BYTES = 2048;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

export interface NewObject {
  body: Uint8Array;
  contentType?: string;
  cacheControl?: string;
  contentDisposition?: string;
  contentEncoding?: string;
  contentLanguage?: string;
  websiteRedirectLocation?: string;
  metadata?: Record<string, string>;
  storageClass?: string;
  checksumAlgorithm: ChecksumAlgorithm;
}

export function checkKey(key: string): void {
  if (utf8Length(key) > MAX_KEY_BYTES) throw keyTooLong();
}

/** User metadata as S3 keeps it: keys lower-cased (they travel as x-amz-meta-* headers), 2 KB at most. */
export function normalizeMetadata(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const out: Record<string, string> = {};
  let size = 0;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out[k.toLowerCase()] = String(v);
    size += utf8Length(k) + utf8Length(String(v));
  }
  if (size > MAX_METADATA_BYTES) throw metadataTooLarge(size);
  return out;
}

/** Stores a new version (or replaces the null version) and notifies. */
export function writeObject(ctx: ServiceContext, bucket: BucketRecord, key: string, object: NewObject, eventName: S3EventName): ObjectVersion {
  checkKey(key);
  if (object.body.length > MAX_OBJECT_BYTES) throw entityTooLarge(object.body.length, MAX_OBJECT_BYTES);
  const enabled = bucket.versioning === 'Enabled';
  const version: ObjectVersion = {
    versionId: enabled ? newVersionId(ctx) : 'null',
    body: toBase64(object.body),
    size: object.body.length,
    etag: `"${md5Hex(object.body)}"`,
    lastModified: toSeconds(ctx.cloud.clock.now()),
    owner: ctx.identity.account,
    contentType: object.contentType ?? 'binary/octet-stream',
    ...(object.cacheControl !== undefined ? { cacheControl: object.cacheControl } : {}),
    ...(object.contentDisposition !== undefined ? { contentDisposition: object.contentDisposition } : {}),
    ...(object.contentEncoding !== undefined ? { contentEncoding: object.contentEncoding } : {}),
    ...(object.contentLanguage !== undefined ? { contentLanguage: object.contentLanguage } : {}),
    ...(object.websiteRedirectLocation !== undefined ? { websiteRedirectLocation: object.websiteRedirectLocation } : {}),
    metadata: object.metadata ?? {},
    storageClass: object.storageClass ?? 'STANDARD',
    checksum: { algorithm: object.checksumAlgorithm, value: checksum(object.checksumAlgorithm, object.body) },
  };
  const versions = (bucket.objects[key] ??= []);
  if (!enabled) removeNullVersion(versions);
  versions.unshift(version);
  ctx.cloud.trace({ type: 's3.object-created', bucket: bucket.name, key, size: version.size, versionId: version.versionId, eventName });
  emitObjectEvent(ctx, bucket, { name: eventName, key, size: version.size, etag: version.etag, ...(enabled ? { versionId: version.versionId } : {}) });
  return version;
}

function removeNullVersion(versions: ObjectVersion[]): void {
  const i = versions.findIndex((v) => v.versionId === 'null');
  if (i >= 0) versions.splice(i, 1);
}

const VERSION_ID = /^[A-Za-z0-9._]{32}$/;

/**
 * The version a GET/HEAD/copy reads: the latest (NoSuchKey when there is none or it is a delete
 * marker) or the one named (NoSuchVersion; a delete marker cannot be read: 405).
 */
export function readVersion(bucket: BucketRecord, key: string, versionId: string | undefined): ObjectVersion {
  const versions = bucket.objects[key] ?? [];
  if (versionId === undefined) {
    const latest = versions[0];
    if (!latest || latest.deleteMarker) throw noSuchKey(key);
    return latest;
  }
  const version = versions.find((v) => v.versionId === versionId);
  if (!version) {
    if (versionId !== 'null' && !VERSION_ID.test(versionId)) throw invalidVersionId(versionId);
    throw noSuchVersion(key, versionId);
  }
  if (version.deleteMarker) throw methodNotAllowed();
  return version;
}

export const bodyOf = (version: ObjectVersion): Uint8Array => fromBase64(version.body ?? '');

export interface DeleteResult {
  DeleteMarker?: boolean;
  VersionId?: string;
}

/** DeleteObject's rules for one key, with its notification. */
export function deleteObject(ctx: ServiceContext, bucket: BucketRecord, key: string, versionId: string | undefined): DeleteResult {
  const versions = (bucket.objects[key] ??= []);
  const done = (result: DeleteResult) => {
    if (versions.length === 0) delete bucket.objects[key];
    return result;
  };
  if (versionId !== undefined) {
    const i = versions.findIndex((v) => v.versionId === versionId);
    if (i < 0) {
      if (versionId !== 'null' && !VERSION_ID.test(versionId)) throw invalidVersionId(versionId);
      return done({ VersionId: versionId });
    }
    const [removed] = versions.splice(i, 1);
    ctx.cloud.trace({ type: 's3.object-deleted', bucket: bucket.name, key, versionId });
    emitObjectEvent(ctx, bucket, { name: 'ObjectRemoved:Delete', key, ...(bucket.versioning ? { versionId } : {}) });
    return done({ ...(removed!.deleteMarker ? { DeleteMarker: true } : {}), VersionId: versionId });
  }
  if (!bucket.versioning) {
    const existed = versions.length > 0;
    versions.length = 0;
    if (existed) {
      ctx.cloud.trace({ type: 's3.object-deleted', bucket: bucket.name, key });
      emitObjectEvent(ctx, bucket, { name: 'ObjectRemoved:Delete', key });
    }
    return done({});
  }
  const enabled = bucket.versioning === 'Enabled';
  if (!enabled) removeNullVersion(versions);
  const marker: ObjectVersion = {
    versionId: enabled ? newVersionId(ctx) : 'null',
    deleteMarker: true,
    size: 0,
    etag: '',
    lastModified: toSeconds(ctx.cloud.clock.now()),
    owner: ctx.identity.account,
    storageClass: 'STANDARD',
  };
  versions.unshift(marker);
  ctx.cloud.trace({ type: 's3.delete-marker-created', bucket: bucket.name, key, versionId: marker.versionId });
  emitObjectEvent(ctx, bucket, { name: 'ObjectRemoved:DeleteMarkerCreated', key, ...(enabled ? { versionId: marker.versionId } : {}) });
  return done({ DeleteMarker: true, VersionId: marker.versionId });
}
