/**
 * The evaluator against a table of cases drawn from the IAM User Guide's policy evaluation logic,
 * condition operator, policy variable and principal pages (and Lambda's AddPermission statements).
 * Each row: the policies, the request, the decision, and the AccessDenied message AWS would write.
 */
import { describe, expect, it } from 'vitest';
import { accessDeniedMessage, evaluate, type AuthzRequest, type Decision } from '../../../sandbox/cloud/iam/evaluate.ts';
import type { PolicyDocument, Statement } from '../../../sandbox/cloud/iam/policy.ts';
import type { Principal } from '../../../sandbox/cloud/iam/principal.ts';

const NOW = Date.UTC(2026, 0, 1);
const A = '111111111111';
const B = '222222222222';

const LEARNER: Principal = { arn: `arn:aws:iam::${A}:user/learner`, account: A, kind: 'user', userId: 'AIDAJQABLZS4A3QDU576Q' };
const CARLOS: Principal = { arn: `arn:aws:iam::${A}:user/carlossalazar`, account: A, kind: 'user', userId: 'AIDACARLOS0000000001' };
const PARTNER: Principal = { arn: `arn:aws:iam::${B}:user/partner-admin`, account: B, kind: 'user', userId: 'AIDAJDPLRKLG7UEXAMPLE' };
const SESSION: Principal = {
  arn: `arn:aws:sts::${A}:assumed-role/app-role/s1`,
  account: A,
  kind: 'role-session',
  roleArn: `arn:aws:iam::${A}:role/app-role`,
  userId: 'AROAAPPROLE0000000001:s1',
};
const PARTNER_SESSION: Principal = { ...SESSION, arn: `arn:aws:sts::${B}:assumed-role/app-role/s1`, account: B, roleArn: `arn:aws:iam::${B}:role/app-role` };
const S3: Principal = { arn: 's3.amazonaws.com', account: A, kind: 'service', service: 's3.amazonaws.com' };
const ROOT_A: Principal = { arn: `arn:aws:iam::${A}:root`, account: A, kind: 'root' };
const ROOT_B: Principal = { arn: `arn:aws:iam::${B}:root`, account: B, kind: 'root' };

const FN = `arn:aws:lambda:us-east-1:${A}:function:my-function`;
const BUCKET = 'arn:aws:s3:::amzn-s3-demo-bucket';

const doc = (...Statement: Statement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
const allow = (Action: string | string[], Resource: string | string[] = '*', extra: Partial<Statement> = {}): Statement => ({ Effect: 'Allow', Action, Resource, ...extra });
const deny = (Action: string | string[], Resource: string | string[] = '*', extra: Partial<Statement> = {}): Statement => ({ Effect: 'Deny', Action, Resource, ...extra });

interface Row {
  name: string;
  principal: Principal;
  action: string;
  resource?: string;
  resourceAccount?: string;
  identity?: PolicyDocument[];
  resourcePolicy?: PolicyDocument;
  context?: AuthzRequest['context'];
  decision: Decision;
  message?: string;
}

const ALLOWED_ID: Decision = { allowed: true, by: 'identity' };
const ALLOWED_RES: Decision = { allowed: true, by: 'resource' };
const ALLOWED_BOTH: Decision = { allowed: true, by: 'both' };
const NO_IDENTITY: Decision = { allowed: false, reason: 'implicit-deny', missing: 'identity' };
const NO_RESOURCE: Decision = { allowed: false, reason: 'implicit-deny', missing: 'resource' };
const DENY_ID: Decision = { allowed: false, reason: 'explicit-deny', in: 'identity' };
const DENY_RES: Decision = { allowed: false, reason: 'explicit-deny', in: 'resource' };

const denied = (p: Principal, action: string, resource: string, tail: 'identity' | 'resource' | 'deny-identity' | 'deny-resource') =>
  `User: ${p.arn} is not authorized to perform: ${action} on resource: ${resource}` +
  {
    identity: ` because no identity-based policy allows the ${action} action`,
    resource: ` because no resource-based policy allows the ${action} action`,
    'deny-identity': ' with an explicit deny in an identity-based policy',
    'deny-resource': ' with an explicit deny in a resource-based policy',
  }[tail];

const INVOKE = 'lambda:InvokeFunction';
const lambdaPermission = (principal: Statement['Principal'], condition?: Statement['Condition']) =>
  doc({ Sid: 'p', Effect: 'Allow', Principal: principal, Action: INVOKE, Resource: FN, ...(condition ? { Condition: condition } : {}) });

const ROWS: Row[] = [
  // --- Policy evaluation for requests within a single account -------------------------------
  {
    name: 'single account: the identity-based policy alone allows (Carlos saves to his bucket)',
    principal: CARLOS, action: 's3:PutObject', resource: `${BUCKET}-carlossalazar-logs/log.txt`,
    identity: [doc(allow(['s3:PutObject', 's3:GetObject'], `${BUCKET}-carlossalazar-logs/*`))],
    decision: ALLOWED_ID,
  },
  {
    name: 'single account: a resource-based policy naming the user alone allows',
    principal: CARLOS, action: 's3:GetObject', resource: `${BUCKET}/report.csv`,
    resourcePolicy: doc({ Effect: 'Allow', Principal: { AWS: CARLOS.arn }, Action: 's3:GetObject', Resource: `${BUCKET}/*` }),
    decision: ALLOWED_RES,
  },
  {
    name: 'single account: nothing allows — implicit deny, worded for the identity side',
    principal: LEARNER, action: 'lambda:CreateFunction', resource: `arn:aws:lambda:us-east-1:${A}:function:x`,
    identity: [doc(allow('logs:*'))],
    decision: NO_IDENTITY,
    message: denied(LEARNER, 'lambda:CreateFunction', `arn:aws:lambda:us-east-1:${A}:function:x`, 'identity'),
  },
  {
    name: 'single account: both sides allow',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(allow('lambda:*'))], resourcePolicy: lambdaPermission({ AWS: LEARNER.arn }),
    decision: ALLOWED_BOTH,
  },
  {
    name: 'an explicit deny in an identity policy overrides an allow in another',
    principal: LEARNER, action: 'lambda:DeleteFunction', resource: FN,
    identity: [doc(allow('*')), doc(deny('lambda:DeleteFunction'))],
    decision: DENY_ID,
    message: denied(LEARNER, 'lambda:DeleteFunction', FN, 'deny-identity'),
  },
  {
    name: 'an explicit deny in the resource policy overrides the identity allow',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(allow('*'))], resourcePolicy: doc({ Effect: 'Deny', Principal: '*', Action: INVOKE, Resource: FN }),
    decision: DENY_RES,
    message: denied(LEARNER, INVOKE, FN, 'deny-resource'),
  },
  {
    name: 'an explicit deny in an identity policy overrides a resource-based allow',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(deny('lambda:*'))], resourcePolicy: lambdaPermission({ AWS: LEARNER.arn }),
    decision: DENY_ID,
    message: denied(LEARNER, INVOKE, FN, 'deny-identity'),
  },
  {
    name: 'single account: a resource policy naming only the account delegates — the identity side must allow',
    principal: LEARNER, action: INVOKE, resource: FN,
    resourcePolicy: lambdaPermission({ AWS: `arn:aws:iam::${A}:root` }),
    decision: NO_IDENTITY,
    message: denied(LEARNER, INVOKE, FN, 'identity'),
  },
  {
    name: 'single account: the account principal plus an identity allow',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(allow(INVOKE, FN))], resourcePolicy: lambdaPermission({ AWS: A }),
    decision: ALLOWED_BOTH,
  },
  // --- Cross-account policy evaluation logic ------------------------------------------------------
  {
    name: 'cross-account: the identity policy allows, no resource policy — denied for the resource side',
    principal: PARTNER, action: INVOKE, resource: FN,
    identity: [doc(allow('*'))],
    decision: NO_RESOURCE,
    message: denied(PARTNER, INVOKE, FN, 'resource'),
  },
  {
    name: 'cross-account: the resource policy trusts the account, the identity policy is silent',
    principal: PARTNER, action: INVOKE, resource: FN,
    identity: [doc(allow('s3:*'))], resourcePolicy: lambdaPermission({ AWS: `arn:aws:iam::${B}:root` }),
    decision: NO_IDENTITY,
    message: denied(PARTNER, INVOKE, FN, 'identity'),
  },
  {
    name: 'cross-account: the resource policy trusts the account and the identity policy allows',
    principal: PARTNER, action: INVOKE, resource: FN,
    identity: [doc(allow('*'))], resourcePolicy: lambdaPermission({ AWS: `arn:aws:iam::${B}:root` }),
    decision: ALLOWED_BOTH,
  },
  {
    name: 'cross-account: a resource policy naming the user still needs the identity side',
    principal: PARTNER, action: INVOKE, resource: FN,
    resourcePolicy: lambdaPermission({ AWS: PARTNER.arn }),
    decision: NO_IDENTITY,
    message: denied(PARTNER, INVOKE, FN, 'identity'),
  },
  {
    name: 'cross-account: a resource policy naming another account does not admit this one',
    principal: PARTNER, action: INVOKE, resource: FN,
    identity: [doc(allow('*'))], resourcePolicy: lambdaPermission({ AWS: '333333333333' }),
    decision: NO_RESOURCE,
    message: denied(PARTNER, INVOKE, FN, 'resource'),
  },
  {
    name: 'cross-account: a role session of the trusted role, both sides allowing',
    principal: PARTNER_SESSION, action: INVOKE, resource: FN,
    identity: [doc(allow(INVOKE, FN))], resourcePolicy: lambdaPermission({ AWS: PARTNER_SESSION.roleArn! }),
    decision: ALLOWED_BOTH,
  },
  {
    name: 'cross-account: the root user of the other account still needs the resource policy',
    principal: ROOT_B, action: INVOKE, resource: FN,
    decision: NO_RESOURCE,
    message: denied(ROOT_B, INVOKE, FN, 'resource'),
  },
  {
    name: 'the root user of the account needs no identity policy',
    principal: ROOT_A, action: 'lambda:DeleteFunction', resource: FN,
    decision: ALLOWED_ID,
  },
  // --- Principals: services, roles and sessions --------------------------------------------------
  {
    name: 'service principal: Lambda AddPermission statement for S3, SourceAccount and SourceArn matching (keys in any case)',
    principal: S3, action: INVOKE, resource: FN,
    resourcePolicy: lambdaPermission({ Service: 's3.amazonaws.com' }, { StringEquals: { 'AWS:SourceAccount': A }, ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::my-bucket' } }),
    context: { 'aws:SourceAccount': A, 'aws:SourceArn': 'arn:aws:s3:::my-bucket' },
    decision: ALLOWED_RES,
  },
  {
    name: 'service principal: another bucket does not match the SourceArn condition',
    principal: S3, action: INVOKE, resource: FN,
    resourcePolicy: lambdaPermission({ Service: 's3.amazonaws.com' }, { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::my-bucket' } }),
    context: { 'aws:SourceArn': 'arn:aws:s3:::other-bucket' },
    decision: NO_RESOURCE,
    message: denied(S3, INVOKE, FN, 'resource'),
  },
  {
    name: 'service principal: a statement for another service does not apply',
    principal: S3, action: INVOKE, resource: FN,
    resourcePolicy: lambdaPermission({ Service: 'sns.amazonaws.com' }),
    decision: NO_RESOURCE,
  },
  {
    name: 'role session: its role’s identity policies allow',
    principal: SESSION, action: 'logs:PutLogEvents', resource: `arn:aws:logs:us-east-1:${A}:log-group:/aws/lambda/x:log-stream:abc`,
    identity: [doc(allow(['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], 'arn:aws:logs:*:*:*'))],
    decision: ALLOWED_ID,
  },
  {
    name: 'role session: denied, and AWS names the assumed-role session',
    principal: SESSION, action: 'dynamodb:PutItem', resource: `arn:aws:dynamodb:us-east-1:${A}:table/orders`,
    identity: [doc(allow('logs:*'))],
    decision: NO_IDENTITY,
    message: `User: arn:aws:sts::${A}:assumed-role/app-role/s1 is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:${A}:table/orders because no identity-based policy allows the dynamodb:PutItem action`,
  },
  {
    name: 'role session: a resource policy naming the role admits its sessions',
    principal: SESSION, action: INVOKE, resource: FN,
    resourcePolicy: lambdaPermission({ AWS: SESSION.roleArn! }),
    decision: ALLOWED_RES,
  },
  {
    name: 'role session: a resource policy naming the session ARN admits that session',
    principal: SESSION, action: INVOKE, resource: FN,
    resourcePolicy: lambdaPermission({ AWS: SESSION.arn }),
    decision: ALLOWED_RES,
  },
  {
    name: 'Principal "*" with aws:PrincipalAccount limits a public policy to one account',
    principal: PARTNER, action: INVOKE, resource: FN,
    identity: [doc(allow('*'))],
    resourcePolicy: doc({ Effect: 'Allow', Principal: '*', Action: INVOKE, Resource: FN, Condition: { StringEquals: { 'aws:PrincipalAccount': A } } }),
    decision: NO_RESOURCE,
  },
  {
    name: 'NotPrincipal with Deny: everyone but the named user is refused',
    principal: CARLOS, action: 's3:GetObject', resource: `${BUCKET}/a`,
    identity: [doc(allow('s3:*'))],
    resourcePolicy: doc({ Effect: 'Deny', NotPrincipal: { AWS: LEARNER.arn }, Action: 's3:*', Resource: [BUCKET, `${BUCKET}/*`] }),
    decision: DENY_RES,
    message: denied(CARLOS, 's3:GetObject', `${BUCKET}/a`, 'deny-resource'),
  },
  // --- Action / NotAction, Resource / NotResource, wildcards -------------------------------------
  {
    name: 'NotAction: allow everything except IAM (PowerUserAccess) — lambda is allowed',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' })],
    decision: ALLOWED_ID,
  },
  {
    name: 'NotAction: … and IAM is not',
    principal: LEARNER, action: 'iam:CreateRole', resource: `arn:aws:iam::${A}:role/r`,
    identity: [doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' })],
    decision: NO_IDENTITY,
    message: denied(LEARNER, 'iam:CreateRole', `arn:aws:iam::${A}:role/r`, 'identity'),
  },
  {
    name: 'NotResource with Deny: nothing outside the one bucket',
    principal: LEARNER, action: 's3:GetObject', resource: 'arn:aws:s3:::other/x',
    identity: [doc(allow('s3:*'), { Effect: 'Deny', Action: 's3:*', NotResource: [BUCKET, `${BUCKET}/*`] })],
    decision: DENY_ID,
  },
  {
    name: 'action wildcards: lambda:Get* covers GetFunction …',
    principal: LEARNER, action: 'lambda:GetFunction', resource: FN,
    identity: [doc(allow(['lambda:Get*', 'lambda:List*']))],
    decision: ALLOWED_ID,
  },
  {
    name: '… but not InvokeFunction',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(allow(['lambda:Get*', 'lambda:List*']))],
    decision: NO_IDENTITY,
  },
  {
    name: 'action names match without regard to case',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(allow('LAMBDA:invokefunction'))],
    decision: ALLOWED_ID,
  },
  {
    name: 'resource names match with regard to case',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(allow(INVOKE, `arn:aws:lambda:us-east-1:${A}:function:My-Function`))],
    decision: NO_IDENTITY,
  },
  {
    name: '? matches exactly one character',
    principal: LEARNER, action: INVOKE, resource: `arn:aws:lambda:us-east-1:${A}:function:test-1`,
    identity: [doc(allow(INVOKE, `arn:aws:lambda:us-east-1:${A}:function:test-?`))],
    decision: ALLOWED_ID,
  },
  {
    name: 'a * in the account component does not reach another component',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(allow(INVOKE, `arn:aws:lambda:*:${B}:function:*`))],
    decision: NO_IDENTITY,
  },
  {
    name: 'actions without a resource are requested on *',
    principal: LEARNER, action: 'lambda:ListFunctions', resource: '*',
    identity: [doc(allow('lambda:ListFunctions', `arn:aws:lambda:*:${A}:function:*`))],
    decision: NO_IDENTITY,
    message: denied(LEARNER, 'lambda:ListFunctions', '*', 'identity'),
  },
  // --- Policy variables ---------------------------------------------------------------------
  {
    name: '${aws:username} gives each user a home folder',
    principal: CARLOS, action: 's3:PutObject', resource: `${BUCKET}/home/carlossalazar/notes.txt`,
    identity: [doc(allow('s3:PutObject', `${BUCKET}/home/\${aws:username}/*`))],
    decision: ALLOWED_ID,
  },
  {
    name: '… and no other user’s folder',
    principal: CARLOS, action: 's3:PutObject', resource: `${BUCKET}/home/learner/notes.txt`,
    identity: [doc(allow('s3:PutObject', `${BUCKET}/home/\${aws:username}/*`))],
    decision: NO_IDENTITY,
  },
  {
    name: 'policy variables are literal text in a Version 2008-10-17 policy',
    principal: CARLOS, action: 's3:PutObject', resource: `${BUCKET}/home/carlossalazar/notes.txt`,
    identity: [{ Version: '2008-10-17', Statement: [allow('s3:PutObject', `${BUCKET}/home/\${aws:username}/*`)] }],
    decision: NO_IDENTITY,
  },
  {
    name: 'a variable the request lacks takes its default',
    principal: SESSION, action: 's3:GetObject', resource: `${BUCKET}/home/guest/a`,
    identity: [doc(allow('s3:GetObject', `${BUCKET}/home/\${aws:username, 'guest'}/*`))],
    decision: ALLOWED_ID,
  },
  // --- Condition operators ------------------------------------------------------------------
  {
    name: 'a condition on a key the request lacks is false',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(allow(INVOKE, FN, { Condition: { StringEquals: { 'aws:RequestTag/team': 'blue' } } }))],
    decision: NO_IDENTITY,
  },
  {
    name: 'a negated operator (StringNotEquals) on a missing key is true',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(allow(INVOKE, FN, { Condition: { StringNotEquals: { 'aws:RequestTag/team': 'red' } } }))],
    decision: ALLOWED_ID,
  },
  {
    name: 'StringLike with wildcards; condition key names ignore case',
    principal: LEARNER, action: 's3:ListBucket', resource: BUCKET,
    identity: [doc(allow('s3:ListBucket', BUCKET, { Condition: { StringLike: { 'S3:PREFIX': ['home/${aws:username}/*', 'public/*'] } } }))],
    context: { 's3:prefix': 'home/learner/photos/' },
    decision: ALLOWED_ID,
  },
  {
    name: 'StringEqualsIgnoreCase',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(allow(INVOKE, FN, { Condition: { StringEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'BLUE' } } }))],
    context: { 'aws:PrincipalTag/team': 'blue' },
    decision: ALLOWED_ID,
  },
  {
    name: 'StringEquals is case-sensitive',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(allow(INVOKE, FN, { Condition: { StringEquals: { 'aws:PrincipalTag/team': 'BLUE' } } }))],
    context: { 'aws:PrincipalTag/team': 'blue' },
    decision: NO_IDENTITY,
  },
  {
    name: 'NumericLessThanEquals: s3:max-keys at most 10',
    principal: LEARNER, action: 's3:ListBucket', resource: BUCKET,
    identity: [doc(allow('s3:ListBucket', BUCKET, { Condition: { NumericLessThanEquals: { 's3:max-keys': '10' } } }))],
    context: { 's3:max-keys': 25 },
    decision: NO_IDENTITY,
  },
  {
    name: 'DateGreaterThan / DateLessThan bound aws:CurrentTime to a window',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(allow(INVOKE, FN, { Condition: { DateGreaterThan: { 'aws:CurrentTime': '2025-12-31T00:00:00Z' }, DateLessThan: { 'aws:CurrentTime': '2026-01-02T00:00:00Z' } } }))],
    decision: ALLOWED_ID,
  },
  {
    name: 'Date operators take epoch seconds too (aws:EpochTime)',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(allow(INVOKE, FN, { Condition: { DateLessThan: { 'aws:EpochTime': String(NOW / 1000) } } }))],
    decision: NO_IDENTITY,
  },
  {
    name: 'Bool: deny requests not sent over TLS (aws:SecureTransport false)',
    principal: LEARNER, action: 's3:GetObject', resource: `${BUCKET}/a`,
    identity: [doc(allow('s3:*'))],
    resourcePolicy: doc({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [BUCKET, `${BUCKET}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    context: { 'aws:SecureTransport': false },
    decision: DENY_RES,
  },
  {
    name: 'BoolIfExists: deny without MFA also denies when the key is absent (long-term keys)',
    principal: LEARNER, action: 'ec2:StopInstances', resource: '*',
    identity: [doc(allow('ec2:*'), { Effect: 'Deny', Action: 'ec2:StopInstances', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } })],
    decision: DENY_ID,
  },
  {
    name: 'IpAddress: inside the range',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(allow(INVOKE, FN, { Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:DB8:1234:5678::/64'] } } }))],
    context: { 'aws:SourceIp': '2001:db8:1234:5678::9' },
    decision: ALLOWED_ID,
  },
  {
    name: 'NotIpAddress: deny from outside the range',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(allow('*'), deny('*', '*', { Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }))],
    context: { 'aws:SourceIp': '198.51.100.7' },
    decision: DENY_ID,
  },
  {
    name: 'ArnEquals compares the six components, wildcards allowed in each',
    principal: S3, action: 'sqs:SendMessage', resource: `arn:aws:sqs:us-east-1:${A}:orders`,
    resourcePolicy: doc({ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: '*', Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:s3:*:*:uploads-*' } } }),
    context: { 'aws:SourceArn': 'arn:aws:s3:::uploads-2026' },
    decision: ALLOWED_RES,
  },
  {
    name: 'ArnNotLike on a missing key is true',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(allow(INVOKE, FN, { Condition: { ArnNotLike: { 'aws:SourceArn': 'arn:aws:s3:::*' } } }))],
    decision: ALLOWED_ID,
  },
  {
    name: 'Null: "true" holds when the key is absent',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(allow(INVOKE, FN, { Condition: { Null: { 'aws:TokenIssueTime': 'true' } } }))],
    decision: ALLOWED_ID,
  },
  {
    name: 'Null: "false" requires the key',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(allow(INVOKE, FN, { Condition: { Null: { 'aws:TokenIssueTime': 'false' } } }))],
    decision: NO_IDENTITY,
  },
  {
    name: 'ForAnyValue:StringEquals: one of the request’s tag keys is listed',
    principal: LEARNER, action: 'ec2:CreateTags', resource: '*',
    identity: [doc(allow('ec2:CreateTags', '*', { Condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['environment', 'cost-center'] } } }))],
    context: { 'aws:TagKeys': ['owner', 'environment'] },
    decision: ALLOWED_ID,
  },
  {
    name: 'ForAllValues:StringEquals: every tag key must be listed',
    principal: LEARNER, action: 'ec2:CreateTags', resource: '*',
    identity: [doc(allow('ec2:CreateTags', '*', { Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment', 'cost-center'] } } }))],
    context: { 'aws:TagKeys': ['owner', 'environment'] },
    decision: NO_IDENTITY,
  },
  {
    name: 'ForAllValues holds when the key is absent (the guide’s warning)',
    principal: LEARNER, action: 'ec2:CreateTags', resource: '*',
    identity: [doc(allow('ec2:CreateTags', '*', { Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment'] } } }))],
    decision: ALLOWED_ID,
  },
  {
    name: 'StringLikeIfExists: present but not matching is false',
    principal: LEARNER, action: 'ec2:RunInstances', resource: '*',
    identity: [doc(allow('ec2:RunInstances', '*', { Condition: { StringLikeIfExists: { 'ec2:InstanceType': ['t1.*', 't2.*', 'm3.*'] } } }))],
    context: { 'ec2:InstanceType': 'p4d.24xlarge' },
    decision: NO_IDENTITY,
  },
  {
    name: 'values of one key are ORed, keys and operators are ANDed',
    principal: S3, action: INVOKE, resource: FN,
    resourcePolicy: lambdaPermission({ Service: 's3.amazonaws.com' }, { StringEquals: { 'aws:SourceAccount': ['999999999999', A] }, ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::other' } }),
    context: { 'aws:SourceAccount': A, 'aws:SourceArn': 'arn:aws:s3:::my-bucket' },
    decision: NO_RESOURCE,
  },
  {
    name: 'BinaryEquals compares the base64 value',
    principal: LEARNER, action: INVOKE, resource: FN,
    identity: [doc(allow(INVOKE, FN, { Condition: { BinaryEquals: { 'custom:blob': 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' } } }))],
    context: { 'custom:blob': 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' },
    decision: ALLOWED_ID,
  },
  {
    name: 'iam:PassRole to Lambda only (AWSLambda_FullAccess statement)',
    principal: LEARNER, action: 'iam:PassRole', resource: `arn:aws:iam::${A}:role/lambda-basic`,
    identity: [doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } })],
    context: { 'iam:PassedToService': 'ec2.amazonaws.com' },
    decision: NO_IDENTITY,
    message: denied(LEARNER, 'iam:PassRole', `arn:aws:iam::${A}:role/lambda-basic`, 'identity'),
  },
  {
    name: 'global keys from the principal: aws:PrincipalArn of a session is its role, aws:userid its id',
    principal: SESSION, action: INVOKE, resource: FN,
    identity: [doc(allow(INVOKE, FN, { Condition: { ArnEquals: { 'aws:PrincipalArn': SESSION.roleArn! }, StringLike: { 'aws:userid': 'AROA*:s1' } } }))],
    decision: ALLOWED_ID,
  },
];

describe('IAM policy evaluation: cases from the IAM User Guide', () => {
  it('has at least 40 cases', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
  });

  for (const row of ROWS) {
    it(row.name, () => {
      const req: AuthzRequest = {
        principal: row.principal,
        action: row.action,
        resource: row.resource ?? '*',
        resourceAccount: row.resourceAccount ?? A,
        identityPolicies: row.identity ?? [],
        ...(row.resourcePolicy ? { resourcePolicy: row.resourcePolicy } : {}),
        ...(row.context ? { context: row.context } : {}),
        now: NOW,
      };
      const decision = evaluate(req);
      expect(decision).toEqual(row.decision);
      if (row.message !== undefined) expect(accessDeniedMessage(req, decision)).toBe(row.message);
      if (decision.allowed) expect(accessDeniedMessage(req, decision)).toBe('');
    });
  }
});
