/**
 * Layers: PublishLayerVersion, GetLayerVersion(ByArn), ListLayers, ListLayerVersions,
 * DeleteLayerVersion. A layer version is an immutable .zip that functions extract to /opt, in order.
 */
import { AwsError, validationError } from '../errors.ts';
import { lambdaTimestamp } from '../bytes.ts';
import type { ServiceContext } from '../service.ts';
import { packageFrom } from './functions.ts';
import { RUNTIME_ENUM } from './runtimes.ts';
import { functionKey, type LayerRecord, type LayerVersionRecord } from './state.ts';

const LAYER_NAME_RE = /^(arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\d{12}:layer:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+$/;

export const layerArn = (l: LayerRecord) => `arn:aws:lambda:${l.region}:${l.account}:layer:${l.name}`;
export const layerVersionArn = (l: LayerRecord, v: number | string) => `${layerArn(l)}:${v}`;

function layerName(ctx: ServiceContext, value: unknown): { name: string; region: string; account: string } {
  if (value === undefined || value === null || value === '') throw validationError([{ value: undefined, member: 'layerName', constraint: 'Member must not be null' }]);
  const text = String(value);
  if (text.length > 140 || !LAYER_NAME_RE.test(text)) {
    throw validationError([{ value: text, member: 'layerName', constraint: 'Member must satisfy regular expression pattern: (arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+' }]);
  }
  const m = /^arn:[^:]+:lambda:([^:]+):(\d{12}):layer:(.+)$/.exec(text);
  return m ? { region: m[1]!, account: m[2]!, name: m[3]! } : { region: ctx.region, account: ctx.identity.account, name: text };
}

export function findLayer(ctx: ServiceContext, region: string, account: string, name: string): LayerRecord | undefined {
  return ctx.cloud.state.lambda.layers?.[functionKey(region, account, name)];
}

/** A layer version by its full ARN, or undefined. Deleted versions are found only when `includeDeleted`. */
export function findLayerVersion(ctx: ServiceContext, arn: string, includeDeleted = false): { layer: LayerRecord; version: LayerVersionRecord } | undefined {
  const m = /^arn:[^:]+:lambda:([^:]+):(\d{12}):layer:([a-zA-Z0-9-_]+):(\d+)$/.exec(arn);
  if (!m) return undefined;
  const layer = findLayer(ctx, m[1]!, m[2]!, m[3]!);
  const version = layer?.versions[m[4]!];
  if (!layer || !version || (version.deleted && !includeDeleted)) return undefined;
  return { layer, version };
}

function versionShape(layer: LayerRecord, v: LayerVersionRecord, withContent = true): Record<string, unknown> {
  return {
    ...(withContent
      ? {
          Content: {
            Location: `https://prod-04-2014-layers.s3.${layer.region}.amazonaws.com/snapshots/${layer.account}/${layer.name}-${v.code.sha256.slice(0, 8).replace(/[^A-Za-z0-9]/g, 'x')}`,
            CodeSha256: v.code.sha256,
            CodeSize: v.code.size,
          },
          LayerArn: layerArn(layer),
        }
      : {}),
    LayerVersionArn: layerVersionArn(layer, v.version),
    ...(withContent ? {} : { Version: v.version }),
    Description: v.description,
    CreatedDate: lambdaTimestamp(v.createdDate),
    ...(withContent ? { Version: v.version } : {}),
    ...(v.compatibleRuntimes?.length ? { CompatibleRuntimes: v.compatibleRuntimes } : {}),
    ...(v.licenseInfo ? { LicenseInfo: v.licenseInfo } : {}),
    ...(v.compatibleArchitectures?.length ? { CompatibleArchitectures: v.compatibleArchitectures } : {}),
  };
}

function notFoundVersion(arn: string): AwsError {
  return new AwsError('ResourceNotFoundException', 'The resource you requested does not exist.', 404, 'User', { detail: arn });
}

const matches = (v: LayerVersionRecord, input: Record<string, unknown>) =>
  (input.CompatibleRuntime === undefined || (v.compatibleRuntimes ?? []).includes(String(input.CompatibleRuntime))) &&
  (input.CompatibleArchitecture === undefined || (v.compatibleArchitectures ?? []).includes(String(input.CompatibleArchitecture)));

export const layerActions = {
  async PublishLayerVersion(ctx: ServiceContext, input: Record<string, unknown>) {
    const { name, region, account } = layerName(ctx, input.LayerName);
    const runtimes = (input.CompatibleRuntimes as string[] | undefined) ?? [];
    if (runtimes.length > 15) throw validationError([{ value: `[${runtimes.join(', ')}]`, member: 'compatibleRuntimes', constraint: 'Member must have length less than or equal to 15' }]);
    const bad = runtimes.filter((r) => !(RUNTIME_ENUM as readonly string[]).includes(r));
    if (bad.length) {
      throw validationError([{ value: `[${runtimes.join(', ')}]`, member: 'compatibleRuntimes', constraint: `Member must satisfy constraint: [Member must satisfy enum value set: [${RUNTIME_ENUM.join(', ')}]]` }]);
    }
    const code = await packageFrom(input.Content as Record<string, unknown> | undefined);
    const layers = (ctx.cloud.state.lambda.layers ??= {});
    const layer = (layers[functionKey(region, account, name)] ??= { name, region, account, versions: {}, lastVersion: 0 });
    const version = ++layer.lastVersion;
    const record: LayerVersionRecord = {
      version,
      description: input.Description === undefined ? '' : String(input.Description),
      code,
      createdDate: ctx.cloud.clock.now(),
      ...(runtimes.length ? { compatibleRuntimes: runtimes } : {}),
      ...(Array.isArray(input.CompatibleArchitectures) && input.CompatibleArchitectures.length ? { compatibleArchitectures: input.CompatibleArchitectures as string[] } : {}),
      ...(input.LicenseInfo !== undefined ? { licenseInfo: String(input.LicenseInfo) } : {}),
    };
    layer.versions[String(version)] = record;
    ctx.cloud.trace({ type: 'layer.published', layerVersionArn: layerVersionArn(layer, version) });
    return versionShape(layer, record);
  },

  GetLayerVersion(ctx: ServiceContext, input: Record<string, unknown>) {
    const { name, region, account } = layerName(ctx, input.LayerName);
    const layer = findLayer(ctx, region, account, name);
    const v = layer?.versions[String(input.VersionNumber)];
    if (!layer || !v || v.deleted) throw notFoundVersion(`arn:aws:lambda:${region}:${account}:layer:${name}:${String(input.VersionNumber)}`);
    return versionShape(layer, v);
  },

  GetLayerVersionByArn(ctx: ServiceContext, input: Record<string, unknown>) {
    const arn = String(input.Arn ?? '');
    if (!/^arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+$/.test(arn)) {
      throw validationError([{ value: input.Arn, member: 'arn', constraint: 'Member must satisfy regular expression pattern: arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+' }]);
    }
    const found = findLayerVersion(ctx, arn);
    if (!found) throw notFoundVersion(arn);
    return versionShape(found.layer, found.version);
  },

  ListLayerVersions(ctx: ServiceContext, input: Record<string, unknown>) {
    const { name, region, account } = layerName(ctx, input.LayerName);
    const layer = findLayer(ctx, region, account, name);
    const all = layer ? Object.values(layer.versions).filter((v) => !v.deleted && matches(v, input)).sort((a, b) => b.version - a.version) : [];
    const start = typeof input.Marker === 'string' ? Number(input.Marker) || 0 : 0;
    const max = Math.min(Number(input.MaxItems ?? 50), 50);
    const page = all.slice(start, start + max);
    return {
      LayerVersions: page.map((v) => versionShape(layer!, v, false)),
      ...(start + page.length < all.length ? { NextMarker: String(start + page.length) } : {}),
    };
  },

  ListLayers(ctx: ServiceContext, input: Record<string, unknown>) {
    const all = Object.values(ctx.cloud.state.lambda.layers ?? {})
      .filter((l) => l.account === ctx.identity.account && l.region === ctx.region)
      .map((l) => ({ l, latest: Object.values(l.versions).filter((v) => !v.deleted && matches(v, input)).sort((a, b) => b.version - a.version)[0] }))
      .filter((x) => x.latest)
      .sort((a, b) => (a.l.name < b.l.name ? -1 : 1));
    const start = typeof input.Marker === 'string' ? Number(input.Marker) || 0 : 0;
    const max = Math.min(Number(input.MaxItems ?? 50), 50);
    const page = all.slice(start, start + max);
    return {
      Layers: page.map(({ l, latest }) => ({ LayerName: l.name, LayerArn: layerArn(l), LatestMatchingVersion: versionShape(l, latest!, false) })),
      ...(start + page.length < all.length ? { NextMarker: String(start + page.length) } : {}),
    };
  },

  DeleteLayerVersion(ctx: ServiceContext, input: Record<string, unknown>) {
    const { name, region, account } = layerName(ctx, input.LayerName);
    const v = findLayer(ctx, region, account, name)?.versions[String(input.VersionNumber)];
    // Deleting a version that is not there succeeds, as on AWS; the content stays for functions using it.
    if (v) v.deleted = true;
    return {};
  },
};
