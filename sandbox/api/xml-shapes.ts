/**
 * Shapes as XML elements (query-protocol responses, S3's bodies) and as query-string fields
 * (query-protocol requests), with botocore's rules for list members (`member`, or repeated elements
 * when flattened), map entries (`entry` / `key` / `value`) and location names.
 */
import { resolve, type ServiceSpec, type ShapeRef } from './model.ts';
import { readScalar, writeScalar } from './serde.ts';
import { element, escapeXml, type XmlNode } from './xml.ts';

/** The value as XML element(s) named `name` (a flattened list or map gives one element per item). */
export function writeXml(spec: ServiceSpec, ref: ShapeRef | undefined, value: unknown, name: string): string {
  if (value === undefined || value === null) return '';
  const shape = resolve(spec, ref);
  switch (shape.type) {
    case 'structure':
      return element(name, structureBody(spec, shape, value as Record<string, unknown>));
    case 'list': {
      if (!Array.isArray(value)) return '';
      const memberName = shape.member?.locationName ?? (shape.flattened ? name : 'member');
      const items = value.map((v) => writeXml(spec, shape.member, v, memberName)).join('');
      return shape.flattened ? items : element(name, items);
    }
    case 'map': {
      if (typeof value !== 'object') return '';
      const k = shape.key?.locationName ?? 'key';
      const v = shape.value?.locationName ?? 'value';
      const entries = Object.entries(value as Record<string, unknown>).map(([key, item]) =>
        `${element(k, escapeXml(key))}${writeXml(spec, shape.value, item, v)}`);
      return shape.flattened ? entries.map((e) => element(name, e)).join('') : element(name, entries.map((e) => element('entry', e)).join(''));
    }
    default: {
      const text = writeScalar(shape, value, 'iso8601');
      return text === undefined ? '' : element(name, escapeXml(text));
    }
  }
}

/** A structure's members as child elements (members bound to headers or the status code are not in the body). */
export function structureBody(spec: ServiceSpec, shape: ShapeRef, value: Record<string, unknown>): string {
  if (!value || typeof value !== 'object') return '';
  return Object.entries(shape.members ?? {})
    .filter(([, member]) => !member.location)
    .map(([memberName, member]) => writeXml(spec, member, value[memberName], member.locationName ?? memberName))
    .join('');
}

const asArray = (node: XmlNode | XmlNode[] | undefined): XmlNode[] => (node === undefined ? [] : Array.isArray(node) ? node : [node]);

/** An XML element's content read as the shape (S3 request bodies). */
export function readXmlNode(spec: ServiceSpec, ref: ShapeRef | undefined, node: XmlNode | XmlNode[] | undefined, path: string): unknown {
  if (node === undefined) return undefined;
  const shape = resolve(spec, ref);
  switch (shape.type) {
    case 'structure': {
      const one = asArray(node)[0];
      if (typeof one !== 'object') return {};
      const out: Record<string, unknown> = {};
      for (const [memberName, member] of Object.entries(shape.members ?? {})) {
        if (member.location) continue;
        const m = resolve(spec, member);
        const elementName = member.locationName ?? (m.type === 'list' && m.flattened ? m.member?.locationName : undefined) ?? memberName;
        const child = one[elementName];
        const v = m.type === 'list' && m.flattened ? readFlattened(spec, m, child, `${path}.${memberName}`) : readXmlNode(spec, member, child, `${path}.${memberName}`);
        if (v !== undefined) out[memberName] = v;
      }
      return out;
    }
    case 'list': {
      if (shape.flattened) return readFlattened(spec, shape, node, path);
      const one = asArray(node)[0];
      if (typeof one !== 'object') return [];
      const items = asArray(one[shape.member?.locationName ?? 'member']);
      return items.map((item, i) => readXmlNode(spec, shape.member, item, `${path}[${i}]`));
    }
    case 'map': {
      const one = asArray(node)[0];
      const entries = shape.flattened ? asArray(node) : typeof one === 'object' ? asArray(one.entry) : [];
      const out: Record<string, unknown> = {};
      for (const entry of entries) {
        if (typeof entry !== 'object') continue;
        const key = entry[shape.key?.locationName ?? 'key'];
        out[typeof key === 'string' ? key : ''] = readXmlNode(spec, shape.value, entry[shape.value?.locationName ?? 'value'], path);
      }
      return out;
    }
    default: {
      const one = asArray(node)[0];
      return readScalar(shape, typeof one === 'string' ? one : '', path);
    }
  }
}

function readFlattened(spec: ServiceSpec, shape: ShapeRef, node: XmlNode | XmlNode[] | undefined, path: string): unknown {
  if (node === undefined) return undefined;
  return asArray(node).map((item, i) => readXmlNode(spec, shape.member, item, `${path}[${i}]`));
}

/**
 * Query-protocol fields (`RoleName=…&Tags.member.1.Key=…&Attributes.entry.1.key=…`) read as the
 * input shape, as the services' query deserializers do.
 */
export function readQueryFields(spec: ServiceSpec, ref: ShapeRef | undefined, fields: Map<string, string>, prefix: string): unknown {
  const shape = resolve(spec, ref);
  switch (shape.type) {
    case 'structure': {
      const out: Record<string, unknown> = {};
      for (const [memberName, member] of Object.entries(shape.members ?? {})) {
        const key = prefix ? `${prefix}.${member.locationName ?? memberName}` : (member.locationName ?? memberName);
        const v = readQueryFields(spec, member, fields, key);
        if (v !== undefined) out[memberName] = v;
      }
      return prefix && Object.keys(out).length === 0 && ![...fields.keys()].some((k) => k.startsWith(`${prefix}.`)) ? undefined : out;
    }
    case 'list': {
      // botocore's query serializer: a flattened list's items take the member's name in place of the
      // list's own last segment (`AttributeNames` → `AttributeName.1`), when the member has one.
      const itemName = shape.member?.locationName;
      const base = shape.flattened ? (itemName ? [...prefix.split('.').slice(0, -1), itemName].join('.') : prefix) : `${prefix}.${itemName ?? 'member'}`;
      if (fields.get(prefix) === '') return [];
      const items: unknown[] = [];
      for (let i = 1; ; i++) {
        const key = `${base}.${i}`;
        if (!fields.has(key) && ![...fields.keys()].some((k) => k.startsWith(`${key}.`))) break;
        items.push(readQueryFields(spec, shape.member, fields, key));
      }
      return items.length || [...fields.keys()].some((k) => k.startsWith(`${prefix}.`)) ? items : undefined;
    }
    case 'map': {
      const base = shape.flattened ? prefix : `${prefix}.entry`;
      const out: Record<string, unknown> = {};
      let found = false;
      for (let i = 1; ; i++) {
        const key = fields.get(`${base}.${i}.${shape.key?.locationName ?? 'key'}`);
        if (key === undefined) break;
        found = true;
        out[key] = readQueryFields(spec, shape.value, fields, `${base}.${i}.${shape.value?.locationName ?? 'value'}`);
      }
      return found ? out : undefined;
    }
    default: {
      const text = fields.get(prefix);
      return text === undefined ? undefined : readScalar(shape, text, prefix);
    }
  }
}
