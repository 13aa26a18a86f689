/** Layers: publishing and listing them, what a function gets from them in /opt, and the limits on referencing them. */
import { arn, create, esm, invoke, lambda, layerArn, publishLayer, zip } from '../build.ts';
import { SHA256 } from '../patterns.ts';
import type { Scenario } from '../types.ts';

/** A layer that provides the package `greeter` the Node way, in nodejs/node_modules. */
const greeterLayer = (word: string) => ({
  'nodejs/node_modules/greeter/package.json': '{"name":"greeter","main":"index.js"}',
  'nodejs/node_modules/greeter/index.js': `exports.greet = (name) => '${word}, ' + name;`,
});

const USES_GREETER = esm("import { greet } from 'greeter';\nexport const handler = async (event) => greet(event.name);");

export const layers: Scenario[] = [
  {
    name: 'PublishLayerVersion numbers versions from 1; ListLayers shows the latest, ListLayerVersions lists newest first, GetLayerVersion(ByArn) finds one',
    steps: [
      {
        call: publishLayer('greeter', greeterLayer('Hello'), { Description: 'greets', LicenseInfo: 'MIT' }),
        expect: {
          output: {
            Content: { Location: /^https:\/\//, CodeSha256: SHA256, CodeSize: zip(greeterLayer('Hello')).length },
            LayerArn: layerArn('greeter'),
            LayerVersionArn: layerArn('greeter', 1),
            Description: 'greets',
            CreatedDate: '2026-01-01T00:00:00.000+0000',
            Version: 1,
            CompatibleRuntimes: ['nodejs24.x'],
            LicenseInfo: 'MIT',
          },
        },
      },
      { call: publishLayer('greeter', greeterLayer('Hi')), expect: { output: { LayerVersionArn: layerArn('greeter', 2), Version: 2, Description: '' } } },
      {
        call: lambda('ListLayers'),
        expect: { output: { Layers: [{ LayerName: 'greeter', LayerArn: layerArn('greeter'), LatestMatchingVersion: { LayerVersionArn: layerArn('greeter', 2), Version: 2, CompatibleRuntimes: ['nodejs24.x'] } }] } },
      },
      { call: lambda('ListLayerVersions', { LayerName: 'greeter' }), expect: { output: { LayerVersions: [{ Version: 2 }, { Version: 1, Description: 'greets' }] } } },
      { call: lambda('GetLayerVersion', { LayerName: 'greeter', VersionNumber: 1 }), expect: { output: { LayerVersionArn: layerArn('greeter', 1), Version: 1, Description: 'greets' } } },
      { call: lambda('GetLayerVersionByArn', { Arn: layerArn('greeter', 2) }), expect: { output: { LayerArn: layerArn('greeter'), Version: 2 } } },
      { call: lambda('ListLayers', { CompatibleRuntime: 'nodejs20.x' }), expect: { output: { Layers: [] } } },
    ],
  },
  {
    name: 'A function imports a package only its layer provides; without the layer the import is Runtime.ImportModuleError',
    steps: [
      { call: publishLayer('greeter', greeterLayer('Hello')) },
      {
        call: create('with', USES_GREETER, { Layers: [layerArn('greeter', 1)] }),
        expect: { output: { Layers: [{ Arn: layerArn('greeter', 1), CodeSize: zip(greeterLayer('Hello')).length }] } },
      },
      { call: invoke('with', { name: 'Ada' }), expect: { payload: 'Hello, Ada', functionError: null } },
      { call: create('without', USES_GREETER), expect: { output: { Layers: undefined } } },
      {
        call: invoke('without', { name: 'Ada' }),
        expect: { functionError: 'Unhandled', payloadMatch: { errorType: 'Runtime.ImportModuleError', errorMessage: "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'greeter' imported from /var/task/index.mjs" } },
      },
    ],
  },
  {
    name: 'Layers are extracted to /opt in the listed order: a later layer overwrites the same path',
    steps: [
      { call: publishLayer('hello', greeterLayer('Hello')) },
      { call: publishLayer('howdy', greeterLayer('Howdy')) },
      { call: create('fn', USES_GREETER, { Layers: [layerArn('hello', 1), layerArn('howdy', 1)] }) },
      { call: invoke('fn', { name: 'Ada' }), expect: { payload: 'Howdy, Ada' } },
      {
        call: lambda('UpdateFunctionConfiguration', { FunctionName: 'fn', Layers: [layerArn('howdy', 1), layerArn('hello', 1)] }),
        expect: { output: { Layers: [{ Arn: layerArn('howdy', 1) }, { Arn: layerArn('hello', 1) }] } },
      },
      { call: invoke('fn', { name: 'Ada' }), expect: { payload: 'Hello, Ada' } },
    ],
  },
  {
    name: 'A function may reference at most 5 layers',
    steps: [
      ...[0, 1, 2, 3, 4, 5].map((i) => ({ call: publishLayer(`l${i}`, greeterLayer(`L${i}`)) })),
      {
        call: create('fn', USES_GREETER, { Layers: [0, 1, 2, 3, 4, 5].map((i) => layerArn(`l${i}`, 1)) }),
        expect: { error: { code: 'InvalidParameterValueException', status: 400, message: 'Cannot reference more than 5 layers.' } },
      },
      { call: create('fn', USES_GREETER, { Layers: [0, 1, 2, 3, 4].map((i) => layerArn(`l${i}`, 1)) }), expect: { output: { FunctionArn: arn('fn') } } },
      { call: invoke('fn', { name: 'Ada' }), expect: { payload: 'L4, Ada' } },
      {
        call: lambda('UpdateFunctionConfiguration', { FunctionName: 'fn', Layers: [0, 1, 2, 3, 4, 5].map((i) => layerArn(`l${i}`, 1)) }),
        expect: { error: { code: 'InvalidParameterValueException', message: 'Cannot reference more than 5 layers.' } },
      },
    ],
  },
  {
    name: 'Two versions of one layer cannot both be referenced by a function',
    steps: [
      { call: publishLayer('greeter', greeterLayer('Hello')) },
      { call: publishLayer('greeter', greeterLayer('Hi')) },
      {
        call: create('fn', USES_GREETER, { Layers: [layerArn('greeter', 1), layerArn('greeter', 2)] }),
        expect: {
          error: {
            code: 'InvalidParameterValueException',
            message: `Two different versions of the same layer are not allowed to be referenced in the same function. ${layerArn('greeter', 1)} and ${layerArn('greeter', 2)} are versions of the same layer.`,
          },
        },
      },
    ],
  },
  {
    name: 'A layer version that does not exist is refused: "Layer version … does not exist."',
    steps: [
      { call: publishLayer('greeter', greeterLayer('Hello')) },
      { call: create('fn', USES_GREETER, { Layers: [layerArn('greeter', 9)] }), expect: { error: { code: 'InvalidParameterValueException', message: `Layer version ${layerArn('greeter', 9)} does not exist.` } } },
      { call: create('fn', USES_GREETER, { Layers: [layerArn('nope', 1)] }), expect: { error: { code: 'InvalidParameterValueException', message: `Layer version ${layerArn('nope', 1)} does not exist.` } } },
      { call: lambda('GetLayerVersion', { LayerName: 'greeter', VersionNumber: 9 }), expect: { error: { code: 'ResourceNotFoundException', status: 404, message: 'The resource you requested does not exist.' } } },
      { call: lambda('ListFunctions'), expect: { output: { Functions: [] } } },
    ],
  },
  {
    name: 'A deleted layer version keeps working for the functions that use it, but cannot be fetched or added again',
    steps: [
      { call: publishLayer('greeter', greeterLayer('Hello')) },
      { call: create('fn', USES_GREETER, { Layers: [layerArn('greeter', 1)] }) },
      { call: lambda('DeleteLayerVersion', { LayerName: 'greeter', VersionNumber: 1 }), expect: { output: {} } },
      // The first invoke comes after the deletion: its environment is built from the deleted version.
      { call: invoke('fn', { name: 'Ada' }), expect: { payload: 'Hello, Ada', functionError: null } },
      { call: lambda('GetFunctionConfiguration', { FunctionName: 'fn' }), expect: { output: { Layers: [{ Arn: layerArn('greeter', 1) }] } } },
      { call: lambda('GetLayerVersion', { LayerName: 'greeter', VersionNumber: 1 }), expect: { error: { code: 'ResourceNotFoundException', message: 'The resource you requested does not exist.' } } },
      { call: lambda('ListLayerVersions', { LayerName: 'greeter' }), expect: { output: { LayerVersions: [] } } },
      { call: create('fn2', USES_GREETER, { Layers: [layerArn('greeter', 1)] }), expect: { error: { code: 'InvalidParameterValueException', message: `Layer version ${layerArn('greeter', 1)} does not exist.` } } },
      { call: publishLayer('greeter', greeterLayer('Hi')), expect: { output: { Version: 2 } } },
    ],
  },
];
