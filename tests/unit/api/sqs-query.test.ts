/**
 * SQS over the query protocol, as clients from before SQS's move to JSON send it: form-encoded
 * `Action=…` requests with botocore's query names (`Attribute.1.Name`, `MessageAttribute.1.Value.StringValue`,
 * `AttributeName.1`, `SendMessageBatchRequestEntry.1.Id` …), answered in XML. Each call is also made
 * over the JSON protocol on a twin cloud (same seed), and the two must say the same thing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { createRouter } from '../../../sandbox/api/router.ts';
import type { WireRequest, WireResponse } from '../../../sandbox/api/http.ts';
import { newCloud } from '../../helpers/cloud.ts';

const HOST = 'sqs.us-east-1.amazonaws.com';
const AUTH = 'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/sqs/aws4_request, SignedHeaders=host;x-amz-date, Signature=0';
const URL_OF = (name: string) => `https://sqs.us-east-1.amazonaws.com/111111111111/${name}`;
const enc = new TextEncoder();
const dec = new TextDecoder();

const form = (fields: Record<string, string | number>) =>
  Object.entries(fields).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&');

/** One query request, as botocore's query serializer sends it (POST /, form body, Version). */
function queryRequest(action: string, fields: Record<string, string | number>, options: { path?: string; host?: string; headers?: Record<string, string> } = {}): WireRequest {
  return {
    method: 'POST', host: options.host ?? HOST, path: options.path ?? '/', query: '',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', authorization: AUTH, ...options.headers },
    body: enc.encode(form({ Action: action, Version: '2012-11-05', ...fields })),
  };
}

function jsonRequest(action: string, input: unknown): WireRequest {
  return {
    method: 'POST', host: HOST, path: '/', query: '',
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `AmazonSQS.${action}`, authorization: AUTH },
    body: enc.encode(JSON.stringify(input)),
  };
}

/** Flattened elements come as arrays, however many there are (a `<Message>` is one only inside ReceiveMessageResult). */
const FLATTENED = ['Attribute', 'MessageAttribute', 'QueueUrl', 'SendMessageBatchResultEntry', 'BatchResultErrorEntry', 'DeleteMessageBatchResultEntry', 'Tag'];
const parser = new XMLParser({
  ignoreAttributes: false, parseTagValue: false,
  isArray: (name, jpath) => FLATTENED.includes(name) || String(jpath).endsWith('ReceiveMessageResult.Message'),
});
const xml = (r: WireResponse) => parser.parse(dec.decode(r.body)) as Record<string, Record<string, Record<string, unknown>>>;
const json = (r: WireResponse) => JSON.parse(dec.decode(r.body)) as Record<string, unknown>;
/** `<Attribute><Name>…</Name><Value>…</Value></Attribute>…` as the map it carries. */
const pairs = (items: unknown, key = 'Name') => Object.fromEntries(((items ?? []) as Array<Record<string, unknown>>).map((e) => [e[key], e.Value]));

describe('SQS over the query protocol', () => {
  let qCloud: Cloud;
  let jCloud: Cloud;
  let q: (r: WireRequest) => Promise<WireResponse>;
  let j: (r: WireRequest) => Promise<WireResponse>;
  beforeEach(() => {
    qCloud = newCloud(11);
    jCloud = newCloud(11);
    q = createRouter({ call: (r) => qCloud.call(r), requestId: () => qCloud.ids.uuid() });
    j = createRouter({ call: (r) => jCloud.call(r), requestId: () => jCloud.ids.uuid() });
  });
  afterEach(() => {
    qCloud.dispose();
    jCloud.dispose();
  });

  it('CreateQueue with Attribute.N and Tag.N, GetQueueAttributes with AttributeName.N — the XML as SQS writes it', async () => {
    const created = await q(queryRequest('CreateQueue', {
      QueueName: 'jobs', 'Attribute.1.Name': 'VisibilityTimeout', 'Attribute.1.Value': 30, 'Attribute.2.Name': 'DelaySeconds', 'Attribute.2.Value': 2,
      'Tag.1.Key': 'team', 'Tag.1.Value': 'payments',
    }));
    expect(created.status).toBe(200);
    expect(created.headers['content-type']).toBe('text/xml');
    const id = created.headers['x-amzn-requestid'];
    expect(dec.decode(created.body)).toBe(
      `<CreateQueueResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/"><CreateQueueResult><QueueUrl>${URL_OF('jobs')}</QueueUrl></CreateQueueResult>` +
      `<ResponseMetadata><RequestId>${id}</RequestId></ResponseMetadata></CreateQueueResponse>`,
    );
    await j(jsonRequest('CreateQueue', { QueueName: 'jobs', Attributes: { VisibilityTimeout: '30', DelaySeconds: '2' }, tags: { team: 'payments' } }));

    const attrs = xml(await q(queryRequest('GetQueueAttributes', { QueueUrl: URL_OF('jobs'), 'AttributeName.1': 'VisibilityTimeout', 'AttributeName.2': 'DelaySeconds', 'AttributeName.3': 'QueueArn' })));
    const jAttrs = json(await j(jsonRequest('GetQueueAttributes', { QueueUrl: URL_OF('jobs'), AttributeNames: ['VisibilityTimeout', 'DelaySeconds', 'QueueArn'] })));
    expect(pairs(attrs.GetQueueAttributesResponse!.GetQueueAttributesResult!.Attribute)).toEqual({ VisibilityTimeout: '30', DelaySeconds: '2', QueueArn: 'arn:aws:sqs:us-east-1:111111111111:jobs' });
    expect(pairs(attrs.GetQueueAttributesResponse!.GetQueueAttributesResult!.Attribute)).toEqual(jAttrs.Attributes);
    const all = xml(await q(queryRequest('GetQueueAttributes', { QueueUrl: URL_OF('jobs'), 'AttributeName.1': 'All' })));
    const jAll = json(await j(jsonRequest('GetQueueAttributes', { QueueUrl: URL_OF('jobs'), AttributeNames: ['All'] })));
    expect(pairs(all.GetQueueAttributesResponse!.GetQueueAttributesResult!.Attribute)).toEqual(jAll.Attributes);

    const tags = xml(await q(queryRequest('ListQueueTags', { QueueUrl: URL_OF('jobs') })));
    expect(pairs(tags.ListQueueTagsResponse!.ListQueueTagsResult!.Tag, 'Key')).toEqual({ team: 'payments' });
    expect(qCloud.snapshot().sqs).toEqual(jCloud.snapshot().sqs);
  });

  it('SendMessage with MessageAttribute.N, ReceiveMessage with AttributeName.N and MessageAttributeName.N, DeleteMessage', async () => {
    for (const route of [q, j]) await route(route === q ? queryRequest('CreateQueue', { QueueName: 'jobs' }) : jsonRequest('CreateQueue', { QueueName: 'jobs' }));
    const sent = xml(await q(queryRequest('SendMessage', {
      QueueUrl: URL_OF('jobs'), MessageBody: 'job <1> & more',
      'MessageAttribute.1.Name': 'kind', 'MessageAttribute.1.Value.StringValue': 'resize', 'MessageAttribute.1.Value.DataType': 'String',
      'MessageAttribute.2.Name': 'blob', 'MessageAttribute.2.Value.BinaryValue': 'AAEC', 'MessageAttribute.2.Value.DataType': 'Binary',
      'MessageAttribute.3.Name': 'n', 'MessageAttribute.3.Value.StringValue': '42', 'MessageAttribute.3.Value.DataType': 'Number',
    }))).SendMessageResponse!.SendMessageResult as Record<string, string>;
    const jSent = json(await j(jsonRequest('SendMessage', {
      QueueUrl: URL_OF('jobs'), MessageBody: 'job <1> & more',
      MessageAttributes: { kind: { StringValue: 'resize', DataType: 'String' }, blob: { BinaryValue: 'AAEC', DataType: 'Binary' }, n: { StringValue: '42', DataType: 'Number' } },
    })));
    expect(sent).toEqual(jSent);
    expect(sent.MD5OfMessageAttributes).toMatch(/^[0-9a-f]{32}$/);

    const received = xml(await q(queryRequest('ReceiveMessage', {
      QueueUrl: URL_OF('jobs'), 'AttributeName.1': 'SentTimestamp', 'AttributeName.2': 'ApproximateReceiveCount',
      'MessageAttributeName.1': 'kind', 'MessageAttributeName.2': 'blob', MaxNumberOfMessages: 5, VisibilityTimeout: 45,
    }))).ReceiveMessageResponse!.ReceiveMessageResult as { Message: Array<Record<string, unknown>> };
    const jReceived = json(await j(jsonRequest('ReceiveMessage', {
      QueueUrl: URL_OF('jobs'), AttributeNames: ['SentTimestamp', 'ApproximateReceiveCount'], MessageAttributeNames: ['kind', 'blob'], MaxNumberOfMessages: 5, VisibilityTimeout: 45,
    }))) as { Messages: Array<Record<string, unknown>> };
    expect(received.Message).toHaveLength(1);
    const [m] = received.Message;
    const [jm] = jReceived.Messages;
    expect(m!.Body).toBe('job <1> & more');
    expect({ MessageId: m!.MessageId, ReceiptHandle: m!.ReceiptHandle, MD5OfBody: m!.MD5OfBody, Body: m!.Body, MD5OfMessageAttributes: m!.MD5OfMessageAttributes })
      .toEqual({ MessageId: jm!.MessageId, ReceiptHandle: jm!.ReceiptHandle, MD5OfBody: jm!.MD5OfBody, Body: jm!.Body, MD5OfMessageAttributes: jm!.MD5OfMessageAttributes });
    expect(pairs(m!.Attribute)).toEqual(jm!.Attributes);
    expect(Object.keys(pairs(m!.Attribute))).toEqual(Object.keys(jm!.Attributes as object));
    expect(pairs(m!.MessageAttribute)).toEqual({ kind: { StringValue: 'resize', DataType: 'String' }, blob: { BinaryValue: 'AAEC', DataType: 'Binary' } });
    expect(pairs(m!.MessageAttribute)).toEqual(jm!.MessageAttributes);
    // The message XML in full: flattened Attribute and MessageAttribute elements inside <Message>.
    expect(dec.decode((await q(queryRequest('ReceiveMessage', { QueueUrl: URL_OF('jobs') }))).body)).toContain('<ReceiveMessageResult></ReceiveMessageResult>');

    const deleted = await q(queryRequest('DeleteMessage', { QueueUrl: URL_OF('jobs'), ReceiptHandle: String(m!.ReceiptHandle) }));
    await j(jsonRequest('DeleteMessage', { QueueUrl: URL_OF('jobs'), ReceiptHandle: jm!.ReceiptHandle }));
    expect(dec.decode(deleted.body)).toBe(`<DeleteMessageResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/"><ResponseMetadata><RequestId>${deleted.headers['x-amzn-requestid']}</RequestId></ResponseMetadata></DeleteMessageResponse>`);
    expect(qCloud.snapshot().sqs).toEqual(jCloud.snapshot().sqs);
  });

  it('SendMessageBatch with SendMessageBatchRequestEntry.N: Successful and Failed entries', async () => {
    await q(queryRequest('CreateQueue', { QueueName: 'jobs' }));
    await j(jsonRequest('CreateQueue', { QueueName: 'jobs' }));
    const batch = xml(await q(queryRequest('SendMessageBatch', {
      QueueUrl: URL_OF('jobs'),
      'SendMessageBatchRequestEntry.1.Id': 'a', 'SendMessageBatchRequestEntry.1.MessageBody': 'one',
      'SendMessageBatchRequestEntry.2.Id': 'b', 'SendMessageBatchRequestEntry.2.MessageBody': 'two', 'SendMessageBatchRequestEntry.2.DelaySeconds': 5,
      'SendMessageBatchRequestEntry.2.MessageAttribute.1.Name': 'k', 'SendMessageBatchRequestEntry.2.MessageAttribute.1.Value.StringValue': 'v', 'SendMessageBatchRequestEntry.2.MessageAttribute.1.Value.DataType': 'String',
      'SendMessageBatchRequestEntry.3.Id': 'c', 'SendMessageBatchRequestEntry.3.MessageBody': 'three', 'SendMessageBatchRequestEntry.3.DelaySeconds': 9000,
    }))).SendMessageBatchResponse!.SendMessageBatchResult as { SendMessageBatchResultEntry: Array<Record<string, string>>; BatchResultErrorEntry: Array<Record<string, string>> };
    const jBatch = json(await j(jsonRequest('SendMessageBatch', {
      QueueUrl: URL_OF('jobs'),
      Entries: [
        { Id: 'a', MessageBody: 'one' },
        { Id: 'b', MessageBody: 'two', DelaySeconds: 5, MessageAttributes: { k: { StringValue: 'v', DataType: 'String' } } },
        { Id: 'c', MessageBody: 'three', DelaySeconds: 9000 },
      ],
    }))) as { Successful: unknown[]; Failed: Array<Record<string, unknown>> };
    expect(batch.SendMessageBatchResultEntry.map((e) => e.Id)).toEqual(['a', 'b']);
    expect(batch.SendMessageBatchResultEntry).toEqual(jBatch.Successful);
    // Booleans travel as text in XML.
    expect(batch.BatchResultErrorEntry).toEqual(jBatch.Failed.map((f) => ({ ...f, SenderFault: String(f.SenderFault) })));
    expect(qCloud.snapshot().sqs).toEqual(jCloud.snapshot().sqs);

    const deleted = xml(await q(queryRequest('DeleteMessageBatch', { QueueUrl: URL_OF('jobs'), 'DeleteMessageBatchRequestEntry.1.Id': 'x', 'DeleteMessageBatchRequestEntry.1.ReceiptHandle': 'nope' })));
    expect((deleted.DeleteMessageBatchResponse!.DeleteMessageBatchResult as Record<string, unknown>).BatchResultErrorEntry).toMatchObject([{ Id: 'x', SenderFault: 'true', Code: 'ReceiptHandleIsInvalid' }]);
  });

  it('POSTed to the queue URL, the path names the queue; ListQueues lists QueueUrl elements; GET with a query string works too', async () => {
    await q(queryRequest('CreateQueue', { QueueName: 'jobs' }));
    const local = await q(queryRequest('SendMessage', { MessageBody: 'by path' }, { path: '/111111111111/jobs', host: 'localhost:4566' }));
    expect(local.status).toBe(200);
    const onAws = await q(queryRequest('SendMessage', { MessageBody: 'by path 2' }, { path: '/111111111111/jobs' }));
    expect(onAws.status).toBe(200);
    const attrs = xml(await q(queryRequest('GetQueueAttributes', { 'AttributeName.1': 'ApproximateNumberOfMessages' }, { path: '/111111111111/jobs' })));
    expect(pairs(attrs.GetQueueAttributesResponse!.GetQueueAttributesResult!.Attribute)).toEqual({ ApproximateNumberOfMessages: '2' });
    const listed = await q({ method: 'GET', host: HOST, path: '/', query: 'Action=ListQueues&Version=2012-11-05', headers: { authorization: AUTH }, body: new Uint8Array(0) });
    expect(xml(listed).ListQueuesResponse!.ListQueuesResult).toEqual({ QueueUrl: [URL_OF('jobs')] });
  });

  it('errors are <ErrorResponse> with the legacy code, Sender, and the query-era wording', async () => {
    const r = await q(queryRequest('GetQueueUrl', { QueueName: 'nope' }));
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toBe('text/xml');
    expect(dec.decode(r.body)).toBe(
      '<?xml version="1.0"?><ErrorResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/"><Error><Type>Sender</Type><Code>AWS.SimpleQueueService.NonExistentQueue</Code>' +
      `<Message>The specified queue does not exist for this wsdl version.</Message><Detail/></Error><RequestId>${r.headers['x-amzn-requestid']}</RequestId></ErrorResponse>`,
    );
    // The JSON protocol says the same thing its own way.
    const jr = await j(jsonRequest('GetQueueUrl', { QueueName: 'nope' }));
    expect([jr.status, jr.headers['x-amzn-query-error'], json(jr).__type]).toEqual([400, 'AWS.SimpleQueueService.NonExistentQueue;Sender', 'com.amazonaws.sqs#QueueDoesNotExist']);

    const unknown = await q(queryRequest('AddPermissionz', {}));
    expect(dec.decode(unknown.body)).toContain('<Code>InvalidAction</Code>');
    const badInt = await q(queryRequest('ReceiveMessage', { QueueUrl: URL_OF('jobs'), MaxNumberOfMessages: 'ten' }));
    expect([badInt.status, /<Code>([^<]+)/.exec(dec.decode(badInt.body))?.[1]]).toEqual([400, 'SerializationException']);
    const missing = await q(queryRequest('SendMessage', { QueueUrl: URL_OF('jobs') }));
    expect(missing.status).toBe(400);
    expect(dec.decode(missing.body)).toMatch(/<Code>(MissingParameter|AWS\.SimpleQueueService\.NonExistentQueue)<\/Code>/);
  });

  it('the JSON protocol is untouched: a request with X-Amz-Target is JSON even when a form field says Action', async () => {
    const r = await q({ ...jsonRequest('ListQueues', {}), query: 'Action=ListQueues' });
    expect([r.status, r.headers['content-type']]).toEqual([200, 'application/x-amz-json-1.0']);
  });
});
