/**
 * The argument table of one operation (awscli/arguments.py + the customizations that edit it): one
 * entry per input member, named with xform_name — booleans as a `--x` / `--no-x` pair, lists taking
 * several words — followed by what the CLI adds to every operation: `--cli-input-json`,
 * `--generate-cli-skeleton`, the pagination flags, and `outfile` for operations that stream a blob.
 * Service-specific edits (Lambda's `--zip-file`) come from ./customizations.
 */
import type { ArgSpec } from './argparse.ts';
import type { CommandContext } from './context.ts';
import type { Member, OperationModel, Shape } from './models/shapes.ts';
import { xformName } from './names.ts';
import { unpackArgument, type RawValue } from './argprocess.ts';

export interface CliArgument {
  /** Name without dashes: `function-name`, `no-publish`, `outfile`. */
  readonly name: string;
  /** Key of the parsed value. */
  readonly dest: string;
  readonly positional: boolean;
  required: boolean;
  /** Shown by help (undocumented ones still parse: `--marker`, `--no-x` twins). */
  readonly documented: boolean;
  /** Type shown in help: string, integer, boolean, structure, list, map, blob … */
  readonly typeName: string;
  readonly doc: string;
  readonly shape?: Shape;
  /** False for entries that only feed another's value (`--no-publish`). */
  readonly addsParams: boolean;
  /** The model member behind the argument, for customizations that rebuild it under another name. */
  readonly memberName?: string;
  readonly member?: Member;
  spec(): ArgSpec;
  addToParams(params: Record<string, unknown>, value: unknown, ctx: CommandContext): Promise<void> | void;
}

export function cliName(arg: CliArgument): string {
  return arg.positional ? arg.name : `--${arg.name}`;
}

function destOf(name: string): string {
  return name.replace(/-/g, '_');
}

/** argparse `type=` the CLI gives a member of this type (CLIArgument.TYPE_MAP). */
function parserType(shape: Shape): ArgSpec['type'] {
  if (shape.type === 'long') return 'int';
  if (shape.type === 'float' || shape.type === 'double') return 'float';
  return undefined;
}

/** One model member as CLI arguments (two for a boolean); `cliName` overrides xform_name (renames). */
export function memberArguments(memberName: string, member: Member, required: boolean, cliName?: string): CliArgument[] {
  const name = cliName ?? xformName(memberName);
  const dest = destOf(name);
  const shape = member.shape;
  if (shape.type === 'boolean') {
    const positive: CliArgument = {
      name, dest, positional: false, required, documented: !member.deprecated, typeName: 'boolean',
      doc: member.doc, shape, addsParams: true, memberName, member,
      spec: () => ({ dest, optionStrings: [`--${name}`], action: 'store_true', default: null, required: positive.required }),
      addToParams(params, value) {
        if (value !== null && value !== undefined) params[memberName] = value;
      },
    };
    const negative: CliArgument = {
      name: `no-${name}`, dest, positional: false, required: false, documented: false, typeName: 'boolean',
      doc: member.doc, shape, addsParams: false,
      spec: () => ({ dest, optionStrings: [`--no-${name}`], action: 'store_false', default: null, required: negative.required }),
      addToParams() {},
    };
    return [positive, negative];
  }
  const arg: CliArgument = {
    name, dest, positional: false, required, documented: !member.deprecated, typeName: shape.type, doc: member.doc,
    shape, addsParams: true, memberName, member,
    spec: () => ({
      dest, optionStrings: [`--${name}`], nargs: shape.type === 'list' ? '*' : undefined, type: parserType(shape),
      required: arg.required,
    }),
    addToParams(params, value) {
      if (value === null || value === undefined) return;
      params[memberName] = unpackArgument(shape, value as RawValue, `--${name}`);
    },
  };
  return [arg];
}

/** An argument the CLI itself defines (a CustomArgument): parsed, then used by the driver. */
export function customArgument(options: {
  name: string;
  doc: string;
  typeName?: string;
  positional?: boolean;
  required?: boolean;
  documented?: boolean;
  spec?: Partial<ArgSpec>;
  addToParams?: CliArgument['addToParams'];
}): CliArgument {
  const dest = destOf(options.name);
  const arg: CliArgument = {
    name: options.name, dest, positional: options.positional ?? false, required: options.required ?? false,
    documented: options.documented ?? true, typeName: options.typeName ?? 'string', doc: options.doc,
    addsParams: true,
    spec: () => ({
      dest,
      optionStrings: arg.positional ? [] : [`--${options.name}`],
      metavar: arg.positional ? dest : undefined,
      required: arg.positional ? undefined : arg.required,
      ...options.spec,
    }),
    addToParams: options.addToParams ?? (() => {}),
  };
  return arg;
}

export interface PagingInfo {
  /** Dests of the operation's own token and limit flags (`--marker`, `--max-results`): using one turns pagination off. */
  inputTokenDests: string[];
  /** The same members by API name: found in `--cli-input-json`, they turn pagination off too. */
  inputTokens: string[];
  /** Arguments the paging flags replaced (`--max-items` of ListFunctions), restored with --no-paginate. */
  shadowed: Map<string, CliArgument>;
}

export interface ArgumentTable {
  args: CliArgument[];
  paging?: PagingInfo;
}

export function findArgument(table: ArgumentTable, name: string): CliArgument | undefined {
  return table.args.find((arg) => arg.name === name);
}

/** Replaces (in place) or appends an argument, as assigning into the CLI's ordered dict does. */
export function setArgument(table: ArgumentTable, arg: CliArgument): void {
  const index = table.args.findIndex((existing) => existing.name === arg.name);
  if (index >= 0) table.args[index] = arg;
  else table.args.push(arg);
}

/**
 * customizations/utils.rename_argument: the argument answers to a new name and, as the CLI re-inserts
 * it into its ordered dict, moves to the end of the table built so far.
 */
export function renameArgument(table: ArgumentTable, oldName: string, newName: string): void {
  const current = findArgument(table, oldName);
  if (!current?.memberName || !current.member) return;
  const [renamed] = memberArguments(current.memberName, current.member, current.required, newName);
  table.args = table.args.filter((arg) => arg !== current);
  table.args.push(renamed);
}

/** awscli/customizations/paginate.py STARTING_TOKEN_HELP, PAGE_SIZE_HELP, MAX_ITEMS_HELP. */
const PAGE_DOCS: Record<string, string> = {
  'starting-token': 'A token to specify where to start paginating. This is the NextToken from a previously truncated response.',
  'page-size': 'The size of each page to get in the AWS service call. This does not affect the number of items returned in the command\'s output. Setting a smaller page size results in more calls to the AWS service, retrieving fewer items in each call. This can help prevent the AWS service calls from timing out.',
  'max-items': 'The total number of items to return in the command\'s output. If the total number of items available is more than the value specified, a NextToken is provided in the command\'s output. To resume pagination, provide the NextToken value in the starting-token argument of a subsequent command. Do not use the NextToken response element directly outside of the AWS CLI.',
};

function pageArgument(name: string, serialized: string, parseType: string): CliArgument {
  const dest = destOf(name);
  return {
    name, dest, positional: false, required: false, documented: true, typeName: parseType, doc: PAGE_DOCS[name],
    addsParams: true,
    spec: () => ({ dest, optionStrings: [`--${name}`], type: parseType === 'string' ? undefined : 'int' }),
    addToParams(params, value, ctx) {
      if (value === null || value === undefined) return;
      if (serialized === 'MaxItems' && Number(value) <= 0) {
        ctx.stderr('warning: Non-positive values for --max-items may result in undefined behavior.\n');
      }
      const config = (params.PaginationConfig as Record<string, unknown> | undefined) ?? {};
      config[serialized] = value;
      params.PaginationConfig = config;
    },
  };
}

/**
 * awscli/customizations/paginate.py unify_paging_params: the operation's own token and limit flags
 * stay but leave the help; `--starting-token`, `--page-size` (only with a limit key) and
 * `--max-items` are added.
 */
function addPagingArguments(table: ArgumentTable, op: OperationModel): void {
  const paginator = op.paginator;
  if (!paginator || !op.input) return;
  const inputTokens = [...paginator.inputToken, ...(paginator.limitKey ? [paginator.limitKey] : [])];
  const inputTokenDests: string[] = [];
  for (const token of inputTokens) {
    const name = xformName(token);
    const index = table.args.findIndex((arg) => arg.name === name);
    if (index >= 0) table.args[index] = { ...table.args[index], documented: false };
    inputTokenDests.push(destOf(name));
  }
  const limitShape = paginator.limitKey ? op.input.members[paginator.limitKey]?.shape : undefined;
  const limitType = limitShape?.type === 'string' || limitShape?.type === 'long' ? limitShape.type : 'integer';
  const shadowed = new Map<string, CliArgument>();
  const paging: Array<readonly [string, string, string]> = [['starting-token', 'StartingToken', 'string']];
  if (paginator.limitKey) paging.push(['page-size', 'PageSize', limitType]);
  paging.push(['max-items', 'MaxItems', limitType]);
  for (const [name, serialized, type] of paging) {
    const existing = findArgument(table, name);
    if (existing) {
      shadowed.set(name, existing);
      table.args = table.args.filter((arg) => arg !== existing);
    }
    table.args.push(pageArgument(name, serialized, type));
  }
  table.paging = { inputTokenDests, inputTokens, shadowed };
}

/** What the CLI adds to every operation (and to streaming ones), around the model's members. */
export function buildArgumentTable(op: OperationModel, edits: Array<(table: ArgumentTable) => void>): ArgumentTable {
  const table: ArgumentTable = { args: [] };
  const input = op.input;
  if (input) {
    const required = new Set(input.required ?? []);
    for (const [memberName, m] of Object.entries(input.members)) {
      table.args.push(...memberArguments(memberName, m, required.has(memberName)));
    }
  }
  for (const edit of edits) edit(table);
  if (op.streamingOutput) {
    table.args.push(customArgument({
      name: 'outfile', doc: 'Filename where the content will be saved', positional: true, required: true,
    }));
  }
  table.args.push(customArgument({
    name: 'cli-input-json',
    doc: 'Reads arguments from the JSON string provided, in the format of --generate-cli-skeleton; arguments given on the command line take precedence.',
  }));
  table.args.push(customArgument({
    name: 'cli-input-yaml',
    doc: 'Reads arguments from the YAML string provided; arguments given on the command line take precedence.',
  }));
  addPagingArguments(table, op);
  table.args.push(customArgument({
    name: 'generate-cli-skeleton',
    doc: 'Prints a JSON skeleton of the operation\'s input to standard output without sending a request (input, output or yaml-input).',
    spec: { nargs: '?', const: 'input', choices: ['input', 'output', 'yaml-input'] },
  }));
  return table;
}

/**
 * OverrideRequiredArgsArgument: when `--cli-input-json`, `--cli-input-yaml` or
 * `--generate-cli-skeleton` appears verbatim on the line, no flag is required any more (botocore's
 * validation still reports what is missing from the final input).
 */
export function overrideRequired(table: ArgumentTable, args: readonly string[]): void {
  if (!['--cli-input-json', '--cli-input-yaml', '--generate-cli-skeleton'].some((flag) => args.includes(flag))) return;
  for (const arg of table.args) arg.required = false;
}
