/**
 * Identifiers and names shaped like API Gateway's: API ids of ten lowercase alphanumerics, shorter
 * ids for routes, integrations and deployments, the request ids its responses carry, its endpoints,
 * and the timestamps the CLI prints.
 */
import { toBase64 } from '../bytes.ts';
import type { Cloud } from '../cloud.ts';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** `length` lowercase alphanumerics from the seeded id source (API ids are 10, route ids 7 …). */
export function shortId(cloud: Cloud, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[cloud.ids.next() % ALPHABET.length];
  return out;
}

/** An id not already taken in `taken`: collisions are unlikely, but ids must be unique. */
export function freshId(cloud: Cloud, length: number, taken: (id: string) => boolean): string {
  for (;;) {
    const id = shortId(cloud, length);
    if (!taken(id)) return id;
  }
}

/** `BitA2hMuNjMEPFQ=`: the form of HTTP APIs' `apigw-requestid` and REST APIs' extendedRequestId. */
export function extendedRequestId(cloud: Cloud): string {
  const bytes = new Uint8Array(11);
  for (let i = 0; i < bytes.length; i++) bytes[i] = cloud.ids.next() & 0xff;
  return toBase64(bytes);
}

export const executeApiHost = (apiId: string, region: string) => `${apiId}.execute-api.${region}.amazonaws.com`;
export const apiEndpoint = (apiId: string, region: string) => `https://${executeApiHost(apiId, region)}`;

/** The `execute-api` ARN a Lambda permission's SourceArn is matched against. */
export const executeApiArn = (region: string, account: string, apiId: string, rest: string) => `arn:aws:execute-api:${region}:${account}:${apiId}/${rest}`;

/** What the CLI prints for a timestamp member: ISO 8601 with an explicit offset. */
export function isoTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `12/Mar/2020:19:03:58 +0000`: the CLF time of requestContext.time / requestTime. */
export function clfTime(epochMs: number): string {
  const d = new Date(epochMs);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

/** `Thu, 01 Jan 2026 00:00:00 GMT`: the Date response header. */
export function httpDate(epochMs: number): string {
  return new Date(epochMs).toUTCString();
}
