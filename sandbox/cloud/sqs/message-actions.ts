/** Message actions: send, receive, delete and change visibility, singly and in batches. */
import { fromBase64 } from '../bytes.ts';
import type { ServiceContext } from '../service.ts';
import { checkBatch, runBatch } from './batch.ts';
import { batchTooLong, invalidValue } from './errors.ts';
import { md5OfMessageAttributes, selectMessageAttributes } from './message-attributes.ts';
import { changeMessageVisibility, deleteMessage, parseVisibilityTimeout } from './receipt-ops.ts';
import { resolveQueue } from './queues.ts';
import { receiveMessages, selectSystemAttributes } from './receive.ts';
import { sendMessage, type SendInput } from './send.ts';
import type { MessageRecord } from './state.ts';

const BATCH_LIMIT_BYTES = 1048576;
const encoder = new TextEncoder();

const names = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** A received message in the API's shape (binary attribute values as bytes, as the SDK layer expects blobs). */
function apiMessage(m: MessageRecord, systemNames: string[], attributeNames: string[]): Record<string, unknown> {
  const attributes = selectSystemAttributes(m, systemNames);
  const selected = selectMessageAttributes(m.messageAttributes, attributeNames);
  return {
    MessageId: m.messageId,
    ReceiptHandle: m.receipt,
    MD5OfBody: m.md5OfBody,
    Body: m.body,
    ...(attributes ? { Attributes: attributes } : {}),
    ...(selected
      ? {
          MD5OfMessageAttributes: md5OfMessageAttributes(selected),
          MessageAttributes: Object.fromEntries(
            Object.entries(selected).map(([name, a]) => [
              name,
              a.BinaryValue !== undefined ? { BinaryValue: fromBase64(a.BinaryValue), DataType: a.DataType } : { StringValue: a.StringValue, DataType: a.DataType },
            ]),
          ),
        }
      : {}),
  };
}

export const messageActions = {
  SendMessage(ctx: ServiceContext, input: Record<string, unknown>) {
    const queue = resolveQueue(ctx, input.QueueUrl);
    return sendMessage(ctx.cloud, queue, input, ctx.identity.userId, ctx.traceHeader);
  },

  SendMessageBatch(ctx: ServiceContext, input: Record<string, unknown>) {
    const queue = resolveQueue(ctx, input.QueueUrl);
    const entries = checkBatch(input.Entries, 'SendMessageBatchRequestEntry');
    const total = entries.reduce((n, e) => n + (typeof e.MessageBody === 'string' ? encoder.encode(e.MessageBody).length : 0), 0);
    if (total > BATCH_LIMIT_BYTES) throw batchTooLong(BATCH_LIMIT_BYTES, total);
    return runBatch(entries, (entry) => {
      const sent = sendMessage(ctx.cloud, queue, entry as SendInput, ctx.identity.userId, ctx.traceHeader);
      return {
        MessageId: sent.MessageId,
        MD5OfMessageBody: sent.MD5OfMessageBody,
        ...(sent.MD5OfMessageAttributes ? { MD5OfMessageAttributes: sent.MD5OfMessageAttributes } : {}),
        ...(sent.MD5OfMessageSystemAttributes ? { MD5OfMessageSystemAttributes: sent.MD5OfMessageSystemAttributes } : {}),
        ...(sent.SequenceNumber ? { SequenceNumber: sent.SequenceNumber } : {}),
      };
    });
  },

  /** WaitTimeSeconds is validated but never waited on: the clock is virtual, a receive answers at once. */
  ReceiveMessage(ctx: ServiceContext, input: Record<string, unknown>) {
    const queue = resolveQueue(ctx, input.QueueUrl);
    const max = input.MaxNumberOfMessages === undefined || input.MaxNumberOfMessages === null ? 1 : Number(input.MaxNumberOfMessages);
    if (!Number.isInteger(max) || max < 1 || max > 10) {
      throw invalidValue(input.MaxNumberOfMessages, 'MaxNumberOfMessages', 'Must be between 1 and 10, if provided.');
    }
    if (input.WaitTimeSeconds !== undefined && input.WaitTimeSeconds !== null) {
      const wait = Number(input.WaitTimeSeconds);
      if (!Number.isInteger(wait) || wait < 0 || wait > 20) throw invalidValue(input.WaitTimeSeconds, 'WaitTimeSeconds', 'Must be >= 0 and <= 20, if provided.');
    }
    const visibility = input.VisibilityTimeout === undefined || input.VisibilityTimeout === null ? undefined : parseVisibilityTimeout(input.VisibilityTimeout);
    const picked = receiveMessages(ctx.cloud, queue, max, visibility);
    if (picked.length === 0) return {};
    const systemNames = [...names(input.MessageSystemAttributeNames), ...names(input.AttributeNames)];
    const attributeNames = names(input.MessageAttributeNames);
    return { Messages: picked.map((m) => apiMessage(m, systemNames, attributeNames)) };
  },

  DeleteMessage(ctx: ServiceContext, input: Record<string, unknown>) {
    const queue = resolveQueue(ctx, input.QueueUrl);
    deleteMessage(ctx.cloud, queue, input.ReceiptHandle);
    return {};
  },

  DeleteMessageBatch(ctx: ServiceContext, input: Record<string, unknown>) {
    const queue = resolveQueue(ctx, input.QueueUrl);
    const entries = checkBatch(input.Entries, 'DeleteMessageBatchRequestEntry');
    return runBatch(entries, (entry) => {
      deleteMessage(ctx.cloud, queue, entry.ReceiptHandle);
      return {};
    });
  },

  ChangeMessageVisibility(ctx: ServiceContext, input: Record<string, unknown>) {
    const queue = resolveQueue(ctx, input.QueueUrl);
    changeMessageVisibility(ctx.cloud, queue, input.ReceiptHandle, input.VisibilityTimeout);
    return {};
  },

  ChangeMessageVisibilityBatch(ctx: ServiceContext, input: Record<string, unknown>) {
    const queue = resolveQueue(ctx, input.QueueUrl);
    const entries = checkBatch(input.Entries, 'ChangeMessageVisibilityBatchRequestEntry');
    return runBatch(entries, (entry) => {
      changeMessageVisibility(ctx.cloud, queue, entry.ReceiptHandle, entry.VisibilityTimeout);
      return {};
    });
  },
};
