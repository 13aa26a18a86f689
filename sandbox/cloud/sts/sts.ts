/** AWS STS: who am I. */
import type { ServiceActions } from '../service.ts';

export const stsActions: ServiceActions = {
  GetCallerIdentity(ctx) {
    return { UserId: ctx.identity.userId, Account: ctx.identity.account, Arn: ctx.identity.arn };
  },
};
