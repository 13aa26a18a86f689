/**
 * Node's `zlib` in a Web Worker, over fflate (MIT): gzip, deflate (zlib format) and raw deflate,
 * their inverses and unzip, as Sync calls, callback calls and create…() Transform streams, with
 * Node's error codes and messages for bad input. Brotli and zstd are not here: they throw Node's
 * ERR_FEATURE_UNAVAILABLE_ON_PLATFORM. The streams compress when their input ends (fine for the
 * payload sizes of a function), and options other than `level` are ignored.
 */
import * as fflate from 'fflate';
import { asBuffer, invalidArgType, nodeError, toBytes, type Bytes } from './bytes.ts';
import stream from './stream.ts';

type Options = { level?: number };
type Callback = (error: Error | null, result?: Uint8Array) => void;
type Level = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export const constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
};

const level = (options?: Options): { level: Level } => {
  const l = options?.level ?? -1;
  return { level: (l < 0 || l > 9 ? 6 : Math.trunc(l)) as Level };
};

/** fflate's error codes as zlib's messages, which are Node's. */
function zlibError(error: unknown): Error {
  const code = (error as { code?: number }).code;
  const [message, name, errno] = code === 0 ? ['unexpected end of file', 'Z_BUF_ERROR', -5]
    : code === 1 ? ['invalid block type', 'Z_DATA_ERROR', -3]
      : code === 2 ? ['invalid literal/length code', 'Z_DATA_ERROR', -3]
        : code === 3 ? ['invalid distance code', 'Z_DATA_ERROR', -3]
          : code === 6 ? ['incorrect header check', 'Z_DATA_ERROR', -3]
            : [String((error as Error).message ?? error), 'Z_DATA_ERROR', -3];
  return Object.assign(nodeError(new Error(message as string), name as string), { errno });
}

const isGzip = (bytes: Bytes) => bytes[0] === 0x1f && bytes[1] === 0x8b;

const ops = {
  gzip: (b: Bytes, o?: Options) => fflate.gzipSync(b, level(o)),
  gunzip: (b: Bytes) => (isGzip(b) ? fflate.gunzipSync(b) : (() => { throw Object.assign(new Error('invalid gzip data'), { code: 6 }); })()),
  deflate: (b: Bytes, o?: Options) => fflate.zlibSync(b, level(o)),
  inflate: (b: Bytes) => fflate.unzlibSync(b),
  deflateRaw: (b: Bytes, o?: Options) => fflate.deflateSync(b, level(o)),
  inflateRaw: (b: Bytes) => fflate.inflateSync(b),
  unzip: (b: Bytes) => (isGzip(b) ? fflate.gunzipSync(b) : fflate.unzlibSync(b)),
};
type Op = keyof typeof ops;

function run(op: Op, data: unknown, options?: Options) {
  const input = toBytes(data, 'utf8', 'buffer');
  try {
    return asBuffer(ops[op](input, options));
  } catch (error) {
    throw zlibError(error);
  }
}

const sync = (op: Op) => (data: unknown, options?: Options) => run(op, data, options);

/** The callback form: the result on a later turn, as Node's thread pool gives it. */
const callback = (op: Op) => (data: unknown, options?: Options | Callback, cb?: Callback) => {
  if (typeof options === 'function') [cb, options] = [options, undefined];
  if (typeof cb !== 'function') throw invalidArgType('callback', 'of type function', cb);
  const done = cb;
  const opts = options;
  globalThis.setTimeout(() => {
    let result: Uint8Array;
    try {
      result = run(op, data, opts);
    } catch (error) {
      done(error as Error);
      return;
    }
    done(null, result);
  }, 0);
};

/** A Transform that gathers its input and writes the (de)compressed bytes when the input ends. */
const transform = (op: Op) => (options?: Options) => {
  const chunks: Uint8Array[] = [];
  return new stream.Transform({
    transform(chunk: Uint8Array, _encoding, next) {
      chunks.push(toBytes(chunk, 'utf8', 'chunk'));
      next();
    },
    flush(next) {
      const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        all.set(c, at);
        at += c.length;
      }
      try {
        next(null, run(op, all, options));
      } catch (error) {
        next(error as Error);
      }
    },
  });
};

/** Node's ERR_FEATURE_UNAVAILABLE_ON_PLATFORM, for what this realm cannot do. */
const unavailable = (feature: string) => () => {
  throw nodeError(new TypeError(`The feature ${feature} is unavailable on the current platform, which is being used to run Node.js`), 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM');
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** zlib.crc32(data, value = 0), Node's CRC-32, continuing from `value`. */
export function crc32(data: unknown, value = 0): number {
  let crc = (value ^ 0xffffffff) >>> 0;
  for (const byte of toBytes(data, 'utf8')) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const zlib: Record<string, unknown> = { constants, crc32 };
const NAMES: Record<Op, string> = { gzip: 'Gzip', gunzip: 'Gunzip', deflate: 'Deflate', inflate: 'Inflate', deflateRaw: 'DeflateRaw', inflateRaw: 'InflateRaw', unzip: 'Unzip' };
for (const op of Object.keys(ops) as Op[]) {
  zlib[op] = callback(op);
  zlib[`${op}Sync`] = sync(op);
  zlib[`create${NAMES[op]}`] = transform(op);
}
for (const name of ['brotliCompress', 'brotliDecompress', 'zstdCompress', 'zstdDecompress']) {
  const Name = name[0]!.toUpperCase() + name.slice(1);
  zlib[name] = unavailable(`zlib.${name}`);
  zlib[`${name}Sync`] = unavailable(`zlib.${name}Sync`);
  zlib[`create${Name}`] = unavailable(`zlib.create${Name}`);
}
Object.assign(zlib, constants);

export default zlib;
