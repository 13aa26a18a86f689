/**
 * ReportBatchItemFailures, read the way Lambda reads it, for queues and streams alike: an empty or
 * absent `batchItemFailures` means the whole batch succeeded; a list names the failed items; anything
 * else — not JSON, not a list, an identifier missing or not in the batch — fails the whole batch.
 */
export function reportedFailures(payload: string, batchIds: readonly string[]): string[] | 'invalid' {
  let failures: unknown;
  try {
    failures = (JSON.parse(payload) as { batchItemFailures?: unknown } | null)?.batchItemFailures;
  } catch {
    return 'invalid';
  }
  if (failures === undefined || failures === null) return [];
  if (!Array.isArray(failures)) return 'invalid';
  const ids = failures.map((f) => (f as { itemIdentifier?: unknown })?.itemIdentifier);
  if (ids.some((id) => typeof id !== 'string' || !batchIds.includes(id))) return 'invalid';
  return ids as string[];
}
