/** The parsed forms of condition, update, projection and key condition expressions. */
import type { AttributeValue } from '../values.ts';

/** One step of a document path: an attribute (name resolved from #placeholders) or a list index. */
export type PathElement = { kind: 'name'; name: string } | { kind: 'index'; index: number };
export type Path = PathElement[];

export type Operand =
  | { kind: 'path'; path: Path }
  | { kind: 'value'; value: AttributeValue; ref: string }
  | { kind: 'size'; path: Path }
  | { kind: 'if_not_exists'; path: Path; fallback: Operand }
  | { kind: 'list_append'; first: Operand; second: Operand }
  | { kind: 'arith'; op: '+' | '-'; left: Operand; right: Operand };

export type Comparator = '=' | '<>' | '<' | '<=' | '>' | '>=';

export type Condition =
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'not'; operand: Condition }
  | { kind: 'compare'; op: Comparator; left: Operand; right: Operand }
  | { kind: 'between'; operand: Operand; low: Operand; high: Operand }
  | { kind: 'in'; operand: Operand; list: Operand[] }
  | { kind: 'function'; name: 'attribute_exists' | 'attribute_not_exists' | 'attribute_type' | 'begins_with' | 'contains'; args: Operand[] };

export type UpdateAction =
  | { kind: 'SET'; path: Path; value: Operand }
  | { kind: 'REMOVE'; path: Path }
  | { kind: 'ADD'; path: Path; value: AttributeValue }
  | { kind: 'DELETE'; path: Path; value: AttributeValue };

/** How DynamoDB prints a path in messages: `[a, b, [0]]`. */
export const pathText = (path: Path) => `[${path.map((e) => (e.kind === 'name' ? e.name : `[${e.index}]`)).join(', ')}]`;
