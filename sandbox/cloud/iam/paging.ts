/**
 * IAM's list paging: `MaxItems` (default 100) and an opaque `Marker`; a page says `IsTruncated`
 * and carries a `Marker` only when more items follow, which is what makes the CLI fetch the next.
 */
import { checkMembers, MARKER, MAX_ITEMS } from './input.ts';
import { validationError } from './errors.ts';

const markerOf = (index: number) => `AQ${index.toString(16).toUpperCase().padStart(10, '0')}`;

function indexOf(marker: unknown): number {
  if (marker === undefined || marker === null) return 0;
  const m = /^AQ([0-9A-F]{10})$/.exec(String(marker));
  if (!m) throw validationError('Invalid Marker.');
  return parseInt(m[1]!, 16);
}

export function page<T>(items: T[], input: Record<string, unknown>, key: string): Record<string, unknown> {
  checkMembers(input, [MARKER, MAX_ITEMS]);
  const start = indexOf(input.Marker);
  const max = typeof input.MaxItems === 'number' ? input.MaxItems : 100;
  const slice = items.slice(start, start + max);
  const truncated = start + max < items.length;
  return { [key]: slice, IsTruncated: truncated, ...(truncated ? { Marker: markerOf(start + max) } : {}) };
}

/** IAM lists names in alphabetical order, without regard to case. */
export function byName(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
