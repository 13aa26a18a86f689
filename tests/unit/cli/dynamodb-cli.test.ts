/** `aws dynamodb` and `aws dynamodbstreams`: flags → request input, shorthand and JSON items, pagination, end to end against the engine. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dynamodbModel } from '../../../sandbox/cli/aws/models/dynamodb.ts';
import { dynamodbstreamsModel } from '../../../sandbox/cli/aws/models/dynamodbstreams.ts';
import { SERVICES } from '../../../sandbox/cli/aws/models/index.ts';
import type { ServiceModel } from '../../../sandbox/cli/aws/models/shapes.ts';
import { LEARNER } from '../../../sandbox/cloud/accounts.ts';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { dynamodbActions, dynamodbStreamsActions } from '../../../sandbox/cloud/dynamodb/index.ts';
import { newCloud } from '../../helpers/cloud.ts';
import { sandbox, type Responder } from './harness.ts';

// Registered here until models/index.ts lists the services (the lead wires them); harmless after.
beforeAll(() => {
  const services = SERVICES as Record<string, ServiceModel>;
  services.dynamodb ??= dynamodbModel;
  services.dynamodbstreams ??= dynamodbstreamsModel;
});

function engine(cloud: Cloud): Responder {
  return async (request) => {
    const actions = request.service === 'dynamodbstreams' ? dynamodbStreamsActions : dynamodbActions;
    return (await actions[request.action]!({ cloud, identity: LEARNER, region: request.region ?? 'us-east-1' }, request.input)) as Record<string, unknown>;
  };
}

const CREATE = 'aws dynamodb create-table --table-name Music --attribute-definitions AttributeName=Artist,AttributeType=S AttributeName=Song,AttributeType=S ' +
  '--key-schema AttributeName=Artist,KeyType=HASH AttributeName=Song,KeyType=RANGE --billing-mode PAY_PER_REQUEST';

describe('aws dynamodb: flags', () => {
  it('create-table takes shorthand lists and the stream specification', async () => {
    const box = sandbox(() => ({}));
    await box.run(`${CREATE} --stream-specification StreamEnabled=true,StreamViewType=NEW_AND_OLD_IMAGES`);
    expect(box.requests[0]).toMatchObject({ service: 'dynamodb', action: 'CreateTable' });
    expect(box.requests[0]!.input).toEqual({
      AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }, { AttributeName: 'Song', AttributeType: 'S' }],
      TableName: 'Music',
      KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }, { AttributeName: 'Song', KeyType: 'RANGE' }],
      BillingMode: 'PAY_PER_REQUEST',
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
  });

  it('put-item takes --item as JSON; get-item takes --key as shorthand; binary values follow cli_binary_format', async () => {
    const box = sandbox(() => ({}));
    await box.run(`aws dynamodb put-item --table-name Music --item '{"Artist": {"S": "Acme"}, "Song": {"S": "Hi"}, "Year": {"N": "2024"}, "Raw": {"B": "hello"}, "Tags": {"L": [{"S": "a"}, {"M": {"x": {"BOOL": true}}}]}}' --condition-expression 'attribute_not_exists(Artist)'`);
    const item = box.requests[0]!.input.Item as Record<string, Record<string, unknown>>;
    expect(new TextDecoder().decode(item.Raw!.B as Uint8Array)).toBe('hello');
    expect(item.Tags).toEqual({ L: [{ S: 'a' }, { M: { x: { BOOL: true } } }] });
    expect(box.requests[0]!.input.ConditionExpression).toBe('attribute_not_exists(Artist)');
    await box.run('aws dynamodb get-item --table-name Music --key Artist={S=Acme},Song={S=Hi} --projection-expression Artist --consistent-read');
    expect(box.requests[1]!.input).toEqual({ TableName: 'Music', Key: { Artist: { S: 'Acme' }, Song: { S: 'Hi' } }, ConsistentRead: true, ProjectionExpression: 'Artist' });
  });

  it('update-item maps the expression flags', async () => {
    const box = sandbox(() => ({}));
    await box.run(
      `aws dynamodb update-item --table-name Music --key '{"Artist": {"S": "Acme"}, "Song": {"S": "Hi"}}' --update-expression 'SET #y = :y ADD plays :one' ` +
        `--expression-attribute-names '{"#y": "Year"}' --expression-attribute-values '{":y": {"N": "2025"}, ":one": {"N": "1"}}' --return-values ALL_NEW`,
    );
    expect(box.requests[0]!.input).toEqual({
      TableName: 'Music',
      Key: { Artist: { S: 'Acme' }, Song: { S: 'Hi' } },
      ReturnValues: 'ALL_NEW',
      UpdateExpression: 'SET #y = :y ADD plays :one',
      ExpressionAttributeNames: { '#y': 'Year' },
      ExpressionAttributeValues: { ':y': { N: '2025' }, ':one': { N: '1' } },
    });
  });
});

describe('aws dynamodb and dynamodbstreams: end to end', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('scan follows LastEvaluatedKey with --page-size and sums Count; query reads a partition', async () => {
    cloud = newCloud();
    const box = sandbox(engine(cloud));
    expect((await box.run(CREATE)).rc).toBe(0);
    for (const song of ['a', 'b', 'c', 'd', 'e']) {
      expect((await box.run(`aws dynamodb put-item --table-name Music --item '{"Artist": {"S": "X"}, "Song": {"S": "${song}"}}'`)).rc).toBe(0);
    }
    box.requests.length = 0;
    const scan = await box.run('aws dynamodb scan --table-name Music --page-size 2');
    const out = JSON.parse(scan.stdout);
    expect(out.Count).toBe(5);
    expect(out.ScannedCount).toBe(5);
    expect(out.Items).toHaveLength(5);
    expect(box.requests.length).toBeGreaterThanOrEqual(3);
    const limited = await box.run('aws dynamodb scan --table-name Music --max-items 2');
    // As botocore does, --max-items cuts Items (the primary result key) and leaves Count as the page said.
    expect(JSON.parse(limited.stdout)).toMatchObject({ Items: [expect.any(Object), expect.any(Object)], Count: 5, NextToken: expect.any(String) });
    const query = await box.run(`aws dynamodb query --table-name Music --key-condition-expression 'Artist = :a AND Song > :s' --expression-attribute-values '{":a": {"S": "X"}, ":s": {"S": "c"}}' --no-scan-index-forward --query 'Items[].Song.S' --output text`);
    expect(query.stdout).toBe('e\td\n');
  });

  it('errors print as the CLI prints them', async () => {
    cloud = newCloud();
    const box = sandbox(engine(cloud));
    await box.run(CREATE);
    await box.run(`aws dynamodb put-item --table-name Music --item '{"Artist": {"S": "X"}, "Song": {"S": "a"}}'`);
    const failed = await box.run(`aws dynamodb put-item --table-name Music --item '{"Artist": {"S": "X"}, "Song": {"S": "a"}}' --condition-expression 'attribute_not_exists(Artist)'`);
    expect(failed).toMatchObject({ rc: 254, stderr: '\nAn error occurred (ConditionalCheckFailedException) when calling the PutItem operation: The conditional request failed\n' });
    const reserved = await box.run(`aws dynamodb update-item --table-name Music --key Artist={S=X},Song={S=a} --update-expression 'SET name = :n' --expression-attribute-values '{":n": {"S": "n"}}'`);
    expect(reserved.stderr).toBe('\nAn error occurred (ValidationException) when calling the UpdateItem operation: Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: name\n');
  });

  it('dynamodbstreams: list, describe, iterate and read the records of a table', async () => {
    cloud = newCloud();
    const box = sandbox(engine(cloud));
    await box.run(`${CREATE} --stream-specification StreamEnabled=true,StreamViewType=NEW_IMAGE`);
    await box.run(`aws dynamodb put-item --table-name Music --item '{"Artist": {"S": "X"}, "Song": {"S": "a"}}'`);
    const arn = (await box.run('aws dynamodbstreams list-streams --table-name Music --query Streams[0].StreamArn --output text')).stdout.trim();
    expect(arn).toBe('arn:aws:dynamodb:us-east-1:111111111111:table/Music/stream/2026-01-01T00:00:00.000');
    const shard = (await box.run(`aws dynamodbstreams describe-stream --stream-arn ${arn} --query StreamDescription.Shards[0].ShardId --output text`)).stdout.trim();
    const iterator = (await box.run(`aws dynamodbstreams get-shard-iterator --stream-arn ${arn} --shard-id ${shard} --shard-iterator-type TRIM_HORIZON --query ShardIterator --output text`)).stdout.trim();
    const records = JSON.parse((await box.run(['aws', 'dynamodbstreams', 'get-records', '--shard-iterator', iterator])).stdout);
    expect(records.Records[0]).toMatchObject({ eventName: 'INSERT', dynamodb: { Keys: { Artist: { S: 'X' }, Song: { S: 'a' } }, StreamViewType: 'NEW_IMAGE' } });
    expect(box.requests.at(-1)).toMatchObject({ service: 'dynamodbstreams', action: 'GetRecords' });
  });
});
