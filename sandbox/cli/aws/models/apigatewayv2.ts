/**
 * Amazon API Gateway v2 — HTTP APIs (botocore data/apigatewayv2/2018-11-29, REST-JSON). Members are
 * PascalCase in the model (`ProtocolType` → `--protocol-type`); list operations page with
 * NextToken / MaxResults (a string in this API) over `Items`.
 */
import { boolean, map, member, string, structure, integer, type OperationModel, type PaginatorModel, type ServiceModel } from './shapes.ts';

const Str = string({ name: '__string' });
const Id = string({ name: 'Id' });
const S128 = string({ name: 'StringWithLengthBetween1And128' });
const S64 = string({ name: 'StringWithLengthBetween1And64' });
const S0To1024 = string({ name: 'StringWithLengthBetween0And1024' });
const Arn = string({ name: 'Arn' });
const Uri = string({ name: 'UriWithLengthBetween1And2048' });
const SelectionExpression = string({ name: 'SelectionExpression' });
const SelectionKey = string({ name: 'SelectionKey' });
const Tags = map(Str, string({ name: 'StringWithLengthBetween1And1600' }), { name: 'Tags' });
const StageVariables = map(Str, string({ name: 'StringWithLengthBetween0And2048' }), { name: 'StageVariablesMap' });
const ApiId = member(Str, 'The API identifier.');
const MaxResults = member(Str, 'The maximum number of elements to be returned for this resource.');
const NextToken = member(Str, 'The next page of elements from this collection. Not valid for the last element of the collection.');
const ITEMS: PaginatorModel = { inputToken: ['NextToken'], outputToken: ['NextToken'], limitKey: 'MaxResults', resultKeys: ['Items'] };

const CreateApi: OperationModel = {
  name: 'CreateApi',
  doc: 'Creates an Api resource.',
  input: structure({
    ApiKeySelectionExpression: member(SelectionExpression, 'An API key selection expression. Supported only for WebSocket APIs.'),
    CorsConfiguration: member(structure({
      AllowCredentials: member(boolean, 'Specifies whether credentials are included in the CORS request. Supported only for HTTP APIs.'),
      AllowHeaders: member({ type: 'list', member: Str, name: 'CorsHeaderList' }, 'Represents a collection of allowed headers. Supported only for HTTP APIs.'),
      AllowMethods: member({ type: 'list', member: Str, name: 'CorsMethodList' }, 'Represents a collection of allowed HTTP methods. Supported only for HTTP APIs.'),
      AllowOrigins: member({ type: 'list', member: Str, name: 'CorsOriginList' }, 'Represents a collection of allowed origins. Supported only for HTTP APIs.'),
      ExposeHeaders: member({ type: 'list', member: Str, name: 'CorsHeaderList' }, 'Represents a collection of exposed headers. Supported only for HTTP APIs.'),
      MaxAge: member(integer({ name: 'IntegerWithLengthBetweenMinus1And86400', min: -1, max: 86400 }), 'The number of seconds that the browser should cache preflight request results. Supported only for HTTP APIs.'),
    }, { name: 'Cors' }), 'A CORS configuration. Supported only for HTTP APIs.'),
    CredentialsArn: member(Arn, 'This property is part of quick create. It specifies the credentials required for the integration, if any.'),
    Description: member(S0To1024, 'The description of the API.'),
    DisableSchemaValidation: member(boolean, 'Avoid validating models when creating a deployment. Supported only for WebSocket APIs.'),
    DisableExecuteApiEndpoint: member(boolean, 'Specifies whether clients can invoke your API by using the default execute-api endpoint.'),
    Name: member(S128, 'The name of the API.'),
    ProtocolType: member(string({ name: 'ProtocolType', enum: ['WEBSOCKET', 'HTTP'] }), 'The API protocol.'),
    RouteKey: member(SelectionKey, "This property is part of quick create. If you don't specify a routeKey, a default route of $default is created."),
    RouteSelectionExpression: member(SelectionExpression, 'The route selection expression for the API.'),
    Tags: member(Tags, 'The collection of tags. Each tag element is associated with a given resource.'),
    Target: member(Uri, 'This property is part of quick create. Quick create produces an API with an integration, a default catch-all route, and a default stage which is configured to automatically deploy changes.'),
    Version: member(S64, 'A version identifier for the API.'),
  }, { name: 'CreateApiRequest', required: ['ProtocolType', 'Name'] }),
};

const CreateDeployment: OperationModel = {
  name: 'CreateDeployment',
  doc: 'Creates a Deployment for an API.',
  input: structure({
    ApiId,
    Description: member(S0To1024, 'The description for the deployment resource.'),
    StageName: member(S128, 'The name of the Stage resource for the Deployment resource to create.'),
  }, { name: 'CreateDeploymentRequest', required: ['ApiId'] }),
};

const CreateIntegration: OperationModel = {
  name: 'CreateIntegration',
  doc: 'Creates an Integration.',
  input: structure({
    ApiId,
    ConnectionId: member(string({ name: 'StringWithLengthBetween1And1024' }), 'The ID of the VPC link for a private integration. Supported only for HTTP APIs.'),
    ConnectionType: member(string({ name: 'ConnectionType', enum: ['INTERNET', 'VPC_LINK'] }), 'The type of the network connection to the integration endpoint.'),
    CredentialsArn: member(Arn, 'Specifies the credentials required for the integration, if any.'),
    Description: member(S0To1024, 'The description of the integration.'),
    IntegrationMethod: member(S64, "Specifies the integration's HTTP method type."),
    IntegrationSubtype: member(S128, 'Supported only for HTTP API AWS_PROXY integrations. Specifies the AWS service action to invoke.'),
    IntegrationType: member(string({ name: 'IntegrationType', enum: ['AWS', 'HTTP', 'MOCK', 'HTTP_PROXY', 'AWS_PROXY'] }), 'The integration type of an integration.'),
    IntegrationUri: member(Uri, 'For a Lambda integration, specify the URI of a Lambda function.'),
    PassthroughBehavior: member(string({ name: 'PassthroughBehavior', enum: ['WHEN_NO_MATCH', 'NEVER', 'WHEN_NO_TEMPLATES'] }), 'Specifies the pass-through behavior for incoming requests based on the Content-Type header in the request, and the available mapping templates specified as the requestTemplates property on the Integration resource.'),
    PayloadFormatVersion: member(S64, 'Specifies the format of the payload sent to an integration. Required for HTTP APIs. Supported values for Lambda proxy integrations are 1.0 and 2.0.'),
    RequestParameters: member(map(Str, string({ name: 'StringWithLengthBetween1And512' }), { name: 'IntegrationParameters' }), 'For WebSocket APIs, a key-value map specifying request parameters that are passed from the method request to the backend.'),
    TemplateSelectionExpression: member(SelectionExpression, 'The template selection expression for the integration.'),
    TimeoutInMillis: member(integer({ name: 'IntegerWithLengthBetween50And30000', min: 50, max: 30000 }), 'Custom timeout between 50 and 29,000 milliseconds for WebSocket APIs and between 50 and 30,000 milliseconds for HTTP APIs.'),
  }, { name: 'CreateIntegrationRequest', required: ['ApiId', 'IntegrationType'] }),
};

const CreateRoute: OperationModel = {
  name: 'CreateRoute',
  doc: 'Creates a Route for an API.',
  input: structure({
    ApiId,
    ApiKeyRequired: member(boolean, 'Specifies whether an API key is required for the route. Supported only for WebSocket APIs.'),
    AuthorizationType: member(string({ name: 'AuthorizationType', enum: ['NONE', 'AWS_IAM', 'CUSTOM', 'JWT'] }), 'The authorization type for the route.'),
    AuthorizerId: member(Id, 'The identifier of the Authorizer resource to be associated with this route.'),
    OperationName: member(S64, 'The operation name for the route.'),
    RouteKey: member(SelectionKey, 'The route key for the route.'),
    RouteResponseSelectionExpression: member(SelectionExpression, 'The route response selection expression for the route. Supported only for WebSocket APIs.'),
    Target: member(string({ name: 'StringWithLengthBetween1And128' }), 'The target for the route.'),
  }, { name: 'CreateRouteRequest', required: ['ApiId', 'RouteKey'] }),
};

const CreateStage: OperationModel = {
  name: 'CreateStage',
  doc: 'Creates a Stage for an API.',
  input: structure({
    AccessLogSettings: member(structure({
      DestinationArn: member(Arn, 'The ARN of the CloudWatch Logs log group to receive access logs.'),
      Format: member(string({ name: 'StringWithLengthBetween1And1024' }), 'A single line format of the access logs of data, as specified by selected $context variables.'),
    }, { name: 'AccessLogSettings' }), 'Settings for logging access in this stage.'),
    ApiId,
    AutoDeploy: member(boolean, 'Specifies whether updates to an API automatically trigger a new deployment. The default value is false.'),
    ClientCertificateId: member(Id, 'The identifier of a client certificate for a Stage. Supported only for WebSocket APIs.'),
    DeploymentId: member(Id, 'The deployment identifier of the API stage.'),
    Description: member(S0To1024, 'The description for the API stage.'),
    StageName: member(S128, 'The name of the stage.'),
    StageVariables: member(StageVariables, 'A map that defines the stage variables for a Stage.'),
    Tags: member(Tags, 'The collection of tags. Each tag element is associated with a given resource.'),
  }, { name: 'CreateStageRequest', required: ['ApiId', 'StageName'] }),
};

const DeleteApi: OperationModel = { name: 'DeleteApi', doc: 'Deletes an Api resource.', input: structure({ ApiId }, { name: 'DeleteApiRequest', required: ['ApiId'] }) };

const DeleteIntegration: OperationModel = {
  name: 'DeleteIntegration',
  doc: 'Deletes an Integration.',
  input: structure({ ApiId, IntegrationId: member(Str, 'The integration ID.') }, { name: 'DeleteIntegrationRequest', required: ['ApiId', 'IntegrationId'] }),
};

const DeleteRoute: OperationModel = {
  name: 'DeleteRoute',
  doc: 'Deletes a Route.',
  input: structure({ ApiId, RouteId: member(Str, 'The route ID.') }, { name: 'DeleteRouteRequest', required: ['ApiId', 'RouteId'] }),
};

const DeleteStage: OperationModel = {
  name: 'DeleteStage',
  doc: 'Deletes a Stage.',
  input: structure({ ApiId, StageName: member(Str, 'The stage name. Stage names can contain only alphanumeric characters, hyphens, and underscores, or be $default. Maximum length is 128 characters.') }, { name: 'DeleteStageRequest', required: ['StageName', 'ApiId'] }),
};

const GetApi: OperationModel = { name: 'GetApi', doc: 'Gets an Api resource.', input: structure({ ApiId }, { name: 'GetApiRequest', required: ['ApiId'] }) };

const GetApis: OperationModel = {
  name: 'GetApis',
  doc: 'Gets a collection of Api resources.',
  input: structure({ MaxResults, NextToken }, { name: 'GetApisRequest' }),
  paginator: ITEMS,
};

const GetIntegration: OperationModel = {
  name: 'GetIntegration',
  doc: 'Gets an Integration.',
  input: structure({ ApiId, IntegrationId: member(Str, 'The integration ID.') }, { name: 'GetIntegrationRequest', required: ['ApiId', 'IntegrationId'] }),
};

const GetIntegrations: OperationModel = {
  name: 'GetIntegrations',
  doc: 'Gets the Integrations for an API.',
  input: structure({ ApiId, MaxResults, NextToken }, { name: 'GetIntegrationsRequest', required: ['ApiId'] }),
  paginator: ITEMS,
};

const GetRoute: OperationModel = {
  name: 'GetRoute',
  doc: 'Gets a Route.',
  input: structure({ ApiId, RouteId: member(Str, 'The route ID.') }, { name: 'GetRouteRequest', required: ['ApiId', 'RouteId'] }),
};

const GetRoutes: OperationModel = {
  name: 'GetRoutes',
  doc: 'Gets the Routes for an API.',
  input: structure({ ApiId, MaxResults, NextToken }, { name: 'GetRoutesRequest', required: ['ApiId'] }),
  paginator: ITEMS,
};

const GetStage: OperationModel = {
  name: 'GetStage',
  doc: 'Gets a Stage.',
  input: structure({ ApiId, StageName: member(Str, 'The stage name. Stage names can only contain alphanumeric characters, hyphens, and underscores. Maximum length is 128 characters.') }, { name: 'GetStageRequest', required: ['StageName', 'ApiId'] }),
};

const GetStages: OperationModel = {
  name: 'GetStages',
  doc: 'Gets the Stages for an API.',
  input: structure({ ApiId, MaxResults, NextToken }, { name: 'GetStagesRequest', required: ['ApiId'] }),
  paginator: ITEMS,
};

const UpdateRoute: OperationModel = {
  name: 'UpdateRoute',
  doc: 'Updates a Route.',
  input: structure({
    ApiId,
    ApiKeyRequired: member(boolean, 'Specifies whether an API key is required for the route. Supported only for WebSocket APIs.'),
    AuthorizationType: member(string({ name: 'AuthorizationType', enum: ['NONE', 'AWS_IAM', 'CUSTOM', 'JWT'] }), 'The authorization type for the route.'),
    RouteId: member(Str, 'The route ID.'),
    RouteKey: member(SelectionKey, 'The route key for the route.'),
    Target: member(string({ name: 'StringWithLengthBetween1And128' }), 'The target for the route.'),
  }, { name: 'UpdateRouteRequest', required: ['ApiId', 'RouteId'] }),
};

const UpdateStage: OperationModel = {
  name: 'UpdateStage',
  doc: 'Updates a Stage.',
  input: structure({
    ApiId,
    AutoDeploy: member(boolean, 'Specifies whether updates to an API automatically trigger a new deployment. The default value is false.'),
    DeploymentId: member(Id, 'The deployment identifier for the API stage. Can\'t be updated if autoDeploy is enabled.'),
    Description: member(S0To1024, 'The description for the API stage.'),
    StageName: member(Str, 'The stage name. Stage names can contain only alphanumeric characters, hyphens, and underscores, or be $default. Maximum length is 128 characters.'),
    StageVariables: member(StageVariables, 'A map that defines the stage variables for a Stage.'),
  }, { name: 'UpdateStageRequest', required: ['StageName', 'ApiId'] }),
};

/** Every command of the real `aws apigatewayv2` (the HTTP and WebSocket API operations of service-2.json). */
const COMMANDS = [
  'create-api', 'create-api-mapping', 'create-authorizer', 'create-deployment', 'create-domain-name', 'create-integration',
  'create-integration-response', 'create-model', 'create-route', 'create-route-response', 'create-stage', 'create-vpc-link',
  'delete-access-log-settings', 'delete-api', 'delete-api-mapping', 'delete-authorizer', 'delete-cors-configuration',
  'delete-deployment', 'delete-domain-name', 'delete-integration', 'delete-integration-response', 'delete-model',
  'delete-route', 'delete-route-request-parameter', 'delete-route-response', 'delete-route-settings', 'delete-stage',
  'delete-vpc-link', 'export-api', 'get-api', 'get-api-mapping', 'get-api-mappings', 'get-apis', 'get-authorizer',
  'get-authorizers', 'get-deployment', 'get-deployments', 'get-domain-name', 'get-domain-names', 'get-integration',
  'get-integration-response', 'get-integration-responses', 'get-integrations', 'get-model', 'get-model-template',
  'get-models', 'get-route', 'get-route-response', 'get-route-responses', 'get-routes', 'get-stage', 'get-stages',
  'get-tags', 'get-vpc-link', 'get-vpc-links', 'import-api', 'reimport-api', 'reset-authorizers-cache', 'tag-resource',
  'untag-resource', 'update-api', 'update-api-mapping', 'update-authorizer', 'update-deployment', 'update-domain-name',
  'update-integration', 'update-integration-response', 'update-model', 'update-route', 'update-route-response',
  'update-stage', 'update-vpc-link',
];

export const apigatewayv2Model: ServiceModel = {
  cliName: 'apigatewayv2',
  endpointPrefix: 'apigatewayv2',
  fullName: 'AmazonApiGatewayV2',
  doc: 'Amazon API Gateway V2 creates HTTP APIs: routes such as GET /items/{id} that send each request to an integration, here a Lambda function, and return its response.',
  operations: {
    CreateApi, CreateDeployment, CreateIntegration, CreateRoute, CreateStage, DeleteApi, DeleteIntegration, DeleteRoute,
    DeleteStage, GetApi, GetApis, GetIntegration, GetIntegrations, GetRoute, GetRoutes, GetStage, GetStages, UpdateRoute,
    UpdateStage,
  },
  commands: COMMANDS,
};
