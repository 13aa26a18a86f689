// Stands in for @smithy/node-http-handler in the AWS SDK that the execution environment provides
// (bundled by ./bundle.ts). The SDK's Node.js build is kept whole — credentials from the environment,
// region from AWS_REGION, signing, retries, checksums — and only the last step changes: instead of a
// socket to *.amazonaws.com, the request goes to the engine over the realm's message channel, where
// the one wire router answers it as the service would. The response body is a Node Readable, as the
// SDK's stream helpers (GetObject's Body.transformToString …) expect of a Node handler.
const { streamCollector } = require('@smithy/core/serde');
const { HttpResponse, buildQueryString } = require('@smithy/core/protocols');
const { Readable } = require('node:stream');

const TRANSPORT = Symbol.for('lambda-lab.aws-transport');

async function bodyBytes(body) {
  if (body === undefined || body === null) return new Uint8Array(0);
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return body;
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  const chunks = [];
  let size = 0;
  for await (const chunk of body) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    chunks.push(bytes);
    size += bytes.length;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function abortError(signal) {
  const e = new Error('Request aborted');
  e.name = 'AbortError';
  if (signal && signal.reason instanceof Error) e.cause = signal.reason;
  return e;
}

class NodeHttpHandler {
  metadata = { handlerProtocol: 'http/1.1' };

  static create(instanceOrOptions) {
    if (typeof instanceOrOptions?.handle === 'function') return instanceOrOptions;
    return new NodeHttpHandler(instanceOrOptions);
  }

  constructor(options) {
    this.config = typeof options === 'function' ? {} : { ...(options ?? {}) };
  }

  async handle(request, { abortSignal } = {}) {
    if (abortSignal?.aborted) throw abortError(abortSignal);
    const transport = globalThis[TRANSPORT];
    if (typeof transport !== 'function') {
      const e = new Error(`getaddrinfo ENOTFOUND ${request.hostname}`);
      e.code = 'ENOTFOUND';
      throw e;
    }
    const headers = {};
    for (const [k, v] of Object.entries(request.headers ?? {})) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(',') : String(v);
    const host = headers.host ?? `${request.hostname}${request.port ? `:${request.port}` : ''}`;
    const answer = await transport({
      method: request.method,
      host,
      path: request.path,
      query: buildQueryString(request.query ?? {}),
      headers: { ...headers, host },
      body: await bodyBytes(request.body),
    });
    if (abortSignal?.aborted) throw abortError(abortSignal);
    return {
      response: new HttpResponse({
        statusCode: answer.status,
        reason: '',
        headers: answer.headers,
        body: Readable.from(answer.body.length ? [Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength)] : []),
      }),
    };
  }

  updateHttpClientConfig(key, value) {
    this.config[key] = value;
  }

  httpHandlerConfigs() {
    return this.config;
  }

  destroy() {}
}

class NodeHttp2Handler extends NodeHttpHandler {
  metadata = { handlerProtocol: 'h2' };

  static create(instanceOrOptions) {
    if (typeof instanceOrOptions?.handle === 'function') return instanceOrOptions;
    return new NodeHttp2Handler(instanceOrOptions);
  }
}

module.exports = { NodeHttpHandler, NodeHttp2Handler, streamCollector, DEFAULT_REQUEST_TIMEOUT: 0 };
