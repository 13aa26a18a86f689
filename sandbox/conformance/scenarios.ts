/**
 * The engine conformance scenarios: what the miniature Lambda does, as data. The same list runs in
 * Node (tests/conformance/node.test.ts, NodeHost) and in the browser's engine worker (the self-test
 * page and tests/e2e/conformance.spec.ts, WebHost); the normalized results of both must be equal.
 *
 * Adding a scenario
 * - Append `{ name, steps }` to the group it belongs to — the first three groups are in this file, the
 *   others in groups/*.ts — or start a group and add it to SCENARIO_GROUPS. The name says what AWS
 *   does ("DeleteFunction removes the function; …"), so a failure reads as the behaviour that broke.
 * - A step is `{ call, expect }` — `call` is one `Cloud.call` request; `create`, `invoke`,
 *   `invokeEvent`, `lambda`, `logs`, `sqs`, `sns`, `iam`, `sts`, `s3`, `kinesis`, `dynamodb`, `events`,
 *   `apigatewayv2`, `publishLayer` and `receiveAll` in build.ts write the common ones, `signedBy(key, call)`
 *   signs a call as another caller (`PARTNER_KEY`, or a role session's key from `fromStep`), `zip({ 'index.mjs': '…' })` builds a package, and `fromStep(i, 'Version')` puts
 *   a value an earlier step returned into an input — or `{ advance: ms }` to move the virtual clock
 *   through `Cloud.advance`, which runs what comes due on the way (asynchronous retries, in time
 *   order), as `lab clock advance` does — or `{ settle: true }` to wait for the cloud's background
 *   work (queued Event invokes, destinations). Both take an `expect` for log lines, with `logGroup`.
 *   Whatever is still running when the last step ends is waited for before the logs are read.
 * - `expect` (see Expect in types.ts): `output` (partial deep match; RegExp for strings, `undefined`
 *   for "absent"), `error` (code + exact or RegExp message, `extra` such as a throttle's Reason),
 *   `json` (members holding JSON text, such as an SQS Body, parsed and compared), and for Invoke
 *   `payload` (JSON equals), `payloadMatch`, `functionError`, `tail` (LogResult lines in order), and
 *   for the function's log group `logs` (lines in order), `logsExactly`, `logCount`. RegExps without
 *   the `g` flag; patterns.ts has the common ones (request ids, times, the START/REPORT lines).
 * - Every scenario starts on a fresh cloud at 2026-01-01T00:00:00Z with seed 1. Durations are real,
 *   so match them with patterns; after an invoke the clock has moved by what the invoke measured.
 * - A scenario that cannot run on a platform says why: `skip: { web: 'reason' }`. The reason is shown
 *   on the self-test page and in the test names. A scenario that shows an engine bug (the engine
 *   differs from AWS) is skipped on both platforms with the reason starting `engine bug:`, until the
 *   engine is fixed and the skip removed.
 * - Keep handlers deterministic (no Math.random, no wall time in the response), or the Node and
 *   browser summaries will not compare.
 */
import { ACCOUNT, arn, create, esm, fromStep, invoke, lambda, logs, payload, ROLE } from './build.ts';
import { asyncInvokes } from './groups/async.ts';
import { builtins } from './groups/builtins.ts';
import { eventSources } from './groups/event-sources.ts';
import { filesystem } from './groups/filesystem.ts';
import { layers } from './groups/layers.ts';
import { permissions } from './groups/permissions.ts';
import { s3Notifications } from './groups/s3-notifications.ts';
import { schedules } from './groups/schedules.ts';
import { serviceDeliveries } from './groups/service-deliveries.ts';
import { sdk } from './groups/sdk.ts';
import { concurrency, updates } from './groups/update.ts';
import { aliases, versions } from './groups/versions.ts';
import { line, REQUEST_ID, REVISION_ID, RID, SHA256, STREAM, TIME } from './patterns.ts';
import type { Scenario } from './types.ts';

const OK_HANDLER = esm('export const handler = async () => "still serving";');

/** Two steps proving the engine still serves after a failure: a new function deploys and answers. */
const stillServes = (name: string) => [
  { call: create(`${name}-after`, OK_HANDLER), expect: { output: { FunctionName: `${name}-after` } } },
  { call: invoke(`${name}-after`), expect: { payload: 'still serving', functionError: null } },
];

const HELLO = esm('export const handler = async () => ({ ok: true });');

// ── Control plane ───────────────────────────────────────────────────────────────────────────────
const controlPlane: Scenario[] = [
  {
    name: 'CreateFunction answers with the function configuration, State Pending',
    steps: [
      {
        call: create('hello', HELLO),
        expect: {
          output: {
            FunctionName: 'hello',
            FunctionArn: arn('hello'),
            Runtime: 'nodejs24.x',
            Role: ROLE,
            Handler: 'index.handler',
            Description: '',
            Timeout: 3,
            MemorySize: 128,
            LastModified: '2026-01-01T00:00:00.000+0000',
            CodeSha256: SHA256,
            Version: '$LATEST',
            Environment: undefined,
            TracingConfig: { Mode: 'PassThrough' },
            RevisionId: REVISION_ID,
            State: 'Pending',
            StateReason: 'The function is being created.',
            StateReasonCode: 'Creating',
            PackageType: 'Zip',
            Architectures: ['x86_64'],
            EphemeralStorage: { Size: 512 },
            SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
            RuntimeVersionConfig: { RuntimeVersionArn: /^arn:aws:lambda:us-east-1::runtime:[0-9a-f]{64}$/ },
            LoggingConfig: { LogFormat: 'Text', LogGroup: '/aws/lambda/hello' },
          },
        },
      },
    ],
  },
  {
    name: 'GetFunction shows it Active with a code location; a name, a partial ARN and a full ARN all find it',
    steps: [
      { call: create('hello', HELLO, { Description: 'greets', Timeout: 10, MemorySize: 256, Environment: { Variables: { STAGE: 'dev' } } }) },
      {
        call: lambda('GetFunction', { FunctionName: 'hello' }),
        expect: {
          output: {
            Configuration: { State: 'Active', LastUpdateStatus: 'Successful', StateReason: undefined, Description: 'greets', Timeout: 10, MemorySize: 256, Environment: { Variables: { STAGE: 'dev' } } },
            Code: { RepositoryType: 'S3', Location: /^https:\/\/awslambda-us-east-1-tasks\.s3\.us-east-1\.amazonaws\.com\/snapshots\/111111111111\/hello-/ },
          },
        },
      },
      { call: lambda('GetFunctionConfiguration', { FunctionName: `${ACCOUNT}:function:hello` }), expect: { output: { FunctionName: 'hello', State: 'Active' } } },
      { call: lambda('GetFunctionConfiguration', { FunctionName: arn('hello') }), expect: { output: { FunctionName: 'hello', FunctionArn: arn('hello') } } },
      { call: lambda('GetFunctionConfiguration', { FunctionName: 'hello', Qualifier: '1' }), expect: { error: { code: 'ResourceNotFoundException', message: `Function not found: ${arn('hello')}:1`, status: 404 } } },
    ],
  },
  {
    name: 'ListFunctions lists by name and pages with MaxItems and NextMarker',
    steps: [
      { call: create('c', HELLO) },
      { call: create('a', HELLO) },
      { call: create('b', HELLO) },
      { call: lambda('ListFunctions'), expect: { output: { Functions: [{ FunctionName: 'a' }, { FunctionName: 'b' }, { FunctionName: 'c' }], NextMarker: undefined } } },
      { call: lambda('ListFunctions', { MaxItems: 2 }), expect: { output: { Functions: [{ FunctionName: 'a', State: 'Active' }, { FunctionName: 'b' }], NextMarker: /./ } } },
      // The marker is opaque: the next page asks with whatever the last one returned.
      { call: lambda('ListFunctions', { MaxItems: 2, Marker: fromStep(4, 'NextMarker') }), expect: { output: { Functions: [{ FunctionName: 'c' }], NextMarker: undefined } } },
      { call: lambda('ListFunctions', { MaxItems: 0 }), expect: { error: { code: 'ValidationException', message: "1 validation error detected: Value '0' at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1" } } },
    ],
  },
  {
    name: 'DeleteFunction removes the function; afterwards it is not found, by its ARN',
    steps: [
      { call: create('hello', HELLO) },
      { call: invoke('hello'), expect: { payload: { ok: true } } },
      { call: lambda('DeleteFunction', { FunctionName: 'hello' }) },
      { call: lambda('GetFunction', { FunctionName: 'hello' }), expect: { error: { code: 'ResourceNotFoundException', message: `Function not found: ${arn('hello')}`, status: 404 } } },
      { call: lambda('DeleteFunction', { FunctionName: 'hello' }), expect: { error: { code: 'ResourceNotFoundException', message: `Function not found: ${arn('hello')}` } } },
      { call: lambda('ListFunctions'), expect: { output: { Functions: [] } } },
      // The log group outlives the function, as it does on AWS.
      { call: logs('DescribeLogGroups'), expect: { output: { logGroups: [{ logGroupName: '/aws/lambda/hello' }] } } },
    ],
  },
  {
    name: 'A second function with the same name is a ResourceConflictException',
    steps: [
      { call: create('hello', HELLO) },
      { call: create('hello', HELLO), expect: { error: { code: 'ResourceConflictException', message: 'Function already exist: hello', status: 409 } } },
    ],
  },
  {
    name: 'The function name, timeout and memory size are validated in the API words',
    steps: [
      { call: create('x'.repeat(65), HELLO), expect: { error: { code: 'ValidationException', status: 400, message: `1 validation error detected: Value '${'x'.repeat(65)}' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to 64` } } },
      { call: create('bad name', HELLO), expect: { error: { code: 'ValidationException', message: /^1 validation error detected: Value 'bad name' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: / } } },
      { call: create('f', HELLO, { Timeout: 0 }), expect: { error: { code: 'ValidationException', message: "1 validation error detected: Value '0' at 'timeout' failed to satisfy constraint: Member must have value greater than or equal to 1" } } },
      {
        call: create('f', HELLO, { MemorySize: 64, Timeout: 901 }),
        expect: { error: { code: 'ValidationException', message: "2 validation errors detected: Value '901' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to 900; Value '64' at 'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128" } },
      },
      { call: create('f', HELLO, { Timeout: 1.5 }), expect: { error: { code: 'InvalidParameterValueException', message: 'Timeout must be an integer.' } } },
      { call: create('f', HELLO, { Handler: undefined }), expect: { error: { code: 'InvalidParameterValueException', message: 'Handler is required for a function with a Zip package type.' } } },
      { call: lambda('GetFunction', {}), expect: { error: { code: 'ValidationException', message: "1 validation error detected: Value 'null' at 'functionName' failed to satisfy constraint: Member must not be null" } } },
    ],
  },
  {
    name: 'Deprecated and unknown runtimes are refused, and a valid non-Node.js runtime is refused in plain words',
    steps: [
      {
        call: create('f', HELLO, { Runtime: 'nodejs14.x' }),
        expect: { error: { code: 'InvalidParameterValueException', message: 'The runtime parameter of nodejs14.x is no longer supported for creating or updating AWS Lambda functions. We recommend you use a supported runtime while creating or updating functions.' } },
      },
      { call: create('f', HELLO, { Runtime: 'nodejs99.x' }), expect: { error: { code: 'ValidationException', message: /^1 validation error detected: Value 'nodejs99\.x' at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: \[nodejs, .*nodejs24\.x/ } } },
      { call: create('f', HELLO, { Runtime: 'python3.13' }), expect: { error: { code: 'InvalidParameterValueException', message: /runs Node\.js functions only/ } } },
      { call: create('f', HELLO, { Runtime: 'nodejs22.x' }), expect: { output: { Runtime: 'nodejs22.x' } } },
    ],
  },
  {
    name: 'A package that is not a zip, a missing package and a role Lambda cannot assume are refused',
    steps: [
      {
        call: lambda('CreateFunction', { FunctionName: 'f', Runtime: 'nodejs24.x', Handler: 'index.handler', Role: ROLE, Code: { ZipFile: payload('not a zip') } }),
        expect: { error: { code: 'InvalidParameterValueException', message: 'Could not unzip uploaded file. Please check your file, then try to upload again.' } },
      },
      {
        call: lambda('CreateFunction', { FunctionName: 'f', Runtime: 'nodejs24.x', Handler: 'index.handler', Role: ROLE, Code: {} }),
        expect: { error: { code: 'InvalidParameterValueException', message: 'Please provide a source for function code.' } },
      },
      { call: create('f', HELLO, { Role: `arn:aws:iam::${ACCOUNT}:role/nope` }), expect: { error: { code: 'InvalidParameterValueException', message: 'The role defined for the function cannot be assumed by Lambda.' } } },
      { call: lambda('ListFunctions'), expect: { output: { Functions: [] } } },
    ],
  },
  {
    name: 'Reserved environment variable names are refused',
    steps: [
      {
        call: create('f', HELLO, { Environment: { Variables: { AWS_REGION: 'eu-west-1', TABLE: 'orders' } } }),
        expect: { error: { code: 'InvalidParameterValueException', message: /Reserved keys used in this request: AWS_REGION$/ } },
      },
      { call: create('f', HELLO, { Environment: { Variables: { '1BAD': 'x' } } }), expect: { error: { code: 'ValidationException', message: /^1 validation error detected: Value '1BAD' at 'environment\.variables'/ } } },
    ],
  },
];

// ── Invoke ──────────────────────────────────────────────────────────────────────────────────────
const GREETER = esm(`let calls = 0;
console.log('cold start');
export const handler = async (event, context) => {
  calls++;
  console.log('greeting', event.name);
  return { message: \`Hello, \${event.name}!\`, calls };
};`);

const invokes: Scenario[] = [
  {
    name: 'Invoke runs an ES module handler and returns its JSON with status 200 and the executed version',
    steps: [
      {
        call: create('hello', esm(`export const handler = async (event, context) => ({
  message: \`Hello, \${event.name}!\`,
  requestId: context.awsRequestId,
  functionName: context.functionName,
  functionVersion: context.functionVersion,
  invokedFunctionArn: context.invokedFunctionArn,
  memoryLimitInMB: context.memoryLimitInMB,
  logGroupName: context.logGroupName,
  logStreamName: context.logStreamName,
  remainingInRange: context.getRemainingTimeInMillis() > 2000 && context.getRemainingTimeInMillis() <= 3000,
});`)),
      },
      {
        call: invoke('hello', { name: 'Ada' }),
        expect: {
          output: { StatusCode: 200, ExecutedVersion: '$LATEST', FunctionError: undefined, LogResult: undefined },
          payloadMatch: {
            message: 'Hello, Ada!',
            requestId: REQUEST_ID,
            functionName: 'hello',
            functionVersion: '$LATEST',
            invokedFunctionArn: arn('hello'),
            memoryLimitInMB: '128',
            logGroupName: '/aws/lambda/hello',
            logStreamName: STREAM,
            remainingInRange: true,
          },
        },
      },
      { call: invoke('nope'), expect: { error: { code: 'ResourceNotFoundException', message: `Function not found: ${arn('nope')}`, status: 404 } } },
    ],
  },
  {
    name: 'A CommonJS handler requires a relative module',
    steps: [
      { call: create('cjs', { 'index.js': "const { twice } = require('./lib/math');\nexports.handler = async (e) => twice(e.n);", 'lib/math.js': 'exports.twice = (n) => n * 2;' }) },
      { call: invoke('cjs', { n: 21 }), expect: { payload: 42, functionError: null } },
    ],
  },
  {
    name: 'An ES module imports CommonJS and node:util',
    steps: [
      {
        call: create('esm', {
          'app.mjs': "import math from './math.cjs';\nimport { format } from 'node:util';\nexport const run = async () => format('%s=%d %j', 'x', math.twice(2), { a: 1 });",
          'math.cjs': 'module.exports = { twice: (n) => n * 2 };',
        }, { Handler: 'app.run' }),
      },
      { call: invoke('esm'), expect: { payload: 'x=4 {"a":1}' } },
    ],
  },
  {
    name: 'Top-level await runs during INIT',
    steps: [
      { call: create('tla', esm("const config = await Promise.resolve({ greeting: 'hi' });\nexport const handler = async () => config.greeting;")) },
      { call: invoke('tla'), expect: { payload: 'hi' } },
    ],
  },
  {
    name: 'The first invoke starts cold; the next reuses the warm environment and its module state (Init Duration once)',
    steps: [
      { call: create('hello', GREETER) },
      { call: invoke('hello', { name: 'a' }), expect: { payload: { message: 'Hello, a!', calls: 1 } } },
      {
        call: invoke('hello', { name: 'b' }),
        expect: {
          payload: { message: 'Hello, b!', calls: 2 },
          logsExactly: [
            line.initStart(),
            line.console('INFO', 'cold start', { request: false }),
            line.start(), line.console('INFO', 'greeting a'), line.end(), line.report({ init: true }),
            line.start(), line.console('INFO', 'greeting b'), line.end(), line.report(),
          ],
        },
      },
      { call: logs('DescribeLogStreams', { logGroupName: '/aws/lambda/hello' }), expect: { output: { logStreams: [{ logStreamName: STREAM }] } } },
    ],
  },
  {
    name: 'The environment has the reserved AWS_* variables and the configured ones',
    steps: [
      { call: create('env', esm('export const handler = async () => process.env;'), { Environment: { Variables: { TABLE: 'orders' } }, MemorySize: 256 }) },
      {
        call: invoke('env'),
        expect: {
          payloadMatch: {
            TABLE: 'orders',
            AWS_LAMBDA_FUNCTION_NAME: 'env',
            AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
            AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '256',
            AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/env',
            AWS_LAMBDA_LOG_STREAM_NAME: STREAM,
            AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
            AWS_LAMBDA_RUNTIME_API: '127.0.0.1:9001',
            AWS_REGION: 'us-east-1',
            AWS_DEFAULT_REGION: 'us-east-1',
            AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
            _HANDLER: 'index.handler',
            LAMBDA_TASK_ROOT: '/var/task',
            LAMBDA_RUNTIME_DIR: '/var/runtime',
            TZ: ':UTC',
            HOME: undefined,
            // The execution role's temporary credentials, never the host's.
            AWS_ACCESS_KEY_ID: /^ASIA[A-Z0-9]{16}$/,
            AWS_SECRET_ACCESS_KEY: /^[A-Za-z0-9/+]{40}$/,
            AWS_SESSION_TOKEN: /^IQoJb3JpZ2luX2Vj/,
          },
        },
      },
    ],
  },
  {
    name: 'The log stream has START, console lines with their level, END and REPORT in the Lambda format',
    steps: [
      { call: create('levels', esm("export const handler = async () => {\n  console.info('info', 1);\n  console.warn('careful');\n  console.error('bad', { code: 7 });\n  console.debug('detail');\n  return 'done';\n};"), { MemorySize: 512 }) },
      {
        call: invoke('levels'),
        expect: {
          payload: 'done',
          logsExactly: [
            line.initStart(),
            line.start(),
            line.console('INFO', 'info 1'),
            line.console('WARN', 'careful'),
            line.console('ERROR', 'bad { code: 7 }'),
            line.console('DEBUG', 'detail'),
            line.end(),
            line.report({ init: true, memory: 512 }),
          ],
        },
      },
      { call: logs('DescribeLogGroups', { logGroupNamePrefix: '/aws/lambda/' }), expect: { output: { logGroups: [{ logGroupName: '/aws/lambda/levels', logGroupClass: 'STANDARD', logGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/levels` }] } } },
    ],
  },
  {
    name: 'LogType Tail returns the invocation log, base64, ending with REPORT',
    steps: [
      { call: create('hello', GREETER) },
      {
        call: invoke('hello', { name: 'Ada' }, { LogType: 'Tail' }),
        expect: {
          output: { StatusCode: 200, LogResult: /^[A-Za-z0-9+/]+=*$/ },
          tail: [line.initStart(), line.console('INFO', 'cold start', { request: false }), line.start(), line.console('INFO', 'greeting Ada'), line.end(), line.report({ init: true })],
        },
      },
      { call: invoke('hello', { name: 'Bo' }, { LogType: 'Tail' }), expect: { tail: [line.start(), line.console('INFO', 'greeting Bo'), line.end(), line.report()] } },
    ],
  },
  {
    name: 'FilterLogEvents finds lines by filter pattern across invocations',
    steps: [
      { call: create('hello', GREETER) },
      { call: invoke('hello', { name: 'Ada' }) },
      { call: invoke('hello', { name: 'Bo' }) },
      {
        call: logs('FilterLogEvents', { logGroupName: '/aws/lambda/hello', filterPattern: 'greeting' }),
        expect: { output: { events: [{ message: /\tINFO\tgreeting Ada\n$/, logStreamName: STREAM }, { message: /\tINFO\tgreeting Bo\n$/ }] } },
      },
      { call: logs('FilterLogEvents', { logGroupName: '/aws/lambda/hello', filterPattern: 'REPORT -Init' }), expect: { output: { events: [{ message: /^REPORT RequestId: / }] } } },
      { call: logs('FilterLogEvents', { logGroupName: '/aws/lambda/nope' }), expect: { error: { code: 'ResourceNotFoundException', message: 'The specified log group does not exist.' } } },
    ],
  },
  {
    name: 'DryRun answers 204 and runs nothing',
    steps: [
      { call: create('echo', esm('export const handler = async (e) => e;')) },
      { call: invoke('echo', { a: 1 }, { InvocationType: 'DryRun' }), expect: { output: { StatusCode: 204, Payload: undefined, ExecutedVersion: undefined } } },
      { call: logs('FilterLogEvents', { logGroupName: '/aws/lambda/echo' }), expect: { error: { code: 'ResourceNotFoundException', message: 'The specified log group does not exist.' } } },
    ],
  },
  {
    name: 'Invoke validates InvocationType and LogType in the API words',
    steps: [
      { call: create('echo', esm('export const handler = async (e) => e;')) },
      { call: invoke('echo', {}, { InvocationType: 'Later' }), expect: { error: { code: 'ValidationException', message: "1 validation error detected: Value 'Later' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]" } } },
      { call: invoke('echo', {}, { LogType: 'All' }), expect: { error: { code: 'ValidationException', message: "1 validation error detected: Value 'All' at 'logType' failed to satisfy constraint: Member must satisfy enum value set: [None, Tail]" } } },
    ],
  },
  {
    name: 'An empty payload arrives as {}; a payload that is not JSON is refused',
    steps: [
      { call: create('echo', esm('export const handler = async (e) => e;')) },
      { call: invoke('echo'), expect: { payload: {} } },
      { call: invoke('echo', [1, 'two', null]), expect: { payload: [1, 'two', null] } },
      {
        call: invoke('echo', '{name: Ada}'),
        expect: { error: { code: 'InvalidRequestContentException', status: 400, message: /^Could not parse request body into json: Could not parse payload into json: Unrecognized token '/ } },
      },
    ],
  },
  {
    name: 'On Node.js 24 a synchronous return value is the response; undefined is null',
    steps: [
      { call: create('sync', esm('export const handler = (e) => ({ ok: e.ok });')) },
      { call: invoke('sync', { ok: 1 }), expect: { payload: { ok: 1 } } },
      { call: create('nothing', esm('export const handler = async () => {};')) },
      { call: invoke('nothing'), expect: { payload: null, functionError: null } },
    ],
  },
  {
    name: 'Callback handlers work on nodejs20.x and are refused on nodejs24.x',
    steps: [
      { call: create('cb20', { 'index.js': 'exports.handler = (event, context, callback) => { callback(null, { via: "callback" }); };' }, { Runtime: 'nodejs20.x' }) },
      { call: invoke('cb20'), expect: { payload: { via: 'callback' }, logs: [line.initStart('20')] } },
      { call: create('cb24', { 'index.js': 'exports.handler = (event, context, callback) => { callback(null, { via: "callback" }); };' }) },
      { call: invoke('cb24'), expect: { functionError: 'Unhandled', payloadMatch: { errorType: 'Runtime.CallbackHandlerDeprecated', errorMessage: /^ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node\.js 24\./ } } },
    ],
  },
  {
    name: 'LastModified and log stream dates follow the virtual clock when it advances',
    steps: [
      { call: create('early', HELLO), expect: { output: { LastModified: '2026-01-01T00:00:00.000+0000' } } },
      { advance: 25 * 3_600_000 },
      { call: create('late', HELLO), expect: { output: { LastModified: '2026-01-02T01:00:00.000+0000' } } },
      { call: invoke('late'), expect: { logs: [line.initStart(), line.report({ init: true })] } },
      { call: logs('DescribeLogStreams', { logGroupName: '/aws/lambda/late' }), expect: { output: { logStreams: [{ logStreamName: /^2026\/01\/02\/\[\$LATEST\][0-9a-f]{32}$/ }] } } },
    ],
  },
];

// ── Function errors ─────────────────────────────────────────────────────────────────────────────
const failures: Scenario[] = [
  {
    name: 'A syntax error is Runtime.UserCodeSyntaxError, status 200 with FunctionError, and INIT_REPORT says so',
    steps: [
      { call: create('syntax', esm('export const handler = async (event) => {\n  return { a: 1 ;\n};')) },
      {
        call: invoke('syntax'),
        expect: {
          output: { StatusCode: 200, FunctionError: 'Unhandled' },
          payloadMatch: { errorType: 'Runtime.UserCodeSyntaxError', errorMessage: /^SyntaxError: / },
          logs: [
            line.initStart(),
            new RegExp(`^${TIME}\\tundefined\\tERROR\\tUncaught Exception \\t\\{"errorType":"Runtime\\.UserCodeSyntaxError","errorMessage":"SyntaxError: `),
            /^INIT_REPORT Init Duration: \d+\.\d\d ms\tPhase: init\tStatus: error\tError Type: Runtime\.UserCodeSyntaxError$/,
            line.start(), line.end(), line.report({ init: true, status: 'Status: error\tError Type: Runtime.UserCodeSyntaxError' }),
          ],
        },
      },
      ...stillServes('syntax'),
    ],
  },
  {
    name: 'A CommonJS syntax error carries V8’s own message',
    steps: [
      { call: create('cjs-syntax', { 'index.js': 'exports.handler = async () => {\n  return }}\n' }) },
      { call: invoke('cjs-syntax'), expect: { functionError: 'Unhandled', payloadMatch: { errorType: 'Runtime.UserCodeSyntaxError', errorMessage: "SyntaxError: Unexpected token '}'" } } },
    ],
  },
  {
    name: 'A missing export is Runtime.HandlerNotFound; a non-function export says so',
    steps: [
      { call: create('noexport', esm('export const main = async () => 1;')) },
      { call: invoke('noexport'), expect: { functionError: 'Unhandled', payloadMatch: { errorType: 'Runtime.HandlerNotFound', errorMessage: 'index.handler is undefined or not exported' } } },
      { call: create('notfn', esm('export const handler = 42;')) },
      { call: invoke('notfn'), expect: { payloadMatch: { errorType: 'Runtime.HandlerNotFound', errorMessage: 'index.handler is not a function' } } },
    ],
  },
  {
    name: 'A missing handler file or package is Runtime.ImportModuleError',
    steps: [
      { call: create('nofile', { 'app.mjs': 'export const handler = async () => 1;' }) },
      { call: invoke('nofile'), expect: { payloadMatch: { errorType: 'Runtime.ImportModuleError', errorMessage: "Error: Cannot find module 'index'\nRequire stack:\n- /var/runtime/index.mjs" } } },
      { call: create('nopkg', esm("import _ from 'lodash';\nexport const handler = async () => 1;")) },
      { call: invoke('nopkg'), expect: { payloadMatch: { errorType: 'Runtime.ImportModuleError', errorMessage: "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'lodash' imported from /var/task/index.mjs" } } },
    ],
  },
  {
    name: 'A malformed handler name is Runtime.MalformedHandlerName',
    steps: [
      { call: create('dots', HELLO, { Handler: '../index.handler' }) },
      { call: invoke('dots'), expect: { payloadMatch: { errorType: 'Runtime.MalformedHandlerName', errorMessage: "'../index.handler' is not a valid handler name. Use absolute paths when specifying root directories in handler names." } } },
    ],
  },
  {
    name: 'A thrown Error gives its name, message and a trace of the learner’s lines only',
    steps: [
      { call: create('ref', esm('export const handler = async () => {\n  return x;\n};')) },
      {
        call: invoke('ref'),
        expect: {
          functionError: 'Unhandled',
          payloadMatch: { errorType: 'ReferenceError', errorMessage: 'x is not defined', trace: ['ReferenceError: x is not defined', /\/var\/task\/index\.mjs:2:\d+\)?$/] },
          logs: [new RegExp(`^${TIME}\\t${RID}\\tERROR\\tInvoke Error \\t\\{"errorType":"ReferenceError","errorMessage":"x is not defined","trace":\\[`)],
        },
      },
      { call: create('typed', esm('export const handler = async () => { throw new RangeError("too far"); };')) },
      { call: invoke('typed'), expect: { payloadMatch: { errorType: 'RangeError', errorMessage: 'too far' } } },
    ],
  },
  {
    name: 'A thrown non-Error gives its typeof as errorType and an empty trace',
    steps: [
      { call: create('str', esm('export const handler = async () => { throw "boom"; };')) },
      { call: invoke('str'), expect: { functionError: 'Unhandled', payload: { errorType: 'string', errorMessage: 'boom', trace: [] } } },
    ],
  },
  {
    name: 'An error thrown during INIT fails the invoke, and the next invoke initialises again',
    steps: [
      { call: create('initfail', esm('throw new TypeError("bad config");\nexport const handler = async () => 1;')) },
      { call: invoke('initfail'), expect: { functionError: 'Unhandled', payloadMatch: { errorType: 'TypeError', errorMessage: 'bad config' } } },
      { call: invoke('initfail'), expect: { payloadMatch: { errorType: 'TypeError' }, logCount: [[/^INIT_START /, 2], [/^INIT_REPORT .*Error Type: TypeError$/, 2]] } },
    ],
  },
  {
    name: 'A value that is not an Error thrown during INIT gives its typeof, and the next invoke initialises again',
    steps: [
      { call: create('initstr', esm('throw "no config";\nexport const handler = async () => 1;')) },
      { call: invoke('initstr'), expect: { functionError: 'Unhandled', payload: { errorType: 'string', errorMessage: 'no config', trace: [] } } },
      { call: invoke('initstr'), expect: { payload: { errorType: 'string', errorMessage: 'no config', trace: [] }, logCount: [[/^INIT_START /, 2], [/^INIT_REPORT .*Error Type: string$/, 2]] } },
    ],
  },
  {
    name: 'An infinite loop is stopped at the timeout with Sandbox.Timedout; the next invoke starts a fresh environment',
    steps: [
      { call: create('loop', esm('let n = 0;\nexport const handler = async (e) => { n++; if (e.spin) { while (true) {} } return n; };'), { Timeout: 1 }) },
      { call: invoke('loop', { spin: true }), expect: { functionError: 'Unhandled', payloadMatch: { errorType: 'Sandbox.Timedout', trace: undefined } } },
      { call: invoke('loop', {}), expect: { payload: 1, logCount: [[/^INIT_START /, 2]] } },
    ],
  },
  {
    name: 'A timeout reports Task timed out, REPORT Status: timeout, and a payload without a trace',
    steps: [
      { call: create('never', esm("export const handler = () => { console.log('waiting'); return new Promise(() => {}); };"), { Timeout: 1 }) },
      {
        call: invoke('never'),
        expect: {
          functionError: 'Unhandled',
          payloadMatch: { errorType: 'Sandbox.Timedout', errorMessage: new RegExp(`^RequestId: ${RID} Error: Task timed out after 1\\.00 seconds$`), trace: undefined },
          logs: [
            line.start(),
            line.console('INFO', 'waiting'),
            new RegExp(`^${TIME} ${RID} Task timed out after 1\\.00 seconds$`),
            line.end(),
            line.report({ init: true, status: 'Status: timeout' }),
          ],
        },
      },
      ...stillServes('never'),
    ],
  },
  {
    name: 'Calling process.exit ends the environment with Runtime.ExitError; the next invoke works',
    steps: [
      { call: create('exit', esm('export const handler = async (e) => { if (e.exit) process.exit(3); return "alive"; };')) },
      { call: invoke('exit', { exit: true }), expect: { functionError: 'Unhandled', payloadMatch: { errorType: 'Runtime.ExitError', errorMessage: new RegExp(`^RequestId: ${RID} Error: Runtime exited with error: exit status 3$`), trace: undefined } } },
      { call: invoke('exit', {}), expect: { payload: 'alive', logCount: [[/^INIT_START /, 2]] } },
    ],
  },
  {
    name: 'An unhandled rejection fails the invocation with Runtime.UnhandledPromiseRejection and ends the environment',
    steps: [
      { call: create('rej', esm('let n = 0;\nexport const handler = (e) => { n++; if (e.lose) return new Promise(() => { Promise.reject(new Error("lost")); }); return n; };')) },
      {
        call: invoke('rej', { lose: true }),
        expect: {
          functionError: 'Unhandled',
          payloadMatch: { errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: 'Error: lost' },
          logs: [new RegExp(`\\tERROR\\tUnhandled Promise Rejection \\t\\{"errorType":"Runtime\\.UnhandledPromiseRejection","errorMessage":"Error: lost"`)],
        },
      },
      { call: invoke('rej', {}), expect: { payload: 1, logCount: [[/^INIT_START /, 2]] } },
    ],
  },
  {
    name: 'A response that cannot be stringified is Runtime.JSONStringifyError',
    steps: [
      { call: create('circ', esm('export const handler = async () => { const a = {}; a.a = a; return a; };')) },
      { call: invoke('circ'), expect: { functionError: 'Unhandled', payloadMatch: { errorType: 'Runtime.JSONStringifyError', errorMessage: 'Unable to stringify response body' } } },
      ...stillServes('circ'),
    ],
  },
];

/** The scenarios by topic, as the self-test page lists them. */
export const SCENARIO_GROUPS: Array<{ title: string; scenarios: Scenario[] }> = [
  { title: 'Functions (control plane)', scenarios: controlPlane },
  { title: 'Invoke and logs', scenarios: invokes },
  { title: 'Function errors', scenarios: failures },
  { title: 'Versions', scenarios: versions },
  { title: 'Aliases', scenarios: aliases },
  { title: 'Layers', scenarios: layers },
  { title: 'Updating a function', scenarios: updates },
  { title: 'Concurrency', scenarios: concurrency },
  { title: 'Asynchronous invocation', scenarios: asyncInvokes },
  { title: 'The function’s file system', scenarios: filesystem },
  { title: 'Node.js built-ins', scenarios: builtins },
  { title: 'Permissions', scenarios: permissions },
  { title: 'Event-source mappings', scenarios: eventSources },
  { title: 'S3 notifications', scenarios: s3Notifications },
  { title: 'EventBridge schedules and API Gateway', scenarios: schedules },
  { title: 'Deliveries to queues and topics', scenarios: serviceDeliveries },
  { title: 'The AWS SDK in handlers', scenarios: sdk },
];

/** Every scenario, in order. */
export const SCENARIOS: Scenario[] = SCENARIO_GROUPS.flatMap((g) => g.scenarios);
