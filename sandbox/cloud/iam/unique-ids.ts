/**
 * IAM's unique identifiers and STS's credentials, shaped like AWS's: a four-letter prefix naming the
 * kind (`AIDA` user, `AROA` role, `ANPA` managed policy, `ASIA` temporary access key) and upper-case
 * letters and digits; secret keys of 40 characters; session tokens in the `IQoJb3JpZ2luX2Vj…` form.
 * All are drawn from the cloud's seeded id source, so the same commands give the same ids.
 */
import type { IdSource } from '../ids.ts';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function draw(ids: IdSource, alphabet: string, length: number): string {
  let out = '';
  while (out.length < length) {
    let n = ids.next();
    for (let i = 0; i < 4 && out.length < length; i++) {
      out += alphabet[n % alphabet.length];
      n = Math.floor(n / alphabet.length);
    }
  }
  return out;
}

/** `AROA` + 17 characters: 21 in all, as RoleId, UserId and PolicyId are. */
export const uniqueId = (ids: IdSource, prefix: 'AIDA' | 'AROA' | 'ANPA') => prefix + draw(ids, UPPER, 17);

/** `ASIA` + 16 characters: an access key id of temporary credentials. */
export const temporaryAccessKeyId = (ids: IdSource) => 'ASIA' + draw(ids, UPPER, 16);

export const secretAccessKey = (ids: IdSource) => draw(ids, BASE64, 40);

export const sessionToken = (ids: IdSource) => 'IQoJb3JpZ2luX2VjE' + draw(ids, BASE64, 700);

/** A stable id for an AWS managed policy, derived from its name (AWS's own ids are fixed too). */
export function stableId(prefix: string, name: string): string {
  let h = 2166136261;
  let out = '';
  for (let round = 0; out.length < 17; round++) {
    for (const ch of `${name}#${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    let n = h;
    for (let i = 0; i < 6 && out.length < 17; i++) {
      out += UPPER[n % 32];
      n = Math.floor(n / 32);
    }
  }
  return prefix + out;
}
