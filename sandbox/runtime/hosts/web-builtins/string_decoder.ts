/**
 * Node's `string_decoder` in a Web Worker: the npm `string_decoder` package (Node's own code, over the
 * realm's Buffer), the same one readable-stream decodes with.
 */
import { StringDecoder } from 'string_decoder/';

export default { StringDecoder };
