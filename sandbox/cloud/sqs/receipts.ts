/**
 * Receipt handles. SQS's are long opaque base64 strings beginning `AQEB`, new at every receive. Ours
 * carry the queue ARN and message id, masked with bytes from the id source so they look as opaque as
 * AWS's; decoding them is how a handle from another queue, or one never issued, is told apart from a
 * stale one (which SQS accepts on standard queues).
 */
import { fromBase64, fromUtf8, toBase64, utf8 } from '../bytes.ts';
import type { IdSource } from '../ids.ts';

const PREFIX = 'AQEB';
const MASK_BYTES = 16;

export interface ReceiptContent {
  queueArn: string;
  messageId: string;
  /** The queue's receipt counter at issue: distinguishes successive receipts of one message. */
  serial: number;
}

export function encodeReceipt(ids: IdSource, content: ReceiptContent): string {
  const mask = new Uint8Array(MASK_BYTES);
  for (let i = 0; i < MASK_BYTES; i += 4) new DataView(mask.buffer).setUint32(i, ids.next());
  const payload = utf8(`${content.queueArn} ${content.messageId} ${content.serial} ${ids.hex(24)}`);
  const out = new Uint8Array(MASK_BYTES + payload.length);
  out.set(mask);
  for (let i = 0; i < payload.length; i++) out[MASK_BYTES + i] = payload[i]! ^ mask[i % MASK_BYTES]!;
  return PREFIX + toBase64(out);
}

export function decodeReceipt(handle: string): ReceiptContent | null {
  if (typeof handle !== 'string' || !handle.startsWith(PREFIX)) return null;
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(handle.slice(PREFIX.length));
  } catch {
    return null;
  }
  if (bytes.length <= MASK_BYTES) return null;
  const payload = new Uint8Array(bytes.length - MASK_BYTES);
  for (let i = 0; i < payload.length; i++) payload[i] = bytes[MASK_BYTES + i]! ^ bytes[i % MASK_BYTES]!;
  const parts = fromUtf8(payload).split(' ');
  if (parts.length !== 4 || !parts[0]!.startsWith('arn:aws:sqs:') || !/^\d+$/.test(parts[2]!)) return null;
  return { queueArn: parts[0]!, messageId: parts[1]!, serial: Number(parts[2]) };
}
