/** The services `aws` knows, by command name. A new service is one model file plus one line here. */
import { apigatewayModel } from './apigateway.ts';
import { apigatewayv2Model } from './apigatewayv2.ts';
import { dynamodbModel } from './dynamodb.ts';
import { eventsModel } from './events.ts';
import { dynamodbstreamsModel } from './dynamodbstreams.ts';
import { iamModel } from './iam.ts';
import { kinesisModel } from './kinesis.ts';
import { lambdaModel } from './lambda.ts';
import { logsModel } from './logs.ts';
import { s3apiModel } from './s3api.ts';
import { s3Model } from '../customizations/s3/model.ts';
import { snsModel } from './sns.ts';
import { sqsModel } from './sqs.ts';
import { stsModel } from './sts.ts';
import type { ServiceModel } from './shapes.ts';

/** In the CLI's order (alphabetical), which `aws help` and the invalid-choice message follow. */
export const SERVICES: Readonly<Record<string, ServiceModel>> = {
  apigateway: apigatewayModel,
  apigatewayv2: apigatewayv2Model,
  dynamodb: dynamodbModel,
  dynamodbstreams: dynamodbstreamsModel,
  events: eventsModel,
  iam: iamModel,
  kinesis: kinesisModel,
  lambda: lambdaModel,
  logs: logsModel,
  s3: s3Model,
  s3api: s3apiModel,
  sns: snsModel,
  sqs: sqsModel,
  sts: stsModel,
};

export type { ServiceModel };
