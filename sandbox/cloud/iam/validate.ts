/**
 * Policy grammar validation with IAM's MalformedPolicyDocument messages. IAM checks in stages and
 * reports the first stage that fails, each with a fixed sentence:
 *
 *   1. grammar: JSON, known elements, value types, Effect Allow/Deny in any case — "Syntax errors in policy."
 *      (a trust policy that is not JSON at all: "This policy contains invalid Json")
 *   2. Version 2012-10-17 — "Policy document must be version 2012-10-17 or greater."
 *   3. per kind: an identity policy names no principal; a trust policy names one and no resource
 *   4. the legacy parser: Effect spelt exactly, Date condition values, resource ARN shapes — "The policy failed legacy parsing"
 *   5. unique statement ids, then actions present
 *   6. the first resource whose ARN format IAM refuses (the message names it)
 *   7. identity policies: resources present; then action vendor prefixes; trust policies: only the sts: assume actions
 *
 * The stages and sentences follow what IAM answers, as recorded by moto's IAM test suite against AWS.
 */
import { AwsError } from '../errors.ts';
import { isKnownOperator, parseOperator, parseDate } from './conditions.ts';
import { listOf } from './policy.ts';

export type PolicyKind = 'identity' | 'trust';

const TOP = new Set(['Version', 'Id', 'Statement']);
const STATEMENT = new Set(['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);
const VERSIONS = new Set(['2008-10-17', '2012-10-17']);
const PARTITIONS = new Set(['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc']);
const IAM_PATHS = [
  'user/', 'federated-user/', 'role/', 'group/', 'instance-profile/', 'mfa/', 'server-certificate/', 'policy/',
  'sms-mfa/', 'saml-provider/', 'oidc-provider/', 'report/', 'access-report/',
];
const TRUST_ACTIONS = new Set([
  'sts:assumerole', 'sts:assumerolewithsaml', 'sts:assumerolewithwebidentity', 'sts:tagsession', 'sts:setsourceidentity',
  'sts:setcontext',
]);

export const MESSAGES = {
  syntax: 'Syntax errors in policy.',
  invalidJson: 'This policy contains invalid Json',
  version: 'Policy document must be version 2012-10-17 or greater.',
  principal: 'Policy document should not specify a principal.',
  missingPrincipal: 'Missing required field Principal',
  prohibitedResource: 'Has prohibited field Resource',
  legacy: 'The policy failed legacy parsing',
  sid: 'Statement IDs (SID) in a single policy must be unique.',
  actions: 'Policy statement must contain actions.',
  resources: 'Policy statement must contain resources.',
  vendor: 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
  colon: 'Actions/Condition can contain only one colon.',
  trustActions: 'Trust Policy statement actions can only be sts:AssumeRole, sts:AssumeRoleWithSAML,  and sts:AssumeRoleWithWebIdentity',
} as const;

type Json = unknown;
type Obj = Record<string, Json>;

const isObject = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringOrStrings = (v: Json) => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));

function grammarOk(doc: Json): doc is Obj & { Statement: Json } {
  if (!isObject(doc)) return false;
  if (!Object.keys(doc).every((k) => TOP.has(k))) return false;
  if ('Version' in doc && !VERSIONS.has(doc.Version as string)) return false;
  if ('Id' in doc && typeof doc.Id !== 'string') return false;
  const list = Array.isArray(doc.Statement) ? doc.Statement : isObject(doc.Statement) ? [doc.Statement] : undefined;
  if (!list || list.length === 0) return false;
  return list.every(statementGrammarOk);
}

function principalGrammarOk(p: Json): boolean {
  if (p === '*') return true;
  return isObject(p) && Object.values(p).every(isStringOrStrings);
}

function statementGrammarOk(s: Json): boolean {
  if (!isObject(s)) return false;
  if (!Object.keys(s).every((k) => STATEMENT.has(k))) return false;
  if (('Resource' in s && 'NotResource' in s) || ('Action' in s && 'NotAction' in s) || ('Principal' in s && 'NotPrincipal' in s)) return false;
  if (typeof s.Effect !== 'string' || !['allow', 'deny'].includes(s.Effect.toLowerCase())) return false;
  for (const k of ['Action', 'NotAction', 'Resource', 'NotResource']) if (k in s && !isStringOrStrings(s[k])) return false;
  for (const k of ['Principal', 'NotPrincipal']) if (k in s && !principalGrammarOk(s[k])) return false;
  if ('Sid' in s && typeof s.Sid !== 'string') return false;
  if ('Condition' in s) {
    if (!isObject(s.Condition)) return false;
    for (const [operator, keys] of Object.entries(s.Condition)) {
      if (!isObject(keys)) return false;
      const valuesOk = Object.values(keys).every((v) => ['string', 'boolean', 'number'].includes(typeof v) || (Array.isArray(v) && v.every((x) => ['string', 'boolean', 'number'].includes(typeof x))));
      if (!valuesOk) return false;
      // An unknown operator passes only when it tests nothing.
      if (!isKnownOperator(operator) && Object.keys(keys).length > 0) return false;
    }
  }
  return true;
}

function statementsOf(doc: Obj): Obj[] {
  return (Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]) as Obj[];
}

/** The legacy parser's view of one statement: Effect spelt exactly, Date condition values that parse. */
function legacyStatementOk(s: Obj): boolean {
  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') return false;
  for (const [operator, keys] of Object.entries((s.Condition ?? {}) as Obj)) {
    if (!parseOperator(operator).base.startsWith('date')) continue;
    for (const v of Object.values(keys as Obj)) {
      for (const d of listOf(v as string)) if (Number.isNaN(parseDate(String(d)))) return false;
    }
  }
  return true;
}

/** The legacy parser's view of a resource: six components when it has `::`, a service component. */
function legacyResourceOk(r: string): boolean {
  if (!r || r === '*') return true;
  const colons = r.split(':').length - 1;
  if (colons < 5 && r.includes('::')) return false;
  return r.split(':')[2] !== '';
}

/** A resource whose ARN shape IAM refuses, in IAM's words (the message names the resource). */
function resourceFormatError(resource: string): string | undefined {
  if (resource === '*') return undefined;
  const parts = resource.split(':');
  if (parts.length < 2) return `Resource ${resource} must be in ARN format or "*".`;
  const partition = parts[1]!;
  if (partition !== '*' && !PARTITIONS.has(partition)) {
    // IAM rebuilds the six components from whatever follows, `*` standing in for missing ones.
    const rest = parts.slice(2);
    const a1 = rest[0] !== '' || rest.length > 1 ? rest[0] : '*';
    const a2 = rest.length > 1 ? rest[1] : '*';
    const a3 = rest.length > 2 ? rest[2] : '*';
    const a4 = rest.length > 3 ? rest.slice(3).join(':') : '*';
    return `Partition "${partition}" is not valid for resource "arn:${partition}:${a1 ?? '*'}:${a2}:${a3}:${a4}".`;
  }
  if (parts.length < 3) return 'Resource vendor must be fully qualified and cannot contain regexes.';
  const service = parts[2]!;
  const region = parts[3] ?? '';
  const id = parts.slice(5).join(':');
  if (service === 'iam' && region !== '') return `IAM resource ${resource} cannot contain region information.`;
  if (service === 's3' && region !== '' && !id.startsWith('accesspoint/')) return `Resource ${resource} can not contain region information.`;
  if (service === 'iam' && !IAM_PATHS.some((p) => id.startsWith(p))) {
    return `IAM resource path must either be "*" or start with ${IAM_PATHS.join(', ')}.`;
  }
  return undefined;
}

/**
 * Stage 4: the legacy parser over each statement, and the resource formats. A format error is kept
 * to be reported after the statement-id and action checks; resources of a key with a format error
 * are not legacy-parsed.
 */
function legacyStage(statements: Obj[]): { legacy: boolean; resourceError?: string } {
  let resourceError: string | undefined;
  for (const s of statements) if (!legacyStatementOk(s)) return { legacy: false };
  for (const s of statements) {
    for (const key of ['Resource', 'NotResource']) {
      if (!(key in s)) continue;
      const resources = listOf(s[key] as string | string[]);
      for (const r of [...resources].sort().reverse()) resourceError = resourceFormatError(r) ?? resourceError;
      if (resourceError === undefined && !resources.every(legacyResourceOk)) return { legacy: false };
    }
  }
  return { legacy: true, ...(resourceError !== undefined ? { resourceError } : {}) };
}

function actionError(action: string): string | undefined {
  const parts = action.split(':');
  if (parts.length === 1 && parts[0] !== '*') return MESSAGES.vendor;
  if (parts.length > 2) return MESSAGES.colon;
  if (parts[0] !== '*' && /[^a-zA-Z0-9\-.]/.test(parts[0]!)) return `Vendor ${parts[0]} is not valid`;
  return undefined;
}

/**
 * Validates a policy document's text. Returns IAM's MalformedPolicyDocument message, or undefined
 * when the document is acceptable. `identity` covers inline and managed permission policies,
 * `trust` a role's AssumeRolePolicyDocument.
 */
export function validatePolicyDocument(text: string, kind: PolicyKind = 'identity'): string | undefined {
  let doc: Json;
  try {
    doc = JSON.parse(text);
  } catch {
    return kind === 'trust' ? MESSAGES.invalidJson : MESSAGES.syntax;
  }
  if (!grammarOk(doc)) return MESSAGES.syntax;
  if (doc.Version !== '2012-10-17') return MESSAGES.version;
  const statements = statementsOf(doc);
  if (kind === 'identity' && statements.some((s) => 'Principal' in s || 'NotPrincipal' in s)) return MESSAGES.principal;
  if (kind === 'trust') {
    if (statements.some((s) => 'Resource' in s || 'NotResource' in s)) return MESSAGES.prohibitedResource;
    if (statements.some((s) => !('Principal' in s) && !('NotPrincipal' in s))) return MESSAGES.missingPrincipal;
  }
  const legacy = legacyStage(statements);
  if (!legacy.legacy) return MESSAGES.legacy;
  const sids = statements.map((s) => s.Sid).filter((sid) => typeof sid === 'string' && sid !== '');
  if (new Set(sids).size !== sids.length) return MESSAGES.sid;
  for (const s of statements) {
    const actions = s.Action ?? s.NotAction;
    if (actions === undefined || (Array.isArray(actions) && actions.length === 0)) return MESSAGES.actions;
  }
  if (legacy.resourceError) return legacy.resourceError;
  if (kind === 'identity') {
    for (const s of statements) {
      const resources = s.Resource ?? s.NotResource;
      if (resources === undefined || (Array.isArray(resources) && resources.length === 0)) return MESSAGES.resources;
    }
  }
  for (const s of statements) {
    for (const a of listOf((s.Action ?? s.NotAction) as string | string[])) {
      const error = actionError(a);
      if (error) return error;
    }
  }
  if (kind === 'trust') {
    for (const s of statements) {
      if (!listOf(s.Action as string | string[]).every((a) => TRUST_ACTIONS.has(a.toLowerCase()))) return MESSAGES.trustActions;
    }
  }
  return undefined;
}

/** Throws IAM's MalformedPolicyDocument (400) when the document does not validate. */
export function assertValidPolicy(text: string, kind: PolicyKind = 'identity'): void {
  const message = validatePolicyDocument(text, kind);
  if (message) throw new AwsError('MalformedPolicyDocument', message, 400);
}
