/**
 * Conditional requests: If-Match / If-None-Match (ETags, `*` for "any object") and the
 * If-(Un)Modified-Since dates. GET and HEAD answer 412 or 304; PUT answers 412 — the conditional
 * write that lets two writers not overwrite each other.
 */
import { notModified, preconditionFailed } from './errors.ts';
import type { Input } from './common.ts';
import type { ObjectVersion } from './state.ts';

const unquote = (etag: string) => etag.trim().replace(/^"|"$/g, '');
const matches = (header: string, etag: string) => header.split(',').some((h) => h.trim() === '*' || unquote(h) === unquote(etag));
const date = (value: unknown) => (value === undefined || value === null ? undefined : Date.parse(String(value)));

/** GetObject / HeadObject preconditions on the version about to be read. */
export function checkReadConditions(input: Input, version: ObjectVersion): void {
  const ifMatch = input.IfMatch === undefined ? undefined : String(input.IfMatch);
  const ifNoneMatch = input.IfNoneMatch === undefined ? undefined : String(input.IfNoneMatch);
  const since = date(input.IfModifiedSince);
  const unmodifiedSince = date(input.IfUnmodifiedSince);
  if (ifMatch !== undefined && !matches(ifMatch, version.etag)) throw preconditionFailed('If-Match');
  if (ifMatch === undefined && unmodifiedSince !== undefined && version.lastModified > unmodifiedSince) throw preconditionFailed('If-Unmodified-Since');
  if (ifNoneMatch !== undefined && matches(ifNoneMatch, version.etag)) throw notModified();
  if (ifNoneMatch === undefined && since !== undefined && version.lastModified <= since) throw notModified();
}

/** PutObject's If-None-Match: * (only if absent) and If-Match: ETag (only if unchanged). */
export function checkWriteConditions(input: Input, current: ObjectVersion | undefined): void {
  const live = current && !current.deleteMarker ? current : undefined;
  if (input.IfNoneMatch !== undefined && input.IfNoneMatch !== null && live) throw preconditionFailed('If-None-Match');
  if (input.IfMatch !== undefined && input.IfMatch !== null && (!live || !matches(String(input.IfMatch), live.etag))) {
    throw preconditionFailed('If-Match');
  }
}
