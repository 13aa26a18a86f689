/**
 * REST APIs (API Gateway v1): CreateRestApi makes the API and its root resource `/`; GetRestApi(s)
 * and DeleteRestApi. Members are camelCase, as in the apigateway 2015-07-09 model.
 */
import type { ServiceContext } from '../../service.ts';
import { badRequest, invalidApi } from '../errors.ts';
import { str, stringMap } from '../input.ts';
import { freshId, isoTimestamp } from '../names.ts';
import { apigatewayState, type RestApi } from '../state.ts';

const ENDPOINT_TYPES = ['EDGE', 'REGIONAL', 'PRIVATE'];

export function requireRestApi(ctx: ServiceContext, id: unknown): RestApi {
  const api = apigatewayState(ctx.cloud).restApis[String(id ?? '')];
  if (!api || api.account !== ctx.identity.account || api.region !== ctx.region) throw invalidApi(ctx.identity.account, id);
  return api;
}

export function restApiView(api: RestApi): Record<string, unknown> {
  return {
    id: api.id,
    name: api.name,
    ...(api.description !== undefined ? { description: api.description } : {}),
    createdDate: isoTimestamp(api.createdDate),
    ...(api.version !== undefined ? { version: api.version } : {}),
    apiKeySource: api.apiKeySource,
    endpointConfiguration: { types: [...api.endpointTypes], ipAddressType: 'ipv4' },
    ...(Object.keys(api.tags).length ? { tags: { ...api.tags } } : {}),
    disableExecuteApiEndpoint: api.disableExecuteApiEndpoint,
    rootResourceId: api.rootResourceId,
  };
}

/** `position` tokens are offsets, like the other paginated lists of the sandbox. */
export function page<T>(items: T[], limit: unknown, position: unknown): { page: T[]; next?: string } {
  const start = position === undefined ? 0 : Math.max(0, Number.parseInt(String(position), 10) || 0);
  const size = limit === undefined ? 25 : Math.min(500, Math.max(1, Number(limit) || 25));
  return { page: items.slice(start, start + size), ...(start + size < items.length ? { next: String(start + size) } : {}) };
}

export const restApiActions = {
  CreateRestApi(ctx: ServiceContext, input: Record<string, unknown>) {
    const name = str(input.name);
    if (!name) throw badRequest('Invalid API name specified');
    const config = input.endpointConfiguration as { types?: unknown[] } | undefined;
    const types = (config?.types ?? ['EDGE']).map(String);
    if (types.length !== 1 || !ENDPOINT_TYPES.includes(types[0]!)) throw badRequest(`Invalid endpoint configuration type: ${types.join(',')}. Valid values are EDGE, REGIONAL and PRIVATE.`);
    const state = apigatewayState(ctx.cloud);
    const id = freshId(ctx.cloud, 10, (x) => x in state.apis || x in state.restApis);
    const rootResourceId = freshId(ctx.cloud, 10, (x) => x === id);
    const api: RestApi = {
      id,
      name,
      account: ctx.identity.account,
      region: ctx.region,
      createdDate: ctx.cloud.clock.now(),
      ...(input.description !== undefined ? { description: str(input.description) } : {}),
      ...(input.version !== undefined ? { version: str(input.version) } : {}),
      apiKeySource: str(input.apiKeySource) ?? 'HEADER',
      endpointTypes: types,
      disableExecuteApiEndpoint: input.disableExecuteApiEndpoint === true,
      rootResourceId,
      tags: stringMap(input.tags),
      resources: { [rootResourceId]: { id: rootResourceId, path: '/', methods: {} } },
      deployments: {},
      stages: {},
    };
    state.restApis[id] = api;
    ctx.cloud.trace({ type: 'apigateway.api-created', apiId: id, protocolType: 'REST' });
    return restApiView(api);
  },

  GetRestApi(ctx: ServiceContext, input: Record<string, unknown>) {
    return restApiView(requireRestApi(ctx, input.restApiId));
  },

  GetRestApis(ctx: ServiceContext, input: Record<string, unknown>) {
    const apis = Object.values(apigatewayState(ctx.cloud).restApis)
      .filter((a) => a.account === ctx.identity.account && a.region === ctx.region)
      .sort((a, b) => a.createdDate - b.createdDate || (a.id < b.id ? -1 : 1));
    const { page: items, next } = page(apis, input.limit, input.position);
    return { ...(next ? { position: next } : {}), items: items.map(restApiView) };
  },

  DeleteRestApi(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireRestApi(ctx, input.restApiId);
    delete apigatewayState(ctx.cloud).restApis[api.id];
    ctx.cloud.trace({ type: 'apigateway.api-deleted', apiId: api.id });
    return {};
  },
};
