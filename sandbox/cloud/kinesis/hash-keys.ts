/**
 * How Kinesis maps a record to a shard: the MD5 digest of the partition key, read as a 128-bit
 * unsigned integer (or an ExplicitHashKey), falls into exactly one shard's hash key range. A new
 * stream splits [0, 2^128 − 1] into ShardCount equal ranges, as CreateStream does.
 */
import { md5Hex } from '../sqs/md5.ts';

export const MAX_HASH_KEY = (1n << 128n) - 1n;

/** The hash key of a partition key: MD5 of its UTF-8 bytes, big-endian. */
export function hashKeyOf(partitionKey: string): bigint {
  return BigInt(`0x${md5Hex(partitionKey)}`);
}

/** Shard i of n: [floor(i·2^128/n), floor((i+1)·2^128/n) − 1] — the ranges AWS gives a new stream. */
export function shardRanges(count: number): Array<{ start: bigint; end: bigint }> {
  const space = 1n << 128n;
  const n = BigInt(count);
  return Array.from({ length: count }, (_, i) => ({
    start: (BigInt(i) * space) / n,
    end: (BigInt(i + 1) * space) / n - 1n,
  }));
}

/** A decimal hash key as the API takes it (pattern 0|([1-9]\d{0,38})), or null when malformed. */
export function parseHashKey(text: string): bigint | null {
  return /^(0|[1-9]\d{0,38})$/.test(text) ? BigInt(text) : null;
}
