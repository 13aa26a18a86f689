/** What the terminal adds when AWS would say something only in a console or a metric. */
import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../../sandbox/session.ts';
import { MemoryFS } from '../../../sandbox/workspace/memory-fs.ts';
import { NodeHost } from '../../../sandbox/runtime/hosts/node-host.ts';
import { fixedTime } from '../../../sandbox/cloud/clock.ts';
import { zip } from '../../helpers/cloud.ts';

async function run(session: Session, line: string) {
  let stderr = '';
  await session.run(line, { stdout: () => {}, stderr: (s) => void (stderr += s) });
  await session.cloud.settled();
  return stderr;
}

describe('sandbox notices', () => {
  let session: Session;
  afterEach(() => session?.dispose());

  it('a delivery a queue refuses says which policy to add', async () => {
    session = new Session({ fs: new MemoryFS(), host: new NodeHost(), time: fixedTime() });
    await run(session, 'aws sns create-topic --name orders');
    await run(session, 'aws sqs create-queue --queue-name billing');
    await run(session, 'aws sns subscribe --topic-arn arn:aws:sns:us-east-1:111111111111:orders --protocol sqs --notification-endpoint arn:aws:sqs:us-east-1:111111111111:billing');
    const err = await run(session, 'aws sns publish --topic-arn arn:aws:sns:us-east-1:111111111111:orders --message hi');
    expect(err).toContain('lab: sns.amazonaws.com could not deliver to arn:aws:sqs:us-east-1:111111111111:billing: the queue has no access policy, so sns.amazonaws.com may not send messages to it; set a Policy (aws sqs set-queue-attributes');
  });

  it('a recursive loop Lambda stopped in the background is told at the next command', async () => {
    session = new Session({ fs: new MemoryFS(), host: new NodeHost(), time: fixedTime() });
    const cloud = session.cloud;
    await run(session, 'aws sns create-topic --name loop');
    const topic = 'arn:aws:sns:us-east-1:111111111111:loop';
    await cloud.call({ service: 'iam', action: 'PutRolePolicy', input: { RoleName: 'lambda-basic', PolicyName: 'publish', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sns:Publish', Resource: '*' }] }) } });
    await cloud.call({ service: 'lambda', action: 'CreateFunction', input: { FunctionName: 'echoer', Runtime: 'nodejs24.x', Handler: 'index.handler', Role: 'arn:aws:iam::111111111111:role/lambda-basic', Code: { ZipFile: zip({ 'index.mjs': `import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
      export const handler = async () => { await new SNSClient({}).send(new PublishCommand({ TopicArn: '${topic}', Message: 'again' })); };` }) } } });
    await run(session, `aws lambda add-permission --function-name echoer --statement-id sns --action lambda:InvokeFunction --principal sns.amazonaws.com --source-arn ${topic}`);
    await run(session, `aws sns subscribe --topic-arn ${topic} --protocol lambda --notification-endpoint arn:aws:lambda:us-east-1:111111111111:function:echoer`);
    const during = await run(session, `aws sns publish --topic-arn ${topic} --message first`);
    expect(during).not.toContain('recursive loop');
    const next = await run(session, 'aws sts get-caller-identity');
    expect(next).toContain('lab: Lambda detected a recursive loop and did not run invocation 17 of echoer in one chain of requests (at most 16 run); if the loop is intended, aws lambda put-function-recursion-config --function-name echoer --recursive-loop Allow.');
    expect(await run(session, 'aws sts get-caller-identity')).toBe('');
  });
});
