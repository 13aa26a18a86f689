/**
 * From a caller to what the evaluator needs: its Principal and its identity-based policies (inline
 * and attached managed, default versions). A role session's policies are its role's. Trust checks
 * for service principals (Lambda assuming an execution role) go through the same evaluator.
 */
import type { Identity } from '../accounts.ts';
import type { Cloud } from '../cloud.ts';
import type { ContextInput } from './context.ts';
import { evaluate } from './evaluate.ts';
import { parsePolicy, type PolicyDocument } from './policy.ts';
import type { Principal } from './principal.ts';
import type { RoleRecord, Tag, UserRecord } from './state.ts';
import { defaultDocument, findManagedPolicy, findRole, findUser, iamOf } from './store.ts';

const ASSUMED_ROLE = /^arn:aws:sts::(\d{12}):assumed-role\/([^/]+)\/(.+)$/;
const USER = /^arn:aws:iam::(\d{12}):user\/(?:.*\/)?([^/]+)$/;
const ROOT = /^arn:aws:iam::(\d{12}):root$/;

export function findRoleByArn(cloud: Cloud, arn: string): RoleRecord | undefined {
  return iamOf(cloud).roles[arn];
}

export function findUserByArn(cloud: Cloud, arn: string): UserRecord | undefined {
  const users = iamOf(cloud).users;
  if (users[arn]) return users[arn];
  const m = USER.exec(arn);
  return m ? findUser(cloud, m[1]!, m[2]!) : undefined;
}

/** `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION` — the role's path does not appear in it. */
export const assumedRoleArn = (role: RoleRecord, sessionName: string) => `arn:aws:sts::${role.Arn.split(':')[4]}:assumed-role/${role.RoleName}/${sessionName}`;

/** The principal of a session of `roleArn` (Lambda's execution role sessions, AssumeRole's). */
export function roleSessionPrincipal(cloud: Cloud, roleArn: string, sessionName: string): Principal {
  const role = findRoleByArn(cloud, roleArn);
  const account = roleArn.split(':')[4] ?? '';
  const roleName = roleArn.slice(roleArn.lastIndexOf('/') + 1);
  return {
    arn: role ? assumedRoleArn(role, sessionName) : `arn:aws:sts::${account}:assumed-role/${roleName}/${sessionName}`,
    account,
    kind: 'role-session',
    roleArn,
    ...(role ? { userId: `${role.RoleId}:${sessionName}` } : {}),
  };
}

/** The principal behind a request's identity (a user, a role session, or an account's root user). */
export function principalForIdentity(cloud: Cloud, identity: Identity): Principal {
  const session = ASSUMED_ROLE.exec(identity.arn);
  if (session) {
    const role = findRole(cloud, session[1]!, session[2]!);
    return {
      arn: identity.arn,
      account: identity.account,
      kind: 'role-session',
      roleArn: role?.Arn ?? `arn:aws:iam::${session[1]}:role/${session[2]}`,
      userId: identity.userId,
      ...tagsOf(role?.Tags),
    };
  }
  if (ROOT.test(identity.arn)) return { arn: identity.arn, account: identity.account, kind: 'root', userId: identity.account };
  return { arn: identity.arn, account: identity.account, kind: 'user', userId: identity.userId, ...tagsOf(findUserByArn(cloud, identity.arn)?.Tags) };
}

/** aws:PrincipalTag/… comes from the user's or the role's tags. */
function tagsOf(tags: Tag[] | undefined): { tags?: Record<string, string> } {
  return tags?.length ? { tags: Object.fromEntries(tags.map((t) => [t.Key, t.Value])) } : {};
}

function policiesOf(cloud: Cloud, account: string, holder: { InlinePolicies: Record<string, string>; AttachedPolicyArns: string[] }): PolicyDocument[] {
  const inline = Object.values(holder.InlinePolicies).map((text) => parsePolicy(text));
  const attached = holder.AttachedPolicyArns.flatMap((arn) => {
    const policy = findManagedPolicy(cloud, account, arn);
    return policy ? [parsePolicy(defaultDocument(policy))] : [];
  });
  return [...inline, ...attached];
}

/** The identity-based policies that apply to the principal: a user's own, a role session's role's. */
export function identityPoliciesOf(cloud: Cloud, principal: Principal): PolicyDocument[] {
  if (principal.kind === 'user') {
    const user = findUserByArn(cloud, principal.arn);
    return user ? policiesOf(cloud, principal.account, user) : [];
  }
  if (principal.kind === 'role-session') {
    const role = principal.roleArn ? findRoleByArn(cloud, principal.roleArn) : undefined;
    return role ? policiesOf(cloud, principal.account, role) : [];
  }
  return [];
}

/**
 * Whether the role's trust policy lets the service principal (`lambda.amazonaws.com`) call
 * sts:AssumeRole — with aws:SourceArn / aws:SourceAccount in `context` when the service sends them.
 */
export function trustAllows(role: RoleRecord, servicePrincipal: string, context: ContextInput = {}, now = 0): boolean {
  const account = role.Arn.split(':')[4] ?? '';
  const decision = evaluate({
    principal: { arn: servicePrincipal, account, kind: 'service', service: servicePrincipal },
    action: 'sts:AssumeRole',
    resource: role.Arn,
    resourceAccount: account,
    identityPolicies: [],
    resourcePolicy: parsePolicy(role.AssumeRolePolicyDocument),
    context,
    now,
  });
  return decision.allowed;
}
