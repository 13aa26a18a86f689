/**
 * restXml (S3): the operation from method, path and query keys; the bucket from a virtual host
 * (`my-bucket.s3.amazonaws.com`) or the first path segment; object bytes as the raw body (also in
 * the aws-chunked encoding the SDK uses for streams and trailing checksums); other inputs and the
 * outputs as XML in S3's namespace; errors as `<Error><Code>…</Code><Message>…</Message>…`.
 */
import { bodyText, response, type WireRequest } from '../http.ts';
import { resolve, type OperationSpec } from '../model.ts';
import { toBytes } from '../serde.ts';
import { readXml, element, escapeXml } from '../xml.ts';
import { readXmlNode, structureBody, writeXml } from '../xml-shapes.ts';
import { AwsError } from '../../cloud/errors.ts';
import type { Protocol } from './protocol.ts';
import { matchOperation, readBindings, writeBindings } from './rest.ts';

const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';

/** The root element S3 writes for outputs whose members are the body (the model leaves it to the parser). */
const ROOTS: Record<string, string> = {
  ListBuckets: 'ListAllMyBucketsResult',
  ListObjects: 'ListBucketResult',
  ListObjectsV2: 'ListBucketResult',
  ListObjectVersions: 'ListVersionsResult',
  DeleteObjects: 'DeleteResult',
  GetBucketNotificationConfiguration: 'NotificationConfiguration',
  GetBucketVersioning: 'VersioningConfiguration',
  CreateMultipartUpload: 'InitiateMultipartUploadResult',
  CompleteMultipartUpload: 'CompleteMultipartUploadResult',
};

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * The body of an aws-chunked upload (`<hex size>[;chunk-signature=…]\r\n<bytes>\r\n … 0\r\n<trailers>`),
 * with its trailing headers (x-amz-checksum-crc32 …).
 */
export function decodeAwsChunked(body: Uint8Array): { bytes: Uint8Array; trailers: Record<string, string> } {
  const chunks: Uint8Array[] = [];
  const trailers: Record<string, string> = {};
  const text = (from: number, to: number) => new TextDecoder().decode(body.subarray(from, to));
  const incomplete = () => new AwsError('IncompleteBody', 'The request body terminated unexpectedly', 400);
  let i = 0;
  for (;;) {
    const eol = body.indexOf(0x0a, i);
    if (eol < 0) throw incomplete();
    // Hex digits only: parseInt would take `-5` or `12zz`, and a negative size would walk backwards.
    const field = text(i, eol).split(';')[0]!.trim();
    if (!/^[0-9a-fA-F]{1,8}$/.test(field)) throw new AwsError('InvalidChunkSizeError', 'Only the last chunk is allowed to have a size less than 8192 bytes', 403);
    const size = parseInt(field, 16);
    i = eol + 1;
    if (size === 0) break;
    // A chunk is its bytes and then CRLF; a body that stops short of either was cut off.
    if (i + size + 2 > body.length || body[i + size] !== 0x0d || body[i + size + 1] !== 0x0a) throw incomplete();
    chunks.push(body.subarray(i, i + size));
    i += size + 2;
  }
  for (const line of text(i, body.length).split(/\r?\n/)) {
    const c = line.indexOf(':');
    if (c > 0) trailers[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
  }
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, trailers };
}

function isChunked(request: WireRequest): boolean {
  return (request.headers['content-encoding'] ?? '').split(',').some((e) => e.trim() === 'aws-chunked')
    || (request.headers['x-amz-content-sha256'] ?? '').startsWith('STREAMING-');
}

export const restXml: Protocol = {
  operation(x) {
    return matchOperation(x.spec, x.request);
  },

  decode({ spec, request }, op, labels = {}) {
    let req = request;
    if (isChunked(request)) {
      const { bytes, trailers } = decodeAwsChunked(request.body);
      const declared = request.headers['x-amz-decoded-content-length'];
      if (declared !== undefined && String(bytes.length) !== declared.trim()) {
        throw new AwsError('IncompleteBody', 'You did not provide the number of bytes specified by the Content-Length HTTP header.', 400);
      }
      req = { ...request, body: bytes, headers: { ...request.headers, ...trailers } };
    }
    const input = resolve(spec, op.input);
    const out = readBindings(spec, op.input, req, labels);
    const payload = input.payload;
    if (!payload) return out;
    const member = resolve(spec, input.members?.[payload]);
    if (member.type === 'blob') out[payload] = req.body;
    else if (member.type === 'string') out[payload] = bodyText(req);
    else {
      const doc = readXml(bodyText(req));
      if (doc) out[payload] = readXmlNode(spec, member, doc.node, payload);
    }
    return out;
  },

  encode({ spec, requestId, request }, op, output) {
    const shape = resolve(spec, op.output);
    const { status, headers } = writeBindings(spec, op.output, output);
    const all = { 'x-amz-request-id': requestId, 'x-amz-id-2': requestId, ...headers };
    const code = status ?? op.http?.responseCode ?? 200;
    if (request.method === 'HEAD') return response(code, all);
    const payload = shape.payload;
    if (payload) {
      const member = resolve(spec, shape.members?.[payload]);
      const value = output[payload];
      if (member.type === 'blob' || member.type === 'string') {
        return response(code, { 'content-type': 'application/octet-stream', ...all }, toBytes(value));
      }
      if (value === undefined) return response(code, all);
      const name = member.locationName ?? payload;
      const xml = writeXml(spec, member, value, name).replace(`<${name}>`, `<${name} xmlns="${S3_NS}">`);
      return response(code, { 'content-type': 'application/xml', ...all }, XML_HEAD + xml);
    }
    if (op.name === 'GetBucketLocation') {
      const location = output.LocationConstraint ? escapeXml(String(output.LocationConstraint)) : '';
      return response(code, { 'content-type': 'application/xml', ...all }, `${XML_HEAD}<LocationConstraint xmlns="${S3_NS}">${location}</LocationConstraint>`);
    }
    const body = structureBody(spec, shape, output);
    if (!body && !ROOTS[op.name]) return response(code, all);
    return response(code, { 'content-type': 'application/xml', ...all }, XML_HEAD + element(ROOTS[op.name] ?? `${op.name}Result`, body, `xmlns="${S3_NS}"`));
  },

  error({ requestId, request }, error) {
    const headers = { 'content-type': 'application/xml', 'x-amz-request-id': requestId, 'x-amz-id-2': requestId };
    if (request.method === 'HEAD') return response(error.status, headers);
    const extra = Object.entries(error.extra ?? {}).map(([k, v]) => element(k, escapeXml(String(v)))).join('');
    const body = element('Error', element('Code', escapeXml(error.code)) + element('Message', escapeXml(error.message)) + extra + element('RequestId', requestId) + element('HostId', requestId));
    return response(error.status, headers, XML_HEAD + body);
  },
};
