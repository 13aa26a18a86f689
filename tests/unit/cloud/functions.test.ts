import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { createFunction, newCloud, rejection, ROLE, zip } from '../../helpers/cloud.ts';

const HELLO = { 'index.mjs': 'export const handler = async () => ({ ok: true });' };

describe('Lambda control plane', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('CreateFunction answers with the function configuration, Pending, as AWS does', async () => {
    cloud = newCloud();
    const out = await createFunction(cloud, 'hello', HELLO);
    expect(Object.keys(out)).toEqual([
      'FunctionName', 'FunctionArn', 'Runtime', 'Role', 'Handler', 'CodeSize', 'Description', 'Timeout', 'MemorySize', 'LastModified',
      'CodeSha256', 'Version', 'TracingConfig', 'RevisionId', 'State', 'StateReason', 'StateReasonCode', 'PackageType', 'Architectures',
      'EphemeralStorage', 'SnapStart', 'RuntimeVersionConfig', 'LoggingConfig',
    ]);
    expect(out).toMatchObject({
      FunctionName: 'hello',
      FunctionArn: 'arn:aws:lambda:us-east-1:111111111111:function:hello',
      Runtime: 'nodejs24.x',
      Role: ROLE,
      Handler: 'index.handler',
      Timeout: 3,
      MemorySize: 128,
      Version: '$LATEST',
      State: 'Pending',
      LastModified: '2026-01-01T00:00:00.000+0000',
      LoggingConfig: { LogFormat: 'Text', LogGroup: '/aws/lambda/hello' },
    });
    expect(out.CodeSize).toBe(zip(HELLO).length);
    expect(out.CodeSha256).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(out.RevisionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('GetFunction shows it Active with a code location; ListFunctions lists it', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'hello', HELLO);
    const got = await cloud.call({ service: 'lambda', action: 'GetFunction', input: { FunctionName: 'hello' } });
    expect(got.Configuration).toMatchObject({ State: 'Active', LastUpdateStatus: 'Successful' });
    expect(got.Code).toMatchObject({ RepositoryType: 'S3' });
    const list = await cloud.call({ service: 'lambda', action: 'ListFunctions', input: {} });
    expect((list.Functions as Array<{ FunctionName: string }>).map((f) => f.FunctionName)).toEqual(['hello']);
  });

  it('accepts a full ARN or a partial ARN as FunctionName', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'hello', HELLO);
    for (const FunctionName of ['arn:aws:lambda:us-east-1:111111111111:function:hello', '111111111111:function:hello']) {
      const out = await cloud.call({ service: 'lambda', action: 'GetFunctionConfiguration', input: { FunctionName } });
      expect(out.FunctionName).toBe('hello');
    }
  });

  it('ListFunctions pages with MaxItems and NextMarker', async () => {
    cloud = newCloud();
    for (const n of ['a', 'b', 'c']) await createFunction(cloud, n, HELLO);
    const first = await cloud.call({ service: 'lambda', action: 'ListFunctions', input: { MaxItems: 2 } });
    expect((first.Functions as unknown[]).length).toBe(2);
    expect(typeof first.NextMarker).toBe('string');
    const second = await cloud.call({ service: 'lambda', action: 'ListFunctions', input: { MaxItems: 2, Marker: first.NextMarker } });
    expect((second.Functions as Array<{ FunctionName: string }>).map((f) => f.FunctionName)).toEqual(['c']);
    expect(second.NextMarker).toBeUndefined();
  });

  it('ListFunctions takes FunctionVersion ALL only, as the API models it', async () => {
    cloud = newCloud();
    const e = await rejection(cloud.call({ service: 'lambda', action: 'ListFunctions', input: { FunctionVersion: 'NOPE' } }));
    expect(e).toMatchObject({ code: 'ValidationException', status: 400, message: "1 validation error detected: Value 'NOPE' at 'functionVersion' failed to satisfy constraint: Member must satisfy enum value set: [ALL]" });
  });

  it('refuses a second function with the same name', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'hello', HELLO);
    const e = await rejection(createFunction(cloud, 'hello', HELLO));
    expect(e).toMatchObject({ code: 'ResourceConflictException', status: 409, message: 'Function already exist: hello' });
  });

  it('validates the name, timeout and memory in the API words', async () => {
    cloud = newCloud();
    const long = 'x'.repeat(65);
    expect(await rejection(createFunction(cloud, long, HELLO))).toMatchObject({
      code: 'ValidationException',
      message: `1 validation error detected: Value '${long}' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to 64`,
    });
    expect((await rejection(createFunction(cloud, 'bad name', HELLO))).message).toContain("Value 'bad name' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern");
    expect((await rejection(createFunction(cloud, 'f', HELLO, { Timeout: 0 }))).message).toBe(
      "1 validation error detected: Value '0' at 'timeout' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
    expect((await rejection(createFunction(cloud, 'f', HELLO, { MemorySize: 64, Timeout: 901 }))).message).toBe(
      "2 validation errors detected: Value '901' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to 900; Value '64' at 'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128",
    );
  });

  it('refuses deprecated runtimes with the AWS message, and unknown ones with the enum', async () => {
    cloud = newCloud();
    expect(await rejection(createFunction(cloud, 'f', HELLO, { Runtime: 'nodejs14.x' }))).toMatchObject({
      code: 'InvalidParameterValueException',
      message: 'The runtime parameter of nodejs14.x is no longer supported for creating or updating AWS Lambda functions. We recommend you use a supported runtime while creating or updating functions.',
    });
    expect((await rejection(createFunction(cloud, 'f', HELLO, { Runtime: 'nodejs99.x' }))).message).toMatch(
      /^1 validation error detected: Value 'nodejs99.x' at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: \[nodejs, .*nodejs24\.x/,
    );
  });

  it('refuses a package that is not a zip, and a role Lambda cannot assume', async () => {
    cloud = newCloud();
    const bad = cloud.call({ service: 'lambda', action: 'CreateFunction', input: { FunctionName: 'f', Runtime: 'nodejs24.x', Handler: 'index.handler', Role: ROLE, Code: { ZipFile: new TextEncoder().encode('not a zip') } } });
    expect(await rejection(bad)).toMatchObject({ code: 'InvalidParameterValueException', message: 'Could not unzip uploaded file. Please check your file, then try to upload again.' });
    expect(await rejection(createFunction(cloud, 'f', HELLO, { Role: 'arn:aws:iam::111111111111:role/nope' }))).toMatchObject({
      code: 'InvalidParameterValueException',
      message: 'The role defined for the function cannot be assumed by Lambda.',
    });
  });

  it('refuses reserved environment variable names', async () => {
    cloud = newCloud();
    const e = await rejection(createFunction(cloud, 'f', HELLO, { Environment: { Variables: { AWS_REGION: 'eu-west-1' } } }));
    expect(e.message).toContain('Reserved keys used in this request: AWS_REGION');
  });

  it('DeleteFunction removes it; then it is not found, with the ARN in the message', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'hello', HELLO);
    expect(await cloud.call({ service: 'lambda', action: 'DeleteFunction', input: { FunctionName: 'hello' } })).toEqual({});
    expect(await rejection(cloud.call({ service: 'lambda', action: 'GetFunction', input: { FunctionName: 'hello' } }))).toMatchObject({
      code: 'ResourceNotFoundException',
      status: 404,
      message: 'Function not found: arn:aws:lambda:us-east-1:111111111111:function:hello',
    });
  });

  it('snapshots to JSON and restores to the same answers and the same next ids', async () => {
    cloud = newCloud(7);
    await createFunction(cloud, 'hello', HELLO);
    const snap = cloud.snapshot();
    const { Cloud } = await import('../../../sandbox/cloud/cloud.ts');
    const { NodeHost } = await import('../../../sandbox/runtime/hosts/node-host.ts');
    const { fixedTime } = await import('../../../sandbox/cloud/clock.ts');
    const copy = new Cloud({ host: new NodeHost({ spare: false }), time: fixedTime(), state: JSON.parse(JSON.stringify(snap)) });
    try {
      expect(await copy.call({ service: 'lambda', action: 'GetFunctionConfiguration', input: { FunctionName: 'hello' } }))
        .toEqual(await cloud.call({ service: 'lambda', action: 'GetFunctionConfiguration', input: { FunctionName: 'hello' } }));
      expect(copy.ids.uuid()).toBe(cloud.ids.uuid());
    } finally {
      copy.dispose();
    }
  });
});
