/** Policy grammar validation: IAM's MalformedPolicyDocument messages, stage by stage. */
import { describe, expect, it } from 'vitest';
import { MESSAGES, validatePolicyDocument } from '../../../sandbox/cloud/iam/validate.ts';

const V = '2012-10-17';
const ok = { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::example_bucket' };
const identity = (doc: unknown) => validatePolicyDocument(typeof doc === 'string' ? doc : JSON.stringify(doc));
const trust = (doc: unknown) => validatePolicyDocument(typeof doc === 'string' ? doc : JSON.stringify(doc), 'trust');
const LAMBDA_TRUST = { Version: V, Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };

describe('validatePolicyDocument: identity policies', () => {
  const cases: Array<[string, unknown, string | undefined]> = [
    ['a valid policy', { Version: V, Statement: [ok] }, undefined],
    ['one statement object instead of a list', { Version: V, Statement: ok }, undefined],
    ['not JSON (a file name without file://)', 'policy.json', MESSAGES.syntax],
    ['no Version', { Statement: ok }, MESSAGES.version],
    ['Version 2008-10-17', { Version: '2008-10-17', Statement: ok }, MESSAGES.version],
    ['an unknown Version', { Version: '2013-10-17', Statement: ok }, MESSAGES.syntax],
    ['no Statement', { Version: V }, MESSAGES.syntax],
    ['an empty Statement list', { Version: V, Statement: [] }, MESSAGES.syntax],
    ['an unknown top-level field', { Version: V, Statement: ok, 'Extra field': 'value' }, MESSAGES.syntax],
    ['an unknown statement field', { Version: V, Statement: { ...ok, Actions: 's3:*' } }, MESSAGES.syntax],
    ['an Effect that is neither Allow nor Deny', { Version: V, Statement: { ...ok, Effect: 'invalid' } }, MESSAGES.syntax],
    ['no Effect', { Version: V, Statement: { Action: 's3:ListBucket', Resource: '*' } }, MESSAGES.syntax],
    ['Effect in the wrong case', { Version: V, Statement: { ...ok, Effect: 'allow' } }, MESSAGES.legacy],
    ['Action and NotAction together', { Version: V, Statement: { ...ok, NotAction: 's3:*' } }, MESSAGES.syntax],
    ['a Resource that is an object', { Version: V, Statement: { ...ok, Resource: { a: 'b' } } }, MESSAGES.syntax],
    ['a Condition with an unknown operator', { Version: V, Statement: { ...ok, Condition: { a: { b: 'c' } } } }, MESSAGES.syntax],
    ['a Principal in an identity policy', { Version: V, Statement: { ...ok, Principal: '*' } }, MESSAGES.principal],
    ['no Action', { Version: V, Statement: { Effect: 'Allow', Resource: '*' } }, MESSAGES.actions],
    ['an empty Action list', { Version: V, Statement: { ...ok, Action: [] } }, MESSAGES.actions],
    ['no Resource', { Version: V, Statement: { Effect: 'Allow', Action: 's3:ListBucket' } }, MESSAGES.resources],
    ['duplicate Sids', { Version: V, Statement: [{ ...ok, Sid: 'a' }, { ...ok, Sid: 'a' }] }, MESSAGES.sid],
    ['an action without a vendor', { Version: V, Statement: { ...ok, Action: 'invalid' } }, MESSAGES.vendor],
    ['an action with two colons', { Version: V, Statement: { ...ok, Action: 's3:List:Bucket' } }, MESSAGES.colon],
    ['a vendor with a space', { Version: V, Statement: { ...ok, Action: 'a a:ListBucket' } }, 'Vendor a a is not valid'],
    ['a resource that is not an ARN', { Version: V, Statement: { ...ok, Resource: 'invalid resource' } }, 'Resource invalid resource must be in ARN format or "*".'],
    ['an empty resource', { Version: V, Statement: { ...ok, Resource: '' } }, 'Resource  must be in ARN format or "*".'],
    ['an unknown partition', { Version: V, Statement: { ...ok, Resource: 'aws:s3:::example_bucket' } }, 'Partition "s3" is not valid for resource "arn:s3:::example_bucket:*".'],
    ['a resource with too few components', { Version: V, Statement: { ...ok, Resource: 'arn:aws:s3::example_bucket' } }, MESSAGES.legacy],
    ['an ARN with no vendor', { Version: V, Statement: { ...ok, Resource: 'arn:aws' } }, 'Resource vendor must be fully qualified and cannot contain regexes.'],
    ['an IAM resource of no known type', { Version: V, Statement: { ...ok, Resource: 'arn:aws:iam:::example_bucket' } },
      'IAM resource path must either be "*" or start with user/, federated-user/, role/, group/, instance-profile/, mfa/, server-certificate/, policy/, sms-mfa/, saml-provider/, oidc-provider/, report/, access-report/.'],
    ['an IAM resource with a region', { Version: V, Statement: { ...ok, Resource: 'arn:aws:iam:us-east-1:111111111111:role/x' } }, 'IAM resource arn:aws:iam:us-east-1:111111111111:role/x cannot contain region information.'],
    ['a date that does not parse', { Version: V, Statement: { ...ok, Condition: { DateGreaterThan: { 'aws:CurrentTime': 'tomorrow' } } } }, MESSAGES.legacy],
    ['a known operator with IfExists and a set prefix', { Version: V, Statement: { ...ok, Condition: { 'ForAnyValue:StringLikeIfExists': { 'aws:TagKeys': 'a*' } } } }, undefined],
  ];
  for (const [name, doc, message] of cases) {
    it(name, () => expect(identity(doc)).toBe(message));
  }
});

describe('validatePolicyDocument: trust policies', () => {
  it('accepts the Lambda trust policy', () => expect(trust(LAMBDA_TRUST)).toBeUndefined());
  it('refuses a Resource ("Has prohibited field Resource")', () => {
    expect(trust({ Version: V, Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogGroup'], Resource: '*' }] })).toBe('Has prohibited field Resource');
  });
  it('needs a Principal', () => expect(trust({ Version: V, Statement: { Effect: 'Allow', Action: 'sts:AssumeRole' } })).toBe('Missing required field Principal'));
  it('takes only the sts: assume actions', () => {
    expect(trust({ Version: V, Statement: { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'lambda:InvokeFunction' } })).toBe(MESSAGES.trustActions);
  });
  it('a document that is not JSON at all: "This policy contains invalid Json"', () => expect(trust('trust.json')).toBe('This policy contains invalid Json'));
});
