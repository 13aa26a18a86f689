/**
 * Inline policies, embedded in one role or user: Put/Get/Delete/List RolePolicy and UserPolicy.
 * Put replaces a policy of the same name. The document comes back exactly as it was put,
 * URL-encoded. Quotas: a role's inline policies together hold at most 10,240 characters, a user's
 * 2,048 (whitespace not counted).
 */
import type { ServiceContext } from '../service.ts';
import { assertPermissionsPolicy, policySize } from './documents.ts';
import { limitExceeded, noSuchEntity } from './errors.ts';
import { checkMembers, EXISTING_USER_NAME, POLICY_DOCUMENT, POLICY_NAME, ROLE_NAME } from './input.ts';
import { encodePolicyDocument } from './policy.ts';
import { byName, page } from './paging.ts';
import { requireRole } from './roles.ts';
import { requireUser } from './users.ts';

type Holder = { InlinePolicies: Record<string, string> };

function put(holder: Holder, input: Record<string, unknown>, quota: number, quotaMessage: string): void {
  const name = String(input.PolicyName);
  const text = String(input.PolicyDocument);
  assertPermissionsPolicy(text);
  const others = Object.entries(holder.InlinePolicies).filter(([n]) => n !== name).reduce((sum, [, t]) => sum + policySize(t), 0);
  if (others + policySize(text) > quota) throw limitExceeded(quotaMessage);
  holder.InlinePolicies[name] = text;
}

/** An inline policy by name (names compare without case, as IAM names do). */
function find(holder: Holder, name: string): [string, string] | undefined {
  return Object.entries(holder.InlinePolicies).find(([n]) => n.toLowerCase() === name.toLowerCase());
}

export const inlineActions = {
  PutRolePolicy(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [ROLE_NAME, POLICY_NAME, POLICY_DOCUMENT]);
    const role = requireRole(ctx, input);
    put(role, input, 10240, `Maximum policy size of 10240 bytes exceeded for role ${role.RoleName}`);
    return {};
  },

  GetRolePolicy(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [ROLE_NAME, POLICY_NAME]);
    const role = requireRole(ctx, input);
    const found = find(role, String(input.PolicyName));
    if (!found) throw noSuchEntity(`The role policy with name ${input.PolicyName} cannot be found.`);
    return { RoleName: role.RoleName, PolicyName: found[0], PolicyDocument: encodePolicyDocument(found[1]) };
  },

  DeleteRolePolicy(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [ROLE_NAME, POLICY_NAME]);
    const role = requireRole(ctx, input);
    const found = find(role, String(input.PolicyName));
    if (!found) throw noSuchEntity(`The role policy with name ${input.PolicyName} cannot be found.`);
    delete role.InlinePolicies[found[0]];
    return {};
  },

  ListRolePolicies(ctx: ServiceContext, input: Record<string, unknown>) {
    const role = requireRole(ctx, input);
    return page(Object.keys(role.InlinePolicies).sort(byName), input, 'PolicyNames');
  },

  PutUserPolicy(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [EXISTING_USER_NAME, POLICY_NAME, POLICY_DOCUMENT]);
    const user = requireUser(ctx, input, EXISTING_USER_NAME);
    put(user, input, 2048, `Maximum policy size of 2048 bytes exceeded for user ${user.UserName}`);
    return {};
  },

  GetUserPolicy(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [EXISTING_USER_NAME, POLICY_NAME]);
    const user = requireUser(ctx, input, EXISTING_USER_NAME);
    const found = find(user, String(input.PolicyName));
    if (!found) throw noSuchEntity(`The user policy with name ${input.PolicyName} cannot be found.`);
    return { UserName: user.UserName, PolicyName: found[0], PolicyDocument: encodePolicyDocument(found[1]) };
  },

  DeleteUserPolicy(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [EXISTING_USER_NAME, POLICY_NAME]);
    const user = requireUser(ctx, input, EXISTING_USER_NAME);
    const found = find(user, String(input.PolicyName));
    if (!found) throw noSuchEntity(`The user policy with name ${input.PolicyName} cannot be found.`);
    delete user.InlinePolicies[found[0]];
    return {};
  },

  ListUserPolicies(ctx: ServiceContext, input: Record<string, unknown>) {
    const user = requireUser(ctx, input, EXISTING_USER_NAME);
    return page(Object.keys(user.InlinePolicies).sort(byName), input, 'PolicyNames');
  },
};
