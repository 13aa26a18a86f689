/**
 * The AWS SDK for JavaScript v3 packages the execution environment provides, as Lambda's Node.js
 * runtimes include the SDK at /var/runtime/node_modules: a handler imports them without bundling
 * them. A package in the function's own node_modules or a layer comes first, as in Lambda.
 */
export const RUNTIME_SDK_PACKAGES = [
  '@aws-sdk/client-cloudwatch-logs',
  '@aws-sdk/client-dynamodb',
  '@aws-sdk/client-eventbridge',
  '@aws-sdk/client-iam',
  '@aws-sdk/client-kinesis',
  '@aws-sdk/client-lambda',
  '@aws-sdk/client-s3',
  '@aws-sdk/client-sns',
  '@aws-sdk/client-sqs',
  '@aws-sdk/client-sts',
  '@aws-sdk/lib-dynamodb',
] as const;

/**
 * The SDK's HTTP handler package. A function that brings its own copy of the SDK (installed with npm,
 * in its package or a layer) gets the runtime's stand-in for it, so its requests reach the engine too:
 * the sandbox has no network, and this is where the SDK meets it.
 */
export const HTTP_HANDLER_PACKAGE = '@smithy/node-http-handler';

/** Where the runtime's bundle of them sits in the environment. */
export const RUNTIME_SDK_BUNDLE = '/var/runtime/aws-sdk.js';
