/**
 * Shard iterators. Kinesis's are opaque base64 strings that expire five minutes after they are
 * issued; here one carries the stream, the shard, the position ("after this sequence number") and
 * the time it was issued, so GetRecords needs no server-side iterator table.
 */
import { fromBase64, fromUtf8, toBase64, utf8 } from '../bytes.ts';
import { invalidArgument } from './errors.ts';

export const ITERATOR_LIFETIME_MS = 300_000;

export interface IteratorPosition {
  streamArn: string;
  shardId: string;
  /** Records with a greater sequence number come next. */
  after: string;
  /** Epoch ms the iterator was issued. */
  issuedAt: number;
}

/** AWS's iterators start with a run of `A`s (leading zero bytes); these do too, then the position. */
export function encodeIterator(p: IteratorPosition): string {
  return `AAAAAAAAAAE${toBase64(utf8(JSON.stringify([p.streamArn, p.shardId, p.after, p.issuedAt])))}`;
}

export function decodeIterator(text: unknown): IteratorPosition {
  if (typeof text !== 'string' || !text.startsWith('AAAAAAAAAAE')) throw invalidArgument('Invalid ShardIterator.');
  try {
    const [streamArn, shardId, after, issuedAt] = JSON.parse(fromUtf8(fromBase64(text.slice(11)))) as [string, string, string, number];
    if (typeof streamArn === 'string' && typeof shardId === 'string' && /^\d+$/.test(after) && typeof issuedAt === 'number') {
      return { streamArn, shardId, after, issuedAt };
    }
  } catch {
    // fall through to AWS's answer for an iterator it did not issue
  }
  throw invalidArgument('Invalid ShardIterator.');
}
