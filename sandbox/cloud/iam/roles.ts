/**
 * The part of IAM the walking skeleton needs: roles that exist, with their trust policy and attached
 * managed policies, so Lambda can check that an execution role exists and can be assumed. The full
 * evaluator arrives with the permissions issue.
 */
import { LEARNER_ACCOUNT, PARTNER_ACCOUNT } from '../accounts.ts';

export interface PolicyDocument {
  Version: string;
  Statement: Array<Record<string, unknown>>;
}

export interface RoleRecord {
  RoleName: string;
  RoleId: string;
  Arn: string;
  Path: string;
  CreateDate: number;
  AssumeRolePolicyDocument: PolicyDocument;
  AttachedPolicyArns: string[];
}

export interface IamState {
  /** Roles by ARN. */
  roles: Record<string, RoleRecord>;
}

export const LAMBDA_TRUST_POLICY: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

export const BASIC_EXECUTION_POLICY_ARN = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';

/** A new cloud already has `lambda-basic` in each account, so early lessons need no IAM. */
export function initialIamState(now: number): IamState {
  const roles: Record<string, RoleRecord> = {};
  for (const [account, id] of [[LEARNER_ACCOUNT, 'AROAQXPZLDBASIC000001'], [PARTNER_ACCOUNT, 'AROAQXPZLDBASIC000002']] as const) {
    const arn = `arn:aws:iam::${account}:role/lambda-basic`;
    roles[arn] = {
      RoleName: 'lambda-basic',
      RoleId: id,
      Arn: arn,
      Path: '/',
      CreateDate: now,
      AssumeRolePolicyDocument: LAMBDA_TRUST_POLICY,
      AttachedPolicyArns: [BASIC_EXECUTION_POLICY_ARN],
    };
  }
  return { roles };
}

/** True when the trust policy lets lambda.amazonaws.com call sts:AssumeRole. */
export function lambdaCanAssume(role: RoleRecord): boolean {
  return role.AssumeRolePolicyDocument.Statement.some((s) => {
    if (s.Effect !== 'Allow') return false;
    const actions = ([] as unknown[]).concat(s.Action ?? []);
    const principal = s.Principal as { Service?: string | string[] } | undefined;
    const services = ([] as unknown[]).concat(principal?.Service ?? []);
    return actions.some((a) => a === 'sts:AssumeRole' || a === 'sts:*' || a === '*') && services.includes('lambda.amazonaws.com');
  });
}
