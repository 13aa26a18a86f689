/**
 * Amazon Simple Storage Service (botocore data/s3/2006-03-01, REST-XML), offered by the CLI as
 * `aws s3api`: the bucket, object, versioning and notification operations the sandbox engine
 * answers. Members are transcribed in the model's order. PutObject's `Body` is a streaming blob: the
 * CLI takes a file path for it (`--body photo.jpg`, never file:// or fileb://) — see
 * customizations/s3/s3api.ts — and GetObject streams its `Body` to the positional outfile.
 */
import { blob, boolean, integer, list, long, map, member, string, structure, timestamp, type OperationModel, type ServiceModel, type StructureShape } from './shapes.ts';

const BucketName = string({ name: 'BucketName' });
const ObjectKey = string({ name: 'ObjectKey', min: 1 });
const AccountId = string({ name: 'AccountId' });
const ObjectVersionId = string({ name: 'ObjectVersionId' });
const PlainString = (name: string) => string({ name });

const ObjectCannedACL = string({
  name: 'ObjectCannedACL',
  enum: ['private', 'public-read', 'public-read-write', 'authenticated-read', 'aws-exec-read', 'bucket-owner-read', 'bucket-owner-full-control'],
});
const BucketCannedACL = string({ name: 'BucketCannedACL', enum: ['private', 'public-read', 'public-read-write', 'authenticated-read'] });
const ChecksumAlgorithm = string({ name: 'ChecksumAlgorithm', enum: ['CRC32', 'CRC32C', 'SHA1', 'SHA256', 'CRC64NVME'] });
const ServerSideEncryption = string({ name: 'ServerSideEncryption', enum: ['AES256', 'aws:fsx', 'aws:kms', 'aws:kms:dsse'] });
const StorageClass = string({
  name: 'StorageClass',
  enum: ['STANDARD', 'REDUCED_REDUNDANCY', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER', 'DEEP_ARCHIVE', 'OUTPOSTS', 'GLACIER_IR', 'SNOW', 'EXPRESS_ONEZONE', 'FSX_OPENZFS'],
});
const RequestPayer = string({ name: 'RequestPayer', enum: ['requester'] });
const ObjectLockMode = string({ name: 'ObjectLockMode', enum: ['GOVERNANCE', 'COMPLIANCE'] });
const ObjectLockLegalHoldStatus = string({ name: 'ObjectLockLegalHoldStatus', enum: ['ON', 'OFF'] });
const ChecksumMode = string({ name: 'ChecksumMode', enum: ['ENABLED'] });
const EncodingType = string({ name: 'EncodingType', enum: ['url'] });
const OptionalObjectAttributesList = list(string({ name: 'OptionalObjectAttributes', enum: ['RestoreStatus'] }), { name: 'OptionalObjectAttributesList' });
const Metadata = map(PlainString('MetadataKey'), PlainString('MetadataValue'), { name: 'Metadata' });
const StreamingBody = { ...blob, name: 'StreamingBody' };

const DOC = {
  bucket: 'The bucket name.',
  key: 'Object key for which the operation was initiated.',
  owner: 'The account ID of the expected bucket owner.',
  payer: 'Confirms that the requester knows that they will be charged for the request.',
  sseAlg: 'Specifies the algorithm to use when encrypting the object (for example, AES256).',
  sseKey: 'Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data.',
  sseKeyMd5: 'Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321.',
  checksumAlg: 'Indicates the algorithm used to create the checksum for the object when you use the SDK.',
  ifMatch: 'Return the object only if its entity tag (ETag) is the same as the one specified in this header; otherwise, return a 412 Precondition Failed error.',
  ifModified: 'Return the object only if it has been modified since the specified time; otherwise, return a 304 Not Modified error.',
  ifNoneMatch: 'Return the object only if its entity tag (ETag) is different from the one specified in this header; otherwise, return a 304 Not Modified error.',
  ifUnmodified: 'Return the object only if it has not been modified since the specified time; otherwise, return a 412 Precondition Failed error.',
  grantFull: 'Gives the grantee READ, READ_ACP, and WRITE_ACP permissions on the object.',
  grantRead: 'Allows grantee to read the object data and its metadata.',
  grantReadAcp: 'Allows grantee to read the object ACL.',
  grantWriteAcp: 'Allows grantee to write the ACL for the applicable object.',
  delimiter: 'A delimiter is a character that you use to group keys.',
  encoding: 'Encoding type used by Amazon S3 to encode the object keys in the response.',
  maxKeys: 'Sets the maximum number of keys returned in the response.',
  optionalAttrs: 'Specifies the optional fields that you want returned in the response.',
};

const common = {
  ExpectedBucketOwner: member(AccountId, DOC.owner),
  RequestPayer: member(RequestPayer, DOC.payer),
};

/** The members GetObject and HeadObject share, in the model's order. */
function readRequest(name: string, bucketDoc: string): StructureShape {
  return structure({
    Bucket: member(BucketName, bucketDoc),
    IfMatch: member(PlainString('IfMatch'), DOC.ifMatch),
    IfModifiedSince: member({ ...timestamp, name: 'IfModifiedSince' }, DOC.ifModified),
    IfNoneMatch: member(PlainString('IfNoneMatch'), DOC.ifNoneMatch),
    IfUnmodifiedSince: member({ ...timestamp, name: 'IfUnmodifiedSince' }, DOC.ifUnmodified),
    Key: member(ObjectKey, 'Key of the object to get.'),
    Range: member(PlainString('Range'), 'Downloads the specified byte range of an object.'),
    ResponseCacheControl: member(PlainString('ResponseCacheControl'), 'Sets the Cache-Control header of the response.'),
    ResponseContentDisposition: member(PlainString('ResponseContentDisposition'), 'Sets the Content-Disposition header of the response.'),
    ResponseContentEncoding: member(PlainString('ResponseContentEncoding'), 'Sets the Content-Encoding header of the response.'),
    ResponseContentLanguage: member(PlainString('ResponseContentLanguage'), 'Sets the Content-Language header of the response.'),
    ResponseContentType: member(PlainString('ResponseContentType'), 'Sets the Content-Type header of the response.'),
    ResponseExpires: member({ ...timestamp, name: 'ResponseExpires' }, 'Sets the Expires header of the response.'),
    VersionId: member(ObjectVersionId, 'Version ID used to reference a specific version of the object.'),
    SSECustomerAlgorithm: member(PlainString('SSECustomerAlgorithm'), DOC.sseAlg),
    SSECustomerKey: member(PlainString('SSECustomerKey'), DOC.sseKey),
    SSECustomerKeyMD5: member(PlainString('SSECustomerKeyMD5'), DOC.sseKeyMd5),
    RequestPayer: common.RequestPayer,
    PartNumber: member(integer({ name: 'PartNumber' }), 'Part number of the object being read.'),
    ExpectedBucketOwner: common.ExpectedBucketOwner,
    ChecksumMode: member(ChecksumMode, 'To retrieve the checksum, this mode must be enabled.'),
  }, { name, required: ['Bucket', 'Key'] });
}

function bucketOnly(name: string, bucketDoc = DOC.bucket): StructureShape {
  return structure({ Bucket: member(BucketName, bucketDoc), ExpectedBucketOwner: common.ExpectedBucketOwner }, { name, required: ['Bucket'] });
}

const CopyObject: OperationModel = {
  name: 'CopyObject',
  doc: 'Creates a copy of an object that is already stored in Amazon S3.',
  input: structure({
    ACL: member(ObjectCannedACL, 'The canned access control list (ACL) to apply to the object.'),
    Bucket: member(BucketName, 'The name of the destination bucket.'),
    CacheControl: member(PlainString('CacheControl'), 'Specifies the caching behavior along the request/reply chain.'),
    ChecksumAlgorithm: member(ChecksumAlgorithm, 'Indicates the algorithm that you want Amazon S3 to use to create the checksum for the object.'),
    ContentDisposition: member(PlainString('ContentDisposition'), 'Specifies presentational information for the object.'),
    ContentEncoding: member(PlainString('ContentEncoding'), 'Specifies what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field.'),
    ContentLanguage: member(PlainString('ContentLanguage'), 'The language the content is in.'),
    ContentType: member(PlainString('ContentType'), 'A standard MIME type that describes the format of the object data.'),
    CopySource: member(PlainString('CopySource'), 'Specifies the source object for the copy operation.'),
    CopySourceIfMatch: member(PlainString('CopySourceIfMatch'), 'Copies the object if its entity tag (ETag) matches the specified tag.'),
    CopySourceIfModifiedSince: member({ ...timestamp, name: 'CopySourceIfModifiedSince' }, 'Copies the object if it has been modified since the specified time.'),
    CopySourceIfNoneMatch: member(PlainString('CopySourceIfNoneMatch'), 'Copies the object if its entity tag (ETag) is different than the specified ETag.'),
    CopySourceIfUnmodifiedSince: member({ ...timestamp, name: 'CopySourceIfUnmodifiedSince' }, "Copies the object if it hasn't been modified since the specified time."),
    Expires: member({ ...timestamp, name: 'Expires' }, 'The date and time at which the object is no longer cacheable.'),
    GrantFullControl: member(PlainString('GrantFullControl'), DOC.grantFull),
    GrantRead: member(PlainString('GrantRead'), DOC.grantRead),
    GrantReadACP: member(PlainString('GrantReadACP'), DOC.grantReadAcp),
    GrantWriteACP: member(PlainString('GrantWriteACP'), DOC.grantWriteAcp),
    Key: member(ObjectKey, 'The key of the destination object.'),
    Metadata: member(Metadata, 'A map of metadata to store with the object in S3.'),
    MetadataDirective: member(string({ name: 'MetadataDirective', enum: ['COPY', 'REPLACE'] }), 'Specifies whether the metadata is copied from the source object or replaced with metadata that\'s provided in the request.'),
    TaggingDirective: member(string({ name: 'TaggingDirective', enum: ['COPY', 'REPLACE'] }), 'Specifies whether the object tag-set is copied from the source object or replaced with the tag-set that\'s provided in the request.'),
    ServerSideEncryption: member(ServerSideEncryption, 'The server-side encryption algorithm used when storing this object in Amazon S3.'),
    StorageClass: member(StorageClass, 'If the x-amz-storage-class header is not used, the copied object will be stored in the STANDARD Storage Class by default.'),
    WebsiteRedirectLocation: member(PlainString('WebsiteRedirectLocation'), 'If the destination bucket is configured as a website, redirects requests for this object copy to another object in the same bucket or to an external URL.'),
    SSECustomerAlgorithm: member(PlainString('SSECustomerAlgorithm'), DOC.sseAlg),
    SSECustomerKey: member(PlainString('SSECustomerKey'), DOC.sseKey),
    SSECustomerKeyMD5: member(PlainString('SSECustomerKeyMD5'), DOC.sseKeyMd5),
    SSEKMSKeyId: member(PlainString('SSEKMSKeyId'), 'Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use for object encryption.'),
    SSEKMSEncryptionContext: member(PlainString('SSEKMSEncryptionContext'), 'Specifies the Amazon Web Services KMS Encryption Context as an additional encryption context to use for the destination object encryption.'),
    BucketKeyEnabled: member({ ...boolean, name: 'BucketKeyEnabled' }, 'Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with server-side encryption using Key Management Service (KMS) keys (SSE-KMS).'),
    CopySourceSSECustomerAlgorithm: member(PlainString('CopySourceSSECustomerAlgorithm'), 'Specifies the algorithm to use when decrypting the source object (for example, AES256).'),
    CopySourceSSECustomerKey: member(PlainString('CopySourceSSECustomerKey'), 'Specifies the customer-provided encryption key for Amazon S3 to use to decrypt the source object.'),
    CopySourceSSECustomerKeyMD5: member(PlainString('CopySourceSSECustomerKeyMD5'), 'Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321.'),
    RequestPayer: common.RequestPayer,
    Tagging: member(PlainString('TaggingHeader'), 'The tag-set for the object copy in the destination bucket.'),
    ObjectLockMode: member(ObjectLockMode, 'The Object Lock mode that you want to apply to the object copy.'),
    ObjectLockRetainUntilDate: member({ ...timestamp, name: 'ObjectLockRetainUntilDate' }, "The date and time when you want the Object Lock of the object copy to expire."),
    ObjectLockLegalHoldStatus: member(ObjectLockLegalHoldStatus, 'Specifies whether you want to apply a legal hold to the object copy.'),
    ExpectedBucketOwner: member(AccountId, 'The account ID of the expected destination bucket owner.'),
    ExpectedSourceBucketOwner: member(AccountId, 'The account ID of the expected source bucket owner.'),
  }, { name: 'CopyObjectRequest', required: ['Bucket', 'CopySource', 'Key'] }),
};

const CreateBucket: OperationModel = {
  name: 'CreateBucket',
  doc: 'Creates a new S3 bucket.',
  input: structure({
    ACL: member(BucketCannedACL, 'The canned ACL to apply to the bucket.'),
    Bucket: member(BucketName, 'The name of the bucket to create.'),
    CreateBucketConfiguration: member(structure({
      LocationConstraint: member(string({
        name: 'BucketLocationConstraint',
        enum: ['af-south-1', 'ap-east-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-south-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ca-central-1', 'cn-north-1', 'cn-northwest-1', 'EU', 'eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'il-central-1', 'me-central-1', 'me-south-1', 'sa-east-1', 'us-east-2', 'us-gov-east-1', 'us-gov-west-1', 'us-west-1', 'us-west-2'],
      }), 'Specifies the Region where the bucket will be created.'),
      Location: member(structure({
        Type: member(string({ name: 'LocationType', enum: ['AvailabilityZone', 'LocalZone'] }), 'The type of location where the bucket will be created.'),
        Name: member(PlainString('LocationNameAsString'), 'The name of the location where the bucket will be created.'),
      }, { name: 'LocationInfo' }), 'Specifies the location where the bucket will be created.'),
      Bucket: member(structure({
        DataRedundancy: member(string({ name: 'DataRedundancy', enum: ['SingleAvailabilityZone', 'SingleLocalZone'] }), 'The number of Zone (Availability Zone or Local Zone) that\'s used for redundancy for the bucket.'),
        Type: member(string({ name: 'BucketType', enum: ['Directory'] }), 'The type of bucket.'),
      }, { name: 'BucketInfo' }), 'Specifies the information about the bucket that will be created.'),
    }, { name: 'CreateBucketConfiguration' }), 'The configuration information for the bucket.'),
    GrantFullControl: member(PlainString('GrantFullControl'), 'Allows grantee the read, write, read ACP, and write ACP permissions on the bucket.'),
    GrantRead: member(PlainString('GrantRead'), 'Allows grantee to list the objects in the bucket.'),
    GrantReadACP: member(PlainString('GrantReadACP'), 'Allows grantee to read the bucket ACL.'),
    GrantWrite: member(PlainString('GrantWrite'), 'Allows grantee to create new objects in the bucket.'),
    GrantWriteACP: member(PlainString('GrantWriteACP'), 'Allows grantee to write the ACL for the applicable bucket.'),
    ObjectLockEnabledForBucket: member({ ...boolean, name: 'ObjectLockEnabledForBucket' }, 'Specifies whether you want S3 Object Lock to be enabled for the new bucket.'),
    ObjectOwnership: member(string({ name: 'ObjectOwnership', enum: ['BucketOwnerPreferred', 'ObjectWriter', 'BucketOwnerEnforced'] }), 'The container element for object ownership for a bucket\'s ownership controls.'),
  }, { name: 'CreateBucketRequest', required: ['Bucket'] }),
};

const DeleteBucket: OperationModel = {
  name: 'DeleteBucket',
  doc: 'Deletes the S3 bucket.',
  input: bucketOnly('DeleteBucketRequest', 'Specifies the bucket being deleted.'),
};

const DeleteObject: OperationModel = {
  name: 'DeleteObject',
  doc: 'Removes an object from a bucket.',
  input: structure({
    Bucket: member(BucketName, 'The bucket name of the bucket containing the object.'),
    Key: member(ObjectKey, 'Key name of the object to delete.'),
    MFA: member(PlainString('MFA'), "The concatenation of the authentication device's serial number, a space, and the value that is displayed on your authentication device."),
    VersionId: member(ObjectVersionId, 'Version ID used to reference a specific version of the object.'),
    RequestPayer: common.RequestPayer,
    BypassGovernanceRetention: member({ ...boolean, name: 'BypassGovernanceRetention' }, 'Indicates whether S3 Object Lock should bypass Governance-mode restrictions to process this operation.'),
    ExpectedBucketOwner: common.ExpectedBucketOwner,
    IfMatch: member(PlainString('IfMatch'), 'The If-Match header field makes the request method conditional on ETags.'),
    IfMatchLastModifiedTime: member({ ...timestamp, name: 'IfMatchLastModifiedTime' }, 'If present, the object is deleted only if its modification times matches the provided Timestamp.'),
    IfMatchSize: member(long({ name: 'IfMatchSize' }), 'If present, the object is deleted only if its size matches the provided size in bytes.'),
  }, { name: 'DeleteObjectRequest', required: ['Bucket', 'Key'] }),
};

const DeleteObjects: OperationModel = {
  name: 'DeleteObjects',
  doc: 'This operation enables you to delete multiple objects from a bucket using a single HTTP request.',
  input: structure({
    Bucket: member(BucketName, 'The bucket name containing the objects to delete.'),
    Delete: member(structure({
      Objects: member(list(structure({
        Key: member(ObjectKey, 'Key name of the object.'),
        VersionId: member(ObjectVersionId, 'Version ID for the specific version of the object to delete.'),
        ETag: member(PlainString('ETag'), 'An entity tag (ETag) is an identifier assigned by a web server to a specific version of a resource found at a URL.'),
        LastModifiedTime: member({ ...timestamp, name: 'LastModifiedTime' }, 'If present, the objects are deleted only if its modification times matches the provided Timestamp.'),
        Size: member(long({ name: 'Size' }), 'If present, the objects are deleted only if its size matches the provided size in bytes.'),
      }, { name: 'ObjectIdentifier', required: ['Key'] }), { name: 'ObjectIdentifierList' }), 'The object to delete.'),
      Quiet: member({ ...boolean, name: 'Quiet' }, 'Element to enable quiet mode for the request.'),
    }, { name: 'Delete', required: ['Objects'] }), 'Container for the request.'),
    MFA: member(PlainString('MFA'), "The concatenation of the authentication device's serial number, a space, and the value that is displayed on your authentication device."),
    RequestPayer: common.RequestPayer,
    BypassGovernanceRetention: member({ ...boolean, name: 'BypassGovernanceRetention' }, 'Specifies whether you want to delete this object even if it has a Governance-type Object Lock in place.'),
    ExpectedBucketOwner: common.ExpectedBucketOwner,
    ChecksumAlgorithm: member(ChecksumAlgorithm, DOC.checksumAlg),
  }, { name: 'DeleteObjectsRequest', required: ['Bucket', 'Delete'] }),
};

const GetBucketLocation: OperationModel = {
  name: 'GetBucketLocation',
  doc: 'Returns the Region the bucket resides in.',
  input: bucketOnly('GetBucketLocationRequest', 'The name of the bucket for which to get the location.'),
};

const GetBucketNotificationConfiguration: OperationModel = {
  name: 'GetBucketNotificationConfiguration',
  doc: 'Returns the notification configuration of a bucket.',
  input: bucketOnly('GetBucketNotificationConfigurationRequest', 'The name of the bucket for which to get the notification configuration.'),
};

const GetBucketVersioning: OperationModel = {
  name: 'GetBucketVersioning',
  doc: 'Returns the versioning state of a bucket.',
  input: bucketOnly('GetBucketVersioningRequest', 'The name of the bucket for which to get the versioning information.'),
};

const GetObject: OperationModel = {
  name: 'GetObject',
  doc: 'Retrieves an object from Amazon S3.',
  input: readRequest('GetObjectRequest', 'The bucket name containing the object.'),
  streamingOutput: 'Body',
};

const HeadBucket: OperationModel = {
  name: 'HeadBucket',
  doc: 'You can use this operation to determine if a bucket exists and if you have permission to access it.',
  input: bucketOnly('HeadBucketRequest'),
};

const HeadObject: OperationModel = {
  name: 'HeadObject',
  doc: 'The HEAD operation retrieves metadata from an object without returning the object itself.',
  input: readRequest('HeadObjectRequest', 'The name of the bucket that contains the object.'),
};

const MaxBuckets = integer({ name: 'MaxBuckets', min: 1, max: 10000 });

const ListBuckets: OperationModel = {
  name: 'ListBuckets',
  doc: 'Returns a list of all buckets owned by the authenticated sender of the request.',
  input: structure({
    MaxBuckets: member(MaxBuckets, 'Maximum number of buckets to be returned in response.'),
    ContinuationToken: member(PlainString('Token'), 'ContinuationToken indicates to Amazon S3 that the list is being continued on this bucket with a token.'),
    Prefix: member(PlainString('Prefix'), 'Limits the response to bucket names that begin with the specified bucket name prefix.'),
    BucketRegion: member(PlainString('BucketRegion'), 'Limits the response to buckets that are located in the specified Amazon Web Services Region.'),
  }, { name: 'ListBucketsRequest' }),
  paginator: { inputToken: ['ContinuationToken'], outputToken: ['ContinuationToken'], limitKey: 'MaxBuckets', resultKeys: ['Buckets'], nonAggregateKeys: ['Owner', 'Prefix'] },
};

const ListObjectVersions: OperationModel = {
  name: 'ListObjectVersions',
  doc: 'Returns metadata about all versions of the objects in a bucket.',
  input: structure({
    Bucket: member(BucketName, 'The bucket name that contains the objects.'),
    Delimiter: member(PlainString('Delimiter'), DOC.delimiter),
    EncodingType: member(EncodingType, DOC.encoding),
    KeyMarker: member(PlainString('KeyMarker'), 'Specifies the key to start with when listing objects in a bucket.'),
    MaxKeys: member(integer({ name: 'MaxKeys' }), DOC.maxKeys),
    Prefix: member(PlainString('Prefix'), 'Use this parameter to select only those keys that begin with the specified prefix.'),
    VersionIdMarker: member(PlainString('VersionIdMarker'), 'Specifies the object version you want to start listing from.'),
    ExpectedBucketOwner: common.ExpectedBucketOwner,
    RequestPayer: common.RequestPayer,
    OptionalObjectAttributes: member(OptionalObjectAttributesList, DOC.optionalAttrs),
  }, { name: 'ListObjectVersionsRequest', required: ['Bucket'] }),
  paginator: {
    inputToken: ['KeyMarker', 'VersionIdMarker'],
    outputToken: ['NextKeyMarker', 'NextVersionIdMarker'],
    limitKey: 'MaxKeys',
    resultKeys: ['Versions', 'DeleteMarkers', 'CommonPrefixes'],
    nonAggregateKeys: ['RequestCharged'],
  },
};

const ListObjects: OperationModel = {
  name: 'ListObjects',
  doc: 'Returns some or all (up to 1,000) of the objects in a bucket.',
  input: structure({
    Bucket: member(BucketName, 'The name of the bucket containing the objects.'),
    Delimiter: member(PlainString('Delimiter'), DOC.delimiter),
    EncodingType: member(EncodingType, DOC.encoding),
    Marker: member(PlainString('Marker'), 'Marker is where you want Amazon S3 to start listing from.'),
    MaxKeys: member(integer({ name: 'MaxKeys' }), DOC.maxKeys),
    Prefix: member(PlainString('Prefix'), 'Limits the response to keys that begin with the specified prefix.'),
    RequestPayer: common.RequestPayer,
    ExpectedBucketOwner: common.ExpectedBucketOwner,
    OptionalObjectAttributes: member(OptionalObjectAttributesList, DOC.optionalAttrs),
  }, { name: 'ListObjectsRequest', required: ['Bucket'] }),
  // botocore's output token is `NextMarker || Contents[-1].Key`; the engine answers NextMarker only
  // with a Delimiter, as S3 does, so paging without one stops after the first page here.
  paginator: { inputToken: ['Marker'], outputToken: ['NextMarker'], limitKey: 'MaxKeys', resultKeys: ['Contents', 'CommonPrefixes'], nonAggregateKeys: ['RequestCharged'] },
};

const ListObjectsV2: OperationModel = {
  name: 'ListObjectsV2',
  doc: 'Returns some or all (up to 1,000) of the objects in a bucket with each request.',
  input: structure({
    Bucket: member(BucketName, 'Directory buckets - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format Bucket-name.s3express-zone-id.region-code.amazonaws.com.'),
    Delimiter: member(PlainString('Delimiter'), DOC.delimiter),
    EncodingType: member(EncodingType, DOC.encoding),
    MaxKeys: member(integer({ name: 'MaxKeys' }), DOC.maxKeys),
    Prefix: member(PlainString('Prefix'), 'Limits the response to keys that begin with the specified prefix.'),
    ContinuationToken: member(PlainString('Token'), 'ContinuationToken indicates to Amazon S3 that the list is being continued on this bucket with a token.'),
    FetchOwner: member({ ...boolean, name: 'FetchOwner' }, 'The owner field is not present in ListObjectsV2 by default.'),
    StartAfter: member(PlainString('StartAfter'), 'StartAfter is where you want Amazon S3 to start listing from.'),
    RequestPayer: common.RequestPayer,
    ExpectedBucketOwner: common.ExpectedBucketOwner,
    OptionalObjectAttributes: member(OptionalObjectAttributesList, DOC.optionalAttrs),
  }, { name: 'ListObjectsV2Request', required: ['Bucket'] }),
  paginator: { inputToken: ['ContinuationToken'], outputToken: ['NextContinuationToken'], limitKey: 'MaxKeys', resultKeys: ['Contents', 'CommonPrefixes'], nonAggregateKeys: ['RequestCharged'] },
};

const Events = list(string({
  name: 'Event',
  enum: [
    's3:ReducedRedundancyLostObject', 's3:ObjectCreated:*', 's3:ObjectCreated:Put', 's3:ObjectCreated:Post', 's3:ObjectCreated:Copy',
    's3:ObjectCreated:CompleteMultipartUpload', 's3:ObjectRemoved:*', 's3:ObjectRemoved:Delete', 's3:ObjectRemoved:DeleteMarkerCreated',
    's3:ObjectRestore:*', 's3:ObjectRestore:Post', 's3:ObjectRestore:Completed', 's3:Replication:*', 's3:Replication:OperationFailedReplication',
    's3:Replication:OperationNotTracked', 's3:Replication:OperationMissedThreshold', 's3:Replication:OperationReplicatedAfterThreshold',
    's3:ObjectRestore:Delete', 's3:LifecycleTransition', 's3:IntelligentTiering', 's3:ObjectAcl:Put', 's3:LifecycleExpiration:*',
    's3:LifecycleExpiration:Delete', 's3:LifecycleExpiration:DeleteMarkerCreated', 's3:ObjectTagging:*', 's3:ObjectTagging:Put',
    's3:ObjectTagging:Delete',
  ],
}), { name: 'EventList' });

const NotificationFilter = structure({
  Key: member(structure({
    FilterRules: member(list(structure({
      Name: member(string({ name: 'FilterRuleName', enum: ['prefix', 'suffix'] }), 'The object key name prefix or suffix identifying one or more objects to which the filtering rule applies.'),
      Value: member(PlainString('FilterRuleValue'), 'The value that the filter searches for in object key names.'),
    }, { name: 'FilterRule' }), { name: 'FilterRuleList' }), 'A list of containers for the key-value pair that defines the criteria for the filter rule.'),
  }, { name: 'S3KeyFilter' }), 'A container for object key name prefix and suffix filtering rules.'),
}, { name: 'NotificationConfigurationFilter' });

function destination(name: string, arnMember: string, arnDoc: string): StructureShape {
  return structure({
    Id: member(PlainString('NotificationId'), 'An optional unique identifier for configurations in a notification configuration.'),
    [arnMember]: member(PlainString(`${arnMember}`), arnDoc),
    Events: member(Events, 'The Amazon S3 bucket event about which to send notifications.'),
    Filter: member(NotificationFilter, 'Specifies object key name filtering rules.'),
  }, { name, required: [arnMember, 'Events'] });
}

const NotificationConfiguration = structure({
  TopicConfigurations: member(list(destination('TopicConfiguration', 'TopicArn', 'The Amazon Resource Name (ARN) of the Amazon SNS topic to which Amazon S3 publishes a message when it detects events of the specified type.'), { name: 'TopicConfigurationList' }), 'The topic to which notifications are sent and the events for which notifications are generated.'),
  QueueConfigurations: member(list(destination('QueueConfiguration', 'QueueArn', 'The Amazon Resource Name (ARN) of the Amazon SQS queue to which Amazon S3 publishes a message when it detects events of the specified type.'), { name: 'QueueConfigurationList' }), 'The Amazon Simple Queue Service queues to publish messages to and the events for which to publish messages.'),
  LambdaFunctionConfigurations: member(list(destination('LambdaFunctionConfiguration', 'LambdaFunctionArn', 'The Amazon Resource Name (ARN) of the Lambda function that Amazon S3 invokes when the specified event type occurs.'), { name: 'LambdaFunctionConfigurationList' }), 'Describes the Lambda functions to invoke and the events for which to invoke them.'),
  EventBridgeConfiguration: member(structure({}, { name: 'EventBridgeConfiguration' }), 'Enables delivery of events to Amazon EventBridge.'),
}, { name: 'NotificationConfiguration' });

const PutBucketNotificationConfiguration: OperationModel = {
  name: 'PutBucketNotificationConfiguration',
  doc: 'Enables notifications of specified events for a bucket.',
  input: structure({
    Bucket: member(BucketName, 'The name of the bucket.'),
    NotificationConfiguration: member(NotificationConfiguration, 'A container for specifying the notification configuration of the bucket.'),
    ExpectedBucketOwner: common.ExpectedBucketOwner,
    SkipDestinationValidation: member({ ...boolean, name: 'SkipValidation' }, 'Skips validation of Amazon SQS, Amazon SNS, and Lambda destinations.'),
  }, { name: 'PutBucketNotificationConfigurationRequest', required: ['Bucket', 'NotificationConfiguration'] }),
};

const PutBucketVersioning: OperationModel = {
  name: 'PutBucketVersioning',
  doc: 'Sets the versioning state of an existing bucket.',
  input: structure({
    Bucket: member(BucketName, 'The bucket name.'),
    ContentMD5: member(PlainString('ContentMD5'), 'The Base64 encoded 128-bit MD5 digest of the data.'),
    ChecksumAlgorithm: member(ChecksumAlgorithm, DOC.checksumAlg),
    MFA: member(PlainString('MFA'), "The concatenation of the authentication device's serial number, a space, and the value that is displayed on your authentication device."),
    VersioningConfiguration: member(structure({
      MFADelete: member(string({ name: 'MFADelete', enum: ['Enabled', 'Disabled'] }), 'Specifies whether MFA delete is enabled in the bucket versioning configuration.'),
      Status: member(string({ name: 'BucketVersioningStatus', enum: ['Enabled', 'Suspended'] }), 'The versioning state of the bucket.'),
    }, { name: 'VersioningConfiguration' }), 'Container for setting the versioning state.'),
    ExpectedBucketOwner: common.ExpectedBucketOwner,
  }, { name: 'PutBucketVersioningRequest', required: ['Bucket', 'VersioningConfiguration'] }),
};

const PutObject: OperationModel = {
  name: 'PutObject',
  doc: 'Adds an object to a bucket.',
  input: structure({
    ACL: member(ObjectCannedACL, 'The canned ACL to apply to the object.'),
    Body: member(StreamingBody, 'Object data.'),
    Bucket: member(BucketName, 'The bucket name to which the PUT action was initiated.'),
    CacheControl: member(PlainString('CacheControl'), 'Can be used to specify caching behavior along the request/reply chain.'),
    ContentDisposition: member(PlainString('ContentDisposition'), 'Specifies presentational information for the object.'),
    ContentEncoding: member(PlainString('ContentEncoding'), 'Specifies what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field.'),
    ContentLanguage: member(PlainString('ContentLanguage'), 'The language the content is in.'),
    ContentLength: member(long({ name: 'ContentLength' }), 'Size of the body in bytes.'),
    ContentMD5: member(PlainString('ContentMD5'), 'The Base64 encoded 128-bit MD5 digest of the message (without the headers) according to RFC 1864.'),
    ContentType: member(PlainString('ContentType'), 'A standard MIME type describing the format of the contents.'),
    ChecksumAlgorithm: member(ChecksumAlgorithm, DOC.checksumAlg),
    ChecksumCRC32: member(PlainString('ChecksumCRC32'), 'This header can be used as a data integrity check to verify that the data received is the same data that was originally sent.'),
    ChecksumCRC32C: member(PlainString('ChecksumCRC32C'), 'This header can be used as a data integrity check to verify that the data received is the same data that was originally sent.'),
    ChecksumCRC64NVME: member(PlainString('ChecksumCRC64NVME'), 'This header can be used as a data integrity check to verify that the data received is the same data that was originally sent.'),
    ChecksumSHA1: member(PlainString('ChecksumSHA1'), 'This header can be used as a data integrity check to verify that the data received is the same data that was originally sent.'),
    ChecksumSHA256: member(PlainString('ChecksumSHA256'), 'This header can be used as a data integrity check to verify that the data received is the same data that was originally sent.'),
    Expires: member({ ...timestamp, name: 'Expires' }, 'The date and time at which the object is no longer cacheable.'),
    IfMatch: member(PlainString('IfMatch'), 'Uploads the object only if the ETag (entity tag) value provided during the WRITE operation matches the ETag of the object in S3.'),
    IfNoneMatch: member(PlainString('IfNoneMatch'), 'Uploads the object only if the object key name does not already exist in the bucket specified.'),
    GrantFullControl: member(PlainString('GrantFullControl'), DOC.grantFull),
    GrantRead: member(PlainString('GrantRead'), DOC.grantRead),
    GrantReadACP: member(PlainString('GrantReadACP'), DOC.grantReadAcp),
    GrantWriteACP: member(PlainString('GrantWriteACP'), DOC.grantWriteAcp),
    Key: member(ObjectKey, 'Object key for which the PUT action was initiated.'),
    WriteOffsetBytes: member(long({ name: 'WriteOffsetBytes' }), 'Specifies the offset for appending data to existing objects in bytes.'),
    Metadata: member(Metadata, 'A map of metadata to store with the object in S3.'),
    ServerSideEncryption: member(ServerSideEncryption, 'The server-side encryption algorithm that was used when you store this object in Amazon S3.'),
    StorageClass: member(StorageClass, 'By default, Amazon S3 uses the STANDARD Storage Class to store newly created objects.'),
    WebsiteRedirectLocation: member(PlainString('WebsiteRedirectLocation'), 'If the bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL.'),
    SSECustomerAlgorithm: member(PlainString('SSECustomerAlgorithm'), DOC.sseAlg),
    SSECustomerKey: member(PlainString('SSECustomerKey'), DOC.sseKey),
    SSECustomerKeyMD5: member(PlainString('SSECustomerKeyMD5'), DOC.sseKeyMd5),
    SSEKMSKeyId: member(PlainString('SSEKMSKeyId'), 'Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use for object encryption.'),
    SSEKMSEncryptionContext: member(PlainString('SSEKMSEncryptionContext'), 'Specifies the Amazon Web Services KMS Encryption Context as an additional encryption context to use for object encryption.'),
    BucketKeyEnabled: member({ ...boolean, name: 'BucketKeyEnabled' }, 'Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with server-side encryption using Key Management Service (KMS) keys (SSE-KMS).'),
    RequestPayer: common.RequestPayer,
    Tagging: member(PlainString('TaggingHeader'), 'The tag-set for the object.'),
    ObjectLockMode: member(ObjectLockMode, "The Object Lock mode that you want to apply to this object."),
    ObjectLockRetainUntilDate: member({ ...timestamp, name: 'ObjectLockRetainUntilDate' }, "The date and time when you want this object's Object Lock to expire."),
    ObjectLockLegalHoldStatus: member(ObjectLockLegalHoldStatus, 'Specifies whether a legal hold will be applied to this object.'),
    ExpectedBucketOwner: common.ExpectedBucketOwner,
  }, { name: 'PutObjectRequest', required: ['Bucket', 'Key'] }),
};

/**
 * Every command of the real `aws s3api`: the non-deprecated operations of service-2.json, then the
 * waiters' `wait`.
 */
const COMMANDS = [
  'abort-multipart-upload', 'complete-multipart-upload', 'copy-object', 'create-bucket', 'create-bucket-metadata-configuration',
  'create-bucket-metadata-table-configuration', 'create-multipart-upload', 'create-session', 'delete-bucket',
  'delete-bucket-analytics-configuration', 'delete-bucket-cors', 'delete-bucket-encryption',
  'delete-bucket-intelligent-tiering-configuration', 'delete-bucket-inventory-configuration', 'delete-bucket-lifecycle',
  'delete-bucket-metadata-configuration', 'delete-bucket-metadata-table-configuration', 'delete-bucket-metrics-configuration',
  'delete-bucket-ownership-controls', 'delete-bucket-policy', 'delete-bucket-replication', 'delete-bucket-tagging',
  'delete-bucket-website', 'delete-object', 'delete-object-tagging', 'delete-objects', 'delete-public-access-block',
  'get-bucket-accelerate-configuration', 'get-bucket-acl', 'get-bucket-analytics-configuration', 'get-bucket-cors',
  'get-bucket-encryption', 'get-bucket-intelligent-tiering-configuration', 'get-bucket-inventory-configuration',
  'get-bucket-lifecycle-configuration', 'get-bucket-location', 'get-bucket-logging', 'get-bucket-metadata-configuration',
  'get-bucket-metadata-table-configuration', 'get-bucket-metrics-configuration', 'get-bucket-notification-configuration',
  'get-bucket-ownership-controls', 'get-bucket-policy', 'get-bucket-policy-status', 'get-bucket-replication',
  'get-bucket-request-payment', 'get-bucket-tagging', 'get-bucket-versioning', 'get-bucket-website', 'get-object',
  'get-object-acl', 'get-object-attributes', 'get-object-legal-hold', 'get-object-lock-configuration', 'get-object-retention',
  'get-object-tagging', 'get-object-torrent', 'get-public-access-block', 'head-bucket', 'head-object',
  'list-bucket-analytics-configurations', 'list-bucket-intelligent-tiering-configurations', 'list-bucket-inventory-configurations',
  'list-bucket-metrics-configurations', 'list-buckets', 'list-directory-buckets', 'list-multipart-uploads',
  'list-object-versions', 'list-objects', 'list-objects-v2', 'list-parts', 'put-bucket-accelerate-configuration',
  'put-bucket-acl', 'put-bucket-analytics-configuration', 'put-bucket-cors', 'put-bucket-encryption',
  'put-bucket-intelligent-tiering-configuration', 'put-bucket-inventory-configuration', 'put-bucket-lifecycle-configuration',
  'put-bucket-logging', 'put-bucket-metrics-configuration', 'put-bucket-notification-configuration',
  'put-bucket-ownership-controls', 'put-bucket-policy', 'put-bucket-replication', 'put-bucket-request-payment',
  'put-bucket-tagging', 'put-bucket-versioning', 'put-bucket-website', 'put-object', 'put-object-acl',
  'put-object-legal-hold', 'put-object-lock-configuration', 'put-object-retention', 'put-object-tagging',
  'put-public-access-block', 'rename-object', 'restore-object', 'select-object-content',
  'update-bucket-metadata-inventory-table-configuration', 'update-bucket-metadata-journal-table-configuration', 'upload-part',
  'upload-part-copy', 'write-get-object-response', 'wait',
];

export const s3apiModel: ServiceModel = {
  cliName: 's3api',
  endpointPrefix: 's3',
  fullName: 'Amazon Simple Storage Service',
  doc: 'Amazon S3 stores objects — any bytes under a key — in buckets; its event notifications invoke Lambda functions when objects are created or removed.',
  operations: {
    CopyObject, CreateBucket, DeleteBucket, DeleteObject, DeleteObjects, GetBucketLocation, GetBucketNotificationConfiguration,
    GetBucketVersioning, GetObject, HeadBucket, HeadObject, ListBuckets, ListObjectVersions, ListObjects, ListObjectsV2,
    PutBucketNotificationConfiguration, PutBucketVersioning, PutObject,
  },
  commands: COMMANDS,
};
