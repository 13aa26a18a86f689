/**
 * Lambda functions: finding them (by name, ARN, version or alias), their configuration as the API
 * shows it, and the actions CreateFunction, GetFunction, GetFunctionConfiguration, ListFunctions and
 * DeleteFunction. Shapes follow the Lambda API (botocore lambda 2015-03-31); key order follows what the
 * AWS CLI prints.
 */
import { unzipSync } from 'fflate';
import { AwsError, conflict, notFound, validationError } from '../errors.ts';
import { fromBase64, lambdaTimestamp, sha256Base64, toBase64 } from '../bytes.ts';
import { findRoleByArn, trustAllows } from '../iam/identity.ts';
import { allowed } from '../authorize.ts';
import type { ServiceContext } from '../service.ts';
import { functionArn, mergeQualifier, parseFunctionName } from './function-name.ts';
import { resolveLayers } from './layer-refs.ts';
import { publish } from './versions.ts';
import { assertDeadLetterAllowed } from './role-permissions.ts';
import { assertRunnableRuntime, runtimeVersionArn } from './runtimes.ts';
import { functionKey, type AliasRecord, type FunctionCode, type FunctionConfig, type FunctionRecord } from './state.ts';
import { validateConfig, validateDeadLetter } from './validate.ts';

export * from './state.ts';

export const MAX_ZIPPED_BYTES = 52_428_800;
export const MAX_UNZIPPED_BYTES = 262_144_000;

export const arnOf = (fn: FunctionRecord, qualifier?: string) => functionArn(fn.region, fn.account, fn.name, qualifier);

/** One version of a function as the data plane and the API see it: $LATEST or a published number. */
export interface VersionView {
  fn: FunctionRecord;
  version: string;
  config: FunctionConfig;
  code: FunctionCode;
  lastModified: number;
  revisionId: string;
  description: string;
}

export function viewOf(fn: FunctionRecord, version = '$LATEST'): VersionView | undefined {
  if (version === '$LATEST') {
    return { fn, version, config: fn.config, code: fn.code, lastModified: fn.lastModified, revisionId: fn.revisionId, description: fn.config.Description };
  }
  const v = fn.versions?.[version];
  return v && { fn, version, config: v.config, code: v.code, lastModified: v.lastModified, revisionId: v.revisionId, description: v.description };
}

export function findFunction(ctx: ServiceContext, region: string, account: string, name: string): FunctionRecord | undefined {
  return ctx.cloud.state.lambda.functions[functionKey(region, account, name)];
}

export interface Resolved {
  fn: FunctionRecord;
  /** The qualifier the caller gave (version, alias or $LATEST), if any. */
  qualifier?: string;
  alias?: AliasRecord;
  /** The version addressed: for an alias, its primary version. */
  view: VersionView;
}

/**
 * Finds what FunctionName (+ Qualifier) addresses. A missing function, version or alias is
 * `Function not found: <the ARN as asked>`, as Lambda words it.
 */
export function resolveFunction(ctx: ServiceContext, input: Record<string, unknown>, maxLength = 170): Resolved {
  const ref = parseFunctionName(input.FunctionName, { allowQualifier: true, maxLength });
  const qualifier = mergeQualifier(ref, input.Qualifier);
  const account = ref.account ?? ctx.identity.account;
  const region = ref.region ?? ctx.region;
  const fn = findFunction(ctx, region, account, ref.name);
  const missing = () => notFound(`Function not found: ${functionArn(region, account, ref.name, qualifier)}`);
  if (!fn) throw missing();
  if (qualifier === undefined || qualifier === '$LATEST') return { fn, qualifier, view: viewOf(fn)! };
  if (/^\d+$/.test(qualifier)) {
    const view = viewOf(fn, qualifier);
    if (!view) throw missing();
    return { fn, qualifier, view };
  }
  const alias = fn.aliases?.[qualifier];
  if (!alias) throw missing();
  return { fn, qualifier, alias, view: viewOf(fn, alias.functionVersion)! };
}

/** Unzips a deployment package or gives Lambda's own complaint. */
export function unzipPackage(zip: Uint8Array): Record<string, Uint8Array> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch {
    throw new AwsError('InvalidParameterValueException', 'Could not unzip uploaded file. Please check your file, then try to upload again.');
  }
  const unzipped = Object.values(files).reduce((n, f) => n + f.length, 0);
  if (unzipped > MAX_UNZIPPED_BYTES) {
    throw new AwsError('InvalidParameterValueException', `Unzipped size must be smaller than ${MAX_UNZIPPED_BYTES} bytes`);
  }
  return files;
}

export const unzippedSize = (code: FunctionCode) => Object.values(unzipPackage(fromBase64(code.zipBase64))).reduce((n, f) => n + f.length, 0);

/** A package from `Code` (CreateFunction) or the members of UpdateFunctionCode / PublishLayerVersion's Content. */
export async function packageFrom(code: { ZipFile?: unknown; S3Bucket?: unknown; ImageUri?: unknown } | undefined): Promise<FunctionCode> {
  const c = code ?? {};
  if (c.S3Bucket !== undefined) {
    throw new AwsError('InvalidParameterValueException', 'Deploying from Amazon S3 needs the S3 service, which this sandbox does not have yet. Upload the .zip with --zip-file fileb://function.zip.');
  }
  if (c.ImageUri !== undefined) {
    throw new AwsError('InvalidParameterValueException', 'Container images are not supported in this sandbox. Use a .zip deployment package.');
  }
  if (!(c.ZipFile instanceof Uint8Array)) {
    throw new AwsError('InvalidParameterValueException', 'Please provide a source for function code.');
  }
  if (c.ZipFile.length > MAX_ZIPPED_BYTES) {
    throw new AwsError('RequestEntityTooLargeException', `Zipped size must be smaller than ${MAX_ZIPPED_BYTES} bytes`, 413);
  }
  unzipPackage(c.ZipFile);
  return { zipBase64: toBase64(c.ZipFile), sha256: await sha256Base64(c.ZipFile), size: c.ZipFile.length };
}

/** The caller must be allowed to pass the role (iam:PassRole), and Lambda must be trusted to assume it. */
export function assertRoleUsable(ctx: ServiceContext, roleArn: string): void {
  const pass = allowed(ctx.cloud, ctx.identity, 'iam:PassRole', roleArn, { 'iam:PassedToService': 'lambda.amazonaws.com' });
  if (!pass.ok) throw new AwsError('AccessDeniedException', pass.message, 403);
  const role = findRoleByArn(ctx.cloud, roleArn);
  if (!role || !trustAllows(role, 'lambda.amazonaws.com', {}, ctx.cloud.clock.now())) {
    throw new AwsError('InvalidParameterValueException', 'The role defined for the function cannot be assumed by Lambda.');
  }
}

/** The package plus its layers must fit in 250 MB unzipped. */
export function assertTotalSize(code: FunctionCode, layers: FunctionConfig['Layers'], layerSizes: number[]): void {
  const total = unzippedSize(code) + layerSizes.reduce((a, b) => a + b, 0);
  if (layers?.length && total > MAX_UNZIPPED_BYTES) {
    throw new AwsError('InvalidParameterValueException', `Function code combined with layers exceeds the maximum allowed size of ${MAX_UNZIPPED_BYTES} bytes. The actual size is ${total} bytes.`);
  }
}

export interface ConfigurationOptions {
  /** The qualifier to show in FunctionArn (a version or alias the caller asked for). */
  arnQualifier?: string;
  /** CreateFunction's own answer: the function is still Pending. */
  creating?: boolean;
  /** UpdateFunctionCode/Configuration's own answer: the update is InProgress. */
  updating?: boolean;
}

/** The FunctionConfiguration shape. */
export function configurationOf(view: VersionView, options: ConfigurationOptions = {}): Record<string, unknown> {
  const { fn, config } = view;
  return {
    FunctionName: fn.name,
    FunctionArn: arnOf(fn, options.arnQualifier),
    Runtime: config.Runtime,
    Role: config.Role,
    Handler: config.Handler,
    CodeSize: view.code.size,
    Description: view.description,
    Timeout: config.Timeout,
    MemorySize: config.MemorySize,
    LastModified: lambdaTimestamp(view.lastModified),
    CodeSha256: view.code.sha256,
    Version: view.version,
    ...(config.Environment ? { Environment: config.Environment } : {}),
    ...(config.DeadLetterConfig?.TargetArn ? { DeadLetterConfig: config.DeadLetterConfig } : {}),
    TracingConfig: { Mode: 'PassThrough' },
    RevisionId: view.revisionId,
    ...(config.Layers?.length ? { Layers: config.Layers } : {}),
    State: options.creating ? 'Pending' : 'Active',
    ...(options.creating ? { StateReason: 'The function is being created.', StateReasonCode: 'Creating' } : {}),
    ...(options.updating
      ? { LastUpdateStatus: 'InProgress', LastUpdateStatusReason: 'The function is being created.', LastUpdateStatusReasonCode: 'Creating' }
      : options.creating
        ? {}
        : { LastUpdateStatus: 'Successful' }),
    PackageType: 'Zip',
    Architectures: config.Architectures,
    EphemeralStorage: config.EphemeralStorage,
    SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
    RuntimeVersionConfig: { RuntimeVersionArn: runtimeVersionArn(fn.region, config.Runtime) },
    LoggingConfig: { LogFormat: 'Text', LogGroup: `/aws/lambda/${fn.name}` },
  };
}

/** Checks RevisionId when the caller gave one (optimistic locking): 412 on a mismatch, in Lambda's words. */
export function assertRevision(given: unknown, current: string): void {
  if (given !== undefined && given !== current) {
    throw new AwsError('PreconditionFailedException',
      'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id', 412);
  }
}

export const functionActions = {
  async CreateFunction(ctx: ServiceContext, input: Record<string, unknown>) {
    const ref = parseFunctionName(input.FunctionName, { allowQualifier: false, maxLength: 140 });
    if (input.PackageType !== undefined && input.PackageType !== 'Zip') {
      throw new AwsError('InvalidParameterValueException', 'Container images are not supported in this sandbox. Use PackageType Zip.');
    }
    validateConfig(input, { roleRequired: true, handlerRequired: true });
    assertRunnableRuntime(input.Runtime);
    const architectures = (input.Architectures as string[] | undefined) ?? ['x86_64'];
    if (architectures.length !== 1 || !['x86_64', 'arm64'].includes(architectures[0]!)) {
      throw validationError([{ value: `[${architectures.join(', ')}]`, member: 'architectures', constraint: 'Member must have length less than or equal to 1' }]);
    }
    const region = ref.region ?? ctx.region;
    const account = ref.account ?? ctx.identity.account;
    const state = ctx.cloud.state.lambda;
    if (findFunction(ctx, region, account, ref.name)) throw conflict(`Function already exist: ${ref.name}`);
    assertRoleUsable(ctx, String(input.Role));
    const deadLetter = validateDeadLetter(input.DeadLetterConfig);
    const layers = resolveLayers(ctx, input.Layers);
    const code = await packageFrom(input.Code as Record<string, unknown> | undefined);
    assertTotalSize(code, layers.refs, layers.unzippedSizes);
    const now = ctx.cloud.clock.now();
    const env = input.Environment as { Variables?: Record<string, string> } | undefined;
    const fn: FunctionRecord = {
      name: ref.name,
      account,
      region,
      config: {
        Runtime: String(input.Runtime),
        Role: String(input.Role),
        Handler: String(input.Handler),
        Description: input.Description === undefined ? '' : String(input.Description),
        Timeout: (input.Timeout as number | undefined) ?? 3,
        MemorySize: (input.MemorySize as number | undefined) ?? 128,
        ...(env ? { Environment: { Variables: { ...(env.Variables ?? {}) } } } : {}),
        Architectures: architectures,
        EphemeralStorage: { Size: ((input.EphemeralStorage as { Size?: number } | undefined)?.Size) ?? 512 },
        ...(layers.refs.length ? { Layers: layers.refs } : {}),
        ...(deadLetter ? { DeadLetterConfig: deadLetter } : {}),
      },
      code,
      lastModified: now,
      revisionId: ctx.cloud.ids.uuid(),
      createdAt: now,
      versions: {},
      lastVersion: 0,
      aliases: {},
    };
    assertDeadLetterAllowed(ctx, fn, fn.config);
    state.functions[functionKey(region, account, ref.name)] = fn;
    ctx.cloud.trace({ type: 'function.created', functionArn: arnOf(fn) });
    // `--publish` creates version 1 at once.
    if (input.Publish === true) {
      return configurationOf(publish(ctx, fn, ''), { arnQualifier: fn.lastVersion ? String(fn.lastVersion) : undefined, creating: true });
    }
    return configurationOf(viewOf(fn)!, { creating: true });
  },

  GetFunction(ctx: ServiceContext, input: Record<string, unknown>) {
    const { fn, qualifier, view } = resolveFunction(ctx, input);
    return {
      Configuration: configurationOf(view, { arnQualifier: qualifier }),
      Code: {
        RepositoryType: 'S3',
        // Shaped like the presigned URL AWS returns.
        Location: `https://awslambda-${fn.region}-tasks.s3.${fn.region}.amazonaws.com/snapshots/${fn.account}/${fn.name}-${view.revisionId}?versionId=${view.code.sha256.slice(0, 32).replace(/[^A-Za-z0-9]/g, '')}`,
      },
      ...(fn.reservedConcurrency !== undefined ? { Concurrency: { ReservedConcurrentExecutions: fn.reservedConcurrency } } : {}),
    };
  },

  GetFunctionConfiguration(ctx: ServiceContext, input: Record<string, unknown>) {
    const { qualifier, view } = resolveFunction(ctx, input);
    return configurationOf(view, { arnQualifier: qualifier });
  },

  ListFunctions(ctx: ServiceContext, input: Record<string, unknown>) {
    const max = input.MaxItems === undefined ? 50 : Number(input.MaxItems);
    if (!Number.isInteger(max) || max < 1 || max > 10000) {
      throw validationError([{ value: input.MaxItems, member: 'maxItems', constraint: max < 1 ? 'Member must have value greater than or equal to 1' : 'Member must have value less than or equal to 10000' }]);
    }
    if (input.FunctionVersion !== undefined && input.FunctionVersion !== 'ALL') {
      throw validationError([{ value: input.FunctionVersion, member: 'functionVersion', constraint: 'Member must satisfy enum value set: [ALL]' }]);
    }
    const all = Object.values(ctx.cloud.state.lambda.functions)
      .filter((f) => f.account === ctx.identity.account && f.region === ctx.region)
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    // FunctionVersion=ALL lists every published version too, each with its qualified ARN.
    const views = input.FunctionVersion === 'ALL'
      ? all.flatMap((f) => [viewOf(f)!, ...Object.keys(f.versions ?? {}).map((v) => viewOf(f, v)!)])
      : all.map((f) => viewOf(f)!);
    const start = typeof input.Marker === 'string' ? Math.max(0, Number(input.Marker) || 0) : 0;
    const page = views.slice(start, start + Math.min(max, 50));
    const next = start + page.length < views.length ? String(start + page.length) : undefined;
    return {
      Functions: page.map((v) => configurationOf(v, { arnQualifier: input.FunctionVersion === 'ALL' ? v.version : undefined })),
      ...(next ? { NextMarker: next } : {}),
    };
  },

  DeleteFunction(ctx: ServiceContext, input: Record<string, unknown>) {
    const { fn, qualifier } = resolveFunction(ctx, input, 140);
    if (qualifier === '$LATEST') {
      throw new AwsError('InvalidParameterValueException', '$LATEST version cannot be deleted without deleting the function.');
    }
    if (qualifier !== undefined && !/^\d+$/.test(qualifier)) {
      throw new AwsError('InvalidParameterValueException', 'Deletion of aliases is not currently supported.');
    }
    if (qualifier !== undefined) {
      const users = Object.values(fn.aliases ?? {}).filter((a) => a.functionVersion === qualifier || a.weights?.[qualifier] !== undefined);
      if (users.length) {
        throw conflict(`Unable to delete version because the following aliases reference it: [${users.map((a) => a.name).join(', ')}]`);
      }
      delete fn.versions![qualifier];
      ctx.cloud.retireEnvironments(`${arnOf(fn)}:${qualifier}:`);
      ctx.cloud.trace({ type: 'version.deleted', functionArn: arnOf(fn, qualifier) });
      return {};
    }
    delete ctx.cloud.state.lambda.functions[functionKey(fn.region, fn.account, fn.name)];
    ctx.cloud.retireEnvironments(`${arnOf(fn)}:`);
    ctx.cloud.trace({ type: 'function.deleted', functionArn: arnOf(fn) });
    return {};
  },
};

export const decodeCode = (code: FunctionCode) => fromBase64(code.zipBase64);
