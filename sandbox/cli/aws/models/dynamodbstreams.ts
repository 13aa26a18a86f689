/**
 * Amazon DynamoDB Streams (botocore data/dynamodbstreams/2012-08-10, JSON protocol). Its endpoint
 * prefix is `streams.dynamodb`; requests are sent to the cloud's `dynamodbstreams` service, which
 * shares its state with `dynamodb`. The model has no paginators.
 */
import { integer, member, string, structure, type OperationModel, type ServiceModel } from './shapes.ts';

const StreamArn = string({ name: 'StreamArn', min: 37, max: 1024 });
const ShardId = string({ name: 'ShardId', min: 28, max: 65 });
const PositiveIntegerObject = integer({ name: 'PositiveIntegerObject', min: 1 });

const DescribeStream: OperationModel = {
  name: 'DescribeStream',
  doc: 'Returns information about a stream, including the current status of the stream, its Amazon Resource Name (ARN), the composition of its shards, and its corresponding DynamoDB table.',
  input: structure({
    StreamArn: member(StreamArn, 'The Amazon Resource Name (ARN) for the stream.'),
    Limit: member(PositiveIntegerObject, 'The maximum number of shard objects to return.'),
    ExclusiveStartShardId: member(ShardId, 'The shard ID of the first item that this operation will evaluate.'),
  }, { name: 'DescribeStreamInput', required: ['StreamArn'] }),
};

const GetRecords: OperationModel = {
  name: 'GetRecords',
  doc: 'Retrieves the stream records from a given shard.',
  input: structure({
    ShardIterator: member(string({ name: 'ShardIterator', min: 1, max: 2048 }), 'A shard iterator that was retrieved from a previous GetShardIterator operation.'),
    Limit: member(PositiveIntegerObject, 'The maximum number of records to return from the shard.'),
  }, { name: 'GetRecordsInput', required: ['ShardIterator'] }),
};

const GetShardIterator: OperationModel = {
  name: 'GetShardIterator',
  doc: 'Returns a shard iterator.',
  input: structure({
    StreamArn: member(StreamArn, 'The Amazon Resource Name (ARN) for the stream.'),
    ShardId: member(ShardId, 'The identifier of the shard.'),
    ShardIteratorType: member(
      string({ name: 'ShardIteratorType', enum: ['TRIM_HORIZON', 'LATEST', 'AT_SEQUENCE_NUMBER', 'AFTER_SEQUENCE_NUMBER'] }),
      'Determines how the shard iterator is used to start reading stream records from the shard.',
    ),
    SequenceNumber: member(string({ name: 'SequenceNumber', min: 21, max: 40 }), 'The sequence number of a stream record in the shard from which to start reading.'),
  }, { name: 'GetShardIteratorInput', required: ['StreamArn', 'ShardId', 'ShardIteratorType'] }),
};

const ListStreams: OperationModel = {
  name: 'ListStreams',
  doc: 'Returns an array of stream ARNs associated with the current account and endpoint.',
  input: structure({
    TableName: member(string({ name: 'TableName', min: 3, max: 255 }), 'If this parameter is provided, then only the streams associated with this table name are returned.'),
    Limit: member(PositiveIntegerObject, 'The maximum number of streams to return.'),
    ExclusiveStartStreamArn: member(StreamArn, 'The ARN (Amazon Resource Name) of the first item that this operation will evaluate.'),
  }, { name: 'ListStreamsInput' }),
};

export const dynamodbstreamsModel: ServiceModel = {
  cliName: 'dynamodbstreams',
  endpointPrefix: 'dynamodbstreams',
  fullName: 'Amazon DynamoDB Streams',
  doc: 'DynamoDB Streams records every change to the items of a table that has a stream, in order, for 24 hours; Lambda reads them through an event source mapping.',
  operations: { DescribeStream, GetRecords, GetShardIterator, ListStreams },
  commands: ['describe-stream', 'get-records', 'get-shard-iterator', 'list-streams'],
};
