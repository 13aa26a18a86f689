/** Amazon SQS: standard and FIFO queues, its actions by API name, and what other services use. */
import type { ServiceActions } from '../service.ts';
import { messageActions } from './message-actions.ts';
import { queueActions } from './queues.ts';

export const sqsActions: ServiceActions = { ...queueActions, ...messageActions } as unknown as ServiceActions;

export { initialSqsState, type SqsState, type QueueRecord, type MessageRecord, type StoredMessageAttribute } from './state.ts';
export { SQS_ERROR_SHAPES } from './errors.ts';
export { findQueueByArn, parseQueueArn, parseQueueUrl, queueArn, queueUrl } from './names.ts';
export {
  sendToQueue,
  receive,
  deleteByReceipt,
  changeVisibilityByReceipt,
  queueNextChangeAt,
  type ReceivedMessage,
  type InternalMessageAttribute,
  type FifoSendOptions,
} from './internal.ts';
export { md5Hex } from './md5.ts';
export { md5OfMessageAttributes } from './message-attributes.ts';
