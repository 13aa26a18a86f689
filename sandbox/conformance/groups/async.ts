/**
 * Asynchronous invocation: the 202, the internal queue's retries on the virtual clock, the dead-letter
 * queue, destinations and their invocation record, event age, reserved concurrency 0, recursive loops,
 * and SNS as an asynchronous source.
 */
import { arn, createWorker, WORKER_ROLE_STEPS, esm, group, invoke, invokeEvent, lambda, queueArn, queueUrl, receiveAll, sns, sqs, topicArn } from '../build.ts';
import { ISO_TIME, line, REQUEST_ID, START } from '../patterns.ts';
import type { Scenario } from '../types.ts';

const FAILS = esm('export const handler = async (event) => { throw new Error("boom " + event.n); };');
const DOUBLES = esm('export const handler = async (event) => ({ doubled: event.n * 2 });');

const createQueue = (name: string) => sqs('CreateQueue', { QueueName: name });
const eventInvokeConfig = (name: string, config: Record<string, unknown>) => lambda('PutFunctionEventInvokeConfig', { FunctionName: name, ...config });
const starts = (name: string, n: number) => ({ logGroup: group(name), logCount: [[START, n]] as Array<[RegExp, number]> });

export const asyncInvokes: Scenario[] = [
  {
    name: 'An Event invoke is answered 202 with no payload; the function runs from the internal queue',
    steps: [
      ...WORKER_ROLE_STEPS,
      { call: createWorker('echo', esm('export const handler = async (event) => { console.log("event", JSON.stringify(event)); return event; };')) },
      { call: invokeEvent('echo', { n: 1 }), expect: { output: { StatusCode: 202, Payload: undefined, ExecutedVersion: undefined, FunctionError: undefined } } },
      { settle: true, expect: { logGroup: group('echo'), logsExactly: [line.initStart(), line.start(), line.console('INFO', 'event {"n":1}'), line.end(), line.report({ init: true })] } },
      { call: invokeEvent('nope', {}), expect: { error: { code: 'ResourceNotFoundException', status: 404, message: `Function not found: ${arn('nope')}` } } },
    ],
  },
  {
    name: 'A failing event is retried 1 minute and then 2 minutes later, then sent to the dead-letter queue with RequestID, ErrorCode and ErrorMessage',
    steps: [
      ...WORKER_ROLE_STEPS,
      { call: createQueue('dlq'), expect: { output: { QueueUrl: queueUrl('dlq') } } },
      { call: createWorker('fails', FAILS, { DeadLetterConfig: { TargetArn: queueArn('dlq') } }), expect: { output: { DeadLetterConfig: { TargetArn: queueArn('dlq') } } } },
      { call: invokeEvent('fails', { n: 1 }), expect: { output: { StatusCode: 202 } } },
      { settle: true, expect: starts('fails', 1) },
      { advance: 59_000, expect: starts('fails', 1) },
      { advance: 1_000, note: 'the first retry, one minute after the failure', expect: starts('fails', 2) },
      { call: receiveAll('dlq'), expect: { output: { Messages: undefined } } },
      { advance: 119_000, expect: starts('fails', 2) },
      { advance: 1_000, note: 'the second retry, two minutes after the first', expect: starts('fails', 3) },
      {
        call: receiveAll('dlq'),
        expect: {
          output: {
            Messages: [{
              Body: '{"n":1}',
              Attributes: { ApproximateReceiveCount: '1' },
              MessageAttributes: {
                RequestID: { DataType: 'String', StringValue: REQUEST_ID },
                ErrorCode: { DataType: 'Number', StringValue: '200' },
                ErrorMessage: { DataType: 'String', StringValue: 'boom 1' },
              },
            }],
          },
        },
      },
      { advance: 3_600_000, note: 'no more attempts', expect: starts('fails', 3) },
    ],
  },
  {
    name: 'After the last retry the on-failure destination receives the invocation record, its members in order, condition RetriesExhausted',
    steps: [
      ...WORKER_ROLE_STEPS,
      { call: createQueue('failures') },
      { call: createWorker('fails', FAILS) },
      {
        call: eventInvokeConfig('fails', { MaximumRetryAttempts: 1, DestinationConfig: { OnFailure: { Destination: queueArn('failures') } } }),
        expect: { output: { FunctionArn: arn('fails', '$LATEST'), MaximumRetryAttempts: 1, DestinationConfig: { OnSuccess: {}, OnFailure: { Destination: queueArn('failures') } } } },
      },
      { call: invokeEvent('fails', { n: 7 }) },
      { settle: true },
      { call: receiveAll('failures'), expect: { output: { Messages: undefined } } },
      { advance: 60_000, expect: starts('fails', 2) },
      {
        call: receiveAll('failures'),
        expect: {
          output: { Messages: [{ Body: /^\{"version":"1\.0"/ }] },
          json: [{
            path: 'Messages.0.Body',
            equals: {
              version: '1.0',
              timestamp: ISO_TIME,
              requestContext: { requestId: REQUEST_ID, functionArn: arn('fails', '$LATEST'), condition: 'RetriesExhausted', approximateInvokeCount: 2 },
              requestPayload: { n: 7 },
              responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
              responsePayload: { errorType: 'Error', errorMessage: 'boom 7', trace: ['Error: boom 7', /\/var\/task\/index\.mjs:1:\d+\)?$/] },
            },
          }],
        },
      },
    ],
  },
  {
    name: 'A successful event sends the invocation record to the on-success destination, with the function’s response',
    steps: [
      ...WORKER_ROLE_STEPS,
      { call: createQueue('successes') },
      { call: createWorker('ok', DOUBLES) },
      { call: eventInvokeConfig('ok', { DestinationConfig: { OnSuccess: { Destination: queueArn('successes') } } }) },
      { call: invokeEvent('ok', { n: 21 }) },
      { settle: true },
      {
        call: receiveAll('successes'),
        expect: {
          json: [{
            path: 'Messages.0.Body',
            equals: {
              version: '1.0',
              timestamp: ISO_TIME,
              requestContext: { requestId: REQUEST_ID, functionArn: arn('ok', '$LATEST'), condition: 'Success', approximateInvokeCount: 1 },
              requestPayload: { n: 21 },
              responseContext: { statusCode: 200, executedVersion: '$LATEST' },
              responsePayload: { doubled: 42 },
            },
          }],
        },
      },
    ],
  },
  {
    name: 'A function as destination is invoked asynchronously with the invocation record as its event',
    steps: [
      ...WORKER_ROLE_STEPS,
      { call: createWorker('ok', DOUBLES) },
      { call: createWorker('audit', esm('export const handler = async (record) => { console.log(record.requestContext.condition, JSON.stringify(record.responsePayload)); };')) },
      { call: eventInvokeConfig('ok', { DestinationConfig: { OnSuccess: { Destination: arn('audit') } } }) },
      { call: invokeEvent('ok', { n: 2 }) },
      { settle: true, expect: { logGroup: group('audit'), logs: [line.start(), line.console('INFO', 'Success {"doubled":4}'), line.end()] } },
    ],
  },
  {
    name: 'An event older than MaximumEventAgeInSeconds is not retried: it goes to the on-failure destination as EventAgeExceeded',
    steps: [
      ...WORKER_ROLE_STEPS,
      { call: createQueue('expired') },
      { call: createWorker('fails', FAILS) },
      { call: eventInvokeConfig('fails', { MaximumEventAgeInSeconds: 60, DestinationConfig: { OnFailure: { Destination: queueArn('expired') } } }) },
      { call: invokeEvent('fails', { n: 1 }) },
      { settle: true, expect: starts('fails', 1) },
      { advance: 180_000, expect: starts('fails', 1) },
      { call: receiveAll('expired'), expect: { json: [{ path: 'Messages.0.Body', match: { requestContext: { condition: 'EventAgeExceeded', approximateInvokeCount: 1 }, requestPayload: { n: 1 } } }] } },
    ],
  },
  {
    name: 'With reserved concurrency 0 an event never runs: it goes straight to the on-failure destination',
    steps: [
      ...WORKER_ROLE_STEPS,
      { call: createQueue('off') },
      { call: createWorker('off', DOUBLES) },
      { call: lambda('PutFunctionConcurrency', { FunctionName: 'off', ReservedConcurrentExecutions: 0 }) },
      { call: eventInvokeConfig('off', { DestinationConfig: { OnFailure: { Destination: queueArn('off') } } }) },
      { call: invokeEvent('off', { n: 1 }), expect: { output: { StatusCode: 202 } } },
      { settle: true, expect: starts('off', 0) },
      {
        call: receiveAll('off'),
        expect: { json: [{ path: 'Messages.0.Body', match: { requestContext: { functionArn: arn('off', '$LATEST'), approximateInvokeCount: 0 }, requestPayload: { n: 1 }, responseContext: undefined, responsePayload: undefined } }] },
      },
    ],
  },
  {
    name: 'A recursive loop of asynchronous invocations is stopped after 16 invocations',
    steps: [
      ...WORKER_ROLE_STEPS,
      { call: createWorker('loop', DOUBLES) },
      { call: eventInvokeConfig('loop', { DestinationConfig: { OnSuccess: { Destination: arn('loop') } } }) },
      { call: lambda('GetFunctionRecursionConfig', { FunctionName: 'loop' }), expect: { output: { RecursiveLoop: 'Terminate' } } },
      { call: invokeEvent('loop', { n: 1 }) },
      { settle: true, expect: starts('loop', 16) },
      { advance: 600_000, expect: starts('loop', 16) },
    ],
  },
  {
    name: 'An SNS topic invokes a subscribed function asynchronously with the SNS event record',
    steps: [
      ...WORKER_ROLE_STEPS,
      {
        call: createWorker('sub', esm(`export const handler = async (event) => {
  const record = event.Records[0];
  console.log(JSON.stringify({
    records: event.Records.length,
    source: record.EventSource,
    version: record.EventVersion,
    subscribed: record.EventSubscriptionArn.startsWith(record.Sns.TopicArn + ':'),
    type: record.Sns.Type,
    topic: record.Sns.TopicArn,
    subject: record.Sns.Subject,
    message: record.Sns.Message,
    keys: Object.keys(record.Sns).sort(),
  }));
};`)),
      },
      { call: sns('CreateTopic', { Name: 'news' }), expect: { output: { TopicArn: topicArn('news') } } },
      // On AWS SNS may invoke the function only once its resource policy allows sns.amazonaws.com.
      {
        call: lambda('AddPermission', { FunctionName: 'sub', StatementId: 'sns-news', Action: 'lambda:InvokeFunction', Principal: 'sns.amazonaws.com', SourceArn: topicArn('news') }),
        expect: { json: [{ path: 'Statement', match: { Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Resource: arn('sub'), Condition: { ArnLike: { 'AWS:SourceArn': topicArn('news') } } } }] },
      },
      { call: sns('Subscribe', { TopicArn: topicArn('news'), Protocol: 'lambda', Endpoint: arn('sub') }), expect: { output: { SubscriptionArn: new RegExp(`^${topicArn('news')}:[0-9a-f-]{36}$`) } } },
      { call: sns('Publish', { TopicArn: topicArn('news'), Message: 'hello', Subject: 'greeting' }), expect: { output: { MessageId: REQUEST_ID } } },
      {
        settle: true,
        expect: {
          logGroup: group('sub'),
          logs: [
            line.start(),
            line.console('INFO', JSON.stringify({
              records: 1,
              source: 'aws:sns',
              version: '1.0',
              subscribed: true,
              type: 'Notification',
              topic: topicArn('news'),
              subject: 'greeting',
              message: 'hello',
              keys: ['Message', 'MessageAttributes', 'MessageId', 'Signature', 'SignatureVersion', 'SigningCertUrl', 'Subject', 'Timestamp', 'TopicArn', 'Type', 'UnsubscribeUrl'],
            })),
            line.end(),
          ],
        },
      },
    ],
  },
  {
    name: 'A synchronous invoke that fails is not retried by Lambda',
    steps: [
      ...WORKER_ROLE_STEPS,
      { call: createWorker('fails', FAILS) },
      { call: invoke('fails', { n: 1 }), expect: { functionError: 'Unhandled', payloadMatch: { errorMessage: 'boom 1' } } },
      { advance: 600_000, expect: starts('fails', 1) },
    ],
  },
];
