// The browser build of Node's util (npm `util`), imported as 'util/' so bundlers take the package, not the built-in.
declare module 'util/' {
  const util: { format(format?: unknown, ...args: unknown[]): string; inspect(value: unknown, options?: object): string };
  export default util;
}
