/** HTTP API routes: a route key and, for a working route, a target `integrations/{integrationId}`. */
import type { ServiceContext } from '../../service.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { pageOf, str } from '../input.ts';
import { freshId } from '../names.ts';
import type { HttpApi, HttpRoute } from '../state.ts';
import { requireApi } from './apis.ts';
import { parseRouteKey } from './route-key.ts';

export function routeView(r: HttpRoute): Record<string, unknown> {
  return {
    ...(r.apiGatewayManaged ? { ApiGatewayManaged: true } : {}),
    ApiKeyRequired: r.apiKeyRequired,
    AuthorizationType: r.authorizationType,
    RouteId: r.routeId,
    RouteKey: r.routeKey,
    ...(r.target !== undefined ? { Target: r.target } : {}),
  };
}

function checkTarget(api: HttpApi, target: string | undefined): void {
  if (target === undefined) return;
  const m = /^integrations\/([A-Za-z0-9]+)$/.exec(target);
  if (!m) throw badRequest(`Invalid target: ${target}. A route's target has the form integrations/{integrationId}.`);
  if (!api.integrations[m[1]!]) throw notFound(`Invalid Integration identifier specified ${m[1]}`);
}

/** Validates and adds a route (CreateRoute, and quick create). */
export function newRoute(ctx: ServiceContext, api: HttpApi, input: Record<string, unknown>, managed = false): HttpRoute {
  const routeKey = str(input.RouteKey);
  parseRouteKey(routeKey);
  if (Object.values(api.routes).some((r) => r.routeKey === routeKey)) throw conflict(`Route with key ${routeKey} already exists for this API`);
  const target = str(input.Target);
  checkTarget(api, target);
  const authorizationType = str(input.AuthorizationType) ?? 'NONE';
  if (authorizationType !== 'NONE') throw badRequest(`Authorization type ${authorizationType} is not offered in this sandbox; use NONE.`);
  const route: HttpRoute = {
    routeId: freshId(ctx.cloud, 7, (id) => id in api.routes),
    routeKey: routeKey!,
    ...(target !== undefined ? { target } : {}),
    authorizationType,
    apiKeyRequired: input.ApiKeyRequired === true,
    ...(managed ? { apiGatewayManaged: true } : {}),
  };
  api.routes[route.routeId] = route;
  return route;
}

function requireRoute(api: HttpApi, id: unknown): HttpRoute {
  const route = api.routes[String(id ?? '')];
  if (!route) throw notFound(`Invalid Route identifier specified ${String(id ?? '')}`);
  return route;
}

export const routeActions = {
  CreateRoute(ctx: ServiceContext, input: Record<string, unknown>) {
    return routeView(newRoute(ctx, requireApi(ctx, input.ApiId), input));
  },

  GetRoute(ctx: ServiceContext, input: Record<string, unknown>) {
    return routeView(requireRoute(requireApi(ctx, input.ApiId), input.RouteId));
  },

  GetRoutes(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireApi(ctx, input.ApiId);
    const { page, next } = pageOf(Object.values(api.routes), input.MaxResults, input.NextToken);
    return { Items: page.map(routeView), ...(next ? { NextToken: next } : {}) };
  },

  UpdateRoute(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireApi(ctx, input.ApiId);
    const route = requireRoute(api, input.RouteId);
    if (input.RouteKey !== undefined) {
      const key = str(input.RouteKey)!;
      parseRouteKey(key);
      if (Object.values(api.routes).some((r) => r !== route && r.routeKey === key)) throw conflict(`Route with key ${key} already exists for this API`);
      route.routeKey = key;
    }
    if (input.Target !== undefined) {
      const target = str(input.Target);
      checkTarget(api, target || undefined);
      if (target) route.target = target;
      else delete route.target;
    }
    return routeView(route);
  },

  DeleteRoute(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireApi(ctx, input.ApiId);
    delete api.routes[requireRoute(api, input.RouteId).routeId];
    return {};
  },
};
