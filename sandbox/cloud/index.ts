export { Cloud, type CloudOptions, type CloudState } from './cloud.ts';
export { AwsError, isAwsError, type AwsErrorShape } from './errors.ts';
export type { ServiceRequest, ServiceCaller } from './api.ts';
export { LEARNER_ACCOUNT, PARTNER_ACCOUNT, DEFAULT_REGION } from './accounts.ts';
export { fixedTime, parseDuration } from './clock.ts';
