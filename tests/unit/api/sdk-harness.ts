/**
 * The official AWS SDK v3 clients, unchanged, pointed at the wire router in-process: a request
 * handler that hands the SDK's HTTP request to the router and its answer back, as the execution
 * environment's transport and `lab serve` do.
 */
import { Readable } from 'node:stream';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { createRouter } from '../../../sandbox/api/router.ts';
import type { WireRequest } from '../../../sandbox/api/http.ts';

interface SdkRequest {
  method: string;
  hostname: string;
  port?: number;
  path: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  body?: unknown;
}

async function bytesOf(body: unknown): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array(0);
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return new Uint8Array(Buffer.concat(chunks));
}

function queryString(query: SdkRequest['query']): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(query ?? {})) {
    const key = encodeURIComponent(k);
    if (v === null) parts.push(key);
    else for (const item of Array.isArray(v) ? v : [v]) parts.push(`${key}=${encodeURIComponent(item)}`);
  }
  return parts.join('&');
}

/** What the router saw, for tests that look at the wire. */
export const seen: WireRequest[] = [];

export function sdkConfig(cloud: Cloud, extra: Record<string, unknown> = {}) {
  const route = createRouter({ call: (r) => cloud.call(r), requestId: () => cloud.ids.uuid() });
  return {
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
    maxAttempts: 1,
    requestHandler: {
      async handle(request: SdkRequest) {
        const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
        const wire: WireRequest = {
          method: request.method,
          host: headers.host ?? request.hostname,
          path: request.path,
          query: queryString(request.query),
          headers,
          body: await bytesOf(request.body),
        };
        seen.push(wire);
        const answer = await route(wire);
        return { response: { statusCode: answer.status, headers: answer.headers, body: Readable.from([Buffer.from(answer.body)]) } };
      },
      updateHttpClientConfig() {},
      httpHandlerConfigs: () => ({}),
    },
    ...extra,
  };
}
