/**
 * AWS managed policies (`arn:aws:iam::aws:policy/…`) with their real documents, default versions and
 * dates, as IAM serves them. They are not in the cloud's state: AWS owns them and nobody can change
 * them. The set is what a Lambda course touches; `ListPolicies --scope AWS` lists these. Documents
 * are copied statement for statement from the AWS Managed Policy Reference.
 */
import type { PolicyDocument } from './policy.ts';

export interface AwsManagedPolicy {
  PolicyName: string;
  Path: string;
  DefaultVersionId: string;
  CreateDate: string;
  UpdateDate: string;
  Description: string;
  Document: PolicyDocument;
}

export const AWS_MANAGED_POLICIES: readonly AwsManagedPolicy[] = [
  {
    PolicyName: "AdministratorAccess",
    Path: "/",
    DefaultVersionId: "v1",
    CreateDate: "2015-02-06T18:39:46Z",
    UpdateDate: "2015-02-06T18:39:46Z",
    Description: "Provides full access to AWS services and resources.",
    Document: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]},
  },
  {
    PolicyName: "AmazonEventBridgeFullAccess",
    Path: "/",
    DefaultVersionId: "v7",
    CreateDate: "2019-07-11T14:08:55Z",
    UpdateDate: "2026-02-12T17:58:25Z",
    Description: "Provides full access to Amazon EventBridge.",
    Document: {"Version": "2012-10-17", "Statement": [{"Sid": "EventBridgeActions", "Effect": "Allow", "Action": ["events:*", "schemas:*", "scheduler:*", "pipes:*"], "Resource": "*"}, {"Sid": "IAMCreateServiceLinkedRoleForApiDestinations", "Effect": "Allow", "Action": "iam:CreateServiceLinkedRole", "Resource": "arn:aws:iam::*:role/aws-service-role/apidestinations.events.amazonaws.com/AWSServiceRoleForAmazonEventBridgeApiDestinations", "Condition": {"StringEquals": {"iam:AWSServiceName": "apidestinations.events.amazonaws.com"}}}, {"Sid": "IAMCreateServiceLinkedRoleForAmazonEventBridgeSchemas", "Effect": "Allow", "Action": "iam:CreateServiceLinkedRole", "Resource": "arn:aws:iam::*:role/aws-service-role/schemas.amazonaws.com/AWSServiceRoleForSchemas", "Condition": {"StringEquals": {"iam:AWSServiceName": "schemas.amazonaws.com"}}}, {"Sid": "SecretsManagerAccessForApiDestinations", "Effect": "Allow", "Action": ["secretsmanager:CreateSecret", "secretsmanager:UpdateSecret", "secretsmanager:DeleteSecret", "secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue"], "Resource": "arn:aws:secretsmanager:*:*:secret:events!*"}, {"Sid": "IAMPassRoleAccessForEventBridge", "Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::*:role/*", "Condition": {"StringLike": {"iam:PassedToService": "events.amazonaws.com"}}}, {"Sid": "IAMPassRoleAccessForScheduler", "Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::*:role/*", "Condition": {"StringLike": {"iam:PassedToService": "scheduler.amazonaws.com"}}}, {"Sid": "IAMPassRoleAccessForPipes", "Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::*:role/*", "Condition": {"StringLike": {"iam:PassedToService": "pipes.amazonaws.com"}}}]},
  },
  {
    PolicyName: "AmazonS3FullAccess",
    Path: "/",
    DefaultVersionId: "v2",
    CreateDate: "2015-02-06T18:40:58Z",
    UpdateDate: "2021-09-27T20:16:37Z",
    Description: "Provides full access to all buckets via the AWS Management Console.",
    Document: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:*", "s3-object-lambda:*"], "Resource": "*"}]},
  },
  {
    PolicyName: "AmazonS3ReadOnlyAccess",
    Path: "/",
    DefaultVersionId: "v3",
    CreateDate: "2015-02-06T18:40:59Z",
    UpdateDate: "2023-08-10T21:31:39Z",
    Description: "Provides read only access to all buckets via the AWS Management Console.",
    Document: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:Get*", "s3:List*", "s3:Describe*", "s3-object-lambda:Get*", "s3-object-lambda:List*"], "Resource": "*"}]},
  },
  {
    PolicyName: "AmazonSNSFullAccess",
    Path: "/",
    DefaultVersionId: "v2",
    CreateDate: "2015-02-06T18:41:05Z",
    UpdateDate: "2024-09-24T22:32:05Z",
    Description: "Provides full access to Amazon SNS via the AWS Management Console.",
    Document: {"Version": "2012-10-17", "Statement": [{"Sid": "SNSFullAccess", "Effect": "Allow", "Action": "sns:*", "Resource": "*"}, {"Sid": "SMSAccessViaSNS", "Effect": "Allow", "Action": ["sms-voice:DescribeVerifiedDestinationNumbers", "sms-voice:CreateVerifiedDestinationNumber", "sms-voice:SendDestinationNumberVerificationCode", "sms-voice:SendTextMessage", "sms-voice:DeleteVerifiedDestinationNumber", "sms-voice:VerifyDestinationNumber", "sms-voice:DescribeAccountAttributes", "sms-voice:DescribeSpendLimits", "sms-voice:DescribePhoneNumbers", "sms-voice:SetTextMessageSpendLimitOverride", "sms-voice:DescribeOptedOutNumbers", "sms-voice:DeleteOptedOutNumber"], "Resource": "*", "Condition": {"StringEquals": {"aws:CalledViaLast": "sns.amazonaws.com"}}}]},
  },
  {
    PolicyName: "AmazonSNSReadOnlyAccess",
    Path: "/",
    DefaultVersionId: "v2",
    CreateDate: "2015-02-06T18:41:06Z",
    UpdateDate: "2024-09-24T22:13:12Z",
    Description: "Provides read only access to Amazon SNS via the AWS Management Console.",
    Document: {"Version": "2012-10-17", "Statement": [{"Sid": "SNSReadOnlyAccess", "Effect": "Allow", "Action": ["sns:GetTopicAttributes", "sns:List*", "sns:CheckIfPhoneNumberIsOptedOut", "sns:GetEndpointAttributes", "sns:GetDataProtectionPolicy", "sns:GetPlatformApplicationAttributes", "sns:GetSMSAttributes", "sns:GetSMSSandboxAccountStatus", "sns:GetSubscriptionAttributes"], "Resource": "*"}, {"Sid": "SMSAccessViaSNS", "Effect": "Allow", "Action": ["sms-voice:DescribeVerifiedDestinationNumbers", "sms-voice:DescribeAccountAttributes", "sms-voice:DescribeSpendLimits", "sms-voice:DescribePhoneNumbers", "sms-voice:DescribeOptedOutNumbers"], "Resource": "*", "Condition": {"StringEquals": {"aws:CalledViaLast": "sns.amazonaws.com"}}}]},
  },
  {
    PolicyName: "AmazonSQSFullAccess",
    Path: "/",
    DefaultVersionId: "v1",
    CreateDate: "2015-02-06T18:41:07Z",
    UpdateDate: "2015-02-06T18:41:07Z",
    Description: "Provides full access to Amazon SQS via the AWS Management Console.",
    Document: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["sqs:*"], "Resource": "*"}]},
  },
  {
    PolicyName: "AmazonSQSReadOnlyAccess",
    Path: "/",
    DefaultVersionId: "v4",
    CreateDate: "2015-02-06T18:41:08Z",
    UpdateDate: "2024-05-24T18:16:44Z",
    Description: "Provides read only access to Amazon SQS via the AWS Management Console.",
    Document: {"Version": "2012-10-17", "Statement": [{"Sid": "AmazonSQSReadOnlyAccess", "Effect": "Allow", "Action": ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ListDeadLetterSourceQueues", "sqs:ListQueues", "sqs:ListMessageMoveTasks", "sqs:ListQueueTags"], "Resource": "*"}]},
  },
  {
    PolicyName: "AWSLambda_FullAccess",
    Path: "/",
    DefaultVersionId: "v7",
    CreateDate: "2020-11-17T21:14:08Z",
    UpdateDate: "2026-02-12T18:00:51Z",
    Description: "Grants full access to AWS Lambda service, AWS Lambda console features, and other related AWS services.",
    Document: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["cloudformation:DescribeStacks", "cloudformation:ListStackResources", "cloudwatch:ListMetrics", "cloudwatch:GetMetricData", "ec2:DescribeSecurityGroups", "ec2:DescribeSubnets", "ec2:DescribeVpcs", "kms:DescribeKey", "kms:ListAliases", "iam:GetPolicy", "iam:GetPolicyVersion", "iam:GetRole", "iam:GetRolePolicy", "iam:ListAttachedRolePolicies", "iam:ListRolePolicies", "iam:ListRoles", "lambda:*", "logs:DescribeLogGroups", "states:DescribeStateMachine", "states:ListStateMachines", "tag:GetResources", "xray:GetTraceSummaries", "xray:BatchGetTraces"], "Resource": "*"}, {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*", "Condition": {"StringEquals": {"iam:PassedToService": "lambda.amazonaws.com"}}}, {"Effect": "Allow", "Action": ["logs:DescribeLogStreams", "logs:GetLogEvents", "logs:FilterLogEvents", "logs:StartLiveTail", "logs:StopLiveTail"], "Resource": "arn:aws:logs:*:*:log-group:/aws/lambda/*"}, {"Effect": "Allow", "Action": "iam:CreateServiceLinkedRole", "Resource": "arn:aws:iam::*:role/aws-service-role/lambda.amazonaws.com/AWSServiceRoleForLambda", "Condition": {"StringEquals": {"iam:AWSServiceName": "lambda.amazonaws.com"}}}]},
  },
  {
    PolicyName: "AWSLambda_ReadOnlyAccess",
    Path: "/",
    DefaultVersionId: "v5",
    CreateDate: "2020-11-17T21:10:32Z",
    UpdateDate: "2026-02-12T18:02:55Z",
    Description: "Grants read-only access to AWS Lambda service, AWS Lambda console features, and other related AWS services.",
    Document: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["cloudformation:DescribeStacks", "cloudformation:ListStacks", "cloudformation:ListStackResources", "cloudwatch:GetMetricData", "cloudwatch:ListMetrics", "ec2:DescribeSecurityGroups", "ec2:DescribeSubnets", "ec2:DescribeVpcs", "kms:ListAliases", "iam:GetPolicy", "iam:GetPolicyVersion", "iam:GetRole", "iam:GetRolePolicy", "iam:ListAttachedRolePolicies", "iam:ListRolePolicies", "iam:ListRoles", "logs:DescribeLogGroups", "lambda:Get*", "lambda:List*", "states:DescribeStateMachine", "states:ListStateMachines", "tag:GetResources", "xray:GetTraceSummaries", "xray:BatchGetTraces"], "Resource": "*"}, {"Effect": "Allow", "Action": ["logs:DescribeLogStreams", "logs:GetLogEvents", "logs:FilterLogEvents", "logs:StartQuery", "logs:StopQuery", "logs:DescribeQueries", "logs:GetLogGroupFields", "logs:GetLogRecord", "logs:GetQueryResults", "logs:StartLiveTail", "logs:StopLiveTail"], "Resource": "arn:aws:logs:*:*:log-group:/aws/lambda/*"}]},
  },
  {
    PolicyName: "AWSLambdaBasicExecutionRole",
    Path: "/service-role/",
    DefaultVersionId: "v1",
    CreateDate: "2015-04-09T15:03:43Z",
    UpdateDate: "2015-04-09T15:03:43Z",
    Description: "Provides write permissions to CloudWatch Logs.",
    Document: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "*"}]},
  },
  {
    PolicyName: "AWSLambdaDynamoDBExecutionRole",
    Path: "/service-role/",
    DefaultVersionId: "v1",
    CreateDate: "2015-04-09T15:09:29Z",
    UpdateDate: "2015-04-09T15:09:29Z",
    Description: "Provides list and read access to DynamoDB streams and write permissions to CloudWatch logs.",
    Document: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams", "logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "*"}]},
  },
  {
    PolicyName: "AWSLambdaExecute",
    Path: "/",
    DefaultVersionId: "v1",
    CreateDate: "2015-02-06T18:40:46Z",
    UpdateDate: "2015-02-06T18:40:46Z",
    Description: "Provides Put, Get access to S3 and full access to CloudWatch Logs.",
    Document: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["logs:*"], "Resource": "arn:aws:logs:*:*:*"}, {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::*"}]},
  },
  {
    PolicyName: "AWSLambdaKinesisExecutionRole",
    Path: "/service-role/",
    DefaultVersionId: "v2",
    CreateDate: "2015-04-09T15:14:16Z",
    UpdateDate: "2018-11-19T20:09:24Z",
    Description: "Provides list and read access to Kinesis streams and write permissions to CloudWatch logs.",
    Document: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:ListShards", "kinesis:ListStreams", "kinesis:SubscribeToShard", "logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "*"}]},
  },
  {
    PolicyName: "AWSLambdaRole",
    Path: "/service-role/",
    DefaultVersionId: "v1",
    CreateDate: "2015-02-06T18:41:28Z",
    UpdateDate: "2015-02-06T18:41:28Z",
    Description: "Default policy for AWS Lambda service role.",
    Document: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["lambda:InvokeFunction"], "Resource": ["*"]}]},
  },
  {
    PolicyName: "AWSLambdaSQSQueueExecutionRole",
    Path: "/service-role/",
    DefaultVersionId: "v1",
    CreateDate: "2018-06-14T21:50:45Z",
    UpdateDate: "2018-06-14T21:50:45Z",
    Description: "Provides receive message, delete message, and read attribute access to SQS queues, and write permissions to CloudWatch logs.",
    Document: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "*"}]},
  },
  {
    PolicyName: "AWSLambdaVPCAccessExecutionRole",
    Path: "/service-role/",
    DefaultVersionId: "v3",
    CreateDate: "2016-02-11T23:15:26Z",
    UpdateDate: "2024-01-05T22:38:26Z",
    Description: "Provides minimum permissions for a Lambda function to execute while accessing a resource within a VPC - create, describe, delete network interfaces and write permissions to CloudWatch Logs.",
    Document: {"Version": "2012-10-17", "Statement": [{"Sid": "AWSLambdaVPCAccessExecutionPermissions", "Effect": "Allow", "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents", "ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DescribeSubnets", "ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses"], "Resource": "*"}]},
  },
  {
    PolicyName: "AWSXRayDaemonWriteAccess",
    Path: "/",
    DefaultVersionId: "v2",
    CreateDate: "2018-08-28T23:00:33Z",
    UpdateDate: "2024-02-13T21:58:30Z",
    Description: "Allow the AWS X-Ray Daemon to relay raw trace segments data to the service's API and retrieve sampling data (rules, targets, etc.) to be used by the X-Ray SDK.",
    Document: {"Version": "2012-10-17", "Statement": [{"Sid": "AWSXRayDaemonWriteAccess", "Effect": "Allow", "Action": ["xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets", "xray:GetSamplingStatisticSummaries"], "Resource": ["*"]}]},
  },
  {
    PolicyName: "CloudWatchLogsFullAccess",
    Path: "/",
    DefaultVersionId: "v8",
    CreateDate: "2015-02-06T18:40:02Z",
    UpdateDate: "2026-02-12T18:00:33Z",
    Description: "Provides full access to CloudWatch Logs",
    Document: {"Version": "2012-10-17", "Statement": [{"Sid": "CloudWatchLogsFullAccess", "Effect": "Allow", "Action": ["logs:*", "cloudwatch:GenerateQuery", "cloudwatch:GenerateQueryResultsSummary", "observabilityadmin:GetS3TableIntegration", "observabilityadmin:ListS3TableIntegrations", "observabilityadmin:ListTelemetryPipelines"], "Resource": "*"}]},
  },
  {
    PolicyName: "CloudWatchLogsReadOnlyAccess",
    Path: "/",
    DefaultVersionId: "v12",
    CreateDate: "2015-02-06T18:40:03Z",
    UpdateDate: "2026-02-12T17:59:13Z",
    Description: "Provides read only access to CloudWatch Logs",
    Document: {"Version": "2012-10-17", "Statement": [{"Sid": "CloudWatchLogsReadOnlyAccess", "Effect": "Allow", "Action": ["logs:Describe*", "logs:Get*", "logs:List*", "logs:StartQuery", "logs:StopQuery", "logs:TestMetricFilter", "logs:FilterLogEvents", "logs:StartLiveTail", "logs:StopLiveTail", "cloudwatch:GenerateQuery", "cloudwatch:GenerateQueryResultsSummary", "observabilityadmin:ListS3TableIntegrations", "observabilityadmin:GetS3TableIntegration", "observabilityadmin:ListTelemetryPipelines"], "Resource": "*"}]},
  },
  {
    PolicyName: "IAMFullAccess",
    Path: "/",
    DefaultVersionId: "v2",
    CreateDate: "2015-02-06T18:40:38Z",
    UpdateDate: "2019-06-21T19:40:00Z",
    Description: "Provides full access to IAM via the AWS Management Console.",
    Document: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:*", "organizations:DescribeAccount", "organizations:DescribeOrganization", "organizations:DescribeOrganizationalUnit", "organizations:DescribePolicy", "organizations:ListChildren", "organizations:ListParents", "organizations:ListPoliciesForTarget", "organizations:ListRoots", "organizations:ListPolicies", "organizations:ListTargetsForPolicy"], "Resource": "*"}]},
  },
  {
    PolicyName: "IAMReadOnlyAccess",
    Path: "/",
    DefaultVersionId: "v4",
    CreateDate: "2015-02-06T18:40:39Z",
    UpdateDate: "2018-01-25T19:11:27Z",
    Description: "Provides read only access to IAM via the AWS Management Console.",
    Document: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:GenerateCredentialReport", "iam:GenerateServiceLastAccessedDetails", "iam:Get*", "iam:List*", "iam:SimulateCustomPolicy", "iam:SimulatePrincipalPolicy"], "Resource": "*"}]},
  },
  {
    PolicyName: "PowerUserAccess",
    Path: "/",
    DefaultVersionId: "v12",
    CreateDate: "2015-02-06T18:39:47Z",
    UpdateDate: "2026-02-12T17:59:14Z",
    Description: "Provides full access to AWS services and resources, but does not allow management of Users and groups.",
    Document: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotAction": ["iam:*", "organizations:*", "account:*"], "Resource": "*"}, {"Effect": "Allow", "Action": ["account:GetAccountInformation", "account:GetGovCloudAccountInformation", "account:GetPrimaryEmail", "account:ListRegions", "iam:CreateServiceLinkedRole", "iam:DeleteServiceLinkedRole", "iam:ListRoles", "organizations:DescribeEffectivePolicy", "organizations:DescribeOrganization"], "Resource": "*"}]},
  },
];

export const awsManagedPolicyArn = (p: AwsManagedPolicy) => `arn:aws:iam::aws:policy${p.Path}${p.PolicyName}`;

const BY_ARN = new Map(AWS_MANAGED_POLICIES.map((p) => [awsManagedPolicyArn(p), p]));

export function findAwsManagedPolicy(arn: string): AwsManagedPolicy | undefined {
  return BY_ARN.get(arn);
}

export const ADMINISTRATOR_ACCESS_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';
export const BASIC_EXECUTION_POLICY_ARN = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
