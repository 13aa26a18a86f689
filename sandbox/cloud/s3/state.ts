/**
 * S3 state as plain data. Bucket names are one global namespace (every account, every region), so
 * buckets are keyed by name alone. Each key holds its versions newest first: an unversioned bucket
 * keeps exactly one version whose id is "null", as S3 itself models it. Bodies are base64 so the
 * snapshot stays JSON.
 */

/** The checksum algorithms S3 stores with an object. */
export type ChecksumAlgorithm = 'CRC32' | 'CRC32C' | 'CRC64NVME' | 'SHA1' | 'SHA256';

export interface ObjectVersion {
  /** `null` (the string) for an object written while versioning was never enabled or is suspended. */
  versionId: string;
  /** A delete marker has no body, size or ETag. */
  deleteMarker?: boolean;
  /** base64 of the bytes. */
  body?: string;
  size: number;
  /** Quoted MD5 hex, exactly as S3 returns it: `"5d41402abc4b2a76b9719d911017c592"`. */
  etag: string;
  /** Epoch ms, whole seconds (S3 keeps Last-Modified to the second). */
  lastModified: number;
  /** The account that wrote it (Owner in listings). */
  owner: string;
  contentType?: string;
  cacheControl?: string;
  contentDisposition?: string;
  contentEncoding?: string;
  contentLanguage?: string;
  websiteRedirectLocation?: string;
  /** User metadata, keys lower-cased as S3 returns them. */
  metadata?: Record<string, string>;
  storageClass: string;
  checksum?: { algorithm: ChecksumAlgorithm; value: string };
}

export interface FilterRule {
  /** `Prefix` or `Suffix`, capitalised as S3 returns them whatever the request said. */
  Name: 'Prefix' | 'Suffix';
  Value: string;
}

/** One destination of a notification configuration, normalised. */
export interface NotificationTarget {
  kind: 'lambda' | 'queue' | 'topic';
  Id: string;
  /** Function, queue or topic ARN. */
  arn: string;
  Events: string[];
  FilterRules?: FilterRule[];
}

export interface NotificationState {
  targets: NotificationTarget[];
  /** EventBridgeConfiguration is set (kept and returned; events are not sent to a bus yet). */
  eventBridge?: boolean;
}

export interface BucketRecord {
  name: string;
  region: string;
  /** Owning account. */
  account: string;
  /** Epoch ms. */
  createdAt: number;
  /** Absent until versioning was configured once; a bucket can never return to unversioned. */
  versioning?: 'Enabled' | 'Suspended';
  /** Versions by key, newest first. */
  objects: Record<string, ObjectVersion[]>;
  notification: NotificationState;
}

export interface S3State {
  /** Buckets by name (the namespace is global). */
  buckets: Record<string, BucketRecord>;
  /** Feeds event sequencers, so the events of one key order as S3's do. */
  sequence: number;
}

export const initialS3State = (): S3State => ({ buckets: {}, sequence: 0 });
