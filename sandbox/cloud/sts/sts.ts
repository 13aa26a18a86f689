/**
 * AWS STS: GetCallerIdentity (who am I) and AssumeRole. AssumeRole succeeds when the role's trust
 * policy allows the caller — it always must, even in the role's own account — and, unless the
 * trust policy names the caller itself, the caller's identity policies allow sts:AssumeRole on
 * the role too. Every refusal reads the same, so a caller cannot probe which roles exist.
 */
import { AwsError } from '../errors.ts';
import type { ServiceActions, ServiceContext } from '../service.ts';
import { constraintErrors, validationError, type Constraint } from '../iam/errors.ts';
import { evaluate } from '../iam/evaluate.ts';
import { findRoleByArn, identityPoliciesOf, principalForIdentity } from '../iam/identity.ts';
import { timestamp } from '../iam/output.ts';
import { parsePolicy } from '../iam/policy.ts';
import { issueSession } from './sessions.ts';

const SESSION_NAME = /^[\w+=,.@-]*$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]*$/;

function checkInput(input: Record<string, unknown>): void {
  const v: Constraint[] = [];
  const arn = input.RoleArn === undefined ? undefined : String(input.RoleArn);
  const name = input.RoleSessionName === undefined ? undefined : String(input.RoleSessionName);
  if (arn === undefined) v.push({ value: undefined, member: 'roleArn', constraint: 'Member must not be null' });
  else if (arn.length < 20) v.push({ value: arn, member: 'roleArn', constraint: 'Member must have length greater than or equal to 20' });
  if (name === undefined) v.push({ value: undefined, member: 'roleSessionName', constraint: 'Member must not be null' });
  else {
    if (name.length < 2) v.push({ value: name, member: 'roleSessionName', constraint: 'Member must have length greater than or equal to 2' });
    if (name.length > 64) v.push({ value: name, member: 'roleSessionName', constraint: 'Member must have length less than or equal to 64' });
    if (!SESSION_NAME.test(name)) v.push({ value: name, member: 'roleSessionName', constraint: 'Member must satisfy regular expression pattern: [\\w+=,.@-]*' });
  }
  const duration = input.DurationSeconds;
  if (typeof duration === 'number') {
    if (duration < 900) v.push({ value: duration, member: 'durationSeconds', constraint: 'Member must have value greater than or equal to 900' });
    if (duration > 43200) v.push({ value: duration, member: 'durationSeconds', constraint: 'Member must have value less than or equal to 43200' });
  }
  if (typeof input.ExternalId === 'string' && !EXTERNAL_ID.test(input.ExternalId)) {
    v.push({ value: input.ExternalId, member: 'externalId', constraint: 'Member must satisfy regular expression pattern: [\\w+=,.@:\\/-]*' });
  }
  if (v.length) throw constraintErrors(v);
}

export const stsActions: ServiceActions = {
  GetCallerIdentity(ctx) {
    return { UserId: ctx.identity.userId, Account: ctx.identity.account, Arn: ctx.identity.arn };
  },

  AssumeRole(ctx: ServiceContext, input: Record<string, unknown>) {
    checkInput(input);
    const roleArn = String(input.RoleArn);
    const sessionName = String(input.RoleSessionName);
    const caller = principalForIdentity(ctx.cloud, ctx.identity);
    const denied = () => new AwsError('AccessDenied', `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`, 403);
    const role = findRoleByArn(ctx.cloud, roleArn);
    if (!role) throw denied();
    const decision = evaluate({
      principal: caller,
      action: 'sts:AssumeRole',
      resource: role.Arn,
      resourceAccount: role.Arn.split(':')[4]!,
      identityPolicies: identityPoliciesOf(ctx.cloud, caller),
      resourcePolicy: parsePolicy(role.AssumeRolePolicyDocument),
      context: {
        'sts:RoleSessionName': sessionName,
        'sts:ExternalId': typeof input.ExternalId === 'string' ? input.ExternalId : undefined,
        'sts:SourceIdentity': typeof input.SourceIdentity === 'string' ? input.SourceIdentity : undefined,
      },
      now: ctx.cloud.clock.now(),
    });
    // A role's trust policy must allow the caller even within its own account.
    if (!decision.allowed || decision.by === 'identity') throw denied();
    const chained = caller.kind === 'role-session';
    const duration = typeof input.DurationSeconds === 'number' ? input.DurationSeconds : 3600;
    if (chained && duration > 3600) throw validationError('The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
    if (duration > role.MaxSessionDuration) throw validationError('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
    const session = issueSession(ctx.cloud, role.Arn, sessionName, { durationSeconds: duration, chained });
    return {
      Credentials: {
        AccessKeyId: session.AccessKeyId,
        SecretAccessKey: session.SecretAccessKey,
        SessionToken: session.SessionToken,
        Expiration: timestamp(session.Expiration),
      },
      AssumedRoleUser: { AssumedRoleId: session.AssumedRoleId, Arn: session.Arn },
      ...(typeof input.SourceIdentity === 'string' ? { SourceIdentity: input.SourceIdentity } : {}),
    };
  },
};

export { sessionForAccessKey, sessionIdentity, issueSession, isExpired } from './sessions.ts';
