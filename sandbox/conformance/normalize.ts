/**
 * What a step returned, made comparable across platforms. Ids and the clock are fixed by the suite,
 * but durations are measured, and an invocation moves the virtual clock by what it measured; so
 * durations, timestamps and what depends on them are masked. Everything else is kept as returned.
 */
import { fromBase64, fromUtf8 } from '../cloud/bytes.ts';

/** Members whose value is a time or depends on message lengths (which carry durations). */
const MASKED_MEMBERS = new Set([
  'timestamp', 'creationTime', 'ingestionTime', 'firstEventTimestamp', 'lastEventTimestamp', 'lastIngestionTime', 'storedBytes', 'eventId',
  // SQS: epoch readings of the clock, which invocations move by what they measured.
  'SentTimestamp', 'ApproximateFirstReceiveTimestamp', 'CreatedTimestamp', 'LastModifiedTimestamp',
]);

/** Masks measured figures and clock readings in a text (log lines, messages, LastModified). */
export function maskText(text: string): string {
  return text
    .replace(/\b(Init Duration|Billed Duration|Duration): \d+(?:\.\d+)? ms/g, '$1: <ms> ms')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(?:Z|\+0000)/g, '<time>')
    // Node's warnings name the process; a worker-thread realm's is the host's own.
    .replace(/\(node:\d+\)/g, '(node:<pid>)');
}

/** Log text → lines without their line ends. */
export function linesOf(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A log event's message as one line of the log (its trailing newline dropped). */
export const messageLine = (message: string) => message.replace(/\n$/, '');

export function decodePayload(bytes: Uint8Array): unknown {
  const text = fromUtf8(bytes);
  try {
    return text === '' ? '' : JSON.parse(text);
  } catch {
    return text;
  }
}

export function normalizeValue(value: unknown, member = ''): unknown {
  if (MASKED_MEMBERS.has(member) && value !== undefined) return '<masked>';
  // An event invoke configuration's LastModified is epoch seconds, a clock reading.
  if (member === 'LastModified' && typeof value === 'number') return '<masked>';
  if (typeof value === 'string') return maskText(value);
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  if (Array.isArray(value)) return value.map((v) => normalizeValue(v));
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    // A message whose body carries a time (a destination record) has a digest that carries it too.
    const timedBody = typeof object.Body === 'string' && maskText(object.Body) !== object.Body;
    return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, timedBody && k === 'MD5OfBody' ? '<masked>' : normalizeValue(v, k)]));
  }
  return value;
}

/** A call's output: Invoke's Payload decoded, its LogResult as masked lines, the rest masked as above. */
export function normalizeOutput(output: Record<string, unknown>): unknown {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(output)) {
    if (key === 'Payload' && value instanceof Uint8Array) out[key] = normalizeValue(decodePayload(value));
    else if (key === 'LogResult' && typeof value === 'string') out[key] = linesOf(fromUtf8(fromBase64(value))).map(maskText);
    else out[key] = normalizeValue(value, key);
  }
  return out;
}
