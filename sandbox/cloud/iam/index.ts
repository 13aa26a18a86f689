/**
 * AWS Identity and Access Management: the service (its actions, in the query protocol's PascalCase
 * members) and the evaluator every request in the cloud goes through.
 */
import type { Identity } from '../accounts.ts';
import type { Cloud } from '../cloud.ts';
import type { ServiceActions } from '../service.ts';
import { attachActions } from './attach.ts';
import { inlineActions } from './inline.ts';
import { policyActions } from './policies.ts';
import { roleActions } from './roles.ts';
import { entityArn, findRole, findUser } from './store.ts';
import { userActions } from './users.ts';

export const iamActions: ServiceActions = {
  ...roleActions,
  ...inlineActions,
  ...attachActions,
  ...policyActions,
  ...userActions,
} as unknown as ServiceActions;

/**
 * The resource an IAM request acts on, for the authorization check: the role's, user's or policy's
 * ARN (with its path, when it exists), `arn:aws:iam::ACCOUNT:role/` for ListRoles as IAM reports it,
 * `*` for actions without a resource.
 */
export function iamRequestResource(cloud: Cloud, identity: Identity, action: string, input: Record<string, unknown>): string {
  const account = identity.account;
  if (action === 'ListRoles') return `arn:aws:iam::${account}:role/`;
  if (action === 'ListUsers') return `arn:aws:iam::${account}:user/`;
  if (typeof input.PolicyArn === 'string') return input.PolicyArn;
  if (action === 'CreatePolicy') return entityArn(account, 'policy', typeof input.Path === 'string' ? input.Path : '/', String(input.PolicyName));
  if (typeof input.RoleName === 'string') {
    return findRole(cloud, account, input.RoleName)?.Arn ?? entityArn(account, 'role', typeof input.Path === 'string' ? input.Path : '/', input.RoleName);
  }
  if (typeof input.UserName === 'string') {
    return findUser(cloud, account, input.UserName)?.Arn ?? entityArn(account, 'user', typeof input.Path === 'string' ? input.Path : '/', input.UserName);
  }
  if (action === 'GetUser') return identity.arn;
  return '*';
}

export { initialIamState, upgradeIamState, type IamState, type RoleRecord, type UserRecord, type ManagedPolicyRecord, type SessionRecord } from './state.ts';
export { evaluate, accessDeniedMessage, type AuthzRequest, type Decision } from './evaluate.ts';
export type { Principal } from './principal.ts';
export type { PolicyDocument, Statement } from './policy.ts';
export { validatePolicyDocument, assertValidPolicy } from './validate.ts';
export { identityPoliciesOf, findRoleByArn, findUserByArn, trustAllows, roleSessionPrincipal, principalForIdentity } from './identity.ts';
export { iamOf } from './store.ts';
export { AWS_MANAGED_POLICIES, findAwsManagedPolicy } from './managed.ts';
