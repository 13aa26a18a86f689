/**
 * Malformed HTTP requests to the wire router, in-process: what `lab serve` would read off a socket
 * from a buggy client or a learner's curl. Every request here is one AWS refuses, so every answer
 * must be a 4xx in the protocol's error shape, nothing may escape the router, and the cloud must be
 * exactly as it was (apart from the trace and the id counter, which answers consume).
 *
 * The generator is seeded (mulberry32): a failure names its request number, and the same seed
 * gives the same requests again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { createRouter } from '../../../sandbox/api/router.ts';
import { SERVICES, resolve, type ServiceSpec, type ShapeRef } from '../../../sandbox/api/model.ts';
import type { WireRequest, WireResponse } from '../../../sandbox/api/http.ts';
import { createFunction, createQueue, newCloud, zip } from '../../helpers/cloud.ts';
import { prng } from '../../helpers/prng.ts';

const COUNT = 10_000;
const SEED = 0x5eed_1ab;

function fuzzRng(seed: number) {
  const base = prng(seed);
  const word = (n = 1 + base.int(12)) => Array.from({ length: n }, () => base.pick('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'.split(''))).join('');
  return { ...base, word };
}
type Rng = ReturnType<typeof fuzzRng>;

const enc = new TextEncoder();
const dec = new TextDecoder();
const u8 = (s: string) => enc.encode(s);

type Shape = 'json' | 'query' | 'rest-json' | 'xml' | 'any';
interface Case {
  kind: string;
  request: WireRequest;
  /** The error shape this protocol answers in. */
  shape: Shape;
}

const REGIONS = ['us-east-1', 'us-east-1', 'eu-west-1'];
const KEYS = ['AKIAIOSFODNN7EXAMPLE', 'test', 'AKIAFUZZFUZZFUZZFUZZ'];

/** Whether the request names its service by a signature's credential scope. */
const signed = (headers: Record<string, string>) => /Credential=[^/]+\/[^/]+\/[^/]+\/[a-z]/.test(headers.authorization ?? '');

function auth(rng: Rng, service: string): Record<string, string> {
  if (rng.chance(0.15)) return {};
  if (rng.chance(0.05)) return { authorization: rng.pick(['AWS4-HMAC-SHA256', 'Bearer x', 'AWS4-HMAC-SHA256 Credential=/////', `AWS ${rng.word()}`, 'Credential=,,,']) };
  return { authorization: `AWS4-HMAC-SHA256 Credential=${rng.pick(KEYS)}/20260101/${rng.pick(REGIONS)}/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=${rng.word(64)}` };
}

const req = (method: string, host: string, path: string, query: string, headers: Record<string, string>, body: Uint8Array | string): WireRequest => ({
  method, host, path, query, headers, body: typeof body === 'string' ? u8(body) : body,
});

const JSON_SERVICES = Object.values(SERVICES).filter((s) => s.metadata.protocol === 'json');
const QUERY_SERVICES = Object.values(SERVICES).filter((s) => s.metadata.protocol === 'query');

/** A JSON value that is certainly not of the shape's type (undefined when every value would do). */
function wrongJson(rng: Rng, spec: ServiceSpec, ref: ShapeRef): unknown {
  const shape = resolve(spec, ref);
  if (shape.jsonvalue) return undefined;
  switch (shape.type) {
    case 'structure':
    case 'map':
      return rng.pick([[1, 2], 'text', 42, true]);
    case 'list':
      return rng.pick([{ a: 1 }, 'text', 7, false]);
    case 'blob':
      return rng.pick(['!!not base64!!', 'abc', '====', 12, { b: 1 }, 'A']);
    case 'timestamp':
      return rng.pick([{ t: 1 }, [1], true, 'not a date']);
    case 'boolean':
      return rng.pick(['true', 1, {}, []]);
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
      return rng.pick(['12', true, {}, [3]]);
    default:
      return rng.pick([12, true, { s: 1 }, ['x']]);
  }
}

/** A body whose member `name` (or one inside it) has the wrong type; the rest plausible. */
function wrongTypedBody(rng: Rng, spec: ServiceSpec, input: ShapeRef | undefined, bodyOnly: boolean): Record<string, unknown> | undefined {
  const shape = resolve(spec, input);
  const members = Object.entries(shape.members ?? {}).filter(([, m]) => !(bodyOnly && m.location) && wrongJson(rng, spec, m) !== undefined);
  if (!members.length) return undefined;
  const [name, member] = rng.pick(members);
  const wire = member.locationName ?? name;
  const m = resolve(spec, member);
  // Sometimes one level down: a list item or a structure's member.
  if (m.type === 'list' && m.member && rng.chance(0.4)) {
    const bad = wrongJson(rng, spec, m.member);
    if (bad !== undefined) return { [wire]: [bad] };
  }
  if (m.type === 'structure' && rng.chance(0.4)) {
    const inner = wrongTypedBody(rng, spec, member, true);
    if (inner) return { [wire]: inner };
  }
  return { [wire]: wrongJson(rng, spec, member) };
}

const BAD_JSON = ['{', '{"a":', '[', '{"QueueUrl": }', '{"a":1,}', "{'a':1}", 'nul', '[1,2,3]', '"text"', '42', 'true', 'null', '{"a":"\\u12"}', '\u0000\u0001', '{"a":1}}'];

function awsJsonCase(rng: Rng, big: Uint8Array): Case {
  const spec = rng.pick(JSON_SERVICES);
  const prefix = spec.metadata.targetPrefix!;
  const ops = Object.values(spec.operations);
  const host = rng.chance(0.5) ? `${spec.metadata.endpointPrefix}.${rng.pick(REGIONS)}.amazonaws.com` : 'localhost:4566';
  const headers = { 'content-type': `application/x-amz-json-${spec.metadata.jsonVersion ?? '1.0'}`, ...auth(rng, spec.metadata.signingName ?? spec.metadata.endpointPrefix) };
  const op = rng.pick(ops);
  const r = rng.int(10);
  if (r < 3) return { kind: 'json: bad JSON', shape: 'json', request: req('POST', host, '/', '', { ...headers, 'x-amz-target': `${prefix}.${op.name}` }, rng.pick(BAD_JSON)) };
  if (r < 6) {
    const body = wrongTypedBody(rng, spec, op.input, true);
    if (body) return { kind: 'json: wrong type', shape: 'json', request: req('POST', host, '/', '', { ...headers, 'x-amz-target': `${prefix}.${op.name}` }, JSON.stringify(body)) };
  }
  if (r < 8) return { kind: 'json: unknown target', shape: 'json', request: req('POST', host, '/', '', { ...headers, 'x-amz-target': `${prefix}.${rng.word()}Nope` }, '{}') };
  if (r < 9) return { kind: 'json: binary', shape: 'json', request: req('POST', host, '/', '', { ...headers, 'x-amz-target': `${prefix}.${op.name}` }, rng.chance(0.02) ? big : rng.bytes(1 + rng.int(300))) };
  return { kind: 'json: no target', shape: 'json', request: req('POST', `${spec.metadata.endpointPrefix}.us-east-1.amazonaws.com`, '/', '', { ...headers }, '{}') };
}

/** Query-protocol fields with one scalar that cannot be read as its type. */
function badQueryField(rng: Rng, spec: ServiceSpec, input: ShapeRef | undefined): string | undefined {
  const shape = resolve(spec, input);
  const typed = Object.entries(shape.members ?? {}).filter(([, m]) => ['integer', 'long', 'boolean', 'timestamp', 'float', 'double'].includes(resolve(spec, m).type ?? ''));
  if (!typed.length) return undefined;
  const [name, member] = rng.pick(typed);
  const t = resolve(spec, member).type;
  const bad = t === 'timestamp' ? 'yesterday-ish' : t === 'boolean' ? rng.pick(['yes', 'TRUE1', '']) : rng.pick(['abc', '1.5.2', '', '0x1g']);
  return `${encodeURIComponent(member.locationName ?? name)}=${encodeURIComponent(bad)}`;
}

function awsQueryCase(rng: Rng): Case {
  const spec = rng.pick(QUERY_SERVICES);
  const host = rng.chance(0.6) ? (spec.service === 'iam' ? 'iam.amazonaws.com' : `${spec.metadata.endpointPrefix}.${rng.pick(REGIONS)}.amazonaws.com`) : 'localhost:4566';
  const headers = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', ...auth(rng, spec.metadata.signingName ?? spec.metadata.endpointPrefix) };
  const version = `Version=${spec.metadata.apiVersion}`;
  const r = rng.int(10);
  if (r < 4) {
    const op = rng.pick(Object.values(spec.operations));
    const bad = badQueryField(rng, spec, op.input);
    if (bad) return { kind: 'query: wrong type', shape: host !== 'localhost:4566' || signed(headers) ? 'query' : 'any', request: req('POST', host, '/', '', headers, `Action=${op.name}&${version}&${bad}`) };
  }
  // On localhost without a signature nothing says IAM, STS or SNS: the router takes it for S3.
  const known = host !== 'localhost:4566' || signed(headers);
  if (r < 7) return { kind: 'query: unknown action', shape: known ? 'query' : 'any', request: req('POST', host, '/', rng.chance(0.3) ? `Action=${rng.word()}` : '', headers, rng.chance(0.7) ? `Action=${rng.word()}Nope&${version}` : `Action=&${rng.word()}=%zz%`) };
  if (r < 9 && host !== 'localhost:4566') return { kind: 'query: no action', shape: 'query', request: req('POST', host, '/', '', headers, rng.pick([`${version}`, `${rng.word()}=${rng.word()}`, '%%%', '&&&==&'])) };
  return { kind: 'query: garbage', shape: 'query', request: req('POST', `${spec.metadata.endpointPrefix === 'iam' ? 'iam.amazonaws.com' : `${spec.metadata.endpointPrefix}.us-east-1.amazonaws.com`}`, '/', '', headers, rng.bytes(1 + rng.int(200))) };
}

const LAMBDA_AUTH = (rng: Rng) => auth(rng, 'lambda');

function lambdaCase(rng: Rng, big: Uint8Array): Case {
  const host = rng.pick(['lambda.us-east-1.amazonaws.com', 'localhost:4566', '127.0.0.1:4566']);
  const headers = { 'content-type': 'application/json', ...LAMBDA_AUTH(rng) };
  const spec = SERVICES.lambda!;
  const r = rng.int(14);
  const shape: Shape = 'rest-json';
  if (r < 2) {
    const path = rng.pick(['/2015-03-31/functions/%zz', '/2015-03-31/functions/fn/nope', '/2015-03-31/', '/2015-03-31/functions/fn/invocations/extra', '/2099-01-01/functions', '/2015-03-31/functions/a%2Fb/versions', `/2015-03-31/functions/${'x'.repeat(300)}`, '/2015-03-31/functions/fn%00/invocations', '/2018-10-31/layers/%zz/versions/abc']);
    // GET of a name Lambda would look up: a 4xx whatever it is (404, 400), never a 200.
    return { kind: 'lambda: bad path', shape, request: req(rng.pick(['GET', 'POST', 'DELETE', 'PUT']), host, path, '', headers, '{}') };
  }
  if (r < 4) {
    const path = rng.pick(['/2015-03-31/functions/', '/2015-03-31/functions/fn', '/2015-03-31/functions/fn/invocations', '/2015-03-31/functions/fn/aliases', '/2018-10-31/layers']);
    return { kind: 'lambda: bad method', shape, request: req(rng.pick(['PATCH', 'TRACE', 'FOO', 'OPTIONS']), host, path, '', headers, '') };
  }
  if (r < 6) return { kind: 'lambda: bad JSON', shape, request: req('POST', host, rng.pick(['/2015-03-31/functions', '/2015-03-31/functions/fn/versions', '/2015-03-31/functions/fn/aliases', '/2015-03-31/functions/fn/policy', '/2018-10-31/layers/l/versions', '/2015-03-31/event-source-mappings/']), '', headers, rng.pick(BAD_JSON)) };
  if (r < 8) {
    const op = rng.pick([spec.operations.CreateFunction!, spec.operations.CreateAlias!, spec.operations.AddPermission!, spec.operations.UpdateFunctionConfiguration!, spec.operations.PublishLayerVersion!, spec.operations.CreateEventSourceMapping!, spec.operations.PutFunctionEventInvokeConfig!].filter(Boolean));
    const body = wrongTypedBody(rng, spec, op.input, true);
    const path = op.http!.requestUri!.replace(/\{FunctionName\}/, 'fn').replace(/\{LayerName\}/, 'greeting').replace(/\?.*$/, '');
    if (body) return { kind: 'lambda: wrong type', shape, request: req(op.http!.method ?? 'POST', host, path, '', headers, JSON.stringify(body)) };
  }
  if (r < 9) {
    const zipFile = rng.pick(['!!!', 'UEsDBA=', '@@@@', 'a', 'UEsDBAoAAAAAA===']);
    return { kind: 'lambda: bad base64', shape, request: req('POST', host, '/2015-03-31/functions', '', headers, JSON.stringify({ FunctionName: `f${rng.word()}`, Runtime: 'nodejs24.x', Role: 'arn:aws:iam::111111111111:role/lambda-basic', Handler: 'index.handler', Code: { ZipFile: zipFile } })) };
  }
  if (r < 10) {
    // Invoke of a function that exists, with what Lambda refuses before running anything.
    const bad = rng.int(5);
    const h: Record<string, string> = { ...headers };
    let body: Uint8Array | string = '{}';
    if (bad === 0) body = rng.pick(['{', 'not json', '\u0001\u0002', '{"a":}']);
    if (bad === 1) h['x-amz-invocation-type'] = rng.pick(['Sync', 'event', 'RequestResponse2', '']);
    if (bad === 2) h['x-amz-log-type'] = rng.pick(['Head', 'tail', 'All']);
    if (bad === 3) h['x-amz-client-context'] = rng.pick(['!!!', 'bm90IGpzb24=', '====']);
    if (bad === 4) body = big;
    const qualifier = rng.chance(0.2) ? `Qualifier=${rng.pick(['%zz', '$$', 'nope', '99'])}` : '';
    return { kind: 'lambda: bad invoke', shape, request: req('POST', host, '/2015-03-31/functions/fn/invocations', qualifier, h, body) };
  }
  if (r < 11) return { kind: 'lambda: bad query', shape, request: req('GET', host, '/2015-03-31/functions/', rng.pick(['MaxItems=abc', 'MaxItems=-1', 'MaxItems=1.5', 'MaxItems=', 'MaxItems=99999999999999999999']), headers, '') };
  if (r < 12) return { kind: 'lambda: binary', shape, request: req('POST', host, '/2015-03-31/functions', '', headers, rng.bytes(1 + rng.int(400))) };
  if (r < 13) return { kind: 'lambda: missing', shape, request: req(rng.pick(['GET', 'DELETE']), host, `/2015-03-31/functions/${rng.word()}-missing`, '', headers, '') };
  return { kind: 'lambda: wrong content', shape, request: req('PUT', host, '/2015-03-31/functions/fn/code', '', headers, JSON.stringify({ ZipFile: rng.pick(['%%%', 12, ['a']]) })) };
}

const XML_GARBAGE = [
  '<NotificationConfiguration>', '<NotificationConfiguration><QueueConfiguration></NotificationConfiguration>', 'not xml at all', '<?xml version="1.0"?><a><b></a></b>',
  '<NotificationConfiguration><QueueConfiguration><Queue>arn:aws:sqs:us-east-1:111111111111:nope</Queue><Event>s3:ObjectCreated:*</Event></QueueConfiguration></NotificationConfiguration>',
  '<NotificationConfiguration><QueueConfiguration><Queue>not-an-arn</Queue><Event>s3:Nope</Event></QueueConfiguration></NotificationConfiguration>',
  '<NotificationConfiguration><CloudFunctionConfiguration><CloudFunction>arn:aws:lambda:us-east-1:111111111111:function:fn</CloudFunction><Event>s3:Bogus:*</Event></CloudFunctionConfiguration></NotificationConfiguration>',
  '<NotificationConfiguration><TopicConfiguration><Topic>arn:aws:sns:us-east-1:111111111111:news</Topic><Event>s3:ObjectCreated:*</Event></TopicConfiguration></NotificationConfiguration>',
  '<<<>>>', '<a attr="unterminated></a>', '\u0000\u0001\u0002', '<NotificationConfiguration><QueueConfiguration><Event>s3:ObjectCreated:*</Event></QueueConfiguration></NotificationConfiguration>',
];

/** An aws-chunked body cut short, or with sizes that do not add up. */
function badChunked(rng: Rng): string {
  const data = rng.word(40);
  return rng.pick([
    `28;chunk-signature=${'0'.repeat(64)}\r\n${data.slice(0, 20)}`,
    `10\r\n${data}\r\n0\r\n\r\n`.slice(0, 8),
    `zz\r\n${data}\r\n0\r\n\r\n`,
    `-5\r\n${data}\r\n0\r\n\r\n`,
    `28\r\n${data}`,
    `28\r\n${data}\r\n`,
    '',
    `ffffffffffff\r\n${data}\r\n0\r\n\r\n`,
    `4\r\n${data.slice(0, 4)}XX0\r\n\r\n`,
  ]);
}

function s3Case(rng: Rng, big: Uint8Array, huge: Uint8Array): Case {
  const virtual = rng.chance(0.3);
  const bucket = rng.pick(['photos', 'photos', 'nope-bucket', 'UPPER', 'a', 'x'.repeat(70)]);
  const host = virtual ? `${bucket}.${rng.pick(['s3.amazonaws.com', 'localhost:4566', 's3.us-east-1.amazonaws.com'])}` : rng.pick(['s3.amazonaws.com', 'localhost:4566', 's3.us-east-1.amazonaws.com']);
  const at = (p: string) => (virtual ? p || '/' : `/${bucket}${p}`);
  const headers = auth(rng, 's3');
  const shape: Shape = 'xml';
  const r = rng.int(10);
  if (r < 3) return { kind: 's3: notification XML garbage', shape, request: req('PUT', host, at(''), 'notification', { ...headers, 'content-type': 'application/xml' }, rng.chance(0.1) ? rng.bytes(200) : rng.pick(XML_GARBAGE)) };
  if (r < 5) {
    const h = { ...headers, 'content-encoding': 'aws-chunked', 'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER', 'x-amz-decoded-content-length': '40' };
    return { kind: 's3: truncated aws-chunked', shape, request: req('PUT', host, at('/chunked.txt'), '', h, badChunked(rng)) };
  }
  if (r < 6) return { kind: 's3: bad method', shape, request: req(rng.pick(['PATCH', 'TRACE', 'FOO', 'OPTIONS', 'POST']), host, at(rng.pick(['', '/key'])), '', headers, 'x') };
  if (r < 7) {
    const digests: Record<string, string>[] = [{ 'content-md5': '!!!' }, { 'content-md5': 'AAAAAAAAAAAAAAAAAAAAAA==' }, { 'x-amz-checksum-crc32': 'AAAAAA==' }, { 'x-amz-checksum-sha256': 'nope' }];
    const h = { ...headers, ...rng.pick(digests) };
    return { kind: 's3: bad digest', shape, request: req('PUT', host, at('/digest.txt'), '', h, 'body') };
  }
  if (r < 8) return { kind: 's3: too large', shape, request: req('PUT', host, at('/big.bin'), '', headers, huge) };
  if (r < 9) return { kind: 's3: bad query', shape, request: req('GET', host, at(''), rng.pick(['list-type=2&max-keys=abc', 'list-type=2&max-keys=1.5', 'list-type=2&continuation-token=%%%', 'max-keys=-1', 'list-type=2&fetch-owner=maybe']), headers, '') };
  if (rng.chance(0.2)) return { kind: 's3: bad version id', shape, request: req('DELETE', host, at('/cat.txt'), 'versionId=nope', headers, '') };
  return { kind: 's3: missing', shape, request: req(rng.pick(['GET', 'HEAD']), host, at(`/${rng.word()}/${rng.pick(['%zz', '..', '', '%00'])}-missing`), rng.pick(['', 'versionId=nope', 'tagging']), headers, '') };
}

function hugeJsonCase(rng: Rng, hugeText: string): Case {
  const which = rng.int(3);
  if (which === 0) return { kind: 'huge: SQS message', shape: 'json', request: req('POST', 'sqs.us-east-1.amazonaws.com', '/', '', { 'x-amz-target': 'AmazonSQS.SendMessage', 'content-type': 'application/x-amz-json-1.0', ...auth(rng, 'sqs') }, JSON.stringify({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/111111111111/jobs', MessageBody: hugeText })) };
  if (which === 1) return { kind: 'huge: DynamoDB item', shape: 'json', request: req('POST', 'dynamodb.us-east-1.amazonaws.com', '/', '', { 'x-amz-target': 'DynamoDB_20120810.PutItem', 'content-type': 'application/x-amz-json-1.0', ...auth(rng, 'dynamodb') }, JSON.stringify({ TableName: 'notes', Item: { id: { S: 'big' }, v: { S: hugeText } } })) };
  return { kind: 'huge: Lambda payload', shape: 'rest-json', request: req('POST', 'lambda.us-east-1.amazonaws.com', '/2015-03-31/functions/fn/invocations', '', { ...auth(rng, 'lambda') }, `"${hugeText}${hugeText}${hugeText}"`) };
}

function anyCase(rng: Rng): Case {
  // Anything at all: a method no AWS API has, random host and path, a binary body, no hints.
  const host = rng.pick(['localhost:4566', 'nope.amazonaws.com', `${rng.word()}.localhost`, '', '[::1]:4566', 'execute-api.us-east-1.amazonaws.com']);
  const path = rng.pick(['/', `/${rng.word()}`, '//', '/%', '/a/../../b', `/${rng.word()}/${rng.word()}`]);
  return { kind: 'any: garbage', shape: 'any', request: req(rng.pick(['PATCH', 'TRACE', 'FOO', 'OPTIONS', 'PROPFIND']), host, path, rng.pick(['', '%zz', `${rng.word()}=${rng.word()}`, '&&&']), { 'content-type': rng.pick(['', 'application/json', 'text/plain', 'application/x-amz-json-1.1']) }, rng.bytes(rng.int(100))) };
}

/** Whether the answer is an AWS error in a protocol's shape. */
function errorShape(response: WireResponse, method: string): Shape | undefined {
  const type = response.headers['content-type'] ?? '';
  const body = dec.decode(response.body);
  const json = () => {
    try {
      return JSON.parse(body) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  };
  if (type.startsWith('application/x-amz-json-')) {
    const j = json();
    return typeof j?.__type === 'string' && typeof j.message === 'string' ? 'json' : undefined;
  }
  if (type === 'application/json') {
    const j = json();
    if (typeof j?.Type === 'string' && typeof (j.Message ?? j.message) === 'string') return 'rest-json';
    return typeof j?.message === 'string' ? 'rest-json' : undefined;
  }
  if (type === 'text/xml') return /^<ErrorResponse[^>]*><Error><Type>(Sender|Receiver)<\/Type><Code>[^<]+<\/Code><Message>[^<]*<\/Message><\/Error><RequestId>/.test(body) ? 'query' : undefined;
  if (type === 'application/xml') {
    if (method === 'HEAD') return body === '' ? 'xml' : undefined;
    return /^<\?xml[^>]*>\s*<Error><Code>[^<]+<\/Code><Message>[^<]*<\/Message>/.test(body) ? 'xml' : undefined;
  }
  return undefined;
}

/** The state as data, minus what every answer moves (the trace, the id counter). */
function stateOf(cloud: Cloud): string {
  const s = cloud.snapshot() as unknown as Record<string, unknown> & { ids: { counter?: number } };
  delete s.trace;
  s.ids = { ...s.ids, counter: 0 };
  return JSON.stringify(s);
}

describe('malformed HTTP requests to the wire router', () => {
  let cloud: Cloud;
  beforeAll(async () => {
    cloud = newCloud(7);
    await createFunction(cloud, 'fn', { 'index.mjs': 'export const handler = async (e) => e;' });
    await createQueue(cloud, 'jobs');
    await cloud.call({ service: 's3', action: 'CreateBucket', input: { Bucket: 'photos' } });
    await cloud.call({ service: 's3', action: 'PutObject', input: { Bucket: 'photos', Key: 'cat.txt', Body: u8('meow') } });
    await cloud.call({ service: 'dynamodb', action: 'CreateTable', input: { TableName: 'notes', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' } });
    await cloud.call({ service: 'sns', action: 'CreateTopic', input: { Name: 'news' } });
    await cloud.call({ service: 'kinesis', action: 'CreateStream', input: { StreamName: 's', ShardCount: 1 } });
    await cloud.call({ service: 'lambda', action: 'PublishLayerVersion', input: { LayerName: 'greeting', Content: { ZipFile: zip({ 'nodejs/x.js': '1' }) } } });
  });
  afterAll(() => cloud?.dispose());

  it(`answers ${COUNT} of them with AWS-shaped 4xx errors and leaves the cloud as it was`, async () => {
    const rng = fuzzRng(SEED);
    const route = createRouter({ call: (r) => cloud.call(r), requestId: () => cloud.ids.uuid() });
    // Built once: a few megabytes each, shared by the requests that need them.
    const big = rng.bytes(3 * 1024 * 1024);
    const huge = new Uint8Array(6 * 1024 * 1024).fill(0x61);
    const hugeText = 'x'.repeat(2 * 1024 * 1024 + 17);
    const before = stateOf(cloud);
    const traceStart = cloud.state.trace.length;
    const problems: string[] = [];
    const kinds = new Map<string, number>();
    let lastGood = 0;

    for (let i = 0; i < COUNT; i++) {
      const r = rng.int(100);
      const c = r < 25 ? awsJsonCase(rng, big)
        : r < 40 ? awsQueryCase(rng)
          : r < 65 ? lambdaCase(rng, big)
            : r < 90 ? s3Case(rng, big, huge)
              : r < 91 ? hugeJsonCase(rng, hugeText)
                : anyCase(rng);
      kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
      let answer: WireResponse;
      try {
        answer = await route(c.request);
      } catch (error) {
        problems.push(`#${i} ${c.kind}: threw ${String(error)}`);
        continue;
      }
      const body = dec.decode(answer.body.subarray(0, 300));
      const summary = `#${i} ${c.kind}: ${c.request.method} ${c.request.host} ${c.request.path}?${c.request.query} ${c.request.headers['x-amz-target'] ?? ''} ${dec.decode(c.request.body.subarray(0, 120))} → ${answer.status} ${body}`;
      if (answer.status < 400 || answer.status >= 500) problems.push(`status: ${summary}`);
      const shape = errorShape(answer, c.request.method);
      if (!shape || (c.shape !== 'any' && shape !== c.shape)) problems.push(`shape ${shape ?? 'none'} (want ${c.shape}): ${summary}`);
      // The state is compared every few hundred requests, and at each problem, to name the culprit.
      if (i % 250 === 249 || i === COUNT - 1) {
        if (stateOf(cloud) !== before) {
          problems.push(`state changed between #${lastGood} and #${i}`);
          break;
        }
        lastGood = i;
      }
    }
    const internal = cloud.state.trace.slice(traceStart).filter((e) => e.type === 'service.error');
    for (const e of internal.slice(0, 10)) problems.push(`service.error: ${JSON.stringify(e)}`);
    expect(problems.slice(0, 30)).toEqual([]);
    expect(stateOf(cloud)).toBe(before);
    // Every family of malformed request was sent.
    expect([...kinds.keys()].length).toBeGreaterThanOrEqual(25);
  }, 60_000);
});

describe('what the fuzzing found, one request each', () => {
  let cloud: Cloud;
  let route: (r: WireRequest) => Promise<WireResponse>;
  beforeAll(async () => {
    cloud = newCloud(8);
    await cloud.call({ service: 's3', action: 'CreateBucket', input: { Bucket: 'photos' } });
    route = createRouter({ call: (r) => cloud.call(r), requestId: () => cloud.ids.uuid() });
  });
  afterAll(() => cloud?.dispose());
  const chunked = { 'content-encoding': 'aws-chunked', 'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER' };
  const codeOf = (r: WireResponse) => /<Code>([^<]+)</.exec(dec.decode(r.body))?.[1] ?? (JSON.parse(dec.decode(r.body)) as { __type?: string; Message?: string }).Message;

  it('an aws-chunked body cut short is IncompleteBody, not a shorter object', async () => {
    const r = await route(req('PUT', 'localhost:4566', '/photos/a.txt', '', chunked, '28\r\nonly twenty bytes...'));
    expect([r.status, codeOf(r)]).toEqual([400, 'IncompleteBody']);
    const short = await route(req('PUT', 'localhost:4566', '/photos/a.txt', '', { ...chunked, 'x-amz-decoded-content-length': '10' }, '4\r\nmeow\r\n0\r\n\r\n'));
    expect([short.status, codeOf(short)]).toEqual([400, 'IncompleteBody']);
    expect(Object.keys(cloud.state.s3!.buckets.photos!.objects)).toEqual([]);
  });

  it('a negative or non-hex chunk size is refused rather than read backwards', async () => {
    const r = await route(req('PUT', 'localhost:4566', '/photos/a.txt', '', chunked, '-5\r\nmeow\r\n0\r\n\r\n'));
    expect([r.status, codeOf(r)]).toEqual([403, 'InvalidChunkSizeError']);
  });

  it('base64 with the right alphabet but wrong padding is a 400, not an internal error', async () => {
    const body = JSON.stringify({ FunctionName: 'f', Runtime: 'nodejs24.x', Role: 'arn:aws:iam::111111111111:role/lambda-basic', Handler: 'index.handler', Code: { ZipFile: 'UEsDBA=' } });
    const r = await route(req('POST', 'localhost:4566', '/2015-03-31/functions', '', { 'content-type': 'application/json' }, body));
    expect([r.status, codeOf(r)]).toEqual([400, 'Value for Code.ZipFile could not be decoded as base64.']);
  });

  it('a trailing slash is the same path, and an empty label names no resource', async () => {
    const r = await route(req('GET', 'localhost:4566', '/2015-03-31/functions/', 'MaxItems=5', {}, ''));
    expect([r.status, dec.decode(r.body)]).toEqual([200, '{"Functions":[]}']);
    const get = await route(req('GET', 'localhost:4566', '/2015-03-31/functions//configuration', '', {}, ''));
    expect(get.status).toBe(404);
  });
});
