/**
 * Wildcard matching as the policy language defines it: `*` matches any run of characters (none
 * included), `?` exactly one. Actions compare without regard to case; resources and ARNs with it.
 * ARNs are compared component by component: `arn:partition:service:region:account:resource`, the
 * sixth component being the rest of the ARN, so `arn:aws:logs:*:*:*` covers every log stream while
 * a `*` in the region cannot reach into the account.
 */

/** A template piece: literal text, or a wildcard. Policy variables resolve to literal pieces. */
export type Piece = { literal: string } | { wildcard: '*' | '?' };

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** Splits a pattern into literal runs and wildcards. */
export function piecesOf(pattern: string): Piece[] {
  const out: Piece[] = [];
  let run = '';
  for (const ch of pattern) {
    if (ch === '*' || ch === '?') {
      if (run) out.push({ literal: run });
      run = '';
      out.push({ wildcard: ch });
    } else {
      run += ch;
    }
  }
  if (run) out.push({ literal: run });
  return out;
}

export function regexOf(pieces: Piece[], ignoreCase = false): RegExp {
  const body = pieces
    .map((p) => ('literal' in p ? p.literal.replace(REGEX_SPECIAL, '\\$&') : p.wildcard === '*' ? '[\\s\\S]*' : '[\\s\\S]'))
    .join('');
  return new RegExp(`^${body}$`, ignoreCase ? 'i' : '');
}

/** `*`/`?` glob over the whole string. */
export function globMatch(pattern: string | Piece[], value: string, ignoreCase = false): boolean {
  return regexOf(typeof pattern === 'string' ? piecesOf(pattern) : pattern, ignoreCase).test(value);
}

/** Action names are case-insensitive: `Lambda:invokefunction` is `lambda:InvokeFunction`. */
export function actionMatches(pattern: string, action: string): boolean {
  return globMatch(pattern, action, true);
}

/** The six ARN components; the sixth keeps any further colons. Fewer than six: not an ARN. */
export function arnComponents(arn: string): string[] | undefined {
  const parts: string[] = [];
  let rest = arn;
  for (let i = 0; i < 5; i++) {
    const at = rest.indexOf(':');
    if (at < 0) return undefined;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  parts.push(rest);
  return parts;
}

/** Splits template pieces at the first five literal colons, so each ARN component matches alone. */
function componentPieces(pieces: Piece[]): Piece[][] | undefined {
  const out: Piece[][] = [[]];
  for (const p of pieces) {
    if ('wildcard' in p || out.length === 6) {
      out[out.length - 1]!.push(p);
      continue;
    }
    const chunks = p.literal.split(':');
    chunks.forEach((chunk, i) => {
      if (i > 0) {
        if (out.length < 6) out.push([]);
        else out[out.length - 1]!.push({ literal: ':' });
      }
      if (chunk) out[out.length - 1]!.push({ literal: chunk });
    });
  }
  return out.length === 6 ? out : undefined;
}

/**
 * ArnLike / ArnEquals and the Resource element: component-wise when both sides are ARNs, a plain
 * case-sensitive glob otherwise (`*` against anything, or the `*` resource of actions without one).
 */
export function arnMatches(pattern: string | Piece[], value: string): boolean {
  const pieces = typeof pattern === 'string' ? piecesOf(pattern) : pattern;
  const valueParts = arnComponents(value);
  const patternParts = componentPieces(pieces);
  if (!valueParts || !patternParts) return globMatch(pieces, value);
  return patternParts.every((p, i) => globMatch(p, valueParts[i]!));
}
