// Regenerates sandbox/api/models/*.json: the wire-protocol models of the services the engine answers,
// taken from the AWS SDK for JavaScript v2's service models (apis/*.min.json, Apache-2.0 — the same
// models botocore ships) and pruned to the operations the cloud implements and the shapes they reach.
//
//   node scripts/api-models.ts            (fetches aws-sdk from the npm registry into a temporary folder)
//   node scripts/api-models.ts DIR        (uses an unpacked aws-sdk package in DIR)
//
// Run it again when the cloud gains operations; the output is committed, so nothing needs it at run time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lambdaActions } from '../sandbox/cloud/lambda/index.ts';
import { logsActions } from '../sandbox/cloud/logs/logs.ts';
import { stsActions } from '../sandbox/cloud/sts/sts.ts';
import { iamActions } from '../sandbox/cloud/iam/index.ts';
import { sqsActions } from '../sandbox/cloud/sqs/index.ts';
import { snsActions } from '../sandbox/cloud/sns/index.ts';
import { eventsActions } from '../sandbox/cloud/events/bus.ts';
import { kinesisActions } from '../sandbox/cloud/kinesis/index.ts';
import { dynamodbActions, dynamodbStreamsActions } from '../sandbox/cloud/dynamodb/index.ts';
import { s3Actions } from '../sandbox/cloud/s3/index.ts';
import { apigatewayActions, apigatewayv2Actions } from '../sandbox/cloud/apigateway/index.ts';

/** What the cloud answers, by service (the same table as Cloud's dispatch). */
const SERVICE_ACTIONS: Record<string, object> = {
  lambda: lambdaActions, logs: logsActions, sts: stsActions, iam: iamActions, sqs: sqsActions, sns: snsActions,
  events: eventsActions, kinesis: kinesisActions, dynamodb: dynamodbActions, dynamodbstreams: dynamodbStreamsActions,
  s3: s3Actions, apigateway: apigatewayActions, apigatewayv2: apigatewayv2Actions,
};

const AWS_SDK = 'aws-sdk@2.1693.0';

/** The cloud's service key → the SDK's model file (v2 names EventBridge `eventbridge`, DynamoDB Streams `streams.dynamodb`). */
const FILES: Record<string, string> = {
  lambda: 'lambda-2015-03-31',
  logs: 'logs-2014-03-28',
  sts: 'sts-2011-06-15',
  iam: 'iam-2010-05-08',
  sqs: 'sqs-2012-11-05',
  sns: 'sns-2010-03-31',
  events: 'eventbridge-2015-10-07',
  kinesis: 'kinesis-2013-12-02',
  dynamodb: 'dynamodb-2012-08-10',
  dynamodbstreams: 'streams.dynamodb-2012-08-10',
  s3: 's3-2006-03-01',
  apigateway: 'apigateway-2015-07-09',
  apigatewayv2: 'apigatewayv2-2018-11-29',
};

type Shape = Record<string, unknown>;

function sdkDir(): string {
  if (process.argv[2]) return process.argv[2];
  const dir = mkdtempSync(join(tmpdir(), 'aws-sdk-v2-'));
  execFileSync('npm', ['pack', AWS_SDK, '--silent'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('tar', ['xzf', `${AWS_SDK.replace('@', '-')}.tgz`], { cwd: dir });
  return join(dir, 'package');
}

/** Names of the shapes a value refers to, at any depth. */
function references(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) value.forEach((v) => references(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'shape' && typeof v === 'string') out.add(v);
      else references(v, out);
    }
  }
}

const root = sdkDir();
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'sandbox', 'api', 'models');
mkdirSync(outDir, { recursive: true });
for (const [service, file] of Object.entries(FILES)) {
  const model = JSON.parse(readFileSync(join(root, 'apis', `${file}.min.json`), 'utf8')) as { metadata: Shape; operations: Record<string, Shape>; shapes: Record<string, Shape> };
  const implemented = Object.keys(SERVICE_ACTIONS[service] ?? {}).filter((name) => model.operations[name]).sort();
  const operations = Object.fromEntries(implemented.map((name) => [name, model.operations[name]!]));
  const needed = new Set<string>();
  references(operations, needed);
  for (let grew = true; grew;) {
    const before = needed.size;
    for (const name of [...needed]) references(model.shapes[name], needed);
    grew = needed.size > before;
  }
  const shapes = Object.fromEntries([...needed].sort().map((name) => [name, model.shapes[name]!]));
  const missing = Object.keys(SERVICE_ACTIONS[service] ?? {}).filter((name) => !model.operations[name]);
  const pruned = { source: `${AWS_SDK} apis/${file}.min.json`, metadata: model.metadata, operations, shapes };
  writeFileSync(join(outDir, `${service}.json`), `${JSON.stringify(pruned)}\n`);
  console.log(`${service}: ${implemented.length} operations${missing.length ? ` (not in the model: ${missing.join(', ')})` : ''}`);
}
