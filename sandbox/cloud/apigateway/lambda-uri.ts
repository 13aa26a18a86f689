/**
 * Where an AWS_PROXY integration points. HTTP APIs accept a function ARN or the API Gateway service
 * URI; REST APIs only the latter:
 *   arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/<function ARN>/invocations
 */
const FUNCTION_ARN = /^arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:\d{12}:function:[a-zA-Z0-9-_]+(:(\$LATEST|[a-zA-Z0-9-_]+))?$/;
const SERVICE_URI = /^arn:aws[a-zA-Z-]*:apigateway:[a-z0-9-]+:lambda:path\/2015-03-31\/functions\/(.+)\/invocations$/;

export const isFunctionArn = (value: string) => FUNCTION_ARN.test(value);

/** The function ARN an integration URI names, or undefined when it names none. */
export function functionArnOf(uri: string | undefined): string | undefined {
  if (!uri) return undefined;
  if (FUNCTION_ARN.test(uri)) return uri;
  const m = SERVICE_URI.exec(uri);
  return m && FUNCTION_ARN.test(m[1]!) ? m[1] : undefined;
}

/** The service URI for a function ARN, as REST APIs and the console write it. */
export const lambdaServiceUri = (region: string, functionArn: string) =>
  `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/${functionArn}/invocations`;
