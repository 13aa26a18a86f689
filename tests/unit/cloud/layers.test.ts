import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { createFunction, invoke, newCloud, rejection, zip } from '../../helpers/cloud.ts';

const call = (cloud: Cloud, action: string, input: Record<string, unknown>) => cloud.call({ service: 'lambda', action, input });

/** A layer that provides the package `greeter` the Node way: nodejs/node_modules/greeter. */
const greeterLayer = (word: string) => zip({
  'nodejs/node_modules/greeter/package.json': '{"name":"greeter","main":"index.js"}',
  'nodejs/node_modules/greeter/index.js': `exports.greet = (n) => '${word}, ' + n;`,
  'nodejs/shared.txt': word,
});

const USES_GREETER = {
  'index.mjs': `import { greet } from 'greeter';
import { readFileSync } from 'node:fs';
export const handler = async (e) => greet(e.name);`,
};

async function publish(cloud: Cloud, name: string, content: Uint8Array) {
  return call(cloud, 'PublishLayerVersion', { LayerName: name, Content: { ZipFile: content }, CompatibleRuntimes: ['nodejs24.x'] });
}

describe('layers', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('publishes numbered layer versions with their ARNs and content', async () => {
    cloud = newCloud();
    const v1 = await publish(cloud, 'greeter', greeterLayer('Hello'));
    expect(v1).toMatchObject({
      LayerArn: 'arn:aws:lambda:us-east-1:111111111111:layer:greeter',
      LayerVersionArn: 'arn:aws:lambda:us-east-1:111111111111:layer:greeter:1',
      Version: 1,
      CompatibleRuntimes: ['nodejs24.x'],
      Content: { CodeSize: greeterLayer('Hello').length },
    });
    expect((await publish(cloud, 'greeter', greeterLayer('Hi'))).Version).toBe(2);
    const list = await call(cloud, 'ListLayers', {});
    expect(list.Layers).toMatchObject([{ LayerName: 'greeter', LatestMatchingVersion: { Version: 2 } }]);
    const versions = await call(cloud, 'ListLayerVersions', { LayerName: 'greeter' });
    expect((versions.LayerVersions as Array<{ Version: number }>).map((v) => v.Version)).toEqual([2, 1]);
    expect((await call(cloud, 'GetLayerVersionByArn', { Arn: 'arn:aws:lambda:us-east-1:111111111111:layer:greeter:1' })).Version).toBe(1);
  });

  it('a function imports a package only its layer provides, and fails with ImportModuleError without it', async () => {
    cloud = newCloud();
    const layer = await publish(cloud, 'greeter', greeterLayer('Hello'));
    await createFunction(cloud, 'with', USES_GREETER, { Layers: [layer.LayerVersionArn] });
    expect((await invoke(cloud, 'with', { name: 'Ada' })).json).toBe('Hello, Ada');
    await createFunction(cloud, 'without', USES_GREETER);
    const out = await invoke(cloud, 'without', { name: 'Ada' });
    expect(out.json).toMatchObject({ errorType: 'Runtime.ImportModuleError', errorMessage: "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'greeter' imported from /var/task/index.mjs" });
    expect((await call(cloud, 'GetFunctionConfiguration', { FunctionName: 'with' })).Layers).toEqual([{ Arn: layer.LayerVersionArn, CodeSize: greeterLayer('Hello').length }]);
  });

  it('extracts layers in order, a later layer overwriting the same path', async () => {
    cloud = newCloud();
    const a = await publish(cloud, 'a', greeterLayer('Hello'));
    const b = await publish(cloud, 'b', greeterLayer('Howdy'));
    await createFunction(cloud, 'fn', USES_GREETER, { Layers: [a.LayerVersionArn, b.LayerVersionArn] });
    expect((await invoke(cloud, 'fn', { name: 'Ada' })).json).toBe('Howdy, Ada');
    await call(cloud, 'UpdateFunctionConfiguration', { FunctionName: 'fn', Layers: [b.LayerVersionArn, a.LayerVersionArn] });
    expect((await invoke(cloud, 'fn', { name: 'Ada' })).json).toBe('Hello, Ada');
  });

  it('function code wins over a layer for a bare import resolved from /var/task first', async () => {
    cloud = newCloud();
    const layer = await publish(cloud, 'greeter', greeterLayer('Hello'));
    await createFunction(cloud, 'fn', { ...USES_GREETER, 'node_modules/greeter/index.js': "exports.greet = (n) => 'Own, ' + n;" }, { Layers: [layer.LayerVersionArn] });
    expect((await invoke(cloud, 'fn', { name: 'Ada' })).json).toBe('Own, Ada');
  });

  it('finds packages in /opt/nodejs/node24/node_modules too, the runtime-specific folder', async () => {
    cloud = newCloud();
    const layer = await publish(cloud, 'v24', zip({ 'nodejs/node24/node_modules/greeter/index.js': "exports.greet = (n) => 'Node 24 says hi, ' + n;" }));
    await createFunction(cloud, 'fn', USES_GREETER, { Layers: [layer.LayerVersionArn] });
    expect((await invoke(cloud, 'fn', { name: 'Ada' })).json).toBe('Node 24 says hi, Ada');
  });

  it('reads layer files from /opt with fs', async () => {
    cloud = newCloud();
    const layer = await publish(cloud, 'greeter', greeterLayer('Hello'));
    await createFunction(cloud, 'fn', { 'index.mjs': "import { readFileSync } from 'node:fs'; export const handler = async () => readFileSync('/opt/nodejs/shared.txt', 'utf8');" }, { Layers: [layer.LayerVersionArn] });
    expect((await invoke(cloud, 'fn')).json).toBe('Hello');
  });

  it('refuses more than 5 layers, two versions of one layer, and unknown versions', async () => {
    cloud = newCloud();
    const arns: string[] = [];
    for (let i = 0; i < 6; i++) arns.push(String((await publish(cloud, `l${i}`, greeterLayer('x'))).LayerVersionArn));
    expect(await rejection(createFunction(cloud, 'fn', USES_GREETER, { Layers: arns }))).toMatchObject({ code: 'InvalidParameterValueException', message: 'Cannot reference more than 5 layers.' });
    const again = String((await publish(cloud, 'l0', greeterLayer('y'))).LayerVersionArn);
    expect((await rejection(createFunction(cloud, 'fn', USES_GREETER, { Layers: [arns[0], again] }))).message).toMatch(/^Two different versions of the same layer are not allowed/);
    expect(await rejection(createFunction(cloud, 'fn', USES_GREETER, { Layers: ['arn:aws:lambda:us-east-1:111111111111:layer:nope:1'] }))).toMatchObject({
      message: 'Layer version arn:aws:lambda:us-east-1:111111111111:layer:nope:1 does not exist.',
    });
  });

  it('a deleted layer version keeps working for functions that use it, but cannot be added', async () => {
    cloud = newCloud();
    const layer = await publish(cloud, 'greeter', greeterLayer('Hello'));
    await createFunction(cloud, 'fn', USES_GREETER, { Layers: [layer.LayerVersionArn] });
    await call(cloud, 'DeleteLayerVersion', { LayerName: 'greeter', VersionNumber: 1 });
    expect((await invoke(cloud, 'fn', { name: 'Ada' })).json).toBe('Hello, Ada');
    expect(await rejection(createFunction(cloud, 'fn2', USES_GREETER, { Layers: [layer.LayerVersionArn] }))).toMatchObject({ code: 'InvalidParameterValueException' });
    expect(await rejection(call(cloud, 'GetLayerVersion', { LayerName: 'greeter', VersionNumber: 1 }))).toMatchObject({ code: 'ResourceNotFoundException' });
  });
});
