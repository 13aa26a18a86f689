/**
 * Concurrency: the account's 1,000 concurrent executions, reserved concurrency per function (which
 * must leave 100 unreserved), and the leases every running invocation holds. Leases are runtime
 * bookkeeping, not state: after a restore nothing is running.
 */
import { AwsError, validationError } from '../errors.ts';
import type { ServiceContext } from '../service.ts';
import { arnOf, resolveFunction } from './functions.ts';
import { functionKey, type FunctionRecord } from './state.ts';

export const ACCOUNT_CONCURRENCY = 1000;
export const MIN_UNRESERVED = 100;

/** The reason a TooManyRequestsException carries. */
export type ThrottleReason = 'ReservedFunctionConcurrentInvocationLimitExceeded' | 'ConcurrentInvocationLimitExceeded';

export class ConcurrencyLeases {
  #byFunction = new Map<string, number>();
  #unreservedInUse = new Map<string, number>();

  inFlight(fn: FunctionRecord): number {
    return this.#byFunction.get(functionKey(fn.region, fn.account, fn.name)) ?? 0;
  }

  /** Takes a lease, or says why not. The returned function releases it (call it in `finally`). */
  acquire(ctx: ServiceContext, fn: FunctionRecord): { release: () => void } | { throttled: ThrottleReason } {
    const key = functionKey(fn.region, fn.account, fn.name);
    const running = this.#byFunction.get(key) ?? 0;
    const reserved = fn.reservedConcurrency;
    const accountKey = `${fn.region}/${fn.account}`;
    if (reserved !== undefined) {
      if (running >= reserved) return { throttled: 'ReservedFunctionConcurrentInvocationLimitExceeded' };
    } else {
      const pool = ACCOUNT_CONCURRENCY - reservedTotal(ctx, fn.region, fn.account);
      if ((this.#unreservedInUse.get(accountKey) ?? 0) >= pool) return { throttled: 'ConcurrentInvocationLimitExceeded' };
      this.#unreservedInUse.set(accountKey, (this.#unreservedInUse.get(accountKey) ?? 0) + 1);
    }
    this.#byFunction.set(key, running + 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.#byFunction.set(key, (this.#byFunction.get(key) ?? 1) - 1);
        if (reserved === undefined) this.#unreservedInUse.set(accountKey, (this.#unreservedInUse.get(accountKey) ?? 1) - 1);
      },
    };
  }
}

export function reservedTotal(ctx: ServiceContext, region: string, account: string, except?: FunctionRecord): number {
  return Object.values(ctx.cloud.state.lambda.functions)
    .filter((f) => f.region === region && f.account === account && f !== except)
    .reduce((n, f) => n + (f.reservedConcurrency ?? 0), 0);
}

/** Lambda's 429 for a throttled synchronous invoke. */
export function throttled(reason: ThrottleReason): AwsError {
  return new AwsError('TooManyRequestsException', 'Rate Exceeded.', 429, 'User', { Reason: reason, retryAfterSeconds: 1 });
}

function unqualified(ctx: ServiceContext, input: Record<string, unknown>): FunctionRecord {
  const { fn, qualifier } = resolveFunction(ctx, { FunctionName: input.FunctionName }, 140);
  if (qualifier !== undefined) throw new AwsError('InvalidParameterValueException', 'Concurrency can only be set on an unqualified function name.');
  return fn;
}

export const concurrencyActions = {
  PutFunctionConcurrency(ctx: ServiceContext, input: Record<string, unknown>) {
    const fn = unqualified(ctx, input);
    const value = input.ReservedConcurrentExecutions;
    if (value === undefined) throw validationError([{ value: undefined, member: 'reservedConcurrentExecutions', constraint: 'Member must not be null' }]);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw validationError([{ value, member: 'reservedConcurrentExecutions', constraint: 'Member must have value greater than or equal to 0' }]);
    }
    if (ACCOUNT_CONCURRENCY - reservedTotal(ctx, fn.region, fn.account, fn) - value < MIN_UNRESERVED) {
      throw new AwsError('InvalidParameterValueException',
        `Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${MIN_UNRESERVED}].`);
    }
    fn.reservedConcurrency = value;
    ctx.cloud.trace({ type: 'function.concurrency-set', functionArn: arnOf(fn), reserved: value });
    return { ReservedConcurrentExecutions: value };
  },

  GetFunctionConcurrency(ctx: ServiceContext, input: Record<string, unknown>) {
    const fn = unqualified(ctx, input);
    return fn.reservedConcurrency === undefined ? {} : { ReservedConcurrentExecutions: fn.reservedConcurrency };
  },

  DeleteFunctionConcurrency(ctx: ServiceContext, input: Record<string, unknown>) {
    const fn = unqualified(ctx, input);
    delete fn.reservedConcurrency;
    return {};
  },

  GetAccountSettings(ctx: ServiceContext) {
    const fns = Object.values(ctx.cloud.state.lambda.functions).filter((f) => f.region === ctx.region && f.account === ctx.identity.account);
    // Storage counts deployment packages (every version) and layer archives, as the API reference says.
    const layers = Object.values(ctx.cloud.state.lambda.layers ?? {}).filter((l) => l.region === ctx.region && l.account === ctx.identity.account);
    const codeSizes = [
      ...fns.flatMap((f) => [f.code.size, ...Object.values(f.versions ?? {}).map((v) => v.code.size)]),
      ...layers.flatMap((l) => Object.values(l.versions).filter((v) => !v.deleted).map((v) => v.code.size)),
    ];
    return {
      AccountLimit: {
        TotalCodeSize: 80530636800,
        CodeSizeUnzipped: 262144000,
        CodeSizeZipped: 52428800,
        ConcurrentExecutions: ACCOUNT_CONCURRENCY,
        UnreservedConcurrentExecutions: ACCOUNT_CONCURRENCY - reservedTotal(ctx, ctx.region, ctx.identity.account),
      },
      AccountUsage: { TotalCodeSize: codeSizes.reduce((a, b) => a + b, 0), FunctionCount: fns.length },
    };
  },
};
