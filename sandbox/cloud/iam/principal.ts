/**
 * Who is asking, and whether a resource policy's Principal / NotPrincipal names them. A resource
 * policy names a caller directly (its user or session ARN, its role's ARN, a service, `*`) or only
 * through its account (`123456789012` or `arn:aws:iam::123456789012:root`). The second kind
 * delegates to the account: the caller's own identity policies must allow the action as well, in
 * the same account as across accounts (IAM User Guide, "AWS account principals").
 */
import { listOf, type PrincipalBlock } from './policy.ts';

export interface Principal {
  arn: string;
  account: string;
  kind: 'user' | 'role-session' | 'root' | 'service';
  /** The service principal's name, e.g. `s3.amazonaws.com`. */
  service?: string;
  /** For a role session: its role's ARN (with the role's path). */
  roleArn?: string;
  /** aws:userid: `AIDA…` for a user, `AROA…:session` for a role session. */
  userId?: string;
  /** aws:PrincipalTag/… values. */
  tags?: Record<string, string>;
}

export type PrincipalMatch = 'direct' | 'account';

const ROOT = /^arn:aws:iam::(\d{12}):root$/;

function matchAws(value: string, p: Principal): PrincipalMatch | undefined {
  if (value === '*') return 'direct';
  if (p.kind === 'service') return undefined;
  const account = /^\d{12}$/.test(value) ? value : ROOT.exec(value)?.[1];
  if (account !== undefined) {
    if (account !== p.account) return undefined;
    return p.kind === 'root' ? 'direct' : 'account';
  }
  if (value === p.arn) return 'direct';
  if (p.kind === 'role-session' && p.roleArn !== undefined && value === p.roleArn) return 'direct';
  return undefined;
}

/** How a Principal block names the caller: directly, only through the account, or not at all. */
export function principalMatch(block: PrincipalBlock | undefined, p: Principal): PrincipalMatch | undefined {
  if (block === undefined) return undefined;
  if (block === '*') return 'direct';
  let best: PrincipalMatch | undefined;
  for (const [type, values] of Object.entries(block)) {
    for (const value of listOf(values)) {
      let m: PrincipalMatch | undefined;
      if (type === 'AWS') m = matchAws(String(value), p);
      else if (type === 'Service') m = p.kind === 'service' && String(value).toLowerCase() === (p.service ?? p.arn).toLowerCase() ? 'direct' : undefined;
      else if (type === 'Federated') m = String(value) === p.arn ? 'direct' : undefined;
      if (m === 'direct') return m;
      best ??= m;
    }
  }
  return best;
}

/** The ARN-like name AccessDenied messages show for the caller. */
export function principalName(p: Principal): string {
  return p.kind === 'service' ? p.service ?? p.arn : p.arn;
}
