/**
 * Applying an UpdateExpression. DynamoDB first checks the expression as a whole (no two paths may
 * overlap, no key attribute may change, ADD and DELETE take only numbers and sets), then evaluates
 * every SET value against the item as it was, then applies SET, REMOVE, ADD and DELETE.
 */
import { parametersInvalid, validation } from '../errors.ts';
import { addNumbers } from '../numbers.ts';
import { clone, equalValues, inner, LONG_TYPE_NAMES, typeOf, type AttributeValue, type Item } from '../values.ts';
import { pathText, type Operand, type Path, type UpdateAction } from './ast.ts';
import { overlaps, removePath, resolvePath, setPath } from './paths.ts';

const wrongType = () => validation('An operand in the update expression has an incorrect data type');
const missingAttribute = () => validation('The provided expression refers to an attribute that does not exist in the item');
const SETS = ['SS', 'NS', 'BS'];

/** The checks that need no item; `fail` prefixes "Invalid UpdateExpression: ". */
export function checkUpdate(actions: UpdateAction[], keyNames: string[], fail: (detail: string) => never): void {
  for (let i = 0; i < actions.length; i++) {
    for (let j = i + 1; j < actions.length; j++) {
      if (overlaps(actions[i]!.path, actions[j]!.path)) {
        fail(`Two document paths overlap with each other; must remove or rewrite one of these paths; path one: ${pathText(actions[i]!.path)}, path two: ${pathText(actions[j]!.path)}`);
      }
    }
  }
  for (const action of actions) {
    if (action.kind === 'ADD' && !['N', ...SETS].includes(typeOf(action.value))) {
      fail(`Incorrect operand type for operator or function; operator: ADD, operand type: ${LONG_TYPE_NAMES[typeOf(action.value)]}, typeSet: ALLOWED_FOR_ADD_OPERAND`);
    }
    if (action.kind === 'DELETE' && !SETS.includes(typeOf(action.value))) {
      fail(`Incorrect operand type for operator or function; operator: DELETE, operand type: ${LONG_TYPE_NAMES[typeOf(action.value)]}, typeSet: ALLOWED_FOR_DELETE_OPERAND`);
    }
    if (action.kind === 'SET') checkOperand(action.value, fail);
  }
  for (const action of actions) {
    const first = action.path[0]!;
    if (first.kind === 'name' && keyNames.includes(first.name)) {
      throw parametersInvalid(`Cannot update attribute ${first.name}. This attribute is part of the key`);
    }
  }
}

function checkOperand(operand: Operand, fail: (detail: string) => never): void {
  if (operand.kind === 'arith') {
    for (const side of [operand.left, operand.right]) {
      if (side.kind === 'value' && typeOf(side.value) !== 'N') fail(`Incorrect operand type for operator or function; operator or function: ${operand.op}, operand type: ${typeOf(side.value)}`);
      checkOperand(side, fail);
    }
  } else if (operand.kind === 'list_append') {
    for (const side of [operand.first, operand.second]) {
      if (side.kind === 'value' && typeOf(side.value) !== 'L') fail(`Incorrect operand type for operator or function; operator or function: list_append, operand type: ${typeOf(side.value)}`);
      checkOperand(side, fail);
    }
  } else if (operand.kind === 'if_not_exists') {
    checkOperand(operand.fallback, fail);
  }
}

function valueOf(item: Item, operand: Operand): AttributeValue {
  switch (operand.kind) {
    case 'value':
      return operand.value;
    case 'path': {
      const v = resolvePath(item, operand.path);
      if (v === undefined) throw missingAttribute();
      return v;
    }
    case 'if_not_exists':
      return resolvePath(item, operand.path) ?? valueOf(item, operand.fallback);
    case 'list_append': {
      const a = valueOf(item, operand.first);
      const b = valueOf(item, operand.second);
      if (typeOf(a) !== 'L' || typeOf(b) !== 'L') throw wrongType();
      return { L: [...inner(a), ...inner(b)] };
    }
    case 'arith': {
      const a = valueOf(item, operand.left);
      const b = valueOf(item, operand.right);
      if (typeOf(a) !== 'N' || typeOf(b) !== 'N') throw wrongType();
      return { N: addNumbers(inner(a), inner(b), operand.op === '-') };
    }
    default:
      throw wrongType();
  }
}

function addTo(item: Item, path: Path, value: AttributeValue): void {
  const existing = resolvePath(item, path);
  if (existing === undefined) return setPath(item, path, clone(value));
  const type = typeOf(existing);
  if (type !== typeOf(value)) throw wrongType();
  if (type === 'N') return setPath(item, path, { N: addNumbers(inner(existing), inner(value)) });
  const merged = [...(inner(existing) as string[])];
  for (const e of inner(value) as string[]) {
    if (!merged.some((m) => equalValues({ [type]: [m] } as AttributeValue, { [type]: [e] } as AttributeValue))) merged.push(e);
  }
  setPath(item, path, { [type]: merged } as AttributeValue);
}

function deleteFrom(item: Item, path: Path, value: AttributeValue): void {
  const existing = resolvePath(item, path);
  if (existing === undefined) return;
  const type = typeOf(existing);
  if (type !== typeOf(value)) throw wrongType();
  const remove = inner(value) as string[];
  const kept = (inner(existing) as string[]).filter(
    (e) => !remove.some((r) => equalValues({ [type]: [e] } as AttributeValue, { [type]: [r] } as AttributeValue)),
  );
  if (kept.length === 0) removePath(item, path);
  else setPath(item, path, { [type]: kept } as AttributeValue);
}

/** The item after the update (the input is not changed). */
export function applyUpdate(original: Item, actions: UpdateAction[]): Item {
  const values = actions.map((a) => (a.kind === 'SET' ? clone(valueOf(original, a.value)) : undefined));
  const item = clone(original);
  actions.forEach((a, i) => {
    if (a.kind === 'SET') setPath(item, a.path, values[i]!);
  });
  // List elements are removed from the highest index down, so every index means what it meant in the original.
  const removals = actions.filter((a) => a.kind === 'REMOVE');
  const lastIndex = (p: Path) => (p.at(-1)!.kind === 'index' ? (p.at(-1) as { index: number }).index : -1);
  removals.sort((a, b) => lastIndex(b.path) - lastIndex(a.path));
  for (const a of removals) removePath(item, a.path);
  for (const a of actions) {
    if (a.kind === 'ADD') addTo(item, a.path, a.value);
    if (a.kind === 'DELETE') deleteFrom(item, a.path, a.value);
  }
  return item;
}
