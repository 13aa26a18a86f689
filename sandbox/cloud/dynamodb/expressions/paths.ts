/** Document paths over an item: read a value, set one (creating the last step), remove one. */
import { validation } from '../errors.ts';
import { typeOf, type AttributeValue, type Item } from '../values.ts';
import type { Path } from './ast.ts';

export function resolvePath(item: Item, path: Path): AttributeValue | undefined {
  let current: AttributeValue | undefined = { M: item };
  for (const step of path) {
    if (!current) return undefined;
    if (step.kind === 'name') {
      current = typeOf(current) === 'M' ? (current as { M: Item }).M[step.name] : undefined;
    } else {
      current = typeOf(current) === 'L' ? (current as { L: AttributeValue[] }).L[step.index] : undefined;
    }
  }
  return current;
}

const invalidForUpdate = () => validation('The document path provided in the update expression is invalid for update');

/** The container the last step of `path` lives in; it must exist and be of the right kind. */
function parentOf(item: Item, path: Path): AttributeValue {
  const parent = path.length === 1 ? { M: item } : resolvePath(item, path.slice(0, -1));
  const last = path.at(-1)!;
  if (!parent || typeOf(parent) !== (last.kind === 'name' ? 'M' : 'L')) throw invalidForUpdate();
  return parent;
}

/** SET: creates or replaces; an index past the end of a list appends, as DynamoDB does. */
export function setPath(item: Item, path: Path, value: AttributeValue): void {
  const parent = parentOf(item, path);
  const last = path.at(-1)!;
  if (last.kind === 'name') (parent as { M: Item }).M[last.name] = value;
  else {
    const list = (parent as { L: AttributeValue[] }).L;
    if (last.index < list.length) list[last.index] = value;
    else list.push(value);
  }
}

/** REMOVE: a missing attribute or index is not an error; list elements after it shift down. */
export function removePath(item: Item, path: Path): void {
  const parent = path.length === 1 ? { M: item } : resolvePath(item, path.slice(0, -1));
  const last = path.at(-1)!;
  if (!parent) return;
  if (last.kind === 'name') {
    if (typeOf(parent) !== 'M') throw invalidForUpdate();
    delete (parent as { M: Item }).M[last.name];
  } else {
    if (typeOf(parent) !== 'L') throw invalidForUpdate();
    const list = (parent as { L: AttributeValue[] }).L;
    if (last.index < list.length) list.splice(last.index, 1);
  }
}

/** Whether one path is a prefix of the other (DynamoDB's "overlap"). */
export function overlaps(a: Path, b: Path): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.kind !== y.kind) return false;
    if (x.kind === 'name' ? x.name !== (y as { name: string }).name : x.index !== (y as { index: number }).index) return false;
  }
  return true;
}
