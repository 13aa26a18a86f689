/** IAM roles, inline and attached policies: shapes, messages and quotas as IAM answers. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { findRoleByArn, trustAllows } from '../../../sandbox/cloud/iam/identity.ts';
import { A, decode, failure, iam, iamCloud, json, LAMBDA_TRUST, PARTNER } from './helpers.ts';

const BASIC = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';

describe('IAM roles', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('a new cloud has lambda-basic in each account, trusted by Lambda, with AWSLambdaBasicExecutionRole', async () => {
    cloud = iamCloud();
    const { Role } = await iam(cloud, 'GetRole', { RoleName: 'lambda-basic' });
    expect(Role).toMatchObject({ Path: '/', RoleName: 'lambda-basic', RoleId: 'AROAQXPZLDBASIC000001', Arn: `arn:aws:iam::${A}:role/lambda-basic`, MaxSessionDuration: 3600, RoleLastUsed: {} });
    expect(decode(Role.AssumeRolePolicyDocument)).toEqual(JSON.parse(LAMBDA_TRUST));
    expect(await iam(cloud, 'ListAttachedRolePolicies', { RoleName: 'lambda-basic' })).toEqual({ AttachedPolicies: [{ PolicyName: 'AWSLambdaBasicExecutionRole', PolicyArn: BASIC }], IsTruncated: false });
    expect((await iam(cloud, 'GetRole', { RoleName: 'lambda-basic' }, PARTNER)).Role.Arn).toBe('arn:aws:iam::222222222222:role/lambda-basic');
    expect(trustAllows(findRoleByArn(cloud, `arn:aws:iam::${A}:role/lambda-basic`)!, 'lambda.amazonaws.com')).toBe(true);
  });

  it('CreateRole answers with the role: AROA id, ARN with its path, CreateDate, the trust policy URL-encoded as sent', async () => {
    cloud = iamCloud();
    const out = await iam(cloud, 'CreateRole', { RoleName: 'app', Path: '/service/', AssumeRolePolicyDocument: LAMBDA_TRUST, Description: 'for app' });
    expect(Object.keys(out.Role)).toEqual(['Path', 'RoleName', 'RoleId', 'Arn', 'CreateDate', 'AssumeRolePolicyDocument', 'Description']);
    expect(out.Role.RoleId).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(out.Role.Arn).toBe(`arn:aws:iam::${A}:role/service/app`);
    expect(out.Role.CreateDate).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(out.Role.AssumeRolePolicyDocument).toBe(encodeURIComponent(LAMBDA_TRUST));
    const listed = await iam(cloud, 'ListRoles');
    expect(listed.Roles.map((r: { RoleName: string }) => r.RoleName)).toEqual(['app', 'lambda-basic']);
    expect(listed.IsTruncated).toBe(false);
  });

  it('errors: EntityAlreadyExists (names ignore case), NoSuchEntity, MalformedPolicyDocument, ValidationError', async () => {
    cloud = iamCloud();
    expect(await failure(iam(cloud, 'CreateRole', { RoleName: 'LAMBDA-basic', AssumeRolePolicyDocument: LAMBDA_TRUST }))).toEqual({ code: 'EntityAlreadyExists', message: 'Role with name LAMBDA-basic already exists.', status: 409 });
    expect(await failure(iam(cloud, 'GetRole', { RoleName: 'nope' }))).toEqual({ code: 'NoSuchEntity', message: 'The role with name nope cannot be found.', status: 404 });
    expect((await failure(iam(cloud, 'CreateRole', { RoleName: 'x', AssumeRolePolicyDocument: 'trust.json' }))).message).toBe('This policy contains invalid Json');
    const withResource = json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'logs:*', Resource: '*' }] });
    expect(await failure(iam(cloud, 'CreateRole', { RoleName: 'x', AssumeRolePolicyDocument: withResource }))).toEqual({ code: 'MalformedPolicyDocument', message: 'Has prohibited field Resource', status: 400 });
    const ghost = json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:role/ghost` }, Action: 'sts:AssumeRole' }] });
    expect((await failure(iam(cloud, 'CreateRole', { RoleName: 'x', AssumeRolePolicyDocument: ghost }))).message).toBe(`Invalid principal in policy: "AWS":"arn:aws:iam::${A}:role/ghost"`);
    expect(await failure(iam(cloud, 'CreateRole', { RoleName: 'bad name', AssumeRolePolicyDocument: LAMBDA_TRUST }))).toEqual({
      code: 'ValidationError',
      message: "1 validation error detected: Value 'bad name' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
      status: 400,
    });
    expect((await failure(iam(cloud, 'CreateRole', { RoleName: 'x', Path: 'nopath', AssumeRolePolicyDocument: LAMBDA_TRUST }))).message).toBe(
      'The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.',
    );
  });

  it('inline policies: put, get (URL-encoded, exactly as put), list, delete; a principal is refused', async () => {
    cloud = iamCloud();
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]\n}';
    expect(await iam(cloud, 'PutRolePolicy', { RoleName: 'lambda-basic', PolicyName: 'read-b', PolicyDocument: text })).toEqual({});
    expect(await iam(cloud, 'GetRolePolicy', { RoleName: 'lambda-basic', PolicyName: 'read-b' })).toEqual({ RoleName: 'lambda-basic', PolicyName: 'read-b', PolicyDocument: encodeURIComponent(text) });
    expect(await iam(cloud, 'ListRolePolicies', { RoleName: 'lambda-basic' })).toEqual({ PolicyNames: ['read-b'], IsTruncated: false });
    const principal = json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }] });
    expect((await failure(iam(cloud, 'PutRolePolicy', { RoleName: 'lambda-basic', PolicyName: 'p', PolicyDocument: principal }))).message).toBe('Policy document should not specify a principal.');
    expect((await failure(iam(cloud, 'PutRolePolicy', { RoleName: 'lambda-basic', PolicyName: 'p', PolicyDocument: 'policy.json' }))).message).toBe('Syntax errors in policy.');
    expect(await failure(iam(cloud, 'GetRolePolicy', { RoleName: 'lambda-basic', PolicyName: 'nope' }))).toEqual({ code: 'NoSuchEntity', message: 'The role policy with name nope cannot be found.', status: 404 });
    expect(await iam(cloud, 'DeleteRolePolicy', { RoleName: 'lambda-basic', PolicyName: 'read-b' })).toEqual({});
    expect((await iam(cloud, 'ListRolePolicies', { RoleName: 'lambda-basic' })).PolicyNames).toEqual([]);
  });

  it('a role’s inline policies hold at most 10,240 characters together', async () => {
    cloud = iamCloud();
    const big = json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: Array.from({ length: 500 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`) }] });
    expect(await failure(iam(cloud, 'PutRolePolicy', { RoleName: 'lambda-basic', PolicyName: 'big', PolicyDocument: big }))).toEqual({
      code: 'LimitExceeded', message: 'Maximum policy size of 10240 bytes exceeded for role lambda-basic', status: 409,
    });
  });

  it('attach and detach managed policies; DeleteRole refuses while policies are attached or embedded', async () => {
    cloud = iamCloud();
    await iam(cloud, 'CreateRole', { RoleName: 'worker', AssumeRolePolicyDocument: LAMBDA_TRUST });
    await iam(cloud, 'AttachRolePolicy', { RoleName: 'worker', PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole' });
    expect(await failure(iam(cloud, 'DeleteRole', { RoleName: 'worker' }))).toEqual({ code: 'DeleteConflict', message: 'Cannot delete entity, must detach all policies first.', status: 409 });
    expect(await failure(iam(cloud, 'AttachRolePolicy', { RoleName: 'worker', PolicyArn: 'arn:aws:iam::aws:policy/NoSuchPolicy' }))).toEqual({
      code: 'NoSuchEntity', message: 'Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist or is not attachable.', status: 404,
    });
    expect(await failure(iam(cloud, 'DetachRolePolicy', { RoleName: 'worker', PolicyArn: BASIC }))).toEqual({ code: 'NoSuchEntity', message: `Policy ${BASIC} was not found.`, status: 404 });
    await iam(cloud, 'DetachRolePolicy', { RoleName: 'worker', PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole' });
    await iam(cloud, 'PutRolePolicy', { RoleName: 'worker', PolicyName: 'p', PolicyDocument: json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }] }) });
    expect((await failure(iam(cloud, 'DeleteRole', { RoleName: 'worker' }))).message).toBe('Cannot delete entity, must delete policies first.');
    await iam(cloud, 'DeleteRolePolicy', { RoleName: 'worker', PolicyName: 'p' });
    expect(await iam(cloud, 'DeleteRole', { RoleName: 'worker' })).toEqual({});
    expect((await failure(iam(cloud, 'GetRole', { RoleName: 'worker' }))).code).toBe('NoSuchEntity');
  });

  it('at most 10 managed policies per role', async () => {
    cloud = iamCloud();
    const arns = ['AdministratorAccess', 'AmazonS3ReadOnlyAccess', 'AmazonS3FullAccess', 'AmazonSQSFullAccess', 'AmazonSQSReadOnlyAccess', 'AmazonSNSFullAccess',
      'AmazonSNSReadOnlyAccess', 'CloudWatchLogsFullAccess', 'IAMReadOnlyAccess'].map((n) => `arn:aws:iam::aws:policy/${n}`);
    for (const arn of arns) await iam(cloud, 'AttachRolePolicy', { RoleName: 'lambda-basic', PolicyArn: arn });
    expect(await failure(iam(cloud, 'AttachRolePolicy', { RoleName: 'lambda-basic', PolicyArn: 'arn:aws:iam::aws:policy/AWSLambda_FullAccess' }))).toEqual({
      code: 'LimitExceeded', message: 'Cannot exceed quota for PoliciesPerRole: 10', status: 409,
    });
  });

  it('UpdateAssumeRolePolicy replaces the trust policy; trustAllows reads it', async () => {
    cloud = iamCloud();
    const role = () => findRoleByArn(cloud, `arn:aws:iam::${A}:role/lambda-basic`)!;
    const s3Only = json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: ['s3.amazonaws.com'] }, Action: 'sts:AssumeRole' }] });
    await iam(cloud, 'UpdateAssumeRolePolicy', { RoleName: 'lambda-basic', PolicyDocument: s3Only });
    expect(trustAllows(role(), 'lambda.amazonaws.com')).toBe(false);
    expect(trustAllows(role(), 's3.amazonaws.com')).toBe(true);
    const scoped = json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': A } } }] });
    await iam(cloud, 'UpdateAssumeRolePolicy', { RoleName: 'lambda-basic', PolicyDocument: scoped });
    expect(trustAllows(role(), 'lambda.amazonaws.com', { 'aws:SourceAccount': A })).toBe(true);
    expect(trustAllows(role(), 'lambda.amazonaws.com', { 'aws:SourceAccount': '999999999999' })).toBe(false);
  });

  it('ListRoles pages with MaxItems and Marker', async () => {
    cloud = iamCloud();
    for (const name of ['c', 'a', 'b']) await iam(cloud, 'CreateRole', { RoleName: name, AssumeRolePolicyDocument: LAMBDA_TRUST });
    const first = await iam(cloud, 'ListRoles', { MaxItems: 2 });
    expect(first.Roles.map((r: { RoleName: string }) => r.RoleName)).toEqual(['a', 'b']);
    expect(first.IsTruncated).toBe(true);
    const second = await iam(cloud, 'ListRoles', { MaxItems: 2, Marker: first.Marker });
    expect(second.Roles.map((r: { RoleName: string }) => r.RoleName)).toEqual(['c', 'lambda-basic']);
    expect(second).not.toHaveProperty('Marker');
  });
});
