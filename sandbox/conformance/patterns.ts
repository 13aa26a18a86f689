/**
 * Patterns the scenarios match with: ids, times, digests and the lines Lambda writes around an
 * invocation. Durations are real, so they are always matched by pattern, never by value.
 */

/** A text as a RegExp that matches it literally. */
export const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const RID = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
export const TIME = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z';
export const REQUEST_ID = new RegExp(`^${RID}$`);
export const REVISION_ID = REQUEST_ID;
/** An ISO 8601 time in UTC with milliseconds, as a destination record's `timestamp`. */
export const ISO_TIME = new RegExp(`^${TIME}$`);
export const SHA256 = /^[A-Za-z0-9+/]{43}=$/;
export const STREAM = /^2026\/01\/01\/\[\$LATEST\][0-9a-f]{32}$/;

/** The lines Lambda writes around an invocation, as patterns (one line each, no line end). */
export const line = {
  initStart: (runtime = '24') => new RegExp(`^INIT_START Runtime Version: nodejs:${runtime}\\.v\\d+\\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:[0-9a-f]{64}$`),
  /** START of an invocation of `version` ($LATEST or a published number). */
  start: (version = '$LATEST') => new RegExp(`^START RequestId: ${RID} Version: ${esc(version)}$`),
  end: () => new RegExp(`^END RequestId: ${RID}$`),
  report: (o: { init?: boolean; memory?: number; status?: string } = {}) =>
    new RegExp(`^REPORT RequestId: ${RID}\\tDuration: \\d+\\.\\d\\d ms\\tBilled Duration: \\d+ ms\\tMemory Size: ${o.memory ?? 128} MB\\tMax Memory Used: \\d+ MB\\t${o.init ? 'Init Duration: \\d+\\.\\d\\d ms\\t' : ''}${o.status ? `${esc(o.status)}\\t` : ''}$`),
  /** A console line; `request: false` for one written during INIT (`undefined` request id). */
  console: (level: string, text: string, o: { request?: boolean } = {}) =>
    new RegExp(`^${TIME}\\t${o.request === false ? 'undefined' : RID}\\t${level}\\t${esc(text)}$`),
  any: (prefix: string) => new RegExp(`^${esc(prefix)}`),
};

/** Any START line (for counting invocations with `logCount`). */
export const START = /^START RequestId: /;
export const INIT_START = /^INIT_START /;
