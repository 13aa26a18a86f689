/**
 * XML for the query and REST-XML protocols: a small writer (AWS's responses are simple element trees)
 * and a reader over fast-xml-parser that keeps text exactly (S3 keys may start or end with spaces).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AwsError } from '../cloud/errors.ts';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** `<name attrs>children</name>`; children are already-serialised XML. */
export function element(name: string, children: string, attrs = ''): string {
  return `<${name}${attrs ? ` ${attrs}` : ''}>${children}</${name}>`;
}

/** An element tree as the reader gives it: text, or child elements by name (repeated ones as arrays). */
export type XmlNode = string | { [name: string]: XmlNode | XmlNode[] };

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  textNodeName: '#text',
});

/** The document's root element name and content; malformed XML is the error S3 gives for it. */
export function readXml(text: string): { root: string; node: XmlNode } | undefined {
  if (text.trim() === '') return undefined;
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new AwsError('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema', 400);
  }
  const doc = parser.parse(text) as Record<string, XmlNode>;
  const root = Object.keys(doc).find((k) => k !== '#text' && !k.startsWith('?'));
  if (!root) return undefined;
  return { root, node: clean(doc[root]!) };
}

/** Drops the whitespace between elements that trimValues:false keeps. */
function clean(node: XmlNode | XmlNode[]): XmlNode {
  if (Array.isArray(node)) return node.map(clean) as unknown as XmlNode;
  if (typeof node !== 'object' || node === null) return node ?? '';
  const keys = Object.keys(node).filter((k) => k !== '#text');
  if (keys.length === 0) return (node as Record<string, string>)['#text'] ?? '';
  const out: Record<string, XmlNode | XmlNode[]> = {};
  for (const k of keys) {
    const v = node[k]!;
    out[k] = Array.isArray(v) ? v.map((x) => clean(x)) : clean(v);
  }
  return out;
}
