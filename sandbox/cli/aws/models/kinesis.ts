/**
 * Amazon Kinesis (botocore data/kinesis/2013-12-02, JSON protocol): the stream, shard and record
 * operations the sandbox engine answers. `Data` is a blob: under `cli_binary_format
 * raw-in-base64-out` a plain string is sent as its bytes, under the v2 default it must be base64.
 *
 * Paginators: ListStreams and ListShards follow NextToken. DescribeStream's paginator (output token
 * `StreamDescription.Shards[-1].ShardId`, a nested path) is left out: paginate.ts follows top-level
 * tokens only, so `describe-stream` makes one call, returning up to 100 shards and HasMoreShards.
 */
import { blob, boolean, integer, list, map, member, string, structure, timestamp, type OperationModel, type ServiceModel } from './shapes.ts';

const StreamName = string({ name: 'StreamName', min: 1, max: 128 });
const StreamARN = string({ name: 'StreamARN', min: 1, max: 2048 });
const ShardId = string({ name: 'ShardId', min: 1, max: 128 });
const SequenceNumber = string({ name: 'SequenceNumber' });
const HashKey = string({ name: 'HashKey' });
const PartitionKey = string({ name: 'PartitionKey', min: 1, max: 256 });
const Data = { ...blob, name: 'Data', min: 0, max: 1048576 };
const NextToken = string({ name: 'NextToken', min: 1, max: 1048576 });
const PositiveIntegerObject = integer({ name: 'PositiveIntegerObject', min: 1 });
const RetentionPeriodHours = integer({ name: 'RetentionPeriodHours' });
const TagMap = map(string({ name: 'TagKey', min: 1, max: 128 }), string({ name: 'TagValue', min: 0, max: 256 }), { name: 'TagMap' });
const StreamModeDetails = structure({
  StreamMode: member(string({ name: 'StreamMode', enum: ['PROVISIONED', 'ON_DEMAND'] }), 'Specifies the capacity mode to which you want to set your data stream.'),
}, { name: 'StreamModeDetails', required: ['StreamMode'] });

const STREAM_NAME_DOC = 'The name of the stream.';
const STREAM_ARN_DOC = 'The ARN of the stream.';

const CreateStream: OperationModel = {
  name: 'CreateStream',
  doc: 'Creates a Kinesis data stream.',
  input: structure({
    StreamName: member(StreamName, 'A name to identify the stream.'),
    ShardCount: member(PositiveIntegerObject, 'The number of shards that the stream will use.'),
    StreamModeDetails: member(StreamModeDetails, 'Indicates the capacity mode of the data stream.'),
    Tags: member(TagMap, 'A set of up to 50 key-value pairs to use to create the tags.'),
  }, { name: 'CreateStreamInput', required: ['StreamName'] }),
};

const DecreaseStreamRetentionPeriod: OperationModel = {
  name: 'DecreaseStreamRetentionPeriod',
  doc: "Decreases the Kinesis data stream's retention period, which is the length of time data records are accessible after they are added to the stream.",
  input: structure({
    StreamName: member(StreamName, 'The name of the stream to modify.'),
    RetentionPeriodHours: member(RetentionPeriodHours, 'The new retention period of the stream, in hours.'),
    StreamARN: member(StreamARN, STREAM_ARN_DOC),
  }, { name: 'DecreaseStreamRetentionPeriodInput', required: ['RetentionPeriodHours'] }),
};

const DeleteStream: OperationModel = {
  name: 'DeleteStream',
  doc: 'Deletes a Kinesis data stream and all its shards and data.',
  input: structure({
    StreamName: member(StreamName, 'The name of the stream to delete.'),
    EnforceConsumerDeletion: member({ ...boolean, name: 'BooleanObject' }, 'If this parameter is unset (null) or if you set it to false, and the stream has registered consumers, the call to DeleteStream fails with a ResourceInUseException.'),
    StreamARN: member(StreamARN, STREAM_ARN_DOC),
  }, { name: 'DeleteStreamInput' }),
};

const DescribeStream: OperationModel = {
  name: 'DescribeStream',
  doc: 'Describes the specified Kinesis data stream.',
  input: structure({
    StreamName: member(StreamName, 'The name of the stream to describe.'),
    Limit: member(integer({ name: 'DescribeStreamInputLimit', min: 1, max: 10000 }), 'The maximum number of shards to return in a single call.'),
    ExclusiveStartShardId: member(ShardId, 'The shard ID of the shard to start with.'),
    StreamARN: member(StreamARN, STREAM_ARN_DOC),
  }, { name: 'DescribeStreamInput' }),
};

const DescribeStreamSummary: OperationModel = {
  name: 'DescribeStreamSummary',
  doc: 'Provides a summarized description of the specified Kinesis data stream without the shard list.',
  input: structure({
    StreamName: member(StreamName, 'The name of the stream to describe.'),
    StreamARN: member(StreamARN, STREAM_ARN_DOC),
  }, { name: 'DescribeStreamSummaryInput' }),
};

const GetRecords: OperationModel = {
  name: 'GetRecords',
  doc: 'Gets data records from a Kinesis data stream\'s shard.',
  input: structure({
    ShardIterator: member(string({ name: 'ShardIterator', min: 1, max: 512 }), 'The position in the shard from which you want to start sequentially reading data records.'),
    Limit: member(integer({ name: 'GetRecordsInputLimit', min: 1, max: 10000 }), 'The maximum number of records to return.'),
    StreamARN: member(StreamARN, STREAM_ARN_DOC),
  }, { name: 'GetRecordsInput', required: ['ShardIterator'] }),
};

const GetShardIterator: OperationModel = {
  name: 'GetShardIterator',
  doc: 'Gets an Amazon Kinesis shard iterator.',
  input: structure({
    StreamName: member(StreamName, 'The name of the Amazon Kinesis data stream.'),
    ShardId: member(ShardId, 'The shard ID of the Kinesis Data Streams shard to get the iterator for.'),
    ShardIteratorType: member(
      string({ name: 'ShardIteratorType', enum: ['AT_SEQUENCE_NUMBER', 'AFTER_SEQUENCE_NUMBER', 'TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP'] }),
      'Determines how the shard iterator is used to start reading data records from the shard.',
    ),
    StartingSequenceNumber: member(SequenceNumber, 'The sequence number of the data record in the shard from which to start reading.'),
    Timestamp: member(timestamp, 'The time stamp of the data record from which to start reading.'),
    StreamARN: member(StreamARN, STREAM_ARN_DOC),
  }, { name: 'GetShardIteratorInput', required: ['ShardId', 'ShardIteratorType'] }),
};

const IncreaseStreamRetentionPeriod: OperationModel = {
  name: 'IncreaseStreamRetentionPeriod',
  doc: "Increases the Kinesis data stream's retention period, which is the length of time data records are accessible after they are added to the stream.",
  input: structure({
    StreamName: member(StreamName, 'The name of the stream to modify.'),
    RetentionPeriodHours: member(RetentionPeriodHours, 'The new retention period of the stream, in hours.'),
    StreamARN: member(StreamARN, STREAM_ARN_DOC),
  }, { name: 'IncreaseStreamRetentionPeriodInput', required: ['RetentionPeriodHours'] }),
};

const ShardFilter = structure({
  Type: member(
    string({ name: 'ShardFilterType', enum: ['AFTER_SHARD_ID', 'AT_TRIM_HORIZON', 'FROM_TRIM_HORIZON', 'AT_LATEST', 'AT_TIMESTAMP', 'FROM_TIMESTAMP'] }),
    'The shard type specified in the ShardFilter parameter.',
  ),
  ShardId: member(ShardId, 'The exclusive start shardID speified in the ShardFilter parameter.'),
  Timestamp: member(timestamp, 'The timestamps specified in the ShardFilter parameter.'),
}, { name: 'ShardFilter', required: ['Type'] });

const ListShards: OperationModel = {
  name: 'ListShards',
  doc: 'Lists the shards in a stream and provides information about each shard.',
  input: structure({
    StreamName: member(StreamName, 'The name of the data stream whose shards you want to list.'),
    NextToken: member(NextToken, 'When the number of shards in the data stream is greater than the default value for the MaxResults parameter, or if you explicitly specify a value for MaxResults that is less than the number of shards in the data stream, the response includes a pagination token named NextToken.'),
    ExclusiveStartShardId: member(ShardId, 'Specify this parameter to indicate that you want to list the shards starting with the shard whose ID immediately follows ExclusiveStartShardId.'),
    MaxResults: member(integer({ name: 'ListShardsInputLimit', min: 1, max: 10000 }), 'The maximum number of shards to return in a single call to ListShards.'),
    StreamCreationTimestamp: member(timestamp, 'Specify this input parameter to distinguish data streams that have the same name.'),
    ShardFilter: member(ShardFilter, 'Enables you to filter out the response of the ListShards API.'),
    StreamARN: member(StreamARN, STREAM_ARN_DOC),
  }, { name: 'ListShardsInput' }),
  paginator: { inputToken: ['NextToken'], outputToken: ['NextToken'], limitKey: 'MaxResults', resultKeys: ['Shards'] },
};

const ListStreams: OperationModel = {
  name: 'ListStreams',
  doc: 'Lists your Kinesis data streams.',
  input: structure({
    Limit: member(integer({ name: 'ListStreamsInputLimit', min: 1, max: 10000 }), 'The maximum number of streams to list.'),
    ExclusiveStartStreamName: member(StreamName, 'The name of the stream to start the list with.'),
    NextToken: member(NextToken, ''),
  }, { name: 'ListStreamsInput' }),
  paginator: { inputToken: ['NextToken'], outputToken: ['NextToken'], limitKey: 'Limit', resultKeys: ['StreamNames', 'StreamSummaries'] },
};

const PutRecord: OperationModel = {
  name: 'PutRecord',
  doc: 'Writes a single data record into an Amazon Kinesis data stream.',
  input: structure({
    StreamName: member(StreamName, 'The name of the stream to put the data record into.'),
    Data: member(Data, 'The data blob to put into the record, which is base64-encoded when the blob is serialized.'),
    PartitionKey: member(PartitionKey, 'Determines which shard in the stream the data record is assigned to.'),
    ExplicitHashKey: member(HashKey, 'The hash value used to explicitly determine the shard the data record is assigned to by overriding the partition key hash.'),
    SequenceNumberForOrdering: member(SequenceNumber, 'Guarantees strictly increasing sequence numbers, for puts from the same client and to the same partition key.'),
    StreamARN: member(StreamARN, STREAM_ARN_DOC),
  }, { name: 'PutRecordInput', required: ['Data', 'PartitionKey'] }),
};

const PutRecords: OperationModel = {
  name: 'PutRecords',
  doc: 'Writes multiple data records into a Kinesis data stream in a single call (also referred to as a PutRecords request).',
  input: structure({
    Records: member(list(structure({
      Data: member(Data, 'The data blob to put into the record, which is base64-encoded when the blob is serialized.'),
      ExplicitHashKey: member(HashKey, 'The hash value used to determine explicitly the shard that the data record is assigned to by overriding the partition key hash.'),
      PartitionKey: member(PartitionKey, 'Determines which shard in the stream the data record is assigned to.'),
    }, { name: 'PutRecordsRequestEntry', required: ['Data', 'PartitionKey'] }), { name: 'PutRecordsRequestEntryList', min: 1, max: 500 }), 'The records associated with the request.'),
    StreamName: member(StreamName, 'The stream name associated with the request.'),
    StreamARN: member(StreamARN, STREAM_ARN_DOC),
  }, { name: 'PutRecordsInput', required: ['Records'] }),
};

/**
 * Every command of the real `aws kinesis`: the operations of service-2.json (xform_name, model
 * order), then `wait` (waiters StreamExists and StreamNotExists).
 */
const COMMANDS = [
  'add-tags-to-stream', 'create-stream', 'decrease-stream-retention-period', 'delete-resource-policy', 'delete-stream',
  'deregister-stream-consumer', 'describe-limits', 'describe-stream', 'describe-stream-consumer', 'describe-stream-summary',
  'disable-enhanced-monitoring', 'enable-enhanced-monitoring', 'get-records', 'get-resource-policy', 'get-shard-iterator',
  'increase-stream-retention-period', 'list-shards', 'list-stream-consumers', 'list-streams', 'list-tags-for-resource',
  'list-tags-for-stream', 'merge-shards', 'put-record', 'put-records', 'put-resource-policy', 'register-stream-consumer',
  'remove-tags-from-stream', 'split-shard', 'start-stream-encryption', 'stop-stream-encryption', 'subscribe-to-shard',
  'tag-resource', 'untag-resource', 'update-shard-count', 'update-stream-mode', 'wait',
];

export const kinesisModel: ServiceModel = {
  cliName: 'kinesis',
  endpointPrefix: 'kinesis',
  fullName: 'Amazon Kinesis',
  doc: 'Kinesis Data Streams carries streaming records: producers put records into the shards of a stream, consumers (and Lambda) read them in order, shard by shard, for as long as the stream retains them.',
  operations: {
    CreateStream, DecreaseStreamRetentionPeriod, DeleteStream, DescribeStream, DescribeStreamSummary, GetRecords,
    GetShardIterator, IncreaseStreamRetentionPeriod, ListShards, ListStreams, PutRecord, PutRecords,
  },
  commands: COMMANDS,
};
