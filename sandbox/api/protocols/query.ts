/**
 * awsQuery (IAM, STS, SNS): `Action=…&Version=…` and the input's fields, form-encoded in the body
 * (or the query string); the output as `<OperationResponse><OperationResult>…` XML with the request
 * id in `ResponseMetadata`; errors as `<ErrorResponse><Error><Type>Sender</Type><Code>…`.
 */
import { bodyText, queryParams, response } from '../http.ts';
import { readQueryFields, structureBody } from '../xml-shapes.ts';
import { resolve } from '../model.ts';
import { element, escapeXml } from '../xml.ts';
import type { Exchange, Protocol } from './protocol.ts';

function fields({ request }: Exchange): Map<string, string> {
  const type = request.headers['content-type'] ?? '';
  const fromBody = request.method === 'POST' && (type.includes('x-www-form-urlencoded') || type === '') ? queryParams(bodyText(request)) : [];
  return new Map([...queryParams(request.query), ...fromBody]);
}

const XML = { 'content-type': 'text/xml' };

export const awsQuery: Protocol = {
  operation(x) {
    const action = fields(x).get('Action');
    if (!action) return undefined;
    const op = x.spec.operations[action];
    return op ? { op } : action;
  },

  decode(x, op) {
    return (readQueryFields(x.spec, op.input, fields(x), '') ?? {}) as Record<string, unknown>;
  },

  encode({ spec, requestId }, op, output) {
    const ns = spec.metadata.xmlNamespace ?? '';
    const shape = resolve(spec, op.output);
    const wrapper = op.output?.resultWrapper ?? shape.resultWrapper;
    const result = wrapper ? element(wrapper, structureBody(spec, shape, output)) : '';
    const metadata = element('ResponseMetadata', element('RequestId', requestId));
    const body = element(`${op.name}Response`, `${result}${metadata}`, `xmlns="${ns}"`);
    return response(200, { ...XML, 'x-amzn-requestid': requestId }, body);
  },

  error({ spec, requestId }, error) {
    const ns = spec.metadata.xmlNamespace ?? '';
    const type = error.status >= 500 ? 'Receiver' : 'Sender';
    const detail = element('Type', type) + element('Code', escapeXml(error.code)) + element('Message', escapeXml(error.message));
    const body = element('ErrorResponse', element('Error', detail) + element('RequestId', requestId), `xmlns="${ns}"`);
    return response(error.status, { ...XML, 'x-amzn-requestid': requestId }, body);
  },
};
