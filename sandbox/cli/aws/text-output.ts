/**
 * `--output text` (awscli/text.py): tab-separated scalars; nested lists of objects become rows
 * prefixed with the upper-cased key; a bare list prints on one line. This is what makes
 * `$(aws … --query X --output text)` work in scripts.
 */
import { pyNumber } from './pyrepr.ts';

function scalarText(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return pyNumber(value);
  return String(value);
}

function isContainer(value: unknown): boolean {
  return Array.isArray(value) || (typeof value === 'object' && value !== null);
}

function allScalarKeys(items: Record<string, unknown>[]): string[] {
  const keys = new Set<string>();
  for (const item of items) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) continue;
    for (const [key, value] of Object.entries(item)) if (!isContainer(value)) keys.add(key);
  }
  return [...keys].sort();
}

function formatText(item: unknown, out: string[], identifier?: string, scalarKeys?: string[]): void {
  if (Array.isArray(item)) return formatList(item, out, identifier);
  if (typeof item === 'object' && item !== null) return formatDict(item as Record<string, unknown>, out, identifier, scalarKeys);
  out.push(scalarText(item) + '\n');
}

function formatList(item: unknown[], out: string[], identifier?: string): void {
  if (item.length === 0) return;
  if (item.some((el) => typeof el === 'object' && el !== null && !Array.isArray(el))) {
    const keys = allScalarKeys(item as Record<string, unknown>[]);
    for (const element of item) formatText(element, out, identifier, keys);
  } else if (item.some(Array.isArray)) {
    const scalars = item.filter((el) => !isContainer(el));
    const others = item.filter(isContainer);
    if (scalars.length > 0) formatScalarList(scalars, out, identifier);
    for (const other of others) formatText(other, out, identifier);
  } else {
    formatScalarList(item, out, identifier);
  }
}

function formatScalarList(elements: unknown[], out: string[], identifier?: string): void {
  if (identifier !== undefined) {
    for (const element of elements) out.push(`${identifier.toUpperCase()}\t${scalarText(element)}\n`);
  } else {
    out.push(elements.map(scalarText).join('\t') + '\n');
  }
}

function formatDict(item: Record<string, unknown>, out: string[], identifier?: string, scalarKeys?: string[]): void {
  const scalars: string[] = [];
  const nonScalars: Array<[string, unknown]> = [];
  if (scalarKeys === undefined) {
    for (const key of Object.keys(item).sort()) {
      if (isContainer(item[key])) nonScalars.push([key, item[key]]);
      else scalars.push(scalarText(item[key]));
    }
  } else {
    for (const key of scalarKeys) scalars.push(key in item ? scalarText(item[key]) : '');
    for (const key of Object.keys(item).filter((k) => !scalarKeys.includes(k)).sort()) nonScalars.push([key, item[key]]);
  }
  if (scalars.length > 0) {
    if (identifier !== undefined) scalars.unshift(identifier.toUpperCase());
    out.push(scalars.join('\t') + '\n');
  }
  for (const [key, value] of nonScalars) formatText(value, out, key);
}

export function toText(value: unknown): string {
  const out: string[] = [];
  formatText(value, out);
  return out.join('');
}
