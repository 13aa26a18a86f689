/**
 * ReturnConsumedCapacity: the capacity units a request used, by DynamoDB's rules — a write unit per
 * 1 KB written, a read unit per 4 KB read (half for an eventually consistent read).
 */
import { validationError } from './errors.ts';
import type { TableRecord } from './state.ts';

export type CapacityMode = 'NONE' | 'TOTAL' | 'INDEXES';

export function capacityMode(value: unknown): CapacityMode {
  if (value === undefined || value === null) return 'NONE';
  if (value !== 'NONE' && value !== 'TOTAL' && value !== 'INDEXES') {
    throw validationError([{ value, member: 'returnConsumedCapacity', constraint: 'Member must satisfy enum value set: [INDEXES, TOTAL, NONE]' }]);
  }
  return value;
}

export const writeUnits = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));
export const readUnits = (bytes: number, consistent: boolean) => Math.max(1, Math.ceil(bytes / 4096)) * (consistent ? 1 : 0.5);

export function consumed(mode: CapacityMode, table: TableRecord, units: number, kind: 'read' | 'write') {
  if (mode === 'NONE') return {};
  const split = kind === 'read' ? { ReadCapacityUnits: units } : { WriteCapacityUnits: units };
  return {
    ConsumedCapacity: {
      TableName: table.name,
      CapacityUnits: units,
      ...split,
      ...(mode === 'INDEXES' ? { Table: { CapacityUnits: units, ...split } } : {}),
    },
  };
}
