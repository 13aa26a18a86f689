/**
 * Policy variables (`${aws:username}`, `${aws:PrincipalTag/team}`, `${aws:username, 'guest'}`) in
 * Resource and in condition values, as IAM resolves them: only in policies of Version 2012-10-17,
 * from the request context, case-insensitively by key. `${*}`, `${?}` and `${$}` stand for the
 * literal characters, so a policy can name a real asterisk next to wildcards. A variable whose key
 * the request lacks, with no default, makes the value match nothing.
 */
import { piecesOf, type Piece } from './match.ts';
import type { RequestContext } from './context.ts';

const VARIABLE = /\$\{([^}]*)\}/g;
const SPECIAL: Record<string, string> = { '*': '*', '?': '?', $: '$' };

/** `key, 'default'` → the key and its default. */
function parseVariable(body: string): { key: string; fallback?: string } {
  const m = /^\s*([^,]+?)\s*(?:,\s*'([^']*)'\s*)?$/.exec(body);
  return m ? { key: m[1]!, ...(m[2] !== undefined ? { fallback: m[2] } : {}) } : { key: body.trim() };
}

/**
 * The template as match pieces with its variables resolved, or undefined when a variable has no
 * value (the element then matches nothing). `resolve` false leaves `${…}` as written (Version 2008).
 */
export function resolveTemplate(template: string, context: RequestContext, resolve: boolean): Piece[] | undefined {
  if (!resolve || !template.includes('${')) return piecesOf(template);
  const out: Piece[] = [];
  let last = 0;
  for (const m of template.matchAll(VARIABLE)) {
    out.push(...piecesOf(template.slice(last, m.index)));
    last = m.index! + m[0].length;
    const body = m[1]!;
    if (body in SPECIAL) {
      out.push({ literal: SPECIAL[body]! });
      continue;
    }
    const { key, fallback } = parseVariable(body);
    const value = context.get(key);
    // A multivalued key cannot stand in a single string; IAM treats it as missing.
    const single = Array.isArray(value) ? undefined : value;
    const text = single ?? fallback;
    if (text === undefined) return undefined;
    out.push({ literal: text });
  }
  out.push(...piecesOf(template.slice(last)));
  return out;
}

/** The template as a plain string (for the exact-match operators): wildcard pieces stay as characters. */
export function resolveString(template: string, context: RequestContext, resolve: boolean): string | undefined {
  const pieces = resolveTemplate(template, context, resolve);
  return pieces?.map((p) => ('literal' in p ? p.literal : p.wildcard)).join('');
}
