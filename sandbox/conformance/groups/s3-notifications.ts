/**
 * S3 → Lambda: a bucket notification to a function is validated against the function policy, and a
 * PutObject delivers the S3 event record to the function asynchronously.
 */
import { ACCOUNT, arn, create, esm, group, lambda, payload, s3 } from '../build.ts';
import { line, START } from '../patterns.ts';
import type { Scenario } from '../types.ts';

const BUCKET = 'uploads-bucket';
const notify = (name: string) => s3('PutBucketNotificationConfiguration', {
  Bucket: BUCKET,
  NotificationConfiguration: { LambdaFunctionConfigurations: [{ Id: 'on-upload', LambdaFunctionArn: arn(name), Events: ['s3:ObjectCreated:*'] }] },
});
const allowS3 = (name: string) => lambda('AddPermission', { FunctionName: name, StatementId: 's3', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: `arn:aws:s3:::${BUCKET}`, SourceAccount: ACCOUNT });
const LOGS_RECORD = esm('export const handler = async (e) => { for (const r of e.Records) console.log(r.eventSource, r.eventName, r.s3.bucket.name, r.s3.object.key, r.s3.object.size, r.s3.configurationId); };');

export const s3Notifications: Scenario[] = [
  {
    name: 'A bucket notification to a function the policy does not let S3 invoke is refused; after AddPermission with the bucket as SourceArn it is saved',
    steps: [
      { call: s3('CreateBucket', { Bucket: BUCKET }) },
      { call: create('thumbs', LOGS_RECORD) },
      {
        call: notify('thumbs'),
        expect: { error: { code: 'InvalidArgument', status: 400, message: 'Unable to validate the following destination configurations', extra: { ArgumentName: arn('thumbs'), ArgumentValue: `Not authorized to invoke function [${arn('thumbs')}]` } } },
      },
      { call: s3('GetBucketNotificationConfiguration', { Bucket: BUCKET }), expect: { output: { LambdaFunctionConfigurations: undefined } } },
      { call: allowS3('thumbs') },
      { call: notify('thumbs'), expect: { output: {} } },
      { call: s3('GetBucketNotificationConfiguration', { Bucket: BUCKET }), expect: { output: { LambdaFunctionConfigurations: [{ Id: 'on-upload', LambdaFunctionArn: arn('thumbs'), Events: ['s3:ObjectCreated:*'] }] } } },
    ],
  },
  {
    name: 'PutObject invokes the function asynchronously with the S3 record: ObjectCreated:Put and the URL-encoded key',
    steps: [
      { call: s3('CreateBucket', { Bucket: BUCKET }) },
      { call: create('thumbs', LOGS_RECORD) },
      { call: allowS3('thumbs') },
      { call: notify('thumbs') },
      { call: s3('PutObject', { Bucket: BUCKET, Key: 'images/red flower.jpg', Body: payload('hello') }), expect: { output: { ETag: '"5d41402abc4b2a76b9719d911017c592"' } } },
      { settle: true, expect: { logGroup: group('thumbs'), logs: [line.start(), line.console('INFO', `aws:s3 ObjectCreated:Put ${BUCKET} images/red+flower.jpg 5 on-upload`), line.end()], logCount: [[START, 1]] } },
    ],
  },
];
