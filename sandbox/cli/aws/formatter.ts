/**
 * Printing a response (awscli/formatter.py): `--query` (JMESPath) first, then the output format.
 * JSON is json.dump(indent=4, ensure_ascii=False) plus a newline, and an empty response prints
 * nothing (DeleteFunction). Paginated responses print their merged result, except `--output text`,
 * which prints page by page, the query applied to each page — as the real CLI does.
 */
import { compile, TreeInterpreter, type JSONValue } from '@jmespath-community/jmespath';
import { base64Encode } from './base64.ts';
import { GeneralError, ParamError } from './errors.ts';
import { buildFullResult, isPageSet, textPages, type PageSet } from './paginate.ts';
import { pyJsonDumps } from './pyjson.ts';
import { toTable } from './table-output.ts';
import { toText } from './text-output.ts';
import { toYaml } from './yaml-output.ts';

export const OUTPUT_FORMATS = ['json', 'text', 'table', 'yaml', 'yaml-stream'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export type Query = ReturnType<typeof compile>;

/** globalargs._resolve_query: a bad expression is a parameter error on `query`. */
/**
 * Where an unclosed backtick literal starts, if one does: jmespath.py's lexer refuses it
 * (LexerError "Unclosed ` delimiter"), while the library's legacy-literal mode would read it to the end.
 */
function unclosedLiteral(expression: string): number | undefined {
  let open: string | undefined;
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i]!;
    if (open) {
      if (c === '\\') i++;
      else if (c === open) open = undefined;
    } else if (c === '`' || c === "'" || c === '"') {
      open = c;
      start = i;
    }
  }
  return open === '`' ? start : undefined;
}

export function compileQuery(expression: string): Query {
  const unclosed = unclosedLiteral(expression);
  if (unclosed !== undefined) {
    const reason = `Bad jmespath expression: Unclosed \` delimiter:\n${expression}\n${' '.repeat(unclosed)}^`;
    throw new ParamError('query', `Bad value for --query ${expression}: ${reason}`);
  }
  try {
    // jmespath.py still accepts the legacy `` `foo` `` literals many examples use.
    return compile(expression, { enable_legacy_literals: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ParamError('query', `Bad value for --query ${expression}: ${reason}`);
  }
}

function search(query: Query | undefined, data: unknown): unknown {
  if (!query) return data;
  try {
    return TreeInterpreter.search(query, data as JSONValue);
  } catch (error) {
    throw new GeneralError(error instanceof Error ? error.message : String(error));
  }
}

/** Python's datetime.isoformat() in UTC, as the CLI prints timestamps: no fraction when it is zero, else microseconds. */
export function isoformat(date: Date): string {
  const iso = date.toISOString();
  const ms = iso.slice(20, 23);
  return `${iso.slice(0, 19)}${ms === '000' ? '' : `.${ms}000`}+00:00`;
}

/** The response as JSON-shaped data: blobs as base64, datetimes as isoformat, no undefined members. */
export function toDisplayData(value: unknown): unknown {
  if (value instanceof Uint8Array) return base64Encode(value);
  if (value instanceof Date) return isoformat(value);
  if (Array.isArray(value)) return value.map(toDisplayData);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined && key !== 'ResponseMetadata') out[key] = toDisplayData(item);
    }
    return out;
  }
  return value;
}

function isEmptyDict(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

export interface FormatOptions {
  format: OutputFormat;
  query?: Query;
  terminalWidth?: number;
}

/** The text the CLI prints for an operation's response ('' when it prints nothing). */
export function formatResponse(
  operationName: string,
  response: Record<string, unknown> | PageSet,
  options: FormatOptions,
): string {
  const paginated = isPageSet(response);
  if (options.format === 'text' && paginated) {
    const set = response as PageSet;
    let out = textPages(set).map((page) => toText(search(options.query, toDisplayData(page)))).join('');
    if (set.resumeToken !== undefined) out += toText(search(options.query, { NextToken: { NextToken: set.resumeToken } }));
    return out;
  }
  if (options.format === 'yaml-stream') {
    const pages = paginated ? (response as PageSet).pages : [response as Record<string, unknown>];
    return pages.map((page) => toYaml([search(options.query, toDisplayData(page))])).join('');
  }
  const full = paginated ? buildFullResult(response as PageSet) : response;
  const data = search(options.query, toDisplayData(full));
  switch (options.format) {
    case 'text':
      return toText(data);
    case 'table':
      return toTable(operationName, data, options.terminalWidth);
    case 'yaml':
      return isEmptyDict(data) ? '' : toYaml(data);
    default:
      return isEmptyDict(data) ? '' : pyJsonDumps(data, { indent: 4, ensureAscii: false }) + '\n';
  }
}
