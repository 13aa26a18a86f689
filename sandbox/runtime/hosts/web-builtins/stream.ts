/**
 * Node's `stream` in a Web Worker: readable-stream v4, which is Node's own streams code published for
 * other platforms (MIT). Its module is Node's `stream` module object: the legacy Stream constructor
 * with Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished, promises… on it.
 * It takes Buffer, EventEmitter and process.nextTick from the `buffer`, `events` and `process`
 * packages, the same modules the realm's own built-ins are, so `Buffer.isBuffer(chunk)` holds and
 * nextTick is the realm's (see web-process.ts).
 */
import readable from 'readable-stream';

/** The module object, as `require('stream')` returns it in Node. */
const stream = readable.Stream;

export default stream;
