/**
 * Role sessions: temporary credentials STS issues (AssumeRole, and Lambda assuming a function's
 * execution role), kept in IAM's state by access key id so a request signed with an `ASIA…` key
 * can be traced back to its role session.
 */
import type { Identity } from '../accounts.ts';
import type { Cloud } from '../cloud.ts';
import { assumedRoleArn, findRoleByArn } from '../iam/identity.ts';
import type { SessionRecord } from '../iam/state.ts';
import { iamOf } from '../iam/store.ts';
import { secretAccessKey, sessionToken, temporaryAccessKeyId } from '../iam/unique-ids.ts';

export interface IssueOptions {
  durationSeconds?: number;
  /** Issued to a role session rather than a user (role chaining). */
  chained?: boolean;
}

/** Issues credentials for a session of the role, without any permission check (callers check). */
export function issueSession(cloud: Cloud, roleArn: string, sessionName: string, options: IssueOptions = {}): SessionRecord {
  const role = findRoleByArn(cloud, roleArn);
  if (!role) throw new Error(`issueSession: no role ${roleArn}`);
  const session: SessionRecord = {
    AccessKeyId: temporaryAccessKeyId(cloud.ids),
    SecretAccessKey: secretAccessKey(cloud.ids),
    SessionToken: sessionToken(cloud.ids),
    Expiration: Math.floor(cloud.clock.now() / 1000) * 1000 + (options.durationSeconds ?? 3600) * 1000,
    RoleArn: role.Arn,
    RoleSessionName: sessionName,
    AssumedRoleId: `${role.RoleId}:${sessionName}`,
    Arn: assumedRoleArn(role, sessionName),
    Account: role.Arn.split(':')[4]!,
    ...(options.chained ? { Chained: true } : {}),
  };
  const sessions = iamOf(cloud).sessions;
  // Expired sessions are of no further use; dropping them keeps snapshots small.
  for (const [key, s] of Object.entries(sessions)) if (s.Expiration <= cloud.clock.now()) delete sessions[key];
  sessions[session.AccessKeyId] = session;
  return session;
}

/** The role session an `ASIA…` access key belongs to, if the cloud issued it (expired or not). */
export function sessionForAccessKey(cloud: Cloud, accessKeyId: string | undefined): SessionRecord | undefined {
  return accessKeyId ? iamOf(cloud).sessions[accessKeyId] : undefined;
}

export const isExpired = (cloud: Cloud, session: SessionRecord) => session.Expiration <= cloud.clock.now();

/** The request identity of a role session, as GetCallerIdentity reports it. */
export function sessionIdentity(session: SessionRecord): Identity {
  return { account: session.Account, arn: session.Arn, userId: session.AssumedRoleId };
}
