/** Kinesis's errors in its own words (the messages AWS and kinesalite return, byte for byte where known). */
import { AwsError, validationError } from '../errors.ts';

export const streamNotFound = (name: string, account: string) =>
  new AwsError('ResourceNotFoundException', `Stream ${name} under account ${account} not found.`, 400);

export const shardNotFound = (shardId: string, stream: string, account: string) =>
  new AwsError('ResourceNotFoundException', `Shard ${shardId} in stream ${stream} under account ${account} does not exist`, 400);

export const streamExists = (name: string, account: string) =>
  new AwsError('ResourceInUseException', `Stream ${name} under account ${account} already exists.`, 400);

export const invalidArgument = (message: string) => new AwsError('InvalidArgumentException', message, 400);

export const limitExceeded = (message: string) => new AwsError('LimitExceededException', message, 400);

export const accessDenied = (principal: string, action: string, resource: string) =>
  new AwsError(
    'AccessDeniedException',
    `User: ${principal} is not authorized to perform: kinesis:${action} on resource: ${resource} because no resource-based policy allows the kinesis:${action} action`,
    400,
  );

/** Java's Date.toString(), which the expired-iterator message prints: `Sat Nov 28 06:01:02 UTC 2026`. */
function javaDate(epochMs: number): string {
  const d = new Date(epochMs);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

export const iteratorExpired = (createdAt: number, now: number, toleratedMs: number) =>
  new AwsError(
    'ExpiredIteratorException',
    `Iterator expired. The iterator was created at time ${javaDate(createdAt)} while right now it is ${javaDate(now)} which is further in the future than the tolerated delay of ${toleratedMs} milliseconds.`,
    400,
  );

export { validationError };
