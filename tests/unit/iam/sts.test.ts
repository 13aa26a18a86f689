/** STS: GetCallerIdentity and AssumeRole — trust policies, permissions, credentials, sessions by access key. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { sessionForAccessKey, sessionIdentity } from '../../../sandbox/cloud/sts/sts.ts';
import { A, B, failure, iam, iamCloud, json, LEARNER, PARTNER, sts } from './helpers.ts';

const trustedBy = (principal: unknown) => json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }] });
const ROLE = `arn:aws:iam::${A}:role/deployer`;

describe('STS', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('GetCallerIdentity for a user', async () => {
    cloud = iamCloud();
    expect(await sts(cloud, 'GetCallerIdentity')).toEqual({ UserId: LEARNER.userId, Account: A, Arn: LEARNER.arn });
  });

  it('AssumeRole returns temporary credentials and the assumed-role user; the session answers GetCallerIdentity', async () => {
    cloud = iamCloud();
    const { Role } = await iam(cloud, 'CreateRole', { RoleName: 'deployer', AssumeRolePolicyDocument: trustedBy({ AWS: LEARNER.arn }), MaxSessionDuration: 7200 });
    const out = await sts(cloud, 'AssumeRole', { RoleArn: ROLE, RoleSessionName: 'ci', DurationSeconds: 7200 });
    expect(Object.keys(out)).toEqual(['Credentials', 'AssumedRoleUser']);
    expect(out.Credentials.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(out.Credentials.SecretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/);
    expect(out.Credentials.SessionToken).toMatch(/^IQoJb3JpZ2luX2Vj/);
    expect(out.Credentials.Expiration).toEqual(new Date(Date.UTC(2026, 0, 1, 2)));
    expect(out.AssumedRoleUser).toEqual({ AssumedRoleId: `${Role.RoleId}:ci`, Arn: `arn:aws:sts::${A}:assumed-role/deployer/ci` });
    const session = sessionForAccessKey(cloud, out.Credentials.AccessKeyId)!;
    expect(session).toMatchObject({ RoleArn: ROLE, RoleSessionName: 'ci', Account: A });
    expect(await sts(cloud, 'GetCallerIdentity', {}, sessionIdentity(session))).toEqual({ UserId: `${Role.RoleId}:ci`, Account: A, Arn: `arn:aws:sts::${A}:assumed-role/deployer/ci` });
    expect(await failure(iam(cloud, 'GetUser', {}, sessionIdentity(session)))).toEqual({ code: 'ValidationError', message: 'Must specify userName when calling with non-User credentials', status: 400 });
  });

  it('the trust policy must allow the caller, even in the role’s own account and with AdministratorAccess', async () => {
    cloud = iamCloud();
    await iam(cloud, 'CreateRole', { RoleName: 'deployer', AssumeRolePolicyDocument: trustedBy({ Service: 'lambda.amazonaws.com' }) });
    expect(await failure(sts(cloud, 'AssumeRole', { RoleArn: ROLE, RoleSessionName: 'ci' }))).toEqual({
      code: 'AccessDenied', message: `User: ${LEARNER.arn} is not authorized to perform: sts:AssumeRole on resource: ${ROLE}`, status: 403,
    });
    expect((await failure(sts(cloud, 'AssumeRole', { RoleArn: `arn:aws:iam::${A}:role/ghost`, RoleSessionName: 'ci' }))).code).toBe('AccessDenied');
  });

  it('a trust policy naming the account needs the caller’s sts:AssumeRole permission too', async () => {
    cloud = iamCloud();
    await iam(cloud, 'CreateRole', { RoleName: 'deployer', AssumeRolePolicyDocument: trustedBy({ AWS: `arn:aws:iam::${A}:root` }) });
    await iam(cloud, 'CreateUser', { UserName: 'bob' });
    const bob = { account: A, arn: `arn:aws:iam::${A}:user/bob`, userId: 'AIDABOB' };
    expect((await failure(sts(cloud, 'AssumeRole', { RoleArn: ROLE, RoleSessionName: 'bob' }, bob))).code).toBe('AccessDenied');
    await iam(cloud, 'PutUserPolicy', { UserName: 'bob', PolicyName: 'assume', PolicyDocument: json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE }] }) });
    expect((await sts(cloud, 'AssumeRole', { RoleArn: ROLE, RoleSessionName: 'bob' }, bob)).AssumedRoleUser.Arn).toBe(`arn:aws:sts::${A}:assumed-role/deployer/bob`);
  });

  it('cross-account: the partner assumes a role the learner’s account trusts it with', async () => {
    cloud = iamCloud();
    await iam(cloud, 'CreateRole', { RoleName: 'deployer', AssumeRolePolicyDocument: trustedBy({ AWS: B }) });
    const out = await sts(cloud, 'AssumeRole', { RoleArn: ROLE, RoleSessionName: 'partner' }, PARTNER);
    expect(out.AssumedRoleUser.Arn).toBe(`arn:aws:sts::${A}:assumed-role/deployer/partner`);
  });

  it('durations: the role’s MaxSessionDuration, and one hour when chaining roles', async () => {
    cloud = iamCloud();
    await iam(cloud, 'CreateRole', { RoleName: 'deployer', AssumeRolePolicyDocument: trustedBy({ AWS: LEARNER.arn }), MaxSessionDuration: 7200 });
    // A role can trust itself only once it exists.
    await iam(cloud, 'UpdateAssumeRolePolicy', { RoleName: 'deployer', PolicyDocument: trustedBy({ AWS: [LEARNER.arn, ROLE] }) });
    expect(await failure(sts(cloud, 'AssumeRole', { RoleArn: ROLE, RoleSessionName: 'ci', DurationSeconds: 10800 }))).toEqual({
      code: 'ValidationError', message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.', status: 400,
    });
    const first = await sts(cloud, 'AssumeRole', { RoleArn: ROLE, RoleSessionName: 'ci' });
    const asSession = sessionIdentity(sessionForAccessKey(cloud, first.Credentials.AccessKeyId)!);
    await iam(cloud, 'PutRolePolicy', { RoleName: 'deployer', PolicyName: 'self', PolicyDocument: json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE }] }) });
    expect((await failure(sts(cloud, 'AssumeRole', { RoleArn: ROLE, RoleSessionName: 'again', DurationSeconds: 7200 }, asSession))).message).toBe(
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
    );
    expect((await sts(cloud, 'AssumeRole', { RoleArn: ROLE, RoleSessionName: 'again' }, asSession)).AssumedRoleUser.Arn).toBe(`arn:aws:sts::${A}:assumed-role/deployer/again`);
  });

  it('validates the session name as STS does', async () => {
    cloud = iamCloud();
    expect(await failure(sts(cloud, 'AssumeRole', { RoleArn: ROLE, RoleSessionName: 'my session' }))).toEqual({
      code: 'ValidationError',
      message: "1 validation error detected: Value 'my session' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
      status: 400,
    });
  });
});
