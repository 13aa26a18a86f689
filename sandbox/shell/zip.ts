/**
 * ZIP archives as Info-ZIP writes them, for `zip`, `unzip` and whoever else needs deployment
 * packages (the CLI's `fileb://function.zip`, the runtime's extraction, workspace export).
 *
 * The container is written here, not by fflate's zipSync, for three reasons: file times must be
 * deterministic (fflate converts through the local time zone and rejects times before 1980, which is
 * where an injected clock at 0 lands), `zip` must print each entry's deflated/stored ratio as
 * Info-ZIP does, and a bad archive must fail with a clear message instead of a decoder's. fflate
 * still does the DEFLATE work.
 */
import { deflateSync, inflateSync } from 'fflate';

export class ZipError extends Error {
  /** NOT_ZIP: no end-of-central-directory record; CORRUPT: it lies about itself; UNSUPPORTED: zip64, encryption, other methods. */
  code: 'NOT_ZIP' | 'CORRUPT' | 'UNSUPPORTED';

  constructor(code: ZipError['code'], message: string) {
    super(message);
    this.name = 'ZipError';
    this.code = code;
  }
}

/** One entry to write. A name ending in `/` is a directory. */
export interface ZipInput {
  name: string;
  data: Uint8Array;
  /** Modification time (ms since the epoch, stored as UTC DOS time); default 1980-01-01 00:00. */
  mtimeMs?: number;
  /** Unix permission bits; default 0644 for files, 0755 for directories. */
  mode?: number;
}

/** One entry as read back (or as written, with its compression). */
export interface ZipEntryInfo {
  name: string;
  dir: boolean;
  size: number;
  compressedSize: number;
  /** 0 = stored, 8 = deflated. */
  method: number;
  mtimeMs: number;
  crc32: number;
}

export interface ZipEntry extends ZipEntryInfo {
  data: Uint8Array;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
/** "Version made by": Unix (3), spec 3.0 — what Info-ZIP 3.0 on Linux writes. */
const MADE_BY = (3 << 8) | 30;
const DOS_EPOCH = Date.UTC(1980, 0, 1);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Info-ZIP's integer percentage of space saved, rounded half up (zip's percent()). */
export function savedPercent(size: number, compressedSize: number): number {
  if (size === 0 || compressedSize >= size) return 0;
  return Math.floor((1 + Math.floor((200 * (size - compressedSize)) / size)) / 2);
}

/** DOS date/time in UTC, so the same files give the same bytes in every time zone. */
function toDos(ms: number): { time: number; date: number } {
  const d = new Date(Math.min(Math.max(ms, DOS_EPOCH), Date.UTC(2107, 11, 31, 23, 59, 58)));
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

function fromDos(time: number, date: number): number {
  return Date.UTC((date >> 9) + 1980, ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Writes an archive. Each file is deflated (level 6, zip's default) unless that does not make it
 * smaller, in which case it is stored — Info-ZIP's rule (`store`: zip -0). Returns the bytes and what happened to each entry.
 */
export function createZip(inputs: ZipInput[], options: { store?: boolean } = {}): { data: Uint8Array; entries: ZipEntryInfo[] } {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  const entries: ZipEntryInfo[] = [];
  let offset = 0;
  for (const input of inputs) {
    const dir = input.name.endsWith('/');
    const raw = dir ? new Uint8Array(0) : input.data;
    const deflated = raw.length > 0 && !options.store ? deflateSync(raw, { level: 6 }) : raw;
    const method = raw.length > 0 && deflated.length < raw.length ? 8 : 0;
    const body = method === 8 ? deflated : raw;
    const crc = crc32(raw);
    const name = encoder.encode(input.name);
    const utf8 = /[^\x00-\x7f]/.test(input.name) ? 0x0800 : 0;
    const versionNeeded = method === 8 ? 20 : 10;
    const mtimeMs = input.mtimeMs ?? DOS_EPOCH;
    const { time, date } = toDos(mtimeMs);
    const mode = input.mode ?? (dir ? 0o755 : 0o644);
    const externalAttrs = ((((dir ? 0o040000 : 0o100000) | mode) << 16) | (dir ? 0x10 : 0)) >>> 0;

    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, SIG_LOCAL, true);
    lv.setUint16(4, versionNeeded, true);
    lv.setUint16(6, utf8, true);
    lv.setUint16(8, method, true);
    lv.setUint16(10, time, true);
    lv.setUint16(12, date, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, raw.length, true);
    lv.setUint16(26, name.length, true);
    lv.setUint16(28, 0, true);
    local.set(name, 30);

    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, SIG_CENTRAL, true);
    cv.setUint16(4, MADE_BY, true);
    cv.setUint16(6, versionNeeded, true);
    cv.setUint16(8, utf8, true);
    cv.setUint16(10, method, true);
    cv.setUint16(12, time, true);
    cv.setUint16(14, date, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, raw.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(38, externalAttrs, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);

    locals.push(local, body);
    centrals.push(central);
    offset += local.length + body.length;
    entries.push({ name: input.name, dir, size: raw.length, compressedSize: body.length, method, mtimeMs: fromDos(time, date), crc32: crc });
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, SIG_END, true);
  ev.setUint16(8, inputs.length, true);
  ev.setUint16(10, inputs.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);

  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return { data: out, entries };
}

/**
 * Reads every entry of an archive, checking each CRC. Throws ZipError on anything that is not a
 * sound, plain (non-zip64, unencrypted, stored or deflated) archive.
 */
export function readZip(data: Uint8Array): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === SIG_END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError('NOT_ZIP', 'End-of-central-directory signature not found: this is not a zip file');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new ZipError('UNSUPPORTED', 'zip64 archives are not supported');
  const corrupt = (what: string) => new ZipError('CORRUPT', `Zip file structure invalid: ${what}`);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || view.getUint32(at, true) !== SIG_CENTRAL) throw corrupt('bad central directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const time = view.getUint16(at + 12, true);
    const date = view.getUint16(at + 14, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(data.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, '/');
    at += 46 + nameLength + extraLength + commentLength;

    if (flags & 1) throw new ZipError('UNSUPPORTED', `${name}: encrypted entries are not supported`);
    if (localOffset + 30 > data.length || view.getUint32(localOffset, true) !== SIG_LOCAL) throw corrupt(`bad local header for ${name}`);
    const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (start + compressedSize > data.length) throw corrupt(`${name} is truncated`);
    const body = data.subarray(start, start + compressedSize);
    let content: Uint8Array;
    if (method === 0) content = new Uint8Array(body);
    else if (method === 8) {
      try {
        content = inflateSync(body);
      } catch {
        throw corrupt(`${name} cannot be inflated`);
      }
    } else throw new ZipError('UNSUPPORTED', `${name}: compression method ${method} is not supported`);
    if (content.length !== size || crc32(content) !== crc) throw corrupt(`bad CRC for ${name}`);
    entries.push({ name, dir: name.endsWith('/'), size, compressedSize, method, mtimeMs: fromDos(time, date), crc32: crc, data: content });
  }
  return entries;
}

/**
 * A name safe to extract under a directory: forward slashes, no leading `/`, no `.`/`..` segments
 * (the "zip slip" guard Info-ZIP applies too). '' when nothing is left.
 */
export function safeEntryName(name: string): string {
  const dir = name.endsWith('/');
  const segments = name.split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
  return segments.length === 0 ? '' : segments.join('/') + (dir ? '/' : '');
}

/** path → bytes into an archive; keys ending in `/` become directory entries. Times are 1980-01-01 unless given. */
export function zipFiles(entries: Record<string, Uint8Array>, options: { mtimeMs?: number } = {}): Uint8Array {
  return createZip(Object.entries(entries).map(([name, data]) => ({ name, data, mtimeMs: options.mtimeMs }))).data;
}

/**
 * An archive's files as path → bytes (directory entries left out; names made safe by safeEntryName).
 * Throws ZipError with a clear message when `data` is not a readable zip.
 */
export function unzipFiles(data: Uint8Array): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const entry of readZip(data)) {
    const name = safeEntryName(entry.name);
    if (entry.dir || name === '') continue;
    out[name] = entry.data;
  }
  return out;
}
