// The browser ports the realm's built-ins are made of, typed as the Node modules they stand in for.
declare module 'readable-stream' {
  import stream from 'node:stream';
  const readable: typeof stream.Readable & { Stream: typeof stream };
  export default readable;
}
declare module 'string_decoder/' {
  export { StringDecoder } from 'node:string_decoder';
}
