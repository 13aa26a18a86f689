/**
 * API Gateway state as plain data. HTTP APIs (v2) and REST APIs (v1) live side by side because they
 * share one id space and one family of hosts: `{id}.execute-api.{region}.amazonaws.com` answers for
 * whichever kind of API owns the id.
 */
import type { Cloud } from '../cloud.ts';

/** An AWS_PROXY integration as the v2 API describes it. */
export interface HttpIntegration {
  integrationId: string;
  integrationType: string;
  integrationUri?: string;
  integrationMethod?: string;
  payloadFormatVersion: string;
  timeoutInMillis: number;
  connectionType: string;
  description?: string;
  /** Quick create's integration cannot be changed or deleted by the learner. */
  apiGatewayManaged?: boolean;
}

export interface HttpRoute {
  routeId: string;
  routeKey: string;
  target?: string;
  authorizationType: string;
  apiKeyRequired: boolean;
  apiGatewayManaged?: boolean;
}

/** What a deployment froze: the routes and their integrations at that moment. */
export interface HttpSnapshot {
  routes: HttpRoute[];
  integrations: Record<string, HttpIntegration>;
}

export interface HttpDeployment {
  deploymentId: string;
  createdDate: number;
  description?: string;
  autoDeployed: boolean;
  snapshot: HttpSnapshot;
}

export interface HttpStage {
  stageName: string;
  autoDeploy: boolean;
  deploymentId?: string;
  createdDate: number;
  lastUpdatedDate: number;
  description?: string;
  stageVariables: Record<string, string>;
  apiGatewayManaged?: boolean;
}

export interface HttpApi {
  apiId: string;
  name: string;
  protocolType: 'HTTP';
  account: string;
  region: string;
  createdDate: number;
  description?: string;
  version?: string;
  routeSelectionExpression: string;
  apiKeySelectionExpression: string;
  disableExecuteApiEndpoint: boolean;
  tags: Record<string, string>;
  integrations: Record<string, HttpIntegration>;
  routes: Record<string, HttpRoute>;
  stages: Record<string, HttpStage>;
  deployments: Record<string, HttpDeployment>;
}

export interface RestIntegration {
  type: string;
  httpMethod?: string;
  uri?: string;
  passthroughBehavior: string;
  timeoutInMillis: number;
  cacheNamespace: string;
  cacheKeyParameters: string[];
  credentials?: string;
}

export interface RestMethod {
  httpMethod: string;
  authorizationType: string;
  apiKeyRequired: boolean;
  integration?: RestIntegration;
}

export interface RestResource {
  id: string;
  parentId?: string;
  pathPart?: string;
  path: string;
  methods: Record<string, RestMethod>;
}

export interface RestDeployment {
  id: string;
  createdDate: number;
  description?: string;
  /** The resources and methods as they were when deployed: a stage serves these, not the live ones. */
  resources: Record<string, RestResource>;
}

export interface RestStage {
  stageName: string;
  deploymentId: string;
  description?: string;
  createdDate: number;
  lastUpdatedDate: number;
  variables: Record<string, string>;
}

export interface RestApi {
  id: string;
  name: string;
  account: string;
  region: string;
  createdDate: number;
  description?: string;
  version?: string;
  apiKeySource: string;
  endpointTypes: string[];
  disableExecuteApiEndpoint: boolean;
  rootResourceId: string;
  tags: Record<string, string>;
  resources: Record<string, RestResource>;
  deployments: Record<string, RestDeployment>;
  stages: Record<string, RestStage>;
}

export interface ApiGatewayState {
  /** HTTP APIs by id. */
  apis: Record<string, HttpApi>;
  /** REST APIs by id. */
  restApis: Record<string, RestApi>;
}

export const initialApiGatewayState = (): ApiGatewayState => ({ apis: {}, restApis: {} });

/** The state, created on first use so a snapshot from before API Gateway existed still restores. */
export function apigatewayState(cloud: Cloud): ApiGatewayState {
  const state = cloud.state as { apigateway?: ApiGatewayState };
  return (state.apigateway ??= initialApiGatewayState());
}
