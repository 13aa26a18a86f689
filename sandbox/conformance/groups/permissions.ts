/**
 * Permissions: the function policy (AddPermission, GetPolicy, RemovePermission), another account's
 * invoke denied and then granted, a role without the logs permissions, and a role session without
 * iam:PassRole.
 */
import { ACCOUNT, arn, create, esm, fromStep, iam, invoke, lambda, logs, PARTNER_KEY, signedBy, sqs, sts } from '../build.ts';
import { line } from '../patterns.ts';
import type { Scenario } from '../types.ts';

const ECHO = esm('export const handler = async (e) => e;');
const TRUST_LAMBDA = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
const TRUST_ACCOUNT = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }] });
const addPermission = (name: string, input: Record<string, unknown>) => lambda('AddPermission', { FunctionName: name, Action: 'lambda:InvokeFunction', ...input });

export const permissions: Scenario[] = [
  {
    name: 'AddPermission answers with the statement as JSON, with SourceArn and SourceAccount as conditions; GetPolicy returns the policy',
    steps: [
      { call: create('fn', ECHO) },
      {
        call: addPermission('fn', { StatementId: 's3', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::my-bucket', SourceAccount: ACCOUNT }),
        expect: {
          json: [{
            path: 'Statement',
            equals: {
              Sid: 's3', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: arn('fn'),
              Condition: { StringEquals: { 'AWS:SourceAccount': ACCOUNT }, ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::my-bucket' } },
            },
          }],
        },
      },
      { call: lambda('GetPolicy', { FunctionName: 'fn' }), expect: { output: { RevisionId: /./ }, json: [{ path: 'Policy', match: { Version: '2012-10-17', Id: 'default', Statement: [{ Sid: 's3', Resource: arn('fn') }] } }] } },
      { call: lambda('RemovePermission', { FunctionName: 'fn', StatementId: 's3' }) },
      { call: lambda('GetPolicy', { FunctionName: 'fn' }), expect: { error: { code: 'ResourceNotFoundException', message: 'No policy is associated with the given resource.', status: 404 } } },
    ],
  },
  {
    name: 'A statement id already in the policy is a 409 ResourceConflictException, and $LATEST takes no policy of its own',
    steps: [
      { call: create('fn', ECHO) },
      { call: addPermission('fn', { StatementId: 's3', Principal: 's3.amazonaws.com' }) },
      {
        call: addPermission('fn', { StatementId: 's3', Principal: 's3.amazonaws.com' }),
        expect: { error: { code: 'ResourceConflictException', status: 409, message: 'The statement id (s3) provided already exists. Please provide a new statement id, or remove the existing statement.' } },
      },
      { call: addPermission('fn', { Qualifier: '$LATEST', StatementId: 'x', Principal: '*' }), expect: { error: { code: 'InvalidParameterValueException', message: 'We currently do not support adding policies for $LATEST.' } } },
    ],
  },
  {
    name: 'Another account is denied invoking the function until the function policy grants its account id',
    steps: [
      { call: create('fn', ECHO) },
      {
        call: signedBy(PARTNER_KEY, invoke(arn('fn'), { hi: 1 })),
        expect: {
          error: {
            code: 'AccessDeniedException',
            status: 403,
            message: `User: arn:aws:iam::222222222222:user/partner-admin is not authorized to perform: lambda:InvokeFunction on resource: ${arn('fn')} because no resource-based policy allows the lambda:InvokeFunction action`,
          },
        },
      },
      { call: addPermission('fn', { StatementId: 'partner', Principal: '222222222222' }), expect: { json: [{ path: 'Statement', match: { Principal: { AWS: 'arn:aws:iam::222222222222:root' } } }] } },
      { call: signedBy(PARTNER_KEY, invoke(arn('fn'), { hi: 1 })), expect: { output: { StatusCode: 200 }, payload: { hi: 1 } } },
    ],
  },
  {
    name: 'A role without the logs permissions runs the function but no log group is created; attaching AWSLambdaBasicExecutionRole brings the logs',
    steps: [
      { call: iam('CreateRole', { RoleName: 'no-logs', AssumeRolePolicyDocument: TRUST_LAMBDA }), expect: { output: { Role: { Arn: `arn:aws:iam::${ACCOUNT}:role/no-logs` } } } },
      { call: create('quiet', ECHO, { Role: `arn:aws:iam::${ACCOUNT}:role/no-logs` }) },
      { call: invoke('quiet', { a: 1 }), expect: { payload: { a: 1 } } },
      { call: logs('DescribeLogGroups'), expect: { output: { logGroups: [] } } },
      { call: iam('AttachRolePolicy', { RoleName: 'no-logs', PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' }) },
      { call: invoke('quiet', { a: 2 }), expect: { payload: { a: 2 }, logs: [line.start(), line.end(), line.report()] } },
    ],
  },
  {
    name: 'A role session without iam:PassRole cannot create a function: AccessDeniedException naming the assumed role',
    steps: [
      { call: iam('CreateRole', { RoleName: 'deployer', AssumeRolePolicyDocument: TRUST_ACCOUNT }) },
      { call: iam('PutRolePolicy', { RoleName: 'deployer', PolicyName: 'lambda-only', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:*', Resource: '*' }] }) }) },
      { call: sts('AssumeRole', { RoleArn: `arn:aws:iam::${ACCOUNT}:role/deployer`, RoleSessionName: 'ci' }), expect: { output: { Credentials: { AccessKeyId: /^ASIA/ }, AssumedRoleUser: { Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/deployer/ci` } } } },
      { call: signedBy(fromStep(2, 'Credentials.AccessKeyId'), sts('GetCallerIdentity')), expect: { output: { Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/deployer/ci`, Account: ACCOUNT } } },
      {
        call: signedBy(fromStep(2, 'Credentials.AccessKeyId'), create('f', ECHO)),
        expect: {
          error: {
            code: 'AccessDeniedException',
            status: 403,
            message: `User: arn:aws:sts::${ACCOUNT}:assumed-role/deployer/ci is not authorized to perform: iam:PassRole on resource: arn:aws:iam::${ACCOUNT}:role/lambda-basic because no identity-based policy allows the iam:PassRole action`,
          },
        },
      },
      { call: signedBy(fromStep(2, 'Credentials.AccessKeyId'), sqs('CreateQueue', { QueueName: 'q' })), expect: { error: { code: 'AccessDenied', status: 403 } } },
      { call: lambda('ListFunctions'), expect: { output: { Functions: [] } } },
    ],
  },
];
