/**
 * IAM's server-side checks of request members — length and pattern constraints from the API model
 * (botocore's client checks only types, required members and minimums) — reported together in one
 * ValidationError, as IAM does.
 */
import { constraintErrors, type Constraint } from './errors.ts';

export interface MemberRule {
  /** The API member, e.g. `RoleName`. */
  name: string;
  /** How IAM names it in messages: `roleName`. */
  member: string;
  required?: boolean;
  min?: number;
  max?: number;
  /** The model's pattern, as IAM quotes it in the message. */
  pattern?: string;
  /** Integer range (MaxSessionDuration, MaxItems). */
  minValue?: number;
  maxValue?: number;
}

export const NAME_PATTERN = '[\\w+=,.@-]+';
export const PATH_PATTERN = '(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)';
export const POLICY_PATH_PATTERN = '((/[A-Za-z0-9\\.,\\+@=_-]+)*)/';

/** The model's patterns as JavaScript expressions (Java's \w is ASCII, like JavaScript's). */
const REGEX: Record<string, RegExp> = {
  [NAME_PATTERN]: /^[\w+=,.@-]+$/,
  [PATH_PATTERN]: /^(\/|\/[\u0021-\u007E]+\/)$/,
  [POLICY_PATH_PATTERN]: /^((\/[A-Za-z0-9.,+@=_-]+)*)\/$/,
  'v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?': /^v[1-9][0-9]*(\.[A-Za-z0-9-]*)?$/,
  '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+': /^[\u0009\u000A\u000D\u0020-\u00FF]+$/,
  '[\\w+=,.@-]*': /^[\w+=,.@-]*$/,
  '[\\u0020-\\u00FF]+': /^[\u0020-\u00FF]+$/,
  '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*': /^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*$/,
};

export function checkMembers(input: Record<string, unknown>, rules: MemberRule[]): void {
  const violations: Constraint[] = [];
  for (const rule of rules) {
    const value = input[rule.name];
    if (value === undefined || value === null) {
      if (rule.required) violations.push({ value: undefined, member: rule.member, constraint: 'Member must not be null' });
      continue;
    }
    if (typeof value === 'number') {
      if (rule.minValue !== undefined && value < rule.minValue) violations.push({ value, member: rule.member, constraint: `Member must have value greater than or equal to ${rule.minValue}` });
      if (rule.maxValue !== undefined && value > rule.maxValue) violations.push({ value, member: rule.member, constraint: `Member must have value less than or equal to ${rule.maxValue}` });
      continue;
    }
    const text = String(value);
    if (rule.min !== undefined && text.length < rule.min) violations.push({ value: text, member: rule.member, constraint: `Member must have length greater than or equal to ${rule.min}` });
    if (rule.max !== undefined && text.length > rule.max) violations.push({ value: text, member: rule.member, constraint: `Member must have length less than or equal to ${rule.max}` });
    if (rule.pattern !== undefined && !(REGEX[rule.pattern] ?? new RegExp(`^(?:${rule.pattern})$`)).test(text)) {
      violations.push({ value: text, member: rule.member, constraint: `Member must satisfy regular expression pattern: ${rule.pattern}` });
    }
  }
  if (violations.length) throw constraintErrors(violations);
}

/** An enum member: botocore does not check enums, so IAM does, in its own words. */
export function checkEnum(input: Record<string, unknown>, name: string, member: string, values: readonly string[]): void {
  const value = input[name];
  if (value === undefined || values.includes(String(value))) return;
  throw constraintErrors([{ value, member, constraint: `Member must satisfy enum value set: [${values.join(', ')}]` }]);
}

/* Rules shared by many actions. */
export const ROLE_NAME: MemberRule = { name: 'RoleName', member: 'roleName', required: true, min: 1, max: 64, pattern: NAME_PATTERN };
export const USER_NAME: MemberRule = { name: 'UserName', member: 'userName', required: true, min: 1, max: 64, pattern: NAME_PATTERN };
export const EXISTING_USER_NAME: MemberRule = { ...USER_NAME, max: 128 };
export const POLICY_NAME: MemberRule = { name: 'PolicyName', member: 'policyName', required: true, min: 1, max: 128, pattern: NAME_PATTERN };
export const POLICY_ARN: MemberRule = { name: 'PolicyArn', member: 'policyArn', required: true, min: 20, max: 2048 };
export const POLICY_DOCUMENT: MemberRule = { name: 'PolicyDocument', member: 'policyDocument', required: true, min: 1, max: 131072, pattern: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+' };
export const VERSION_ID: MemberRule = { name: 'VersionId', member: 'versionId', required: true, pattern: 'v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?' };
export const MARKER: MemberRule = { name: 'Marker', member: 'marker', min: 1, max: 320, pattern: '[\\u0020-\\u00FF]+' };
export const MAX_ITEMS: MemberRule = { name: 'MaxItems', member: 'maxItems', minValue: 1, maxValue: 1000 };
