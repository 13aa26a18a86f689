// The runtime's AWS SDK bundle as a URL (an alias astro.config.mjs defines; see web-runtime-sdk.ts).
declare module 'lab:runtime-sdk?url' {
  const url: string;
  export default url;
}
