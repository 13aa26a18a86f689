/**
 * SQS's query protocol: awsQuery over the names of ../sqs-query.ts, plus what SQS itself does with
 * it. A request POSTed to the queue URL (`/111111111111/jobs`) names its queue by the path, so
 * QueueUrl may be left out; errors carry SQS's legacy codes (`AWS.SimpleQueueService.NonExistentQueue`),
 * the query era's wording and an empty `<Detail/>`, as SQS wrote them.
 */
import { response } from '../http.ts';
import { SQS_QUERY_MESSAGES } from '../sqs-query.ts';
import { element, escapeXml } from '../xml.ts';
import type { Protocol } from './protocol.ts';
import { awsQuery } from './query.ts';

/** The queue a path names (`/ACCOUNT/NAME`), as the URL the client would have sent. */
function queueUrlOfPath(host: string, path: string): string | undefined {
  const m = /^\/(\d{12})\/([^/]+)\/?$/.exec(path);
  if (!m) return undefined;
  const scheme = /\.amazonaws\.com(:\d+)?$/i.test(host) ? 'https' : 'http';
  return `${scheme}://${host}/${m[1]}/${m[2]}`;
}

export const sqsQuery: Protocol = {
  operation: awsQuery.operation,

  decode(x, op, labels) {
    const input = awsQuery.decode(x, op, labels);
    const member = op.input?.members?.QueueUrl;
    if (member && input.QueueUrl === undefined) {
      const url = queueUrlOfPath(x.request.host, x.request.path);
      if (url) input.QueueUrl = url;
    }
    return input;
  },

  encode: awsQuery.encode,

  error({ spec, requestId }, error) {
    const type = error.status >= 500 ? 'Receiver' : 'Sender';
    const message = SQS_QUERY_MESSAGES[error.code] ?? error.message;
    const detail = element('Type', type) + element('Code', escapeXml(error.code)) + element('Message', escapeXml(message)) + '<Detail/>';
    const body = element('ErrorResponse', element('Error', detail) + element('RequestId', requestId), `xmlns="${spec.metadata.xmlNamespace ?? ''}"`);
    return response(error.status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, `<?xml version="1.0"?>${body}`);
  },
};
