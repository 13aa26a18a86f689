/** Updating a function (code and configuration), and concurrency: reserved concurrency, throttles, the account's settings. */
import { arn, create, engineBug, esm, fromStep, invoke, lambda, layerArn, publishLayer, zip } from '../build.ts';
import { INIT_START, line, REVISION_ID, SHA256, START } from '../patterns.ts';
import type { Scenario } from '../types.ts';

const version = (code: string) => esm(`console.log('init ${code}');\nexport const handler = async () => '${code}';`);

export const updates: Scenario[] = [
  {
    name: 'UpdateFunctionCode answers LastUpdateStatus InProgress; the next invoke runs the new code in a new environment, and the status is then Successful',
    steps: [
      { call: create('fn', version('one')) },
      { call: invoke('fn'), expect: { payload: 'one' } },
      {
        call: lambda('UpdateFunctionCode', { FunctionName: 'fn', ZipFile: zip(version('two')) }),
        expect: {
          output: {
            FunctionArn: arn('fn'),
            Version: '$LATEST',
            CodeSha256: SHA256,
            CodeSize: zip(version('two')).length,
            RevisionId: REVISION_ID,
            State: 'Active',
            LastUpdateStatus: 'InProgress',
            LastUpdateStatusReason: 'The function is being created.',
            LastUpdateStatusReasonCode: 'Creating',
          },
        },
      },
      { call: lambda('GetFunctionConfiguration', { FunctionName: 'fn' }), expect: { output: { State: 'Active', LastUpdateStatus: 'Successful', LastUpdateStatusReason: undefined, LastUpdateStatusReasonCode: undefined } } },
      {
        call: invoke('fn'),
        expect: {
          payload: 'two',
          logCount: [[INIT_START, 2]],
          logs: [
            line.initStart(), line.console('INFO', 'init one', { request: false }), line.start(), line.end(), line.report({ init: true }),
            line.initStart(), line.console('INFO', 'init two', { request: false }), line.start(), line.end(), line.report({ init: true }),
          ],
        },
      },
      { call: invoke('fn'), expect: { payload: 'two', logCount: [[INIT_START, 2], [START, 3]] } },
    ],
  },
  {
    name: 'UpdateFunctionConfiguration replaces the environment variables entirely; an empty map removes them; each change starts a new environment',
    steps: [
      { call: create('env', esm('export const handler = async () => ({ ALPHA: process.env.ALPHA ?? null, BETA: process.env.BETA ?? null });'), { Environment: { Variables: { ALPHA: '1', BETA: '2' } } }) },
      { call: invoke('env'), expect: { payload: { ALPHA: '1', BETA: '2' } } },
      {
        call: lambda('UpdateFunctionConfiguration', { FunctionName: 'env', Environment: { Variables: { BETA: '3' } } }),
        expect: { output: { Environment: { Variables: { ALPHA: undefined, BETA: '3' } }, LastUpdateStatus: 'InProgress' } },
      },
      { call: invoke('env'), expect: { payload: { ALPHA: null, BETA: '3' }, logCount: [[INIT_START, 2]] } },
      { call: lambda('UpdateFunctionConfiguration', { FunctionName: 'env', Environment: { Variables: {} } }), expect: { output: { Environment: undefined } } },
      { call: invoke('env'), expect: { payload: { ALPHA: null, BETA: null }, logCount: [[INIT_START, 3]] } },
      { call: lambda('GetFunctionConfiguration', { FunctionName: 'env' }), expect: { output: { Environment: undefined, LastUpdateStatus: 'Successful' } } },
    ],
  },
  {
    name: 'UpdateFunctionConfiguration of memory and timeout applies to the next invoke (context, REPORT Memory Size)',
    steps: [
      { call: create('fn', esm('export const handler = async (e, context) => ({ memory: context.memoryLimitInMB, upTo10s: context.getRemainingTimeInMillis() > 3000 });')) },
      { call: invoke('fn'), expect: { payload: { memory: '128', upTo10s: false } } },
      { call: lambda('UpdateFunctionConfiguration', { FunctionName: 'fn', MemorySize: 512, Timeout: 10 }), expect: { output: { MemorySize: 512, Timeout: 10 } } },
      { call: invoke('fn'), expect: { payload: { memory: '512', upTo10s: true }, logs: [line.report({ init: true }), line.initStart(), line.start(), line.end(), line.report({ init: true, memory: 512 })] } },
    ],
  },
  {
    name: 'UpdateFunctionCode with a stale RevisionId is refused with 412 and the code stays',
    steps: [
      { call: create('fn', version('one')) },
      { call: lambda('UpdateFunctionConfiguration', { FunctionName: 'fn', Description: 'changed' }) },
      { call: lambda('UpdateFunctionCode', { FunctionName: 'fn', ZipFile: zip(version('two')), RevisionId: fromStep(0, 'RevisionId') }), expect: { error: { code: 'PreconditionFailedException', status: 412 } } },
      { call: lambda('UpdateFunctionCode', { FunctionName: 'fn', ZipFile: zip(version('three')), RevisionId: fromStep(1, 'RevisionId') }), expect: { output: { LastUpdateStatus: 'InProgress' } } },
      { call: invoke('fn'), expect: { payload: 'three' } },
    ],
  },
];

const SMALL = esm('export const handler = async () => "ran";');

export const concurrency: Scenario[] = [
  {
    name: 'Reserved concurrency 0 throttles every synchronous invoke: 429 TooManyRequestsException with Reason ReservedFunctionConcurrentInvocationLimitExceeded',
    steps: [
      { call: create('off', SMALL) },
      { call: lambda('PutFunctionConcurrency', { FunctionName: 'off', ReservedConcurrentExecutions: 0 }), expect: { output: { ReservedConcurrentExecutions: 0 } } },
      { call: lambda('GetFunctionConcurrency', { FunctionName: 'off' }), expect: { output: { ReservedConcurrentExecutions: 0 } } },
      { call: lambda('GetFunction', { FunctionName: 'off' }), expect: { output: { Concurrency: { ReservedConcurrentExecutions: 0 } } } },
      {
        call: invoke('off'),
        expect: { error: { code: 'TooManyRequestsException', status: 429, message: 'Rate Exceeded.', extra: { Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded' } }, logCount: [[START, 0]] },
      },
      { call: lambda('DeleteFunctionConcurrency', { FunctionName: 'off' }), expect: { output: {} } },
      { call: lambda('GetFunctionConcurrency', { FunctionName: 'off' }), expect: { output: { ReservedConcurrentExecutions: undefined } } },
      { call: invoke('off'), expect: { payload: 'ran', logCount: [[START, 1]] } },
    ],
  },
  {
    name: 'Reserved concurrency must leave 100 of the account’s 1000 executions unreserved',
    steps: [
      { call: create('a', SMALL) },
      { call: create('b', SMALL) },
      { call: lambda('PutFunctionConcurrency', { FunctionName: 'a', ReservedConcurrentExecutions: 800 }) },
      {
        call: lambda('PutFunctionConcurrency', { FunctionName: 'b', ReservedConcurrentExecutions: 101 }),
        expect: { error: { code: 'InvalidParameterValueException', status: 400, message: "Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100]." } },
      },
      { call: lambda('PutFunctionConcurrency', { FunctionName: 'b', ReservedConcurrentExecutions: 100 }), expect: { output: { ReservedConcurrentExecutions: 100 } } },
      { call: lambda('GetAccountSettings'), expect: { output: { AccountLimit: { ConcurrentExecutions: 1000, UnreservedConcurrentExecutions: 100 } } } },
      // Changing a function's own reservation counts it once.
      { call: lambda('PutFunctionConcurrency', { FunctionName: 'a', ReservedConcurrentExecutions: 800 }), expect: { output: { ReservedConcurrentExecutions: 800 } } },
      {
        call: lambda('PutFunctionConcurrency', { FunctionName: 'a', ReservedConcurrentExecutions: -1 }),
        expect: { error: { code: 'ValidationException', message: "1 validation error detected: Value '-1' at 'reservedConcurrentExecutions' failed to satisfy constraint: Member must have value greater than or equal to 0" } },
      },
      { call: lambda('DeleteFunctionConcurrency', { FunctionName: 'a' }) },
      { call: lambda('GetAccountSettings'), expect: { output: { AccountLimit: { UnreservedConcurrentExecutions: 900 } } } },
    ],
  },
  {
    name: 'GetAccountSettings reports the account limits, the unreserved concurrency and the functions’ code size',
    steps: [
      { call: lambda('GetAccountSettings'), expect: { output: { AccountLimit: { UnreservedConcurrentExecutions: 1000 }, AccountUsage: { TotalCodeSize: 0, FunctionCount: 0 } } } },
      { call: create('a', SMALL) },
      { call: create('b', SMALL) },
      { call: lambda('PutFunctionConcurrency', { FunctionName: 'a', ReservedConcurrentExecutions: 50 }) },
      {
        call: lambda('GetAccountSettings'),
        expect: {
          output: {
            AccountLimit: { TotalCodeSize: 80530636800, CodeSizeUnzipped: 262144000, CodeSizeZipped: 52428800, ConcurrentExecutions: 1000, UnreservedConcurrentExecutions: 950 },
            AccountUsage: { TotalCodeSize: 2 * zip(SMALL).length, FunctionCount: 2 },
          },
        },
      },
    ],
  },
  {
    name: 'GetAccountSettings counts layer archives in TotalCodeSize',
    steps: [
      { call: publishLayer('lib', { 'nodejs/lib.js': 'module.exports = 1;' }) },
      { call: create('a', SMALL, { Layers: [layerArn('lib', 1)] }) },
      { call: lambda('GetAccountSettings'), expect: { output: { AccountUsage: { TotalCodeSize: zip(SMALL).length + zip({ 'nodejs/lib.js': 'module.exports = 1;' }).length, FunctionCount: 1 } } } },
    ],
  },
];
