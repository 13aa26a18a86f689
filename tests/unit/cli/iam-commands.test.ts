/** `aws iam` and `aws sts assume-role`: flags → request input, file:// documents, paging, policy documents decoded. */
import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../../sandbox/cli/aws/index.ts';
import { decodePolicyDocuments, iamModel } from '../../../sandbox/cli/aws/models/iam.ts';
import type { ServiceModel } from '../../../sandbox/cli/aws/models/shapes.ts';
import { sandbox, type Responder } from './harness.ts';

// Until models/index.ts names the service, register it here the way that line will.
if (!('iam' in SERVICES)) (SERVICES as Record<string, ServiceModel>).iam = iamModel;

const TRUST = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}';
const POLICY = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}';
const FILES = { '/home/learner/project/trust.json': TRUST, '/home/learner/project/policy.json': POLICY };
const ROLE_ARN = 'arn:aws:iam::111111111111:role/app';

describe('aws iam: roles and policies', () => {
  it('create-role reads --assume-role-policy-document from file:// and sends the text as it is', async () => {
    const box = sandbox(() => ({ Role: { Path: '/', RoleName: 'app', RoleId: 'AROAEXAMPLE', Arn: ROLE_ARN } }), FILES);
    const run = await box.run('aws iam create-role --role-name app --assume-role-policy-document file://trust.json --description "my app" --max-session-duration 7200 --tags Key=team,Value=blue');
    expect(run).toMatchObject({ rc: 0, stderr: '' });
    expect(box.requests[0]).toMatchObject({ service: 'iam', action: 'CreateRole' });
    expect(box.requests[0]!.input).toEqual({
      RoleName: 'app', AssumeRolePolicyDocument: TRUST, Description: 'my app', MaxSessionDuration: 7200, Tags: [{ Key: 'team', Value: 'blue' }],
    });
  });

  it('create-role without a trust policy is a usage error, as in the CLI', async () => {
    const box = sandbox();
    const run = await box.run('aws iam create-role --role-name app');
    expect(run.rc).toBe(252);
    expect(run.stderr).toContain('the following arguments are required: --assume-role-policy-document');
    expect(box.requests).toEqual([]);
  });

  it('put-role-policy, attach-role-policy, detach-role-policy, delete-role-policy, delete-role print nothing', async () => {
    const box = sandbox(() => ({}), FILES);
    const lines = [
      'aws iam put-role-policy --role-name app --policy-name read-b --policy-document file://policy.json',
      'aws iam attach-role-policy --role-name app --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      'aws iam detach-role-policy --role-name app --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      'aws iam delete-role-policy --role-name app --policy-name read-b',
      `aws iam update-assume-role-policy --role-name app --policy-document '${TRUST}'`,
      'aws iam delete-role --role-name app',
    ];
    for (const line of lines) expect(await box.run(line)).toMatchObject({ rc: 0, stdout: '', stderr: '' });
    expect(box.requests.map((r) => [r.action, r.input])).toEqual([
      ['PutRolePolicy', { RoleName: 'app', PolicyName: 'read-b', PolicyDocument: POLICY }],
      ['AttachRolePolicy', { RoleName: 'app', PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' }],
      ['DetachRolePolicy', { RoleName: 'app', PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' }],
      ['DeleteRolePolicy', { RoleName: 'app', PolicyName: 'read-b' }],
      ['UpdateAssumeRolePolicy', { RoleName: 'app', PolicyDocument: TRUST }],
      ['DeleteRole', { RoleName: 'app' }],
    ]);
  });

  it('list-attached-role-policies follows Marker and merges AttachedPolicies; --page-size sets MaxItems', async () => {
    const pages: Record<string, Record<string, unknown>> = {
      '': { AttachedPolicies: [{ PolicyName: 'A', PolicyArn: 'arn:a' }], IsTruncated: true, Marker: 'm1' },
      m1: { AttachedPolicies: [{ PolicyName: 'B', PolicyArn: 'arn:b' }], IsTruncated: false },
    };
    const respond: Responder = (request) => pages[(request.input.Marker as string | undefined) ?? '']!;
    const box = sandbox(respond);
    const run = await box.run('aws iam list-attached-role-policies --role-name app --page-size 1');
    expect(box.requests.map((r) => r.input)).toEqual([
      { RoleName: 'app', MaxItems: 1 },
      { RoleName: 'app', MaxItems: 1, Marker: 'm1' },
    ]);
    expect(JSON.parse(run.stdout)).toEqual({ AttachedPolicies: [{ PolicyName: 'A', PolicyArn: 'arn:a' }, { PolicyName: 'B', PolicyArn: 'arn:b' }] });
    const text = await box.run('aws iam list-attached-role-policies --role-name app --query AttachedPolicies[].PolicyName --output text');
    // Text output with --query goes page by page, as the CLI prints it.
    expect(text.stdout).toBe('A\nB\n');
  });

  it('list-policies takes --scope and --only-attached; botocore leaves enums to the service', async () => {
    const box = sandbox(() => ({ Policies: [], IsTruncated: false }));
    await box.run('aws iam list-policies --scope Local --only-attached');
    await box.run('aws iam list-policies --scope Mine');
    expect(box.requests.map((r) => r.input)).toEqual([{ Scope: 'Local', OnlyAttached: true }, { Scope: 'Mine' }]);
  });

  it('create-policy, create-policy-version --set-as-default, get-policy-version, set-default-policy-version', async () => {
    const box = sandbox(() => ({}), FILES);
    await box.run('aws iam create-policy --policy-name read-b --policy-document file://policy.json --description "reads b"');
    await box.run('aws iam create-policy-version --policy-arn arn:aws:iam::111111111111:policy/read-b --policy-document file://policy.json --set-as-default');
    await box.run('aws iam get-policy-version --policy-arn arn:aws:iam::111111111111:policy/read-b --version-id v2');
    await box.run('aws iam set-default-policy-version --policy-arn arn:aws:iam::111111111111:policy/read-b --version-id v1');
    expect(box.requests.map((r) => [r.action, r.input])).toEqual([
      ['CreatePolicy', { PolicyName: 'read-b', PolicyDocument: POLICY, Description: 'reads b' }],
      ['CreatePolicyVersion', { PolicyArn: 'arn:aws:iam::111111111111:policy/read-b', PolicyDocument: POLICY, SetAsDefault: true }],
      ['GetPolicyVersion', { PolicyArn: 'arn:aws:iam::111111111111:policy/read-b', VersionId: 'v2' }],
      ['SetDefaultPolicyVersion', { PolicyArn: 'arn:aws:iam::111111111111:policy/read-b', VersionId: 'v1' }],
    ]);
  });

  it('users: create-user, attach-user-policy, put-user-policy, list-attached-user-policies, get-user without a name', async () => {
    const box = sandbox(() => ({}), FILES);
    await box.run('aws iam create-user --user-name invoker');
    await box.run('aws iam attach-user-policy --user-name invoker --policy-arn arn:aws:iam::aws:policy/AWSLambdaRole');
    await box.run('aws iam put-user-policy --user-name invoker --policy-name p --policy-document file://policy.json');
    await box.run('aws iam list-attached-user-policies --user-name invoker');
    await box.run('aws iam get-user');
    expect(box.requests.map((r) => [r.action, r.input])).toEqual([
      ['CreateUser', { UserName: 'invoker' }],
      ['AttachUserPolicy', { UserName: 'invoker', PolicyArn: 'arn:aws:iam::aws:policy/AWSLambdaRole' }],
      ['PutUserPolicy', { UserName: 'invoker', PolicyName: 'p', PolicyDocument: POLICY }],
      ['ListAttachedUserPolicies', { UserName: 'invoker' }],
      ['GetUser', {}],
    ]);
  });

  it('a real command the sandbox does not model says so; a typo gets the CLI’s suggestion', async () => {
    const box = sandbox();
    const group = await box.run('aws iam create-group --group-name devs');
    expect(group.stderr).toContain("'aws iam create-group' is a real AWS CLI command, but this sandbox does not offer it yet.");
    const typo = await box.run('aws iam creat-role');
    expect(typo.rc).toBe(252);
    expect(typo.stderr).toContain("Invalid choice: 'creat-role', maybe you meant:\n\n  * create-role");
    expect(box.requests).toEqual([]);
  });
});

describe('aws iam: policy documents in responses (botocore json_decode_policies)', () => {
  it('URL-encoded documents become JSON, in their own key order', () => {
    const doc = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';
    const out = decodePolicyDocuments('GetRolePolicy', { RoleName: 'app', PolicyName: 'p', PolicyDocument: encodeURIComponent(doc) });
    expect(JSON.stringify(out.PolicyDocument)).toBe(doc);
    const roles = decodePolicyDocuments('ListRoles', { Roles: [{ RoleName: 'a', AssumeRolePolicyDocument: encodeURIComponent(TRUST) }], IsTruncated: false });
    expect((roles.Roles as Array<{ AssumeRolePolicyDocument: unknown }>)[0]!.AssumeRolePolicyDocument).toEqual(JSON.parse(TRUST));
    const version = decodePolicyDocuments('GetPolicyVersion', { PolicyVersion: { Document: encodeURIComponent(doc), VersionId: 'v1' } });
    expect((version.PolicyVersion as { Document: unknown }).Document).toEqual(JSON.parse(doc));
    expect(decodePolicyDocuments('GetRolePolicy', { PolicyDocument: '%E0%A4%A' })).toEqual({ PolicyDocument: '%E0%A4%A' });
  });
});

describe('aws sts assume-role', () => {
  it('maps --role-arn, --role-session-name, --duration-seconds, --external-id', async () => {
    const box = sandbox(() => ({ Credentials: { AccessKeyId: 'ASIAEXAMPLE' }, AssumedRoleUser: { Arn: 'arn:aws:sts::111111111111:assumed-role/app/ci' } }));
    const run = await box.run(`aws sts assume-role --role-arn ${ROLE_ARN} --role-session-name ci --duration-seconds 900 --external-id partner-42 --query Credentials.AccessKeyId --output text`);
    expect(run).toMatchObject({ rc: 0, stdout: 'ASIAEXAMPLE\n' });
    expect(box.requests[0]).toMatchObject({ service: 'sts', action: 'AssumeRole', input: { RoleArn: ROLE_ARN, RoleSessionName: 'ci', DurationSeconds: 900, ExternalId: 'partner-42' } });
  });

  it('a session name shorter than the model’s minimum is refused by the CLI before the call', async () => {
    const box = sandbox();
    const run = await box.run(`aws sts assume-role --role-arn ${ROLE_ARN} --role-session-name x`);
    expect(run.rc).toBe(252);
    expect(run.stderr).toBe('\nParameter validation failed:\nInvalid length for parameter RoleSessionName, value: 1, valid min length: 2\n');
    expect(box.requests).toEqual([]);
  });
});
