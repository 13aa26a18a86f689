import type { Identity } from './accounts.ts';
import type { Cloud } from './cloud.ts';

/** What every operation receives besides its input: the cloud, who is calling, and where. */
export interface ServiceContext {
  cloud: Cloud;
  identity: Identity;
  region: string;
  /** The request's X-Ray trace header (see lambda/trace-header.ts), when it has one. */
  traceHeader?: string;
  /** How many invocations led to this request (the header's Lineage count): what an invocation it causes continues. */
  chain?: number;
}

export type Action = (ctx: ServiceContext, input: Record<string, unknown>) => unknown;

/** A service is its actions, named as the AWS API names them. */
export type ServiceActions = Record<string, Action>;
