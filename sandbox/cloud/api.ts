/**
 * The one way into the cloud: a service action with its AWS API input shape (botocore member names,
 * PascalCase for Lambda, camelCase for CloudWatch Logs; blobs as Uint8Array), answered with the
 * action's output shape or rejected with an AwsError. The `aws` command, the wire router and the
 * grader all call through here, so every request is validated and authorized in one place.
 */
export interface ServiceRequest {
  /** The CLI/endpoint prefix of the service: `lambda`, `logs`, `sts`, `iam` … */
  service: string;
  /** The API action name, e.g. `CreateFunction`, `Invoke`, `FilterLogEvents`. */
  action: string;
  input: Record<string, unknown>;
  /** Defaults to us-east-1. */
  region?: string;
  /** The access key the caller signed with; one the cloud did not issue acts as the learner. */
  accessKeyId?: string;
  /** The request's X-Amzn-Trace-Id: a handler's SDK calls carry its invocation's, for recursive loop detection. */
  traceHeader?: string;
}

export type ServiceCaller = (request: ServiceRequest) => Promise<Record<string, unknown>>;
