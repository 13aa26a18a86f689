/**
 * Checks on policy documents that need the account's state or IAM's quotas, after the grammar:
 * a trust policy may only name principals that exist (`Invalid principal in policy: …`), and the
 * documents' sizes — counted without whitespace, as IAM counts them — must stay within quotas.
 */
import { LEARNER_ACCOUNT, PARTNER_ACCOUNT } from '../accounts.ts';
import { AwsError } from '../errors.ts';
import type { Cloud } from '../cloud.ts';
import { limitExceeded } from './errors.ts';
import { listOf, parsePolicy, statementsOf } from './policy.ts';
import { findRoleByArn, findUserByArn } from './identity.ts';
import { assertValidPolicy, type PolicyKind } from './validate.ts';

/** The sandbox knows every principal of its own accounts; others (123456789012 in AWS's examples) cannot be checked. */
const KNOWN_ACCOUNTS = new Set([LEARNER_ACCOUNT, PARTNER_ACCOUNT]);
const SERVICE = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/;

export const policySize = (text: string) => text.replace(/\s/g, '').length;

function invalidPrincipal(type: string, value: string): AwsError {
  return new AwsError('MalformedPolicyDocument', `Invalid principal in policy: "${type}":"${value}"`, 400);
}

function assertPrincipalExists(cloud: Cloud, value: string): void {
  if (value === '*' || /^\d{12}$/.test(value)) return;
  const m = /^arn:aws:(iam|sts)::(\d{12}):(.+)$/.exec(value);
  if (!m) throw invalidPrincipal('AWS', value);
  const [, service, account, rest] = m;
  if (!KNOWN_ACCOUNTS.has(account!)) return;
  if (service === 'sts') {
    if (/^assumed-role\/[^/]+\/[^/]+$/.test(rest!)) return;
    throw invalidPrincipal('AWS', value);
  }
  if (rest === 'root') return;
  if (rest!.startsWith('role/') && findRoleByArn(cloud, value)) return;
  if (rest!.startsWith('user/') && findUserByArn(cloud, value)) return;
  throw invalidPrincipal('AWS', value);
}

/** A trust policy: grammar, then every AWS principal must exist and every service name be one. */
export function assertTrustPolicy(cloud: Cloud, text: string): void {
  assertValidPolicy(text, 'trust');
  for (const s of statementsOf(parsePolicy(text))) {
    const block = s.Principal ?? s.NotPrincipal;
    if (block === undefined || block === '*') continue;
    for (const value of listOf(block.AWS)) assertPrincipalExists(cloud, String(value));
    for (const value of listOf(block.Service)) if (!SERVICE.test(String(value))) throw invalidPrincipal('SERVICE', String(value));
  }
  if (policySize(text) > 2048) throw limitExceeded('Cannot exceed quota for ACLSizePerRole: 2048');
}

export function assertPermissionsPolicy(text: string, kind: PolicyKind = 'identity'): void {
  assertValidPolicy(text, kind);
}
