/**
 * The Lambda service's state, as plain data. A function is its unpublished version ($LATEST: the
 * `config`, `code`, `lastModified`, `revisionId` members) plus its published versions, aliases and
 * per-function settings. Layers live beside functions.
 */
export interface FunctionCode {
  /** The deployment package, base64 (the snapshot is JSON). */
  zipBase64: string;
  sha256: string;
  size: number;
}

export interface LayerRef {
  Arn: string;
  CodeSize: number;
}

export interface FunctionConfig {
  Runtime: string;
  Role: string;
  Handler: string;
  Description: string;
  Timeout: number;
  MemorySize: number;
  Environment?: { Variables: Record<string, string> };
  Architectures: string[];
  EphemeralStorage: { Size: number };
  Layers?: LayerRef[];
  DeadLetterConfig?: { TargetArn?: string };
}

/** One immutable published version: a copy of $LATEST at the moment of publishing. */
export interface PublishedVersion {
  version: string;
  config: FunctionConfig;
  code: FunctionCode;
  /** The version's own description (PublishVersion --description). */
  description: string;
  lastModified: number;
  revisionId: string;
}

export interface AliasRecord {
  name: string;
  functionVersion: string;
  description: string;
  /** AdditionalVersionWeights: at most one other version and its share of invocations. */
  weights?: Record<string, number>;
  revisionId: string;
}

export interface DestinationConfig {
  OnSuccess?: { Destination?: string };
  OnFailure?: { Destination?: string };
}

export interface EventInvokeConfig {
  MaximumRetryAttempts?: number;
  MaximumEventAgeInSeconds?: number;
  DestinationConfig?: DestinationConfig;
  lastModified: number;
}

export interface FunctionRecord {
  name: string;
  account: string;
  region: string;
  config: FunctionConfig;
  code: FunctionCode;
  lastModified: number;
  revisionId: string;
  createdAt: number;
  versions?: Record<string, PublishedVersion>;
  /** The highest version number ever published: numbers are never reused. */
  lastVersion?: number;
  aliases?: Record<string, AliasRecord>;
  reservedConcurrency?: number;
  /** Asynchronous invocation settings by qualifier ($LATEST, a version, an alias). */
  eventInvokeConfigs?: Record<string, EventInvokeConfig>;
  recursiveLoop?: 'Terminate' | 'Allow';
  /** Resource-based policies by qualifier ('' for the unqualified function). */
  policies?: Record<string, FunctionPolicy>;
}

export interface PolicyStatement {
  Sid: string;
  Effect: 'Allow';
  Principal: '*' | { Service: string } | { AWS: string };
  Action: string;
  Resource: string;
  Condition?: Record<string, Record<string, string>>;
}

export interface FunctionPolicy {
  statements: PolicyStatement[];
  revisionId: string;
}

export interface LayerVersionRecord {
  version: number;
  description: string;
  code: FunctionCode;
  createdDate: number;
  compatibleRuntimes?: string[];
  compatibleArchitectures?: string[];
  licenseInfo?: string;
  /** Deleted versions keep their content: functions that use them go on working, as on AWS. */
  deleted?: boolean;
}

export interface LayerRecord {
  name: string;
  account: string;
  region: string;
  versions: Record<string, LayerVersionRecord>;
  lastVersion: number;
}

/** An event waiting in a function's internal queue for (another) asynchronous attempt. */
export interface AsyncEvent {
  requestId: string;
  /** `region/account/name` of the function. */
  functionKey: string;
  qualifier?: string;
  payload: string;
  receivedAt: number;
  nextAttemptAt: number;
  /** Attempts that ran the function (throttles do not count). */
  attempts: number;
  /** Throttled or system-error retries so far, for the backoff. */
  throttles: number;
  /** How many invocations led here: stops recursive loops after 16. */
  chain: number;
  /** The last attempt's outcome, for the destination record. */
  last?: { executedVersion: string; functionError?: string; payload: string };
}

export interface UsageRecord {
  requests: number;
  billedMs: number;
  gbSeconds: number;
  memoryMb: number;
}

export interface LambdaState {
  /** Functions by `region/account/name`. */
  functions: Record<string, FunctionRecord>;
  /** Layers by `region/account/name`. */
  layers?: Record<string, LayerRecord>;
  /** The internal queue of asynchronous events, by request id, in arrival order. */
  asyncEvents?: Record<string, AsyncEvent>;
  /** Event-source mappings by UUID. */
  eventSourceMappings?: Record<string, import('./event-source-mappings.ts').EventSourceMapping>;
  /** Usage for `lab bill`, by function ARN (unqualified). */
  usage?: Record<string, UsageRecord>;
}

export const initialLambdaState = (): LambdaState => ({ functions: {}, layers: {}, asyncEvents: {}, usage: {} });

export const functionKey = (region: string, account: string, name: string) => `${region}/${account}/${name}`;
