/** `aws lambda …-event-source-mapping` in the sandbox shell, against the real engine. */
import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../../sandbox/session.ts';
import { MemoryFS } from '../../../sandbox/workspace/memory-fs.ts';
import { NodeHost } from '../../../sandbox/runtime/hosts/node-host.ts';
import { fixedTime } from '../../../sandbox/cloud/clock.ts';
import { workerRole, zip } from '../../helpers/cloud.ts';

async function run(session: Session, line: string) {
  let stdout = '';
  let stderr = '';
  const rc = await session.run(line, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { rc, stdout, stderr };
}

describe('aws lambda event-source mappings', () => {
  let session: Session;
  afterEach(() => session?.dispose());

  it('create, list, update, get and delete a mapping; the queue feeds the function', async () => {
    session = new Session({ fs: new MemoryFS(), host: new NodeHost(), time: fixedTime() });
    const cloud = session.cloud;
    const role = await workerRole(cloud);
    await cloud.call({ service: 'lambda', action: 'CreateFunction', input: { FunctionName: 'worker', Runtime: 'nodejs24.x', Handler: 'index.handler', Role: role, Code: { ZipFile: zip({ 'index.mjs': 'export const handler = async (e) => { console.log("got", e.Records.map((r) => r.body).join()); };' }) } } });
    await cloud.call({ service: 'sqs', action: 'CreateQueue', input: { QueueName: 'jobs' } });

    const created = await run(session, 'aws lambda create-event-source-mapping --function-name worker --event-source-arn arn:aws:sqs:us-east-1:111111111111:jobs --batch-size 5 --function-response-types ReportBatchItemFailures');
    expect(created.stderr).toBe('');
    const mapping = JSON.parse(created.stdout);
    expect(mapping).toMatchObject({ UUID: expect.stringMatching(/^[0-9a-f-]{36}$/), BatchSize: 5, EventSourceArn: 'arn:aws:sqs:us-east-1:111111111111:jobs', FunctionArn: 'arn:aws:lambda:us-east-1:111111111111:function:worker', State: 'Creating', FunctionResponseTypes: ['ReportBatchItemFailures'] });

    const listed = await run(session, 'aws lambda list-event-source-mappings --function-name worker --query "EventSourceMappings[].[UUID,State]" --output text');
    expect(listed.stdout).toBe(`${mapping.UUID}\tEnabled\n`);

    await run(session, "aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/111111111111/jobs --message-body 'job 1'");
    await cloud.settled();
    const tail = await run(session, 'aws logs filter-log-events --log-group-name /aws/lambda/worker --query "events[].message" --output text');
    expect(tail.stdout).toContain('INFO\tgot job 1');

    const updated = await run(session, `aws lambda update-event-source-mapping --uuid ${mapping.UUID} --no-enabled --batch-size 2`);
    expect(JSON.parse(updated.stdout)).toMatchObject({ State: 'Updating', BatchSize: 2 });
    expect(JSON.parse((await run(session, `aws lambda get-event-source-mapping --uuid ${mapping.UUID}`)).stdout)).toMatchObject({ State: 'Disabled' });
    expect(JSON.parse((await run(session, `aws lambda delete-event-source-mapping --uuid ${mapping.UUID}`)).stdout)).toMatchObject({ State: 'Deleting' });
    const gone = await run(session, `aws lambda get-event-source-mapping --uuid ${mapping.UUID}`);
    expect(gone.rc).toBe(254);
    expect(gone.stderr).toMatch(/^\nAn error occurred \(ResourceNotFoundException\) when calling the GetEventSourceMapping operation: /);
  });

  it('checks what the model constrains before sending, as the CLI does', async () => {
    session = new Session({ fs: new MemoryFS(), host: new NodeHost(), time: fixedTime() });
    const bad = await run(session, 'aws lambda create-event-source-mapping --function-name worker --event-source-arn arn:aws:sqs:us-east-1:111111111111:jobs --batch-size 0');
    expect(bad.rc).toBe(252);
    expect(bad.stderr).toContain('Invalid value for parameter BatchSize, value: 0, valid min value: 1');
    const missing = await run(session, 'aws lambda get-event-source-mapping');
    expect(missing.rc).toBe(252);
    expect(missing.stderr).toContain('the following arguments are required: --uuid');
  });
});
