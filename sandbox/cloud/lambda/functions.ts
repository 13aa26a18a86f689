/**
 * Lambda functions: their state and the control-plane actions CreateFunction, GetFunction,
 * GetFunctionConfiguration, ListFunctions and DeleteFunction. Shapes follow the Lambda API
 * (botocore lambda 2015-03-31); key order follows what the AWS CLI prints.
 */
import { unzipSync } from 'fflate';
import { AwsError, conflict, notFound, validationError } from '../errors.ts';
import { fromBase64, lambdaTimestamp, sha256Base64, toBase64 } from '../bytes.ts';
import { lambdaCanAssume } from '../iam/roles.ts';
import type { ServiceContext } from '../service.ts';
import { functionArn, mergeQualifier, parseFunctionName } from './function-name.ts';
import { assertRunnableRuntime, runtimeVersionArn } from './runtimes.ts';
import { validateConfig } from './validate.ts';

export const MAX_ZIPPED_BYTES = 52_428_800;
export const MAX_UNZIPPED_BYTES = 262_144_000;

export interface FunctionCode {
  /** The deployment package, base64 (the snapshot is JSON). */
  zipBase64: string;
  sha256: string;
  size: number;
}

export interface FunctionConfig {
  Runtime: string;
  Role: string;
  Handler: string;
  Description: string;
  Timeout: number;
  MemorySize: number;
  Environment?: { Variables: Record<string, string> };
  Architectures: string[];
  EphemeralStorage: { Size: number };
}

export interface FunctionRecord {
  name: string;
  account: string;
  region: string;
  config: FunctionConfig;
  code: FunctionCode;
  lastModified: number;
  revisionId: string;
  /** AWS answers CreateFunction with Pending; the sandbox is Active by the next request. */
  createdAt: number;
}

export interface LambdaState {
  /** Functions by `region/account/name`. */
  functions: Record<string, FunctionRecord>;
}

export const initialLambdaState = (): LambdaState => ({ functions: {} });

const key = (region: string, account: string, name: string) => `${region}/${account}/${name}`;

export const arnOf = (fn: FunctionRecord, qualifier?: string) => functionArn(fn.region, fn.account, fn.name, qualifier);

/** Finds a function by FunctionName (+ Qualifier); only $LATEST exists until versions arrive. */
export function resolveFunction(ctx: ServiceContext, input: Record<string, unknown>, maxLength = 170) {
  const ref = parseFunctionName(input.FunctionName, { allowQualifier: true, maxLength });
  const qualifier = mergeQualifier(ref, input.Qualifier);
  const account = ref.account ?? ctx.identity.account;
  const region = ref.region ?? ctx.region;
  const fn = ctx.cloud.state.lambda.functions[key(region, account, ref.name)];
  if (!fn || (qualifier !== undefined && qualifier !== '$LATEST')) {
    throw notFound(`Function not found: ${functionArn(region, account, ref.name, qualifier)}`);
  }
  return { fn, qualifier };
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

async function packageFrom(code: unknown): Promise<FunctionCode> {
  const c = (code ?? {}) as { ZipFile?: unknown; S3Bucket?: unknown; ImageUri?: unknown };
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

function assertRoleUsable(ctx: ServiceContext, roleArn: string): void {
  const role = ctx.cloud.state.iam.roles[roleArn];
  if (!role || !lambdaCanAssume(role)) {
    throw new AwsError('InvalidParameterValueException', 'The role defined for the function cannot be assumed by Lambda.');
  }
}

/** The FunctionConfiguration shape. `fresh` is true only in CreateFunction's own answer. */
export function configurationOf(fn: FunctionRecord, fresh = false): Record<string, unknown> {
  return {
    FunctionName: fn.name,
    FunctionArn: arnOf(fn),
    Runtime: fn.config.Runtime,
    Role: fn.config.Role,
    Handler: fn.config.Handler,
    CodeSize: fn.code.size,
    Description: fn.config.Description,
    Timeout: fn.config.Timeout,
    MemorySize: fn.config.MemorySize,
    LastModified: lambdaTimestamp(fn.lastModified),
    CodeSha256: fn.code.sha256,
    Version: '$LATEST',
    ...(fn.config.Environment ? { Environment: fn.config.Environment } : {}),
    TracingConfig: { Mode: 'PassThrough' },
    RevisionId: fn.revisionId,
    State: fresh ? 'Pending' : 'Active',
    ...(fresh ? { StateReason: 'The function is being created.', StateReasonCode: 'Creating' } : { LastUpdateStatus: 'Successful' }),
    PackageType: 'Zip',
    Architectures: fn.config.Architectures,
    EphemeralStorage: fn.config.EphemeralStorage,
    SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
    RuntimeVersionConfig: { RuntimeVersionArn: runtimeVersionArn(fn.region, fn.config.Runtime) },
    LoggingConfig: { LogFormat: 'Text', LogGroup: `/aws/lambda/${fn.name}` },
  };
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
    if (state.functions[key(region, account, ref.name)]) {
      throw conflict(`Function already exist: ${ref.name}`);
    }
    assertRoleUsable(ctx, String(input.Role));
    const code = await packageFrom(input.Code);
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
      },
      code,
      lastModified: now,
      revisionId: ctx.cloud.ids.uuid(),
      createdAt: now,
    };
    state.functions[key(region, account, ref.name)] = fn;
    ctx.cloud.trace({ type: 'function.created', functionArn: arnOf(fn) });
    return configurationOf(fn, true);
  },

  GetFunction(ctx: ServiceContext, input: Record<string, unknown>) {
    const { fn } = resolveFunction(ctx, input);
    return {
      Configuration: configurationOf(fn),
      Code: {
        RepositoryType: 'S3',
        // Shaped like the presigned URL AWS returns; `lab` serves the package itself (a later issue wires the URL).
        Location: `https://awslambda-${fn.region}-tasks.s3.${fn.region}.amazonaws.com/snapshots/${fn.account}/${fn.name}-${fn.revisionId}?versionId=${fn.code.sha256.slice(0, 32).replace(/[^A-Za-z0-9]/g, '')}`,
      },
    };
  },

  GetFunctionConfiguration(ctx: ServiceContext, input: Record<string, unknown>) {
    return configurationOf(resolveFunction(ctx, input).fn);
  },

  ListFunctions(ctx: ServiceContext, input: Record<string, unknown>) {
    const max = input.MaxItems === undefined ? 50 : Number(input.MaxItems);
    if (!Number.isInteger(max) || max < 1 || max > 10000) {
      throw validationError([{ value: input.MaxItems, member: 'maxItems', constraint: max < 1 ? 'Member must have value greater than or equal to 1' : 'Member must have value less than or equal to 10000' }]);
    }
    const all = Object.values(ctx.cloud.state.lambda.functions)
      .filter((f) => f.account === ctx.identity.account && f.region === ctx.region)
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    const start = typeof input.Marker === 'string' ? Math.max(0, all.findIndex((f) => f.name === input.Marker)) : 0;
    const page = all.slice(start, start + Math.min(max, 50));
    const next = all[start + page.length];
    return { Functions: page.map((f) => configurationOf(f)), ...(next ? { NextMarker: next.name } : {}) };
  },

  DeleteFunction(ctx: ServiceContext, input: Record<string, unknown>) {
    const { fn, qualifier } = resolveFunction(ctx, input, 140);
    if (qualifier === '$LATEST') {
      throw new AwsError('InvalidParameterValueException', '$LATEST version cannot be deleted without deleting the function.');
    }
    delete ctx.cloud.state.lambda.functions[key(fn.region, fn.account, fn.name)];
    ctx.cloud.retireEnvironments(arnOf(fn));
    ctx.cloud.trace({ type: 'function.deleted', functionArn: arnOf(fn) });
    return {};
  },
};

export const decodeCode = (fn: FunctionRecord) => fromBase64(fn.code.zipBase64);
