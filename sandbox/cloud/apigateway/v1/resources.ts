/**
 * REST API resources, methods and integrations: the tree of path parts under `/` (literal parts,
 * one `{param}` and one greedy `{proxy+}` per parent), a method per HTTP verb (or ANY), and the
 * method's integration — AWS_PROXY with a Lambda function in this sandbox.
 */
import type { ServiceContext } from '../../service.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { str } from '../input.ts';
import { functionArnOf } from '../lambda-uri.ts';
import { freshId } from '../names.ts';
import type { RestApi, RestIntegration, RestMethod, RestResource } from '../state.ts';
import { page, requireRestApi } from './rest-apis.ts';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'];
const PATH_PART = /^([a-zA-Z0-9._-]+|\{[a-zA-Z0-9._-]+\+?\})$/;
const AUTHORIZATION_TYPES = ['NONE', 'AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS'];
const INTEGRATION_TYPES = ['HTTP', 'AWS', 'MOCK', 'HTTP_PROXY', 'AWS_PROXY'];
/** REST APIs wait at most 29 seconds for an integration. */
export const REST_API_MAX_TIMEOUT_MS = 29_000;

const isVariable = (part: string | undefined) => part !== undefined && part.startsWith('{');

export function resourceView(r: RestResource, embedMethods = false): Record<string, unknown> {
  const methods = Object.keys(r.methods);
  return {
    id: r.id,
    ...(r.parentId !== undefined ? { parentId: r.parentId } : {}),
    ...(r.pathPart !== undefined ? { pathPart: r.pathPart } : {}),
    path: r.path,
    ...(methods.length
      ? { resourceMethods: Object.fromEntries(Object.entries(r.methods).map(([m, method]) => [m, embedMethods ? methodView(method) : {}])) }
      : {}),
  };
}

export function integrationView(i: RestIntegration): Record<string, unknown> {
  return {
    type: i.type,
    ...(i.httpMethod !== undefined ? { httpMethod: i.httpMethod } : {}),
    ...(i.uri !== undefined ? { uri: i.uri } : {}),
    ...(i.credentials !== undefined ? { credentials: i.credentials } : {}),
    passthroughBehavior: i.passthroughBehavior,
    timeoutInMillis: i.timeoutInMillis,
    cacheNamespace: i.cacheNamespace,
    cacheKeyParameters: [...i.cacheKeyParameters],
  };
}

export function methodView(m: RestMethod): Record<string, unknown> {
  return {
    httpMethod: m.httpMethod,
    authorizationType: m.authorizationType,
    apiKeyRequired: m.apiKeyRequired,
    ...(m.integration ? { methodIntegration: integrationView(m.integration) } : {}),
  };
}

export function requireResource(api: RestApi, id: unknown): RestResource {
  const resource = api.resources[String(id ?? '')];
  if (!resource) throw notFound('Invalid Resource identifier specified');
  return resource;
}

function requireMethod(resource: RestResource, httpMethod: unknown): RestMethod {
  const method = resource.methods[String(httpMethod ?? '')];
  if (!method) throw notFound('Invalid Method identifier specified');
  return method;
}

function methodName(value: unknown): string {
  const m = str(value) ?? '';
  if (!METHODS.includes(m)) throw badRequest(`Invalid HttpMethod specified. Valid options are ${METHODS.join(',')}`);
  return m;
}

export const resourceActions = {
  GetResources(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireRestApi(ctx, input.restApiId);
    const embed = Array.isArray(input.embed) && input.embed.includes('methods');
    const all = Object.values(api.resources).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const { page: items, next } = page(all, input.limit, input.position);
    return { ...(next ? { position: next } : {}), items: items.map((r) => resourceView(r, embed)) };
  },

  GetResource(ctx: ServiceContext, input: Record<string, unknown>) {
    return resourceView(requireResource(requireRestApi(ctx, input.restApiId), input.resourceId), true);
  },

  CreateResource(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireRestApi(ctx, input.restApiId);
    const parent = requireResource(api, input.parentId);
    const part = str(input.pathPart) ?? '';
    if (!PATH_PART.test(part)) {
      throw badRequest("Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.");
    }
    if (parent.pathPart?.endsWith('+}')) throw badRequest(`Cannot create a child of a resource with a greedy path variable: ${parent.pathPart}`);
    const siblings = Object.values(api.resources).filter((r) => r.parentId === parent.id);
    if (siblings.some((s) => s.pathPart === part)) throw conflict(`Another resource with the same parent already has this name: ${part}`);
    const variable = siblings.find((s) => isVariable(s.pathPart));
    if (isVariable(part) && variable) throw badRequest(`A sibling (${variable.pathPart}) of this resource already has a variable path part -- only one is allowed`);
    const resource: RestResource = {
      id: freshId(ctx.cloud, 6, (id) => id in api.resources),
      parentId: parent.id,
      pathPart: part,
      path: `${parent.path === '/' ? '' : parent.path}/${part}`,
      methods: {},
    };
    api.resources[resource.id] = resource;
    return resourceView(resource);
  },

  DeleteResource(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireRestApi(ctx, input.restApiId);
    const resource = requireResource(api, input.resourceId);
    if (resource.id === api.rootResourceId) throw badRequest('Cannot delete the root resource of an API');
    const doomed = Object.values(api.resources).filter((r) => r.path === resource.path || r.path.startsWith(`${resource.path}/`));
    for (const r of doomed) delete api.resources[r.id];
    return {};
  },

  PutMethod(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireRestApi(ctx, input.restApiId);
    const resource = requireResource(api, input.resourceId);
    const httpMethod = methodName(input.httpMethod);
    const authorizationType = str(input.authorizationType) ?? '';
    if (!AUTHORIZATION_TYPES.includes(authorizationType)) throw badRequest(`Invalid authorization type specified. Valid options are ${AUTHORIZATION_TYPES.join(',')}`);
    if (authorizationType !== 'NONE') throw badRequest(`Authorization type ${authorizationType} is not offered in this sandbox; use NONE.`);
    if (resource.methods[httpMethod]) throw conflict('Method already exists for this resource');
    const method: RestMethod = { httpMethod, authorizationType, apiKeyRequired: input.apiKeyRequired === true };
    resource.methods[httpMethod] = method;
    return methodView(method);
  },

  GetMethod(ctx: ServiceContext, input: Record<string, unknown>) {
    const resource = requireResource(requireRestApi(ctx, input.restApiId), input.resourceId);
    return methodView(requireMethod(resource, input.httpMethod));
  },

  DeleteMethod(ctx: ServiceContext, input: Record<string, unknown>) {
    const resource = requireResource(requireRestApi(ctx, input.restApiId), input.resourceId);
    delete resource.methods[requireMethod(resource, input.httpMethod).httpMethod];
    return {};
  },

  PutIntegration(ctx: ServiceContext, input: Record<string, unknown>) {
    const api = requireRestApi(ctx, input.restApiId);
    const resource = requireResource(api, input.resourceId);
    const method = requireMethod(resource, input.httpMethod);
    const type = str(input.type) ?? '';
    if (!INTEGRATION_TYPES.includes(type)) throw badRequest(`Invalid integration type specified. Valid options are ${INTEGRATION_TYPES.join(',')}`);
    if (type !== 'AWS_PROXY') throw badRequest(`Integration type ${type} is not offered in this sandbox; use AWS_PROXY with a Lambda function.`);
    const integrationHttpMethod = str(input.integrationHttpMethod);
    if (!integrationHttpMethod) throw badRequest('Enumeration value for HttpMethod must be non-empty');
    const uri = str(input.uri);
    if (!uri) throw badRequest('Integration uri should be a valid ARN');
    if (!functionArnOf(uri)) {
      throw badRequest(`AWS ARN for integration must contain path or action. Use arn:aws:apigateway:${ctx.region}:lambda:path/2015-03-31/functions/<function ARN>/invocations.`);
    }
    const timeout = input.timeoutInMillis === undefined ? REST_API_MAX_TIMEOUT_MS : Number(input.timeoutInMillis);
    if (!Number.isInteger(timeout) || timeout < 50 || timeout > REST_API_MAX_TIMEOUT_MS) {
      throw badRequest(`Timeout should be between 50 ms and ${REST_API_MAX_TIMEOUT_MS} ms`);
    }
    method.integration = {
      type,
      // A Lambda function is only invoked with POST; another method here fails at request time, as on AWS.
      httpMethod: integrationHttpMethod,
      uri,
      ...(input.credentials !== undefined ? { credentials: str(input.credentials) } : {}),
      passthroughBehavior: str(input.passthroughBehavior) ?? 'WHEN_NO_MATCH',
      timeoutInMillis: timeout,
      cacheNamespace: str(input.cacheNamespace) ?? resource.id,
      cacheKeyParameters: Array.isArray(input.cacheKeyParameters) ? input.cacheKeyParameters.map(String) : [],
    };
    return integrationView(method.integration);
  },

  GetIntegration(ctx: ServiceContext, input: Record<string, unknown>) {
    const resource = requireResource(requireRestApi(ctx, input.restApiId), input.resourceId);
    const method = requireMethod(resource, input.httpMethod);
    if (!method.integration) throw notFound('No integration defined for method');
    return integrationView(method.integration);
  },
};
