/**
 * One wire protocol (awsJson, awsQuery, restJson, restXml): how a request names its operation, how
 * its input is read, how the output and errors are written. The router picks one per service.
 */
import type { AwsErrorShape } from '../../cloud/errors.ts';
import type { WireRequest, WireResponse } from '../http.ts';
import type { OperationSpec, ServiceSpec } from '../model.ts';

export interface Exchange {
  spec: ServiceSpec;
  request: WireRequest;
  requestId: string;
}

export interface Protocol {
  /**
   * The operation the request names: the spec when this service has it, a name string when the
   * request names an operation the service lacks, undefined when it names none.
   */
  operation(x: Exchange): { op: OperationSpec; labels?: Record<string, string> } | string | undefined;
  /** The input in the cloud's form; throws an AwsError for a body the service cannot read. */
  decode(x: Exchange, op: OperationSpec, labels?: Record<string, string>): Record<string, unknown>;
  encode(x: Exchange, op: OperationSpec, output: Record<string, unknown>): WireResponse;
  error(x: Exchange, error: AwsErrorShape, op?: OperationSpec): WireResponse;
}
