/** Reading API inputs: optional strings, booleans and string maps, as botocore would have sent them. */
export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : value === undefined || value === null ? undefined : String(value));

export const bool = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : value === undefined ? fallback : String(value) === 'true');

export function stringMap(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
}

/** `{Items, NextToken}` pages over a list, with the token an offset (MaxResults is a string in v2). */
export function pageOf<T>(items: T[], maxResults: unknown, nextToken: unknown): { page: T[]; next?: string } {
  const start = nextToken === undefined ? 0 : Math.max(0, Number.parseInt(String(nextToken), 10) || 0);
  const size = maxResults === undefined ? items.length : Math.max(1, Number.parseInt(String(maxResults), 10) || items.length);
  const page = items.slice(start, start + size);
  return { page, ...(start + size < items.length ? { next: String(start + size) } : {}) };
}
