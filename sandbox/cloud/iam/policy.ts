/**
 * The IAM policy language as data: a document is `{ Version, Id?, Statement }`, a statement holds an
 * Effect, one of Action/NotAction, one of Resource/NotResource, a Principal/NotPrincipal in resource
 * policies and an optional Condition. The grammar lets every list be a single string, so readers go
 * through `listOf`. Documents are stored as the JSON text the caller sent (IAM returns exactly that
 * text) and parsed where they are evaluated.
 */

export type StringOrList = string | string[];

/** `"*"`, or `{ "AWS": …, "Service": …, "Federated": …, "CanonicalUser": … }`. */
export type PrincipalBlock = '*' | Record<string, StringOrList>;

/** Operator → condition key → value(s). Values may be strings, numbers or booleans in the JSON. */
export type ConditionBlock = Record<string, Record<string, unknown>>;

export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny' | string;
  Principal?: PrincipalBlock;
  NotPrincipal?: PrincipalBlock;
  Action?: StringOrList;
  NotAction?: StringOrList;
  Resource?: StringOrList;
  NotResource?: StringOrList;
  Condition?: ConditionBlock;
}

export interface PolicyDocument {
  Version?: string;
  Id?: string;
  /** The grammar allows one statement object in place of the list. */
  Statement: Statement[] | Statement;
}

/** The current policy language version; policy variables exist only in it. */
export const POLICY_VERSION = '2012-10-17';

/** A grammar value that may be one item or a list, as a list. */
export function listOf<T>(value: T | T[] | undefined | null): T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function statementsOf(doc: PolicyDocument): Statement[] {
  return listOf(doc.Statement).filter((s): s is Statement => typeof s === 'object' && s !== null);
}

/** Parses stored policy text; a document that does not parse grants nothing (validation kept it out). */
export function parsePolicy(text: string | PolicyDocument): PolicyDocument {
  if (typeof text !== 'string') return text;
  // Every request is authorized, so the same few documents are parsed again and again: keep them.
  const cached = parsed.get(text);
  if (cached) return cached;
  let doc: PolicyDocument;
  try {
    const value = JSON.parse(text) as PolicyDocument;
    doc = typeof value === 'object' && value !== null ? value : { Statement: [] };
  } catch {
    doc = { Statement: [] };
  }
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(text, doc);
  return doc;
}

/** Parsed documents by their text (documents are never changed in place: an update stores new text). */
const parsed = new Map<string, PolicyDocument>();
const PARSED_LIMIT = 1000;

/** How IAM hands a stored document back: the caller's own text, URL-encoded (RFC 3986). */
export function encodePolicyDocument(text: string): string {
  return encodeURIComponent(text);
}
