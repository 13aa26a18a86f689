/**
 * IAM's state as plain data: roles, users and customer managed policies of every account, keyed by
 * ARN, and the temporary sessions STS issued, keyed by access key id. Policy documents are kept as
 * the JSON text the caller sent, because IAM hands exactly that text back. A new cloud has the
 * learner and the partner administrator (AdministratorAccess) and a `lambda-basic` role in each
 * account, so early lessons need no IAM.
 */
import { LEARNER, LEARNER_ACCOUNT, PARTNER, PARTNER_ACCOUNT } from '../accounts.ts';
import { ADMINISTRATOR_ACCESS_ARN, BASIC_EXECUTION_POLICY_ARN } from './managed.ts';
import type { PolicyDocument } from './policy.ts';

export interface Tag {
  Key: string;
  Value: string;
}

export interface RoleRecord {
  RoleName: string;
  RoleId: string;
  Arn: string;
  Path: string;
  /** Epoch milliseconds. */
  CreateDate: number;
  /** The trust policy as the caller wrote it. */
  AssumeRolePolicyDocument: string;
  Description?: string;
  MaxSessionDuration: number;
  AttachedPolicyArns: string[];
  /** Inline policies: name → document text. */
  InlinePolicies: Record<string, string>;
  Tags?: Tag[];
}

export interface UserRecord {
  UserName: string;
  UserId: string;
  Arn: string;
  Path: string;
  CreateDate: number;
  AttachedPolicyArns: string[];
  InlinePolicies: Record<string, string>;
  Tags?: Tag[];
}

export interface PolicyVersionRecord {
  VersionId: string;
  Document: string;
  CreateDate: number;
}

/** A customer managed policy: `arn:aws:iam::ACCOUNT:policy/PATH/NAME`. */
export interface ManagedPolicyRecord {
  PolicyName: string;
  PolicyId: string;
  Arn: string;
  Path: string;
  Description?: string;
  DefaultVersionId: string;
  /** Next version number: IAM never reuses one, even after DeletePolicyVersion. */
  NextVersion: number;
  CreateDate: number;
  UpdateDate: number;
  Versions: PolicyVersionRecord[];
  Tags?: Tag[];
}

/** Temporary credentials STS issued for a role session. */
export interface SessionRecord {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  /** Epoch milliseconds. */
  Expiration: number;
  RoleArn: string;
  RoleSessionName: string;
  /** `AROA…:session`. */
  AssumedRoleId: string;
  /** `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`. */
  Arn: string;
  Account: string;
  /** Issued to a role session (role chaining): at most one hour. */
  Chained?: boolean;
}

export interface IamState {
  /** Roles by ARN (Lambda reads `roles[roleArn]`). */
  roles: Record<string, RoleRecord>;
  /** Added after the first snapshots: `iamState()` fills what an older snapshot lacks. */
  users?: Record<string, UserRecord>;
  policies?: Record<string, ManagedPolicyRecord>;
  sessions?: Record<string, SessionRecord>;
}

/** IamState with every map present. */
export type FullIamState = Required<IamState>;

export const LAMBDA_TRUST_POLICY: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

function defaultUsers(now: number): Record<string, UserRecord> {
  const users: Record<string, UserRecord> = {};
  for (const identity of [LEARNER, PARTNER]) {
    users[identity.arn] = {
      UserName: identity.arn.slice(identity.arn.lastIndexOf('/') + 1),
      UserId: identity.userId,
      Arn: identity.arn,
      Path: '/',
      CreateDate: now,
      AttachedPolicyArns: [ADMINISTRATOR_ACCESS_ARN],
      InlinePolicies: {},
    };
  }
  return users;
}

function defaultRoles(now: number): Record<string, RoleRecord> {
  const roles: Record<string, RoleRecord> = {};
  for (const [account, id] of [[LEARNER_ACCOUNT, 'AROAQXPZLDBASIC000001'], [PARTNER_ACCOUNT, 'AROAQXPZLDBASIC000002']] as const) {
    const arn = `arn:aws:iam::${account}:role/lambda-basic`;
    roles[arn] = {
      RoleName: 'lambda-basic',
      RoleId: id,
      Arn: arn,
      Path: '/',
      CreateDate: now,
      AssumeRolePolicyDocument: JSON.stringify(LAMBDA_TRUST_POLICY),
      MaxSessionDuration: 3600,
      AttachedPolicyArns: [BASIC_EXECUTION_POLICY_ARN],
      InlinePolicies: {},
    };
  }
  return roles;
}

export function initialIamState(now: number): IamState {
  return { roles: defaultRoles(now), users: defaultUsers(now), policies: {}, sessions: {} };
}

/**
 * The state with every map present, upgrading a snapshot taken before users, customer policies and
 * sessions existed (its roles kept trust policies as objects and had no inline policies).
 */
export function upgradeIamState(iam: IamState, now: number): FullIamState {
  iam.users ??= defaultUsers(now);
  iam.policies ??= {};
  iam.sessions ??= {};
  for (const role of Object.values(iam.roles)) {
    if (typeof role.AssumeRolePolicyDocument !== 'string') role.AssumeRolePolicyDocument = JSON.stringify(role.AssumeRolePolicyDocument);
    role.InlinePolicies ??= {};
    role.AttachedPolicyArns ??= [];
    role.MaxSessionDuration ??= 3600;
  }
  return iam as FullIamState;
}
