/** DynamoDB's errors in its own words. */
import { AwsError, validationError } from '../errors.ts';

export const validation = (message: string) => new AwsError('ValidationException', message, 400);
export const parametersInvalid = (message: string) => validation(`One or more parameter values were invalid: ${message}`);

/** Item operations on a missing table say only this; the table-level ones name the table. */
export const resourceNotFound = () => new AwsError('ResourceNotFoundException', 'Requested resource not found', 400);
export const tableNotFound = (name: string) => new AwsError('ResourceNotFoundException', `Requested resource not found: Table: ${name} not found`, 400);
export const resourceInUse = (message: string) => new AwsError('ResourceInUseException', message, 400);

export const conditionalCheckFailed = (item?: Record<string, unknown>) =>
  new AwsError('ConditionalCheckFailedException', 'The conditional request failed', 400, 'User', item ? { Item: item } : undefined);

export const keyMismatch = () => validation('The provided key element does not match the schema');

/** `Invalid UpdateExpression: …`, `Invalid ConditionExpression: …` and the like. */
export const invalidExpression = (kind: string, detail: string) => validation(`Invalid ${kind}: ${detail}`);

export { validationError };
