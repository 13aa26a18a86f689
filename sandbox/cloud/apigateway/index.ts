/**
 * Amazon API Gateway in front of Lambda: HTTP APIs (service `apigatewayv2`) and REST APIs (service
 * `apigateway`), their control-plane actions by API name, and `handleHttpRequest`, the data plane
 * that turns a request to an execute-api URL into a Lambda proxy invocation.
 */
import type { ServiceActions } from '../service.ts';
import { apiActions } from './v2/apis.ts';
import { integrationActions } from './v2/integrations.ts';
import { routeActions } from './v2/routes.ts';
import { stageActions } from './v2/stages.ts';
import { restApiActions } from './v1/rest-apis.ts';
import { resourceActions } from './v1/resources.ts';
import { deploymentActions } from './v1/deployments.ts';

export const apigatewayv2Actions: ServiceActions = { ...apiActions, ...integrationActions, ...routeActions, ...stageActions } as unknown as ServiceActions;
export const apigatewayActions: ServiceActions = { ...restApiActions, ...resourceActions, ...deploymentActions } as unknown as ServiceActions;

export {
  initialApiGatewayState,
  apigatewayState,
  type ApiGatewayState,
  type HttpApi,
  type HttpIntegration,
  type HttpRoute,
  type HttpStage,
  type RestApi,
  type RestResource,
  type RestMethod,
  type RestIntegration,
} from './state.ts';
export { handleHttpRequest, apiForHost, UnknownHostError, ConnectionRefusedError } from './http/handle.ts';
export type { HttpRequest, HttpResponse } from './http/request.ts';
export { functionArnOf, lambdaServiceUri } from './lambda-uri.ts';
