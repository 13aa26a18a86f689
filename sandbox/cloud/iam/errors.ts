/**
 * IAM's errors, in its query-protocol codes (no `Exception` suffix) and words: NoSuchEntity (404),
 * EntityAlreadyExists / DeleteConflict / LimitExceeded (409), MalformedPolicyDocument,
 * ValidationError and InvalidInput (400).
 */
import { AwsError } from '../errors.ts';

export const noSuchEntity = (message: string) => new AwsError('NoSuchEntity', message, 404);
export const entityAlreadyExists = (message: string) => new AwsError('EntityAlreadyExists', message, 409);
export const deleteConflict = (message: string) => new AwsError('DeleteConflict', message, 409);
export const limitExceeded = (message: string) => new AwsError('LimitExceeded', message, 409);
export const invalidInput = (message: string) => new AwsError('InvalidInput', message, 400);
export const validationError = (message: string) => new AwsError('ValidationError', message, 400);

export interface Constraint {
  value: unknown;
  member: string;
  constraint: string;
}

/** `1 validation error detected: Value 'x' at 'roleName' failed to satisfy constraint: Member must …`. */
export function constraintErrors(violations: Constraint[]): AwsError {
  const n = violations.length;
  const parts = violations.map((v) => `Value ${v.value === undefined ? 'null' : `'${String(v.value)}'`} at '${v.member}' failed to satisfy constraint: ${v.constraint}`);
  return validationError(`${n} validation error${n === 1 ? '' : 's'} detected: ${parts.join('; ')}`);
}
