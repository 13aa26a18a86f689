/**
 * What every command shares once its arguments are parsed: the resolved profile (region, access key,
 * binary format, output format) and a way to call the service with them. Resolution happens when a
 * client is created — after argument errors, as in botocore — so a typo in a flag is reported before
 * a missing profile.
 */
import type { AwsCommandDeps, CommandContext } from './context.ts';
import type { GlobalArgs } from './globals.ts';
import type { OperationModel, PaginatorModel, ServiceModel } from './models/shapes.ts';
import type { BinaryFormat } from './binary-format.ts';
import { decodeInputBlobs, encodeRemainingBlobs } from './binary-format.ts';
import { callOperation } from './caller.ts';
import { loadSession, profileSetting, requireProfile, resolveAccessKeyId, resolveRegion, type SessionConfig } from './config.ts';
import { GeneralError } from './errors.ts';
import { OUTPUT_FORMATS, type OutputFormat } from './formatter.ts';
import { paginate, type PageSet, type PaginationConfig } from './paginate.ts';
import { validateParameters } from './validate.ts';

export interface Invocation {
  ctx: CommandContext;
  deps: AwsCommandDeps;
  globals: GlobalArgs;
}

export interface Client {
  readonly region: string;
  readonly binaryFormat: BinaryFormat;
  /** Calls one operation: blob conversion, client-side validation, the request, retries. */
  call(op: OperationModel, params: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Calls a paginated operation until done. */
  paginate(op: OperationModel & { paginator: PaginatorModel }, params: Record<string, unknown>, config: PaginationConfig): Promise<PageSet>;
  /** The output format, resolved only when there is something to print (as the CLI does). */
  outputFormat(): OutputFormat;
}

export function binaryFormatOf(invocation: Invocation, session: SessionConfig): BinaryFormat {
  const configured = invocation.globals.cliBinaryFormat ?? profileSetting(session, 'cli_binary_format');
  if (configured === undefined) return 'base64';
  if (configured !== 'base64' && configured !== 'raw-in-base64-out') {
    throw new GeneralError(`Unknown cli_binary_format: ${configured}`);
  }
  return configured;
}

/**
 * botocore's EndpointCreator: the endpoint must have a host (is_valid_endpoint_url, or an IPv6
 * literal). `localhost:4566` has a scheme as urlparse reads it (`localhost`) but no host.
 */
function checkEndpoint(url: string): void {
  const host = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[0-9A-Fa-f:.]+\]|[^:/?#]*)/.exec(url)?.[1];
  const label = /^(?!-)[A-Za-z\d-]{1,63}(?<!-)$/;
  const valid = host !== undefined && (host.startsWith('[') || (host !== '' && host.length <= 255 && host.replace(/\.$/, '').split('.').every((l) => label.test(l))));
  if (!valid) throw new GeneralError(`Invalid endpoint: ${url}`);
}

export async function createClient(invocation: Invocation, service: ServiceModel): Promise<Client> {
  const { ctx, deps, globals } = invocation;
  const session = await loadSession(ctx, globals.profile);
  requireProfile(session);
  const region = resolveRegion(session, globals.region);
  if (globals.endpointUrl !== null) checkEndpoint(globals.endpointUrl);
  const binaryFormat = binaryFormatOf(invocation, session);
  let accessKeyId: string | undefined;
  let credentialsResolved = false;

  /** `sent` adds what the first request carries beyond params (a paginator's --page-size limit). */
  const prepare = (op: OperationModel, params: Record<string, unknown>, sent: Record<string, unknown> = {}) => {
    if (op.input) {
      decodeInputBlobs(params, op.input, binaryFormat);
      validateParameters({ ...params, ...sent }, op.input);
      encodeRemainingBlobs(params, op.input);
    }
    // Credentials are looked up when the first request is signed, after validation.
    if (!credentialsResolved && globals.signRequest) accessKeyId = resolveAccessKeyId(session);
    credentialsResolved = true;
  };

  const target = (op: OperationModel) => ({ service: service.endpointPrefix, action: op.name, region, accessKeyId });

  return {
    region,
    binaryFormat,
    async call(op, params) {
      prepare(op, params);
      return callOperation(deps.call, target(op), params);
    },
    async paginate(op, params, config) {
      // botocore's paginator puts PageSize into each request, which the client then validates.
      const limitKey = op.paginator.limitKey;
      prepare(op, params, limitKey && config.PageSize !== undefined ? { [limitKey]: config.PageSize } : {});
      return paginate(op.paginator, params, config, (page) => callOperation(deps.call, target(op), page));
    },
    outputFormat() {
      const configured = globals.output ?? (ctx.env.AWS_DEFAULT_OUTPUT || undefined) ?? profileSetting(session, 'output') ?? 'json';
      if (!(OUTPUT_FORMATS as readonly string[]).includes(configured)) throw new GeneralError(`Unknown output type: ${configured}`);
      return configured as OutputFormat;
    },
  };
}
