/**
 * AWS Lambda (botocore data/lambda/2015-03-31, as vendored by the current AWS CLI v2): the
 * operations the sandbox engine answers, transcribed from service-2.json (members in the model's
 * order, `required`, `min`/`max`, enums, the first sentence of each member's documentation) and
 * paginators-1.json. To add an operation, transcribe its input shape here; flags, help, validation
 * and pagination follow from the model.
 */
import {
  blob, boolean, double, integer, list, long, map, member, string, structure,
  type OperationModel, type PaginatorModel, type ServiceModel,
} from './shapes.ts';

/* Shared shapes, named as in service-2.json. */

const FunctionName = string({ name: 'FunctionName', min: 1, max: 140 });
const NamespacedFunctionName = string({ name: 'NamespacedFunctionName', min: 1, max: 256 });
const UnqualifiedFunctionName = string({ name: 'UnqualifiedFunctionName', min: 1, max: 140 });
const Qualifier = string({ name: 'NumericLatestPublishedOrAliasQualifier', min: 1, max: 128 });
const PlainString = string({ name: 'String' });
const Description = string({ name: 'Description', min: 0, max: 256 });
const RoleArn = string({ name: 'RoleArn', min: 0, max: 10000 });
const Handler = string({ name: 'Handler', min: 0, max: 128 });
const KMSKeyArn = string({ name: 'KMSKeyArn', min: 0, max: 10000 });
const Timeout = integer({ name: 'Timeout', min: 1, max: 5400 });
const MemorySize = integer({ name: 'MemorySize', min: 128, max: 32768 });
const Marker = PlainString;
const MaxListItems = integer({ name: 'MaxListItems', min: 1, max: 10000 });
const S3Bucket = string({ name: 'S3Bucket', min: 3, max: 63 });
const S3Key = string({ name: 'S3Key', min: 1, max: 1024 });
const S3ObjectVersion = string({ name: 'S3ObjectVersion', min: 1, max: 1024 });
const S3ObjectStorageMode = string({ name: 'S3ObjectStorageMode', enum: ['COPY', 'REFERENCE'] });
const Architecture = string({ name: 'Architecture', enum: ['x86_64', 'arm64'] });
const ArchitecturesList = list(Architecture, { name: 'ArchitecturesList', min: 1, max: 1 });
const FunctionVersionLatestPublished = string({ name: 'FunctionVersionLatestPublished', enum: ['LATEST_PUBLISHED'] });
const LayerName = string({ name: 'LayerName', min: 1, max: 140 });
const LayerVersionArn = string({ name: 'LayerVersionArn', min: 1, max: 2048 });
const LayerVersionNumber = long({ name: 'LayerVersionNumber' });
const Alias = string({ name: 'Alias', min: 1, max: 128 });
const VersionWithLatestPublished = string({ name: 'VersionWithLatestPublished', min: 1, max: 1024 });

export const RUNTIMES = [
  'nodejs', 'nodejs4.3', 'nodejs6.10', 'nodejs8.10', 'nodejs10.x', 'nodejs12.x', 'nodejs14.x', 'nodejs16.x',
  'nodejs18.x', 'nodejs20.x', 'nodejs22.x', 'nodejs24.x', 'java8', 'java8.al2', 'java11', 'java17', 'java21',
  'java25', 'python2.7', 'python3.6', 'python3.7', 'python3.8', 'python3.9', 'python3.10', 'python3.11',
  'python3.12', 'python3.13', 'python3.14', 'dotnetcore1.0', 'dotnetcore2.0', 'dotnetcore2.1', 'dotnetcore3.1',
  'dotnet6', 'dotnet8', 'dotnet10', 'nodejs4.3-edge', 'go1.x', 'ruby2.5', 'ruby2.7', 'ruby3.2', 'ruby3.3',
  'ruby3.4', 'ruby4.0', 'provided', 'provided.al2', 'provided.al2023',
] as const;
const Runtime = string({ name: 'Runtime', enum: RUNTIMES });

const FunctionCode = structure({
  ZipFile: member(blob, 'The base64-encoded contents of the deployment package.'),
  S3Bucket: member(S3Bucket, 'An Amazon S3 bucket in the same Amazon Web Services Region as your function.'),
  S3Key: member(S3Key, 'The Amazon S3 key of the deployment package.'),
  S3ObjectVersion: member(S3ObjectVersion, 'For versioned objects, the version of the deployment package object to use.'),
  S3ObjectStorageMode: member(S3ObjectStorageMode, 'Specifies how the deployment package is stored.'),
  ImageUri: member(PlainString, 'URI of a container image in the Amazon ECR registry.'),
  SourceKMSKeyArn: member(KMSKeyArn, "The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt your function's .zip deployment package."),
}, { name: 'FunctionCode' });

const VpcConfig = structure({
  SubnetIds: member(list(string({ name: 'SubnetId', min: 0, max: 1024 }), { name: 'SubnetIds', min: 0, max: 16 }), 'A list of VPC subnet IDs.'),
  SecurityGroupIds: member(list(string({ name: 'SecurityGroupId', min: 0, max: 1024 }), { name: 'SecurityGroupIds', min: 0, max: 5 }), 'A list of VPC security group IDs.'),
  Ipv6AllowedForDualStack: member({ ...boolean, name: 'NullableBoolean' }, 'Allows outbound IPv6 traffic on VPC functions that are connected to dual-stack subnets.'),
}, { name: 'VpcConfig' });

const DeadLetterConfig = structure({
  TargetArn: member(string({ name: 'ResourceArn', min: 0, max: 10000 }), 'The Amazon Resource Name (ARN) of an Amazon SQS queue or Amazon SNS topic.'),
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

const Tags = map(string({ name: 'TagKey', min: 1, max: 128 }), string({ name: 'TagValue', min: 0, max: 256 }), { name: 'Tags' });

const LayerList = list(LayerVersionArn, { name: 'LayerList' });

const FileSystemConfig = structure({
  Arn: member(string({ name: 'FileSystemArn', min: 0, max: 256 }), 'The Amazon Resource Name (ARN) of the Amazon EFS or Amazon S3 Files access point that provides access to the file system.'),
  LocalMountPath: member(string({ name: 'LocalMountPath', min: 0, max: 160 }), 'The path where the function can access the file system, starting with /mnt/.'),
}, { name: 'FileSystemConfig', required: ['Arn', 'LocalMountPath'] });
const FileSystemConfigList = list(FileSystemConfig, { name: 'FileSystemConfigList', min: 0, max: 1 });

const StringList = list(PlainString, { name: 'StringList', min: 0, max: 1500 });

const ImageConfig = structure({
  EntryPoint: member(StringList, 'Specifies the entry point to their application, which is typically the location of the runtime executable.'),
  Command: member(StringList, 'Specifies parameters that you want to pass in with ENTRYPOINT.'),
  WorkingDirectory: member(string({ name: 'WorkingDirectory', min: 0, max: 1000 }), 'Specifies the working directory.'),
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

const TenancyConfig = structure({
  TenantIsolationMode: member(string({ name: 'TenantIsolationMode', enum: ['PER_TENANT'] }), 'Tenant isolation mode allows for invocation to be sent to a corresponding execution environment dedicated to a specific tenant ID.'),
}, { name: 'TenancyConfig', required: ['TenantIsolationMode'] });

const CapacityProviderConfig = structure({
  LambdaManagedInstancesCapacityProviderConfig: member(structure({
    CapacityProviderArn: member(string({ name: 'CapacityProviderArn', min: 1, max: 140 }), 'The Amazon Resource Name (ARN) of the capacity provider.'),
    PerExecutionEnvironmentMaxConcurrency: member(integer({ name: 'PerExecutionEnvironmentMaxConcurrency', min: 1, max: 1600 }), 'The maximum number of concurrent execution environments that can run on each compute instance.'),
    ExecutionEnvironmentMemoryGiBPerVCpu: member(double({ name: 'ExecutionEnvironmentMemoryGiBPerVCpu', min: 2, max: 8 }), 'The amount of memory in GiB allocated per vCPU for execution environments.'),
  }, { name: 'LambdaManagedInstancesCapacityProviderConfig', required: ['CapacityProviderArn'] }), 'Configuration for Lambda-managed instances used by the capacity provider.'),
}, { name: 'CapacityProviderConfig', required: ['LambdaManagedInstancesCapacityProviderConfig'] });

const DurableConfig = structure({
  KMSKeyArn: member(KMSKeyArn, "The ARN of the Key Management Service (KMS) customer managed key that is used to encrypt your durable execution's payload data, including input, output, and error payloads."),
  RetentionPeriodInDays: member(integer({ name: 'RetentionPeriodInDays', min: 1, max: 90 }), 'The number of days to retain execution history after a durable execution completes.'),
  ExecutionTimeout: member(integer({ name: 'ExecutionTimeout', min: 1, max: 31622400 }), 'The maximum time (in seconds) that a durable execution can run before timing out.'),
}, { name: 'DurableConfig' });

const AliasRoutingConfiguration = structure({
  AdditionalVersionWeights: member(
    map(string({ name: 'AdditionalVersion', min: 1, max: 1024 }), double({ name: 'Weight', min: 0, max: 1 }), { name: 'AdditionalVersionWeights' }),
    "The second version, and the percentage of traffic that's routed to it.",
  ),
}, { name: 'AliasRoutingConfiguration' });

const DestinationArn = string({ name: 'DestinationArn', min: 0, max: 350 });
const DestinationConfig = structure({
  OnSuccess: member(structure({
    Destination: member(DestinationArn, 'The Amazon Resource Name (ARN) of the destination resource.'),
  }, { name: 'OnSuccess' }), 'The destination configuration for successful invocations.'),
  OnFailure: member(structure({
    Destination: member(DestinationArn, 'The Amazon Resource Name (ARN) of the destination resource.'),
  }, { name: 'OnFailure' }), 'The destination configuration for failed invocations.'),
}, { name: 'DestinationConfig' });

const MaximumRetryAttempts = integer({ name: 'MaximumRetryAttempts', min: 0, max: 2 });
const MaximumEventAgeInSeconds = integer({ name: 'MaximumEventAgeInSeconds', min: 60, max: 21600 });

/** Every List* paginator of Lambda pages with Marker / NextMarker / MaxItems. */
function markerPaginator(resultKey: string): PaginatorModel {
  return { inputToken: ['Marker'], outputToken: ['NextMarker'], limitKey: 'MaxItems', resultKeys: [resultKey] };
}

const MARKER_DOC = "Specify the pagination token that's returned by a previous request to retrieve the next page of results.";

/* Functions. */

const CreateFunction: OperationModel = {
  name: 'CreateFunction',
  doc: 'Creates a Lambda function.',
  input: structure({
    FunctionName: member(FunctionName, 'The name or ARN of the Lambda function.'),
    Runtime: member(Runtime, "The identifier of the function's runtime."),
    Role: member(RoleArn, "The Amazon Resource Name (ARN) of the function's execution role."),
    Handler: member(Handler, 'The name of the method within your code that Lambda calls to run your function.'),
    Code: member(FunctionCode, 'The code for the function.'),
    Description: member(Description, 'A description of the function.'),
    Timeout: member(Timeout, 'The amount of time (in seconds) that Lambda allows a function to run before stopping it.'),
    MemorySize: member(MemorySize, 'The amount of memory available to the function at runtime.'),
    Publish: member(boolean, 'Set to true to publish the first version of the function during creation.'),
    PublishTo: member(FunctionVersionLatestPublished, 'Specifies where to publish the function version or configuration.'),
    VpcConfig: member(VpcConfig, 'For network connectivity to Amazon Web Services resources in a VPC, specify a list of security groups and subnets in the VPC.'),
    PackageType: member(string({ name: 'PackageType', enum: ['Zip', 'Image'] }), 'The type of deployment package.'),
    DeadLetterConfig: member(DeadLetterConfig, 'A dead-letter queue configuration that specifies the queue or topic where Lambda sends asynchronous events when they fail processing.'),
    Environment: member(Environment, 'Environment variables that are accessible from function code during execution.'),
    KMSKeyArn: member(KMSKeyArn, "The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt the following resources:"),
    TracingConfig: member(TracingConfig, 'Set Mode to Active to sample and trace a subset of incoming requests with X-Ray.'),
    Tags: member(Tags, 'A list of tags to apply to the function.'),
    Layers: member(LayerList, "A list of function layers to add to the function's execution environment."),
    FileSystemConfigs: member(FileSystemConfigList, 'Connection settings for an Amazon EFS file system or an Amazon S3 Files file system.'),
    CodeSigningConfigArn: member(string({ name: 'CodeSigningConfigArn', min: 0, max: 200 }), 'To enable code signing for this function, specify the ARN of a code-signing configuration.'),
    ImageConfig: member(ImageConfig, 'Container image configuration values that override the values in the container image Dockerfile.'),
    Architectures: member(ArchitecturesList, 'The instruction set architecture that the function supports.'),
    EphemeralStorage: member(EphemeralStorage, "The size of the function's /tmp directory in MB."),
    SnapStart: member(SnapStart, "The function's SnapStart setting."),
    LoggingConfig: member(LoggingConfig, "The function's Amazon CloudWatch Logs configuration settings."),
    TenancyConfig: member(TenancyConfig, 'Configuration for multi-tenant applications that use Lambda functions.'),
    CapacityProviderConfig: member(CapacityProviderConfig, 'Configuration for the capacity provider that manages compute resources for Lambda functions.'),
    DurableConfig: member(DurableConfig, 'Configuration settings for durable functions.'),
  }, { name: 'CreateFunctionRequest', required: ['FunctionName', 'Role', 'Code'] }),
};

const DeleteFunction: OperationModel = {
  name: 'DeleteFunction',
  doc: 'Deletes a Lambda function.',
  input: structure({
    FunctionName: member(NamespacedFunctionName, 'The name or ARN of the Lambda function or version.'),
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
    InvocationType: member(string({ name: 'InvocationType', enum: ['Event', 'RequestResponse', 'DryRun'] }), 'Choose from the following options.'),
    LogType: member(string({ name: 'LogType', enum: ['None', 'Tail'] }), 'Set to Tail to include the execution log in the response.'),
    ClientContext: member(PlainString, 'Up to 3,583 bytes of base64-encoded data about the invoking client to pass to the function in the context object.'),
    DurableExecutionName: member(string({ name: 'DurableExecutionName', min: 1, max: 64 }), 'A unique name for the durable execution.'),
    Payload: member(blob, 'The JSON that you want to provide to your Lambda function as input.'),
    Qualifier: member(Qualifier, 'Specify a version or alias to invoke a published version of the function.'),
    TenantId: member(string({ name: 'TenantId', min: 1, max: 256 }), 'The identifier of the tenant in a multi-tenant Lambda function.'),
  }, { name: 'InvocationRequest', required: ['FunctionName'] }),
  streamingOutput: 'Payload',
  outputOrder: ['StatusCode', 'FunctionError', 'LogResult', 'Payload', 'ExecutedVersion', 'DurableExecutionArn'],
};

const ListFunctions: OperationModel = {
  name: 'ListFunctions',
  doc: 'Returns a list of Lambda functions, with the version-specific configuration of each.',
  input: structure({
    MasterRegion: member(string({ name: 'MasterRegion', min: 1, max: 50 }), 'For Lambda@Edge functions, the Amazon Web Services Region of the master function.'),
    FunctionVersion: member(string({ name: 'FunctionVersion', enum: ['ALL'] }), 'Set to ALL to include entries for all published versions of each function.'),
    Marker: member(Marker, MARKER_DOC),
    MaxItems: member(MaxListItems, 'The maximum number of functions to return in the response.'),
  }, { name: 'ListFunctionsRequest' }),
  paginator: markerPaginator('Functions'),
};

const UpdateFunctionCode: OperationModel = {
  name: 'UpdateFunctionCode',
  doc: "Updates a Lambda function's code.",
  input: structure({
    FunctionName: member(FunctionName, 'The name or ARN of the Lambda function.'),
    ZipFile: member(blob, 'The base64-encoded contents of the deployment package.'),
    S3Bucket: member(S3Bucket, 'An Amazon S3 bucket in the same Amazon Web Services Region as your function.'),
    S3Key: member(S3Key, 'The Amazon S3 key of the deployment package.'),
    S3ObjectVersion: member(S3ObjectVersion, 'For versioned objects, the version of the deployment package object to use.'),
    S3ObjectStorageMode: member(S3ObjectStorageMode, 'Specifies how the deployment package is stored.'),
    ImageUri: member(PlainString, 'URI of a container image in the Amazon ECR registry.'),
    Architectures: member(ArchitecturesList, 'The instruction set architecture that the function supports.'),
    Publish: member(boolean, 'Set to true to publish a new version of the function after updating the code.'),
    PublishTo: member(FunctionVersionLatestPublished, 'Specifies where to publish the function version or configuration.'),
    DryRun: member(boolean, 'Set to true to validate the request parameters and access permissions without modifying the function code.'),
    RevisionId: member(PlainString, "Update the function only if the revision ID matches the ID that's specified."),
    SourceKMSKeyArn: member(KMSKeyArn, "The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt your function's .zip deployment package."),
  }, { name: 'UpdateFunctionCodeRequest', required: ['FunctionName'] }),
};

const UpdateFunctionConfiguration: OperationModel = {
  name: 'UpdateFunctionConfiguration',
  doc: 'Modify the version-specific settings of a Lambda function.',
  input: structure({
    FunctionName: member(FunctionName, 'The name or ARN of the Lambda function.'),
    Role: member(RoleArn, "The Amazon Resource Name (ARN) of the function's execution role."),
    Handler: member(Handler, 'The name of the method within your code that Lambda calls to run your function.'),
    Description: member(Description, 'A description of the function.'),
    Timeout: member(Timeout, 'The amount of time (in seconds) that Lambda allows a function to run before stopping it.'),
    MemorySize: member(MemorySize, 'The amount of memory available to the function at runtime.'),
    VpcConfig: member(VpcConfig, 'For network connectivity to Amazon Web Services resources in a VPC, specify a list of security groups and subnets in the VPC.'),
    Environment: member(Environment, 'Environment variables that are accessible from function code during execution.'),
    Runtime: member(Runtime, "The identifier of the function's runtime."),
    DeadLetterConfig: member(DeadLetterConfig, 'A dead-letter queue configuration that specifies the queue or topic where Lambda sends asynchronous events when they fail processing.'),
    KMSKeyArn: member(KMSKeyArn, "The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt the following resources:"),
    TracingConfig: member(TracingConfig, 'Set Mode to Active to sample and trace a subset of incoming requests with X-Ray.'),
    RevisionId: member(PlainString, "Update the function only if the revision ID matches the ID that's specified."),
    Layers: member(LayerList, "A list of function layers to add to the function's execution environment."),
    FileSystemConfigs: member(FileSystemConfigList, 'Connection settings for an Amazon EFS file system or an Amazon S3 Files file system.'),
    ImageConfig: member(ImageConfig, 'Container image configuration values that override the values in the container image Docker file.'),
    EphemeralStorage: member(EphemeralStorage, "The size of the function's /tmp directory in MB."),
    SnapStart: member(SnapStart, "The function's SnapStart setting."),
    LoggingConfig: member(LoggingConfig, "The function's Amazon CloudWatch Logs configuration settings."),
    CapacityProviderConfig: member(CapacityProviderConfig, 'Configuration for the capacity provider that manages compute resources for Lambda functions.'),
    DurableConfig: member(DurableConfig, "Configuration settings for durable functions, including execution timeout, retention period for execution history, and an optional ARN of the Key Management Service (KMS) customer managed key that is used to encrypt your durable execution's payload data, including input, output, and error payloads."),
  }, { name: 'UpdateFunctionConfigurationRequest', required: ['FunctionName'] }),
};

/* Versions and aliases. */

const PublishVersion: OperationModel = {
  name: 'PublishVersion',
  doc: 'Creates a version from the current code and configuration of a function.',
  input: structure({
    FunctionName: member(FunctionName, 'The name or ARN of the Lambda function.'),
    CodeSha256: member(PlainString, "Only publish a version if the hash value matches the value that's specified."),
    Description: member(Description, 'A description for the version to override the description in the function configuration.'),
    RevisionId: member(PlainString, "Only update the function if the revision ID matches the ID that's specified."),
    PublishTo: member(FunctionVersionLatestPublished, 'Specifies where to publish the function version or configuration.'),
  }, { name: 'PublishVersionRequest', required: ['FunctionName'] }),
};

const ListVersionsByFunction: OperationModel = {
  name: 'ListVersionsByFunction',
  doc: 'Returns a list of versions, with the version-specific configuration of each.',
  input: structure({
    FunctionName: member(NamespacedFunctionName, 'The name or ARN of the Lambda function.'),
    Marker: member(Marker, MARKER_DOC),
    MaxItems: member(MaxListItems, 'The maximum number of versions to return.'),
  }, { name: 'ListVersionsByFunctionRequest', required: ['FunctionName'] }),
  paginator: markerPaginator('Versions'),
};

const CreateAlias: OperationModel = {
  name: 'CreateAlias',
  doc: 'Creates an alias for a Lambda function version.',
  input: structure({
    FunctionName: member(FunctionName, 'The name or ARN of the Lambda function.'),
    Name: member(Alias, 'The name of the alias.'),
    FunctionVersion: member(VersionWithLatestPublished, 'The function version that the alias invokes.'),
    Description: member(Description, 'A description of the alias.'),
    RoutingConfig: member(AliasRoutingConfiguration, 'The routing configuration of the alias.'),
  }, { name: 'CreateAliasRequest', required: ['FunctionName', 'Name', 'FunctionVersion'] }),
};

const DeleteAlias: OperationModel = {
  name: 'DeleteAlias',
  doc: 'Deletes a Lambda function alias.',
  input: structure({
    FunctionName: member(FunctionName, 'The name or ARN of the Lambda function.'),
    Name: member(Alias, 'The name of the alias.'),
  }, { name: 'DeleteAliasRequest', required: ['FunctionName', 'Name'] }),
};

const GetAlias: OperationModel = {
  name: 'GetAlias',
  doc: 'Returns details about a Lambda function alias.',
  input: structure({
    FunctionName: member(FunctionName, 'The name or ARN of the Lambda function.'),
    Name: member(Alias, 'The name of the alias.'),
  }, { name: 'GetAliasRequest', required: ['FunctionName', 'Name'] }),
};

const ListAliases: OperationModel = {
  name: 'ListAliases',
  doc: 'Returns a list of aliases for a Lambda function.',
  input: structure({
    FunctionName: member(FunctionName, 'The name or ARN of the Lambda function.'),
    FunctionVersion: member(VersionWithLatestPublished, 'Specify a function version to only list aliases that invoke that version.'),
    Marker: member(Marker, MARKER_DOC),
    MaxItems: member(MaxListItems, 'Limit the number of aliases returned.'),
  }, { name: 'ListAliasesRequest', required: ['FunctionName'] }),
  paginator: markerPaginator('Aliases'),
};

const UpdateAlias: OperationModel = {
  name: 'UpdateAlias',
  doc: 'Updates the configuration of a Lambda function alias.',
  input: structure({
    FunctionName: member(FunctionName, 'The name or ARN of the Lambda function.'),
    Name: member(Alias, 'The name of the alias.'),
    FunctionVersion: member(VersionWithLatestPublished, 'The function version that the alias invokes.'),
    Description: member(Description, 'A description of the alias.'),
    RoutingConfig: member(AliasRoutingConfiguration, 'The routing configuration of the alias.'),
    RevisionId: member(PlainString, "Only update the alias if the revision ID matches the ID that's specified."),
  }, { name: 'UpdateAliasRequest', required: ['FunctionName', 'Name'] }),
};

/* Layers. */

const CompatibleArchitectures = list(Architecture, { name: 'CompatibleArchitectures', min: 0, max: 2 });
const CompatibleRuntimes = list(Runtime, { name: 'CompatibleRuntimes', min: 0, max: 15 });
const MaxLayerListItems = integer({ name: 'MaxLayerListItems', min: 1, max: 50 });

const LayerVersionContentInput = structure({
  S3Bucket: member(S3Bucket, 'The Amazon S3 bucket of the layer archive.'),
  S3Key: member(S3Key, 'The Amazon S3 key of the layer archive.'),
  S3ObjectVersion: member(S3ObjectVersion, 'For versioned objects, the version of the layer archive object to use.'),
  S3ObjectStorageMode: member(S3ObjectStorageMode, "The storage mode for a function's deployment package."),
  ZipFile: member(blob, 'The base64-encoded contents of the layer archive.'),
}, { name: 'LayerVersionContentInput' });

const PublishLayerVersion: OperationModel = {
  name: 'PublishLayerVersion',
  doc: 'Creates an Lambda layer from a ZIP archive.',
  input: structure({
    LayerName: member(LayerName, 'The name or Amazon Resource Name (ARN) of the layer.'),
    Description: member(Description, 'The description of the version.'),
    Content: member(LayerVersionContentInput, 'The function layer archive.'),
    CompatibleArchitectures: member(CompatibleArchitectures, 'A list of compatible instruction set architectures.'),
    CompatibleRuntimes: member(CompatibleRuntimes, 'A list of compatible function runtimes.'),
    LicenseInfo: member(string({ name: 'LicenseInfo', min: 0, max: 512 }), "The layer's software license."),
  }, { name: 'PublishLayerVersionRequest', required: ['LayerName', 'Content'] }),
};

const ListLayers: OperationModel = {
  name: 'ListLayers',
  doc: 'Lists Lambda layers and shows information about the latest version of each.',
  input: structure({
    CompatibleArchitecture: member(Architecture, 'The compatible instruction set architecture.'),
    CompatibleRuntime: member(Runtime, 'A runtime identifier.'),
    Marker: member(Marker, 'A pagination token returned by a previous call.'),
    MaxItems: member(MaxLayerListItems, 'The maximum number of layers to return.'),
  }, { name: 'ListLayersRequest' }),
  paginator: markerPaginator('Layers'),
};

const ListLayerVersions: OperationModel = {
  name: 'ListLayerVersions',
  doc: 'Lists the versions of an Lambda layer.',
  input: structure({
    CompatibleArchitecture: member(Architecture, 'The compatible instruction set architecture.'),
    CompatibleRuntime: member(Runtime, 'A runtime identifier.'),
    LayerName: member(LayerName, 'The name or Amazon Resource Name (ARN) of the layer.'),
    Marker: member(Marker, 'A pagination token returned by a previous call.'),
    MaxItems: member(MaxLayerListItems, 'The maximum number of versions to return.'),
  }, { name: 'ListLayerVersionsRequest', required: ['LayerName'] }),
  paginator: markerPaginator('LayerVersions'),
};

const LAYER_VERSION_DOC = "Returns information about a version of an Lambda layer, with a link to download the layer archive that's valid for 10 minutes.";

const GetLayerVersion: OperationModel = {
  name: 'GetLayerVersion',
  doc: LAYER_VERSION_DOC,
  input: structure({
    LayerName: member(LayerName, 'The name or Amazon Resource Name (ARN) of the layer.'),
    VersionNumber: member(LayerVersionNumber, 'The version number.'),
  }, { name: 'GetLayerVersionRequest', required: ['LayerName', 'VersionNumber'] }),
};

const GetLayerVersionByArn: OperationModel = {
  name: 'GetLayerVersionByArn',
  doc: LAYER_VERSION_DOC,
  input: structure({
    Arn: member(LayerVersionArn, 'The ARN of the layer version.'),
  }, { name: 'GetLayerVersionByArnRequest', required: ['Arn'] }),
};

const DeleteLayerVersion: OperationModel = {
  name: 'DeleteLayerVersion',
  doc: 'Deletes a version of an Lambda layer.',
  input: structure({
    LayerName: member(LayerName, 'The name or Amazon Resource Name (ARN) of the layer.'),
    VersionNumber: member(LayerVersionNumber, 'The version number.'),
  }, { name: 'DeleteLayerVersionRequest', required: ['LayerName', 'VersionNumber'] }),
};

/* Concurrency, asynchronous invocation, recursion, account. */

const PutFunctionConcurrency: OperationModel = {
  name: 'PutFunctionConcurrency',
  doc: 'Sets the maximum number of simultaneous executions for a function, and reserves capacity for that concurrency level.',
  input: structure({
    FunctionName: member(FunctionName, 'The name or ARN of the Lambda function.'),
    ReservedConcurrentExecutions: member(integer({ name: 'ReservedConcurrentExecutions', min: 0 }), 'The number of simultaneous executions to reserve for the function.'),
  }, { name: 'PutFunctionConcurrencyRequest', required: ['FunctionName', 'ReservedConcurrentExecutions'] }),
};

const GetFunctionConcurrency: OperationModel = {
  name: 'GetFunctionConcurrency',
  doc: 'Returns details about the reserved concurrency configuration for a function.',
  input: structure({
    FunctionName: member(FunctionName, 'The name or ARN of the Lambda function.'),
  }, { name: 'GetFunctionConcurrencyRequest', required: ['FunctionName'] }),
};

const DeleteFunctionConcurrency: OperationModel = {
  name: 'DeleteFunctionConcurrency',
  doc: 'Removes a concurrent execution limit from a function.',
  input: structure({
    FunctionName: member(FunctionName, 'The name or ARN of the Lambda function.'),
  }, { name: 'DeleteFunctionConcurrencyRequest', required: ['FunctionName'] }),
};

const EVENT_INVOKE_FUNCTION_DOC = 'The name or ARN of the Lambda function, version, or alias.';

function eventInvokeConfigInput(name: string) {
  return structure({
    FunctionName: member(NamespacedFunctionName, EVENT_INVOKE_FUNCTION_DOC),
    Qualifier: member(Qualifier, 'A version number or alias name.'),
    MaximumRetryAttempts: member(MaximumRetryAttempts, 'The maximum number of times to retry when the function returns an error.'),
    MaximumEventAgeInSeconds: member(MaximumEventAgeInSeconds, 'The maximum age of a request that Lambda sends to a function for processing.'),
    DestinationConfig: member(DestinationConfig, 'A destination for events after they have been sent to a function for processing.'),
  }, { name, required: ['FunctionName'] });
}

const PutFunctionEventInvokeConfig: OperationModel = {
  name: 'PutFunctionEventInvokeConfig',
  doc: 'Configures options for asynchronous invocation on a function, version, or alias.',
  input: eventInvokeConfigInput('PutFunctionEventInvokeConfigRequest'),
};

const UpdateFunctionEventInvokeConfig: OperationModel = {
  name: 'UpdateFunctionEventInvokeConfig',
  doc: 'Updates the configuration for asynchronous invocation for a function, version, or alias.',
  input: eventInvokeConfigInput('UpdateFunctionEventInvokeConfigRequest'),
};

const GetFunctionEventInvokeConfig: OperationModel = {
  name: 'GetFunctionEventInvokeConfig',
  doc: 'Retrieves the configuration for asynchronous invocation for a function, version, or alias.',
  input: structure({
    FunctionName: member(NamespacedFunctionName, EVENT_INVOKE_FUNCTION_DOC),
    Qualifier: member(Qualifier, 'A version number or alias name.'),
  }, { name: 'GetFunctionEventInvokeConfigRequest', required: ['FunctionName'] }),
};

const DeleteFunctionEventInvokeConfig: OperationModel = {
  name: 'DeleteFunctionEventInvokeConfig',
  doc: 'Deletes the configuration for asynchronous invocation for a function, version, or alias.',
  input: structure({
    FunctionName: member(NamespacedFunctionName, EVENT_INVOKE_FUNCTION_DOC),
    Qualifier: member(Qualifier, 'A version number or alias name.'),
  }, { name: 'DeleteFunctionEventInvokeConfigRequest', required: ['FunctionName'] }),
};

const ListFunctionEventInvokeConfigs: OperationModel = {
  name: 'ListFunctionEventInvokeConfigs',
  doc: 'Retrieves a list of configurations for asynchronous invocation for a function.',
  input: structure({
    FunctionName: member(NamespacedFunctionName, 'The name or ARN of the Lambda function.'),
    Marker: member(Marker, MARKER_DOC),
    MaxItems: member(integer({ name: 'MaxFunctionEventInvokeConfigListItems', min: 1, max: 50 }), 'The maximum number of configurations to return.'),
  }, { name: 'ListFunctionEventInvokeConfigsRequest', required: ['FunctionName'] }),
  paginator: markerPaginator('FunctionEventInvokeConfigs'),
};

const GetAccountSettings: OperationModel = {
  name: 'GetAccountSettings',
  doc: "Retrieves details about your account's limits and usage in an Amazon Web Services Region.",
  input: structure({}, { name: 'GetAccountSettingsRequest' }),
};

const PutFunctionRecursionConfig: OperationModel = {
  name: 'PutFunctionRecursionConfig',
  doc: "Sets your function's recursive loop detection configuration.",
  input: structure({
    FunctionName: member(UnqualifiedFunctionName, 'The name or ARN of the Lambda function.'),
    RecursiveLoop: member(string({ name: 'RecursiveLoop', enum: ['Allow', 'Terminate'] }), "If you set your function's recursive loop detection configuration to Allow, Lambda doesn't take any action when it detects your function being invoked as part of a recursive loop."),
  }, { name: 'PutFunctionRecursionConfigRequest', required: ['FunctionName', 'RecursiveLoop'] }),
};

const GetFunctionRecursionConfig: OperationModel = {
  name: 'GetFunctionRecursionConfig',
  doc: "Returns your function's recursive loop detection configuration.",
  input: structure({
    FunctionName: member(UnqualifiedFunctionName, 'The name of the function.'),
  }, { name: 'GetFunctionRecursionConfigRequest', required: ['FunctionName'] }),
};

/* Resource-based policy. */

const AddPermission: OperationModel = {
  name: 'AddPermission',
  doc: 'Grants a principal permission to use a function.',
  input: structure({
    FunctionName: member(NamespacedFunctionName, 'The name or ARN of the Lambda function, version, or alias.'),
    StatementId: member(string({ name: 'StatementId', min: 1, max: 100 }), 'A statement identifier that differentiates the statement from others in the same policy.'),
    Action: member(string({ name: 'Action', min: 0, max: 10000 }), 'The action that the principal can use on the function.'),
    Principal: member(string({ name: 'Principal', min: 0, max: 2048 }), 'The Amazon Web Services service, Amazon Web Services account, IAM user, or IAM role that invokes the function.'),
    SourceArn: member(string({ name: 'Arn', min: 0, max: 10000 }), 'For Amazon Web Services services, the ARN of the Amazon Web Services resource that invokes the function.'),
    FunctionUrlAuthType: member(string({ name: 'FunctionUrlAuthType', enum: ['NONE', 'AWS_IAM'] }), 'The type of authentication that your function URL uses.'),
    InvokedViaFunctionUrl: member({ ...boolean, name: 'InvokedViaFunctionUrl' }, 'Indicates whether the permission applies when the function is invoked through a function URL.'),
    SourceAccount: member(string({ name: 'SourceOwner', min: 0, max: 12 }), 'For Amazon Web Services service, the ID of the Amazon Web Services account that owns the resource.'),
    EventSourceToken: member(string({ name: 'EventSourceToken', min: 0, max: 256 }), 'For Alexa Smart Home functions, a token that the invoker must supply.'),
    Qualifier: member(Qualifier, 'Specify a version or alias to add permissions to a published version of the function.'),
    RevisionId: member(PlainString, "Update the policy only if the revision ID matches the ID that's specified."),
    PrincipalOrgID: member(string({ name: 'PrincipalOrgID', min: 12, max: 34 }), 'The identifier for your organization in Organizations.'),
  }, { name: 'AddPermissionRequest', required: ['FunctionName', 'StatementId', 'Action', 'Principal'] }),
};

const RemovePermission: OperationModel = {
  name: 'RemovePermission',
  doc: 'Revokes function-use permission from an Amazon Web Services service or another Amazon Web Services account.',
  input: structure({
    FunctionName: member(NamespacedFunctionName, 'The name or ARN of the Lambda function, version, or alias.'),
    StatementId: member(string({ name: 'NamespacedStatementId', min: 1, max: 100 }), 'Statement ID of the permission to remove.'),
    Qualifier: member(Qualifier, 'Specify a version or alias to remove permissions from a published version of the function.'),
    RevisionId: member(PlainString, "Update the policy only if the revision ID matches the ID that's specified."),
  }, { name: 'RemovePermissionRequest', required: ['FunctionName', 'StatementId'] }),
};

const GetPolicy: OperationModel = {
  name: 'GetPolicy',
  doc: 'Returns the resource-based IAM policy for a function, version, or alias.',
  input: structure({
    FunctionName: member(NamespacedFunctionName, 'The name or ARN of the Lambda function, version, or alias.'),
    Qualifier: member(Qualifier, 'Specify a version or alias to get the policy for that resource.'),
  }, { name: 'GetPolicyRequest', required: ['FunctionName'] }),
};

/* Event-source mappings (SQS, Kinesis, DynamoDB Streams). */

const EventSourceArn = string({ name: 'Arn' });
const BatchSize = integer({ name: 'BatchSize', min: 1, max: 10000 });
const MaximumBatchingWindowInSeconds = integer({ name: 'MaximumBatchingWindowInSeconds', min: 0, max: 300 });
const ParallelizationFactor = integer({ name: 'ParallelizationFactor', min: 1, max: 10 });
const MaximumRecordAgeInSeconds = integer({ name: 'MaximumRecordAgeInSeconds', min: -1, max: 604800 });
const MappingMaximumRetryAttempts = integer({ name: 'MaximumRetryAttemptsEventSourceMapping', min: -1, max: 10000 });
const TumblingWindowInSeconds = integer({ name: 'TumblingWindowInSeconds', min: 0, max: 900 });
const FunctionResponseTypeList = list(string({ name: 'FunctionResponseType', enum: ['ReportBatchItemFailures'] }), { name: 'FunctionResponseTypeList', min: 0, max: 1 });
const FilterCriteria = structure({
  Filters: member(list(structure({
    Pattern: member(string({ name: 'Pattern', min: 0, max: 4096 }), 'A filter pattern.'),
  }, { name: 'Filter' }), { name: 'FilterList' }), 'A list of filters.'),
}, { name: 'FilterCriteria' });
const ScalingConfig = structure({
  MaximumConcurrency: member(integer({ name: 'MaximumConcurrency', min: 2, max: 1000 }), 'Limits the number of concurrent instances that the Amazon SQS event source can invoke.'),
}, { name: 'ScalingConfig' });
const MappingUUID = member(PlainString, 'The identifier of the event source mapping.');

/** The members CreateEventSourceMapping and UpdateEventSourceMapping share, in the model's order. */
const mappingSettings = {
  Enabled: member({ ...boolean, name: 'Enabled' }, 'When true, the event source mapping is active.'),
  BatchSize: member(BatchSize, 'The maximum number of records in each batch that Lambda pulls from your stream or queue and sends to your function.'),
  FilterCriteria: member(FilterCriteria, 'An object that defines the filter criteria that determine whether Lambda should process an event.'),
  MaximumBatchingWindowInSeconds: member(MaximumBatchingWindowInSeconds, 'The maximum amount of time, in seconds, that Lambda spends gathering records before invoking the function.'),
};

const CreateEventSourceMapping: OperationModel = {
  name: 'CreateEventSourceMapping',
  doc: 'Creates a mapping between an event source and an Lambda function.',
  input: structure({
    EventSourceArn: member(EventSourceArn, 'The Amazon Resource Name (ARN) of the event source.'),
    FunctionName: member(FunctionName, 'The name or ARN of the Lambda function.'),
    ...mappingSettings,
    ParallelizationFactor: member(ParallelizationFactor, '(Kinesis and DynamoDB Streams only) The number of batches to process from each shard concurrently.'),
    StartingPosition: member(string({ name: 'EventSourcePosition', enum: ['TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP'] }), 'The position in a stream from which to start reading.'),
    StartingPositionTimestamp: member({ type: 'timestamp', name: 'Date' }, 'With StartingPosition set to AT_TIMESTAMP, the time from which to start reading, in Unix time seconds.'),
    DestinationConfig: member(DestinationConfig, '(Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Kafka only) A configuration object that specifies the destination of an event after Lambda processes it.'),
    MaximumRecordAgeInSeconds: member(MaximumRecordAgeInSeconds, '(Kinesis and DynamoDB Streams only) Discard records older than the specified age.'),
    BisectBatchOnFunctionError: member({ ...boolean, name: 'BisectBatchOnFunctionError' }, '(Kinesis and DynamoDB Streams only) If the function returns an error, split the batch in two and retry.'),
    MaximumRetryAttempts: member(MappingMaximumRetryAttempts, '(Kinesis and DynamoDB Streams only) Discard records after the specified number of retries.'),
    TumblingWindowInSeconds: member(TumblingWindowInSeconds, '(Kinesis and DynamoDB Streams only) The duration in seconds of a processing window for DynamoDB and Kinesis Streams event sources.'),
    FunctionResponseTypes: member(FunctionResponseTypeList, '(Kinesis, DynamoDB Streams, and Amazon SQS) A list of current response type enums applied to the event source mapping.'),
    ScalingConfig: member(ScalingConfig, '(Amazon SQS only) The scaling configuration for the event source.'),
    KMSKeyArn: member(KMSKeyArn, "The ARN of the Key Management Service (KMS) customer managed key that Lambda uses to encrypt your function's filter criteria."),
  }, { name: 'CreateEventSourceMappingRequest', required: ['FunctionName'] }),
};

const UpdateEventSourceMapping: OperationModel = {
  name: 'UpdateEventSourceMapping',
  doc: 'Updates an event source mapping.',
  input: structure({
    UUID: MappingUUID,
    FunctionName: member(FunctionName, 'The name or ARN of the Lambda function.'),
    ...mappingSettings,
    DestinationConfig: member(DestinationConfig, '(Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Kafka only) A configuration object that specifies the destination of an event after Lambda processes it.'),
    MaximumRecordAgeInSeconds: member(MaximumRecordAgeInSeconds, '(Kinesis and DynamoDB Streams only) Discard records older than the specified age.'),
    BisectBatchOnFunctionError: member({ ...boolean, name: 'BisectBatchOnFunctionError' }, '(Kinesis and DynamoDB Streams only) If the function returns an error, split the batch in two and retry.'),
    MaximumRetryAttempts: member(MappingMaximumRetryAttempts, '(Kinesis and DynamoDB Streams only) Discard records after the specified number of retries.'),
    ParallelizationFactor: member(ParallelizationFactor, '(Kinesis and DynamoDB Streams only) The number of batches to process from each shard concurrently.'),
    TumblingWindowInSeconds: member(TumblingWindowInSeconds, '(Kinesis and DynamoDB Streams only) The duration in seconds of a processing window for DynamoDB and Kinesis Streams event sources.'),
    FunctionResponseTypes: member(FunctionResponseTypeList, '(Kinesis, DynamoDB Streams, and Amazon SQS) A list of current response type enums applied to the event source mapping.'),
    ScalingConfig: member(ScalingConfig, '(Amazon SQS only) The scaling configuration for the event source.'),
    KMSKeyArn: member(KMSKeyArn, "The ARN of the Key Management Service (KMS) customer managed key that Lambda uses to encrypt your function's filter criteria."),
  }, { name: 'UpdateEventSourceMappingRequest', required: ['UUID'] }),
};

const GetEventSourceMapping: OperationModel = {
  name: 'GetEventSourceMapping',
  doc: 'Returns details about an event source mapping.',
  input: structure({ UUID: MappingUUID }, { name: 'GetEventSourceMappingRequest', required: ['UUID'] }),
};

const DeleteEventSourceMapping: OperationModel = {
  name: 'DeleteEventSourceMapping',
  doc: 'Deletes an event source mapping.',
  input: structure({ UUID: MappingUUID }, { name: 'DeleteEventSourceMappingRequest', required: ['UUID'] }),
};

const ListEventSourceMappings: OperationModel = {
  name: 'ListEventSourceMappings',
  doc: 'Lists event source mappings.',
  input: structure({
    EventSourceArn: member(EventSourceArn, 'The Amazon Resource Name (ARN) of the event source.'),
    FunctionName: member(FunctionName, 'The name or ARN of the Lambda function.'),
    Marker: member(PlainString, 'A pagination token returned by a previous call.'),
    MaxItems: member(integer({ name: 'MaxListItems', min: 1, max: 10000 }), 'The maximum number of event source mappings to return.'),
  }, { name: 'ListEventSourceMappingsRequest' }),
  paginator: markerPaginator('EventSourceMappings'),
};

/**
 * Every command of the real `aws lambda`, in the CLI's order: the operations of service-2.json
 * (xform_name of each, model order), then the customizations the CLI appends (`wizard`, `wait`).
 */
const COMMANDS = [
  'add-layer-version-permission', 'add-permission', 'checkpoint-durable-execution', 'create-alias',
  'create-capacity-provider', 'create-code-signing-config', 'create-event-source-mapping', 'create-function',
  'create-function-url-config', 'delete-alias', 'delete-capacity-provider', 'delete-code-signing-config',
  'delete-event-source-mapping', 'delete-function', 'delete-function-code-signing-config',
  'delete-function-concurrency', 'delete-function-event-invoke-config', 'delete-function-url-config',
  'delete-layer-version', 'delete-provisioned-concurrency-config', 'get-account-settings', 'get-alias',
  'get-capacity-provider', 'get-code-signing-config', 'get-durable-execution', 'get-durable-execution-history',
  'get-durable-execution-state', 'get-event-source-mapping', 'get-function', 'get-function-code-signing-config',
  'get-function-concurrency', 'get-function-configuration', 'get-function-event-invoke-config',
  'get-function-recursion-config', 'get-function-scaling-config', 'get-function-url-config', 'get-layer-version',
  'get-layer-version-by-arn', 'get-layer-version-policy', 'get-policy', 'get-provisioned-concurrency-config',
  'get-runtime-management-config', 'invoke', 'invoke-async', 'invoke-with-response-stream', 'list-aliases',
  'list-capacity-providers', 'list-code-signing-configs', 'list-durable-executions-by-function',
  'list-event-source-mappings', 'list-function-event-invoke-configs', 'list-function-url-configs',
  'list-function-versions-by-capacity-provider', 'list-functions', 'list-functions-by-code-signing-config',
  'list-layer-versions', 'list-layers', 'list-provisioned-concurrency-configs', 'list-tags',
  'list-versions-by-function', 'publish-layer-version', 'publish-version', 'put-function-code-signing-config',
  'put-function-concurrency', 'put-function-event-invoke-config', 'put-function-recursion-config',
  'put-function-scaling-config', 'put-provisioned-concurrency-config', 'put-runtime-management-config',
  'remove-layer-version-permission', 'remove-permission', 'send-durable-execution-callback-failure',
  'send-durable-execution-callback-heartbeat', 'send-durable-execution-callback-success', 'stop-durable-execution',
  'tag-resource', 'untag-resource', 'update-alias', 'update-capacity-provider', 'update-code-signing-config',
  'update-event-source-mapping', 'update-function-code', 'update-function-configuration',
  'update-function-event-invoke-config', 'update-function-url-config', 'wizard', 'wait',
];

export const lambdaModel: ServiceModel = {
  cliName: 'lambda',
  endpointPrefix: 'lambda',
  fullName: 'AWS Lambda',
  doc: 'Lambda runs your code on demand: you upload a function, and Lambda runs it in response to invocations and events, scaling out and in for you.',
  operations: {
    AddPermission, CreateAlias, CreateEventSourceMapping, CreateFunction, DeleteAlias, DeleteEventSourceMapping,
    DeleteFunction, DeleteFunctionConcurrency, GetEventSourceMapping, ListEventSourceMappings, UpdateEventSourceMapping,
    DeleteFunctionEventInvokeConfig, DeleteLayerVersion, GetAccountSettings, GetAlias, GetFunction,
    GetFunctionConcurrency, GetFunctionConfiguration, GetFunctionEventInvokeConfig, GetFunctionRecursionConfig,
    GetLayerVersion, GetLayerVersionByArn, GetPolicy, Invoke, ListAliases, ListFunctionEventInvokeConfigs,
    ListFunctions, ListLayerVersions, ListLayers, ListVersionsByFunction, PublishLayerVersion, PublishVersion,
    PutFunctionConcurrency, PutFunctionEventInvokeConfig, PutFunctionRecursionConfig, RemovePermission,
    UpdateAlias, UpdateFunctionCode, UpdateFunctionConfiguration, UpdateFunctionEventInvokeConfig,
  },
  commands: COMMANDS,
};
