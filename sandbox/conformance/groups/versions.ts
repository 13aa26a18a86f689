/** Versions and aliases: PublishVersion, qualified invokes, ListVersionsByFunction, deleting a version, aliases and their routing. */
import { arn, create, engineBug, esm, fromStep, invoke, lambda, zip } from '../build.ts';
import { line, REVISION_ID, SHA256, START } from '../patterns.ts';
import type { Scenario, Step } from '../types.ts';

/** A handler that says which code it is and how it was invoked. */
const says = (code: string) =>
  esm(`export const handler = async (event, context) => ({ code: ${JSON.stringify(code)}, version: context.functionVersion, arn: context.invokedFunctionArn });`);

const publish = (extra: Record<string, unknown> = {}) => lambda('PublishVersion', { FunctionName: 'fn', ...extra });
const updateCode = (code: string) => lambda('UpdateFunctionCode', { FunctionName: 'fn', ZipFile: zip(says(code)) });

/** Steps 0–3: `fn` with version 1 ("one") and version 2 ("two"); $LATEST is "two". */
const twoVersions: Step[] = [
  { call: create('fn', says('one')) },
  { call: publish(), expect: { output: { Version: '1' } } },
  { call: updateCode('two') },
  { call: publish(), expect: { output: { Version: '2' } } },
];

const STALE_412 = { code: 'PreconditionFailedException', status: 412 };

export const versions: Scenario[] = [
  {
    name: 'PublishVersion snapshots $LATEST as version 1 with a qualified FunctionArn; publishing again unchanged returns version 1',
    steps: [
      { call: create('fn', says('one')) },
      {
        call: publish({ Description: 'first' }),
        expect: { output: { FunctionName: 'fn', FunctionArn: arn('fn', '1'), Version: '1', Description: 'first', CodeSha256: SHA256, RevisionId: REVISION_ID, State: 'Active', LastUpdateStatus: 'Successful' } },
      },
      { call: publish(), expect: { output: { FunctionArn: arn('fn', '1'), Version: '1', Description: 'first' } } },
      { call: lambda('GetFunctionConfiguration', { FunctionName: 'fn', Qualifier: '1' }), expect: { output: { FunctionArn: arn('fn', '1'), Version: '1', Description: 'first' } } },
      { call: lambda('GetFunction', { FunctionName: 'fn:1' }), expect: { output: { Configuration: { FunctionArn: arn('fn', '1'), Version: '1' } } } },
      { call: lambda('GetFunctionConfiguration', { FunctionName: 'fn' }), expect: { output: { FunctionArn: arn('fn'), Version: '$LATEST', Description: '' } } },
    ],
  },
  {
    name: 'After UpdateFunctionCode PublishVersion makes version 2; each version runs its own code, by Qualifier or as name:N, and ExecutedVersion says which ran',
    steps: [
      ...twoVersions,
      { call: invoke('fn', {}, { Qualifier: '1' }), expect: { output: { StatusCode: 200, ExecutedVersion: '1' }, payload: { code: 'one', version: '1', arn: arn('fn', '1') } } },
      { call: invoke('fn:2'), expect: { output: { ExecutedVersion: '2' }, payload: { code: 'two', version: '2', arn: arn('fn', '2') } } },
      {
        call: invoke('fn'),
        expect: {
          output: { ExecutedVersion: '$LATEST' },
          payload: { code: 'two', version: '$LATEST', arn: arn('fn') },
          logs: [line.initStart(), line.start('1'), line.initStart(), line.start('2'), line.initStart(), line.start()],
        },
      },
      { call: invoke('fn', {}, { Qualifier: '3' }), expect: { error: { code: 'ResourceNotFoundException', message: `Function not found: ${arn('fn', '3')}`, status: 404 } } },
    ],
  },
  {
    name: 'ListVersionsByFunction lists $LATEST first, then every version with its qualified ARN; a configuration change also makes a new version',
    steps: [
      { call: create('fn', says('one')) },
      { call: publish() },
      { call: lambda('UpdateFunctionConfiguration', { FunctionName: 'fn', Timeout: 10 }) },
      { call: publish(), expect: { output: { Version: '2', Timeout: 10 } } },
      {
        call: lambda('ListVersionsByFunction', { FunctionName: 'fn' }),
        expect: {
          output: {
            Versions: [
              { Version: '$LATEST', FunctionArn: arn('fn', '$LATEST'), Timeout: 10 },
              { Version: '1', FunctionArn: arn('fn', '1'), Timeout: 3 },
              { Version: '2', FunctionArn: arn('fn', '2'), Timeout: 10 },
            ],
            NextMarker: undefined,
          },
        },
      },
    ],
  },
  {
    name: 'PublishVersion refuses a CodeSha256 other than $LATEST’s, and a stale RevisionId with 412 PreconditionFailedException',
    steps: [
      { call: create('fn', says('one')) },
      {
        call: publish({ CodeSha256: 'abc=' }),
        expect: { error: { code: 'InvalidParameterValueException', status: 400, message: /^CodeSHA256 \(abc=\) is different from current CodeSHA256 in \$LATEST \([A-Za-z0-9+/]{43}=\)\. Please try again\.$/ } },
      },
      { call: lambda('UpdateFunctionConfiguration', { FunctionName: 'fn', Timeout: 5 }) },
      { call: publish({ RevisionId: fromStep(0, 'RevisionId') }), expect: { error: STALE_412 } },
      { call: publish({ RevisionId: fromStep(2, 'RevisionId'), CodeSha256: fromStep(2, 'CodeSha256') }), expect: { output: { Version: '1', Timeout: 5 } } },
    ],
  },
  {
    name: 'DeleteFunction with a Qualifier deletes one version, whose number is never reused; $LATEST cannot be deleted alone',
    steps: [
      { call: create('fn', says('one')) },
      { call: publish(), expect: { output: { Version: '1' } } },
      { call: lambda('DeleteFunction', { FunctionName: 'fn', Qualifier: '1' }), expect: { output: {} } },
      { call: invoke('fn:1'), expect: { error: { code: 'ResourceNotFoundException', message: `Function not found: ${arn('fn', '1')}`, status: 404 } } },
      { call: lambda('DeleteFunction', { FunctionName: 'fn', Qualifier: '$LATEST' }), expect: { error: { code: 'InvalidParameterValueException', message: '$LATEST version cannot be deleted without deleting the function.' } } },
      { call: updateCode('two') },
      { call: publish(), expect: { output: { Version: '2', FunctionArn: arn('fn', '2') } } },
      { call: lambda('ListVersionsByFunction', { FunctionName: 'fn' }), expect: { output: { Versions: [{ Version: '$LATEST' }, { Version: '2' }] } } },
      { call: invoke('fn:2'), expect: { payload: { code: 'two', version: '2', arn: arn('fn', '2') } } },
    ],
  },
  {
    name: 'A published version is immutable: updating name:1 is refused and the version keeps its code',
    steps: [
      { call: create('fn', says('one')) },
      { call: publish() },
      { call: lambda('UpdateFunctionConfiguration', { FunctionName: 'fn:1', Timeout: 9 }), expect: { error: { code: 'InvalidParameterValueException', status: 400 } } },
      { call: updateCode('two') },
      { call: invoke('fn:1'), expect: { payload: { code: 'one', version: '1', arn: arn('fn', '1') } } },
      { call: lambda('GetFunctionConfiguration', { FunctionName: 'fn:1' }), expect: { output: { Timeout: 3 } } },
    ],
  },
  {
    name: 'Updating a published version is refused in AWS’s words',
    steps: [
      { call: create('fn', says('one')) },
      { call: publish() },
      {
        call: lambda('UpdateFunctionConfiguration', { FunctionName: 'fn:1', Timeout: 9 }),
        expect: { error: { code: 'InvalidParameterValueException', message: 'Current operation does not support versions other than $LATEST. Please set the version to $LATEST or do not set a version in your request.' } },
      },
    ],
  },
  {
    name: 'A stale RevisionId is refused in AWS’s words, for a function and for an alias',
    steps: [
      { call: create('fn', says('one')) },
      { call: publish() },
      { call: lambda('CreateAlias', { FunctionName: 'fn', Name: 'LIVE', FunctionVersion: '1' }) },
      { call: lambda('UpdateFunctionConfiguration', { FunctionName: 'fn', Timeout: 5, RevisionId: fromStep(0, 'RevisionId') }), expect: { error: { ...STALE_412, message: 'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id' } } },
      { call: lambda('UpdateAlias', { FunctionName: 'fn', Name: 'LIVE', Description: 'x', RevisionId: 'stale' }), expect: { error: { ...STALE_412, message: 'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id' } } },
    ],
  },
];

const alias = (action: string, input: Record<string, unknown> = {}) => lambda(action, { FunctionName: 'fn', ...input });
const WEIGHTED_INVOKES = 20;

export const aliases: Scenario[] = [
  {
    name: 'An alias points a name at a version: CreateAlias, GetAlias, invoke name:ALIAS, UpdateAlias, ListAliases, DeleteAlias',
    steps: [
      ...twoVersions,
      {
        call: alias('CreateAlias', { Name: 'LIVE', FunctionVersion: '1', Description: 'production' }),
        expect: { output: { AliasArn: arn('fn', 'LIVE'), Name: 'LIVE', FunctionVersion: '1', Description: 'production', RoutingConfig: undefined, RevisionId: REVISION_ID } },
      },
      { call: alias('GetAlias', { Name: 'LIVE' }), expect: { output: { AliasArn: arn('fn', 'LIVE'), FunctionVersion: '1', Description: 'production' } } },
      { call: invoke('fn:LIVE'), expect: { output: { ExecutedVersion: '1' }, payload: { code: 'one', version: '1', arn: arn('fn', 'LIVE') } } },
      { call: alias('UpdateAlias', { Name: 'LIVE', FunctionVersion: '2', RevisionId: fromStep(4, 'RevisionId') }), expect: { output: { FunctionVersion: '2', Description: 'production', RevisionId: REVISION_ID } } },
      { call: invoke('fn', {}, { Qualifier: 'LIVE' }), expect: { output: { ExecutedVersion: '2' }, payload: { code: 'two', version: '2', arn: arn('fn', 'LIVE') }, logs: [line.start('1'), line.start('2')] } },
      { call: alias('CreateAlias', { Name: 'BETA', FunctionVersion: '$LATEST' }), expect: { output: { FunctionVersion: '$LATEST', Description: '' } } },
      { call: alias('ListAliases'), expect: { output: { Aliases: [{ Name: 'BETA', FunctionVersion: '$LATEST' }, { Name: 'LIVE', FunctionVersion: '2' }], NextMarker: undefined } } },
      { call: alias('ListAliases', { FunctionVersion: '2' }), expect: { output: { Aliases: [{ Name: 'LIVE', AliasArn: arn('fn', 'LIVE') }] } } },
      { call: alias('DeleteAlias', { Name: 'LIVE' }), expect: { output: {} } },
      { call: alias('GetAlias', { Name: 'LIVE' }), expect: { error: { code: 'ResourceNotFoundException', message: `Cannot find alias arn: ${arn('fn', 'LIVE')}`, status: 404 } } },
      { call: invoke('fn:LIVE'), expect: { error: { code: 'ResourceNotFoundException', message: `Function not found: ${arn('fn', 'LIVE')}`, status: 404 } } },
    ],
  },
  {
    name: 'UpdateAlias with a stale RevisionId is refused with 412; a version an alias points to cannot be deleted',
    steps: [
      ...twoVersions,
      { call: alias('CreateAlias', { Name: 'LIVE', FunctionVersion: '1' }) },
      { call: alias('UpdateAlias', { Name: 'LIVE', FunctionVersion: '2' }) },
      { call: alias('UpdateAlias', { Name: 'LIVE', FunctionVersion: '1', RevisionId: fromStep(4, 'RevisionId') }), expect: { error: STALE_412 } },
      { call: alias('GetAlias', { Name: 'LIVE' }), expect: { output: { FunctionVersion: '2' } } },
      {
        call: lambda('DeleteFunction', { FunctionName: 'fn', Qualifier: '2' }),
        expect: { error: { code: 'ResourceConflictException', status: 409, message: 'Unable to delete version because the following aliases reference it: [LIVE]' } },
      },
      { call: lambda('DeleteFunction', { FunctionName: 'fn', Qualifier: '1' }), expect: { output: {} } },
    ],
  },
  {
    name: `A weighted alias picks the version per invoke with the seeded randomness, and ExecutedVersion says which ran (${WEIGHTED_INVOKES} invokes)`,
    steps: [
      ...twoVersions,
      {
        call: alias('CreateAlias', { Name: 'LIVE', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.3 } } }),
        expect: { output: { FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.3 } } } },
      },
      // Each step's ExecutedVersion is in the normalized summary: the sequence must be the same on every platform.
      ...Array.from({ length: WEIGHTED_INVOKES }, (): Step => ({ call: invoke('fn:LIVE'), expect: { output: { StatusCode: 200, ExecutedVersion: /^[12]$/ }, payloadMatch: { arn: arn('fn', 'LIVE') } } })),
      { settle: true, expect: { logGroup: '/aws/lambda/fn', logCount: [[START, WEIGHTED_INVOKES]], logs: [line.start('1')] } },
      { settle: true, note: 'both versions ran', expect: { logGroup: '/aws/lambda/fn', logs: [line.start('2')] } },
    ],
  },
  {
    name: 'Alias routing configurations Lambda refuses, each in its words',
    steps: [
      ...twoVersions,
      {
        call: alias('CreateAlias', { Name: 'A', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.1, '3': 0.1 } } }),
        expect: { error: { code: 'InvalidParameterValueException', status: 400, message: 'Number of items in AdditionalVersionWeights cannot be greater than 1' } },
      },
      {
        call: alias('CreateAlias', { Name: 'A', FunctionVersion: '$LATEST', RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } } }),
        expect: { error: { code: 'InvalidParameterValueException', message: '$LATEST is not supported for an alias pointing to more than 1 version' } },
      },
      {
        call: alias('CreateAlias', { Name: 'A', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '1': 0.5 } } }),
        expect: { error: { code: 'InvalidParameterValueException', message: 'Invalid function version 1. Function version 1 is already included in routing configuration.' } },
      },
      { call: alias('CreateAlias', { Name: 'A', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 1.5 } } }), expect: { error: { code: 'ValidationException', status: 400 } } },
      { call: alias('CreateAlias', { Name: 'A', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '9': 0.5 } } }), expect: { error: { code: 'ResourceNotFoundException', message: `Function not found: ${arn('fn', '9')}`, status: 404 } } },
      { call: alias('CreateAlias', { Name: 'A', FunctionVersion: '9' }), expect: { error: { code: 'ResourceNotFoundException', message: `Function not found: ${arn('fn', '9')}` } } },
      {
        call: alias('CreateAlias', { Name: '123', FunctionVersion: '1' }),
        expect: { error: { code: 'ValidationException', message: "1 validation error detected: Value '123' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)" } },
      },
      { call: alias('CreateAlias', { Name: 'A', FunctionVersion: '1' }), expect: { output: { Name: 'A' } } },
      { call: alias('CreateAlias', { Name: 'A', FunctionVersion: '2' }), expect: { error: { code: 'ResourceConflictException', status: 409, message: `Alias already exists: ${arn('fn', 'A')}` } } },
      {
        call: alias('UpdateAlias', { Name: 'A', RoutingConfig: { AdditionalVersionWeights: { '2': 0.1, '3': 0.1 } } }),
        expect: { error: { code: 'InvalidParameterValueException', message: 'Number of items in AdditionalVersionWeights cannot be greater than 1' } },
      },
      { call: alias('GetAlias', { Name: 'A' }), expect: { output: { FunctionVersion: '1', RoutingConfig: undefined } } },
    ],
  },
  {
    name: 'Alias weights outside 0.0–1.0 and a $LATEST weight are ValidationExceptions in AWS’s words',
    steps: [
      ...twoVersions,
      {
        call: alias('CreateAlias', { Name: 'A', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 1.5 } } }),
        expect: { error: { code: 'ValidationException', message: /^1 validation error detected: Value '\{2=1\.5\}' at 'routingConfig\.additionalVersionWeights' failed to satisfy constraint: Map value must satisfy constraint: \[Member must have value less than or equal to 1\.0, Member must have value greater than or equal to 0\.0(, Member must not be null)?\]$/ } },
      },
      {
        call: alias('CreateAlias', { Name: 'A', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { $LATEST: 0.5 } } }),
        expect: { error: { code: 'ValidationException', message: /^1 validation error detected: Value '\{\$LATEST=0\.5\}' at 'routingConfig\.additionalVersionWeights' failed to satisfy constraint: Map keys must satisfy constraint: \[.*Member must satisfy regular expression pattern: \[0-9\]\+/ } },
      },
    ],
  },
];
