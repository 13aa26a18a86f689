/**
 * The `aws` command from argv to exit status, in the CLI's order (awscli/clidriver.py): global
 * options and the service name, then the operation name, then the operation's own arguments; the
 * parameters are built flag by flag (paramfiles, shorthand, JSON), customizations run
 * (`--generate-cli-skeleton`, `--cli-input-json`), and only then is a client created and the request
 * validated, sent and printed.
 */
import { ArgParser, VersionRequested, type ArgSpec } from './argparse.ts';
import { buildArgumentTable, cliName, overrideRequired, type ArgumentTable } from './arguments.ts';
import { createClient, type Invocation } from './client.ts';
import type { AwsCommandDeps, CommandContext } from './context.ts';
import { RENAME_EDITS } from './customizations/argrename.ts';
import { LAMBDA_ARGUMENT_EDITS } from './customizations/lambda.ts';
import { S3_COMMANDS, S3API_ARGUMENT_EDITS } from './customizations/s3/index.ts';
import { decodePolicyDocuments } from './models/iam.ts';
import { runTail } from './customizations/logs-tail.ts';
import { GeneralError, ParamError, ParamValidationError, UnknownArgumentError } from './errors.ts';
import { compileQuery, formatResponse } from './formatter.ts';
import { GLOBAL_SPECS, readGlobals } from './globals.ts';
import { operationHelp, providerHelp, serviceHelp } from './help.ts';
import { SERVICES } from './models/index.ts';
import type { OperationModel, PaginatorModel, ServiceModel } from './models/shapes.ts';
import { xformName } from './names.ts';
import { isPageSet } from './paginate.ts';
import { loadParamfile, osErrorText, ResourceLoadingError } from './paramfile.ts';
import { applyCliInputJson, inputSkeleton, onlyOneCliInput } from './skeleton.ts';

/** Commands a service offers beyond its API operations. */
const CUSTOM_COMMANDS: Record<string, Record<string, (invocation: Invocation, args: readonly string[]) => Promise<number>>> = {
  logs: { tail: runTail },
  s3: S3_COMMANDS,
};

const ARGUMENT_EDITS: Record<string, Record<string, Array<(table: ArgumentTable) => void>>> = {
  lambda: LAMBDA_ARGUMENT_EDITS,
  s3api: S3API_ARGUMENT_EDITS,
};

/** The `building-argument-table.<service>.<command>` handlers of one command, in registration order. */
function argumentEdits(service: string, command: string): Array<(table: ArgumentTable) => void> {
  return [...(ARGUMENT_EDITS[service]?.[command] ?? []), ...(RENAME_EDITS[service]?.[command] ?? [])];
}

function modeledOperations(service: ServiceModel): Map<string, OperationModel> {
  return new Map(Object.values(service.operations).map((op) => [xformName(op.name), op]));
}

function availableCommands(service: ServiceModel): string[] {
  const modeled = modeledOperations(service);
  const custom = CUSTOM_COMMANDS[service.cliName] ?? {};
  return service.commands.filter((name) => modeled.has(name) || name in custom);
}

function validateEndpointUrl(value: string | null): void {
  if (value !== null && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) {
    throw new GeneralError(
      `Bad value for --endpoint-url "${value}": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/`,
    );
  }
}

export async function runAws(ctx: CommandContext, deps: AwsCommandDeps): Promise<number> {
  const args = ctx.argv.slice(1);
  const services = Object.values(SERVICES);
  const commandSpec: ArgSpec = { dest: 'command', optionStrings: [], choices: [...services.map((s) => s.cliName), 'help'] };
  let parsed;
  try {
    parsed = new ArgParser([...GLOBAL_SPECS, commandSpec]).parseKnownArgs(args);
  } catch (error) {
    if (error instanceof VersionRequested) {
      ctx.stdout(`${error.text}\n`);
      return 0;
    }
    throw error;
  }
  const globals = readGlobals(parsed.values);
  const command = parsed.values.command as string;
  if (command === 'help') {
    ctx.stdout(providerHelp(services));
    return 0;
  }
  // globalargs.resolve_types: the query is compiled before the command runs.
  const query = globals.query !== null ? compileQuery(globals.query) : undefined;
  validateEndpointUrl(globals.endpointUrl);
  const invocation: Invocation = { ctx, deps, globals };
  return runService(invocation, SERVICES[command], parsed.extras, query);
}

async function runService(
  invocation: Invocation,
  service: ServiceModel,
  args: readonly string[],
  query: ReturnType<typeof compileQuery> | undefined,
): Promise<number> {
  const { ctx } = invocation;
  const spec: ArgSpec = { dest: 'operation', optionStrings: [], choices: [...service.commands, 'help'] };
  const { values, extras } = new ArgParser([spec]).parseKnownArgs(args);
  const name = values.operation as string;
  if (name === 'help') {
    ctx.stdout(serviceHelp(service, availableCommands(service)));
    return 0;
  }
  const custom = CUSTOM_COMMANDS[service.cliName]?.[name];
  if (custom) return custom(invocation, extras);
  const op = modeledOperations(service).get(name);
  if (!op) {
    throw new GeneralError(
      `'aws ${service.cliName} ${name}' is a real AWS CLI command, but this sandbox does not offer it yet. ` +
        `Available: ${availableCommands(service).join(', ')}.`,
    );
  }
  return runOperation(invocation, service, name, op, extras, query);
}

async function runOperation(
  invocation: Invocation,
  service: ServiceModel,
  name: string,
  op: OperationModel,
  args: readonly string[],
  query: ReturnType<typeof compileQuery> | undefined,
): Promise<number> {
  const { ctx, globals } = invocation;
  const table = buildArgumentTable(op, argumentEdits(service.cliName, name));
  if (args.length === 1 && args[0] === 'help') {
    ctx.stdout(operationHelp(name, op.doc, table.args));
    return 0;
  }
  overrideRequired(table, args);
  const specs = [...table.args.map((arg) => arg.spec()), { dest: 'help', optionStrings: [], nargs: '?' } as ArgSpec];
  const { values, extras } = new ArgParser(specs).parseKnownArgs(args);
  if (values.help === 'help') {
    ctx.stdout(operationHelp(name, op.doc, table.args));
    return 0;
  }
  if (values.help !== null && values.help !== undefined) extras.push(String(values.help));
  if (extras.length > 0) throw new UnknownArgumentError(`Unknown options: ${extras.join(', ')}`);

  let paginate = decidePagination(table, values, globals.paginate && op.paginator !== undefined);

  // _build_call_parameters: each argument in table order, its paramfile loaded, then unpacked.
  const params: Record<string, unknown> = {};
  for (const arg of table.args) {
    if (!arg.addsParams || !(arg.dest in values)) continue;
    let value = values[arg.dest];
    try {
      const loaded = await loadParamfile(ctx, value);
      if (loaded !== undefined) value = loaded;
    } catch (error) {
      if (error instanceof ResourceLoadingError) throw new ParamError(cliName(arg), error.message);
      throw error;
    }
    await arg.addToParams(params, value, ctx);
  }

  // The calling-command customizations.
  onlyOneCliInput(values);
  const skeleton = values.generate_cli_skeleton as string | null;
  if (skeleton) {
    if (skeleton !== 'input') {
      throw new GeneralError(`--generate-cli-skeleton ${skeleton} is not supported in this sandbox; use --generate-cli-skeleton input.`);
    }
    ctx.stdout(inputSkeleton(op.input));
    return 0;
  }
  if (typeof values.cli_input_json === 'string') await applyCliInputJson(ctx, values.cli_input_json, params);
  if (values.cli_input_yaml !== null && values.cli_input_yaml !== undefined) {
    throw new GeneralError('--cli-input-yaml is not supported in this sandbox; use --cli-input-json.');
  }

  // check_should_enable_pagination_call_parameters: a token or limit supplied through
  // --cli-input-json means manual paging too (any PaginationConfig then fails validation, as it does).
  if (paginate && table.paging?.inputTokens.some((token) => token in params)) paginate = false;

  const client = await createClient(invocation, service);
  const pagination = (params.PaginationConfig as Record<string, number | string> | undefined) ?? {};
  if (paginate) delete params.PaginationConfig;
  const raw = paginate
    ? await client.paginate(op as OperationModel & { paginator: PaginatorModel }, params, pagination)
    : inModelOrder(await client.call(op, params), op.outputOrder);
  // botocore's json_decode_policies: IAM answers policy documents URL-encoded; the CLI prints them as JSON.
  const response = service.cliName === 'iam' ? decodePolicyDocuments(op.name, raw as Record<string, unknown>) : raw;

  if (op.streamingOutput && !isPageSet(response)) {
    await saveStreamingOutput(ctx, response, op.streamingOutput, String(values.outfile));
  }
  ctx.stdout(formatResponse(op.name, response, {
    format: client.outputFormat(),
    query,
    terminalWidth: ctx.terminal?.columns,
  }));
  return 0;
}

/**
 * paginate.check_should_enable_pagination: giving the operation's own token (`--marker`) turns
 * pagination off; with pagination off the paging flags are refused, and a flag they shadowed
 * (ListFunctions' own `--max-items`) is put back.
 */
function decidePagination(table: ArgumentTable, values: Record<string, unknown>, enabled: boolean): boolean {
  const paging = table.paging;
  if (!paging) return false;
  let paginate = enabled;
  for (const dest of paging.inputTokenDests) {
    if (values[dest] !== null && values[dest] !== undefined && !['start_token', 'max_items'].includes(dest)) paginate = false;
  }
  if (!paginate) {
    const shadowed = new Set([...paging.shadowed.keys()].map((k) => k.replace(/-/g, '_')));
    const used = ['starting_token', 'page_size', 'max_items'].filter((p) => !shadowed.has(p) && values[p] !== null && values[p] !== undefined);
    if (used.length > 0) {
      throw new ParamValidationError(`Cannot specify --no-paginate along with pagination arguments: ${used.map((p) => '--' + p.replace(/_/g, '-')).join(', ')}`);
    }
    for (const [key, arg] of paging.shadowed) {
      const index = table.args.findIndex((a) => a.name === key);
      if (index >= 0) table.args[index] = arg;
    }
  }
  return paginate;
}

/** The response with the members the model orders first, in that order, then any others. */
function inModelOrder(response: Record<string, unknown>, order: readonly string[] | undefined): Record<string, unknown> {
  if (!order) return response;
  const out: Record<string, unknown> = {};
  for (const key of order) if (key in response) out[key] = response[key];
  for (const [key, value] of Object.entries(response)) if (!(key in out)) out[key] = value;
  return out;
}

/** StreamingOutputArgument.save_file: the payload goes to the outfile and leaves the printed response. */
async function saveStreamingOutput(ctx: CommandContext, response: Record<string, unknown>, key: string, outfile: string): Promise<void> {
  if (!(key in response)) return;
  const body = response[key];
  const bytes = body instanceof Uint8Array ? body : new TextEncoder().encode(body === undefined || body === null ? '' : String(body));
  try {
    await ctx.fs.writeFile(ctx.resolve(outfile), bytes);
  } catch (error) {
    throw new GeneralError(osErrorText(error, outfile));
  }
  delete response[key];
}
