/**
 * SNS message attributes: String, String.Array, Number and Binary (each with an optional custom
 * label, e.g. `Number.java.lang.Long`). They travel in the notification as `{Type, Value}` (binary as
 * base64), to raw SQS deliveries as SQS message attributes, and filter policies read them.
 */
import { fromBase64, toBase64 } from '../bytes.ts';
import { parameterValueInvalid } from './errors.ts';

/** An attribute as stored: `Value` is the string value, or base64 for Binary. */
export interface SnsAttribute {
  Type: string;
  Value: string;
}

interface AttributeInput {
  DataType?: unknown;
  StringValue?: unknown;
  BinaryValue?: unknown;
}

const isNumber = (text: string) => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim());

export function normalizeSnsAttributes(input: unknown): Record<string, SnsAttribute> {
  const out: Record<string, SnsAttribute> = {};
  if (!input || typeof input !== 'object') return out;
  for (const [name, raw] of Object.entries(input as Record<string, AttributeInput>)) {
    if (name.length > 256) throw parameterValueInvalid('Length of message attribute name must be less than 256 bytes.');
    if (!/^[A-Za-z0-9_.-]+$/.test(name) || name.startsWith('.') || name.endsWith('.') || name.includes('..') || /^(aws\.|amazon\.)/i.test(name)) {
      throw parameterValueInvalid(`Invalid attribute name: ${name}`);
    }
    const type = typeof raw?.DataType === 'string' ? raw.DataType : '';
    if (!/^(String|Number|Binary)(\..+)?$/.test(type)) {
      throw parameterValueInvalid(
        `The message attribute '${name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.`,
      );
    }
    const empty = () => parameterValueInvalid(`The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${type}'.`);
    if (type.startsWith('Binary')) {
      const bytes = raw.BinaryValue instanceof Uint8Array ? raw.BinaryValue : typeof raw.BinaryValue === 'string' ? fromBase64(raw.BinaryValue) : null;
      if (!bytes || bytes.length === 0) throw empty();
      out[name] = { Type: type, Value: toBase64(bytes) };
      continue;
    }
    if (typeof raw.StringValue !== 'string' || raw.StringValue === '') throw empty();
    if (type.startsWith('Number') && !isNumber(raw.StringValue)) {
      throw parameterValueInvalid(`An error occurred while parsing the value of message attribute '${name}': Could not parse ${raw.StringValue} as a number.`);
    }
    if (type === 'String.Array') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw.StringValue);
      } catch {
        parsed = undefined;
      }
      if (!Array.isArray(parsed)) {
        throw parameterValueInvalid(`The message attribute '${name}' with type 'String.Array' has an invalid value: ${raw.StringValue}`);
      }
    }
    out[name] = { Type: type, Value: raw.StringValue };
  }
  return out;
}

/** As SQS message attributes, for raw message delivery to a queue. */
export function toSqsAttributes(attributes: Record<string, SnsAttribute>): Record<string, { DataType: string; StringValue?: string; BinaryValue?: string }> {
  return Object.fromEntries(
    Object.entries(attributes).map(([name, a]) => [
      name,
      a.Type.startsWith('Binary') ? { DataType: a.Type, BinaryValue: a.Value } : { DataType: a.Type, StringValue: a.Value },
    ]),
  );
}

/** Bytes an attribute counts toward the 256 KB message limit. */
export function snsAttributesSize(attributes: Record<string, SnsAttribute>): number {
  const encoder = new TextEncoder();
  let size = 0;
  for (const [name, a] of Object.entries(attributes)) {
    size += encoder.encode(name).length + encoder.encode(a.Type).length;
    size += a.Type.startsWith('Binary') ? fromBase64(a.Value).length : encoder.encode(a.Value).length;
  }
  return size;
}
