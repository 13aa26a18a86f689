/**
 * HTTP API route keys: `$default`, or a method and a path such as `GET /items/{id}` or
 * `ANY /{proxy+}`. A path is literal segments and `{name}` variables; a greedy `{name+}` may only
 * end it.
 */
import { badRequest } from '../errors.ts';

export const HTTP_METHODS = ['ANY', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

export type Segment = { kind: 'literal'; value: string } | { kind: 'param'; name: string } | { kind: 'greedy'; name: string };

export interface RouteKey {
  /** `$default` has neither method nor path. */
  isDefault: boolean;
  method?: string;
  path?: string;
  segments: Segment[];
}

const LITERAL = /^[A-Za-z0-9\-._~!$&'()*,;=:@%]+$/;
const PARAM = /^\{([A-Za-z0-9._-]+)(\+?)\}$/;

/** The segments of a resource path (`/` has none), or null when a part is not valid. */
export function parsePath(path: string): Segment[] | null {
  if (!path.startsWith('/')) return null;
  if (path === '/') return [];
  const parts = path.slice(1).split('/');
  const segments: Segment[] = [];
  for (const [i, part] of parts.entries()) {
    const param = PARAM.exec(part);
    if (param) {
      if (param[2] && i !== parts.length - 1) return null;
      segments.push(param[2] ? { kind: 'greedy', name: param[1]! } : { kind: 'param', name: param[1]! });
    } else if (LITERAL.test(part)) {
      segments.push({ kind: 'literal', value: part });
    } else {
      return null;
    }
  }
  return segments;
}

export function parseRouteKey(value: unknown): RouteKey {
  const key = typeof value === 'string' ? value : '';
  if (key === '') throw badRequest('Route key is required');
  if (key === '$default') return { isDefault: true, segments: [] };
  const m = /^([A-Z]+) (\/\S*)$/.exec(key);
  if (!m || !HTTP_METHODS.includes(m[1]!)) {
    throw badRequest(`Route key '${key}' is not valid: use $default or an HTTP method (${HTTP_METHODS.join(', ')}) and a path, such as 'GET /items'.`);
  }
  const segments = parsePath(m[2]!);
  if (!segments) throw badRequest('One or more path parts appear to be invalid');
  return { isDefault: false, method: m[1], path: m[2], segments };
}
