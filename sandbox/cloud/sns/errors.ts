/**
 * SNS's errors (query protocol): the model's error codes with SNS's own wording, which puts most
 * validation under InvalidParameter as `Invalid parameter: <what>`.
 */
import { AwsError } from '../errors.ts';

export const topicNotFound = () => new AwsError('NotFound', 'Topic does not exist', 404);
export const subscriptionNotFound = () => new AwsError('NotFound', 'Subscription does not exist', 404);
/** `Invalid parameter: <detail>` (InvalidParameterException, code InvalidParameter). */
export const invalidParameter = (detail: string) => new AwsError('InvalidParameter', `Invalid parameter: ${detail}`, 400);
/** InvalidParameterValueException (code ParameterValueInvalid), used for message attributes. */
export const parameterValueInvalid = (message: string) => new AwsError('ParameterValueInvalid', message, 400);

export const emptyBatch = () => new AwsError('EmptyBatchRequest', "The batch request doesn't contain any entries.", 400);
export const tooManyEntries = () => new AwsError('TooManyEntriesInBatchRequest', 'The batch request contains more entries than permissible.', 400);
export const batchIdsNotDistinct = () => new AwsError('BatchEntryIdsNotDistinct', 'Two or more batch entries in the request have the same Id.', 400);
export const invalidBatchEntryId = () =>
  new AwsError('InvalidBatchEntryId', "The Id of a batch entry in a batch request doesn't abide by the specification.", 400);
