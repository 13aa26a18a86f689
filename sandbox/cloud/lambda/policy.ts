/**
 * A function's resource-based policy: who may invoke it (AddPermission, RemovePermission, GetPolicy).
 * One policy per qualifier: the unqualified function, a version, or an alias, as Lambda keeps them.
 */
import { AwsError, conflict, notFound, validationError } from '../errors.ts';
import type { ServiceContext } from '../service.ts';
import { arnOf, assertRevision, resolveFunction } from './functions.ts';
import type { FunctionPolicy, FunctionRecord, PolicyStatement } from './state.ts';

export const POLICY_LIMIT = 20_480;
const SID_RE = /^([a-zA-Z0-9-_.]+)$/;
const ACTION_RE = /^(lambda:[*]|lambda:[a-zA-Z]+|[*])$/;
const UNQUALIFIED = '';

export function policyDocument(statements: PolicyStatement[]) {
  return { Version: '2012-10-17', Id: 'default', Statement: statements };
}

/** The policy that governs an invocation of `fn` addressed with `qualifier` (none = the function's own). */
export function policyFor(fn: FunctionRecord, qualifier: string | undefined): ReturnType<typeof policyDocument> | undefined {
  const policy = fn.policies?.[qualifier && qualifier !== '$LATEST' ? qualifier : UNQUALIFIED];
  return policy?.statements.length ? policyDocument(policy.statements) : undefined;
}

function policies(fn: FunctionRecord): Record<string, FunctionPolicy> {
  return (fn.policies ??= {});
}

function principalOf(value: unknown): PolicyStatement['Principal'] {
  const p = String(value ?? '');
  if (p === '*') return '*';
  if (/^\d{12}$/.test(p)) return { AWS: `arn:aws:iam::${p}:root` };
  if (p.startsWith('arn:')) return { AWS: p };
  if (/\.amazonaws\.com$/.test(p) || /\.amazonaws\.com\.cn$/.test(p)) return { Service: p };
  throw new AwsError('InvalidParameterValueException', `The provided principal was invalid. Please check the principal and try again.`);
}

function target(ctx: ServiceContext, input: Record<string, unknown>): { fn: FunctionRecord; key: string; resource: string } {
  const { fn, qualifier } = resolveFunction(ctx, input);
  if (qualifier === '$LATEST') throw new AwsError('InvalidParameterValueException', 'We currently do not support adding policies for $LATEST.');
  return { fn, key: qualifier ?? UNQUALIFIED, resource: arnOf(fn, qualifier) };
}

export const policyActions = {
  AddPermission(ctx: ServiceContext, input: Record<string, unknown>) {
    const violations = [];
    const sid = input.StatementId === undefined ? undefined : String(input.StatementId);
    if (sid === undefined) violations.push({ value: undefined, member: 'statementId', constraint: 'Member must not be null' });
    else if (sid.length > 100 || !SID_RE.test(sid)) violations.push({ value: sid, member: 'statementId', constraint: 'Member must satisfy regular expression pattern: ([a-zA-Z0-9-_.]+)' });
    const action = input.Action === undefined ? undefined : String(input.Action);
    if (action === undefined) violations.push({ value: undefined, member: 'action', constraint: 'Member must not be null' });
    else if (!ACTION_RE.test(action)) violations.push({ value: action, member: 'action', constraint: 'Member must satisfy regular expression pattern: (lambda:[*]|lambda:[a-zA-Z]+|[*])' });
    if (input.Principal === undefined) violations.push({ value: undefined, member: 'principal', constraint: 'Member must not be null' });
    if (violations.length) throw validationError(violations);
    const { fn, key, resource } = target(ctx, input);
    const policy = (policies(fn)[key] ??= { statements: [], revisionId: ctx.cloud.ids.uuid() });
    assertRevision(input.RevisionId, policy.revisionId);
    if (policy.statements.some((s) => s.Sid === sid)) {
      throw conflict(`The statement id (${sid}) provided already exists. Please provide a new statement id, or remove the existing statement.`);
    }
    const condition: Record<string, Record<string, string>> = {};
    if (input.SourceAccount !== undefined) (condition.StringEquals ??= {})['AWS:SourceAccount'] = String(input.SourceAccount);
    if (input.PrincipalOrgID !== undefined) (condition.StringEquals ??= {})['aws:PrincipalOrgID'] = String(input.PrincipalOrgID);
    if (input.FunctionUrlAuthType !== undefined) (condition.StringEquals ??= {})['lambda:FunctionUrlAuthType'] = String(input.FunctionUrlAuthType);
    if (input.EventSourceToken !== undefined) (condition.StringEquals ??= {})['lambda:EventSourceToken'] = String(input.EventSourceToken);
    if (input.SourceArn !== undefined) (condition.ArnLike ??= {})['AWS:SourceArn'] = String(input.SourceArn);
    const statement: PolicyStatement = {
      Sid: sid!,
      Effect: 'Allow',
      Principal: principalOf(input.Principal),
      Action: action!,
      Resource: resource,
      ...(Object.keys(condition).length ? { Condition: condition } : {}),
    };
    const size = JSON.stringify(policyDocument([...policy.statements, statement])).length;
    if (size > POLICY_LIMIT) {
      throw new AwsError('PolicyLengthExceededException', `The final policy size (${size}) is bigger than the limit (${POLICY_LIMIT}).`, 400);
    }
    policy.statements.push(statement);
    policy.revisionId = ctx.cloud.ids.uuid();
    ctx.cloud.trace({ type: 'permission.added', functionArn: resource, sid, principal: statement.Principal });
    return { Statement: JSON.stringify(statement) };
  },

  RemovePermission(ctx: ServiceContext, input: Record<string, unknown>) {
    const { fn, key, resource } = target(ctx, input);
    const policy = policies(fn)[key];
    const sid = String(input.StatementId ?? '');
    if (!policy || !policy.statements.some((s) => s.Sid === sid)) throw notFound(`Statement ${sid} is not found in resource policy.`);
    assertRevision(input.RevisionId, policy.revisionId);
    policy.statements = policy.statements.filter((s) => s.Sid !== sid);
    policy.revisionId = ctx.cloud.ids.uuid();
    ctx.cloud.trace({ type: 'permission.removed', functionArn: resource, sid });
    return {};
  },

  GetPolicy(ctx: ServiceContext, input: Record<string, unknown>) {
    const { fn, key } = target(ctx, input);
    const policy = policies(fn)[key];
    if (!policy || policy.statements.length === 0) throw notFound('No policy is associated with the given resource.');
    return { Policy: JSON.stringify(policyDocument(policy.statements)), RevisionId: policy.revisionId };
  },
};
