/**
 * Aliases: named pointers at a published version, optionally splitting traffic with one other
 * version (RoutingConfig.AdditionalVersionWeights). Invoking an alias picks the version per request
 * from the cloud's seeded randomness, and ExecutedVersion says which ran.
 */
import { AwsError, conflict, notFound, validationError } from '../errors.ts';
import type { ServiceContext } from '../service.ts';
import { arnOf, assertRevision, resolveFunction } from './functions.ts';
import type { AliasRecord, FunctionRecord } from './state.ts';

const ALIAS_RE = /^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$/;

function validateName(name: unknown): string {
  const text = name === undefined ? undefined : String(name);
  if (text === undefined) throw validationError([{ value: undefined, member: 'name', constraint: 'Member must not be null' }]);
  const violations = [];
  if (text.length > 128) violations.push({ value: text, member: 'name', constraint: 'Member must have length less than or equal to 128' });
  if (!ALIAS_RE.test(text)) violations.push({ value: text, member: 'name', constraint: 'Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)' });
  if (violations.length) throw validationError(violations);
  return text;
}

function unqualified(ctx: ServiceContext, input: Record<string, unknown>): FunctionRecord {
  const { fn, qualifier } = resolveFunction(ctx, { FunctionName: input.FunctionName }, 140);
  if (qualifier !== undefined) throw new AwsError('InvalidParameterValueException', 'Alias operations take an unqualified function name.');
  return fn;
}

function assertVersion(fn: FunctionRecord, version: string): void {
  if (version !== '$LATEST' && !fn.versions?.[version]) {
    throw notFound(`Function not found: ${arnOf(fn, version)}`);
  }
}

/** Validates RoutingConfig against the primary version, in Lambda's words. */
function routingOf(fn: FunctionRecord, primary: string, routing: unknown): Record<string, number> | undefined {
  if (routing === undefined || routing === null) return undefined;
  const weights = ((routing as { AdditionalVersionWeights?: Record<string, unknown> }).AdditionalVersionWeights ?? {}) as Record<string, unknown>;
  const entries = Object.entries(weights);
  if (entries.length === 0) return undefined;
  // The API model's own constraints come first (ValidationException): keys are version numbers, values 0.0–1.0.
  const shown = `{${entries.map(([k, v]) => `${k}=${v}`).join(', ')}}`;
  const member = 'routingConfig.additionalVersionWeights';
  if (entries.some(([k]) => !/^[0-9]+$/.test(k) || k.length > 1024)) {
    throw validationError([{ value: shown, member, constraint: 'Map keys must satisfy constraint: [Member must have length less than or equal to 1024, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: [0-9]+]' }]);
  }
  if (entries.some(([, v]) => typeof v !== 'number' || !(v >= 0 && v <= 1))) {
    throw validationError([{ value: shown, member, constraint: 'Map value must satisfy constraint: [Member must have value less than or equal to 1.0, Member must have value greater than or equal to 0.0]' }]);
  }
  if (entries.length > 1) throw new AwsError('InvalidParameterValueException', 'Number of items in AdditionalVersionWeights cannot be greater than 1');
  if (primary === '$LATEST') throw new AwsError('InvalidParameterValueException', '$LATEST is not supported for an alias pointing to more than 1 version');
  const [version, weight] = entries[0]! as [string, number];
  if (version === primary) throw new AwsError('InvalidParameterValueException', `Invalid function version ${version}. Function version ${version} is already included in routing configuration.`);
  assertVersion(fn, version);
  return { [version]: weight };
}

export function aliasShape(fn: FunctionRecord, alias: AliasRecord): Record<string, unknown> {
  return {
    AliasArn: arnOf(fn, alias.name),
    Name: alias.name,
    FunctionVersion: alias.functionVersion,
    Description: alias.description,
    ...(alias.weights ? { RoutingConfig: { AdditionalVersionWeights: alias.weights } } : {}),
    RevisionId: alias.revisionId,
  };
}

/** Which version an invocation through the alias runs: the extra version with its weight, else the primary. */
export function routeAlias(alias: AliasRecord, draw: () => number): string {
  const entry = alias.weights && Object.entries(alias.weights)[0];
  if (entry && draw() < entry[1]) return entry[0];
  return alias.functionVersion;
}

function findAlias(fn: FunctionRecord, name: string): AliasRecord {
  const alias = fn.aliases?.[name];
  if (!alias) throw notFound(`Cannot find alias arn: ${arnOf(fn, name)}`);
  return alias;
}

export const aliasActions = {
  CreateAlias(ctx: ServiceContext, input: Record<string, unknown>) {
    const fn = unqualified(ctx, input);
    const name = validateName(input.Name);
    if (input.FunctionVersion === undefined) throw validationError([{ value: undefined, member: 'functionVersion', constraint: 'Member must not be null' }]);
    const version = String(input.FunctionVersion);
    if (name === '$LATEST' || name === 'LATEST') throw new AwsError('InvalidParameterValueException', `Alias name ${name} is reserved.`);
    fn.aliases ??= {};
    if (fn.aliases[name]) throw conflict(`Alias already exists: ${arnOf(fn, name)}`);
    assertVersion(fn, version);
    const weights = routingOf(fn, version, input.RoutingConfig);
    const alias: AliasRecord = {
      name,
      functionVersion: version,
      description: input.Description === undefined ? '' : String(input.Description),
      ...(weights ? { weights } : {}),
      revisionId: ctx.cloud.ids.uuid(),
    };
    fn.aliases[name] = alias;
    ctx.cloud.trace({ type: 'alias.created', aliasArn: arnOf(fn, name), functionVersion: version });
    return aliasShape(fn, alias);
  },

  GetAlias(ctx: ServiceContext, input: Record<string, unknown>) {
    const fn = unqualified(ctx, input);
    return aliasShape(fn, findAlias(fn, validateName(input.Name)));
  },

  UpdateAlias(ctx: ServiceContext, input: Record<string, unknown>) {
    const fn = unqualified(ctx, input);
    const alias = findAlias(fn, validateName(input.Name));
    assertRevision(input.RevisionId, alias.revisionId);
    const version = input.FunctionVersion === undefined ? alias.functionVersion : String(input.FunctionVersion);
    assertVersion(fn, version);
    // Without RoutingConfig the routing stays; with an empty map it is removed.
    const weights = input.RoutingConfig === undefined ? (alias.weights && routingOf(fn, version, { AdditionalVersionWeights: alias.weights })) : routingOf(fn, version, input.RoutingConfig);
    alias.functionVersion = version;
    if (input.Description !== undefined) alias.description = String(input.Description);
    if (weights) alias.weights = weights;
    else delete alias.weights;
    alias.revisionId = ctx.cloud.ids.uuid();
    ctx.cloud.trace({ type: 'alias.updated', aliasArn: arnOf(fn, alias.name), functionVersion: version, weights: alias.weights });
    return aliasShape(fn, alias);
  },

  DeleteAlias(ctx: ServiceContext, input: Record<string, unknown>) {
    const fn = unqualified(ctx, input);
    const name = validateName(input.Name);
    // Deleting an alias that does not exist succeeds quietly on AWS.
    delete fn.aliases?.[name];
    return {};
  },

  ListAliases(ctx: ServiceContext, input: Record<string, unknown>) {
    const fn = unqualified(ctx, input);
    const all = Object.values(fn.aliases ?? {})
      .filter((a) => input.FunctionVersion === undefined || a.functionVersion === String(input.FunctionVersion))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    const start = typeof input.Marker === 'string' ? Number(input.Marker) || 0 : 0;
    const max = Math.min(Number(input.MaxItems ?? 50), 50);
    const page = all.slice(start, start + max);
    return {
      Aliases: page.map((a) => aliasShape(fn, a)),
      ...(start + page.length < all.length ? { NextMarker: String(start + page.length) } : {}),
    };
  },
};
