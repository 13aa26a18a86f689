/** The Lambda operations beyond create/invoke/get/list/delete: flags → request input, pagination, help. */
import { describe, expect, it } from 'vitest';
import type { ServiceRequest } from '../../../sandbox/cloud/api.ts';
import { sandbox, tinyZip, type Responder } from './harness.ts';

const NOT_A_ZIP = '\n--zip-file must be a zip file with the fileb:// prefix.\nExample usage:  --zip-file fileb://path/to/file.zip\n';

/** Runs one line and returns the one request it made (the line must succeed). */
async function requestOf(line: string, respond: Responder = () => ({}), files: Record<string, string | Uint8Array> = {}): Promise<ServiceRequest> {
  const box = sandbox(respond, files);
  const run = await box.run(line);
  expect(run.stderr).toBe('');
  expect(run.rc).toBe(0);
  expect(run.requests).toHaveLength(1);
  return run.requests[0];
}

/** A responder paging `pages` by the token member `token` (page '' first). */
function pager(token: string, pages: Record<string, Record<string, unknown>>): Responder {
  return (request) => pages[(request.input[token] as string | undefined) ?? ''];
}

describe('aws lambda update-function-code', () => {
  it('sends the zip bytes and every flag to UpdateFunctionCode', async () => {
    const request = await requestOf(
      'aws lambda update-function-code --function-name hello --zip-file fileb://function.zip --publish --dry-run ' +
        '--revision-id 1a2b --architectures arm64',
      () => ({}),
      { '/home/learner/project/function.zip': tinyZip() },
    );
    expect(request).toMatchObject({ service: 'lambda', action: 'UpdateFunctionCode' });
    const { ZipFile, ...rest } = request.input as { ZipFile: Uint8Array };
    expect(rest).toEqual({ FunctionName: 'hello', Architectures: ['arm64'], Publish: true, DryRun: true, RevisionId: '1a2b' });
    expect([...ZipFile]).toEqual([...tinyZip()]);
  });

  it('takes the package from S3 instead, and --no-publish as false', async () => {
    const request = await requestOf(
      'aws lambda update-function-code --function-name hello --s3-bucket my-bucket --s3-key code.zip --s3-object-version 7 --no-publish',
    );
    expect(request.input).toEqual({ FunctionName: 'hello', S3Bucket: 'my-bucket', S3Key: 'code.zip', S3ObjectVersion: '7', Publish: false });
  });

  it('refuses anything but a zip archive given with fileb://, before any request', async () => {
    const box = sandbox(() => ({}), { '/home/learner/project/index.js': 'exports.handler = 1' });
    for (const flag of ['--zip-file fileb://index.js', '--zip-file file://index.js', '--zip-file function.zip']) {
      const run = await box.run(`aws lambda update-function-code --function-name f ${flag}`);
      expect(run).toMatchObject({ rc: 252, stdout: '', stderr: NOT_A_ZIP });
    }
    expect(box.requests).toHaveLength(0);
  });

  it('prints the updated configuration', async () => {
    const config = { FunctionName: 'hello', CodeSha256: 'abc=', Version: '$LATEST', LastUpdateStatus: 'InProgress' };
    const box = sandbox(() => config, { '/home/learner/project/f.zip': tinyZip() });
    const run = await box.run('aws lambda update-function-code --function-name hello --zip-file fileb://f.zip');
    expect(JSON.parse(run.stdout)).toEqual(config);
    expect(run.stdout.startsWith('{\n    "FunctionName": "hello",\n')).toBe(true);
  });

  it('documents --zip-file with the CLI\'s own (unformatted) help text', async () => {
    const run = await sandbox().run('aws lambda update-function-code help');
    expect(run.stdout).toContain(
      '       --zip-file (blob)\n          The path to the zip file of the {param_type} you are uploading.\n' +
        '          Specify --zip-file or --{param_type}, but not both. Example:\n          fileb://{param_type}.zip\n',
    );
    for (const flag of ['--s3-bucket', '--s3-key', '--s3-object-version', '--publish | --no-publish', '--dry-run | --no-dry-run', '--revision-id', '--architectures']) {
      expect(run.stdout).toContain(`       ${flag} (`);
    }
  });
});

describe('aws lambda update-function-configuration', () => {
  it('maps every configuration flag, shorthand included', async () => {
    const request = await requestOf(
      'aws lambda update-function-configuration --function-name hello --role arn:aws:iam::111111111111:role/r ' +
        '--handler index.main --description "v2 config" --timeout 30 --memory-size 512 ' +
        '--environment "Variables={STAGE=prod,DEBUG=false}" --runtime nodejs24.x ' +
        '--dead-letter-config TargetArn=arn:aws:sqs:us-east-1:111111111111:dlq --revision-id r-1 ' +
        '--layers arn:aws:lambda:us-east-1:111111111111:layer:util:3 --ephemeral-storage Size=2048 ' +
        '--logging-config LogFormat=JSON,ApplicationLogLevel=DEBUG,LogGroup=/custom/hello',
    );
    expect(request).toMatchObject({ service: 'lambda', action: 'UpdateFunctionConfiguration' });
    expect(request.input).toEqual({
      FunctionName: 'hello',
      Role: 'arn:aws:iam::111111111111:role/r',
      Handler: 'index.main',
      Description: 'v2 config',
      Timeout: 30,
      MemorySize: 512,
      Environment: { Variables: { STAGE: 'prod', DEBUG: 'false' } },
      Runtime: 'nodejs24.x',
      DeadLetterConfig: { TargetArn: 'arn:aws:sqs:us-east-1:111111111111:dlq' },
      RevisionId: 'r-1',
      Layers: ['arn:aws:lambda:us-east-1:111111111111:layer:util:3'],
      EphemeralStorage: { Size: 2048 },
      LoggingConfig: { LogFormat: 'JSON', ApplicationLogLevel: 'DEBUG', LogGroup: '/custom/hello' },
    });
  });

  it('takes JSON too, and an empty --layers list clears the layers', async () => {
    const request = await requestOf(
      `aws lambda update-function-configuration --function-name hello --environment '{"Variables": {}}' ` +
        `--dead-letter-config '{"TargetArn": ""}' --layers '[]'`,
    );
    expect(request.input).toEqual({ FunctionName: 'hello', Environment: { Variables: {} }, DeadLetterConfig: { TargetArn: '' }, Layers: [] });
  });

  it('validates like botocore: minimums, not maximums', async () => {
    const box = sandbox();
    const low = await box.run('aws lambda update-function-configuration --function-name f --memory-size 64 --timeout 0 --ephemeral-storage Size=100');
    expect(low).toMatchObject({ rc: 252 });
    expect(low.stderr).toBe(
      '\nParameter validation failed:\n' +
        'Invalid value for parameter Timeout, value: 0, valid min value: 1\n' +
        'Invalid value for parameter MemorySize, value: 64, valid min value: 128\n' +
        'Invalid value for parameter EphemeralStorage.Size, value: 100, valid min value: 512\n',
    );
    const high = await box.run('aws lambda update-function-configuration --function-name f --memory-size 99999 --timeout 99999');
    expect(high.rc).toBe(0);
    expect(box.requests).toHaveLength(1);
  });

  it('lists its parameters in help', async () => {
    const run = await sandbox().run('aws lambda update-function-configuration help');
    for (const flag of [
      '--role', '--handler', '--description', '--timeout', '--memory-size', '--vpc-config', '--environment', '--runtime',
      '--dead-letter-config', '--kms-key-arn', '--tracing-config', '--revision-id', '--layers', '--file-system-configs',
      '--image-config', '--ephemeral-storage', '--snap-start', '--logging-config',
    ]) {
      expect(run.stdout).toContain(`          [${flag} <value>]\n`);
    }
    expect(run.stdout).toContain('          Shorthand Syntax:\n\n             TargetArn=string\n');
  });
});

describe('versions and aliases', () => {
  it('publish-version sends the hash, description and revision guard', async () => {
    const request = await requestOf('aws lambda publish-version --function-name hello --code-sha256 abc= --description first --revision-id r1');
    expect(request).toMatchObject({ action: 'PublishVersion', input: { FunctionName: 'hello', CodeSha256: 'abc=', Description: 'first', RevisionId: 'r1' } });
  });

  it('list-versions-by-function follows NextMarker and merges Versions', async () => {
    const box = sandbox(pager('Marker', {
      '': { Versions: [{ Version: '$LATEST' }, { Version: '1' }], NextMarker: 'm1' },
      m1: { Versions: [{ Version: '2' }] },
    }));
    const run = await box.run('aws lambda list-versions-by-function --function-name hello');
    expect(box.requests.map((r) => r.input)).toEqual([{ FunctionName: 'hello' }, { FunctionName: 'hello', Marker: 'm1' }]);
    expect(JSON.parse(run.stdout)).toEqual({ Versions: [{ Version: '$LATEST' }, { Version: '1' }, { Version: '2' }] });
    const text = await box.run("aws lambda list-versions-by-function --function-name hello --query 'Versions[].Version' --output text");
    expect(text.stdout).toBe('$LATEST\t1\n2\n');
  });

  it('create-alias takes --routing-config as shorthand or JSON', async () => {
    const shorthand = await requestOf(
      'aws lambda create-alias --function-name hello --name live --function-version 1 --description prod ' +
        '--routing-config AdditionalVersionWeights={2=0.1}',
    );
    expect(shorthand).toMatchObject({ action: 'CreateAlias' });
    expect(shorthand.input).toEqual({
      FunctionName: 'hello', Name: 'live', FunctionVersion: '1', Description: 'prod',
      RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } },
    });
    const json = await requestOf(
      `aws lambda update-alias --function-name hello --name live --function-version 2 --revision-id r9 ` +
        `--routing-config '{"AdditionalVersionWeights": {"3": 0.25}}'`,
    );
    expect(json).toMatchObject({ action: 'UpdateAlias' });
    expect(json.input).toEqual({
      FunctionName: 'hello', Name: 'live', FunctionVersion: '2', RoutingConfig: { AdditionalVersionWeights: { '3': 0.25 } }, RevisionId: 'r9',
    });
  });

  it('requires the alias name and version, and reports a bad weight as Python float() does', async () => {
    const box = sandbox();
    const missing = await box.run('aws lambda create-alias --function-name hello --name live');
    expect(missing.rc).toBe(252);
    expect(missing.stderr).toContain('aws: error: the following arguments are required: --function-version\n');
    const weight = await box.run('aws lambda create-alias --function-name hello --name live --function-version 1 --routing-config AdditionalVersionWeights={2=lots}');
    expect(weight).toMatchObject({ rc: 255, stderr: "\ncould not convert string to float: 'lots'\n" });
    expect(box.requests).toHaveLength(0);
  });

  it('get-alias and delete-alias send the function and alias names; delete prints nothing', async () => {
    const alias = { AliasArn: 'arn:aws:lambda:us-east-1:111111111111:function:hello:live', Name: 'live', FunctionVersion: '1', Description: '' };
    const box = sandbox((request) => (request.action === 'GetAlias' ? alias : {}));
    const got = await box.run('aws lambda get-alias --function-name hello --name live');
    expect(JSON.parse(got.stdout)).toEqual(alias);
    const deleted = await box.run('aws lambda delete-alias --function-name hello --name live');
    expect(deleted).toMatchObject({ rc: 0, stdout: '', stderr: '' });
    expect(box.requests.map((r) => [r.action, r.input])).toEqual([
      ['GetAlias', { FunctionName: 'hello', Name: 'live' }],
      ['DeleteAlias', { FunctionName: 'hello', Name: 'live' }],
    ]);
  });

  it('list-aliases pages with Marker and merges Aliases; --function-version filters', async () => {
    const box = sandbox(pager('Marker', {
      '': { Aliases: [{ Name: 'a' }], NextMarker: 'x' },
      x: { Aliases: [{ Name: 'b' }] },
    }));
    const run = await box.run('aws lambda list-aliases --function-name hello --function-version 1');
    expect(JSON.parse(run.stdout)).toEqual({ Aliases: [{ Name: 'a' }, { Name: 'b' }] });
    expect(box.requests[1].input).toEqual({ FunctionName: 'hello', FunctionVersion: '1', Marker: 'x' });
  });

  it('prints the create-alias skeleton with a float weight, as Python does', async () => {
    const run = await sandbox().run('aws lambda create-alias --generate-cli-skeleton');
    expect(run.stdout).toBe(
      '{\n    "FunctionName": "",\n    "Name": "",\n    "FunctionVersion": "",\n    "Description": "",\n' +
        '    "RoutingConfig": {\n        "AdditionalVersionWeights": {\n            "KeyName": 0.0\n        }\n    }\n}\n',
    );
  });

  it('documents the routing configuration with its shorthand', async () => {
    const run = await sandbox().run('aws lambda create-alias help');
    expect(run.stdout).toContain('          Shorthand Syntax:\n\n             AdditionalVersionWeights={KeyName1=double,KeyName2=double}\n');
  });
});

describe('layers', () => {
  it('publish-layer-version puts --zip-file into Content.ZipFile', async () => {
    const request = await requestOf(
      'aws lambda publish-layer-version --layer-name util --description helpers --zip-file fileb://layer.zip ' +
        '--compatible-runtimes nodejs22.x nodejs24.x --compatible-architectures x86_64 arm64 --license-info MIT',
      () => ({}),
      { '/home/learner/project/layer.zip': tinyZip() },
    );
    expect(request).toMatchObject({ action: 'PublishLayerVersion' });
    const { Content, ...rest } = request.input as { Content: { ZipFile: Uint8Array } };
    expect(rest).toEqual({
      LayerName: 'util', Description: 'helpers', CompatibleArchitectures: ['x86_64', 'arm64'],
      CompatibleRuntimes: ['nodejs22.x', 'nodejs24.x'], LicenseInfo: 'MIT',
    });
    expect(Object.keys(Content)).toEqual(['ZipFile']);
    expect([...Content.ZipFile]).toEqual([...tinyZip()]);
  });

  it('publish-layer-version takes --content from S3, refuses ZipFile inside it and non-zip files', async () => {
    const s3 = await requestOf('aws lambda publish-layer-version --layer-name util --content S3Bucket=my-bucket,S3Key=layer.zip');
    expect(s3.input).toEqual({ LayerName: 'util', Content: { S3Bucket: 'my-bucket', S3Key: 'layer.zip' } });
    const box = sandbox(() => ({}), { '/home/learner/project/notes.txt': 'not a zip' });
    const nested = await box.run('aws lambda publish-layer-version --layer-name util --content ZipFile=abc');
    expect(nested.stderr).toBe(
      "\nZipFile cannot be provided as part of the --content argument.  Please use the '--zip-file' option instead to specify a zip file.\n",
    );
    expect(await box.run('aws lambda publish-layer-version --layer-name util --zip-file fileb://notes.txt')).toMatchObject({ rc: 252, stderr: NOT_A_ZIP });
    const missing = await box.run('aws lambda publish-layer-version --layer-name util');
    expect(missing.stderr).toBe('\nParameter validation failed:\nMissing required parameter in input: "Content"\n');
    expect(box.requests).toHaveLength(0);
  });

  it('list-layers and list-layer-versions page and merge; filters are sent', async () => {
    const layers = sandbox(pager('Marker', {
      '': { Layers: [{ LayerName: 'a' }], NextMarker: 'n' },
      n: { Layers: [{ LayerName: 'b' }] },
    }));
    const run = await layers.run('aws lambda list-layers --compatible-runtime nodejs22.x --compatible-architecture arm64');
    expect(JSON.parse(run.stdout)).toEqual({ Layers: [{ LayerName: 'a' }, { LayerName: 'b' }] });
    expect(layers.requests[0]).toMatchObject({ action: 'ListLayers', input: { CompatibleArchitecture: 'arm64', CompatibleRuntime: 'nodejs22.x' } });
    const versions = sandbox(pager('Marker', {
      '': { LayerVersions: [{ Version: 2 }], NextMarker: 'n' },
      n: { LayerVersions: [{ Version: 1 }] },
    }));
    const listed = await versions.run('aws lambda list-layer-versions --layer-name util');
    expect(JSON.parse(listed.stdout)).toEqual({ LayerVersions: [{ Version: 2 }, { Version: 1 }] });
    expect(versions.requests.map((r) => r.input)).toEqual([{ LayerName: 'util' }, { LayerName: 'util', Marker: 'n' }]);
  });

  it('get-layer-version, get-layer-version-by-arn and delete-layer-version', async () => {
    const box = sandbox();
    await box.run('aws lambda get-layer-version --layer-name util --version-number 3');
    await box.run('aws lambda get-layer-version-by-arn --arn arn:aws:lambda:us-east-1:111111111111:layer:util:3');
    await box.run('aws lambda delete-layer-version --layer-name util --version-number 3');
    expect(box.requests.map((r) => [r.action, r.input])).toEqual([
      ['GetLayerVersion', { LayerName: 'util', VersionNumber: 3 }],
      ['GetLayerVersionByArn', { Arn: 'arn:aws:lambda:us-east-1:111111111111:layer:util:3' }],
      ['DeleteLayerVersion', { LayerName: 'util', VersionNumber: 3 }],
    ]);
    const bad = await box.run('aws lambda get-layer-version --layer-name util --version-number three');
    expect(bad.stderr).toContain("aws: error: argument --version-number: invalid int value: 'three'\n");
  });
});

describe('concurrency, asynchronous invocation, recursion, account', () => {
  it('put/get/delete-function-concurrency', async () => {
    const box = sandbox((request) => (request.action === 'DeleteFunctionConcurrency' ? {} : { ReservedConcurrentExecutions: 5 }));
    const put = await box.run('aws lambda put-function-concurrency --function-name hello --reserved-concurrent-executions 5');
    expect(put.stdout).toBe('{\n    "ReservedConcurrentExecutions": 5\n}\n');
    await box.run('aws lambda get-function-concurrency --function-name hello');
    const deleted = await box.run('aws lambda delete-function-concurrency --function-name hello');
    expect(deleted.stdout).toBe('');
    expect(box.requests.map((r) => [r.action, r.input])).toEqual([
      ['PutFunctionConcurrency', { FunctionName: 'hello', ReservedConcurrentExecutions: 5 }],
      ['GetFunctionConcurrency', { FunctionName: 'hello' }],
      ['DeleteFunctionConcurrency', { FunctionName: 'hello' }],
    ]);
    const negative = await box.run('aws lambda put-function-concurrency --function-name hello --reserved-concurrent-executions -1');
    expect(negative.stderr).toBe('\nParameter validation failed:\nInvalid value for parameter ReservedConcurrentExecutions, value: -1, valid min value: 0\n');
  });

  it('put-function-event-invoke-config takes --destination-config shorthand', async () => {
    const request = await requestOf(
      'aws lambda put-function-event-invoke-config --function-name hello --qualifier live --maximum-retry-attempts 0 ' +
        '--maximum-event-age-in-seconds 3600 --destination-config ' +
        'OnSuccess={Destination=arn:aws:sqs:us-east-1:111111111111:done},OnFailure={Destination=arn:aws:sns:us-east-1:111111111111:failed}',
    );
    expect(request).toMatchObject({ action: 'PutFunctionEventInvokeConfig' });
    expect(request.input).toEqual({
      FunctionName: 'hello',
      Qualifier: 'live',
      MaximumRetryAttempts: 0,
      MaximumEventAgeInSeconds: 3600,
      DestinationConfig: {
        OnSuccess: { Destination: 'arn:aws:sqs:us-east-1:111111111111:done' },
        OnFailure: { Destination: 'arn:aws:sns:us-east-1:111111111111:failed' },
      },
    });
  });

  it('update/get/delete-function-event-invoke-config', async () => {
    const box = sandbox();
    await box.run(`aws lambda update-function-event-invoke-config --function-name hello --destination-config '{"OnFailure": {"Destination": "arn:q"}}'`);
    await box.run('aws lambda get-function-event-invoke-config --function-name hello --qualifier 1');
    await box.run('aws lambda delete-function-event-invoke-config --function-name hello');
    expect(box.requests.map((r) => [r.action, r.input])).toEqual([
      ['UpdateFunctionEventInvokeConfig', { FunctionName: 'hello', DestinationConfig: { OnFailure: { Destination: 'arn:q' } } }],
      ['GetFunctionEventInvokeConfig', { FunctionName: 'hello', Qualifier: '1' }],
      ['DeleteFunctionEventInvokeConfig', { FunctionName: 'hello' }],
    ]);
    const low = await box.run('aws lambda put-function-event-invoke-config --function-name hello --maximum-event-age-in-seconds 10');
    expect(low.stderr).toBe('\nParameter validation failed:\nInvalid value for parameter MaximumEventAgeInSeconds, value: 10, valid min value: 60\n');
  });

  it('list-function-event-invoke-configs merges FunctionEventInvokeConfigs', async () => {
    const box = sandbox(pager('Marker', {
      '': { FunctionEventInvokeConfigs: [{ FunctionArn: 'a' }], NextMarker: 'n' },
      n: { FunctionEventInvokeConfigs: [{ FunctionArn: 'b' }] },
    }));
    const run = await box.run('aws lambda list-function-event-invoke-configs --function-name hello');
    expect(JSON.parse(run.stdout)).toEqual({ FunctionEventInvokeConfigs: [{ FunctionArn: 'a' }, { FunctionArn: 'b' }] });
  });

  it('documents the destination configuration with its shorthand', async () => {
    const run = await sandbox().run('aws lambda put-function-event-invoke-config help');
    expect(run.stdout).toContain('          Shorthand Syntax:\n\n             OnSuccess={Destination=string},OnFailure={Destination=string}\n');
    expect(run.stdout).toContain('       --maximum-retry-attempts (integer)\n');
  });

  it('get-account-settings takes no parameters and prints the settings', async () => {
    const settings = { AccountLimit: { ConcurrentExecutions: 1000 }, AccountUsage: { FunctionCount: 2 } };
    const box = sandbox(() => settings);
    const run = await box.run('aws lambda get-account-settings');
    expect(box.requests[0]).toMatchObject({ action: 'GetAccountSettings', input: {} });
    expect(JSON.parse(run.stdout)).toEqual(settings);
  });

  it('put/get-function-recursion-config with --recursive-loop', async () => {
    const box = sandbox(() => ({ RecursiveLoop: 'Allow' }));
    const put = await box.run('aws lambda put-function-recursion-config --function-name hello --recursive-loop Allow');
    expect(put.stdout).toBe('{\n    "RecursiveLoop": "Allow"\n}\n');
    await box.run('aws lambda get-function-recursion-config --function-name hello');
    expect(box.requests.map((r) => [r.action, r.input])).toEqual([
      ['PutFunctionRecursionConfig', { FunctionName: 'hello', RecursiveLoop: 'Allow' }],
      ['GetFunctionRecursionConfig', { FunctionName: 'hello' }],
    ]);
    const help = await box.run('aws lambda put-function-recursion-config help');
    expect(help.stdout).toContain('          Possible values:\n\n          o Allow\n\n          o Terminate\n');
  });
});

describe('resource-based policy', () => {
  it('add-permission, remove-permission and get-policy', async () => {
    const box = sandbox();
    await box.run(
      'aws lambda add-permission --function-name hello --statement-id sns --action lambda:InvokeFunction ' +
        '--principal sns.amazonaws.com --source-arn arn:aws:sns:us-east-1:111111111111:topic --source-account 111111111111 --qualifier live',
    );
    await box.run('aws lambda remove-permission --function-name hello --statement-id sns --revision-id r2');
    await box.run('aws lambda get-policy --function-name hello --qualifier live');
    expect(box.requests.map((r) => [r.action, r.input])).toEqual([
      ['AddPermission', {
        FunctionName: 'hello', StatementId: 'sns', Action: 'lambda:InvokeFunction', Principal: 'sns.amazonaws.com',
        SourceArn: 'arn:aws:sns:us-east-1:111111111111:topic', SourceAccount: '111111111111', Qualifier: 'live',
      }],
      ['RemovePermission', { FunctionName: 'hello', StatementId: 'sns', RevisionId: 'r2' }],
      ['GetPolicy', { FunctionName: 'hello', Qualifier: 'live' }],
    ]);
    const missing = await box.run('aws lambda add-permission --function-name hello --statement-id sns');
    expect(missing.stderr).toContain('aws: error: the following arguments are required: --action, --principal\n');
  });
});

describe('--qualifier', () => {
  it('reaches Invoke, GetFunction, GetFunctionConfiguration and DeleteFunction', async () => {
    const box = sandbox(() => ({ StatusCode: 200 }));
    await box.run('aws lambda invoke --function-name hello --qualifier live out.json');
    await box.run('aws lambda get-function --function-name hello --qualifier 2');
    await box.run('aws lambda get-function-configuration --function-name hello --qualifier live');
    await box.run('aws lambda delete-function --function-name hello --qualifier 2');
    expect(box.requests.map((r) => [r.action, r.input])).toEqual([
      ['Invoke', { FunctionName: 'hello', Qualifier: 'live' }],
      ['GetFunction', { FunctionName: 'hello', Qualifier: '2' }],
      ['GetFunctionConfiguration', { FunctionName: 'hello', Qualifier: 'live' }],
      ['DeleteFunction', { FunctionName: 'hello', Qualifier: '2' }],
    ]);
    const empty = await box.run("aws lambda get-function --function-name hello --qualifier ''");
    expect(empty.stderr).toBe('\nParameter validation failed:\nInvalid length for parameter Qualifier, value: 0, valid min length: 1\n');
  });
});

describe('pagination flags', () => {
  it('an operation token given through --cli-input-json turns auto-pagination off', async () => {
    const box = sandbox(() => ({ Aliases: [], NextMarker: 'more' }));
    const run = await box.run(`aws lambda list-aliases --function-name hello --cli-input-json '{"Marker": "m5"}'`);
    expect(box.requests.map((r) => r.input)).toEqual([{ FunctionName: 'hello', Marker: 'm5' }]);
    expect(JSON.parse(run.stdout)).toEqual({ Aliases: [], NextMarker: 'more' });
  });

  it('warns about a non-positive --max-items as the CLI does', async () => {
    const run = await sandbox(() => ({ Layers: [] })).run('aws lambda list-layers --max-items 0');
    expect(run.stderr).toBe('warning: Non-positive values for --max-items may result in undefined behavior.\n');
  });
});
