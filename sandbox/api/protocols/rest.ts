/**
 * The HTTP bindings REST-JSON (Lambda, API Gateway) and REST-XML (S3) share: which operation a method
 * and path name (the model's request URI templates, `{Label}` and greedy `{Key+}`, with the query
 * keys some operations require, like S3's `?notification`), and the members that travel in the URI,
 * the query string, headers, a header prefix map or the status code.
 */
import { fromBase64, fromUtf8, toBase64, utf8 } from '../../cloud/bytes.ts';
import { queryParams, type WireRequest } from '../http.ts';
import { resolve, type OperationSpec, type ServiceSpec, type ShapeRef } from '../model.ts';
import { readScalar, serializationError, writeScalar } from '../serde.ts';

interface Template {
  op: OperationSpec;
  method: string;
  segments: string[];
  query: [string, string | undefined][];
}

const templates = new WeakMap<ServiceSpec, Template[]>();

function templatesOf(spec: ServiceSpec): Template[] {
  let list = templates.get(spec);
  if (!list) {
    list = Object.values(spec.operations).map((op) => {
      const uri = op.http?.requestUri ?? '/';
      const [path, query = ''] = uri.split('?');
      return {
        op,
        method: op.http?.method ?? 'POST',
        segments: path!.split('/').filter(Boolean),
        query: query.split('&').filter(Boolean).map((q) => {
          const i = q.indexOf('=');
          return i < 0 ? [q, undefined] : [q.slice(0, i), q.slice(i + 1)];
        }),
      };
    });
    templates.set(spec, list);
  }
  return list;
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function match(t: Template, segments: string[], rawPath: string[]): Record<string, string> | undefined {
  const labels: Record<string, string> = {};
  for (let i = 0; i < t.segments.length; i++) {
    const seg = t.segments[i]!;
    const greedy = /^\{(.+)\+\}$/.exec(seg);
    if (greedy) {
      const rest = rawPath.slice(i).join('/');
      if (rest === '') return undefined;
      labels[greedy[1]!] = rest.split('/').map(decodeSegment).join('/');
      return labels;
    }
    const value = segments[i];
    if (value === undefined) return undefined;
    const label = /^\{(.+)\}$/.exec(seg);
    // An empty label names nothing: `GET /2015-03-31/functions/` is ListFunctions, not GetFunction of ''.
    if (label) {
      if (value === '') return undefined;
      labels[label[1]!] = value;
    } else if (seg !== value) return undefined;
  }
  // A trailing slash after the last segment is the same path (`/2015-03-31/event-source-mappings/`).
  const trailing = segments.length === t.segments.length + 1 && segments[segments.length - 1] === '';
  return segments.length === t.segments.length || trailing ? labels : undefined;
}

function requiredHeaders(spec: ServiceSpec, op: OperationSpec): string[] {
  const input = resolve(spec, op.input);
  return (input.required ?? [])
    .map((name) => input.members?.[name])
    .filter((m): m is ShapeRef => m?.location === 'header')
    .map((m) => m.locationName!.toLowerCase());
}

/** Splits a path as sent; S3 keys may hold `//` and a trailing `/`, so only the leading slash goes. */
function splitPath(path: string): string[] {
  return path.replace(/^\//, '').split('/');
}

/**
 * The operation a method and path name, with its URI labels. The most specific template wins: the
 * one with the most required query keys, then the most literal segments.
 */
export function matchOperation(spec: ServiceSpec, request: WireRequest): { op: OperationSpec; labels: Record<string, string> } | undefined {
  let raw = splitPath(request.path);
  if (raw.length && raw[raw.length - 1] === '' && raw.length <= 2) raw = raw.slice(0, -1);
  const segments = raw.map(decodeSegment);
  const query = new Map(queryParams(request.query));
  let best: { op: OperationSpec; labels: Record<string, string>; score: number } | undefined;
  for (const t of templatesOf(spec)) {
    if (t.method !== request.method && !(request.method === 'HEAD' && t.method === 'HEAD')) continue;
    if (!t.query.every(([k, v]) => query.has(k) && (v === undefined || query.get(k) === v))) continue;
    const labels = match(t, segments, raw);
    if (!labels) continue;
    // PutObject and CopyObject share PUT /{Bucket}/{Key+}: a required header (x-amz-copy-source) tells them apart.
    const headers = requiredHeaders(spec, t.op);
    if (!headers.every((h) => request.headers[h] !== undefined)) continue;
    const score = t.query.length * 100 + headers.length * 10 + t.segments.filter((s) => !s.startsWith('{')).length;
    if (!best || score > best.score) best = { op: t.op, labels, score };
  }
  return best;
}

/** The input members bound to the URI, query string and headers. */
export function readBindings(spec: ServiceSpec, input: ShapeRef | undefined, request: WireRequest, labels: Record<string, string>): Record<string, unknown> {
  const shape = resolve(spec, input);
  const out: Record<string, unknown> = {};
  const params = queryParams(request.query);
  const boundQueryKeys = new Set<string>();
  for (const [name, member] of Object.entries(shape.members ?? {})) {
    if (member.location === 'querystring' && member.locationName) boundQueryKeys.add(member.locationName);
  }
  for (const [name, member] of Object.entries(shape.members ?? {})) {
    const m = resolve(spec, member);
    const wireName = member.locationName ?? name;
    switch (member.location) {
      case 'uri':
        if (labels[wireName] !== undefined) out[name] = readScalar(m, labels[wireName]!, name);
        break;
      case 'querystring': {
        if (m.type === 'map') {
          const map = Object.fromEntries(params.filter(([k]) => !boundQueryKeys.has(k)));
          if (Object.keys(map).length) out[name] = map;
          break;
        }
        const values = params.filter(([k]) => k === wireName).map(([, v]) => v);
        if (!values.length) break;
        out[name] = m.type === 'list' ? values.map((v) => readScalar(resolve(spec, m.member), v, name)) : readScalar(m, values[0]!, name);
        break;
      }
      case 'header': {
        const value = request.headers[wireName.toLowerCase()];
        if (value === undefined) break;
        if (m.jsonvalue) {
          try {
            out[name] = fromUtf8(fromBase64(value));
          } catch {
            throw serializationError(`Header ${wireName} is not valid base64-encoded JSON.`);
          }
        } else if (m.type === 'list') out[name] = value.split(',').map((v) => v.trim());
        else out[name] = readScalar(m, value, name);
        break;
      }
      case 'headers': {
        const prefix = wireName.toLowerCase();
        const map = Object.fromEntries(Object.entries(request.headers).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
        if (Object.keys(map).length) out[name] = map;
        break;
      }
      default:
    }
  }
  return out;
}

/** The output members bound to the status code and headers. */
export function writeBindings(spec: ServiceSpec, output: ShapeRef | undefined, value: Record<string, unknown>): { status?: number; headers: Record<string, string> } {
  const shape = resolve(spec, output);
  const headers: Record<string, string> = {};
  let status: number | undefined;
  for (const [name, member] of Object.entries(shape.members ?? {})) {
    const v = value[name];
    if (v === undefined || v === null) continue;
    const m = resolve(spec, member);
    const wireName = (member.locationName ?? name).toLowerCase();
    if (member.location === 'statusCode') status = Number(v);
    else if (member.location === 'header') {
      const text = m.jsonvalue ? toBase64(utf8(typeof v === 'string' ? v : JSON.stringify(v))) : writeScalar(m, v, 'rfc822');
      if (text !== undefined) headers[wireName] = text;
    } else if (member.location === 'headers' && typeof v === 'object') {
      for (const [k, item] of Object.entries(v as Record<string, unknown>)) headers[`${wireName}${k.toLowerCase()}`] = String(item);
    }
  }
  return { status, headers };
}
