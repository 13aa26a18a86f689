/**
 * IAM roles: CreateRole, GetRole, ListRoles, UpdateRole, UpdateAssumeRolePolicy, DeleteRole. A role
 * is its trust policy (who may assume it) plus its permissions (inline and attached policies,
 * handled in inline.ts and attach.ts). Names and messages are IAM's.
 */
import type { ServiceContext } from '../service.ts';
import { assertTrustPolicy } from './documents.ts';
import { deleteConflict, entityAlreadyExists, noSuchEntity, validationError } from './errors.ts';
import { checkMembers, POLICY_DOCUMENT, ROLE_NAME, type MemberRule } from './input.ts';
import { roleOutput } from './output.ts';
import { byName, page } from './paging.ts';
import type { RoleRecord, Tag } from './state.ts';
import { entityArn, findRole, iamOf, rolesOf } from './store.ts';
import { uniqueId } from './unique-ids.ts';

// What the rest of the cloud imported from here before the full IAM existed.
export { initialIamState, LAMBDA_TRUST_POLICY, type IamState, type RoleRecord } from './state.ts';
export { BASIC_EXECUTION_POLICY_ARN } from './managed.ts';
export type { PolicyDocument } from './policy.ts';

// The path's pattern is checked with IAM's own sentence (INVALID_PATH), not the model's regex.
const PATH: MemberRule = { name: 'Path', member: 'path', min: 1, max: 512 };
const DESCRIPTION: MemberRule = { name: 'Description', member: 'description', max: 1000, pattern: '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*' };
const MAX_SESSION: MemberRule = { name: 'MaxSessionDuration', member: 'maxSessionDuration', minValue: 3600, maxValue: 43200 };
const TRUST_DOCUMENT: MemberRule = { ...POLICY_DOCUMENT, name: 'AssumeRolePolicyDocument', member: 'assumeRolePolicyDocument' };

export const VALID_PATH = /^(\/|\/[\u0021-\u007E]+\/)$/;
export const INVALID_PATH = 'The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.';

/** The role named in the request, or IAM's NoSuchEntity. */
export function requireRole(ctx: ServiceContext, input: Record<string, unknown>): RoleRecord {
  checkMembers(input, [ROLE_NAME]);
  const name = String(input.RoleName);
  const role = findRole(ctx.cloud, ctx.identity.account, name);
  if (!role) throw noSuchEntity(`The role with name ${name} cannot be found.`);
  return role;
}

export function tagsOf(input: Record<string, unknown>): Tag[] | undefined {
  const tags = input.Tags as Tag[] | undefined;
  return Array.isArray(tags) && tags.length ? tags.map((t) => ({ Key: String(t.Key), Value: String(t.Value) })) : undefined;
}

export const roleActions = {
  CreateRole(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [PATH, ROLE_NAME, TRUST_DOCUMENT, DESCRIPTION, MAX_SESSION]);
    const path = typeof input.Path === 'string' ? input.Path : '/';
    if (!VALID_PATH.test(path)) throw validationError(INVALID_PATH);
    const name = String(input.RoleName);
    const account = ctx.identity.account;
    if (findRole(ctx.cloud, account, name)) throw entityAlreadyExists(`Role with name ${name} already exists.`);
    const trust = String(input.AssumeRolePolicyDocument);
    assertTrustPolicy(ctx.cloud, trust);
    const arn = entityArn(account, 'role', path, name);
    const tags = tagsOf(input);
    const role: RoleRecord = {
      RoleName: name,
      RoleId: uniqueId(ctx.cloud.ids, 'AROA'),
      Arn: arn,
      Path: path,
      CreateDate: ctx.cloud.clock.now(),
      AssumeRolePolicyDocument: trust,
      ...(typeof input.Description === 'string' ? { Description: input.Description } : {}),
      MaxSessionDuration: typeof input.MaxSessionDuration === 'number' ? input.MaxSessionDuration : 3600,
      AttachedPolicyArns: [],
      InlinePolicies: {},
      ...(tags ? { Tags: tags } : {}),
    };
    iamOf(ctx.cloud).roles[arn] = role;
    return { Role: roleOutput(role, 'create') };
  },

  GetRole(ctx: ServiceContext, input: Record<string, unknown>) {
    return { Role: roleOutput(requireRole(ctx, input), 'get') };
  },

  ListRoles(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [{ name: 'PathPrefix', member: 'pathPrefix', min: 1, max: 512, pattern: '\\u002F[\\u0021-\\u007F]*' }]);
    const prefix = typeof input.PathPrefix === 'string' ? input.PathPrefix : '/';
    const roles = rolesOf(ctx.cloud, ctx.identity.account)
      .filter((r) => r.Path.startsWith(prefix))
      .sort((a, b) => byName(a.RoleName, b.RoleName))
      .map((r) => roleOutput(r, 'list'));
    return page(roles, input, 'Roles');
  },

  UpdateRole(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [DESCRIPTION, MAX_SESSION]);
    const role = requireRole(ctx, input);
    if (typeof input.Description === 'string') role.Description = input.Description;
    if (typeof input.MaxSessionDuration === 'number') role.MaxSessionDuration = input.MaxSessionDuration;
    return {};
  },

  UpdateAssumeRolePolicy(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [ROLE_NAME, POLICY_DOCUMENT]);
    const role = requireRole(ctx, input);
    const trust = String(input.PolicyDocument);
    assertTrustPolicy(ctx.cloud, trust);
    role.AssumeRolePolicyDocument = trust;
    return {};
  },

  DeleteRole(ctx: ServiceContext, input: Record<string, unknown>) {
    const role = requireRole(ctx, input);
    if (role.AttachedPolicyArns.length) throw deleteConflict('Cannot delete entity, must detach all policies first.');
    if (Object.keys(role.InlinePolicies).length) throw deleteConflict('Cannot delete entity, must delete policies first.');
    delete iamOf(ctx.cloud).roles[role.Arn];
    return {};
  },
};

