/**
 * HTTP APIs (API Gateway v2): CreateApi — including "quick create", where Target names a Lambda
 * function and API Gateway adds the integration, a `$default` route and an auto-deploying `$default`
 * stage — GetApi, GetApis, DeleteApi. Quick create does not grant API Gateway permission to invoke
 * the function: as on AWS, that is `aws lambda add-permission`'s job.
 */
import type { ServiceContext } from '../../service.ts';
import { badRequest, invalidApi } from '../errors.ts';
import { pageOf, str, stringMap } from '../input.ts';
import { isFunctionArn } from '../lambda-uri.ts';
import { apiEndpoint, freshId, isoTimestamp } from '../names.ts';
import { apigatewayState, type HttpApi } from '../state.ts';
import { newIntegration } from './integrations.ts';
import { newRoute } from './routes.ts';
import { newStage } from './stages.ts';

/** The HTTP API an input's ApiId names, in the caller's account and region. */
export function requireApi(ctx: ServiceContext, apiId: unknown): HttpApi {
  const api = apigatewayState(ctx.cloud).apis[String(apiId ?? '')];
  if (!api || api.account !== ctx.identity.account || api.region !== ctx.region) throw invalidApi(ctx.identity.account, apiId);
  return api;
}

/** The API's description, members in the model's (alphabetical) order. */
export function apiView(api: HttpApi): Record<string, unknown> {
  return {
    ApiEndpoint: apiEndpoint(api.apiId, api.region),
    ApiId: api.apiId,
    ApiKeySelectionExpression: api.apiKeySelectionExpression,
    CreatedDate: isoTimestamp(api.createdDate),
    ...(api.description !== undefined ? { Description: api.description } : {}),
    DisableExecuteApiEndpoint: api.disableExecuteApiEndpoint,
    IpAddressType: 'ipv4',
    Name: api.name,
    ProtocolType: api.protocolType,
    RouteSelectionExpression: api.routeSelectionExpression,
    Tags: { ...api.tags },
    ...(api.version !== undefined ? { Version: api.version } : {}),
  };
}

export const apiActions = {
  CreateApi(ctx: ServiceContext, input: Record<string, unknown>) {
    const name = str(input.Name);
    if (!name) throw badRequest('Name is required');
    const protocol = str(input.ProtocolType);
    if (protocol === 'WEBSOCKET') throw badRequest('WebSocket APIs are not offered in this sandbox; create an HTTP API (--protocol-type HTTP).');
    if (protocol !== 'HTTP') throw badRequest(`Invalid protocol type: ${protocol ?? 'null'}. Valid values are HTTP and WEBSOCKET.`);
    const target = str(input.Target);
    if (target !== undefined && !isFunctionArn(target) && !/^https?:\/\//.test(target)) {
      throw badRequest(`Invalid target: ${target}. Specify a Lambda function ARN or an HTTP URL.`);
    }
    if (target === undefined && (input.RouteKey !== undefined || input.CredentialsArn !== undefined)) {
      throw badRequest('RouteKey and CredentialsArn are part of quick create and need a Target.');
    }
    const state = apigatewayState(ctx.cloud);
    const now = ctx.cloud.clock.now();
    const api: HttpApi = {
      apiId: freshId(ctx.cloud, 10, (id) => id in state.apis || id in state.restApis),
      name,
      protocolType: 'HTTP',
      account: ctx.identity.account,
      region: ctx.region,
      createdDate: now,
      ...(input.Description !== undefined ? { description: str(input.Description) } : {}),
      ...(input.Version !== undefined ? { version: str(input.Version) } : {}),
      routeSelectionExpression: '$request.method $request.path',
      apiKeySelectionExpression: '$request.header.x-api-key',
      disableExecuteApiEndpoint: input.DisableExecuteApiEndpoint === true,
      tags: stringMap(input.Tags),
      integrations: {},
      routes: {},
      stages: {},
      deployments: {},
    };
    state.apis[api.apiId] = api;
    if (target !== undefined) {
      // Quick create: an integration, a catch-all route and a $default stage that deploys itself.
      const integration = newIntegration(ctx, api, {
        IntegrationType: isFunctionArn(target) ? 'AWS_PROXY' : 'HTTP_PROXY',
        IntegrationUri: target,
        PayloadFormatVersion: isFunctionArn(target) ? '2.0' : '1.0',
        ...(isFunctionArn(target) ? {} : { IntegrationMethod: 'ANY' }),
      }, true);
      newRoute(ctx, api, { RouteKey: str(input.RouteKey) ?? '$default', Target: `integrations/${integration.integrationId}` }, true);
      newStage(ctx, api, { StageName: '$default', AutoDeploy: true }, true);
    }
    ctx.cloud.trace({ type: 'apigateway.api-created', apiId: api.apiId, protocolType: 'HTTP', quickCreate: target !== undefined });
    return apiView(api);
  },

  GetApi(ctx: ServiceContext, input: Record<string, unknown>) {
    return apiView(requireApi(ctx, input.ApiId));
  },

  GetApis(ctx: ServiceContext, input: Record<string, unknown>) {
    const apis = Object.values(apigatewayState(ctx.cloud).apis)
      .filter((a) => a.account === ctx.identity.account && a.region === ctx.region)
      .sort((a, b) => a.createdDate - b.createdDate || (a.apiId < b.apiId ? -1 : 1));
    const { page, next } = pageOf(apis, input.MaxResults, input.NextToken);
    return { Items: page.map(apiView), ...(next ? { NextToken: next } : {}) };
  },

  DeleteApi(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireApi(ctx, input.ApiId);
    delete apigatewayState(ctx.cloud).apis[api.apiId];
    ctx.cloud.trace({ type: 'apigateway.api-deleted', apiId: api.apiId });
    return {};
  },
};
