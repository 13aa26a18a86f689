/**
 * Auto-pagination (botocore/paginate.py): for operations with a paginator the CLI keeps calling,
 * feeding each response's output token back as the input token, until none is returned; JSON output
 * is the merge of every page's result keys. `--max-items` truncates and prints a `NextToken` (base64
 * of a small JSON document) that `--starting-token` resumes from; `--page-size` sets the service's
 * limit key on each call.
 */
import type { PaginatorModel } from './models/shapes.ts';
import { base64Encode, pythonBase64Decode, utf8Decode, utf8Encode } from './base64.ts';
import { GeneralError } from './errors.ts';
import { pyJsonDumps, pyJsonLoads } from './pyjson.ts';
import { pyRepr } from './pyrepr.ts';

export interface PaginationConfig {
  MaxItems?: number;
  PageSize?: number;
  StartingToken?: string;
}

const PAGE_SET: unique symbol = Symbol('PageSet');

export interface PageSet {
  readonly [PAGE_SET]: true;
  pages: Record<string, unknown>[];
  /** The NextToken to print when --max-items cut the results short. */
  resumeToken?: string;
  /** Non-aggregate keys recorded from the first page. */
  nonAggregate: Record<string, unknown>;
  resultKeys: readonly string[];
}

type Token = Record<string, unknown>;

function encodeToken(token: Token): string {
  return base64Encode(utf8Encode(pyJsonDumps(token)));
}

function decodeToken(text: string): [Token, number] {
  try {
    const parsed = pyJsonLoads(utf8Decode(pythonBase64Decode(text)));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    const token = { ...(parsed as Token) };
    const truncate = typeof token.boto_truncate_amount === 'number' ? token.boto_truncate_amount : 0;
    delete token.boto_truncate_amount;
    return [token, truncate];
  } catch {
    throw new GeneralError(`Bad starting token: ${text}`);
  }
}

function resultList(page: Record<string, unknown>, key: string): unknown[] {
  const value = page[key];
  return Array.isArray(value) ? value : [];
}

/** Calls `callPage` until the results are complete (or --max-items is reached). */
export async function paginate(
  paginator: PaginatorModel,
  params: Record<string, unknown>,
  config: PaginationConfig,
  callPage: (params: Record<string, unknown>) => Promise<Record<string, unknown>>,
): Promise<PageSet> {
  const kwargs: Record<string, unknown> = { ...params };
  const primary = paginator.resultKeys[0];
  if (config.PageSize !== undefined && paginator.limitKey) kwargs[paginator.limitKey] = config.PageSize;
  let nextToken: Token = Object.fromEntries(paginator.inputToken.map((k) => [k, null]));
  let startingTruncation = 0;
  if (config.StartingToken !== undefined) {
    [nextToken, startingTruncation] = decodeToken(config.StartingToken);
    inject(kwargs, nextToken);
  }
  const set: PageSet = { [PAGE_SET]: true, pages: [], nonAggregate: {}, resultKeys: paginator.resultKeys };
  let previous: Token | null = null;
  let totalItems = 0;
  let first = true;
  for (;;) {
    const page = { ...(await callPage({ ...kwargs })) };
    if (first) {
      if (config.StartingToken !== undefined && startingTruncation > 0) {
        page[primary] = resultList(page, primary).slice(startingTruncation);
        for (const key of paginator.resultKeys.slice(1)) if (Array.isArray(page[key])) page[key] = [];
      }
      for (const key of paginator.nonAggregateKeys ?? []) if (key in page) set.nonAggregate[key] = page[key];
      first = false;
    } else {
      startingTruncation = 0;
    }
    const current = resultList(page, primary);
    const truncate = config.MaxItems !== undefined ? totalItems + current.length - config.MaxItems : 0;
    if (truncate > 0) {
      const keep = current.length - truncate;
      page[primary] = current.slice(0, keep);
      set.pages.push(page);
      set.resumeToken = encodeToken({ ...nextToken, boto_truncate_amount: keep + startingTruncation });
      return set;
    }
    set.pages.push(page);
    totalItems += current.length;
    nextToken = {};
    paginator.outputToken.forEach((output, i) => {
      const value = page[output];
      nextToken[paginator.inputToken[i]] = value === undefined || value === null || value === '' ? null : value;
    });
    if (Object.values(nextToken).every((v) => v === null)) return set;
    if (config.MaxItems !== undefined && totalItems === config.MaxItems) {
      set.resumeToken = encodeToken(nextToken);
      return set;
    }
    if (previous !== null && pyJsonDumps(previous) === pyJsonDumps(nextToken)) {
      throw new GeneralError(`Error during pagination: The same next token was received twice: ${pyRepr(nextToken)}`);
    }
    inject(kwargs, nextToken);
    previous = nextToken;
  }
}

function inject(kwargs: Record<string, unknown>, token: Token): void {
  for (const [name, value] of Object.entries(token)) {
    if (value !== null && value !== undefined && value !== 'None') kwargs[name] = value;
    else delete kwargs[name];
  }
}

/** Whether a result is a set of pages rather than one response. */
export function isPageSet(value: unknown): value is PageSet {
  return typeof value === 'object' && value !== null && (value as Partial<PageSet>)[PAGE_SET] === true;
}

/** PageIterator.build_full_result: result keys merged across pages, then NextToken if truncated. */
export function buildFullResult(set: PageSet): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const page of set.pages) {
    for (const key of set.resultKeys) {
      const value = page[key];
      if (value === undefined || value === null) continue;
      const existing = result[key];
      if (existing === undefined) result[key] = Array.isArray(value) ? [...value] : value;
      else if (Array.isArray(existing) && Array.isArray(value)) existing.push(...value);
      else if (typeof existing === 'number' && typeof value === 'number') result[key] = existing + value;
      else if (typeof existing === 'string' && typeof value === 'string') result[key] = existing + value;
    }
  }
  Object.assign(result, set.nonAggregate);
  if (set.resumeToken !== undefined) result.NextToken = set.resumeToken;
  return result;
}

/** The pages as the text formatter sees them: only the result keys of each page. */
export function textPages(set: PageSet): Record<string, unknown>[] {
  return set.pages.map((page, i) => {
    const current: Record<string, unknown> = i === 0 ? { ...set.nonAggregate } : {};
    for (const key of set.resultKeys) current[key] = page[key] ?? null;
    return current;
  });
}
