/**
 * ProjectionExpression (and UpdateItem's UPDATED_OLD / UPDATED_NEW): the item cut down to the given
 * document paths, nested maps and lists kept as such; list elements keep their order but close up.
 */
import { clone, typeOf, type AttributeValue, type Item } from '../values.ts';
import { pathText, type Path } from './ast.ts';
import { overlaps, resolvePath } from './paths.ts';

interface Node {
  whole?: AttributeValue;
  children: Map<string | number, Node>;
}

export function checkProjection(paths: Path[], fail: (detail: string) => never): void {
  for (let i = 0; i < paths.length; i++) {
    for (let j = i + 1; j < paths.length; j++) {
      if (overlaps(paths[i]!, paths[j]!)) {
        fail(`Two document paths overlap with each other; must remove or rewrite one of these paths; path one: ${pathText(paths[i]!)}, path two: ${pathText(paths[j]!)}`);
      }
    }
  }
}

function materialise(node: Node, source: AttributeValue): AttributeValue {
  if (node.whole) return clone(node.whole);
  if (typeOf(source) === 'M') {
    const out: Item = {};
    const map = (source as { M: Item }).M;
    for (const [key, child] of node.children) out[key as string] = materialise(child, map[key as string]!);
    return { M: out };
  }
  const list = (source as { L: AttributeValue[] }).L;
  const indexes = [...node.children.keys()].map(Number).sort((a, b) => a - b);
  return { L: indexes.map((i) => materialise(node.children.get(i)!, list[i]!)) };
}

export function project(item: Item, paths: Path[]): Item {
  const root: Node = { children: new Map() };
  for (const path of paths) {
    const value = resolvePath(item, path);
    if (value === undefined) continue;
    let node = root;
    for (const step of path) {
      const key = step.kind === 'name' ? step.name : step.index;
      if (!node.children.has(key)) node.children.set(key, { children: new Map() });
      node = node.children.get(key)!;
    }
    node.whole = value;
  }
  return (materialise(root, { M: item }) as { M: Item }).M;
}
