/** A function's Layers: at most five layer versions, one per layer, each existing, in order. */
import { AwsError } from '../errors.ts';
import type { ServiceContext } from '../service.ts';
import { findLayerVersion } from './layers.ts';
import { unzippedSize } from './functions.ts';
import type { LayerRef } from './state.ts';

export const MAX_LAYERS = 5;

export function resolveLayers(ctx: ServiceContext, value: unknown): { refs: LayerRef[]; unzippedSizes: number[] } {
  if (value === undefined || value === null) return { refs: [], unzippedSizes: [] };
  const arns = (value as unknown[]).map(String);
  if (arns.length > MAX_LAYERS) throw new AwsError('InvalidParameterValueException', `Cannot reference more than ${MAX_LAYERS} layers.`);
  const seen = new Map<string, string>();
  const refs: LayerRef[] = [];
  const unzippedSizes: number[] = [];
  for (const arn of arns) {
    const layer = arn.replace(/:\d+$/, '');
    if (seen.has(layer)) {
      throw new AwsError('InvalidParameterValueException', `Two different versions of the same layer are not allowed to be referenced in the same function. ${seen.get(layer)} and ${arn} are versions of the same layer.`);
    }
    seen.set(layer, arn);
    const found = findLayerVersion(ctx, arn);
    if (!found) throw new AwsError('InvalidParameterValueException', `Layer version ${arn} does not exist.`);
    refs.push({ Arn: arn, CodeSize: found.version.code.size });
    unzippedSizes.push(unzippedSize(found.version.code));
  }
  return { refs, unzippedSizes };
}
