/**
 * One API call as botocore makes it: retried in "standard" mode (3 attempts in all) when the
 * service throttles or fails transiently, then either the response or a ClientError whose text
 * names the operation — `An error occurred (ResourceNotFoundException) when calling the Invoke
 * operation: …`, with ` (reached max retries: 2)` when the retries ran out.
 */
import type { ServiceCaller } from './context.ts';
import { isAwsError } from '../../cloud/errors.ts';
import { ClientError } from './errors.ts';

const MAX_ATTEMPTS = 3;

/** botocore/retries/standard.py: throttling error codes and transient failures. */
const RETRYABLE_CODES = new Set([
  'Throttling', 'ThrottlingException', 'ThrottledException', 'RequestThrottledException', 'TooManyRequestsException',
  'ProvisionedThroughputExceededException', 'TransactionInProgressException', 'RequestLimitExceeded',
  'BandwidthLimitExceeded', 'LimitExceededException', 'RequestThrottled', 'SlowDown', 'PriorRequestNotComplete',
  'EC2ThrottledException', 'RequestTimeout', 'RequestTimeoutException',
]);
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);

export interface CallTarget {
  service: string;
  action: string;
  region: string;
  accessKeyId?: string;
}

export async function callOperation(
  call: ServiceCaller,
  target: CallTarget,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call({ ...target, input });
    } catch (error) {
      if (!isAwsError(error)) throw error;
      const retryable = RETRYABLE_CODES.has(error.code) || RETRYABLE_STATUS.has(error.status);
      if (retryable && attempt < MAX_ATTEMPTS) continue;
      throw new ClientError(error.code, error.message, target.action, retryable ? attempt - 1 : undefined);
    }
  }
}
