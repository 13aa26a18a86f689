/**
 * Values between the wire and the cloud. The cloud speaks the API's shapes with blobs as Uint8Array
 * and timestamps as Date (it also accepts epoch numbers and ISO strings); on the wire, JSON protocols
 * carry blobs as base64 and timestamps as epoch seconds, XML and query protocols as ISO 8601, headers
 * as RFC 822 dates.
 */
import { fromBase64, toBase64 } from '../cloud/bytes.ts';
import { resolve, type ServiceSpec, type ShapeRef } from './model.ts';
import { AwsError } from '../cloud/errors.ts';

/** A body or field the service cannot read: what AWS's deserializers answer. */
export const serializationError = (message: string) => new AwsError('SerializationException', message, 400);

/** A timestamp the cloud returned (Date, ISO string, or epoch seconds as JSON carries them). */
export function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'number') return new Date(value * 1000);
  if (typeof value === 'string' && value !== '') {
    const n = Number(value);
    const d = Number.isFinite(n) && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? new Date(n * 1000) : new Date(value);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  return undefined;
}

/** ISO 8601 as AWS writes it in XML: `2024-05-01T12:00:00.000Z`. */
export const iso8601 = (d: Date): string => d.toISOString();
/** `Wed, 01 May 2024 12:00:00 GMT`, as headers carry dates. */
export const rfc822 = (d: Date): string => d.toUTCString();

export function formatTimestamp(value: unknown, format: 'iso8601' | 'rfc822' | 'unixTimestamp'): string | number | undefined {
  const d = toDate(value);
  if (!d) return typeof value === 'string' ? value : undefined;
  if (format === 'unixTimestamp') return d.getTime() / 1000;
  return format === 'rfc822' ? rfc822(d) : iso8601(d);
}

export function decodeBase64(text: unknown, member: string): Uint8Array {
  if (typeof text !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(text.replace(/\s+/g, '')) || text.replace(/\s+/g, '').length % 4 === 1) {
    throw serializationError(`Value for ${member} could not be decoded as base64.`);
  }
  try {
    return fromBase64(text.replace(/\s+/g, ''));
  } catch {
    // The alphabet is right but the padding is not (`UEsDBA=`): still not base64.
    throw serializationError(`Value for ${member} could not be decoded as base64.`);
  }
}

export function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') return new TextEncoder().encode(value);
  return new Uint8Array(0);
}

const INTEGERS = new Set(['integer', 'long']);
const FLOATS = new Set(['float', 'double']);

/**
 * A JSON body's value (awsJson and restJson) into the cloud's form, checked against its shape as the
 * services' deserializers check it: a wrong type is a SerializationException, never a crash later.
 */
export function readJson(spec: ServiceSpec, ref: ShapeRef | undefined, value: unknown, path = ''): unknown {
  const shape = resolve(spec, ref);
  if (value === null || value === undefined) return undefined;
  const wrong = (what: string) => serializationError(`Unexpected value type in payload${path ? ` at '${path}'` : ''}: expected ${what}`);
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object' || Array.isArray(value)) throw wrong('an object');
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        if (member.location) continue;
        const wireName = member.locationName ?? name;
        if (Object.hasOwn(value, wireName)) {
          const v = readJson(spec, member, (value as Record<string, unknown>)[wireName], path ? `${path}.${name}` : name);
          if (v !== undefined) out[name] = v;
        }
      }
      return out;
    }
    case 'list':
      if (!Array.isArray(value)) throw wrong('an array');
      return value.map((v, i) => readJson(spec, shape.member, v, `${path}[${i}]`));
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) throw wrong('an object');
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const item = readJson(spec, shape.value, v, `${path}.${k}`);
        if (item !== undefined) out[k] = item;
      }
      return out;
    }
    case 'blob':
      return decodeBase64(value, path);
    case 'timestamp': {
      if (typeof value !== 'number' && typeof value !== 'string') throw wrong('a timestamp');
      const d = toDate(value);
      if (!d) throw wrong('a timestamp');
      return d;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw wrong('a boolean');
      return value;
    default:
      if (INTEGERS.has(shape.type!) || FLOATS.has(shape.type!)) {
        if (typeof value !== 'number') throw wrong('a number');
        return value;
      }
      if (shape.jsonvalue) return typeof value === 'string' ? value : JSON.stringify(value);
      if (typeof value !== 'string') throw wrong('a string');
      return value;
  }
}

/** The cloud's value as a JSON body carries it (blobs base64, timestamps epoch seconds by default). */
export function writeJson(spec: ServiceSpec, ref: ShapeRef | undefined, value: unknown, timestampFormat: 'unixTimestamp' | 'iso8601' = 'unixTimestamp'): unknown {
  if (value === null || value === undefined) return undefined;
  const shape = resolve(spec, ref);
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object') return undefined;
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        if (member.location) continue;
        const v = writeJson(spec, member, (value as Record<string, unknown>)[name], timestampFormat);
        if (v !== undefined) out[member.locationName ?? name] = v;
      }
      return out;
    }
    case 'list':
      return Array.isArray(value) ? value.map((v) => writeJson(spec, shape.member, v, timestampFormat) ?? null) : undefined;
    case 'map':
      if (typeof value !== 'object') return undefined;
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, writeJson(spec, shape.value, v, timestampFormat) ?? null]));
    case 'blob':
      return toBase64(toBytes(value));
    case 'timestamp':
      return formatTimestamp(value, shape.timestampFormat ?? timestampFormat);
    default:
      return value;
  }
}

/** A scalar from text (query strings, headers, XML, form fields) by its shape's type. */
export function readScalar(shape: ShapeRef, text: string, member: string): unknown {
  switch (shape.type) {
    case 'integer':
    case 'long': {
      if (!/^\s*-?\d+\s*$/.test(text)) throw serializationError(`Value '${text}' at '${member}' is not a valid integer.`);
      return Number(text);
    }
    case 'float':
    case 'double': {
      const n = Number(text);
      if (text.trim() === '' || !Number.isFinite(n)) throw serializationError(`Value '${text}' at '${member}' is not a valid number.`);
      return n;
    }
    case 'boolean':
      if (text !== 'true' && text !== 'false') throw serializationError(`Value '${text}' at '${member}' is not a valid boolean.`);
      return text === 'true';
    case 'blob':
      return decodeBase64(text, member);
    case 'timestamp': {
      const d = toDate(text);
      if (!d) throw serializationError(`Value '${text}' at '${member}' is not a valid timestamp.`);
      return d;
    }
    default:
      return text;
  }
}

/** A scalar as text (headers, query strings, XML). */
export function writeScalar(shape: ShapeRef, value: unknown, timestampFormat: 'iso8601' | 'rfc822' | 'unixTimestamp' = 'iso8601'): string | undefined {
  if (value === null || value === undefined) return undefined;
  switch (shape.type) {
    case 'blob':
      return toBase64(toBytes(value));
    case 'timestamp': {
      const t = formatTimestamp(value, shape.timestampFormat ?? timestampFormat);
      return t === undefined ? undefined : String(t);
    }
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}
