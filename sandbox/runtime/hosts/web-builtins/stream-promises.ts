/** Node's `stream/promises` in a Web Worker: pipeline and finished from readable-stream (see ./stream.ts). */
import stream from './stream.ts';

const promises = stream.promises;

export default promises;
