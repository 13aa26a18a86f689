/**
 * The one authorization point: every request through `Cloud.call` is turned into an IAM request
 * (action, resource, resource policy, context) and decided by the one evaluator, with the caller's
 * identity policies. A denial is AWS's AccessDenied in the service's own error code.
 */
import type { Identity } from './accounts.ts';
import type { Cloud } from './cloud.ts';
import { AwsError } from './errors.ts';
import { accessDeniedMessage, evaluate, type AuthzRequest } from './iam/evaluate.ts';
import { identityPoliciesOf, principalForIdentity } from './iam/identity.ts';
import { iamRequestResource } from './iam/index.ts';
import type { PolicyDocument } from './iam/policy.ts';
import { functionArn, parseFunctionName } from './lambda/function-name.ts';
import { findFunction } from './lambda/functions.ts';
import { policyFor } from './lambda/policy.ts';
import type { ServiceRequest } from './api.ts';
import { parseQueueUrl } from './sqs/index.ts';

/** Requests every caller may make: who am I, and STS's own checks inside AssumeRole. */
const UNCHECKED = new Set(['sts:GetCallerIdentity', 'sts:AssumeRole']);

/** Where an API action's IAM action name differs from it. */
const ACTION_NAMES: Record<string, string> = {
  'lambda:Invoke': 'lambda:InvokeFunction',
  'lambda:GetLayerVersionByArn': 'lambda:GetLayerVersion',
  's3:ListObjectsV2': 's3:ListBucket',
  's3:ListObjects': 's3:ListBucket',
  's3:HeadBucket': 's3:ListBucket',
  's3:HeadObject': 's3:GetObject',
  's3:CopyObject': 's3:PutObject',
  's3:DeleteObjects': 's3:DeleteObject',
  's3:ListBuckets': 's3:ListAllMyBuckets',
  's3:ListObjectVersions': 's3:ListBucketVersions',
  's3:PutBucketNotificationConfiguration': 's3:PutBucketNotification',
  's3:GetBucketNotificationConfiguration': 's3:GetBucketNotification',
  's3:GetBucketLocation': 's3:GetBucketLocation',
  'sqs:SendMessageBatch': 'sqs:SendMessage',
  'sqs:DeleteMessageBatch': 'sqs:DeleteMessage',
  'sqs:ChangeMessageVisibilityBatch': 'sqs:ChangeMessageVisibility',
  'sns:PublishBatch': 'sns:Publish',
  'dynamodbstreams:GetRecords': 'dynamodb:GetRecords',
  'dynamodbstreams:GetShardIterator': 'dynamodb:GetShardIterator',
  'dynamodbstreams:DescribeStream': 'dynamodb:DescribeStream',
  'dynamodbstreams:ListStreams': 'dynamodb:ListStreams',
};

/** The error code each service answers a denial with. */
const DENIED_CODE: Record<string, string> = { iam: 'AccessDenied', sts: 'AccessDenied', s3: 'AccessDenied', sqs: 'AccessDenied', sns: 'AuthorizationError' };

interface Target {
  resource: string;
  resourceAccount: string;
  resourcePolicy?: PolicyDocument;
}

/** A queue's or topic's Policy attribute as a document (none when unset or not JSON). */
export const parsePolicyText = (text: string | undefined): PolicyDocument | undefined => {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as PolicyDocument;
  } catch {
    return undefined;
  }
};

function lambdaTarget(cloud: Cloud, identity: Identity, region: string, input: Record<string, unknown>): Target {
  if (input.FunctionName === undefined) {
    if (typeof input.LayerName === 'string') {
      const name = input.LayerName.startsWith('arn:') ? input.LayerName : `arn:aws:lambda:${region}:${identity.account}:layer:${input.LayerName}`;
      const resource = input.VersionNumber !== undefined ? `${name}:${input.VersionNumber}` : name;
      return { resource, resourceAccount: resource.split(':')[4]! };
    }
    if (typeof input.Arn === 'string') return { resource: input.Arn, resourceAccount: input.Arn.split(':')[4] ?? identity.account };
    if (typeof input.UUID === 'string') return { resource: `arn:aws:lambda:${region}:${identity.account}:event-source-mapping:${input.UUID}`, resourceAccount: identity.account };
    return { resource: '*', resourceAccount: identity.account };
  }
  let ref;
  try {
    ref = parseFunctionName(input.FunctionName, { allowQualifier: true, maxLength: 170 });
  } catch {
    // A malformed name is the action's own validation error to give.
    return { resource: '*', resourceAccount: identity.account };
  }
  const account = ref.account ?? identity.account;
  const fnRegion = ref.region ?? region;
  const qualifier = (input.Qualifier as string | undefined) ?? ref.qualifier;
  const fn = findFunction({ cloud, identity, region }, fnRegion, account, ref.name);
  return {
    resource: functionArn(fnRegion, account, ref.name, qualifier),
    resourceAccount: account,
    resourcePolicy: fn ? (policyFor(fn, qualifier) as PolicyDocument | undefined) : undefined,
  };
}

function targetOf(cloud: Cloud, identity: Identity, request: ServiceRequest, region: string): Target {
  const input = request.input ?? {};
  const mine = (resource: string) => ({ resource, resourceAccount: identity.account });
  switch (request.service) {
    case 'lambda':
      return lambdaTarget(cloud, identity, region, input);
    case 'iam':
      return mine(iamRequestResource(cloud, identity, request.action, input));
    case 'sqs': {
      const url = typeof input.QueueUrl === 'string' ? parseQueueUrl(input.QueueUrl, region) : undefined;
      if (url) {
        const arn = `arn:aws:sqs:${url.region}:${url.account}:${url.name}`;
        const record = Object.values(cloud.state.sqs?.queues ?? {}).find((q) => q.arn === arn);
        return { resource: arn, resourceAccount: url.account, resourcePolicy: parsePolicyText(record?.attributes.Policy) };
      }
      if (typeof input.QueueName === 'string') return mine(`arn:aws:sqs:${region}:${identity.account}:${input.QueueName}`);
      return mine('*');
    }
    case 'sns': {
      const arn = (input.TopicArn ?? input.TargetArn ?? input.ResourceArn) as string | undefined;
      if (typeof arn === 'string') {
        const topic = Object.values(cloud.state.sns?.topics ?? {}).find((t) => (t as { arn?: string }).arn === arn) as { attributes?: Record<string, string> } | undefined;
        return { resource: arn, resourceAccount: arn.split(':')[4] ?? identity.account, resourcePolicy: parsePolicyText(topic?.attributes?.Policy) };
      }
      if (typeof input.Name === 'string') return mine(`arn:aws:sns:${region}:${identity.account}:${input.Name}`);
      return mine('*');
    }
    case 's3': {
      if (typeof input.Bucket !== 'string') return { resource: '*', resourceAccount: identity.account };
      const bucket = `arn:aws:s3:::${input.Bucket}`;
      return { resource: typeof input.Key === 'string' ? `${bucket}/${input.Key}` : bucket, resourceAccount: identity.account };
    }
    case 'logs':
      return mine(typeof input.logGroupName === 'string' ? `arn:aws:logs:${region}:${identity.account}:log-group:${input.logGroupName}` : '*');
    case 'dynamodb':
      return mine(typeof input.TableName === 'string' ? `arn:aws:dynamodb:${region}:${identity.account}:table/${input.TableName}` : '*');
    case 'dynamodbstreams':
      return mine(typeof input.StreamArn === 'string' ? input.StreamArn : '*');
    case 'kinesis':
      return mine(typeof input.StreamARN === 'string' ? input.StreamARN : typeof input.StreamName === 'string' ? `arn:aws:kinesis:${region}:${identity.account}:stream/${input.StreamName}` : '*');
    default:
      return mine('*');
  }
}

/** The IAM action a request needs. */
export function iamActionOf(request: ServiceRequest): string {
  const name = `${request.service}:${request.action}`;
  return ACTION_NAMES[name] ?? (request.service === 'apigatewayv2' ? `apigateway:${request.action}` : name);
}

/** Throws AccessDenied (in the service's code) unless the caller may make the request. */
export function authorize(cloud: Cloud, identity: Identity, request: ServiceRequest, region: string): void {
  const action = iamActionOf(request);
  if (UNCHECKED.has(`${request.service}:${request.action}`)) return;
  const principal = principalForIdentity(cloud, identity);
  const target = targetOf(cloud, identity, request, region);
  const req: AuthzRequest = {
    principal,
    action,
    resource: target.resource,
    resourceAccount: target.resourceAccount,
    identityPolicies: identityPoliciesOf(cloud, principal),
    ...(target.resourcePolicy ? { resourcePolicy: target.resourcePolicy } : {}),
    context: { 'aws:RequestedRegion': region },
    now: cloud.clock.now(),
  };
  const decision = evaluate(req);
  if (decision.allowed) return;
  cloud.trace({ type: 'access.denied', principal: principal.arn, action, resource: target.resource });
  throw new AwsError(DENIED_CODE[request.service] ?? 'AccessDeniedException', accessDeniedMessage(req, decision), 403);
}

/** Whether a principal (a role session, a user) may do `action` on `resource`: for iam:PassRole and an execution role's own calls. */
export function allowed(cloud: Cloud, identity: Identity, action: string, resource: string, context: AuthzRequest['context'] = {}): { ok: boolean; message: string } {
  const principal = principalForIdentity(cloud, identity);
  const req: AuthzRequest = {
    principal,
    action,
    resource,
    resourceAccount: resource.split(':')[4] || identity.account,
    identityPolicies: identityPoliciesOf(cloud, principal),
    context,
    now: cloud.clock.now(),
  };
  const decision = evaluate(req);
  return { ok: decision.allowed, message: decision.allowed ? '' : accessDeniedMessage(req, decision) };
}
