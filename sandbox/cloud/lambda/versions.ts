/**
 * Versions: PublishVersion snapshots $LATEST into the next number (or hands back the last version
 * when nothing changed since it), ListVersionsByFunction lists them. Published versions are
 * immutable: only $LATEST is ever updated.
 */
import { AwsError } from '../errors.ts';
import type { ServiceContext } from '../service.ts';
import { arnOf, assertRevision, configurationOf, resolveFunction, viewOf, type VersionView } from './functions.ts';
import type { FunctionRecord } from './state.ts';

const sameConfig = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Publishes $LATEST (or returns the newest version when code and configuration are unchanged). */
export function publish(ctx: ServiceContext, fn: FunctionRecord, description: string): VersionView {
  fn.versions ??= {};
  const newest = fn.lastVersion ? fn.versions[String(fn.lastVersion)] : undefined;
  if (newest && newest.code.sha256 === fn.code.sha256 && sameConfig(newest.config, fn.config)) return viewOf(fn, newest.version)!;
  const version = String((fn.lastVersion ?? 0) + 1);
  fn.lastVersion = Number(version);
  fn.versions[version] = {
    version,
    config: JSON.parse(JSON.stringify(fn.config)),
    code: { ...fn.code },
    description,
    lastModified: ctx.cloud.clock.now(),
    revisionId: ctx.cloud.ids.uuid(),
  };
  // Publishing changes $LATEST's revision too, as AWS does.
  fn.revisionId = ctx.cloud.ids.uuid();
  ctx.cloud.trace({ type: 'version.published', functionArn: arnOf(fn, version) });
  return viewOf(fn, version)!;
}

export const versionActions = {
  PublishVersion(ctx: ServiceContext, input: Record<string, unknown>) {
    const { fn, qualifier } = resolveFunction(ctx, input, 140);
    if (qualifier !== undefined) throw new AwsError('InvalidParameterValueException', 'Version can only be published for unqualified function names.');
    if (input.CodeSha256 !== undefined && input.CodeSha256 !== fn.code.sha256) {
      throw new AwsError('InvalidParameterValueException', `CodeSHA256 (${String(input.CodeSha256)}) is different from current CodeSHA256 in $LATEST (${fn.code.sha256}). Please try again.`);
    }
    assertRevision(input.RevisionId, fn.revisionId);
    const view = publish(ctx, fn, input.Description === undefined ? '' : String(input.Description));
    return configurationOf(view, { arnQualifier: view.version });
  },

  ListVersionsByFunction(ctx: ServiceContext, input: Record<string, unknown>) {
    const { fn, qualifier } = resolveFunction(ctx, input, 140);
    if (qualifier !== undefined) throw new AwsError('InvalidParameterValueException', 'Versions can only be listed for an unqualified function name.');
    const all = [viewOf(fn)!, ...Object.keys(fn.versions ?? {}).sort((a, b) => Number(a) - Number(b)).map((v) => viewOf(fn, v)!)];
    const start = typeof input.Marker === 'string' ? Number(input.Marker) || 0 : 0;
    const max = Math.min(Number(input.MaxItems ?? 50), 50);
    const page = all.slice(start, start + max);
    return {
      Versions: page.map((v) => configurationOf(v, { arnQualifier: v.version })),
      ...(start + page.length < all.length ? { NextMarker: String(start + page.length) } : {}),
    };
  },
};
