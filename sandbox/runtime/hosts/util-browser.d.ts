// The browser build of Node's util (npm `util`), imported as 'util/' so bundlers take the package, not the built-in.
declare module 'util/' {
  const util: { format(format?: unknown, ...args: unknown[]): string; inspect(value: unknown, options?: object): string };
  export default util;
}

// The browserify ports, imported with a trailing slash so bundlers take the packages, not Node's built-ins.
declare module 'buffer/' {
  export { Buffer } from 'node:buffer';
}
declare module 'events/' {
  import events from 'node:events';
  export default events;
}

// The npm `process` shim (readable-stream imports it as 'process/'); web-process.ts fills it in.
declare module 'process/' {
  const process: Record<string, unknown>;
  export default process;
}
