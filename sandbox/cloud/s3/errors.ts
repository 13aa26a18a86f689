/**
 * S3's errors in its own words (REST-XML `<Error><Code>…</Code><Message>…</Message>…</Error>`).
 * Some messages end without a full stop — S3's are not uniform, and learners compare them with what
 * they see on a real account. The extra members are the XML elements S3 adds (BucketName, Key …),
 * kept for a wire layer. HEAD requests have no body, so botocore names their errors by status:
 * `An error occurred (404) when calling the HeadObject operation: Not Found`.
 */
import { AwsError } from '../errors.ts';

const s3Error = (code: string, message: string, status: number, extra?: Record<string, unknown>) =>
  new AwsError(code, message, status, status >= 500 ? 'Service' : 'User', extra);

export const noSuchBucket = (bucket: string) => s3Error('NoSuchBucket', 'The specified bucket does not exist', 404, { BucketName: bucket });
export const noSuchKey = (key: string) => s3Error('NoSuchKey', 'The specified key does not exist.', 404, { Key: key });
export const noSuchVersion = (key: string, versionId: string) =>
  s3Error('NoSuchVersion', 'The specified version does not exist.', 404, { Key: key, VersionId: versionId });
export const invalidVersionId = (versionId: string) =>
  s3Error('InvalidArgument', 'Invalid version id specified', 400, { ArgumentName: 'versionId', ArgumentValue: versionId });
/** GetObject / HeadObject of a version that is a delete marker. */
export const methodNotAllowed = () =>
  s3Error('MethodNotAllowed', 'The specified method is not allowed against this resource.', 405, { Method: 'GET', ResourceType: 'DeleteMarker' });

export const invalidBucketName = (bucket: string) => s3Error('InvalidBucketName', 'The specified bucket is not valid.', 400, { BucketName: bucket });
export const bucketAlreadyExists = (bucket: string) =>
  s3Error(
    'BucketAlreadyExists',
    'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.',
    409,
    { BucketName: bucket },
  );
export const bucketAlreadyOwnedByYou = (bucket: string) =>
  s3Error('BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', 409, { BucketName: bucket });
export const bucketNotEmpty = (bucket: string, versioned: boolean) =>
  s3Error(
    'BucketNotEmpty',
    versioned ? 'The bucket you tried to delete is not empty. You must delete all versions in the bucket.' : 'The bucket you tried to delete is not empty',
    409,
    { BucketName: bucket },
  );
export const invalidLocationConstraint = (value: string) =>
  s3Error('InvalidLocationConstraint', 'The specified location-constraint is not valid', 400, { LocationConstraint: value });
export const illegalLocationConstraint = (value: string | undefined) =>
  s3Error(
    'IllegalLocationConstraintException',
    `The ${value ?? 'unspecified'} location constraint is incompatible for the region specific endpoint this request was sent to.`,
    400,
  );

export const invalidArgument = (message: string, extra?: Record<string, unknown>) => s3Error('InvalidArgument', message, 400, extra);
export const invalidRequest = (message: string) => s3Error('InvalidRequest', message, 400);
export const malformedXml = () =>
  s3Error('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema', 400);
export const keyTooLong = () => s3Error('KeyTooLongError', 'Your key is too long', 400, { MaxSizeAllowed: 1024 });
export const metadataTooLarge = (size: number) =>
  s3Error('MetadataTooLarge', 'Your metadata headers exceed the maximum allowed metadata size.', 400, { Size: size, MaxSizeAllowed: 2048 });
export const entityTooLarge = (proposed: number, max: number) =>
  s3Error('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', 400, { ProposedSize: proposed, MaxSizeAllowed: max });
export const badDigest = (what: string) => s3Error('BadDigest', `The ${what} you specified did not match the calculated checksum.`, 400);
export const badContentMd5 = () => s3Error('BadDigest', 'The Content-MD5 you specified did not match what we received.', 400);
export const invalidDigest = () => s3Error('InvalidDigest', 'The Content-MD5 you specified is not valid.', 400);

/** A HEAD request's error: only the status reaches the client. */
const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 412: 'Precondition Failed' };
export const headError = (status: number) => s3Error(String(status), STATUS_TEXT[status] ?? 'Bad Request', status);
export const preconditionFailed = (condition: string) =>
  s3Error('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', 412, { Condition: condition });
/** 304 has no body: botocore reports it by status. */
export const notModified = () => s3Error('304', 'Not Modified', 304);
