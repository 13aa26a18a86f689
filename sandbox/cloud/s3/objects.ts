/** Object actions: PutObject, GetObject, HeadObject, CopyObject, DeleteObject, DeleteObjects. */
import { fromBase64, utf8 } from '../bytes.ts';
import { AwsError } from '../errors.ts';
import type { ServiceContext } from '../service.ts';
import { md5Hex } from '../sqs/md5.ts';
import { CHECKSUM_ALGORITHMS, checksum, checksumMember } from './checksums.ts';
import { checkReadConditions, checkWriteConditions } from './conditions.ts';
import { findBucket, isoTimestamp, optional, required, type Input } from './common.ts';
import { badContentMd5, badDigest, headError, invalidArgument, invalidDigest, invalidRequest, malformedXml } from './errors.ts';
import { bodyOf, deleteObject, normalizeMetadata, readVersion, writeObject, type NewObject } from './store.ts';
import type { BucketRecord, ChecksumAlgorithm, ObjectVersion } from './state.ts';

const STORAGE_CLASSES = [
  'STANDARD', 'REDUCED_REDUNDANCY', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER', 'DEEP_ARCHIVE',
  'OUTPOSTS', 'GLACIER_IR', 'SNOW', 'EXPRESS_ONEZONE', 'FSX_OPENZFS',
];

function bodyBytes(body: unknown): Uint8Array {
  if (body === undefined || body === null) return new Uint8Array(0);
  if (body instanceof Uint8Array) return body;
  return utf8(String(body));
}

/**
 * The checksum algorithm of a write: the one asked for, the one whose value was sent, or CRC64NVME,
 * which S3 gives every object uploaded without one. A value sent must match the body.
 */
function checksumAlgorithmOf(input: Input, body: Uint8Array): ChecksumAlgorithm {
  const asked = optional(input, 'ChecksumAlgorithm')?.toUpperCase();
  if (asked !== undefined && !(CHECKSUM_ALGORITHMS as readonly string[]).includes(asked)) {
    throw invalidRequest('Checksum algorithm provided is unsupported. Please try again with any of the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]');
  }
  let algorithm = asked as ChecksumAlgorithm | undefined;
  for (const candidate of CHECKSUM_ALGORITHMS) {
    const sent = optional(input, checksumMember(candidate));
    if (sent === undefined) continue;
    if (sent !== checksum(candidate, body)) throw badDigest(candidate);
    algorithm ??= candidate;
  }
  return algorithm ?? 'CRC64NVME';
}

function checkContentMd5(input: Input, body: Uint8Array): void {
  const md5 = optional(input, 'ContentMD5');
  if (md5 === undefined) return;
  let hex: string;
  try {
    hex = Array.from(fromBase64(md5), (b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    throw invalidDigest();
  }
  if (hex.length !== 32) throw invalidDigest();
  if (hex !== md5Hex(body)) throw badContentMd5();
}

function storageClassOf(input: Input): string | undefined {
  const value = optional(input, 'StorageClass');
  if (value !== undefined && !STORAGE_CLASSES.includes(value)) throw invalidArgument('The storage class you specified is not valid', { ArgumentName: 'x-amz-storage-class', ArgumentValue: value });
  return value;
}

/** The headers a write sets on the object (PutObject; CopyObject with REPLACE). */
function headersFrom(input: Input): Omit<NewObject, 'body' | 'checksumAlgorithm'> {
  const out: Omit<NewObject, 'body' | 'checksumAlgorithm'> = {};
  const copy = (member: string, field: keyof typeof out) => {
    const value = optional(input, member);
    if (value !== undefined) (out as Record<string, unknown>)[field] = value;
  };
  copy('ContentType', 'contentType');
  copy('CacheControl', 'cacheControl');
  copy('ContentDisposition', 'contentDisposition');
  copy('ContentEncoding', 'contentEncoding');
  copy('ContentLanguage', 'contentLanguage');
  copy('WebsiteRedirectLocation', 'websiteRedirectLocation');
  const metadata = normalizeMetadata(input.Metadata);
  if (metadata) out.metadata = metadata;
  const storageClass = storageClassOf(input);
  if (storageClass) out.storageClass = storageClass;
  return out;
}

/** The version id a response reports: none for a bucket that never had versioning. */
const versionIdOf = (bucket: BucketRecord, version: ObjectVersion) => (bucket.versioning ? { VersionId: version.versionId } : {});

function checksumView(version: ObjectVersion): Record<string, string> {
  if (!version.checksum) return {};
  return { [checksumMember(version.checksum.algorithm)]: version.checksum.value, ChecksumType: 'FULL_OBJECT' };
}

interface ByteRange {
  start: number;
  end: number;
}

/** A single `bytes=first-last`, `bytes=first-` or `bytes=-suffix` range; other forms are ignored, as S3 does. */
function parseRange(header: string | undefined, size: number): ByteRange | undefined {
  if (header === undefined) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  let start: number;
  let end: number;
  if (m[1] === '') {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) {
    throw new AwsError('InvalidRange', 'The requested range is not satisfiable', 416, 'User', { RangeRequested: header, ActualObjectSize: size });
  }
  return { start, end };
}

/** The metadata members GetObject and HeadObject share, in the output shape's order from VersionId on. */
function headerView(bucket: BucketRecord, version: ObjectVersion, input: Input): Record<string, unknown> {
  const override = (member: string, stored: string | undefined) => optional(input, `Response${member}`) ?? stored;
  const out: Record<string, unknown> = { ...versionIdOf(bucket, version) };
  const set = (member: string, value: string | undefined) => {
    if (value !== undefined) out[member] = value;
  };
  set('CacheControl', override('CacheControl', version.cacheControl));
  set('ContentDisposition', override('ContentDisposition', version.contentDisposition));
  set('ContentEncoding', override('ContentEncoding', version.contentEncoding));
  set('ContentLanguage', override('ContentLanguage', version.contentLanguage));
  return out;
}

function tailView(version: ObjectVersion): Record<string, unknown> {
  return {
    ...(version.websiteRedirectLocation !== undefined ? { WebsiteRedirectLocation: version.websiteRedirectLocation } : {}),
    ServerSideEncryption: 'AES256',
    Metadata: { ...(version.metadata ?? {}) },
    // S3 sends x-amz-storage-class only for classes other than STANDARD.
    ...(version.storageClass !== 'STANDARD' ? { StorageClass: version.storageClass } : {}),
  };
}

const checksumEnabled = (input: Input) => optional(input, 'ChecksumMode') === 'ENABLED';

/** `bucket/key`, `/bucket/key`, `bucket/key?versionId=…` (URL-encoded), or botocore's {Bucket, Key, VersionId}. */
function parseCopySource(value: unknown): { bucket: string; key: string; versionId?: string } {
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.Bucket !== 'string' || typeof v.Key !== 'string') throw invalidArgument('Invalid copy source object key');
    return { bucket: v.Bucket, key: v.Key, ...(typeof v.VersionId === 'string' ? { versionId: v.VersionId } : {}) };
  }
  let text = String(value ?? '');
  let versionId: string | undefined;
  const q = text.indexOf('?versionId=');
  if (q >= 0) {
    versionId = decodeURIComponent(text.slice(q + '?versionId='.length));
    text = text.slice(0, q);
  }
  if (text.startsWith('/')) text = text.slice(1);
  const slash = text.indexOf('/');
  if (slash <= 0 || slash === text.length - 1) throw invalidArgument('Invalid copy source object key', { ArgumentName: 'x-amz-copy-source', ArgumentValue: String(value) });
  let key: string;
  try {
    key = decodeURIComponent(text.slice(slash + 1));
  } catch {
    key = text.slice(slash + 1);
  }
  return { bucket: text.slice(0, slash), key, ...(versionId !== undefined ? { versionId } : {}) };
}

export const objectActions = {
  PutObject(ctx: ServiceContext, input: Input) {
    const bucket = findBucket(ctx, input);
    const key = required(input, 'Key');
    const body = bodyBytes(input.Body);
    checkWriteConditions(input, bucket.objects[key]?.[0]);
    checkContentMd5(input, body);
    const algorithm = checksumAlgorithmOf(input, body);
    const version = writeObject(ctx, bucket, key, { body, ...headersFrom(input), checksumAlgorithm: algorithm }, 'ObjectCreated:Put');
    return {
      ETag: version.etag,
      ...checksumView(version),
      ServerSideEncryption: 'AES256',
      ...(bucket.versioning === 'Enabled' ? { VersionId: version.versionId } : {}),
    };
  },

  GetObject(ctx: ServiceContext, input: Input) {
    const bucket = findBucket(ctx, input);
    const key = required(input, 'Key');
    const version = readVersion(bucket, key, optional(input, 'VersionId'));
    checkReadConditions(input, version);
    const body = bodyOf(version);
    const range = parseRange(optional(input, 'Range'), body.length);
    const bytes = range ? body.slice(range.start, range.end + 1) : body;
    return {
      Body: bytes,
      AcceptRanges: 'bytes',
      LastModified: isoTimestamp(version.lastModified),
      ContentLength: bytes.length,
      ETag: version.etag,
      // A whole-object checksum says nothing about a range, so S3 sends it only for full reads.
      ...(checksumEnabled(input) && !range ? checksumView(version) : {}),
      ...headerView(bucket, version, input),
      ...(range ? { ContentRange: `bytes ${range.start}-${range.end}/${body.length}` } : {}),
      ContentType: optional(input, 'ResponseContentType') ?? version.contentType,
      ...tailView(version),
    };
  },

  HeadObject(ctx: ServiceContext, input: Input) {
    const bucket = findBucket(ctx, input);
    const key = required(input, 'Key');
    let version: ObjectVersion;
    try {
      version = readVersion(bucket, key, optional(input, 'VersionId'));
      checkReadConditions(input, version);
    } catch (error) {
      // HEAD has no body: the client learns only the status.
      if (error instanceof AwsError) throw error.status === 304 ? error : headError(error.status);
      throw error;
    }
    return {
      AcceptRanges: 'bytes',
      LastModified: isoTimestamp(version.lastModified),
      ContentLength: version.size,
      ...(checksumEnabled(input) ? checksumView(version) : {}),
      ETag: version.etag,
      ...headerView(bucket, version, input),
      ContentType: version.contentType,
      ...tailView(version),
    };
  },

  CopyObject(ctx: ServiceContext, input: Input) {
    const bucket = findBucket(ctx, input);
    const key = required(input, 'Key');
    const source = parseCopySource(input.CopySource ?? required(input, 'CopySource'));
    const sourceBucket = findBucket(ctx, { Bucket: source.bucket });
    const from = readVersion(sourceBucket, source.key, source.versionId);
    const directive = optional(input, 'MetadataDirective') ?? 'COPY';
    if (directive !== 'COPY' && directive !== 'REPLACE') throw invalidArgument('Unknown metadata directive.', { ArgumentName: 'x-amz-metadata-directive', ArgumentValue: directive });
    const sameObject = sourceBucket === bucket && source.key === key && (source.versionId === undefined || source.versionId === from.versionId);
    if (sameObject && directive === 'COPY' && input.StorageClass === undefined && input.WebsiteRedirectLocation === undefined && input.ServerSideEncryption === undefined) {
      throw invalidRequest(
        "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
      );
    }
    const body = bodyOf(from);
    const storageClass = storageClassOf(input);
    const asked = optional(input, 'ChecksumAlgorithm')?.toUpperCase() as ChecksumAlgorithm | undefined;
    const algorithm = asked ?? from.checksum?.algorithm ?? 'CRC64NVME';
    const headers: Omit<NewObject, 'body' | 'checksumAlgorithm'> =
      directive === 'REPLACE'
        ? headersFrom(input)
        : {
            contentType: from.contentType,
            ...(from.cacheControl !== undefined ? { cacheControl: from.cacheControl } : {}),
            ...(from.contentDisposition !== undefined ? { contentDisposition: from.contentDisposition } : {}),
            ...(from.contentEncoding !== undefined ? { contentEncoding: from.contentEncoding } : {}),
            ...(from.contentLanguage !== undefined ? { contentLanguage: from.contentLanguage } : {}),
            metadata: { ...(from.metadata ?? {}) },
            ...(storageClass ? { storageClass } : {}),
          };
    const version = writeObject(ctx, bucket, key, { body, ...headers, checksumAlgorithm: algorithm }, 'ObjectCreated:Copy');
    const sum = checksumView(version);
    return {
      CopyObjectResult: {
        ETag: version.etag,
        LastModified: isoTimestamp(version.lastModified),
        ...(sum.ChecksumType ? { ChecksumType: sum.ChecksumType } : {}),
        ...Object.fromEntries(Object.entries(sum).filter(([k]) => k !== 'ChecksumType')),
      },
      ...(sourceBucket.versioning ? { CopySourceVersionId: from.versionId } : {}),
      ...(bucket.versioning === 'Enabled' ? { VersionId: version.versionId } : {}),
      ServerSideEncryption: 'AES256',
    };
  },

  DeleteObject(ctx: ServiceContext, input: Input) {
    const bucket = findBucket(ctx, input);
    const key = required(input, 'Key');
    return deleteObject(ctx, bucket, key, optional(input, 'VersionId'));
  },

  DeleteObjects(ctx: ServiceContext, input: Input) {
    const bucket = findBucket(ctx, input);
    const request = input.Delete as { Objects?: unknown; Quiet?: unknown } | undefined;
    const objects = Array.isArray(request?.Objects) ? (request.Objects as Array<Record<string, unknown>>) : [];
    if (objects.length === 0 || objects.length > 1000) throw malformedXml();
    const deleted: Record<string, unknown>[] = [];
    const errors: Record<string, unknown>[] = [];
    for (const item of objects) {
      const key = String(item.Key ?? '');
      const versionId = item.VersionId === undefined || item.VersionId === null ? undefined : String(item.VersionId);
      try {
        const result = deleteObject(ctx, bucket, key, versionId);
        // A created delete marker is reported as DeleteMarkerVersionId; a removed version as VersionId.
        deleted.push({
          Key: key,
          ...(versionId !== undefined ? { VersionId: versionId } : {}),
          ...(result.DeleteMarker ? { DeleteMarker: true, DeleteMarkerVersionId: result.VersionId } : {}),
        });
      } catch (error) {
        if (!(error instanceof AwsError)) throw error;
        errors.push({ Key: key, ...(versionId !== undefined ? { VersionId: versionId } : {}), Code: error.code, Message: error.message });
      }
    }
    return {
      ...(deleted.length && request?.Quiet !== true ? { Deleted: deleted } : {}),
      ...(errors.length ? { Errors: errors } : {}),
    };
  },
};
