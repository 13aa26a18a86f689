/**
 * The runtime's AWS SDK bundle in a Web Worker realm: a static asset of the site (astro.config.mjs
 * builds it and names it `lab:runtime-sdk`), read synchronously — `require` is synchronous, and a
 * worker may block on a request — the first time a handler imports an SDK package. The browser's
 * HTTP cache keeps it for later realms.
 */
import sdkUrl from 'lab:runtime-sdk?url';

export function loadRuntimeSdk(): string {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', sdkUrl, false);
  xhr.send();
  if (xhr.status !== 200) throw new Error(`Cannot load the runtime's AWS SDK (HTTP ${xhr.status} for ${sdkUrl})`);
  return xhr.responseText;
}
