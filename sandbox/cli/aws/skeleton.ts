/**
 * `--generate-cli-skeleton` and `--cli-input-json` (awscli/customizations/generatecliskeleton.py,
 * cliinputjson.py): the skeleton is botocore's ArgumentGenerator output for the input shape (strings
 * "", numbers 0, booleans true, blobs null, one list element, map key "KeyName"); a filled-in
 * skeleton passed back with --cli-input-json supplies every member not already given as a flag.
 */
import type { CommandContext } from './context.ts';
import type { Shape, StructureShape } from './models/shapes.ts';
import { ParamError, ParamValidationError } from './errors.ts';
import { loadParamfile, ResourceLoadingError } from './paramfile.ts';
import { pyJsonDumps, pyJsonLoads, JsonDecodeError, PyFloatValue } from './pyjson.ts';
import { utf8Decode } from './base64.ts';
import { pyType } from './pyrepr.ts';

function skeletonOf(shape: Shape, stack: string[]): unknown {
  const name = shape.name ?? '';
  stack.push(name);
  try {
    switch (shape.type) {
      case 'structure':
        if (name && stack.filter((n) => n === name).length > 1) return {};
        return Object.fromEntries(Object.entries(shape.members).map(([member, m]) => [member, skeletonOf(m.shape, stack)]));
      case 'list':
        return [skeletonOf(shape.member, stack)];
      case 'map':
        return { KeyName: skeletonOf(shape.value, stack) };
      case 'string':
        // botocore picks a random enum value; the first one keeps the sandbox deterministic.
        return shape.enum ? shape.enum[0] : '';
      case 'integer':
      case 'long':
        return 0;
      case 'float':
      case 'double':
        return new PyFloatValue(0);
      case 'boolean':
        return true;
      case 'timestamp':
        return '1970-01-01T00:00:00';
      default:
        return null;
    }
  } finally {
    stack.pop();
  }
}

/** The text `--generate-cli-skeleton input` prints. */
export function inputSkeleton(input: StructureShape | undefined): string {
  return pyJsonDumps(input ? skeletonOf(input, []) : {}, { indent: 4 }) + '\n';
}

/** Merges `--cli-input-json` into the parameters built from flags (flags win). */
export async function applyCliInputJson(ctx: CommandContext, value: string, params: Record<string, unknown>): Promise<void> {
  let text: string;
  try {
    const loaded = await loadParamfile(ctx, value);
    text = loaded === undefined ? value : typeof loaded === 'string' ? loaded : utf8Decode(loaded);
  } catch (error) {
    if (error instanceof ResourceLoadingError) throw new ParamError('--cli-input-json', error.message);
    throw error;
  }
  let data: unknown;
  try {
    data = pyJsonLoads(text);
  } catch (error) {
    if (error instanceof JsonDecodeError) throw new ParamError('cli-input-json', 'Invalid JSON received.');
    throw error;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ParamError('--cli-input-json', `Invalid type: expecting map, received ${pyType(data)}`);
  }
  for (const [key, item] of Object.entries(data)) if (!(key in params)) params[key] = item;
}

export function onlyOneCliInput(values: Record<string, unknown>): void {
  const given = ['cli_input_json', 'cli_input_yaml'].filter((k) => values[k] !== null && values[k] !== undefined);
  if (given.length > 1) throw new ParamValidationError('Only one --cli-input- parameter may be specified.');
}
