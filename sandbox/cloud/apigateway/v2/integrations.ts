/**
 * HTTP API integrations. The sandbox runs AWS_PROXY integrations with Lambda (payload format 1.0 or
 * 2.0); HTTP_PROXY is accepted, since quick create makes one for a URL target, but the sandbox has
 * no internet to reach it.
 */
import type { ServiceContext } from '../../service.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { pageOf, str } from '../input.ts';
import { functionArnOf } from '../lambda-uri.ts';
import { freshId } from '../names.ts';
import type { HttpApi, HttpIntegration } from '../state.ts';
import { requireApi } from './apis.ts';

const TYPES = ['AWS', 'HTTP', 'MOCK', 'HTTP_PROXY', 'AWS_PROXY'];
/** HTTP APIs wait at most 30 seconds for an integration. */
export const HTTP_API_MAX_TIMEOUT_MS = 30_000;

export function integrationView(i: HttpIntegration): Record<string, unknown> {
  return {
    ...(i.apiGatewayManaged ? { ApiGatewayManaged: true } : {}),
    ConnectionType: i.connectionType,
    ...(i.description !== undefined ? { Description: i.description } : {}),
    IntegrationId: i.integrationId,
    ...(i.integrationMethod !== undefined ? { IntegrationMethod: i.integrationMethod } : {}),
    IntegrationType: i.integrationType,
    ...(i.integrationUri !== undefined ? { IntegrationUri: i.integrationUri } : {}),
    PayloadFormatVersion: i.payloadFormatVersion,
    TimeoutInMillis: i.timeoutInMillis,
  };
}

/** Validates and adds an integration (CreateIntegration, and quick create). */
export function newIntegration(ctx: ServiceContext, api: HttpApi, input: Record<string, unknown>, managed = false): HttpIntegration {
  const type = str(input.IntegrationType);
  if (!type || !TYPES.includes(type)) throw badRequest(`Invalid integration type: ${type ?? 'null'}. Valid values are ${TYPES.join(', ')}.`);
  if (type !== 'AWS_PROXY' && type !== 'HTTP_PROXY') {
    throw badRequest(`Integration type ${type} is not supported for HTTP APIs. Use AWS_PROXY for a Lambda function.`);
  }
  const uri = str(input.IntegrationUri);
  if (!uri) throw badRequest(`IntegrationUri is required for ${type} integrations.`);
  if (type === 'AWS_PROXY' && !functionArnOf(uri)) {
    throw badRequest(`Invalid integration URI: ${uri}. For a Lambda proxy integration, specify the function's ARN.`);
  }
  // The CLI sends no PayloadFormatVersion unless told; API Gateway then uses 1.0 for Lambda (AWS's docs ask to set it).
  const version = str(input.PayloadFormatVersion) ?? '1.0';
  if (version !== '1.0' && version !== '2.0') throw badRequest(`Invalid payload format version: ${version}. Supported values are 1.0 and 2.0.`);
  if (type === 'HTTP_PROXY' && version !== '1.0') throw badRequest('HTTP_PROXY integrations only support payload format version 1.0.');
  const timeout = input.TimeoutInMillis === undefined ? HTTP_API_MAX_TIMEOUT_MS : Number(input.TimeoutInMillis);
  if (!Number.isInteger(timeout) || timeout < 50 || timeout > HTTP_API_MAX_TIMEOUT_MS) {
    throw badRequest(`Invalid timeout: ${String(input.TimeoutInMillis)}. TimeoutInMillis must be between 50 and ${HTTP_API_MAX_TIMEOUT_MS} for HTTP APIs.`);
  }
  const integration: HttpIntegration = {
    integrationId: freshId(ctx.cloud, 7, (id) => id in api.integrations),
    integrationType: type,
    integrationUri: uri,
    // A Lambda function is always invoked with POST, whatever the client's method.
    integrationMethod: type === 'AWS_PROXY' ? 'POST' : (str(input.IntegrationMethod) ?? 'ANY'),
    payloadFormatVersion: version,
    timeoutInMillis: timeout,
    connectionType: str(input.ConnectionType) ?? 'INTERNET',
    ...(input.Description !== undefined ? { description: str(input.Description) } : {}),
    ...(managed ? { apiGatewayManaged: true } : {}),
  };
  api.integrations[integration.integrationId] = integration;
  return integration;
}

function requireIntegration(api: HttpApi, id: unknown): HttpIntegration {
  const integration = api.integrations[String(id ?? '')];
  if (!integration) throw notFound(`Invalid Integration identifier specified ${String(id ?? '')}`);
  return integration;
}

export const integrationActions = {
  CreateIntegration(ctx: ServiceContext, input: Record<string, unknown>) {
    return integrationView(newIntegration(ctx, requireApi(ctx, input.ApiId), input));
  },

  GetIntegration(ctx: ServiceContext, input: Record<string, unknown>) {
    return integrationView(requireIntegration(requireApi(ctx, input.ApiId), input.IntegrationId));
  },

  GetIntegrations(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireApi(ctx, input.ApiId);
    const { page, next } = pageOf(Object.values(api.integrations), input.MaxResults, input.NextToken);
    return { Items: page.map(integrationView), ...(next ? { NextToken: next } : {}) };
  },

  DeleteIntegration(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireApi(ctx, input.ApiId);
    const integration = requireIntegration(api, input.IntegrationId);
    if (Object.values(api.routes).some((r) => r.target === `integrations/${integration.integrationId}`)) {
      throw conflict(`Cannot delete an integration that is the target of a route. Remove the route's target first.`);
    }
    delete api.integrations[integration.integrationId];
    return {};
  },
};
