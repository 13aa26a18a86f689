/**
 * Response shapes, with members in the API model's order. Timestamps are Date objects, as botocore
 * hands them to the CLI (which prints them in ISO 8601), at IAM's one-second precision; policy
 * documents are URL-encoded, as IAM returns them.
 */
import type { Cloud } from '../cloud.ts';
import { awsManagedPolicyArn } from './managed.ts';
import { encodePolicyDocument } from './policy.ts';
import type { RoleRecord, UserRecord } from './state.ts';
import { attachmentCount, type AnyManagedPolicy } from './store.ts';
import { stableId } from './unique-ids.ts';

export const timestamp = (ms: number) => new Date(Math.floor(ms / 1000) * 1000);

/** CreateRole answers with the basics; ListRoles adds MaxSessionDuration; GetRole adds RoleLastUsed. */
export function roleOutput(role: RoleRecord, view: 'create' | 'list' | 'get'): Record<string, unknown> {
  return {
    Path: role.Path,
    RoleName: role.RoleName,
    RoleId: role.RoleId,
    Arn: role.Arn,
    CreateDate: timestamp(role.CreateDate),
    AssumeRolePolicyDocument: encodePolicyDocument(role.AssumeRolePolicyDocument),
    ...(role.Description !== undefined ? { Description: role.Description } : {}),
    ...(view !== 'create' ? { MaxSessionDuration: role.MaxSessionDuration } : {}),
    ...(role.Tags?.length && view !== 'list' ? { Tags: role.Tags } : {}),
    ...(view === 'get' ? { RoleLastUsed: {} } : {}),
  };
}

export function userOutput(user: UserRecord, withTags = false): Record<string, unknown> {
  return {
    Path: user.Path,
    UserName: user.UserName,
    UserId: user.UserId,
    Arn: user.Arn,
    CreateDate: timestamp(user.CreateDate),
    ...(withTags && user.Tags?.length ? { Tags: user.Tags } : {}),
  };
}

/** A managed policy; `Description` appears in GetPolicy only, as in IAM. */
export function policyOutput(cloud: Cloud, account: string, p: AnyManagedPolicy, view: 'create' | 'list' | 'get'): Record<string, unknown> {
  const isAws = p.kind === 'aws';
  const arn = isAws ? awsManagedPolicyArn(p.policy) : p.policy.Arn;
  const description = p.policy.Description;
  return {
    PolicyName: p.policy.PolicyName,
    PolicyId: isAws ? stableId('ANPA', p.policy.PolicyName) : p.policy.PolicyId,
    Arn: arn,
    Path: p.policy.Path,
    DefaultVersionId: p.policy.DefaultVersionId,
    AttachmentCount: attachmentCount(cloud, account, arn),
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    ...(view === 'get' && description !== undefined ? { Description: description } : {}),
    CreateDate: isAws ? new Date(p.policy.CreateDate) : timestamp(p.policy.CreateDate),
    UpdateDate: isAws ? new Date(p.policy.UpdateDate) : timestamp(p.policy.UpdateDate),
    ...(p.kind === 'customer' && p.policy.Tags?.length && view !== 'list' ? { Tags: p.policy.Tags } : {}),
  };
}
