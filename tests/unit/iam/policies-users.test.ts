/** Managed policies and users, and the policies a principal carries into the evaluator. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { accessDeniedMessage, evaluate, identityPoliciesOf, principalForIdentity, roleSessionPrincipal } from '../../../sandbox/cloud/iam/index.ts';
import { AWS_MANAGED_POLICIES } from '../../../sandbox/cloud/iam/managed.ts';
import { A, decode, failure, iam, iamCloud, json, LEARNER } from './helpers.ts';

const READ_LOGS = json({ Version: '2012-10-17', Statement: [{ Sid: 'ReadLogs', Effect: 'Allow', Action: ['logs:GetLogEvents', 'logs:FilterLogEvents'], Resource: '*' }] });
const INVOKE_ONE = json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: `arn:aws:lambda:us-east-1:${A}:function:hello` }] });

describe('IAM managed policies', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('AWS managed policies carry AWS’s own documents and versions', async () => {
    cloud = iamCloud();
    const basic = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
    const { Policy } = await iam(cloud, 'GetPolicy', { PolicyArn: basic });
    expect(Policy).toMatchObject({ PolicyName: 'AWSLambdaBasicExecutionRole', Arn: basic, Path: '/service-role/', DefaultVersionId: 'v1', AttachmentCount: 1, IsAttachable: true, Description: 'Provides write permissions to CloudWatch Logs.' });
    expect(Policy.PolicyId).toMatch(/^ANPA[A-Z2-7]{17}$/);
    // Attachments are counted in the caller's account: lambda-basic of 111111111111 holds it.
    const { PolicyVersion } = await iam(cloud, 'GetPolicyVersion', { PolicyArn: basic, VersionId: 'v1' });
    expect(decode(PolicyVersion.Document)).toEqual({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }] });
    const kinesis = AWS_MANAGED_POLICIES.find((p) => p.PolicyName === 'AWSLambdaKinesisExecutionRole')!;
    expect(kinesis.DefaultVersionId).toBe('v2');
    const scoped = await iam(cloud, 'ListPolicies', { Scope: 'AWS', PathPrefix: '/service-role/' });
    expect(scoped.Policies.map((p: { PolicyName: string }) => p.PolicyName)).toEqual([
      'AWSLambdaBasicExecutionRole', 'AWSLambdaDynamoDBExecutionRole', 'AWSLambdaKinesisExecutionRole', 'AWSLambdaRole', 'AWSLambdaSQSQueueExecutionRole', 'AWSLambdaVPCAccessExecutionRole',
    ]);
  });

  it('CreatePolicy makes v1 the default; versions: create (SetAsDefault), list newest first, set default, delete', async () => {
    cloud = iamCloud();
    const { Policy } = await iam(cloud, 'CreatePolicy', { PolicyName: 'read-logs', PolicyDocument: READ_LOGS, Description: 'logs' });
    expect(Object.keys(Policy)).toEqual(['PolicyName', 'PolicyId', 'Arn', 'Path', 'DefaultVersionId', 'AttachmentCount', 'PermissionsBoundaryUsageCount', 'IsAttachable', 'CreateDate', 'UpdateDate']);
    expect(Policy).toMatchObject({ PolicyName: 'read-logs', Arn: `arn:aws:iam::${A}:policy/read-logs`, DefaultVersionId: 'v1', AttachmentCount: 0 });
    expect((await iam(cloud, 'GetPolicy', { PolicyArn: Policy.Arn })).Policy.Description).toBe('logs');
    const v2 = await iam(cloud, 'CreatePolicyVersion', { PolicyArn: Policy.Arn, PolicyDocument: INVOKE_ONE, SetAsDefault: true });
    expect(v2.PolicyVersion).toMatchObject({ VersionId: 'v2', IsDefaultVersion: true });
    expect((await iam(cloud, 'ListPolicyVersions', { PolicyArn: Policy.Arn })).Versions.map((v: { VersionId: string; IsDefaultVersion: boolean }) => [v.VersionId, v.IsDefaultVersion])).toEqual([['v2', true], ['v1', false]]);
    expect(decode((await iam(cloud, 'GetPolicyVersion', { PolicyArn: Policy.Arn, VersionId: 'v1' })).PolicyVersion.Document)).toEqual(JSON.parse(READ_LOGS));
    expect(await failure(iam(cloud, 'DeletePolicyVersion', { PolicyArn: Policy.Arn, VersionId: 'v2' }))).toEqual({ code: 'DeleteConflict', message: 'Cannot delete the default version of a policy.', status: 409 });
    expect(await failure(iam(cloud, 'DeletePolicy', { PolicyArn: Policy.Arn }))).toMatchObject({ code: 'DeleteConflict' });
    await iam(cloud, 'DeletePolicyVersion', { PolicyArn: Policy.Arn, VersionId: 'v1' });
    for (let i = 0; i < 4; i++) await iam(cloud, 'CreatePolicyVersion', { PolicyArn: Policy.Arn, PolicyDocument: READ_LOGS });
    expect(await failure(iam(cloud, 'CreatePolicyVersion', { PolicyArn: Policy.Arn, PolicyDocument: READ_LOGS }))).toEqual({
      code: 'LimitExceeded', message: 'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.', status: 409,
    });
    expect((await iam(cloud, 'ListPolicies', { Scope: 'Local' })).Policies.map((p: { DefaultVersionId: string }) => p.DefaultVersionId)).toEqual(['v2']);
  });

  it('errors: duplicate name, unknown policy, the version grammar, a policy still attached', async () => {
    cloud = iamCloud();
    const { Policy } = await iam(cloud, 'CreatePolicy', { PolicyName: 'read-logs', PolicyDocument: READ_LOGS });
    expect(await failure(iam(cloud, 'CreatePolicy', { PolicyName: 'read-logs', PolicyDocument: READ_LOGS }))).toEqual({
      code: 'EntityAlreadyExists', message: 'A policy called read-logs already exists. Duplicate names are not allowed.', status: 409,
    });
    expect(await failure(iam(cloud, 'GetPolicy', { PolicyArn: `arn:aws:iam::${A}:policy/nope` }))).toEqual({ code: 'NoSuchEntity', message: `Policy arn:aws:iam::${A}:policy/nope was not found.`, status: 404 });
    expect((await failure(iam(cloud, 'CreatePolicy', { PolicyName: 'x', PolicyDocument: json({ Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }) }))).message).toBe('Policy document must be version 2012-10-17 or greater.');
    await iam(cloud, 'AttachRolePolicy', { RoleName: 'lambda-basic', PolicyArn: Policy.Arn });
    expect(await failure(iam(cloud, 'DeletePolicy', { PolicyArn: Policy.Arn }))).toEqual({ code: 'DeleteConflict', message: 'Cannot delete a policy attached to entities.', status: 409 });
    expect((await iam(cloud, 'ListPolicies', { OnlyAttached: true, Scope: 'Local' })).Policies).toHaveLength(1);
    expect(await failure(iam(cloud, 'ListPolicies', { Scope: 'Mine' }))).toEqual({
      code: 'ValidationError', message: "1 validation error detected: Value 'Mine' at 'scope' failed to satisfy constraint: Member must satisfy enum value set: [All, AWS, Local]", status: 400,
    });
  });
});

describe('IAM users', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('the learner exists with AdministratorAccess; GetUser without a name describes the caller', async () => {
    cloud = iamCloud();
    expect((await iam(cloud, 'GetUser')).User).toEqual({ Path: '/', UserName: 'learner', UserId: LEARNER.userId, Arn: LEARNER.arn, CreateDate: new Date(Date.UTC(2026, 0, 1)) });
    expect(await iam(cloud, 'ListAttachedUserPolicies', { UserName: 'learner' })).toEqual({ AttachedPolicies: [{ PolicyName: 'AdministratorAccess', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }], IsTruncated: false });
  });

  it('least privilege: a new user may do what its policies allow and nothing else', async () => {
    cloud = iamCloud();
    const { User } = await iam(cloud, 'CreateUser', { UserName: 'invoker' });
    expect(User.UserId).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(await failure(iam(cloud, 'CreateUser', { UserName: 'Invoker' }))).toEqual({ code: 'EntityAlreadyExists', message: 'User with name Invoker already exists.', status: 409 });
    await iam(cloud, 'PutUserPolicy', { UserName: 'invoker', PolicyName: 'invoke-hello', PolicyDocument: INVOKE_ONE });
    const { Policy } = await iam(cloud, 'CreatePolicy', { PolicyName: 'read-logs', PolicyDocument: READ_LOGS });
    await iam(cloud, 'AttachUserPolicy', { UserName: 'invoker', PolicyArn: Policy.Arn });
    const principal = principalForIdentity(cloud, { account: A, arn: User.Arn, userId: User.UserId });
    const policies = identityPoliciesOf(cloud, principal);
    expect(policies).toHaveLength(2);
    const request = (action: string, resource: string) => ({ principal, action, resource, resourceAccount: A, identityPolicies: policies, now: cloud.clock.now() });
    expect(evaluate(request('lambda:InvokeFunction', `arn:aws:lambda:us-east-1:${A}:function:hello`))).toEqual({ allowed: true, by: 'identity' });
    expect(evaluate(request('logs:FilterLogEvents', `arn:aws:logs:us-east-1:${A}:log-group:/aws/lambda/hello`))).toEqual({ allowed: true, by: 'identity' });
    const denied = request('lambda:DeleteFunction', `arn:aws:lambda:us-east-1:${A}:function:hello`);
    expect(accessDeniedMessage(denied, evaluate(denied))).toBe(
      `User: arn:aws:iam::${A}:user/invoker is not authorized to perform: lambda:DeleteFunction on resource: arn:aws:lambda:us-east-1:${A}:function:hello because no identity-based policy allows the lambda:DeleteFunction action`,
    );
    expect(await iam(cloud, 'ListUserPolicies', { UserName: 'invoker' })).toEqual({ PolicyNames: ['invoke-hello'], IsTruncated: false });
    expect(decode((await iam(cloud, 'GetUserPolicy', { UserName: 'invoker', PolicyName: 'invoke-hello' })).PolicyDocument)).toEqual(JSON.parse(INVOKE_ONE));
    expect((await failure(iam(cloud, 'DeleteUser', { UserName: 'invoker' }))).message).toBe('Cannot delete entity, must detach all policies first.');
  });

  it('a role session carries its role’s policies', async () => {
    cloud = iamCloud();
    const principal = roleSessionPrincipal(cloud, `arn:aws:iam::${A}:role/lambda-basic`, 'hello');
    expect(principal).toEqual({
      arn: `arn:aws:sts::${A}:assumed-role/lambda-basic/hello`, account: A, kind: 'role-session', roleArn: `arn:aws:iam::${A}:role/lambda-basic`, userId: 'AROAQXPZLDBASIC000001:hello',
    });
    const policies = identityPoliciesOf(cloud, principal);
    const base = { principal, resourceAccount: A, identityPolicies: policies, now: 0 };
    expect(evaluate({ ...base, action: 'logs:PutLogEvents', resource: `arn:aws:logs:us-east-1:${A}:log-group:/aws/lambda/hello:log-stream:x` }).allowed).toBe(true);
    expect(evaluate({ ...base, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }).allowed).toBe(false);
  });
});

describe('principal tags', () => {
  it('a user’s tags are its aws:PrincipalTag/… keys', async () => {
    const cloud = iamCloud();
    try {
      const { User } = await iam(cloud, 'CreateUser', { UserName: 'tagged', Tags: [{ Key: 'team', Value: 'blue' }] });
      const principal = principalForIdentity(cloud, { account: A, arn: User.Arn, userId: User.UserId });
      const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } } }] };
      expect(evaluate({ principal, action: 'lambda:ListFunctions', resource: '*', resourceAccount: A, identityPolicies: [policy], now: 0 })).toEqual({ allowed: true, by: 'identity' });
    } finally {
      cloud.dispose();
    }
  });
});
