/** How flags become the request input: names, shorthand, JSON, paramfiles, blobs, lists, booleans. */
import { describe, expect, it } from 'vitest';
import { sandbox, tinyZip } from './harness.ts';

const text = (bytes: unknown) => new TextDecoder().decode(bytes as Uint8Array);

describe('aws lambda create-function', () => {
  it('maps xform_name flags, shorthand, lists, booleans and fileb:// to the CreateFunction input', async () => {
    const box = sandbox(() => ({ FunctionName: 'hello' }), { '/home/learner/project/function.zip': tinyZip() });
    const result = await box.run(
      'aws lambda create-function --function-name hello --runtime nodejs22.x --handler index.handler ' +
        '--role arn:aws:iam::111111111111:role/lambda-basic --zip-file fileb://function.zip --memory-size 256 ' +
        '--timeout 10 --environment "Variables={KEY=value,B=2}" --layers arn:aws:lambda:us-east-1:111111111111:layer:a:1 ' +
        'arn:aws:lambda:us-east-1:111111111111:layer:b:2 --publish --tags team=blue,env=dev --kms-key-arn ""',
    );
    expect(result.stderr).toBe('');
    expect(result.rc).toBe(0);
    expect(result.requests).toHaveLength(1);
    const request = result.requests[0];
    expect(request).toMatchObject({ service: 'lambda', action: 'CreateFunction', region: 'us-east-1', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' });
    const { Code, ...rest } = request.input as { Code: { ZipFile: Uint8Array } };
    expect(rest).toEqual({
      FunctionName: 'hello',
      Runtime: 'nodejs22.x',
      Role: 'arn:aws:iam::111111111111:role/lambda-basic',
      Handler: 'index.handler',
      Timeout: 10,
      MemorySize: 256,
      Publish: true,
      Environment: { Variables: { KEY: 'value', B: '2' } },
      KMSKeyArn: '',
      Tags: { team: 'blue', env: 'dev' },
      Layers: ['arn:aws:lambda:us-east-1:111111111111:layer:a:1', 'arn:aws:lambda:us-east-1:111111111111:layer:b:2'],
    });
    // Flags are added in argument-table order; the hoisted --zip-file comes last.
    expect(Object.keys(request.input)).toEqual([
      'FunctionName', 'Runtime', 'Role', 'Handler', 'Timeout', 'MemorySize', 'Publish', 'Environment', 'KMSKeyArn', 'Tags', 'Layers', 'Code',
    ]);
    expect(Code.ZipFile).toBeInstanceOf(Uint8Array);
    expect([...Code.ZipFile]).toEqual([...tinyZip()]);
    expect(JSON.parse(result.stdout)).toEqual({ FunctionName: 'hello' });
  });

  it('takes structures as JSON and --no-x booleans as false', async () => {
    const box = sandbox();
    await box.run(
      `aws lambda create-function --function-name f --role r --code '{"S3Bucket": "my-bucket", "S3Key": "f.zip"}' ` +
        `--environment '{"Variables": {"GREETING": "héllo"}}' --no-publish --ephemeral-storage Size=1024 ` +
        `--file-system-configs Arn=arn:aws:efs:x,LocalMountPath=/mnt/data`,
    );
    expect(box.requests[0].input).toEqual({
      FunctionName: 'f',
      Role: 'r',
      Code: { S3Bucket: 'my-bucket', S3Key: 'f.zip' },
      Publish: false,
      Environment: { Variables: { GREETING: 'héllo' } },
      EphemeralStorage: { Size: 1024 },
      FileSystemConfigs: [{ Arn: 'arn:aws:efs:x', LocalMountPath: '/mnt/data' }],
    });
  });

  it('merges --code S3 members with --zip-file and refuses ZipFile inside --code', async () => {
    const box = sandbox(() => ({}), { '/home/learner/project/f.zip': tinyZip() });
    let run = await box.run('aws lambda create-function --function-name f --role r --code ZipFile=abc');
    expect(run.rc).toBe(252);
    expect(run.stderr).toBe(
      "\nZipFile cannot be provided as part of the --code argument.  Please use the '--zip-file' option instead to specify a zip file.\n",
    );
    run = await box.run('aws lambda create-function --function-name f --role r --code S3ObjectVersion=3 --zip-file fileb://f.zip');
    expect(run.rc).toBe(0);
    expect(Object.keys(run.requests[0].input.Code as object)).toEqual(['S3ObjectVersion', 'ZipFile']);
  });

  it('refuses a --zip-file that is not a zip archive, before any request', async () => {
    const box = sandbox(() => ({}), { '/home/learner/project/index.js': 'exports.handler = 1' });
    for (const flag of ['--zip-file fileb://index.js', '--zip-file file://index.js', '--zip-file index.js']) {
      const run = await box.run(`aws lambda create-function --function-name f --role r ${flag}`);
      expect(run.rc).toBe(252);
      expect(run.stderr).toBe('\n--zip-file must be a zip file with the fileb:// prefix.\nExample usage:  --zip-file fileb://path/to/file.zip\n');
    }
    expect(box.requests).toHaveLength(0);
  });

  it('reports a missing paramfile with the path as typed and the errno text', async () => {
    const run = await sandbox().run('aws lambda create-function --function-name f --role r --zip-file fileb://nope.zip');
    expect(run.rc).toBe(252);
    expect(run.stderr).toBe(
      "\nError parsing parameter '--zip-file': Unable to load paramfile fileb://nope.zip: [Errno 2] No such file or directory: 'nope.zip'\n",
    );
  });

  it('expands ~ in paramfile paths and reads file:// as text with universal newlines', async () => {
    const box = sandbox(() => ({}), { '/home/learner/env.json': '{\r\n  "Variables": {"A": "1"}\r\n}\r\n' });
    await box.run('aws lambda create-function --function-name f --role r --code S3Bucket=abc,S3Key=k --environment file://~/env.json');
    expect(box.requests[0].input.Environment).toEqual({ Variables: { A: '1' } });
    const dir = await box.run('aws lambda create-function --function-name f --role r --environment file://.');
    expect(dir.stderr).toBe("\nError parsing parameter '--environment': Unable to load paramfile file://.: [Errno 21] Is a directory: '.'\n");
  });

  it('reports bad JSON and bad shorthand in the CLI words', async () => {
    const box = sandbox();
    let run = await box.run(`aws lambda create-function --function-name f --role r --environment '{"Variables": {"A": "1",}}'`);
    expect(run.rc).toBe(252);
    expect(run.stderr).toBe(
      "\nError parsing parameter '--environment': Invalid JSON: Expecting property name enclosed in double quotes: line 1 column 25 (char 24)\n" +
        'JSON received: {"Variables": {"A": "1",}}\n',
    );
    run = await box.run('aws lambda create-function --function-name f --role r --environment Variables');
    expect(run.stderr).toBe("\nError parsing parameter '--environment': Expected: '=', received: 'EOF' for input:\nVariables\n         ^\n");
    run = await box.run('aws lambda create-function --function-name f --role r --tags a=1,a=2');
    expect(run.stderr).toBe(
      '\nError parsing parameter \'--tags\': Second instance of key "a" encountered for input:\na=1,a=2\n    ^\n' +
        'This is often because there is a preceeding "," instead of a space.\n',
    );
  });

  it('fails a bad integer as Python int() does (status 255) and a bad long as argparse does (252)', async () => {
    const box = sandbox();
    const run = await box.run('aws lambda create-function --function-name f --role r --memory-size lots');
    expect(run).toMatchObject({ rc: 255, stderr: "\ninvalid literal for int() with base 10: 'lots'\n" });
    const logs = await box.run('aws logs get-log-events --log-stream-name s --start-time yesterday');
    expect(logs.rc).toBe(252);
    expect(logs.stderr).toContain("aws: error: argument --start-time: invalid int value: 'yesterday'\n");
  });

  it('validates the input against the model like botocore, all problems at once', async () => {
    const box = sandbox();
    const run = await box.run(
      `aws lambda create-function --function-name "" --role r --memory-size 64 --code S3Bucket=b --cli-input-json '{"Bogus": 1, "Timeout": "3"}'`,
    );
    expect(run.rc).toBe(252);
    expect(run.stderr).toBe(
      '\nParameter validation failed:\n' +
        'Unknown parameter in input: "Bogus", must be one of: FunctionName, Runtime, Role, Handler, Code, Description, Timeout, MemorySize, Publish, PublishTo, VpcConfig, PackageType, DeadLetterConfig, Environment, KMSKeyArn, TracingConfig, Tags, Layers, FileSystemConfigs, CodeSigningConfigArn, ImageConfig, Architectures, EphemeralStorage, SnapStart, LoggingConfig, TenancyConfig, CapacityProviderConfig, DurableConfig\n' +
        'Invalid length for parameter FunctionName, value: 0, valid min length: 1\n' +
        'Invalid length for parameter Code.S3Bucket, value: 1, valid min length: 3\n' +
        'Invalid value for parameter MemorySize, value: 64, valid min value: 128\n' +
        "Invalid type for parameter Timeout, value: 3, type: <class 'str'>, valid types: <class 'int'>\n",
    );
    expect(box.requests).toHaveLength(0);
    const missing = await box.run('aws lambda create-function --function-name f --role r');
    expect(missing.stderr).toBe('\nParameter validation failed:\nMissing required parameter in input: "Code"\n');
  });
});

describe('blob parameters and cli_binary_format', () => {
  const invoked = () => sandbox(() => ({ StatusCode: 200, Payload: new Uint8Array(), ExecutedVersion: '$LATEST' }));

  it('sends a plain --payload as its UTF-8 bytes with raw-in-base64-out (the default profile)', async () => {
    const box = invoked();
    await box.run(`aws lambda invoke --function-name f --payload '{"name": "Ada"}' out.json`);
    expect(text(box.requests[0].input.Payload)).toBe('{"name": "Ada"}');
  });

  it('base64-decodes a --payload under the v2 default (base64), as Python does', async () => {
    const box = invoked();
    await box.run('aws lambda invoke --function-name f --payload eyJhIjogMX0= out.json --profile b64');
    expect(text(box.requests[0].input.Payload)).toBe('{"a": 1}');
    const bad = await box.run(`aws lambda invoke --function-name f --payload '{"a":1}' out.json --cli-binary-format base64`);
    expect(bad).toMatchObject({ rc: 255, stderr: '\nInvalid base64: "{"a":1}"\n' });
  });

  it('sends fileb:// bytes untouched in either mode', async () => {
    const box = sandbox(() => ({ StatusCode: 200 }), { '/home/learner/project/event.bin': new Uint8Array([0, 255, 10]) });
    await box.run('aws lambda invoke --function-name f --payload fileb://event.bin out.json --profile b64');
    expect([...(box.requests[0].input.Payload as Uint8Array)]).toEqual([0, 255, 10]);
  });
});

describe('--cli-input-json and --generate-cli-skeleton', () => {
  it('fills members not given as flags; flags win; required flags are no longer required', async () => {
    const box = sandbox(() => ({ StatusCode: 200 }));
    const run = await box.run(`aws lambda invoke --cli-input-json '{"FunctionName": "from-json", "Qualifier": "1"}' --qualifier 2 out.json`);
    expect(run.rc).toBe(0);
    expect(box.requests[0].input).toEqual({ Qualifier: '2', FunctionName: 'from-json' });
  });

  it('prints the input skeleton without calling the service', async () => {
    const box = sandbox();
    const run = await box.run('aws lambda get-function --generate-cli-skeleton');
    expect(run.rc).toBe(0);
    expect(run.stdout).toBe('{\n    "FunctionName": "",\n    "Qualifier": ""\n}\n');
    expect(box.requests).toHaveLength(0);
  });
});
