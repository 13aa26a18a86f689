/**
 * SQS's errors in its own words. SQS speaks the JSON protocol with the `awsQueryCompatible` trait:
 * the body's `__type` names the model's shape (`QueueDoesNotExist`) while the `x-amzn-query-error`
 * header carries the legacy code (`AWS.SimpleQueueService.NonExistentQueue;Sender`), and botocore —
 * hence AWS CLI v2 and boto3 — reports that legacy code:
 *   An error occurred (AWS.SimpleQueueService.NonExistentQueue) when calling the GetQueueUrl operation: The specified queue does not exist.
 * So `AwsError.code` is the legacy code; SQS_ERROR_SHAPES gives a wire layer the `__type`.
 */
import { AwsError } from '../errors.ts';

/** Legacy (query) code → JSON-protocol shape name, for codes that differ or are modelled. */
export const SQS_ERROR_SHAPES: Record<string, string> = {
  'AWS.SimpleQueueService.NonExistentQueue': 'QueueDoesNotExist',
  QueueAlreadyExists: 'QueueNameExists',
  'AWS.SimpleQueueService.QueueDeletedRecently': 'QueueDeletedRecently',
  'AWS.SimpleQueueService.PurgeQueueInProgress': 'PurgeQueueInProgress',
  'AWS.SimpleQueueService.MessageNotInflight': 'MessageNotInflight',
  'AWS.SimpleQueueService.EmptyBatchRequest': 'EmptyBatchRequest',
  'AWS.SimpleQueueService.TooManyEntriesInBatchRequest': 'TooManyEntriesInBatchRequest',
  'AWS.SimpleQueueService.BatchEntryIdsNotDistinct': 'BatchEntryIdsNotDistinct',
  'AWS.SimpleQueueService.InvalidBatchEntryId': 'InvalidBatchEntryId',
  'AWS.SimpleQueueService.BatchRequestTooLong': 'BatchRequestTooLong',
  'AWS.SimpleQueueService.UnsupportedOperation': 'UnsupportedOperation',
  ReceiptHandleIsInvalid: 'ReceiptHandleIsInvalid',
  InvalidAttributeName: 'InvalidAttributeName',
  InvalidAttributeValue: 'InvalidAttributeValue',
  InvalidMessageContents: 'InvalidMessageContents',
  InvalidAddress: 'InvalidAddress',
};

const sqsError = (code: string, message: string, status = 400) => new AwsError(code, message, status);

export const queueDoesNotExist = () => sqsError('AWS.SimpleQueueService.NonExistentQueue', 'The specified queue does not exist.');
export const invalidAddress = (address: string) => sqsError('InvalidAddress', `The address ${address} is not valid for this endpoint.`);
export const queueAlreadyExists = (attribute: string) =>
  sqsError('QueueAlreadyExists', `A queue already exists with the same name and a different value for attribute ${attribute}`);
export const queueDeletedRecently = () =>
  sqsError('AWS.SimpleQueueService.QueueDeletedRecently', 'You must wait 60 seconds after deleting a queue before you can create another with the same name.');
export const purgeInProgress = (name: string) =>
  sqsError('AWS.SimpleQueueService.PurgeQueueInProgress', `Only one PurgeQueue operation on ${name} is allowed every 60 seconds.`, 403);

export const invalidParameterValue = (message: string) => sqsError('InvalidParameterValue', message);
/** `Value X for parameter P is invalid. Reason: R` — SQS's usual validation sentence. */
export const invalidValue = (value: unknown, parameter: string, reason: string) =>
  invalidParameterValue(`Value ${String(value)} for parameter ${parameter} is invalid. Reason: ${reason}`);
export const missingParameter = (name: string) => sqsError('MissingParameter', `The request must contain the parameter ${name}.`);
export const unknownAttribute = (name: string) => sqsError('InvalidAttributeName', `Unknown Attribute ${name}.`);
export const invalidAttributeValue = (name: string) => sqsError('InvalidAttributeValue', `Invalid value for the parameter ${name}.`);
export const invalidMessageContents = () =>
  sqsError(
    'InvalidMessageContents',
    'Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF',
  );

export const receiptHandleIsInvalid = (handle: string) =>
  sqsError('ReceiptHandleIsInvalid', `The input receipt handle "${handle}" is not a valid receipt handle.`);
export const receiptHandleNotForQueue = (handle: string) =>
  sqsError('ReceiptHandleIsInvalid', `The receipt handle "${handle}" is not valid for this queue.`);
export const receiptHandleExpired = (handle: string) => invalidValue(handle, 'ReceiptHandle', 'The receipt handle has expired.');
export const notAvailableForVisibilityChange = (handle: string) =>
  invalidValue(handle, 'ReceiptHandle', 'Message does not exist or is not available for visibility timeout change.');

export const emptyBatch = (entryShape: string) =>
  sqsError('AWS.SimpleQueueService.EmptyBatchRequest', `There should be at least one ${entryShape} in the request.`);
export const tooManyEntries = (count: number) =>
  sqsError('AWS.SimpleQueueService.TooManyEntriesInBatchRequest', `Maximum number of entries per request are 10. You have sent ${count}.`);
export const batchIdsNotDistinct = (id: string) => sqsError('AWS.SimpleQueueService.BatchEntryIdsNotDistinct', `Id ${id} repeated.`);
export const invalidBatchEntryId = () =>
  sqsError(
    'AWS.SimpleQueueService.InvalidBatchEntryId',
    'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.',
  );
export const batchTooLong = (limit: number, sent: number) =>
  sqsError('AWS.SimpleQueueService.BatchRequestTooLong', `Batch requests cannot be longer than ${limit} bytes. You have sent ${sent} bytes.`);
