/**
 * Sequence numbers, 56 digits as Kinesis's are, increasing within a shard:
 *
 *   49 | shard-creation epoch seconds (11) | shard index (5) | arrival epoch ms (15) | ordinal (23)
 *
 * The shard index is inside so that a sequence number used on the wrong shard is caught as AWS
 * catches it ("It encodes shardId-…"). All numbers have the same length, so string order is numeric
 * order for the ones the cloud issued; user input is compared as BigInt.
 */
import type { ShardRecord } from './state.ts';

const pad = (n: number | bigint, width: number) => String(n).padStart(width, '0');

function prefix(shard: ShardRecord): string {
  return `49${pad(Math.floor(shard.createdAt / 1000), 11)}${pad(shard.index, 5)}`;
}

export function startingSequenceNumber(shard: Pick<ShardRecord, 'createdAt' | 'index'>): string {
  return `${prefix(shard as ShardRecord)}${pad(shard.createdAt, 15)}${pad(0, 23)}`;
}

/** The next sequence number of `shard` for a record arriving at `arrival` (advances the shard's counter). */
export function nextSequenceNumber(shard: ShardRecord, arrival: number): string {
  shard.counter += 1;
  return `${prefix(shard)}${pad(arrival, 15)}${pad(shard.counter, 23)}`;
}

/** The shard index a well-formed sequence number encodes, or null when it is not one of ours. */
export function shardIndexOf(sequenceNumber: string): number | null {
  if (!/^49\d{54}$/.test(sequenceNumber)) return null;
  return Number(sequenceNumber.slice(13, 18));
}

export const compareSequence = (a: string, b: string): number => {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** The number just before `s` (AT_SEQUENCE_NUMBER reads from "after s − 1"). */
export const previousSequence = (s: string): string => (BigInt(s) - 1n).toString();
