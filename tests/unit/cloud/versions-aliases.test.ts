import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { createFunction, invoke, newCloud, rejection, zip } from '../../helpers/cloud.ts';

const code = (text: string) => ({ 'index.mjs': `export const handler = async () => ${JSON.stringify(text)};` });
const call = (cloud: Cloud, action: string, input: Record<string, unknown>) => cloud.call({ service: 'lambda', action, input });
const updateCode = (cloud: Cloud, text: string) => call(cloud, 'UpdateFunctionCode', { FunctionName: 'fn', ZipFile: zip(code(text)) });

describe('versions', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('publishes $LATEST as version 1, 2 …, immutable and invokable by qualifier', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'fn', code('one'));
    const v1 = await call(cloud, 'PublishVersion', { FunctionName: 'fn', Description: 'first' });
    expect(v1).toMatchObject({ Version: '1', Description: 'first', FunctionArn: 'arn:aws:lambda:us-east-1:111111111111:function:fn:1', State: 'Active' });
    await updateCode(cloud, 'two');
    const v2 = await call(cloud, 'PublishVersion', { FunctionName: 'fn' });
    expect(v2.Version).toBe('2');
    expect((await invoke(cloud, 'fn', {}, { Qualifier: '1' })).json).toBe('one');
    expect((await invoke(cloud, 'fn:2')).json).toBe('two');
    const out = await invoke(cloud, 'fn', {}, { Qualifier: '1' });
    expect(out.ExecutedVersion).toBe('1');
    expect((await call(cloud, 'GetFunctionConfiguration', { FunctionName: 'fn', Qualifier: '1' })).CodeSha256).toBe(v1.CodeSha256);
  });

  it('returns the last version instead of publishing when nothing changed', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'fn', code('one'));
    await call(cloud, 'PublishVersion', { FunctionName: 'fn' });
    expect((await call(cloud, 'PublishVersion', { FunctionName: 'fn' })).Version).toBe('1');
    await call(cloud, 'UpdateFunctionConfiguration', { FunctionName: 'fn', Timeout: 10 });
    expect((await call(cloud, 'PublishVersion', { FunctionName: 'fn' })).Version).toBe('2');
  });

  it('lists versions with qualified ARNs, $LATEST first', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'fn', code('one'));
    await call(cloud, 'PublishVersion', { FunctionName: 'fn' });
    const out = await call(cloud, 'ListVersionsByFunction', { FunctionName: 'fn' });
    expect((out.Versions as Array<{ Version: string; FunctionArn: string }>).map((v) => [v.Version, v.FunctionArn.split(':').slice(-2).join(':')])).toEqual([['$LATEST', 'fn:$LATEST'], ['1', 'fn:1']]);
  });

  it('refuses a CodeSha256 that is not $LATEST, and a stale RevisionId with 412', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'fn', code('one'));
    expect(await rejection(call(cloud, 'PublishVersion', { FunctionName: 'fn', CodeSha256: 'abc=' }))).toMatchObject({ code: 'InvalidParameterValueException' });
    expect(await rejection(call(cloud, 'PublishVersion', { FunctionName: 'fn', RevisionId: 'stale' }))).toMatchObject({ code: 'PreconditionFailedException', status: 412 });
    expect(await rejection(call(cloud, 'UpdateFunctionConfiguration', { FunctionName: 'fn', Timeout: 5, RevisionId: 'stale' }))).toMatchObject({ status: 412 });
  });

  it('cannot update a published version; deletes a version but never $LATEST alone', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'fn', code('one'));
    await call(cloud, 'PublishVersion', { FunctionName: 'fn' });
    expect(await rejection(call(cloud, 'UpdateFunctionConfiguration', { FunctionName: 'fn:1', Timeout: 9 }))).toMatchObject({ code: 'InvalidParameterValueException' });
    expect(await rejection(call(cloud, 'DeleteFunction', { FunctionName: 'fn', Qualifier: '$LATEST' }))).toMatchObject({
      message: '$LATEST version cannot be deleted without deleting the function.',
    });
    await call(cloud, 'DeleteFunction', { FunctionName: 'fn', Qualifier: '1' });
    expect(await rejection(invoke(cloud, 'fn:1'))).toMatchObject({ code: 'ResourceNotFoundException', message: 'Function not found: arn:aws:lambda:us-east-1:111111111111:function:fn:1' });
    // Numbers are never reused.
    await updateCode(cloud, 'three');
    expect((await call(cloud, 'PublishVersion', { FunctionName: 'fn' })).Version).toBe('2');
  });

  it('UpdateFunctionCode changes $LATEST and starts a fresh environment', async () => {
    cloud = newCloud();
    await createFunction(cloud, 'fn', code('one'));
    expect((await invoke(cloud, 'fn')).json).toBe('one');
    const updated = await updateCode(cloud, 'two');
    expect(updated).toMatchObject({ LastUpdateStatus: 'InProgress', Version: '$LATEST' });
    expect((await invoke(cloud, 'fn')).json).toBe('two');
    expect((await call(cloud, 'GetFunctionConfiguration', { FunctionName: 'fn' })).LastUpdateStatus).toBe('Successful');
  });
});

describe('aliases', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  async function twoVersions() {
    cloud = newCloud(3);
    await createFunction(cloud, 'fn', code('v1'));
    await call(cloud, 'PublishVersion', { FunctionName: 'fn' });
    await updateCode(cloud, 'v2');
    await call(cloud, 'PublishVersion', { FunctionName: 'fn' });
  }

  it('creates, gets, lists, updates and deletes an alias', async () => {
    await twoVersions();
    const live = await call(cloud, 'CreateAlias', { FunctionName: 'fn', Name: 'LIVE', FunctionVersion: '1', Description: 'prod' });
    expect(live).toMatchObject({ AliasArn: 'arn:aws:lambda:us-east-1:111111111111:function:fn:LIVE', Name: 'LIVE', FunctionVersion: '1', Description: 'prod' });
    expect(await call(cloud, 'GetAlias', { FunctionName: 'fn', Name: 'LIVE' })).toEqual(live);
    const out = await invoke(cloud, 'fn:LIVE');
    expect([out.json, out.ExecutedVersion]).toEqual(['v1', '1']);
    const promoted = await call(cloud, 'UpdateAlias', { FunctionName: 'fn', Name: 'LIVE', FunctionVersion: '2' });
    expect(promoted.RevisionId).not.toBe(live.RevisionId);
    expect((await invoke(cloud, 'fn', {}, { Qualifier: 'LIVE' })).ExecutedVersion).toBe('2');
    expect(((await call(cloud, 'ListAliases', { FunctionName: 'fn' })).Aliases as unknown[]).length).toBe(1);
    await call(cloud, 'DeleteAlias', { FunctionName: 'fn', Name: 'LIVE' });
    expect(await rejection(call(cloud, 'GetAlias', { FunctionName: 'fn', Name: 'LIVE' }))).toMatchObject({
      code: 'ResourceNotFoundException', message: 'Cannot find alias arn: arn:aws:lambda:us-east-1:111111111111:function:fn:LIVE',
    });
  });

  it('routes by weight with the seeded randomness and reports the version that ran', async () => {
    await twoVersions();
    await call(cloud, 'CreateAlias', { FunctionName: 'fn', Name: 'LIVE', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.3 } } });
    const ran: string[] = [];
    for (let i = 0; i < 100; i++) ran.push(String((await invoke(cloud, 'fn:LIVE')).ExecutedVersion));
    const toTwo = ran.filter((v) => v === '2').length;
    expect(toTwo).toBeGreaterThan(15);
    expect(toTwo).toBeLessThan(45);
    // Same seed, same commands: the same choices.
    const first = ran.slice(0, 20).join();
    cloud.dispose();
    await twoVersions();
    await call(cloud, 'CreateAlias', { FunctionName: 'fn', Name: 'LIVE', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.3 } } });
    const again: string[] = [];
    for (let i = 0; i < 20; i++) again.push(String((await invoke(cloud, 'fn:LIVE')).ExecutedVersion));
    expect(again.join()).toBe(first);
  });

  it('refuses routing configurations in Lambda words', async () => {
    await twoVersions();
    const create = (input: Record<string, unknown>) => rejection(call(cloud, 'CreateAlias', { FunctionName: 'fn', Name: 'A', ...input }));
    expect((await create({ FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.1, '3': 0.1 } } })).message).toBe('Number of items in AdditionalVersionWeights cannot be greater than 1');
    expect((await create({ FunctionVersion: '$LATEST', RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } } })).message).toBe('$LATEST is not supported for an alias pointing to more than 1 version');
    expect((await create({ FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '1': 0.5 } } })).message).toBe('Invalid function version 1. Function version 1 is already included in routing configuration.');
    expect((await create({ FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 1.5 } } })).code).toBe('ValidationException');
    expect((await create({ FunctionVersion: '9' })).code).toBe('ResourceNotFoundException');
    expect((await rejection(call(cloud, 'CreateAlias', { FunctionName: 'fn', Name: '123', FunctionVersion: '1' }))).message).toContain("Value '123' at 'name' failed to satisfy constraint");
    await call(cloud, 'CreateAlias', { FunctionName: 'fn', Name: 'A', FunctionVersion: '1' });
    expect(await create({ FunctionVersion: '1' })).toMatchObject({ code: 'ResourceConflictException', message: 'Alias already exists: arn:aws:lambda:us-east-1:111111111111:function:fn:A' });
    expect(await rejection(call(cloud, 'DeleteFunction', { FunctionName: 'fn', Qualifier: '1' }))).toMatchObject({ code: 'ResourceConflictException' });
  });

  it('an alias update with a stale RevisionId is refused with 412', async () => {
    await twoVersions();
    await call(cloud, 'CreateAlias', { FunctionName: 'fn', Name: 'LIVE', FunctionVersion: '1' });
    expect(await rejection(call(cloud, 'UpdateAlias', { FunctionName: 'fn', Name: 'LIVE', FunctionVersion: '2', RevisionId: 'nope' }))).toMatchObject({ status: 412 });
  });
});
