/**
 * AWS-shaped errors. Every boundary (CLI, wire protocol, UI, grader) turns failures into this one
 * shape, so a learner always sees AWS's own words and never a stack trace.
 */
export interface AwsErrorShape {
  /** The error code AWS returns, e.g. `ResourceNotFoundException`. */
  code: string;
  /** The human message, exactly as AWS words it. */
  message: string;
  /** HTTP status AWS answers with. */
  status: number;
  /** `User` for the caller's mistakes, `Service` for the service's own failures (Lambda's body field `Type`). */
  type: 'User' | 'Service';
  /** Extra members some errors carry, e.g. `Reason` on TooManyRequestsException. */
  extra?: Record<string, unknown>;
}

export class AwsError extends Error implements AwsErrorShape {
  readonly code: string;
  readonly status: number;
  readonly type: 'User' | 'Service';
  readonly extra?: Record<string, unknown>;

  constructor(code: string, message: string, status = 400, type: 'User' | 'Service' = 'User', extra?: Record<string, unknown>) {
    super(message);
    this.name = code;
    this.code = code;
    this.status = status;
    this.type = type;
    this.extra = extra;
  }

  toJSON(): AwsErrorShape {
    return { code: this.code, message: this.message, status: this.status, type: this.type, ...(this.extra ? { extra: this.extra } : {}) };
  }
}

export function isAwsError(value: unknown): value is AwsError {
  return value instanceof AwsError || (typeof value === 'object' && value !== null && 'code' in value && 'status' in value && 'message' in value);
}

export const notFound = (message: string) => new AwsError('ResourceNotFoundException', message, 404);
export const conflict = (message: string) => new AwsError('ResourceConflictException', message, 409);
export const invalidParameter = (message: string) => new AwsError('InvalidParameterValueException', message, 400);

/**
 * One constraint violation in AWS's validation wording:
 * `Value 'x' at 'functionName' failed to satisfy constraint: Member must …`.
 */
export interface Violation {
  value: unknown;
  member: string;
  constraint: string;
}

/** `1 validation error detected: …` / `2 validation errors detected: …; …` (ValidationException, 400). */
export function validationError(violations: Violation[]): AwsError {
  const n = violations.length;
  const parts = violations.map(
    (v) => `Value '${v.value === undefined ? 'null' : String(v.value)}' at '${v.member}' failed to satisfy constraint: ${v.constraint}`,
  );
  return new AwsError('ValidationException', `${n} validation error${n === 1 ? '' : 's'} detected: ${parts.join('; ')}`, 400);
}
