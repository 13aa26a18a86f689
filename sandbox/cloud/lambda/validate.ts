/**
 * Parameter checks for the function configuration, in the Lambda API's own words. Constraints come
 * from the API model (botocore lambda 2015-03-31) and the Lambda quotas page.
 */
import { AwsError, validationError, type Violation } from '../errors.ts';

const ROLE_RE = /^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;
const HANDLER_RE = /^[^\s]+$/;
const ENV_KEY_RE = /^[a-zA-Z]([a-zA-Z0-9_])+$/;
/** Keys the Lambda runtime sets itself; AWS refuses them in Environment.Variables. */
const RESERVED_ENV = new Set([
  '_HANDLER', '_X_AMZN_TRACE_ID', 'AWS_DEFAULT_REGION', 'AWS_REGION', 'AWS_EXECUTION_ENV', 'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', 'AWS_LAMBDA_FUNCTION_VERSION', 'AWS_LAMBDA_INITIALIZATION_TYPE', 'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME', 'AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API', 'LAMBDA_TASK_ROOT', 'LAMBDA_RUNTIME_DIR',
]);

export interface ConfigInput {
  Role?: unknown;
  Handler?: unknown;
  Description?: unknown;
  Timeout?: unknown;
  MemorySize?: unknown;
  Environment?: unknown;
}

function intIn(violations: Violation[], value: unknown, member: string, min: number, max: number) {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new AwsError('InvalidParameterValueException', `${member[0]!.toUpperCase()}${member.slice(1)} must be an integer.`);
  }
  if (value < min) violations.push({ value, member, constraint: `Member must have value greater than or equal to ${min}` });
  if (value > max) violations.push({ value, member, constraint: `Member must have value less than or equal to ${max}` });
}

/** Validates the members CreateFunction and UpdateFunctionConfiguration share. */
export function validateConfig(input: ConfigInput, options: { roleRequired: boolean; handlerRequired: boolean }): void {
  const violations: Violation[] = [];
  if (input.Role === undefined && options.roleRequired) violations.push({ value: undefined, member: 'role', constraint: 'Member must not be null' });
  if (input.Role !== undefined && !ROLE_RE.test(String(input.Role))) {
    violations.push({ value: input.Role, member: 'role', constraint: `Member must satisfy regular expression pattern: ${ROLE_RE.source.slice(1, -1)}` });
  }
  if (input.Handler !== undefined) {
    const h = String(input.Handler);
    if (h.length > 128) violations.push({ value: h, member: 'handler', constraint: 'Member must have length less than or equal to 128' });
    if (!HANDLER_RE.test(h)) violations.push({ value: h, member: 'handler', constraint: 'Member must satisfy regular expression pattern: [^\\s]+' });
  }
  if (input.Description !== undefined && String(input.Description).length > 256) {
    violations.push({ value: input.Description, member: 'description', constraint: 'Member must have length less than or equal to 256' });
  }
  intIn(violations, input.Timeout, 'timeout', 1, 900);
  intIn(violations, input.MemorySize, 'memorySize', 128, 10240);
  if (violations.length) throw validationError(violations);
  if (options.handlerRequired && (input.Handler === undefined || input.Handler === '')) {
    throw new AwsError('InvalidParameterValueException', 'Handler is required for a function with a Zip package type.');
  }
  validateEnvironment(input.Environment);
}

function validateEnvironment(env: unknown): void {
  if (env === undefined) return;
  const vars = (env as { Variables?: Record<string, unknown> })?.Variables ?? {};
  if (typeof vars !== 'object' || vars === null) throw new AwsError('InvalidParameterValueException', 'Environment.Variables must be a map of strings.');
  const keys = Object.keys(vars);
  const reserved = keys.filter((k) => RESERVED_ENV.has(k));
  if (reserved.length) {
    throw new AwsError('InvalidParameterValueException', `Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: ${reserved.join(', ')}`);
  }
  const bad = keys.filter((k) => !ENV_KEY_RE.test(k));
  if (bad.length) {
    throw validationError(bad.map((k) => ({ value: k, member: 'environment.variables', constraint: 'Member must satisfy regular expression pattern: [a-zA-Z]([a-zA-Z0-9_])+' })));
  }
  const size = new TextEncoder().encode(JSON.stringify(vars)).length;
  if (size > 4096) {
    throw new AwsError('InvalidParameterValueException', `Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit. String measured: ${JSON.stringify(vars)}`);
  }
}

const DLQ_RE = /^arn:(aws[a-zA-Z-]*)?:(sqs|sns):[a-z0-9-]+:\d{12}:[A-Za-z0-9_.-]+$/;

/** DeadLetterConfig.TargetArn: an SQS queue or SNS topic ARN; an empty TargetArn removes it. */
export function validateDeadLetter(value: unknown): { TargetArn: string } | undefined {
  if (value === undefined || value === null) return undefined;
  const target = (value as { TargetArn?: unknown }).TargetArn;
  if (target === undefined || target === '') return undefined;
  if (typeof target !== 'string' || !DLQ_RE.test(target)) {
    throw new AwsError('InvalidParameterValueException', `The provided target ARN is not supported: ${String(target)}. A dead-letter queue must be an Amazon SQS queue or an Amazon SNS topic.`);
  }
  return { TargetArn: target };
}
