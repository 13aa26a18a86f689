/**
 * Amazon DynamoDB (botocore data/dynamodb/2012-08-10, JSON protocol): the table, item, query, scan
 * and batch operations the sandbox engine answers. AttributeValue is recursive (M holds a map of
 * AttributeValue, L a list of them), so its members are filled in after the shape exists.
 *
 * The legacy parameters (Expected, AttributesToGet, KeyConditions, QueryFilter, ScanFilter,
 * AttributeUpdates, ConditionalOperator) are modeled, so the flags exist as on the real CLI; the
 * engine answers that it supports only their expression counterparts.
 */
import {
  blob, boolean, integer, list, long, map, member, string, structure,
  type Member, type OperationModel, type ServiceModel, type StructureShape,
} from './shapes.ts';

const TableArn = string({ name: 'TableArn', min: 1, max: 1024 });
const AttributeName = string({ name: 'AttributeName', max: 65535 });
const KeySchemaAttributeName = string({ name: 'KeySchemaAttributeName', min: 1, max: 255 });
const IndexName = string({ name: 'IndexName', min: 3, max: 255 });
const PlainString = string({ name: 'String' });
const PositiveIntegerObject = integer({ name: 'PositiveIntegerObject', min: 1 });
const ConsistentRead = { ...boolean, name: 'ConsistentRead' };

const attributeValueMembers: Record<string, Member> = {};
const AttributeValue: StructureShape = structure(attributeValueMembers, { name: 'AttributeValue' });
const BinaryAttributeValue = { ...blob, name: 'BinaryAttributeValue' };
Object.assign(attributeValueMembers, {
  S: member(string({ name: 'StringAttributeValue' }), 'An attribute of type String.'),
  N: member(string({ name: 'NumberAttributeValue' }), 'An attribute of type Number.'),
  B: member(BinaryAttributeValue, 'An attribute of type Binary.'),
  SS: member(list(string({ name: 'StringAttributeValue' }), { name: 'StringSetAttributeValue' }), 'An attribute of type String Set.'),
  NS: member(list(string({ name: 'NumberAttributeValue' }), { name: 'NumberSetAttributeValue' }), 'An attribute of type Number Set.'),
  BS: member(list(BinaryAttributeValue, { name: 'BinarySetAttributeValue' }), 'An attribute of type Binary Set.'),
  M: member(map(AttributeName, AttributeValue, { name: 'MapAttributeValue' }), 'An attribute of type Map.'),
  L: member(list(AttributeValue, { name: 'ListAttributeValue' }), 'An attribute of type List.'),
  NULL: member({ ...boolean, name: 'NullAttributeValue' }, 'An attribute of type Null.'),
  BOOL: member({ ...boolean, name: 'BooleanAttributeValue' }, 'An attribute of type Boolean.'),
});

const Item = map(AttributeName, AttributeValue, { name: 'PutItemInputAttributeMap' });
const Key = map(AttributeName, AttributeValue, { name: 'Key' });
const ExpressionAttributeNames = map(string({ name: 'ExpressionAttributeNameVariable' }), AttributeName, { name: 'ExpressionAttributeNameMap' });
const ExpressionAttributeValues = map(string({ name: 'ExpressionAttributeValueVariable' }), AttributeValue, { name: 'ExpressionAttributeValueMap' });
const AttributesToGet = list(AttributeName, { name: 'AttributeNameList', min: 1 });
const AttributeValueList = list(AttributeValue, { name: 'AttributeValueList' });

const ReturnValue = string({ name: 'ReturnValue', enum: ['NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW'] });
const ReturnConsumedCapacity = string({ name: 'ReturnConsumedCapacity', enum: ['INDEXES', 'TOTAL', 'NONE'] });
const ReturnItemCollectionMetrics = string({ name: 'ReturnItemCollectionMetrics', enum: ['SIZE', 'NONE'] });
const ReturnValuesOnConditionCheckFailure = string({ name: 'ReturnValuesOnConditionCheckFailure', enum: ['ALL_OLD', 'NONE'] });
const ConditionalOperator = string({ name: 'ConditionalOperator', enum: ['AND', 'OR'] });
const ComparisonOperator = string({
  name: 'ComparisonOperator',
  enum: ['EQ', 'NE', 'IN', 'LE', 'LT', 'GE', 'GT', 'BETWEEN', 'NOT_NULL', 'NULL', 'CONTAINS', 'NOT_CONTAINS', 'BEGINS_WITH'],
});
const Select = string({ name: 'Select', enum: ['ALL_ATTRIBUTES', 'ALL_PROJECTED_ATTRIBUTES', 'SPECIFIC_ATTRIBUTES', 'COUNT'] });

const Expected = map(AttributeName, structure({
  Value: member(AttributeValue, 'Represents the data for the expected attribute.'),
  Exists: member({ ...boolean, name: 'BooleanObject' }, 'Causes DynamoDB to evaluate the value before attempting a conditional operation.'),
  ComparisonOperator: member(ComparisonOperator, 'A comparator for evaluating attributes in the AttributeValueList.'),
  AttributeValueList: member(AttributeValueList, 'One or more values to evaluate against the supplied attribute.'),
}, { name: 'ExpectedAttributeValue' }), { name: 'ExpectedAttributeMap' });
const Condition = structure({
  AttributeValueList: member(AttributeValueList, 'One or more values to evaluate against the supplied attribute.'),
  ComparisonOperator: member(ComparisonOperator, 'A comparator for evaluating attributes.'),
}, { name: 'Condition', required: ['ComparisonOperator'] });
const FilterConditionMap = map(AttributeName, Condition, { name: 'FilterConditionMap' });

const KeySchema = list(structure({
  AttributeName: member(KeySchemaAttributeName, 'The name of a key attribute.'),
  KeyType: member(string({ name: 'KeyType', enum: ['HASH', 'RANGE'] }), 'The role that this key attribute will assume: HASH - partition key, RANGE - sort key.'),
}, { name: 'KeySchemaElement', required: ['AttributeName', 'KeyType'] }), { name: 'KeySchema', min: 1, max: 2 });
const AttributeDefinitions = list(structure({
  AttributeName: member(KeySchemaAttributeName, 'A name for the attribute.'),
  AttributeType: member(string({ name: 'ScalarAttributeType', enum: ['S', 'N', 'B'] }), 'The data type for the attribute.'),
}, { name: 'AttributeDefinition', required: ['AttributeName', 'AttributeType'] }), { name: 'AttributeDefinitions' });
const ProvisionedThroughput = structure({
  ReadCapacityUnits: member(long({ name: 'PositiveLongObject', min: 1 }), 'The maximum number of strongly consistent reads consumed per second before DynamoDB returns a ThrottlingException.'),
  WriteCapacityUnits: member(long({ name: 'PositiveLongObject', min: 1 }), 'The maximum number of writes consumed per second before DynamoDB returns a ThrottlingException.'),
}, { name: 'ProvisionedThroughput', required: ['ReadCapacityUnits', 'WriteCapacityUnits'] });
const StreamSpecification = structure({
  StreamEnabled: member({ ...boolean, name: 'StreamEnabled' }, 'Indicates whether DynamoDB Streams is enabled (true) or disabled (false) on the table.'),
  StreamViewType: member(string({ name: 'StreamViewType', enum: ['NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY'] }), 'When an item in the table is modified, StreamViewType determines what information is written to the stream for this table.'),
}, { name: 'StreamSpecification', required: ['StreamEnabled'] });
const BillingMode = string({ name: 'BillingMode', enum: ['PROVISIONED', 'PAY_PER_REQUEST'] });
const Projection = structure({
  ProjectionType: member(string({ name: 'ProjectionType', enum: ['ALL', 'KEYS_ONLY', 'INCLUDE'] }), 'The set of attributes that are projected into the index.'),
  NonKeyAttributes: member(list(string({ name: 'NonKeyAttributeName', min: 1, max: 255 }), { name: 'NonKeyAttributeNameList', min: 1, max: 20 }), 'Represents the non-key attribute names which will be projected into the index.'),
}, { name: 'Projection' });
const DeletionProtectionEnabled = { ...boolean, name: 'DeletionProtectionEnabled' };

const TABLE_DOC = 'The name of the table. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.';
const NAMES_DOC = 'One or more substitution tokens for attribute names in an expression.';
const VALUES_DOC = 'One or more values that can be substituted in an expression.';
const CAPACITY_DOC = 'Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response.';
const METRICS_DOC = 'Determines whether item collection metrics are returned.';
const ON_FAILURE_DOC = 'An optional parameter that returns the item attributes for an operation that failed a condition check.';
const LEGACY = (name: string) => `This is a legacy parameter. Use ${name} instead.`;

const CreateTable: OperationModel = {
  name: 'CreateTable',
  doc: 'The CreateTable operation adds a new table to your account.',
  input: structure({
    AttributeDefinitions: member(AttributeDefinitions, 'An array of attributes that describe the key schema for the table and indexes.'),
    TableName: member(TableArn, 'The name of the table to create.'),
    KeySchema: member(KeySchema, 'Specifies the attributes that make up the primary key for a table or an index.'),
    LocalSecondaryIndexes: member(list(structure({
      IndexName: member(IndexName, 'The name of the local secondary index.'),
      KeySchema: member(KeySchema, 'The complete key schema for the local secondary index.'),
      Projection: member(Projection, 'Represents attributes that are copied (projected) from the table into the local secondary index.'),
    }, { name: 'LocalSecondaryIndex', required: ['IndexName', 'KeySchema', 'Projection'] }), { name: 'LocalSecondaryIndexList' }), 'One or more local secondary indexes (the maximum is 5) to be created on the table.'),
    GlobalSecondaryIndexes: member(list(structure({
      IndexName: member(IndexName, 'The name of the global secondary index.'),
      KeySchema: member(KeySchema, 'The complete key schema for a global secondary index.'),
      Projection: member(Projection, 'Represents attributes that are copied (projected) from the table into the global secondary index.'),
      ProvisionedThroughput: member(ProvisionedThroughput, 'Represents the provisioned throughput settings for the specified global secondary index.'),
    }, { name: 'GlobalSecondaryIndex', required: ['IndexName', 'KeySchema', 'Projection'] }), { name: 'GlobalSecondaryIndexList' }), 'One or more global secondary indexes (the maximum is 20) to be created on the table.'),
    BillingMode: member(BillingMode, 'Controls how you are charged for read and write throughput and how you manage capacity.'),
    ProvisionedThroughput: member(ProvisionedThroughput, 'Represents the provisioned throughput settings for a specified table or index.'),
    StreamSpecification: member(StreamSpecification, 'The settings for DynamoDB Streams on the table.'),
    SSESpecification: member(structure({
      Enabled: member({ ...boolean, name: 'SSEEnabled' }, 'Indicates whether server-side encryption is done using an Amazon Web Services managed key or an Amazon Web Services owned key.'),
      SSEType: member(string({ name: 'SSEType', enum: ['AES256', 'KMS'] }), 'Server-side encryption type.'),
      KMSMasterKeyId: member(string({ name: 'KMSMasterKeyId' }), 'The KMS key that should be used for the KMS encryption.'),
    }, { name: 'SSESpecification' }), 'Represents the settings used to enable server-side encryption.'),
    Tags: member(list(structure({
      Key: member(string({ name: 'TagKeyString', min: 1, max: 128 }), 'The key of the tag.'),
      Value: member(string({ name: 'TagValueString', min: 0, max: 256 }), 'The value of the tag.'),
    }, { name: 'Tag', required: ['Key', 'Value'] }), { name: 'TagList' }), 'A list of key-value pairs to label the table.'),
    TableClass: member(string({ name: 'TableClass', enum: ['STANDARD', 'STANDARD_INFREQUENT_ACCESS'] }), 'The table class of the new table.'),
    DeletionProtectionEnabled: member(DeletionProtectionEnabled, 'Indicates whether deletion protection is to be enabled (true) or disabled (false) on the table.'),
  }, { name: 'CreateTableInput', required: ['AttributeDefinitions', 'TableName', 'KeySchema'] }),
};

const DeleteTable: OperationModel = {
  name: 'DeleteTable',
  doc: 'The DeleteTable operation deletes a table and all of its items.',
  input: structure({ TableName: member(TableArn, 'The name of the table to delete.') }, { name: 'DeleteTableInput', required: ['TableName'] }),
};

const DescribeTable: OperationModel = {
  name: 'DescribeTable',
  doc: 'Returns information about the table, including the current status of the table, when it was created, the primary key schema, and any indexes on the table.',
  input: structure({ TableName: member(TableArn, 'The name of the table to describe.') }, { name: 'DescribeTableInput', required: ['TableName'] }),
};

const ListTables: OperationModel = {
  name: 'ListTables',
  doc: 'Returns an array of table names associated with the current account and endpoint.',
  input: structure({
    ExclusiveStartTableName: member(string({ name: 'TableName', min: 3, max: 255 }), 'The first table name that this operation will evaluate.'),
    Limit: member(integer({ name: 'ListTablesInputLimit', min: 1, max: 100 }), 'A maximum number of table names to return.'),
  }, { name: 'ListTablesInput' }),
  paginator: { inputToken: ['ExclusiveStartTableName'], outputToken: ['LastEvaluatedTableName'], limitKey: 'Limit', resultKeys: ['TableNames'] },
};

const UpdateTable: OperationModel = {
  name: 'UpdateTable',
  doc: 'Modifies the provisioned throughput settings, global secondary indexes, or DynamoDB Streams settings for a given table.',
  input: structure({
    AttributeDefinitions: member(AttributeDefinitions, 'An array of attributes that describe the key schema for the table and indexes.'),
    TableName: member(TableArn, 'The name of the table to be updated.'),
    BillingMode: member(BillingMode, 'Controls how you are charged for read and write throughput and how you manage capacity.'),
    ProvisionedThroughput: member(ProvisionedThroughput, 'The new provisioned throughput settings for the specified table or index.'),
    StreamSpecification: member(StreamSpecification, 'Represents the DynamoDB Streams configuration for the table.'),
    DeletionProtectionEnabled: member(DeletionProtectionEnabled, 'Indicates whether deletion protection is to be enabled (true) or disabled (false) on the table.'),
  }, { name: 'UpdateTableInput', required: ['TableName'] }),
};

const PutItem: OperationModel = {
  name: 'PutItem',
  doc: 'Creates a new item, or replaces an old item with a new item.',
  input: structure({
    TableName: member(TableArn, 'The name of the table to contain the item.'),
    Item: member(Item, 'A map of attribute name/value pairs, one for each attribute.'),
    Expected: member(Expected, LEGACY('ConditionExpression')),
    ReturnValues: member(ReturnValue, 'Use ReturnValues if you want to get the item attributes as they appeared before they were updated with the PutItem request.'),
    ReturnConsumedCapacity: member(ReturnConsumedCapacity, CAPACITY_DOC),
    ReturnItemCollectionMetrics: member(ReturnItemCollectionMetrics, METRICS_DOC),
    ConditionalOperator: member(ConditionalOperator, LEGACY('ConditionExpression')),
    ConditionExpression: member(PlainString, 'A condition that must be satisfied in order for a conditional PutItem operation to succeed.'),
    ExpressionAttributeNames: member(ExpressionAttributeNames, NAMES_DOC),
    ExpressionAttributeValues: member(ExpressionAttributeValues, VALUES_DOC),
    ReturnValuesOnConditionCheckFailure: member(ReturnValuesOnConditionCheckFailure, ON_FAILURE_DOC),
  }, { name: 'PutItemInput', required: ['TableName', 'Item'] }),
};

const GetItem: OperationModel = {
  name: 'GetItem',
  doc: 'The GetItem operation returns a set of attributes for the item with the given primary key.',
  input: structure({
    TableName: member(TableArn, 'The name of the table containing the requested item.'),
    Key: member(Key, 'A map of attribute names to AttributeValue objects, representing the primary key of the item to retrieve.'),
    AttributesToGet: member(AttributesToGet, LEGACY('ProjectionExpression')),
    ConsistentRead: member(ConsistentRead, 'Determines the read consistency model: If set to true, then the operation uses strongly consistent reads; otherwise, the operation uses eventually consistent reads.'),
    ReturnConsumedCapacity: member(ReturnConsumedCapacity, CAPACITY_DOC),
    ProjectionExpression: member(PlainString, 'A string that identifies one or more attributes to retrieve from the table.'),
    ExpressionAttributeNames: member(ExpressionAttributeNames, NAMES_DOC),
  }, { name: 'GetItemInput', required: ['TableName', 'Key'] }),
};

const UpdateItem: OperationModel = {
  name: 'UpdateItem',
  doc: "Edits an existing item's attributes, or adds a new item to the table if it does not already exist.",
  input: structure({
    TableName: member(TableArn, 'The name of the table containing the item to update.'),
    Key: member(Key, 'The primary key of the item to be updated.'),
    AttributeUpdates: member(map(AttributeName, structure({
      Value: member(AttributeValue, 'Represents the data for an attribute.'),
      Action: member(string({ name: 'AttributeAction', enum: ['ADD', 'PUT', 'DELETE'] }), 'Specifies how to perform the update.'),
    }, { name: 'AttributeValueUpdate' }), { name: 'AttributeUpdates' }), LEGACY('UpdateExpression')),
    Expected: member(Expected, LEGACY('ConditionExpression')),
    ConditionalOperator: member(ConditionalOperator, LEGACY('ConditionExpression')),
    ReturnValues: member(ReturnValue, 'Use ReturnValues if you want to get the item attributes as they appear before or after they are successfully updated.'),
    ReturnConsumedCapacity: member(ReturnConsumedCapacity, CAPACITY_DOC),
    ReturnItemCollectionMetrics: member(ReturnItemCollectionMetrics, METRICS_DOC),
    UpdateExpression: member(PlainString, 'An expression that defines one or more attributes to be updated, the action to be performed on them, and new values for them.'),
    ConditionExpression: member(PlainString, 'A condition that must be satisfied in order for a conditional update to succeed.'),
    ExpressionAttributeNames: member(ExpressionAttributeNames, NAMES_DOC),
    ExpressionAttributeValues: member(ExpressionAttributeValues, VALUES_DOC),
    ReturnValuesOnConditionCheckFailure: member(ReturnValuesOnConditionCheckFailure, ON_FAILURE_DOC),
  }, { name: 'UpdateItemInput', required: ['TableName', 'Key'] }),
};

const DeleteItem: OperationModel = {
  name: 'DeleteItem',
  doc: 'Deletes a single item in a table by primary key.',
  input: structure({
    TableName: member(TableArn, 'The name of the table from which to delete the item.'),
    Key: member(Key, 'A map of attribute names to AttributeValue objects, representing the primary key of the item to delete.'),
    Expected: member(Expected, LEGACY('ConditionExpression')),
    ConditionalOperator: member(ConditionalOperator, LEGACY('ConditionExpression')),
    ReturnValues: member(ReturnValue, 'Use ReturnValues if you want to get the item attributes as they appeared before they were deleted.'),
    ReturnConsumedCapacity: member(ReturnConsumedCapacity, CAPACITY_DOC),
    ReturnItemCollectionMetrics: member(ReturnItemCollectionMetrics, METRICS_DOC),
    ConditionExpression: member(PlainString, 'A condition that must be satisfied in order for a conditional DeleteItem to succeed.'),
    ExpressionAttributeNames: member(ExpressionAttributeNames, NAMES_DOC),
    ExpressionAttributeValues: member(ExpressionAttributeValues, VALUES_DOC),
    ReturnValuesOnConditionCheckFailure: member(ReturnValuesOnConditionCheckFailure, ON_FAILURE_DOC),
  }, { name: 'DeleteItemInput', required: ['TableName', 'Key'] }),
};

/**
 * botocore's Query and Scan paginators also list `ConsumedCapacity.CapacityUnits` and the
 * non-aggregate `ConsumedCapacity.TableName`; paginate.ts merges top-level keys only.
 */
const READ_PAGINATOR = { inputToken: ['ExclusiveStartKey'], outputToken: ['LastEvaluatedKey'], limitKey: 'Limit', resultKeys: ['Items', 'Count', 'ScannedCount', 'ConsumedCapacity'] };

const Query: OperationModel = {
  name: 'Query',
  doc: 'You must provide the name of the partition key attribute and a single value for that attribute.',
  input: structure({
    TableName: member(TableArn, 'The name of the table containing the requested items.'),
    IndexName: member(IndexName, 'The name of an index to query.'),
    Select: member(Select, 'The attributes to be returned in the result.'),
    AttributesToGet: member(AttributesToGet, LEGACY('ProjectionExpression')),
    Limit: member(PositiveIntegerObject, 'The maximum number of items to evaluate (not necessarily the number of matching items).'),
    ConsistentRead: member(ConsistentRead, 'Determines the read consistency model: If set to true, then the operation uses strongly consistent reads; otherwise, the operation uses eventually consistent reads.'),
    KeyConditions: member(map(AttributeName, Condition, { name: 'KeyConditions' }), LEGACY('KeyConditionExpression')),
    QueryFilter: member(FilterConditionMap, LEGACY('FilterExpression')),
    ConditionalOperator: member(ConditionalOperator, LEGACY('FilterExpression')),
    ScanIndexForward: member({ ...boolean, name: 'BooleanObject' }, 'Specifies the order for index traversal: If true (default), the traversal is performed in ascending order; if false, the traversal is performed in descending order.'),
    ExclusiveStartKey: member(Key, 'The primary key of the first item that this operation will evaluate.'),
    ReturnConsumedCapacity: member(ReturnConsumedCapacity, CAPACITY_DOC),
    ProjectionExpression: member(PlainString, 'A string that identifies one or more attributes to retrieve from the table.'),
    FilterExpression: member(PlainString, 'A string that contains conditions that DynamoDB applies after the Query operation, but before the data is returned to you.'),
    KeyConditionExpression: member(PlainString, 'The condition that specifies the key values for items to be retrieved by the Query action.'),
    ExpressionAttributeNames: member(ExpressionAttributeNames, NAMES_DOC),
    ExpressionAttributeValues: member(ExpressionAttributeValues, VALUES_DOC),
  }, { name: 'QueryInput', required: ['TableName'] }),
  paginator: READ_PAGINATOR,
};

const Scan: OperationModel = {
  name: 'Scan',
  doc: 'The Scan operation returns one or more items and item attributes by accessing every item in a table or a secondary index.',
  input: structure({
    TableName: member(TableArn, 'The name of the table containing the requested items or if you provide IndexName, the name of the table to which that index belongs.'),
    IndexName: member(IndexName, 'The name of a secondary index to scan.'),
    AttributesToGet: member(AttributesToGet, LEGACY('ProjectionExpression')),
    Limit: member(PositiveIntegerObject, 'The maximum number of items to evaluate (not necessarily the number of matching items).'),
    Select: member(Select, 'The attributes to be returned in the result.'),
    ScanFilter: member(FilterConditionMap, LEGACY('FilterExpression')),
    ConditionalOperator: member(ConditionalOperator, LEGACY('FilterExpression')),
    ExclusiveStartKey: member(Key, 'The primary key of the first item that this operation will evaluate.'),
    ReturnConsumedCapacity: member(ReturnConsumedCapacity, CAPACITY_DOC),
    TotalSegments: member(integer({ name: 'ScanTotalSegments', min: 1, max: 1000000 }), 'For a parallel Scan request, TotalSegments represents the total number of segments into which the Scan operation will be divided.'),
    Segment: member(integer({ name: 'ScanSegment', min: 0, max: 999999 }), 'For a parallel Scan request, Segment identifies an individual segment to be scanned by an application worker.'),
    ProjectionExpression: member(PlainString, 'A string that identifies one or more attributes to retrieve from the specified table or index.'),
    FilterExpression: member(PlainString, 'A string that contains conditions that DynamoDB applies after the Scan operation, but before the data is returned to you.'),
    ExpressionAttributeNames: member(ExpressionAttributeNames, NAMES_DOC),
    ExpressionAttributeValues: member(ExpressionAttributeValues, VALUES_DOC),
    ConsistentRead: member(ConsistentRead, 'A Boolean value that determines the read consistency model during the scan.'),
  }, { name: 'ScanInput', required: ['TableName'] }),
  paginator: READ_PAGINATOR,
};

const BatchWriteItem: OperationModel = {
  name: 'BatchWriteItem',
  doc: 'The BatchWriteItem operation puts or deletes multiple items in one or more tables.',
  input: structure({
    RequestItems: member(map(TableArn, list(structure({
      PutRequest: member(structure({
        Item: member(Item, 'A map of attribute name to attribute values, representing the primary key of an item to be processed by PutItem.'),
      }, { name: 'PutRequest', required: ['Item'] }), 'A request to perform a PutItem operation.'),
      DeleteRequest: member(structure({
        Key: member(Key, 'A map of attribute name to attribute values, representing the primary key of the item to delete.'),
      }, { name: 'DeleteRequest', required: ['Key'] }), 'A request to perform a DeleteItem operation.'),
    }, { name: 'WriteRequest' }), { name: 'WriteRequests', min: 1, max: 25 }), { name: 'BatchWriteItemRequestMap' }),
    'A map of one or more table names or table ARNs and, for each table, a list of operations to be performed (DeleteRequest or PutRequest).'),
    ReturnConsumedCapacity: member(ReturnConsumedCapacity, CAPACITY_DOC),
    ReturnItemCollectionMetrics: member(ReturnItemCollectionMetrics, METRICS_DOC),
  }, { name: 'BatchWriteItemInput', required: ['RequestItems'] }),
};

const BatchGetItem: OperationModel = {
  name: 'BatchGetItem',
  doc: 'The BatchGetItem operation returns the attributes of one or more items from one or more tables.',
  input: structure({
    RequestItems: member(map(TableArn, structure({
      Keys: member(list(Key, { name: 'KeyList', min: 1, max: 100 }), 'The primary key attribute values that define the items and the attributes associated with the items.'),
      AttributesToGet: member(AttributesToGet, LEGACY('ProjectionExpression')),
      ConsistentRead: member(ConsistentRead, 'The consistency of a read operation.'),
      ProjectionExpression: member(PlainString, 'A string that identifies one or more attributes to retrieve from the table.'),
      ExpressionAttributeNames: member(ExpressionAttributeNames, NAMES_DOC),
    }, { name: 'KeysAndAttributes', required: ['Keys'] }), { name: 'BatchGetRequestMap' }),
    'A map of one or more table names or table ARNs and, for each table, a map that describes one or more items to retrieve from that table.'),
    ReturnConsumedCapacity: member(ReturnConsumedCapacity, CAPACITY_DOC),
  }, { name: 'BatchGetItemInput', required: ['RequestItems'] }),
};

/** Every command of the real `aws dynamodb`: the operations of service-2.json, then `wait`. */
const COMMANDS = [
  'batch-execute-statement', 'batch-get-item', 'batch-write-item', 'create-backup', 'create-global-table', 'create-table',
  'delete-backup', 'delete-item', 'delete-resource-policy', 'delete-table', 'describe-backup', 'describe-continuous-backups',
  'describe-contributor-insights', 'describe-endpoints', 'describe-export', 'describe-global-table',
  'describe-global-table-settings', 'describe-import', 'describe-kinesis-streaming-destination', 'describe-limits',
  'describe-table', 'describe-table-replica-auto-scaling', 'describe-time-to-live', 'disable-kinesis-streaming-destination',
  'enable-kinesis-streaming-destination', 'execute-statement', 'execute-transaction', 'export-table-to-point-in-time',
  'get-item', 'get-resource-policy', 'import-table', 'list-backups', 'list-contributor-insights', 'list-exports',
  'list-global-tables', 'list-imports', 'list-tables', 'list-tags-of-resource', 'put-item', 'put-resource-policy', 'query',
  'restore-table-from-backup', 'restore-table-to-point-in-time', 'scan', 'tag-resource', 'transact-get-items',
  'transact-write-items', 'untag-resource', 'update-continuous-backups', 'update-contributor-insights',
  'update-global-table', 'update-global-table-settings', 'update-item', 'update-kinesis-streaming-destination',
  'update-table', 'update-table-replica-auto-scaling', 'update-time-to-live', 'wait',
];

export const dynamodbModel: ServiceModel = {
  cliName: 'dynamodb',
  endpointPrefix: 'dynamodb',
  fullName: 'Amazon DynamoDB',
  doc: 'DynamoDB stores items in tables by primary key; expressions read, write and condition them, and a table stream records every change for Lambda to process.',
  operations: { BatchGetItem, BatchWriteItem, CreateTable, DeleteItem, DeleteTable, DescribeTable, GetItem, ListTables, PutItem, Query, Scan, UpdateItem, UpdateTable },
  commands: COMMANDS,
};
