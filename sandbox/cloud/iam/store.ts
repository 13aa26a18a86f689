/**
 * Finding IAM entities in the cloud's state. Names are unique per account without regard to case
 * ("Role names are not distinguished by case"), and lookups by name ignore case too; ARNs are
 * built with the entity's path: `arn:aws:iam::ACCOUNT:role/PATH/NAME`.
 */
import type { Cloud } from '../cloud.ts';
import { findAwsManagedPolicy, type AwsManagedPolicy } from './managed.ts';
import { upgradeIamState, type FullIamState, type ManagedPolicyRecord, type RoleRecord, type UserRecord } from './state.ts';

/** The IAM state, with what an older snapshot lacked filled in. */
export function iamOf(cloud: Cloud): FullIamState {
  return upgradeIamState(cloud.state.iam, cloud.clock.now());
}

export const accountOfArn = (arn: string) => /^arn:aws:(?:iam|sts)::(\d{12}|aws):/.exec(arn)?.[1];

export const entityArn = (account: string, kind: 'role' | 'user' | 'policy', path: string, name: string) => `arn:aws:iam::${account}:${kind}${path}${name}`;

function byNameIn<T extends { Arn: string }>(map: Record<string, T>, account: string, name: string, nameOf: (t: T) => string): T | undefined {
  const wanted = name.toLowerCase();
  return Object.values(map).find((e) => accountOfArn(e.Arn) === account && nameOf(e).toLowerCase() === wanted);
}

export function findRole(cloud: Cloud, account: string, name: string): RoleRecord | undefined {
  return byNameIn(iamOf(cloud).roles, account, name, (r) => r.RoleName);
}

export function findUser(cloud: Cloud, account: string, name: string): UserRecord | undefined {
  return byNameIn(iamOf(cloud).users, account, name, (u) => u.UserName);
}

export function rolesOf(cloud: Cloud, account: string): RoleRecord[] {
  return Object.values(iamOf(cloud).roles).filter((r) => accountOfArn(r.Arn) === account);
}

export function usersOf(cloud: Cloud, account: string): UserRecord[] {
  return Object.values(iamOf(cloud).users).filter((u) => accountOfArn(u.Arn) === account);
}

export function customerPoliciesOf(cloud: Cloud, account: string): ManagedPolicyRecord[] {
  return Object.values(iamOf(cloud).policies).filter((p) => accountOfArn(p.Arn) === account);
}

/** A managed policy the caller's account can see: its own customer managed ones and AWS's. */
export type AnyManagedPolicy = { kind: 'customer'; policy: ManagedPolicyRecord } | { kind: 'aws'; policy: AwsManagedPolicy };

export function findManagedPolicy(cloud: Cloud, account: string, arn: string): AnyManagedPolicy | undefined {
  const aws = findAwsManagedPolicy(arn);
  if (aws) return { kind: 'aws', policy: aws };
  const customer = iamOf(cloud).policies[arn];
  return customer && accountOfArn(customer.Arn) === account ? { kind: 'customer', policy: customer } : undefined;
}

/** The document text of a managed policy's default version. */
export function defaultDocument(policy: AnyManagedPolicy): string {
  if (policy.kind === 'aws') return JSON.stringify(policy.policy.Document);
  return policy.policy.Versions.find((v) => v.VersionId === policy.policy.DefaultVersionId)?.Document ?? '{"Statement":[]}';
}

/** How many roles and users of the account have the policy attached. */
export function attachmentCount(cloud: Cloud, account: string, arn: string): number {
  const holders = [...rolesOf(cloud, account), ...usersOf(cloud, account)];
  return holders.filter((h) => h.AttachedPolicyArns.includes(arn)).length;
}
