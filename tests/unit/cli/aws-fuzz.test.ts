/**
 * Malformed `aws` command lines, typed into a real sandbox session (shell, `aws`, cloud): unknown
 * services, operations and flags, flags without values, wrong types, broken shorthand and JSON,
 * paramfiles that do not exist, bad --query / --output / --region / --profile, unbalanced quotes,
 * huge values and unicode junk. Every line is one the AWS CLI v2 refuses, so each must end with the
 * CLI's exit status for its kind of failure (252 usage or parameters, 253 configuration, 254 the
 * service said no, 255 anything else) and an AWS CLI-style message; nothing may escape as a
 * JavaScript error, and the cloud must be exactly as it was (apart from the trace and the id
 * counter, which answers consume).
 *
 * No function is invoked, so the execution host is never used and 10,000 lines take seconds.
 * The generator is seeded (mulberry32): a failure names its line number and the line itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session, HOME } from '../../../sandbox/session.ts';
import { MemoryFS } from '../../../sandbox/workspace/memory-fs.ts';
import { NodeHost } from '../../../sandbox/runtime/hosts/node-host.ts';
import { fixedTime } from '../../../sandbox/cloud/clock.ts';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { createFunction, zip } from '../../helpers/cloud.ts';
import { prng } from '../../helpers/prng.ts';

const COUNT = 10_000;
const SEED = 0xa75_f022;

function fuzzRng(seed: number) {
  const base = prng(seed);
  // Words start with a letter: a value starting with '-' is an option to argparse, a different case.
  const word = (n = 1 + base.int(10)) => base.pick('abcdefghijklmnopqrstuvwxyz'.split('')) + Array.from({ length: n - 1 }, () => base.pick('abcdefghijklmnopqrstuvwxyz0123456789-'.split(''))).join('');
  return { ...base, word };
}
type Rng = ReturnType<typeof fuzzRng>;

const Q = 'https://sqs.us-east-1.amazonaws.com/111111111111/jobs';
const FN_ARN = 'arn:aws:lambda:us-east-1:111111111111:function:fn';
const QUEUE_ARN = 'arn:aws:sqs:us-east-1:111111111111:jobs';
const UNICODE = ['🚀', 'λ', 'ｆｎ', 'naïve', 'Δ-queue', '\u200b', 'שלום', '名前', 'e\u0301', '\u{1f4a9}\u{1f4a9}', 'ﬁ', 'Ω≈ç√'];

/** A shell word that is one argument whatever it holds. */
const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

interface Case {
  kind: string;
  line: string;
  /** The exit statuses the AWS CLI gives for this kind of line. */
  rc: readonly number[];
}

/** Lines that reach an operation with what it needs, to put one bad thing after. */
const BASES = [
  'aws lambda get-function --function-name fn',
  'aws lambda list-functions',
  `aws lambda list-event-source-mappings --function-name fn`,
  'aws lambda get-function-configuration --function-name fn',
  `aws sqs get-queue-attributes --queue-url ${Q}`,
  `aws sqs receive-message --queue-url ${Q} --visibility-timeout 0`,
  'aws sqs list-queues',
  'aws s3api list-buckets',
  'aws s3api list-objects-v2 --bucket photos',
  'aws dynamodb describe-table --table-name notes',
  'aws sns list-topics',
  'aws iam get-role --role-name lambda-basic',
  'aws sts get-caller-identity',
  'aws logs describe-log-groups',
  'aws kinesis list-streams',
];

const SERVICES = ['lambda', 'sqs', 's3api', 's3', 'dynamodb', 'sns', 'iam', 'sts', 'logs', 'kinesis', 'events', 'apigateway', 'apigatewayv2'];

/** Integer flags of operations that would change something if the value were read. */
const INT_FLAGS = [
  `aws lambda create-event-source-mapping --function-name fn --event-source-arn ${QUEUE_ARN} --batch-size`,
  'aws lambda update-function-configuration --function-name fn --memory-size',
  'aws lambda update-function-configuration --function-name fn --timeout',
  'aws lambda put-function-concurrency --function-name fn --reserved-concurrent-executions',
  `aws sqs change-message-visibility --queue-url ${Q} --receipt-handle nope --visibility-timeout`,
  'aws kinesis create-stream --stream-name s2 --shard-count',
  'aws lambda list-functions --max-items',
  'aws lambda list-functions --page-size',
];
const BAD_INTS = ['abc', '1e99', '1.5', '0x10', '--', 'NaN', 'Infinity', '12abc', '"7"', '[1]', '{}', '١٢x', '- 1'];

const SHORTHAND = [
  'Variables={A=', 'Variables={A=1,B}', 'Variables=[', '{', 'Variables={A=1}}', 'Variables', 'Variables={A=1,,}', 'Variables={"A=1}',
  'Variables={A=[1,2}', ',', 'Variables={A=1}}extra',
];
const BAD_JSON = ['{', '{"FunctionName":', '{"FunctionName": }', "{'a':1}", '{"a":1,}', '[1', 'nul', '{"a":"\\u12"}', '{"a":1}}', '\u0000'];

function unknownService(rng: Rng): Case {
  const svc = rng.pick([rng.word(), rng.pick(UNICODE), 'Lambda', 'lambda2', 's4', 'sqs-', 'ec2', 'cloudformation', '-', '--', 'LAMBDA']);
  return { kind: 'unknown service', line: `aws ${sq(svc)} ${rng.pick(['list', 'get-function', rng.word()])}`, rc: svc.startsWith('-') ? [252] : [252] };
}

function unknownOperation(rng: Rng): Case {
  const svc = rng.pick(SERVICES.filter((s) => s !== 's3'));
  const op = rng.pick([`${rng.word()}-nope`, rng.pick(UNICODE), 'GetFunction', 'get_function', 'listfunctions', 'get-functions', 'create', '']);
  return { kind: 'unknown operation', line: `aws ${svc} ${sq(op)}`, rc: [252] };
}

function unknownFlag(rng: Rng): Case {
  const flag = rng.pick([`--${rng.word()}`, `--${rng.pick(UNICODE)}`, '--FUNCTION-NAME', '---x', '--', `-${rng.word(1)}`, '--queue-url-']);
  const extra = flag === '--' ? ` ${rng.word()}` : rng.chance(0.5) ? ` ${rng.word()}` : '';
  return { kind: 'unknown flag', line: `${rng.pick(BASES)} ${sq(flag)}${extra}`, rc: [252] };
}

function flagWithoutValue(rng: Rng): Case {
  const line = rng.pick([
    'aws lambda get-function --function-name',
    `aws sqs get-queue-attributes --queue-url`,
    'aws lambda get-function --function-name fn --qualifier',
    'aws lambda list-functions --max-items',
    'aws lambda list-functions --starting-token',
    'aws lambda list-functions --output',
    'aws lambda list-functions --query',
    'aws lambda list-functions --region',
    'aws lambda list-functions --profile',
    'aws lambda list-functions --endpoint-url',
    'aws --region',
    `aws sqs send-message --queue-url ${Q} --message-body`,
    'aws lambda get-function --function-name --qualifier 1',
    'aws dynamodb describe-table --table-name',
  ]);
  return { kind: 'flag without value', line, rc: [252] };
}

function wrongInteger(rng: Rng): Case {
  return { kind: 'wrong integer', line: `${rng.pick(INT_FLAGS)} ${sq(rng.pick(BAD_INTS))}`, rc: [252, 255] };
}

function hugeInteger(rng: Rng): Case {
  // int() reads these; the service (or botocore's min check) refuses them.
  const n = rng.pick(['9'.repeat(30), '-1', `-${'9'.repeat(20)}`]);
  return { kind: 'out-of-range integer', line: `${rng.pick(INT_FLAGS.slice(0, 6))} ${sq(n)}`, rc: [252, 254] };
}

function brokenShorthand(rng: Rng): Case {
  const line = rng.pick([
    (v: string) => `aws lambda update-function-configuration --function-name fn --environment ${sq(v)}`,
    (v: string) => `aws lambda create-function --function-name new-fn --runtime nodejs24.x --handler index.handler --role arn:aws:iam::111111111111:role/lambda-basic --code ${sq(v.replace('Variables', 'S3Bucket'))}`,
    (v: string) => `aws sqs create-queue --queue-name new-q --attributes ${sq(v.replace('Variables=', ''))}`,
    (v: string) => `aws dynamodb put-item --table-name notes --item ${sq(v.replace('Variables', 'id'))}`,
  ])(rng.pick(SHORTHAND));
  return { kind: 'broken shorthand', line, rc: [252] };
}

function brokenJson(rng: Rng): Case {
  const json = rng.pick(BAD_JSON);
  const line = rng.pick([
    `aws lambda get-function --cli-input-json ${sq(json)}`,
    `aws lambda update-function-configuration --function-name fn --environment ${sq(json.replace('FunctionName', 'Variables'))}`,
    `aws sqs create-queue --queue-name new-q --attributes ${sq(json.replace('FunctionName', 'DelaySeconds'))}`,
    `aws dynamodb put-item --table-name notes --item ${sq(json.replace('FunctionName', 'id'))}`,
    `aws sqs send-message-batch --queue-url ${Q} --entries ${sq(json.replace('FunctionName', 'Id'))}`,
  ]);
  return { kind: 'broken JSON', line, rc: [252] };
}

function wrongJsonTypes(rng: Rng): Case {
  const line = rng.pick([
    `aws sqs tag-queue --queue-url ${Q} --tags ${sq('{"a":1}')}`,
    `aws sqs create-queue --queue-name new-q --attributes ${sq('{"DelaySeconds":5}')}`,
    `aws sqs create-queue --queue-name new-q --attributes ${sq('[1,2]')}`,
    `aws lambda update-function-configuration --function-name fn --environment ${sq('{"Variables":{"A":1}}')}`,
    `aws lambda update-function-configuration --function-name fn --environment ${sq('{"Variables":"x"}')}`,
    `aws lambda update-function-configuration --function-name fn --environment ${sq('{"Nope":{}}')}`,
    `aws lambda get-function --cli-input-json ${sq('{"FunctionName": 5}')}`,
    `aws lambda get-function --cli-input-json ${sq('{"Nope": "fn"}')}`,
    `aws lambda get-function --cli-input-json ${sq('[1]')}`,
    `aws lambda get-function --cli-input-json ${sq('"fn"')}`,
    `aws dynamodb put-item --table-name notes --item ${sq('{"id":"plain"}')}`,
    `aws sqs send-message-batch --queue-url ${Q} --entries ${sq('{"Id":"a"}')}`,
    `aws sqs send-message-batch --queue-url ${Q} --entries ${sq('[{"Id":"a"}]')}`,
  ]);
  return { kind: 'wrong JSON types', line, rc: [252, 255] };
}

function missingParamfile(rng: Rng): Case {
  const ref = rng.pick(['file://missing.json', 'fileb://missing.zip', 'file://', 'fileb://', 'file:///nowhere/x.json', 'file://~/missing.json', 'file://project', 'fileb://project', `file://${rng.pick(UNICODE)}.json`, 'file://../../../../etc/none']);
  const line = rng.pick([
    `aws lambda update-function-configuration --function-name fn --environment ${ref}`,
    `aws lambda update-function-code --function-name fn --zip-file ${ref}`,
    `aws sqs send-message --queue-url ${Q} --message-body ${ref}`,
    `aws lambda get-function --cli-input-json ${ref}`,
    `aws dynamodb put-item --table-name notes --item ${ref}`,
    `aws s3api put-object --bucket photos --key k --body ${ref.replace(/^fileb?:\/\//, '')}missing`,
  ]);
  return { kind: 'missing paramfile', line, rc: [252] };
}

function badQuery(rng: Rng): Case {
  const query = rng.pick(['Functions[.', '[[[', 'a.b.', '`', 'Functions[?', '||', '@@', 'foo(@)', 'length(`1`, `2`)', '`abc', '"unterminated', '&', 'a[?b==]', `${rng.pick(UNICODE)}[`]);
  return { kind: 'bad --query', line: `${rng.pick(BASES)} --query ${sq(query)}`, rc: [252, 255] };
}

function badOutput(rng: Rng): Case {
  return { kind: 'bad --output', line: `${rng.pick(BASES)} --output ${sq(rng.pick(['xml', 'JSON', '', 'tabl', 'yml', 'text2', rng.pick(UNICODE)]))}`, rc: [252] };
}

function badGlobals(rng: Rng): Case {
  const [flag, rc] = rng.pick([
    // (`-us-east-1` looks like an option to argparse: `expected one argument`, 252.)
    [`--region ${sq(rng.pick(['not a region', 'us_east_1', '-us-east-1', 'us-east-1-', '123', 'ü', 'a'.repeat(64)]))}`, [252, 255]],
    [`--profile ${sq(rng.pick(['nope', rng.word(), rng.pick(UNICODE)]))}`, [255]],
    [`--endpoint-url ${sq(rng.pick(['nope', 'localhost:4566', '', '://x', '4566']))}`, [255]],
    [`--color ${rng.pick(['sometimes', 'yes', ''])}`, [252]],
    [`--cli-read-timeout ${rng.pick(['abc', '1.5'])}`, [252]],
    [`--cli-binary-format ${rng.pick(['raw', 'base-64', ''])}`, [252]],
  ] as Array<[string, number[]]>);
  const base = rng.pick(BASES);
  // Global options may come before the service or anywhere after it.
  const line = rng.chance(0.5) ? `${base} ${flag}` : base.replace(/^aws /, `aws ${flag} `);
  return { kind: 'bad global option', line, rc };
}

function unbalancedQuotes(rng: Rng): Case {
  const line = `${rng.pick(BASES)} ${rng.pick(["'unterminated", '"unterminated', "--query 'Functions[", '--output "json', "$(echo 'x"])}`;
  return { kind: 'unbalanced quotes', line, rc: [2] };
}

function hugeValue(rng: Rng, huge: string): Case {
  const line = rng.pick([
    `aws lambda get-function --function-name ${'f'.repeat(100_000)}`,
    `aws sqs send-message --queue-url ${Q} --message-body ${huge}`,
    `aws sqs get-queue-url --queue-name ${'q'.repeat(20_000)}`,
    `aws dynamodb describe-table --table-name ${'t'.repeat(5000)}`,
    `aws lambda list-functions --query ${'['.repeat(2000)}`,
    `aws ${'x'.repeat(50_000)}`,
    `aws lambda get-function --function-name fn --${'y'.repeat(50_000)}`,
    `aws lambda update-function-configuration --function-name fn --environment Variables={${Array.from({ length: 2000 }, (_, i) => `K${i}=${'v'.repeat(20)}`).join(',')}}`,
  ]);
  return { kind: 'huge value', line, rc: [252, 254] };
}

function unicodeJunk(rng: Rng): Case {
  const u = () => rng.pick(UNICODE);
  const line = rng.pick([
    `aws lambda get-function --function-name ${sq(u())}`,
    `aws sqs get-queue-url --queue-name ${sq(u())}`,
    `aws s3api head-bucket --bucket ${sq(u())}`,
    `aws dynamodb describe-table --table-name ${sq(u())}`,
    `aws iam get-role --role-name ${sq(u())}`,
    `aws lambda get-function --function-name fn --qualifier ${sq(u())}`,
    `aws sqs get-queue-attributes --queue-url ${sq(`${Q}${u()}`)}`,
    `aws ${sq(u())} ${sq(u())} --${sq(u())}`,
  ]);
  return { kind: 'unicode junk', line, rc: [252, 254] };
}

function missingResource(rng: Rng): Case {
  const w = `${rng.word()}-missing`;
  const line = rng.pick([
    `aws lambda delete-function --function-name ${w}`,
    `aws lambda get-alias --function-name fn --name ${w}`,
    `aws lambda delete-event-source-mapping --uuid ${w}`,
    `aws sqs delete-queue --queue-url https://sqs.us-east-1.amazonaws.com/111111111111/${w}`,
    `aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/111111111111/${w} --message-body x`,
    `aws s3api delete-bucket --bucket ${w}`,
    `aws s3api get-object --bucket photos --key ${w} out.txt`,
    `aws dynamodb delete-table --table-name ${w}`,
    `aws sns publish --topic-arn arn:aws:sns:us-east-1:111111111111:${w} --message x`,
    `aws iam delete-role --role-name ${w}`,
    `aws kinesis delete-stream --stream-name ${w}`,
    `aws lambda create-event-source-mapping --function-name ${w} --event-source-arn ${QUEUE_ARN}`,
    `aws lambda add-permission --function-name ${w} --statement-id s --action lambda:InvokeFunction --principal s3.amazonaws.com`,
  ]);
  return { kind: 'missing resource', line, rc: [254] };
}

function missingRequired(rng: Rng): Case {
  const line = rng.pick([
    'aws lambda get-function', 'aws sqs send-message', `aws sqs send-message --queue-url ${Q}`, 'aws lambda create-function --function-name x',
    'aws dynamodb put-item --table-name notes', 'aws iam create-role --role-name r', 'aws lambda invoke --function-name fn', 'aws', 'aws lambda', 'aws s3api',
    'aws s3 cp', 'aws s3 mb', 'aws s3 cp a',
  ]);
  return { kind: 'missing required', line, rc: [252] };
}

function s3Paths(rng: Rng): Case {
  const line = rng.pick([
    'aws s3 mb photos-two', 'aws s3 rb photos', 'aws s3 rb s3://photos/key', 'aws s3 cp missing.txt s3://photos/', 'aws s3 cp a.txt b.txt', 'aws s3 rm local.txt',
    'aws s3 mv s3://photos/cat.txt s3://photos/cat.txt', 'aws s3 cp - s3://photos/ --recursive', 'aws s3 ls s3://photos --bogus', 'aws s3 sync a b c',
  ]);
  return { kind: 's3 paths', line, rc: [252, 255] };
}

/** Whatever is left: tokens from every family, in any order, after a real service. */
function jumble(rng: Rng): Case {
  const tokens = ['--function-name', '--queue-url', Q, '--query', '--output', 'json', '--', '=', '{', '}', '[', ']', ',', 'file://', 'fileb://x', '--no-paginate', '--max-items', 'abc', '--cli-input-json', '{"a":', rng.pick(UNICODE), rng.word(), '--region', '--profile', 'help2'];
  const op = rng.pick(['get-function', 'list-functions', 'get-queue-attributes', 'describe-table', 'list-buckets', rng.word()]);
  const words = Array.from({ length: 1 + rng.int(6) }, () => sq(rng.pick(tokens)));
  return { kind: 'jumble', line: `aws ${rng.pick(SERVICES)} ${op} ${words.join(' ')}`, rc: [252, 253, 254, 255] };
}

const FAMILIES: Array<[number, (rng: Rng, huge: string) => Case]> = [
  [6, unknownService], [6, unknownOperation], [9, unknownFlag], [6, flagWithoutValue], [8, wrongInteger], [3, hugeInteger],
  [8, brokenShorthand], [8, brokenJson], [6, wrongJsonTypes], [7, missingParamfile], [6, badQuery], [4, badOutput], [6, badGlobals],
  [3, unbalancedQuotes], [1, hugeValue], [5, unicodeJunk], [8, missingResource], [5, missingRequired], [3, s3Paths], [6, jumble],
];
const TOTAL = FAMILIES.reduce((n, [w]) => n + w, 0);

function nextCase(rng: Rng, huge: string): Case {
  let r = rng.int(TOTAL);
  for (const [w, make] of FAMILIES) {
    if (r < w) return make(rng, huge);
    r -= w;
  }
  throw new Error('unreachable');
}

/** A JavaScript failure showing through, which the CLI never prints. */
const LEAK = /\n\s+at .+[(:]\d|^\s+at |TypeError|ReferenceError|RangeError|SyntaxError: |undefined is not|is not a function|Cannot read propert|\[object Object\]|\bundefined\b|value: NaN/m;

/** The stderr of a failed `aws`, by exit status: what the CLI's error handlers write. */
function cliStyle(rc: number, stderr: string): boolean {
  if (rc === 2) return /^bash: /.test(stderr);
  if (!stderr.startsWith('\n') || !stderr.endsWith('\n') || stderr.trim() === '') return false;
  if (rc === 254) return /^\nAn error occurred \([\w.:-]+\) when calling the \w+ operation(?: \(reached max retries: \d+\))?: [\s\S]*\n$/.test(stderr);
  if (rc === 252) {
    return /^\n(usage: aws |Error parsing parameter '|Parameter validation failed:\n|Unknown options: |<S3Uri>\nError: |Please specify a valid bucket name only|Cannot mv a file onto itself|Streaming currently|Cannot specify --no-paginate|Only one of --cli-input-json)/.test(stderr);
  }
  return rc === 253 || rc === 255;
}

/** The state as data, minus what every command moves (the trace, the id counter). */
function stateOf(cloud: Cloud): string {
  const s = cloud.snapshot() as unknown as Record<string, unknown> & { ids: { counter?: number } };
  delete s.trace;
  s.ids = { ...s.ids, counter: 0 };
  return JSON.stringify(s);
}

async function newSession(): Promise<Session> {
  const fs = MemoryFS.fromFiles(HOME, { 'payload.json': '{"name":"Ada"}', 'a.txt': 'a', 'function.zip': zip({ 'index.js': 'exports.handler = async () => 1;' }) });
  const session = new Session({ fs, host: new NodeHost({ spare: false }), time: fixedTime(), seed: 3 });
  const cloud = session.cloud;
  await createFunction(cloud, 'fn', { 'index.js': 'exports.handler = async (e) => e;' });
  await cloud.call({ service: 'sqs', action: 'CreateQueue', input: { QueueName: 'jobs' } });
  await cloud.call({ service: 's3', action: 'CreateBucket', input: { Bucket: 'photos' } });
  await cloud.call({ service: 's3', action: 'PutObject', input: { Bucket: 'photos', Key: 'cat.txt', Body: new TextEncoder().encode('meow') } });
  await cloud.call({ service: 'dynamodb', action: 'CreateTable', input: { TableName: 'notes', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' } });
  await cloud.call({ service: 'sns', action: 'CreateTopic', input: { Name: 'news' } });
  return session;
}

async function run(session: Session, line: string): Promise<{ rc: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const rc = await session.run(line, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { rc, stdout, stderr };
}

describe('malformed aws command lines in a sandbox session', () => {
  let session: Session;
  beforeAll(async () => {
    session = await newSession();
  });
  afterAll(() => session?.dispose());

  it(`answers ${COUNT} of them as the AWS CLI does and leaves the cloud as it was`, async () => {
    const rng = fuzzRng(SEED);
    const huge = 'x'.repeat(1024 * 1024 + 5);
    const before = stateOf(session.cloud);
    const problems: string[] = [];
    const kinds = new Map<string, number>();
    const statuses = new Map<number, number>();
    let lastGood = 0;
    const seen = new Map<string, string>();
    for (let i = 0; i < COUNT; i++) {
      const c = nextCase(rng, huge);
      kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
      const shown = `#${i} ${c.kind}: ${c.line.length > 200 ? `${c.line.slice(0, 200)}… (${c.line.length} chars)` : c.line}`;
      let out: { rc: number; stdout: string; stderr: string };
      try {
        out = await run(session, c.line);
      } catch (error) {
        problems.push(`${shown} → threw ${String(error)}`);
        continue;
      }
      statuses.set(out.rc, (statuses.get(out.rc) ?? 0) + 1);
      const said = `→ ${out.rc} ${JSON.stringify(out.stderr.slice(0, 300))}`;
      if (process.env.FUZZ_REPORT) {
        const gist = out.stderr.split('\n').filter((l) => l && !/^(usage:|To see help|  aws )/.test(l))[0]?.slice(0, 90) ?? '';
        const key = `${c.kind} | ${out.rc} | ${gist.replace(/\d+/g, 'N')}`;
        if (!seen.has(key)) seen.set(key, c.line.slice(0, 140));
      }
      if (LEAK.test(out.stdout) || LEAK.test(out.stderr)) problems.push(`leak: ${shown} ${said} ${JSON.stringify(out.stdout.slice(0, 200))}`);
      if (!c.rc.includes(out.rc)) problems.push(`status ${out.rc} (want ${c.rc.join('|')}): ${shown} ${said}`);
      else if (!cliStyle(out.rc, out.stderr)) problems.push(`not the CLI's words: ${shown} ${said}`);
      if (i % 200 === 199 || i === COUNT - 1 || process.env.FUZZ_EVERY_LINE) {
        if (stateOf(session.cloud) !== before) {
          problems.push(`state changed between #${lastGood} and #${i}${process.env.FUZZ_EVERY_LINE ? `: ${shown} ${said}` : ' (FUZZ_EVERY_LINE=1 names the line)'}`);
          break;
        }
        lastGood = i;
      }
    }
    if (process.env.FUZZ_REPORT) console.log([...seen].map(([k, line]) => `${k}\n      ${line}`).sort().join('\n'));
    expect(problems.slice(0, 25)).toEqual([]);
    expect(stateOf(session.cloud)).toBe(before);
    // Every family was sent, and every failing status the CLI has was seen.
    expect(kinds.size).toBe(FAMILIES.length);
    expect([...statuses.keys()].sort()).toEqual([2, 252, 254, 255]);
  }, 60_000);
});

describe('what the fuzzing found, one line each', () => {
  let session: Session;
  beforeAll(async () => {
    session = await newSession();
  });
  afterAll(() => session?.dispose());

  it('a region that is no host label is refused as botocore refuses it (255)', async () => {
    expect(await run(session, "aws sts get-caller-identity --region 'not a region'")).toEqual({
      rc: 255, stdout: '', stderr: "\nProvided region_name 'not a region' doesn't match a supported format.\n",
    });
  });

  it('an endpoint URL without a host is an invalid endpoint (255)', async () => {
    expect(await run(session, 'aws sts get-caller-identity --endpoint-url localhost:4566')).toEqual({ rc: 255, stdout: '', stderr: '\nInvalid endpoint: localhost:4566\n' });
    expect((await run(session, 'aws sts get-caller-identity --endpoint-url http://localhost:4566')).rc).toBe(0);
  });

  it('an unclosed backtick literal in --query is a syntax error, as jmespath.py lexes it', async () => {
    expect(await run(session, "aws sts get-caller-identity --query '`abc'")).toEqual({
      rc: 252, stdout: '', stderr: "\nError parsing parameter 'query': Bad value for --query `abc: Bad jmespath expression: Unclosed ` delimiter:\n`abc\n^\n",
    });
    expect((await run(session, "aws sts get-caller-identity --query 'Account == `\"111111111111\"`'")).stdout).toBe('true\n');
  });

  it('--page-size is validated as part of the request it becomes', async () => {
    expect(await run(session, 'aws lambda list-functions --page-size 0')).toEqual({
      rc: 252, stdout: '', stderr: '\nParameter validation failed:\nInvalid value for parameter MaxItems, value: 0, valid min value: 1\n',
    });
  });

  it('deleting an event-source mapping that does not exist leaves the state as it was', async () => {
    const before = stateOf(session.cloud);
    expect((await run(session, 'aws lambda delete-event-source-mapping --uuid 14e0db71-0000-0000-0000-000000000000')).rc).toBe(254);
    expect((await run(session, 'aws lambda list-event-source-mappings')).rc).toBe(0);
    expect(stateOf(session.cloud)).toBe(before);
  });
});
