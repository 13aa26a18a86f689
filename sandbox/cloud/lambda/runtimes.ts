/**
 * Lambda's runtime identifiers and what the sandbox can run. Only Node.js executes here; the enum is
 * the API's, so an unknown value is refused with the API's own validation message.
 */
import { AwsError, validationError } from '../errors.ts';

/** The API's Runtime enum (botocore lambda 2015-03-31), in the order AWS lists it. */
export const RUNTIME_ENUM = [
  'nodejs', 'nodejs4.3', 'nodejs6.10', 'nodejs8.10', 'nodejs10.x', 'nodejs12.x', 'nodejs14.x', 'nodejs16.x', 'java8', 'java8.al2',
  'java11', 'python2.7', 'python3.6', 'python3.7', 'python3.8', 'python3.9', 'dotnetcore1.0', 'dotnetcore2.0', 'dotnetcore2.1',
  'dotnetcore3.1', 'dotnet6', 'dotnet8', 'nodejs4.3-edge', 'go1.x', 'ruby2.5', 'ruby2.7', 'provided', 'provided.al2', 'nodejs18.x',
  'python3.10', 'java17', 'ruby3.2', 'ruby3.3', 'ruby3.4', 'python3.11', 'nodejs20.x', 'provided.al2023', 'python3.12', 'java21',
  'python3.13', 'nodejs22.x', 'nodejs24.x', 'python3.14', 'java25', 'dotnet10',
] as const;

/** Node.js runtimes the sandbox runs, with the runtime version AWS reports in INIT_START. */
export const NODE_RUNTIMES: Record<string, { major: number; version: string }> = {
  'nodejs24.x': { major: 24, version: 'nodejs:24.v22' },
  'nodejs22.x': { major: 22, version: 'nodejs:22.v61' },
  'nodejs20.x': { major: 20, version: 'nodejs:20.v80' },
};

/** Runtimes past their "block function create" date on AWS. */
const BLOCKED = new Set(['nodejs', 'nodejs4.3', 'nodejs4.3-edge', 'nodejs6.10', 'nodejs8.10', 'nodejs10.x', 'nodejs12.x', 'nodejs14.x', 'nodejs16.x', 'nodejs18.x',
  'python2.7', 'python3.6', 'python3.7', 'python3.8', 'dotnetcore1.0', 'dotnetcore2.0', 'dotnetcore2.1', 'dotnetcore3.1', 'dotnet6', 'go1.x', 'ruby2.5', 'ruby2.7', 'java8', 'provided']);

/** Throws the error AWS (or, for a non-Node runtime, the sandbox) gives for a runtime it will not create or update a function with. */
export function assertRunnableRuntime(runtime: unknown): asserts runtime is string {
  if (typeof runtime !== 'string' || !(RUNTIME_ENUM as readonly string[]).includes(runtime)) {
    throw validationError([{ value: runtime, member: 'runtime', constraint: `Member must satisfy enum value set: [${RUNTIME_ENUM.join(', ')}]` }]);
  }
  if (BLOCKED.has(runtime)) {
    throw new AwsError('InvalidParameterValueException',
      `The runtime parameter of ${runtime} is no longer supported for creating or updating AWS Lambda functions. We recommend you use a supported runtime while creating or updating functions.`);
  }
  if (!NODE_RUNTIMES[runtime]) {
    // Not an AWS message: AWS would accept it, but this sandbox cannot run it, and saying so beats pretending.
    throw new AwsError('InvalidParameterValueException',
      `The runtime parameter of ${runtime} is valid on AWS, but Lambda Lab's sandbox runs Node.js functions only. Use ${Object.keys(NODE_RUNTIMES).join(', ')}.`);
  }
}

/** A stable, AWS-shaped runtime version ARN per runtime version (deterministic: derived from its name). */
export function runtimeVersionArn(region: string, runtime: string): string {
  const seed = NODE_RUNTIMES[runtime]?.version ?? runtime;
  let h = '';
  for (let i = 0; h.length < 64; i++) {
    let x = 2166136261 ^ i;
    for (const c of seed) x = Math.imul(x ^ c.charCodeAt(0), 16777619);
    h += (x >>> 0).toString(16).padStart(8, '0');
  }
  return `arn:aws:lambda:${region}::runtime:${h.slice(0, 64)}`;
}
