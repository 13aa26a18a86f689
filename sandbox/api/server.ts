/**
 * `lab serve`'s HTTP server: Node's `http` in front of the wire router. It only carries bytes — the
 * request off the socket into a WireRequest, the router's WireResponse back — so every protocol
 * detail stays in the router, which the handlers' intercepted SDK calls share.
 *
 * What the router cannot see is answered here, still in the service's own protocol: a body over the
 * limit (413, before it is buffered), a failure outside the router (500), a request Node cannot parse
 * (400). Nothing a client sends ends the process.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AwsError, type AwsErrorShape } from '../cloud/errors.ts';
import { entityTooLarge } from '../cloud/s3/errors.ts';
import type { WireRequest, WireResponse } from './http.ts';
import { internalError, refuse } from './router.ts';

/**
 * The largest request Lambda takes: CreateFunction with a 50 MB zip, base64 in JSON (AWS's own
 * figure in `Request must be smaller than 70167211 bytes for the CreateFunction operation`).
 */
export const MAX_BODY_BYTES = 70_167_211;

export interface AwsServerOptions {
  route: (request: WireRequest) => Promise<WireResponse>;
  /** A request id for the answers the server gives itself. */
  requestId: () => string;
  /** Bodies larger than this are refused unread; MAX_BODY_BYTES by default. */
  maxBodyBytes?: number;
  /** Told after every answer the router gave (for persistence); its failures are ignored. */
  onAnswer?: (request: WireRequest, response: WireResponse) => void;
}

/** The refusal of a body over the limit, in each service's words. */
export function tooLarge(service: string, operation: string | undefined, size: number, limit: number): AwsErrorShape {
  if (service === 's3') return entityTooLarge(size, limit);
  const code = service === 'lambda' ? 'RequestEntityTooLargeException' : 'RequestEntityTooLarge';
  // Lambda names Invoke by its internal name here, as its own payload limit does.
  const name = service === 'lambda' && operation === 'Invoke' ? 'InvokeFunction' : (operation ?? 'requested');
  return new AwsError(code, `Request must be smaller than ${limit} bytes for the ${name} operation`, 413);
}

/** The request line and headers as the router takes them; the body comes later. */
export function wireHead(req: http.IncomingMessage): WireRequest {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    host: headers.host ?? '',
    path: q < 0 ? url : url.slice(0, q),
    query: q < 0 ? '' : url.slice(q + 1),
    headers,
    body: new Uint8Array(0),
  };
}

/**
 * A header value HTTP can carry. Node writes header strings as Latin-1, so what a client sent comes
 * back byte for byte; a value it cannot write (S3 user metadata set in-process with any Unicode, a
 * control character) goes as an RFC 2047 encoded word (`=?UTF-8?B?…?=`), as S3 sends non-ASCII
 * metadata, rather than failing the whole answer.
 */
function headerValue(value: string): string {
  try {
    http.validateHeaderValue('x', value);
    if (!/[^\x00-\xff]/.test(value)) return value;
  } catch {
    // Falls through to the encoded word.
  }
  return `=?UTF-8?B?${Buffer.from(value).toString('base64')}?=`;
}

function send(res: http.ServerResponse, answer: WireResponse, close = false): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(answer.headers)) headers[name] = headerValue(String(value));
  if (close) headers.connection = 'close';
  res.writeHead(answer.status, headers);
  res.end(answer.body.length ? answer.body : undefined);
}

const declaredLength = (head: WireRequest): number | undefined => {
  const n = Number(head.headers['content-length']);
  return head.headers['content-length'] !== undefined && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
};

export function createAwsServer(options: AwsServerOptions): http.Server {
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const refusal = (head: WireRequest, size: number) =>
    refuse(head, options.requestId(), (service, operation) => tooLarge(service, operation, size, limit));

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const head = wireHead(req);
    const declared = declaredLength(head);
    // Over the limit by its own Content-Length: refused before a byte is read, and the connection
    // closed, since the body that follows will not be.
    if (declared !== undefined && declared > limit) {
      req.resume();
      send(res, refusal(head, declared), true);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    try {
      for await (const chunk of req as AsyncIterable<Buffer>) {
        size += chunk.length;
        // A chunked body over the limit is read to its end but not kept, so the client sees the answer.
        if (size > limit) over = true;
        if (!over) chunks.push(chunk);
      }
    } catch {
      // The client went away mid-body: nobody to answer.
      return;
    }
    if (over) {
      send(res, refusal(head, size));
      return;
    }
    const request: WireRequest = { ...head, body: new Uint8Array(Buffer.concat(chunks)) };
    let answer: WireResponse;
    try {
      answer = await options.route(request);
    } catch {
      answer = refuse(request, options.requestId(), () => internalError(options.requestId()));
    }
    send(res, answer);
    try {
      options.onAnswer?.(request, answer);
    } catch {
      // Persistence trouble is the host's to report; the answer has gone.
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ __type: 'ServiceException', message: 'An internal error occurred.' }));
      } else res.destroy();
    });
  });
  // `Expect: 100-continue` (S3 uploads): an oversized body is refused before the client sends it.
  server.on('checkContinue', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const head = wireHead(req);
    const declared = declaredLength(head);
    if (declared !== undefined && declared > limit) {
      send(res, refusal(head, declared), true);
      return;
    }
    res.writeContinue();
    server.emit('request', req, res);
  });
  // Bytes that are not HTTP at all: Node's parser gives up; answer 400 and close, as a front end would.
  server.on('clientError', (_error: Error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });
  return server;
}

/** Starts listening; resolves with the port (useful with port 0). */
export function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Stops accepting, ends idle and open connections, and resolves when the server has closed. */
export function close(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
