/**
 * Calling the integration's function, synchronously, through the cloud's own Invoke — so concurrency,
 * throttling, logs and (soon) the function's resource policy apply exactly as to any caller. API
 * Gateway calls as the service principal apigateway.amazonaws.com, from the execute-api ARN of the
 * route, which is what a Lambda permission's SourceArn is matched against: the function's resource
 * policy is checked first, by the cloud's one evaluator, as for S3, SNS and EventBridge.
 */
import { fromUtf8, utf8 } from '../../bytes.ts';
import type { ServiceRequest } from '../../api.ts';
import type { Cloud } from '../../cloud.ts';
import { isAwsError } from '../../errors.ts';

export type InvokeOutcome =
  | { kind: 'ok'; payload: string }
  | { kind: 'function-error'; payload: string }
  | { kind: 'throttled' }
  | { kind: 'timeout' }
  /** Permission denied, function gone, or another failure of the call itself. */
  | { kind: 'failed'; code: string };

export interface InvokeTarget {
  functionArn: string;
  sourceArn: string;
  timeoutMs: number;
}

export async function invokeIntegration(cloud: Cloud, target: InvokeTarget, event: Record<string, unknown>): Promise<InvokeOutcome> {
  const request: ServiceRequest & { $principal: { service: string; sourceArn: string } } = {
    service: 'lambda',
    action: 'Invoke',
    input: { FunctionName: target.functionArn, Payload: utf8(JSON.stringify(event)) },
    $principal: { service: 'apigateway.amazonaws.com', sourceArn: target.sourceArn },
  };
  // The function's resource-based policy must let API Gateway in (aws lambda add-permission
  // --principal apigateway.amazonaws.com --source-arn …); otherwise the client sees a 500.
  const account = target.sourceArn.split(':')[4] ?? '';
  if (!cloud.canServiceInvoke(target.functionArn, 'apigateway.amazonaws.com', target.sourceArn, account)) {
    cloud.trace({ type: 'invoke.denied', functionArn: target.functionArn, principal: 'apigateway.amazonaws.com', sourceArn: target.sourceArn, reason: "the function's resource-based policy does not allow apigateway.amazonaws.com to invoke it (aws lambda add-permission)" });
    return { kind: 'failed', code: 'AccessDeniedException' };
  }
  const started = cloud.clock.now();
  let out: Record<string, unknown>;
  try {
    out = await cloud.call(request);
  } catch (error) {
    if (isAwsError(error) && error.code === 'TooManyRequestsException') return { kind: 'throttled' };
    return { kind: 'failed', code: isAwsError(error) ? error.code : 'ServiceException' };
  }
  // The function ran on the virtual clock; past the integration timeout API Gateway has given up on it.
  if (cloud.clock.now() - started > target.timeoutMs) return { kind: 'timeout' };
  const payload = out.Payload instanceof Uint8Array ? fromUtf8(out.Payload) : '';
  return out.FunctionError ? { kind: 'function-error', payload } : { kind: 'ok', payload };
}
