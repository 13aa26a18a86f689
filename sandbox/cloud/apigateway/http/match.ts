/**
 * Routing a request path to a route (HTTP APIs) or a resource (REST APIs). A literal part beats a
 * `{param}`, which beats a greedy `{proxy+}` (one or more whole segments); for HTTP APIs a route
 * for the request's method beats `ANY`, and `$default` catches what nothing else does.
 */
import type { HttpRoute, RestResource } from '../state.ts';
import { parsePath, parseRouteKey, type Segment } from '../v2/route-key.ts';
import { decode } from './request.ts';

/** The path parameters when `template` matches `segments` (raw, still encoded), else null. */
export function matchSegments(template: Segment[], segments: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (const [i, part] of template.entries()) {
    if (part.kind === 'greedy') {
      if (i >= segments.length) return null;
      params[part.name] = segments.slice(i).map((s) => decode(s)).join('/');
      return params;
    }
    const segment = segments[i];
    if (segment === undefined) return null;
    if (part.kind === 'literal' && decode(part.value) !== decode(segment)) return null;
    if (part.kind === 'param') {
      if (segment === '') return null;
      params[part.name] = decode(segment);
    }
  }
  return template.length === segments.length ? params : null;
}

const RANK = { literal: 3, param: 2, greedy: 1 } as const;

/** Negative when `a` is the more specific template. */
function bySpecificity(a: Segment[], b: Segment[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const ra = a[i] ? RANK[a[i]!.kind] : 0;
    const rb = b[i] ? RANK[b[i]!.kind] : 0;
    if (ra !== rb) return rb - ra;
  }
  return 0;
}

export interface RouteMatch {
  route: HttpRoute;
  pathParameters: Record<string, string>;
}

export function matchRoute(routes: HttpRoute[], method: string, segments: string[]): RouteMatch | null {
  const candidates: Array<{ route: HttpRoute; template: Segment[]; any: boolean; params: Record<string, string> }> = [];
  let fallback: HttpRoute | undefined;
  for (const route of routes) {
    let key;
    try {
      key = parseRouteKey(route.routeKey);
    } catch {
      continue;
    }
    if (key.isDefault) {
      fallback = route;
      continue;
    }
    if (key.method !== method && key.method !== 'ANY') continue;
    const params = matchSegments(key.segments, segments);
    if (params) candidates.push({ route, template: key.segments, any: key.method === 'ANY', params });
  }
  candidates.sort((a, b) => bySpecificity(a.template, b.template) || Number(a.any) - Number(b.any));
  const best = candidates[0];
  if (best) return { route: best.route, pathParameters: best.params };
  return fallback ? { route: fallback, pathParameters: {} } : null;
}

export interface ResourceMatch {
  resource: RestResource;
  pathParameters: Record<string, string>;
}

/** The most specific resource whose path template matches, trying literal, then `{param}`, then greedy children. */
export function matchResource(resources: Record<string, RestResource>, rootId: string, segments: string[]): ResourceMatch | null {
  const children = new Map<string, RestResource[]>();
  for (const r of Object.values(resources)) {
    if (r.parentId === undefined) continue;
    const list = children.get(r.parentId) ?? [];
    list.push(r);
    children.set(r.parentId, list);
  }
  const walk = (resource: RestResource, i: number, params: Record<string, string>): ResourceMatch | null => {
    if (i === segments.length) return { resource, pathParameters: params };
    const kids = [...(children.get(resource.id) ?? [])].sort((a, b) => bySpecificity(parsePath(`/${a.pathPart}`) ?? [], parsePath(`/${b.pathPart}`) ?? []));
    for (const child of kids) {
      const [part] = parsePath(`/${child.pathPart}`) ?? [];
      if (!part) continue;
      if (part.kind === 'greedy') return { resource: child, pathParameters: { ...params, [part.name]: segments.slice(i).map((s) => decode(s)).join('/') } };
      if (part.kind === 'literal' && decode(part.value) !== decode(segments[i]!)) continue;
      if (part.kind === 'param' && segments[i] === '') continue;
      const next = part.kind === 'param' ? { ...params, [part.name]: decode(segments[i]!) } : params;
      const found = walk(child, i + 1, next);
      if (found) return found;
    }
    return null;
  };
  const root = resources[rootId];
  return root ? walk(root, 0, {}) : null;
}
