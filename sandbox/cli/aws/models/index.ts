/** The services `aws` knows, by command name. A new service is one model file plus one line here. */
import { lambdaModel } from './lambda.ts';
import { logsModel } from './logs.ts';
import { stsModel } from './sts.ts';
import type { ServiceModel } from './shapes.ts';

export const SERVICES: Readonly<Record<string, ServiceModel>> = {
  lambda: lambdaModel,
  logs: logsModel,
  sts: stsModel,
};

export type { ServiceModel };
