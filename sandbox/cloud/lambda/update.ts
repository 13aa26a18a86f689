/**
 * UpdateFunctionCode and UpdateFunctionConfiguration: both change $LATEST only (published versions
 * are immutable), bump its RevisionId, and end its environments so the next invoke starts cold with
 * the new code or settings.
 */
import { AwsError } from '../errors.ts';
import type { ServiceContext } from '../service.ts';
import {
  arnOf, assertRevision, assertRoleUsable, assertTotalSize, configurationOf, packageFrom, resolveFunction, unzippedSize, viewOf,
} from './functions.ts';
import { resolveLayers } from './layer-refs.ts';
import { findLayerVersion } from './layers.ts';
import { assertRunnableRuntime } from './runtimes.ts';
import type { FunctionRecord } from './state.ts';
import { validateConfig, validateDeadLetter } from './validate.ts';
import { publish } from './versions.ts';
import { assertDeadLetterAllowed } from './role-permissions.ts';

function latestOnly(ctx: ServiceContext, input: Record<string, unknown>): FunctionRecord {
  const { fn, qualifier } = resolveFunction(ctx, { FunctionName: input.FunctionName }, 140);
  if (qualifier !== undefined && qualifier !== '$LATEST') {
    throw new AwsError('InvalidParameterValueException', 'Current operation does not support versions other than $LATEST. Please set the version to $LATEST or do not set a version in your request.');
  }
  return fn;
}

function changed(ctx: ServiceContext, fn: FunctionRecord, what: string): void {
  fn.lastModified = ctx.cloud.clock.now();
  fn.revisionId = ctx.cloud.ids.uuid();
  ctx.cloud.retireEnvironments(`${arnOf(fn)}:$LATEST:`);
  ctx.cloud.trace({ type: `function.${what}`, functionArn: arnOf(fn) });
}

const layerSizes = (ctx: ServiceContext, fn: FunctionRecord) =>
  (fn.config.Layers ?? []).map((l) => {
    const found = findLayerVersion(ctx, l.Arn, true);
    return found ? unzippedSize(found.version.code) : 0;
  });

export const updateActions = {
  async UpdateFunctionCode(ctx: ServiceContext, input: Record<string, unknown>) {
    const fn = latestOnly(ctx, input);
    assertRevision(input.RevisionId, fn.revisionId);
    const code = await packageFrom({ ZipFile: input.ZipFile, S3Bucket: input.S3Bucket, ImageUri: input.ImageUri });
    assertTotalSize(code, fn.config.Layers, layerSizes(ctx, fn));
    if (input.DryRun === true) return configurationOf({ ...viewOf(fn)!, code });
    fn.code = code;
    changed(ctx, fn, 'code-updated');
    if (input.Publish === true) {
      const view = publish(ctx, fn, '');
      return configurationOf(view, { arnQualifier: view.version, updating: true });
    }
    return configurationOf(viewOf(fn)!, { updating: true });
  },

  UpdateFunctionConfiguration(ctx: ServiceContext, input: Record<string, unknown>) {
    const fn = latestOnly(ctx, input);
    assertRevision(input.RevisionId, fn.revisionId);
    validateConfig(input, { roleRequired: false, handlerRequired: false });
    if (input.Runtime !== undefined) assertRunnableRuntime(input.Runtime);
    if (input.Role !== undefined) assertRoleUsable(ctx, String(input.Role));
    const layers = input.Layers === undefined ? undefined : resolveLayers(ctx, input.Layers);
    if (layers) assertTotalSize(fn.code, layers.refs, layers.unzippedSizes);
    const deadLetter = input.DeadLetterConfig === undefined ? undefined : validateDeadLetter(input.DeadLetterConfig);
    // The role and the dead-letter queue are checked together: either may have changed.
    const next = { ...fn.config, ...(input.Role !== undefined ? { Role: String(input.Role) } : {}) };
    if (input.DeadLetterConfig !== undefined) {
      if (deadLetter) next.DeadLetterConfig = deadLetter;
      else delete next.DeadLetterConfig;
    }
    assertDeadLetterAllowed(ctx, fn, next);
    const c = fn.config;
    if (input.Runtime !== undefined) c.Runtime = String(input.Runtime);
    if (input.Role !== undefined) c.Role = String(input.Role);
    if (input.Handler !== undefined) c.Handler = String(input.Handler);
    if (input.Description !== undefined) c.Description = String(input.Description);
    if (input.Timeout !== undefined) c.Timeout = input.Timeout as number;
    if (input.MemorySize !== undefined) c.MemorySize = input.MemorySize as number;
    if (input.EphemeralStorage !== undefined) c.EphemeralStorage = { Size: Number((input.EphemeralStorage as { Size?: number }).Size ?? 512) };
    if (input.Environment !== undefined) {
      // The new Variables replace the old ones entirely, as on AWS; an empty map removes them.
      const vars = (input.Environment as { Variables?: Record<string, string> }).Variables ?? {};
      if (Object.keys(vars).length) c.Environment = { Variables: { ...vars } };
      else delete c.Environment;
    }
    if (layers) {
      if (layers.refs.length) c.Layers = layers.refs;
      else delete c.Layers;
    }
    if (input.DeadLetterConfig !== undefined) {
      if (deadLetter) c.DeadLetterConfig = deadLetter;
      else delete c.DeadLetterConfig;
    }
    changed(ctx, fn, 'configuration-updated');
    return configurationOf(viewOf(fn)!, { updating: true });
  },
};
