/** The Lambda service: its actions by API name. */
import type { ServiceActions } from '../service.ts';
import { functionActions } from './functions.ts';
import { invokeActions } from './invoke.ts';

export const lambdaActions: ServiceActions = { ...functionActions, ...invokeActions };
export { initialLambdaState, type LambdaState, type FunctionRecord } from './functions.ts';
