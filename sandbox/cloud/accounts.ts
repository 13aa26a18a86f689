/**
 * The accounts and identities of the sandbox. The learner is an IAM user in 111111111111; a partner
 * account 222222222222 exists for cross-account lessons. Access keys match the ones written to
 * ~/.aws/credentials; any other key acts as the learner, as LocalStack treats unknown keys.
 */
export const DEFAULT_REGION = 'us-east-1';
export const LEARNER_ACCOUNT = '111111111111';
export const PARTNER_ACCOUNT = '222222222222';

export interface Identity {
  account: string;
  /** The principal's ARN, e.g. arn:aws:iam::111111111111:user/learner. */
  arn: string;
  /** The unique id AWS reports in GetCallerIdentity's UserId. */
  userId: string;
}

export const LEARNER: Identity = {
  account: LEARNER_ACCOUNT,
  arn: `arn:aws:iam::${LEARNER_ACCOUNT}:user/learner`,
  userId: 'AIDAJQABLZS4A3QDU576Q',
};

export const PARTNER: Identity = {
  account: PARTNER_ACCOUNT,
  arn: `arn:aws:iam::${PARTNER_ACCOUNT}:user/partner-admin`,
  userId: 'AIDAJDPLRKLG7UEXAMPLE',
};

const KEYS: Record<string, Identity> = {
  AKIAIOSFODNN7EXAMPLE: LEARNER,
  AKIAI44QH8DHBEXAMPLE: PARTNER,
};

export function identityForAccessKey(accessKeyId: string | undefined): Identity {
  return (accessKeyId && KEYS[accessKeyId]) || LEARNER;
}
