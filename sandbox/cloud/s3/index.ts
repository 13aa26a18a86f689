/**
 * Amazon S3: buckets, objects, versioning and event notifications, its actions by API name. The
 * lead registers it as the `s3` service; `initialS3State()` is its part of the snapshot.
 */
import type { ServiceActions } from '../service.ts';
import { bucketActions } from './buckets.ts';
import { listingActions } from './listing.ts';
import { notificationActions } from './notifications.ts';
import { objectActions } from './objects.ts';

export const s3Actions: ServiceActions = {
  ...bucketActions,
  ...objectActions,
  ...listingActions,
  ...notificationActions,
} as unknown as ServiceActions;

export { initialS3State, type S3State, type BucketRecord, type ObjectVersion, type NotificationTarget } from './state.ts';
export { MAX_OBJECT_BYTES } from './store.ts';
export { encodeEventKey, S3_SENDER_ID, type S3EventName } from './events.ts';
export { bucketArn, canonicalUserId, s3State } from './names.ts';
