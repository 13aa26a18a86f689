/**
 * Amazon API Gateway — REST APIs (botocore data/apigateway/2015-07-09, REST-JSON). Members are
 * camelCase (`restApiId` → `--rest-api-id`); lists page with position / limit over `items`. The
 * operations a Lambda proxy integration needs: the API, its resources and methods, the
 * integration, a deployment to a stage, and reading and deleting them again.
 */
import { boolean, integer, list, map, member, string, structure, type OperationModel, type PaginatorModel, type ServiceModel } from './shapes.ts';

const Str = string({ name: 'String' });
const NullableInteger = integer({ name: 'NullableInteger' });
const NullableBoolean = { ...boolean, name: 'NullableBoolean' };
const ListOfString = list(Str, { name: 'ListOfString' });
const MapOfStringToString = map(Str, Str, { name: 'MapOfStringToString' });
const RestApiId = member(Str, 'The string identifier of the associated RestApi.');
const ResourceId = member(Str, 'The Resource identifier for the Method resource.');
const ITEMS: PaginatorModel = { inputToken: ['position'], outputToken: ['position'], limitKey: 'limit', resultKeys: ['items'] };

const CreateDeployment: OperationModel = {
  name: 'CreateDeployment',
  doc: 'Creates a Deployment resource, which makes a specified RestApi callable over the internet.',
  input: structure({
    restApiId: RestApiId,
    stageName: member(Str, 'The name of the Stage resource for the Deployment resource to create.'),
    stageDescription: member(Str, 'The description of the Stage resource for the Deployment resource to create.'),
    description: member(Str, 'The description for the Deployment resource to create.'),
    cacheClusterEnabled: member(NullableBoolean, 'Enables a cache cluster for the Stage resource specified in the input.'),
    cacheClusterSize: member(string({ name: 'CacheClusterSize', enum: ['0.5', '1.6', '6.1', '13.5', '28.4', '58.2', '118', '237'] }), "The stage's cache capacity in GB."),
    variables: member(MapOfStringToString, 'A map that defines the stage variables for the Stage resource that is associated with the new deployment.'),
    tracingEnabled: member(NullableBoolean, 'Specifies whether active tracing with X-ray is enabled for the Stage.'),
  }, { name: 'CreateDeploymentRequest', required: ['restApiId'] }),
};

const CreateResource: OperationModel = {
  name: 'CreateResource',
  doc: 'Creates a Resource resource.',
  input: structure({
    restApiId: RestApiId,
    parentId: member(Str, "The parent resource's identifier."),
    pathPart: member(Str, 'The last path segment for this resource.'),
  }, { name: 'CreateResourceRequest', required: ['restApiId', 'parentId', 'pathPart'] }),
};

const CreateRestApi: OperationModel = {
  name: 'CreateRestApi',
  doc: 'Creates a new RestApi resource.',
  input: structure({
    name: member(Str, 'The name of the RestApi.'),
    description: member(Str, 'The description of the RestApi.'),
    version: member(Str, 'A version identifier for the API.'),
    cloneFrom: member(Str, 'The ID of the RestApi that you want to clone from.'),
    binaryMediaTypes: member(ListOfString, 'The list of binary media types supported by the RestApi.'),
    minimumCompressionSize: member(NullableInteger, 'A nullable integer that is used to enable compression (with non-negative between 0 and 10485760 (10M) bytes, inclusive) or disable compression (with a null value) on an API.'),
    apiKeySource: member(string({ name: 'ApiKeySourceType', enum: ['HEADER', 'AUTHORIZER'] }), 'The source of the API key for metering requests according to a usage plan.'),
    endpointConfiguration: member(structure({
      types: member(list(string({ name: 'EndpointType', enum: ['REGIONAL', 'EDGE', 'PRIVATE'] }), { name: 'ListOfEndpointType' }), 'A list of endpoint types of an API (RestApi) or its custom domain name (DomainName).'),
      ipAddressType: member(string({ name: 'IpAddressType', enum: ['ipv4', 'dualstack'] }), 'The IP address types that can invoke an API (RestApi) or a DomainName.'),
      vpcEndpointIds: member(ListOfString, 'A list of VpcEndpointIds of an API (RestApi) against which to create Route53 ALIASes.'),
    }, { name: 'EndpointConfiguration' }), 'The endpoint configuration of this RestApi showing the endpoint types and IP address types of the API.'),
    policy: member(Str, 'A stringified JSON policy document that applies to this RestApi regardless of the caller and Method configuration.'),
    tags: member(MapOfStringToString, 'The key-value map of strings.'),
    disableExecuteApiEndpoint: member(boolean, 'Specifies whether clients can invoke your API by using the default execute-api endpoint.'),
  }, { name: 'CreateRestApiRequest', required: ['name'] }),
};

const DeleteRestApi: OperationModel = {
  name: 'DeleteRestApi',
  doc: 'Deletes the specified API.',
  input: structure({ restApiId: RestApiId }, { name: 'DeleteRestApiRequest', required: ['restApiId'] }),
};

const DeleteMethod: OperationModel = {
  name: 'DeleteMethod',
  doc: 'Deletes an existing Method resource.',
  input: structure({
    restApiId: RestApiId,
    resourceId: ResourceId,
    httpMethod: member(Str, 'The HTTP verb of the Method resource.'),
  }, { name: 'DeleteMethodRequest', required: ['restApiId', 'resourceId', 'httpMethod'] }),
};

const DeleteResource: OperationModel = {
  name: 'DeleteResource',
  doc: 'Deletes a Resource resource.',
  input: structure({
    restApiId: RestApiId,
    resourceId: member(Str, 'The identifier of the Resource resource.'),
  }, { name: 'DeleteResourceRequest', required: ['restApiId', 'resourceId'] }),
};

const DeleteStage: OperationModel = {
  name: 'DeleteStage',
  doc: 'Deletes a Stage resource.',
  input: structure({
    restApiId: RestApiId,
    stageName: member(Str, 'The name of the Stage resource to delete.'),
  }, { name: 'DeleteStageRequest', required: ['restApiId', 'stageName'] }),
};

const GetIntegration: OperationModel = {
  name: 'GetIntegration',
  doc: 'Get the integration settings.',
  input: structure({
    restApiId: RestApiId,
    resourceId: member(Str, 'Specifies a get integration request\'s resource identifier'),
    httpMethod: member(Str, "Specifies a get integration request's HTTP method."),
  }, { name: 'GetIntegrationRequest', required: ['restApiId', 'resourceId', 'httpMethod'] }),
};

const GetMethod: OperationModel = {
  name: 'GetMethod',
  doc: 'Describe an existing Method resource.',
  input: structure({
    restApiId: RestApiId,
    resourceId: ResourceId,
    httpMethod: member(Str, 'Specifies the method request\'s HTTP method type.'),
  }, { name: 'GetMethodRequest', required: ['restApiId', 'resourceId', 'httpMethod'] }),
};

const GetResource: OperationModel = {
  name: 'GetResource',
  doc: 'Lists information about a resource.',
  input: structure({
    restApiId: RestApiId,
    resourceId: member(Str, 'The identifier for the Resource resource.'),
    embed: member(ListOfString, 'A query parameter to retrieve the specified resources embedded in the returned Resource representation in the response.'),
  }, { name: 'GetResourceRequest', required: ['restApiId', 'resourceId'] }),
};

const GetResources: OperationModel = {
  name: 'GetResources',
  doc: 'Lists information about a collection of Resource resources.',
  input: structure({
    restApiId: RestApiId,
    position: member(Str, 'The current pagination position in the paged result set.'),
    limit: member(NullableInteger, 'The maximum number of returned results per page. The default value is 25 and the maximum value is 500.'),
    embed: member(ListOfString, 'A query parameter used to retrieve the specified resources embedded in the returned Resources resource in the response.'),
  }, { name: 'GetResourcesRequest', required: ['restApiId'] }),
  paginator: ITEMS,
};

const GetRestApi: OperationModel = {
  name: 'GetRestApi',
  doc: 'Lists the RestApi resource in the collection.',
  input: structure({ restApiId: RestApiId }, { name: 'GetRestApiRequest', required: ['restApiId'] }),
};

const GetRestApis: OperationModel = {
  name: 'GetRestApis',
  doc: 'Lists the RestApis resources for your collection.',
  input: structure({
    position: member(Str, 'The current pagination position in the paged result set.'),
    limit: member(NullableInteger, 'The maximum number of returned results per page. The default value is 25 and the maximum value is 500.'),
  }, { name: 'GetRestApisRequest' }),
  paginator: ITEMS,
};

const GetStage: OperationModel = {
  name: 'GetStage',
  doc: 'Gets information about a Stage resource.',
  input: structure({
    restApiId: RestApiId,
    stageName: member(Str, 'The name of the Stage resource to get information about.'),
  }, { name: 'GetStageRequest', required: ['restApiId', 'stageName'] }),
};

const GetStages: OperationModel = {
  name: 'GetStages',
  doc: 'Gets information about one or more Stage resources.',
  input: structure({
    restApiId: RestApiId,
    deploymentId: member(Str, "The stages' deployment identifiers."),
  }, { name: 'GetStagesRequest', required: ['restApiId'] }),
};

const PutIntegration: OperationModel = {
  name: 'PutIntegration',
  doc: "Sets up a method's integration.",
  input: structure({
    restApiId: RestApiId,
    resourceId: member(Str, "Specifies a put integration request's resource ID."),
    httpMethod: member(Str, "Specifies the HTTP method for the integration."),
    type: member(string({ name: 'IntegrationType', enum: ['HTTP', 'AWS', 'MOCK', 'HTTP_PROXY', 'AWS_PROXY'] }), 'Specifies a put integration input\'s type.'),
    integrationHttpMethod: member(Str, 'The HTTP method for the integration.'),
    uri: member(Str, 'Specifies Uniform Resource Identifier (URI) of the integration endpoint.'),
    connectionType: member(string({ name: 'ConnectionType', enum: ['INTERNET', 'VPC_LINK'] }), 'The type of the network connection to the integration endpoint.'),
    connectionId: member(Str, 'The ID of the VpcLink used for the integration.'),
    credentials: member(Str, 'Specifies whether credentials are required for a put integration.'),
    requestParameters: member(MapOfStringToString, 'A key-value map specifying request parameters that are passed from the method request to the back end.'),
    requestTemplates: member(MapOfStringToString, 'Represents a map of Velocity templates that are applied on the request payload based on the value of the Content-Type header sent by the client.'),
    passthroughBehavior: member(Str, 'Specifies the pass-through behavior for incoming requests based on the Content-Type header in the request, and the available mapping templates specified as the requestTemplates property on the Integration resource.'),
    cacheNamespace: member(Str, 'Specifies a group of related cached parameters.'),
    cacheKeyParameters: member(ListOfString, 'A list of request parameters whose values API Gateway caches.'),
    contentHandling: member(string({ name: 'ContentHandlingStrategy', enum: ['CONVERT_TO_BINARY', 'CONVERT_TO_TEXT'] }), 'Specifies how to handle request payload content type conversions.'),
    timeoutInMillis: member(NullableInteger, 'Custom timeout between 50 and 29,000 milliseconds.'),
  }, { name: 'PutIntegrationRequest', required: ['restApiId', 'resourceId', 'httpMethod', 'type'] }),
};

const PutMethod: OperationModel = {
  name: 'PutMethod',
  doc: 'Add a method to an existing Resource resource.',
  input: structure({
    restApiId: RestApiId,
    resourceId: ResourceId,
    httpMethod: member(Str, 'Specifies the method request\'s HTTP method type.'),
    authorizationType: member(Str, 'The method\'s authorization type.'),
    authorizerId: member(Str, 'Specifies the identifier of an Authorizer to use on this Method, if the type is CUSTOM or COGNITO_USER_POOLS.'),
    apiKeyRequired: member(boolean, 'Specifies whether the method required a valid ApiKey.'),
    operationName: member(Str, 'A human-friendly operation identifier for the method.'),
    requestParameters: member(map(Str, { ...boolean, name: 'NullableBoolean' }, { name: 'MapOfStringToBoolean' }), 'A key-value map defining required or optional method request parameters that can be accepted by API Gateway.'),
    requestModels: member(MapOfStringToString, "Specifies the Model resources used for the request's content type."),
    requestValidatorId: member(Str, 'The identifier of a RequestValidator for validating the method request.'),
    authorizationScopes: member(ListOfString, 'A list of authorization scopes configured on the method.'),
  }, { name: 'PutMethodRequest', required: ['restApiId', 'resourceId', 'httpMethod', 'authorizationType'] }),
};

/** The commands of the real `aws apigateway` (the operations of service-2.json). */
const COMMANDS = [
  'create-api-key', 'create-authorizer', 'create-base-path-mapping', 'create-deployment', 'create-documentation-part',
  'create-documentation-version', 'create-domain-name', 'create-domain-name-access-association', 'create-model',
  'create-request-validator', 'create-resource', 'create-rest-api', 'create-stage', 'create-usage-plan',
  'create-usage-plan-key', 'create-vpc-link', 'delete-api-key', 'delete-authorizer', 'delete-base-path-mapping',
  'delete-client-certificate', 'delete-deployment', 'delete-documentation-part', 'delete-documentation-version',
  'delete-domain-name', 'delete-domain-name-access-association', 'delete-gateway-response', 'delete-integration',
  'delete-integration-response', 'delete-method', 'delete-method-response', 'delete-model', 'delete-request-validator',
  'delete-resource', 'delete-rest-api', 'delete-stage', 'delete-usage-plan', 'delete-usage-plan-key', 'delete-vpc-link',
  'flush-stage-authorizers-cache', 'flush-stage-cache', 'generate-client-certificate', 'get-account', 'get-api-key',
  'get-api-keys', 'get-authorizer', 'get-authorizers', 'get-base-path-mapping', 'get-base-path-mappings',
  'get-client-certificate', 'get-client-certificates', 'get-deployment', 'get-deployments', 'get-documentation-part',
  'get-documentation-parts', 'get-documentation-version', 'get-documentation-versions', 'get-domain-name',
  'get-domain-name-access-associations', 'get-domain-names', 'get-export', 'get-gateway-response', 'get-gateway-responses',
  'get-integration', 'get-integration-response', 'get-method', 'get-method-response', 'get-model', 'get-model-template',
  'get-models', 'get-request-validator', 'get-request-validators', 'get-resource', 'get-resources', 'get-rest-api',
  'get-rest-apis', 'get-sdk', 'get-sdk-type', 'get-sdk-types', 'get-stage', 'get-stages', 'get-tags', 'get-usage',
  'get-usage-plan', 'get-usage-plan-key', 'get-usage-plan-keys', 'get-usage-plans', 'get-vpc-link', 'get-vpc-links',
  'import-api-keys', 'import-documentation-parts', 'import-rest-api', 'put-gateway-response', 'put-integration',
  'put-integration-response', 'put-method', 'put-method-response', 'put-rest-api', 'reject-domain-name-access-association',
  'tag-resource', 'test-invoke-authorizer', 'test-invoke-method', 'untag-resource', 'update-account', 'update-api-key',
  'update-authorizer', 'update-base-path-mapping', 'update-client-certificate', 'update-deployment',
  'update-documentation-part', 'update-documentation-version', 'update-domain-name', 'update-gateway-response',
  'update-integration', 'update-integration-response', 'update-method', 'update-method-response', 'update-model',
  'update-request-validator', 'update-resource', 'update-rest-api', 'update-stage', 'update-usage', 'update-usage-plan',
  'update-vpc-link',
];

export const apigatewayModel: ServiceModel = {
  cliName: 'apigateway',
  endpointPrefix: 'apigateway',
  fullName: 'Amazon API Gateway',
  doc: 'Amazon API Gateway creates REST APIs: a tree of resources with methods, each integrated with a back end such as a Lambda function, deployed to stages.',
  operations: {
    CreateDeployment, CreateResource, CreateRestApi, DeleteMethod, DeleteResource, DeleteRestApi, DeleteStage,
    GetIntegration, GetMethod, GetResource, GetResources, GetRestApi, GetRestApis, GetStage, GetStages, PutIntegration,
    PutMethod,
  },
  commands: COMMANDS,
};
