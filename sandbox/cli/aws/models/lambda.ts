/**
 * AWS Lambda (botocore data/lambda/2015-03-31): the operations the course uses so far, transcribed
 * from service-2.json (members in the model's order, `required`, `min`/`max`, enums) and
 * paginators-1.json. To add an operation, transcribe its input shape here; flags, help, validation
 * and pagination follow from the model.
 */
import {
  blob, boolean, integer, list, map, member, string, structure,
  type OperationModel, type ServiceModel,
} from './shapes.ts';

const FunctionName = string({ name: 'FunctionName', min: 1, max: 140 });
const NamespacedFunctionName = string({ name: 'NamespacedFunctionName', min: 1, max: 170 });
const Qualifier = string({ name: 'Qualifier', min: 1, max: 128 });
const PlainString = string({ name: 'String' });

export const RUNTIMES = [
  'nodejs', 'nodejs4.3', 'nodejs6.10', 'nodejs8.10', 'nodejs10.x', 'nodejs12.x', 'nodejs14.x', 'nodejs16.x',
  'java8', 'java8.al2', 'java11', 'python2.7', 'python3.6', 'python3.7', 'python3.8', 'python3.9',
  'dotnetcore1.0', 'dotnetcore2.0', 'dotnetcore2.1', 'dotnetcore3.1', 'dotnet6', 'dotnet8', 'nodejs4.3-edge',
  'go1.x', 'ruby2.5', 'ruby2.7', 'provided', 'provided.al2', 'nodejs18.x', 'python3.10', 'java17', 'ruby3.2',
  'ruby3.3', 'ruby3.4', 'python3.11', 'nodejs20.x', 'provided.al2023', 'python3.12', 'java21', 'python3.13',
  'nodejs22.x', 'nodejs24.x', 'python3.14', 'java25', 'dotnet10',
] as const;

const FunctionCode = structure({
  ZipFile: member(blob, 'The base64-encoded contents of the deployment package.'),
  S3Bucket: member(string({ name: 'S3Bucket', min: 3, max: 63 }), 'An Amazon S3 bucket in the same Amazon Web Services Region as your function.'),
  S3Key: member(string({ name: 'S3Key', min: 1, max: 1024 }), 'The Amazon S3 key of the deployment package.'),
  S3ObjectVersion: member(string({ name: 'S3ObjectVersion', min: 1, max: 1024 }), 'For versioned objects, the version of the deployment package object to use.'),
  ImageUri: member(PlainString, 'URI of a container image in the Amazon ECR registry.'),
  SourceKMSKeyArn: member(string({ name: 'KMSKeyArn' }), "The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt your function's .zip deployment package."),
}, { name: 'FunctionCode' });

const VpcConfig = structure({
  SubnetIds: member(list(string({ name: 'SubnetId' }), { name: 'SubnetIds', max: 16 }), 'A list of VPC subnet IDs.'),
  SecurityGroupIds: member(list(string({ name: 'SecurityGroupId' }), { name: 'SecurityGroupIds', max: 5 }), 'A list of VPC security group IDs.'),
  Ipv6AllowedForDualStack: member(boolean, 'Allows outbound IPv6 traffic on VPC functions that are connected to dual-stack subnets.'),
}, { name: 'VpcConfig' });

const DeadLetterConfig = structure({
  TargetArn: member(string({ name: 'ResourceArn' }), 'The Amazon Resource Name (ARN) of an Amazon SQS queue or Amazon SNS topic.'),
}, { name: 'DeadLetterConfig' });

const Environment = structure({
  Variables: member(
    map(string({ name: 'EnvironmentVariableName' }), string({ name: 'EnvironmentVariableValue' }), { name: 'EnvironmentVariables' }),
    'Environment variable key-value pairs.',
  ),
}, { name: 'Environment' });

const TracingConfig = structure({
  Mode: member(string({ name: 'TracingMode', enum: ['Active', 'PassThrough'] }), 'The tracing mode.'),
}, { name: 'TracingConfig' });

const Tags = map(string({ name: 'TagKey' }), string({ name: 'TagValue' }), { name: 'Tags' });

const FileSystemConfig = structure({
  Arn: member(string({ name: 'FileSystemArn', max: 200 }), 'The Amazon Resource Name (ARN) of the Amazon EFS access point that provides access to the file system.'),
  LocalMountPath: member(string({ name: 'LocalMountPath', max: 160 }), 'The path where the function can access the file system, starting with /mnt/.'),
}, { name: 'FileSystemConfig', required: ['Arn', 'LocalMountPath'] });

const StringList = list(PlainString, { name: 'StringList', max: 1500 });

const ImageConfig = structure({
  EntryPoint: member(StringList, 'Specifies the entry point to their application, which is typically the location of the runtime executable.'),
  Command: member(StringList, 'Specifies parameters that you want to pass in with ENTRYPOINT.'),
  WorkingDirectory: member(string({ name: 'WorkingDirectory', max: 1000 }), 'Specifies the working directory.'),
}, { name: 'ImageConfig' });

const EphemeralStorage = structure({
  Size: member(integer({ name: 'EphemeralStorageSize', min: 512, max: 10240 }), "The size of the function's /tmp directory."),
}, { name: 'EphemeralStorage', required: ['Size'] });

const SnapStart = structure({
  ApplyOn: member(string({ name: 'SnapStartApplyOn', enum: ['PublishedVersions', 'None'] }), 'Set to PublishedVersions to create a snapshot of the initialized execution environment when you publish a function version.'),
}, { name: 'SnapStart' });

const LoggingConfig = structure({
  LogFormat: member(string({ name: 'LogFormat', enum: ['JSON', 'Text'] }), "The format in which Lambda sends your function's application and system logs to CloudWatch."),
  ApplicationLogLevel: member(string({ name: 'ApplicationLogLevel', enum: ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'] }), 'Set this property to filter the application logs for your function that Lambda sends to CloudWatch.'),
  SystemLogLevel: member(string({ name: 'SystemLogLevel', enum: ['DEBUG', 'INFO', 'WARN'] }), 'Set this property to filter the system logs for your function that Lambda sends to CloudWatch.'),
  LogGroup: member(string({ name: 'LogGroup', min: 1, max: 512 }), 'The name of the Amazon CloudWatch log group the function sends logs to.'),
}, { name: 'LoggingConfig' });

const CreateFunction: OperationModel = {
  name: 'CreateFunction',
  doc: 'Creates a Lambda function.',
  input: structure({
    FunctionName: member(FunctionName, 'The name or ARN of the Lambda function.'),
    Runtime: member(string({ name: 'Runtime', enum: RUNTIMES }), "The identifier of the function's runtime."),
    Role: member(string({ name: 'RoleArn' }), "The Amazon Resource Name (ARN) of the function's execution role."),
    Handler: member(string({ name: 'Handler', max: 128 }), 'The name of the method within your code that Lambda calls to run your function.'),
    Code: member(FunctionCode, 'The code for the function.'),
    Description: member(string({ name: 'Description', min: 0, max: 256 }), 'A description of the function.'),
    Timeout: member(integer({ name: 'Timeout', min: 1 }), 'The amount of time (in seconds) that Lambda allows a function to run before stopping it.'),
    MemorySize: member(integer({ name: 'MemorySize', min: 128, max: 10240 }), 'The amount of memory available to the function at runtime.'),
    Publish: member(boolean, 'Set to true to publish the first version of the function during creation.'),
    VpcConfig: member(VpcConfig, 'For network connectivity to Amazon Web Services resources in a VPC, specify a list of security groups and subnets in the VPC.'),
    PackageType: member(string({ name: 'PackageType', enum: ['Zip', 'Image'] }), 'The type of deployment package.'),
    DeadLetterConfig: member(DeadLetterConfig, 'A dead-letter queue configuration that specifies the queue or topic where Lambda sends asynchronous events when they fail processing.'),
    Environment: member(Environment, 'Environment variables that are accessible from function code during execution.'),
    KMSKeyArn: member(string({ name: 'KMSKeyArn' }), "The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt your function's environment variables."),
    TracingConfig: member(TracingConfig, 'Set Mode to Active to sample and trace a subset of incoming requests with X-Ray.'),
    Tags: member(Tags, 'A list of tags to apply to the function.'),
    Layers: member(list(string({ name: 'LayerVersionArn', min: 1, max: 140 }), { name: 'LayerList' }), "A list of function layers to add to the function's execution environment."),
    FileSystemConfigs: member(list(FileSystemConfig, { name: 'FileSystemConfigList', max: 1 }), 'Connection settings for an Amazon EFS file system.'),
    ImageConfig: member(ImageConfig, 'Container image configuration values that override the values in the container image Dockerfile.'),
    CodeSigningConfigArn: member(string({ name: 'CodeSigningConfigArn', max: 200 }), 'To enable code signing for this function, specify the ARN of a code-signing configuration.'),
    Architectures: member(list(string({ name: 'Architecture', enum: ['x86_64', 'arm64'] }), { name: 'ArchitecturesList', min: 1, max: 1 }), 'The instruction set architecture that the function supports.'),
    EphemeralStorage: member(EphemeralStorage, "The size of the function's /tmp directory in MB."),
    SnapStart: member(SnapStart, "The function's SnapStart setting."),
    LoggingConfig: member(LoggingConfig, "The function's Amazon CloudWatch Logs configuration settings."),
  }, { name: 'CreateFunctionRequest', required: ['FunctionName', 'Role', 'Code'] }),
};

const DeleteFunction: OperationModel = {
  name: 'DeleteFunction',
  doc: 'Deletes a Lambda function.',
  input: structure({
    FunctionName: member(FunctionName, 'The name or ARN of the Lambda function or version.'),
    Qualifier: member(Qualifier, 'Specify a version to delete.'),
  }, { name: 'DeleteFunctionRequest', required: ['FunctionName'] }),
};

const GetFunction: OperationModel = {
  name: 'GetFunction',
  doc: "Returns information about the function or function version, with a link to download the deployment package that's valid for 10 minutes.",
  input: structure({
    FunctionName: member(NamespacedFunctionName, 'The name or ARN of the Lambda function, version, or alias.'),
    Qualifier: member(Qualifier, 'Specify a version or alias to get details about a published version of the function.'),
  }, { name: 'GetFunctionRequest', required: ['FunctionName'] }),
};

const GetFunctionConfiguration: OperationModel = {
  name: 'GetFunctionConfiguration',
  doc: 'Returns the version-specific settings of a Lambda function or version.',
  input: structure({
    FunctionName: member(NamespacedFunctionName, 'The name or ARN of the Lambda function, version, or alias.'),
    Qualifier: member(Qualifier, 'Specify a version or alias to get details about a published version of the function.'),
  }, { name: 'GetFunctionConfigurationRequest', required: ['FunctionName'] }),
};

const Invoke: OperationModel = {
  name: 'Invoke',
  doc: 'Invokes a Lambda function.',
  input: structure({
    FunctionName: member(NamespacedFunctionName, 'The name or ARN of the Lambda function, version, or alias.'),
    InvocationType: member(string({ name: 'InvocationType', enum: ['Event', 'RequestResponse', 'DryRun'] }), 'Choose from the following options: RequestResponse (default, synchronous), Event (asynchronous) or DryRun (validate parameters and permissions only).'),
    LogType: member(string({ name: 'LogType', enum: ['None', 'Tail'] }), 'Set to Tail to include the execution log in the response.'),
    ClientContext: member(PlainString, 'Up to 3,583 bytes of base64-encoded data about the invoking client to pass to the function in the context object.'),
    Payload: member(blob, 'The JSON that you want to provide to your Lambda function as input.'),
    Qualifier: member(Qualifier, 'Specify a version or alias to invoke a published version of the function.'),
  }, { name: 'InvocationRequest', required: ['FunctionName'] }),
  streamingOutput: 'Payload',
  outputOrder: ['StatusCode', 'FunctionError', 'LogResult', 'Payload', 'ExecutedVersion'],
};

const ListFunctions: OperationModel = {
  name: 'ListFunctions',
  doc: 'Returns a list of Lambda functions, with the version-specific configuration of each.',
  input: structure({
    MasterRegion: member(string({ name: 'MasterRegion' }), 'For Lambda@Edge functions, the Amazon Web Services Region of the master function.'),
    FunctionVersion: member(string({ name: 'FunctionVersion', enum: ['ALL'] }), 'Set to ALL to include entries for all published versions of each function.'),
    Marker: member(PlainString, "Specify the pagination token that's returned by a previous request to retrieve the next page of results."),
    MaxItems: member(integer({ name: 'MaxListItems', min: 1, max: 10000 }), 'The maximum number of functions to return in the response.'),
  }, { name: 'ListFunctionsRequest' }),
  paginator: { inputToken: ['Marker'], outputToken: ['NextMarker'], limitKey: 'MaxItems', resultKeys: ['Functions'] },
};

/** Every command of the real `aws lambda`, in the CLI's order: operations, then the `wait` customization. */
const COMMANDS = [
  'add-layer-version-permission', 'add-permission', 'create-alias', 'create-code-signing-config',
  'create-event-source-mapping', 'create-function', 'create-function-url-config', 'delete-alias',
  'delete-code-signing-config', 'delete-event-source-mapping', 'delete-function',
  'delete-function-code-signing-config', 'delete-function-concurrency', 'delete-function-event-invoke-config',
  'delete-function-url-config', 'delete-layer-version', 'delete-provisioned-concurrency-config',
  'get-account-settings', 'get-alias', 'get-code-signing-config', 'get-event-source-mapping', 'get-function',
  'get-function-code-signing-config', 'get-function-concurrency', 'get-function-configuration',
  'get-function-event-invoke-config', 'get-function-recursion-config', 'get-function-url-config',
  'get-layer-version', 'get-layer-version-by-arn', 'get-layer-version-policy', 'get-policy',
  'get-provisioned-concurrency-config', 'get-runtime-management-config', 'invoke', 'invoke-async',
  'invoke-with-response-stream', 'list-aliases', 'list-code-signing-configs', 'list-event-source-mappings',
  'list-function-event-invoke-configs', 'list-function-url-configs', 'list-functions',
  'list-functions-by-code-signing-config', 'list-layer-versions', 'list-layers',
  'list-provisioned-concurrency-configs', 'list-tags', 'list-versions-by-function', 'publish-layer-version',
  'publish-version', 'put-function-code-signing-config', 'put-function-concurrency',
  'put-function-event-invoke-config', 'put-function-recursion-config', 'put-provisioned-concurrency-config',
  'put-runtime-management-config', 'remove-layer-version-permission', 'remove-permission', 'tag-resource',
  'untag-resource', 'update-alias', 'update-code-signing-config', 'update-event-source-mapping',
  'update-function-code', 'update-function-configuration', 'update-function-event-invoke-config',
  'update-function-url-config', 'wait',
];

export const lambdaModel: ServiceModel = {
  cliName: 'lambda',
  endpointPrefix: 'lambda',
  fullName: 'AWS Lambda',
  doc: 'Lambda runs your code on demand: you upload a function, and Lambda runs it in response to invocations and events, scaling out and in for you.',
  operations: { CreateFunction, DeleteFunction, GetFunction, GetFunctionConfiguration, Invoke, ListFunctions },
  commands: COMMANDS,
};

