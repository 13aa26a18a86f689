/**
 * Managed policies: CreatePolicy, GetPolicy, ListPolicies, DeletePolicy and their versions
 * (CreatePolicyVersion, GetPolicyVersion, ListPolicyVersions, SetDefaultPolicyVersion,
 * DeletePolicyVersion). Customer managed policies live in the account (`arn:aws:iam::ACCOUNT:policy/NAME`);
 * AWS managed ones (`arn:aws:iam::aws:policy/…`) can be read and attached, never changed. A policy
 * keeps at most five versions; version numbers are never reused.
 */
import type { ServiceContext } from '../service.ts';
import { assertPermissionsPolicy, policySize } from './documents.ts';
import { deleteConflict, entityAlreadyExists, limitExceeded, noSuchEntity } from './errors.ts';
import { checkEnum, checkMembers, POLICY_ARN, POLICY_DOCUMENT, POLICY_NAME, POLICY_PATH_PATTERN, VERSION_ID, type MemberRule } from './input.ts';
import { AWS_MANAGED_POLICIES, awsManagedPolicyArn } from './managed.ts';
import { policyOutput, timestamp } from './output.ts';
import { encodePolicyDocument } from './policy.ts';
import { byName, page } from './paging.ts';
import type { ManagedPolicyRecord, PolicyVersionRecord } from './state.ts';
import { attachmentCount, customerPoliciesOf, entityArn, findManagedPolicy, iamOf, type AnyManagedPolicy } from './store.ts';
import { tagsOf } from './roles.ts';
import { uniqueId } from './unique-ids.ts';

const PATH: MemberRule = { name: 'Path', member: 'path', min: 1, max: 512, pattern: POLICY_PATH_PATTERN };
const DESCRIPTION: MemberRule = { name: 'Description', member: 'description', max: 1000 };
const MAX_VERSIONS = 5;
const MAX_SIZE = 6144;

function requirePolicy(ctx: ServiceContext, input: Record<string, unknown>): AnyManagedPolicy {
  checkMembers(input, [POLICY_ARN]);
  const arn = String(input.PolicyArn);
  const policy = findManagedPolicy(ctx.cloud, ctx.identity.account, arn);
  if (!policy) throw noSuchEntity(`Policy ${arn} was not found.`);
  return policy;
}

/** A customer managed policy: AWS managed ones cannot be changed or deleted. */
function requireCustomerPolicy(ctx: ServiceContext, input: Record<string, unknown>): ManagedPolicyRecord {
  const policy = requirePolicy(ctx, input);
  if (policy.kind === 'aws') throw noSuchEntity(`Policy ${input.PolicyArn} was not found.`);
  return policy.policy;
}

const versionMissing = (arn: unknown, id: unknown) => noSuchEntity(`Policy ${arn} version ${id} does not exist or is not attachable.`);

function versionOutput(v: PolicyVersionRecord, defaultId: string, withDocument: boolean) {
  return {
    ...(withDocument ? { Document: encodePolicyDocument(v.Document) } : {}),
    VersionId: v.VersionId,
    IsDefaultVersion: v.VersionId === defaultId,
    CreateDate: timestamp(v.CreateDate),
  };
}

function assertDocument(text: string): void {
  assertPermissionsPolicy(text);
  if (policySize(text) > MAX_SIZE) throw limitExceeded(`Cannot exceed quota for PolicySize: ${MAX_SIZE}`);
}

export const policyActions = {
  CreatePolicy(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [POLICY_NAME, PATH, POLICY_DOCUMENT, DESCRIPTION]);
    const name = String(input.PolicyName);
    const path = typeof input.Path === 'string' ? input.Path : '/';
    const account = ctx.identity.account;
    if (customerPoliciesOf(ctx.cloud, account).some((p) => p.PolicyName.toLowerCase() === name.toLowerCase())) {
      throw entityAlreadyExists(`A policy called ${name} already exists. Duplicate names are not allowed.`);
    }
    const text = String(input.PolicyDocument);
    assertDocument(text);
    const now = ctx.cloud.clock.now();
    const arn = entityArn(account, 'policy', path, name);
    const tags = tagsOf(input);
    const policy: ManagedPolicyRecord = {
      PolicyName: name,
      PolicyId: uniqueId(ctx.cloud.ids, 'ANPA'),
      Arn: arn,
      Path: path,
      ...(typeof input.Description === 'string' ? { Description: input.Description } : {}),
      DefaultVersionId: 'v1',
      NextVersion: 2,
      CreateDate: now,
      UpdateDate: now,
      Versions: [{ VersionId: 'v1', Document: text, CreateDate: now }],
      ...(tags ? { Tags: tags } : {}),
    };
    iamOf(ctx.cloud).policies[arn] = policy;
    return { Policy: policyOutput(ctx.cloud, account, { kind: 'customer', policy }, 'create') };
  },

  GetPolicy(ctx: ServiceContext, input: Record<string, unknown>) {
    return { Policy: policyOutput(ctx.cloud, ctx.identity.account, requirePolicy(ctx, input), 'get') };
  },

  ListPolicies(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [{ ...PATH, name: 'PathPrefix', member: 'pathPrefix' }]);
    checkEnum(input, 'Scope', 'scope', ['All', 'AWS', 'Local']);
    checkEnum(input, 'PolicyUsageFilter', 'policyUsageFilter', ['PermissionsPolicy', 'PermissionsBoundary']);
    const account = ctx.identity.account;
    const scope = typeof input.Scope === 'string' ? input.Scope : 'All';
    const prefix = typeof input.PathPrefix === 'string' ? input.PathPrefix : '/';
    const all: AnyManagedPolicy[] = [
      ...(scope !== 'Local' ? AWS_MANAGED_POLICIES.map((policy) => ({ kind: 'aws' as const, policy })) : []),
      ...(scope !== 'AWS' ? customerPoliciesOf(ctx.cloud, account).map((policy) => ({ kind: 'customer' as const, policy })) : []),
    ];
    const arnOf = (p: AnyManagedPolicy) => (p.kind === 'aws' ? awsManagedPolicyArn(p.policy) : p.policy.Arn);
    const listed = all
      .filter((p) => p.policy.Path.startsWith(prefix))
      .filter((p) => input.OnlyAttached !== true || attachmentCount(ctx.cloud, account, arnOf(p)) > 0)
      // No permissions boundaries in the sandbox: filtering for them finds nothing.
      .filter(() => input.PolicyUsageFilter !== 'PermissionsBoundary')
      .sort((a, b) => byName(a.policy.PolicyName, b.policy.PolicyName))
      .map((p) => policyOutput(ctx.cloud, account, p, 'list'));
    return page(listed, input, 'Policies');
  },

  DeletePolicy(ctx: ServiceContext, input: Record<string, unknown>) {
    const policy = requireCustomerPolicy(ctx, input);
    if (attachmentCount(ctx.cloud, ctx.identity.account, policy.Arn) > 0) throw deleteConflict('Cannot delete a policy attached to entities.');
    if (policy.Versions.length > 1) {
      throw deleteConflict("This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.");
    }
    delete iamOf(ctx.cloud).policies[policy.Arn];
    return {};
  },

  CreatePolicyVersion(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [POLICY_ARN, POLICY_DOCUMENT]);
    const policy = requireCustomerPolicy(ctx, input);
    if (policy.Versions.length >= MAX_VERSIONS) {
      throw limitExceeded('A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.');
    }
    const text = String(input.PolicyDocument);
    assertDocument(text);
    const now = ctx.cloud.clock.now();
    const version: PolicyVersionRecord = { VersionId: `v${policy.NextVersion++}`, Document: text, CreateDate: now };
    policy.Versions.push(version);
    if (input.SetAsDefault === true) policy.DefaultVersionId = version.VersionId;
    policy.UpdateDate = now;
    return { PolicyVersion: versionOutput(version, policy.DefaultVersionId, false) };
  },

  GetPolicyVersion(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [POLICY_ARN, VERSION_ID]);
    const policy = requirePolicy(ctx, input);
    const id = String(input.VersionId);
    if (policy.kind === 'aws') {
      // Only the default version of an AWS managed policy is kept here.
      if (id !== policy.policy.DefaultVersionId) throw versionMissing(input.PolicyArn, id);
      return {
        PolicyVersion: { Document: encodePolicyDocument(JSON.stringify(policy.policy.Document)), VersionId: id, IsDefaultVersion: true, CreateDate: new Date(policy.policy.UpdateDate) },
      };
    }
    const version = policy.policy.Versions.find((v) => v.VersionId === id);
    if (!version) throw versionMissing(input.PolicyArn, id);
    return { PolicyVersion: versionOutput(version, policy.policy.DefaultVersionId, true) };
  },

  ListPolicyVersions(ctx: ServiceContext, input: Record<string, unknown>) {
    const policy = requirePolicy(ctx, input);
    if (policy.kind === 'aws') {
      const p = policy.policy;
      return page([{ VersionId: p.DefaultVersionId, IsDefaultVersion: true, CreateDate: new Date(p.UpdateDate) }], input, 'Versions');
    }
    const versions = [...policy.policy.Versions].reverse().map((v) => versionOutput(v, policy.policy.DefaultVersionId, false));
    return page(versions, input, 'Versions');
  },

  SetDefaultPolicyVersion(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [POLICY_ARN, VERSION_ID]);
    const policy = requireCustomerPolicy(ctx, input);
    const id = String(input.VersionId);
    if (!policy.Versions.some((v) => v.VersionId === id)) throw versionMissing(input.PolicyArn, id);
    policy.DefaultVersionId = id;
    policy.UpdateDate = ctx.cloud.clock.now();
    return {};
  },

  DeletePolicyVersion(ctx: ServiceContext, input: Record<string, unknown>) {
    checkMembers(input, [POLICY_ARN, VERSION_ID]);
    const policy = requireCustomerPolicy(ctx, input);
    const id = String(input.VersionId);
    const at = policy.Versions.findIndex((v) => v.VersionId === id);
    if (at < 0) throw versionMissing(input.PolicyArn, id);
    if (id === policy.DefaultVersionId) throw deleteConflict('Cannot delete the default version of a policy.');
    policy.Versions.splice(at, 1);
    return {};
  },
};
