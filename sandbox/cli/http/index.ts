/** `curl` for the sandbox shell: requests to the cloud's API Gateway endpoints, nothing else. */
export { createCurlCommand, CURL_VERSION, type CurlDeps } from './curl.ts';
