/**
 * The batch actions' shared rules: 1–10 entries with distinct ids of [A-Za-z0-9_-]{1,80}, each entry
 * succeeding or failing on its own (`Successful` / `Failed` with SenderFault, Code and Message).
 */
import { AwsError } from '../errors.ts';
import { batchIdsNotDistinct, emptyBatch, invalidBatchEntryId, tooManyEntries } from './errors.ts';

export interface BatchFailure {
  Id: string;
  SenderFault: boolean;
  Code: string;
  Message: string;
}

export function checkBatch(entries: unknown, entryShape: string): Array<Record<string, unknown> & { Id: string }> {
  const list = Array.isArray(entries) ? (entries as Array<Record<string, unknown>>) : [];
  if (list.length === 0) throw emptyBatch(entryShape);
  if (list.length > 10) throw tooManyEntries(list.length);
  const seen = new Set<string>();
  for (const entry of list) {
    const id = entry?.Id;
    if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,80}$/.test(id)) throw invalidBatchEntryId();
    if (seen.has(id)) throw batchIdsNotDistinct(id);
    seen.add(id);
  }
  return list as Array<Record<string, unknown> & { Id: string }>;
}

/** Runs each entry; an AWS error becomes the entry's failure, anything else is a bug and propagates. */
export function runBatch<E extends { Id: string }, R>(
  entries: E[],
  run: (entry: E) => R,
): { Successful: Array<R & { Id: string }>; Failed: BatchFailure[] } {
  const Successful: Array<R & { Id: string }> = [];
  const Failed: BatchFailure[] = [];
  for (const entry of entries) {
    try {
      Successful.push({ Id: entry.Id, ...run(entry) });
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      Failed.push({ Id: entry.Id, SenderFault: error.type === 'User', Code: error.code, Message: error.message });
    }
  }
  return { Successful, Failed };
}
