/**
 * Managed policies attached to roles and users: Attach/Detach/ListAttached RolePolicies and
 * UserPolicies. At most 10 managed policies per role or user (IAM's default quota).
 */
import type { ServiceContext } from '../service.ts';
import { invalidInput, limitExceeded, noSuchEntity } from './errors.ts';
import { checkMembers, POLICY_ARN } from './input.ts';
import { byName, page } from './paging.ts';
import { requireRole } from './roles.ts';
import { findManagedPolicy } from './store.ts';
import { requireUser } from './users.ts';

const MAX_ATTACHED = 10;
const POLICY_ARN_SHAPE = /^arn:aws:iam::(aws|\d{12}):policy\/(.+\/)?[^/]+$/;

type Holder = { AttachedPolicyArns: string[] };

function attach(ctx: ServiceContext, holder: Holder, arn: string, quota: string): void {
  if (!POLICY_ARN_SHAPE.test(arn)) throw invalidInput(`ARN ${arn} is not valid.`);
  if (!findManagedPolicy(ctx.cloud, ctx.identity.account, arn)) throw noSuchEntity(`Policy ${arn} does not exist or is not attachable.`);
  if (holder.AttachedPolicyArns.includes(arn)) return;
  if (holder.AttachedPolicyArns.length >= MAX_ATTACHED) throw limitExceeded(`Cannot exceed quota for ${quota}: ${MAX_ATTACHED}`);
  holder.AttachedPolicyArns.push(arn);
}

function detach(holder: Holder, arn: string): void {
  if (!POLICY_ARN_SHAPE.test(arn)) throw invalidInput(`ARN ${arn} is not valid.`);
  const at = holder.AttachedPolicyArns.indexOf(arn);
  if (at < 0) throw noSuchEntity(`Policy ${arn} was not found.`);
  holder.AttachedPolicyArns.splice(at, 1);
}

function listAttached(holder: Holder, input: Record<string, unknown>) {
  const prefix = typeof input.PathPrefix === 'string' ? input.PathPrefix : '/';
  const attached = holder.AttachedPolicyArns
    .map((arn) => ({ PolicyName: arn.slice(arn.lastIndexOf('/') + 1), PolicyArn: arn, path: arn.slice(arn.indexOf(':policy') + 7, arn.lastIndexOf('/') + 1) }))
    .filter((p) => p.path.startsWith(prefix))
    .sort((a, b) => byName(a.PolicyName, b.PolicyName))
    .map(({ PolicyName, PolicyArn }) => ({ PolicyName, PolicyArn }));
  return page(attached, input, 'AttachedPolicies');
}

export const attachActions = {
  AttachRolePolicy(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [POLICY_ARN]);
    attach(ctx, requireRole(ctx, input), String(input.PolicyArn), 'PoliciesPerRole');
    return {};
  },

  DetachRolePolicy(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [POLICY_ARN]);
    detach(requireRole(ctx, input), String(input.PolicyArn));
    return {};
  },

  ListAttachedRolePolicies(ctx: ServiceContext, input: Record<string, unknown>) {
    return listAttached(requireRole(ctx, input), input);
  },

  AttachUserPolicy(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [POLICY_ARN]);
    attach(ctx, requireUser(ctx, input), String(input.PolicyArn), 'PoliciesPerUser');
    return {};
  },

  DetachUserPolicy(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [POLICY_ARN]);
    detach(requireUser(ctx, input), String(input.PolicyArn));
    return {};
  },

  ListAttachedUserPolicies(ctx: ServiceContext, input: Record<string, unknown>) {
    return listAttached(requireUser(ctx, input), input);
  },
};
