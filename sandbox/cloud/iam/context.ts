/**
 * The request context a policy is evaluated against: the caller's keys plus the global keys IAM
 * derives from the principal and the time (aws:PrincipalArn, aws:PrincipalAccount, aws:userid,
 * aws:username, aws:CurrentTime, aws:EpochTime …). Condition keys are case-insensitive, so the map
 * is keyed by the lower-cased name; values are strings or lists of strings, as IAM compares them.
 */
import type { Principal } from './principal.ts';

export type ContextInput = Record<string, string | string[] | number | boolean | undefined>;
export type ContextValue = string | string[];

export class RequestContext {
  readonly #values = new Map<string, ContextValue>();

  set(key: string, value: ContextInput[string]): void {
    if (value === undefined) {
      this.#values.delete(key.toLowerCase());
      return;
    }
    this.#values.set(key.toLowerCase(), Array.isArray(value) ? value.map(String) : String(value));
  }

  get(key: string): ContextValue | undefined {
    return this.#values.get(key.toLowerCase());
  }
}

/** `2026-01-01T00:00:00Z`: aws:CurrentTime has whole seconds. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** What IAM calls the principal type in aws:PrincipalType. */
function principalType(p: Principal): string {
  return { user: 'User', 'role-session': 'AssumedRole', root: 'Account', service: 'Service' }[p.kind];
}

export function requestContext(principal: Principal, now: number, extra: ContextInput = {}): RequestContext {
  const ctx = new RequestContext();
  ctx.set('aws:CurrentTime', isoSeconds(now));
  ctx.set('aws:EpochTime', Math.floor(now / 1000));
  if (principal.kind === 'service') {
    ctx.set('aws:PrincipalServiceName', principal.service ?? principal.arn);
    ctx.set('aws:PrincipalIsAWSService', 'true');
  } else {
    ctx.set('aws:PrincipalIsAWSService', 'false');
    // A role session is known by its role's ARN here; the session ARN is aws:userid's business.
    ctx.set('aws:PrincipalArn', principal.kind === 'role-session' ? principal.roleArn ?? principal.arn : principal.arn);
    ctx.set('aws:PrincipalAccount', principal.account);
    ctx.set('aws:PrincipalType', principalType(principal));
    ctx.set('aws:userid', principal.kind === 'root' ? principal.account : principal.userId);
    if (principal.kind === 'user') ctx.set('aws:username', principal.arn.slice(principal.arn.lastIndexOf('/') + 1));
    for (const [key, value] of Object.entries(principal.tags ?? {})) ctx.set(`aws:PrincipalTag/${key}`, value);
  }
  for (const [key, value] of Object.entries(extra)) ctx.set(key, value);
  return ctx;
}
