/**
 * FunctionName as the Lambda API accepts it: a name (`my-function`), a partial ARN
 * (`111111111111:function:my-function`) or a full ARN, optionally with a qualifier (`:1`, `:LIVE`).
 */
import { AwsError, validationError } from '../errors.ts';

const NAME_RE = /^(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?$/;

export interface FunctionRef {
  name: string;
  account?: string;
  region?: string;
  qualifier?: string;
}

export function functionArn(region: string, account: string, name: string, qualifier?: string): string {
  return `arn:aws:lambda:${region}:${account}:function:${name}${qualifier ? `:${qualifier}` : ''}`;
}

/** Parses and validates FunctionName; `maxLength` differs per action (64 name / 140 ARN / 170 with qualifier). */
export function parseFunctionName(value: unknown, options: { allowQualifier: boolean; maxLength: number }): FunctionRef {
  if (value === undefined || value === null || value === '') {
    throw validationError([{ value: undefined, member: 'functionName', constraint: 'Member must not be null' }]);
  }
  const text = String(value);
  const violations = [];
  if (text.length > options.maxLength) {
    violations.push({ value: text, member: 'functionName', constraint: `Member must have length less than or equal to ${options.maxLength}` });
  }
  const m = NAME_RE.exec(text);
  if (!m || (!options.allowQualifier && m[8])) {
    violations.push({ value: text, member: 'functionName', constraint: `Member must satisfy regular expression pattern: ${options.allowQualifier ? NAME_RE.source.slice(1, -1) : '(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)'}` });
  }
  if (violations.length) throw validationError(violations);
  const [, , , region, , account, , name, , qualifier] = m!;
  if (name!.length > 64) {
    throw validationError([{ value: text, member: 'functionName', constraint: 'Member must have length less than or equal to 64' }]);
  }
  return {
    name: name!,
    region: region ? region.slice(0, -1) : undefined,
    account: account ? account.slice(0, -1) : undefined,
    qualifier,
  };
}

/** Qualifier given twice (in the ARN and as `Qualifier`) must agree, as Lambda insists. */
export function mergeQualifier(ref: FunctionRef, qualifier: unknown): string | undefined {
  const q = qualifier === undefined || qualifier === null || qualifier === '' ? undefined : String(qualifier);
  if (q !== undefined && ref.qualifier !== undefined && q !== ref.qualifier) {
    throw new AwsError('InvalidParameterValueException', 'The derived qualifier from the function name does not match the specified qualifier.');
  }
  return q ?? ref.qualifier;
}
