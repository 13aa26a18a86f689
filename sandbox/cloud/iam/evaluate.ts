/**
 * The one IAM evaluator every request goes through (IAM User Guide, "Policy evaluation logic").
 *
 * 1. An explicit Deny in any applicable policy wins.
 * 2. Otherwise the request needs an Allow. In one account an Allow in the identity policies or in
 *    the resource policy suffices; across accounts both sides must allow. A resource policy that
 *    names the caller only through its account (`arn:aws:iam::ACCOUNT:root`) delegates to that
 *    account, so the caller's identity policies must allow too. Service principals have no identity
 *    policies: the resource policy alone decides. The account root user has every permission in
 *    its own account.
 * 3. Otherwise: implicit deny.
 */
import { actionMatches, arnMatches } from './match.ts';
import { conditionsHold } from './conditions.ts';
import { requestContext, type ContextInput, type RequestContext } from './context.ts';
import { listOf, POLICY_VERSION, statementsOf, type PolicyDocument, type Statement } from './policy.ts';
import { principalMatch, principalName, type Principal, type PrincipalMatch } from './principal.ts';
import { resolveTemplate } from './variables.ts';

export type { Principal } from './principal.ts';
export type { PolicyDocument } from './policy.ts';

export interface AuthzRequest {
  principal: Principal;
  /** `lambda:InvokeFunction`. */
  action: string;
  /** The resource ARN, or `*` for actions without a resource. */
  resource: string;
  resourceAccount: string;
  /** aws:SourceArn, aws:SourceAccount, lambda:FunctionUrlAuthType, iam:PassedToService …; the global keys are added here. */
  context?: ContextInput;
  /** The caller's identity-based policies (inline and attached managed); empty for service principals. */
  identityPolicies: PolicyDocument[];
  resourcePolicy?: PolicyDocument;
  now: number;
}

export type Decision =
  | { allowed: true; by: 'identity' | 'resource' | 'both' }
  | { allowed: false; reason: 'explicit-deny' | 'implicit-deny'; in?: 'identity' | 'resource'; missing?: 'identity' | 'resource' };

interface Scan {
  deny: boolean;
  allow: boolean;
  /** The strongest way an Allow statement of a resource policy named the caller. */
  allowedAs?: PrincipalMatch;
}

function anyMatches(patterns: unknown, test: (pattern: string) => boolean): boolean {
  return listOf(patterns as string | string[]).some((p) => typeof p === 'string' && test(p));
}

function actionApplies(s: Statement, action: string): boolean {
  if (s.Action !== undefined) return anyMatches(s.Action, (p) => actionMatches(p, action));
  if (s.NotAction !== undefined) return !anyMatches(s.NotAction, (p) => actionMatches(p, action));
  return false;
}

function resourceApplies(s: Statement, resource: string, context: RequestContext, resolve: boolean, isResourcePolicy: boolean): boolean {
  const test = (p: string) => {
    const pieces = resolveTemplate(p, context, resolve);
    return pieces !== undefined && arnMatches(pieces, resource);
  };
  if (s.Resource !== undefined) return anyMatches(s.Resource, test);
  if (s.NotResource !== undefined) return !anyMatches(s.NotResource, test);
  // Trust policies have no Resource: the policy is the resource's own.
  return isResourcePolicy;
}

/** How the statement's principal element names the caller (resource policies only). */
function principalApplies(s: Statement, principal: Principal): PrincipalMatch | undefined {
  if (s.Principal !== undefined) return principalMatch(s.Principal, principal);
  if (s.NotPrincipal !== undefined) return principalMatch(s.NotPrincipal, principal) ? undefined : 'direct';
  return undefined;
}

function scan(policies: PolicyDocument[], req: AuthzRequest, context: RequestContext, isResourcePolicy: boolean): Scan {
  const result: Scan = { deny: false, allow: false };
  for (const doc of policies) {
    const resolve = doc.Version === POLICY_VERSION;
    for (const s of statementsOf(doc)) {
      const as = isResourcePolicy ? principalApplies(s, req.principal) : 'direct';
      if (!as) continue;
      if (!actionApplies(s, req.action)) continue;
      if (!resourceApplies(s, req.resource, context, resolve, isResourcePolicy)) continue;
      if (!conditionsHold(s.Condition, context, resolve)) continue;
      if (s.Effect === 'Deny') result.deny = true;
      else if (s.Effect === 'Allow') {
        result.allow = true;
        if (result.allowedAs !== 'direct') result.allowedAs = as;
      }
    }
  }
  return result;
}

export function evaluate(req: AuthzRequest): Decision {
  const context = requestContext(req.principal, req.now, req.context);
  const isService = req.principal.kind === 'service';
  const identity = scan(isService ? [] : req.identityPolicies, req, context, false);
  const resource = req.resourcePolicy ? scan([req.resourcePolicy], req, context, true) : { deny: false, allow: false };

  if (identity.deny) return { allowed: false, reason: 'explicit-deny', in: 'identity' };
  if (resource.deny) return { allowed: false, reason: 'explicit-deny', in: 'resource' };

  if (isService) {
    return resource.allow ? { allowed: true, by: 'resource' } : { allowed: false, reason: 'implicit-deny', missing: 'resource' };
  }

  const sameAccount = req.principal.account === req.resourceAccount;
  // The root user needs no identity policy: it holds every permission of its own account.
  const identityAllows = identity.allow || req.principal.kind === 'root';
  const resourceAllows = resource.allow;
  const resourceAlone = resource.allowedAs === 'direct';

  if (sameAccount) {
    if (identityAllows && resourceAllows) return { allowed: true, by: 'both' };
    if (identityAllows) return { allowed: true, by: 'identity' };
    if (resourceAlone) return { allowed: true, by: 'resource' };
    return { allowed: false, reason: 'implicit-deny', missing: 'identity' };
  }
  if (!identityAllows) return { allowed: false, reason: 'implicit-deny', missing: 'identity' };
  if (!resourceAllows) return { allowed: false, reason: 'implicit-deny', missing: 'resource' };
  return { allowed: true, by: 'both' };
}

/**
 * AccessDenied text as AWS writes it: `User: ARN is not authorized to perform: ACTION on resource:
 * RESOURCE because no identity-based policy allows the ACTION action`, or `with an explicit deny in
 * an identity-based policy` (and the resource-based variants).
 */
export function accessDeniedMessage(req: AuthzRequest, decision: Decision): string {
  if (decision.allowed) return '';
  const head = `User: ${principalName(req.principal)} is not authorized to perform: ${req.action} on resource: ${req.resource}`;
  if (decision.reason === 'explicit-deny') {
    return `${head} with an explicit deny in ${decision.in === 'resource' ? 'a resource-based' : 'an identity-based'} policy`;
  }
  return `${head} because no ${decision.missing === 'resource' ? 'resource-based' : 'identity-based'} policy allows the ${req.action} action`;
}
