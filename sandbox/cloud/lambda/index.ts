/** The Lambda service: its actions by API name. */
import type { ServiceActions } from '../service.ts';
import { aliasActions } from './aliases.ts';
import { asyncActions } from './async.ts';
import { concurrencyActions } from './concurrency.ts';
import { functionActions } from './functions.ts';
import { invokeActions } from './invoke.ts';
import { eventSourceMappingActions } from './event-source-mappings.ts';
import { layerActions } from './layers.ts';
import { policyActions } from './policy.ts';
import { updateActions } from './update.ts';
import { versionActions } from './versions.ts';

export const lambdaActions: ServiceActions = {
  ...functionActions,
  ...updateActions,
  ...versionActions,
  ...aliasActions,
  ...layerActions,
  ...concurrencyActions,
  ...asyncActions,
  ...policyActions,
  ...eventSourceMappingActions,
  ...invokeActions,
};
export { initialLambdaState, type LambdaState, type FunctionRecord } from './state.ts';
