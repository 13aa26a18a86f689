import { SERVICES } from '../../../sandbox/cli/aws/models/index.ts';
/** Usage errors (status 252 with the CLI's usage block), global options anywhere, and help pages. */
import { describe, expect, it } from 'vitest';
import { sandbox } from './harness.ts';

const USAGE =
  '\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n' +
  'To see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\n';

describe('usage errors', () => {
  it('reports a missing command and operation', async () => {
    const box = sandbox();
    expect(await box.run('aws')).toMatchObject({ rc: 252, stderr: `${USAGE}aws: error: the following arguments are required: command\n\n` });
    expect(await box.run('aws lambda')).toMatchObject({ rc: 252, stderr: `${USAGE}aws: error: the following arguments are required: operation\n\n` });
  });

  it('lists the valid choices for an unknown service or operation, with close matches', async () => {
    const box = sandbox();
    const service = await box.run('aws lamda list-functions');
    expect(service.rc).toBe(252);
    // The list grows with every service the sandbox models; its layout is the CLI's two columns.
    expect(service.stderr.startsWith(`${USAGE}aws: error: argument command: Invalid choice, valid choices are:\n\n`)).toBe(true);
    for (const name of Object.keys(SERVICES)) expect(service.stderr).toContain(name.padEnd(40));
    expect(service.stderr.endsWith("Invalid choice: 'lamda', maybe you meant:\n\n  * lambda\n\n")).toBe(true);
    const op = await box.run('aws lambda invok --function-name f');
    expect(op.rc).toBe(252);
    expect(op.stderr.startsWith(`${USAGE}aws: error: argument operation: Invalid choice, valid choices are:\n\n${'add-layer-version-permission'.padEnd(40)} | `)).toBe(true);
    expect(op.stderr.endsWith(`${'wait'.padEnd(40)} | ${'help'.padEnd(40)}\n\n\nInvalid choice: 'invok', maybe you meant:\n\n  * invoke\n\n`)).toBe(true);
  });

  it('names the missing required arguments in table order', async () => {
    const run = await sandbox().run('aws lambda invoke');
    expect(run).toMatchObject({ rc: 252, stderr: `${USAGE}aws: error: the following arguments are required: --function-name, outfile\n\n` });
  });

  it('reports unknown options and stray words under the usage block', async () => {
    const box = sandbox();
    expect(await box.run('aws lambda get-function --function-name f --foo bar')).toMatchObject({ rc: 252, stderr: `${USAGE}Unknown options: --foo, bar\n\n` });
    expect(box.requests).toHaveLength(0);
  });

  it('reports argparse errors: missing values, ambiguous prefixes, bad choices', async () => {
    const box = sandbox();
    expect((await box.run('aws lambda get-function --function-name')).stderr).toBe(`${USAGE}aws: error: argument --function-name: expected one argument\n\n`);
    expect((await box.run('aws lambda list-functions --ma 3')).stderr).toBe(
      `${USAGE}aws: error: ambiguous option: --ma could match --master-region, --marker, --max-items\n\n`,
    );
    const output = await box.run('aws sts get-caller-identity --output jsn');
    expect(output.rc).toBe(252);
    expect(output.stderr).toContain("aws: error: argument --output: Invalid choice, valid choices are:\n\njson");
    expect(output.stderr).toContain("Invalid choice: 'jsn', maybe you meant:\n\n  * json\n");
  });

  it('accepts unambiguous prefixes and global options anywhere on the line', async () => {
    const box = sandbox(() => ({ StatusCode: 200 }));
    const run = await box.run('aws lambda invoke --function f --region eu-central-1 --no-cli-pager out.json --debug --output json');
    expect(run.rc).toBe(0);
    expect(run.requests[0]).toMatchObject({ region: 'eu-central-1', input: { FunctionName: 'f' } });
  });

  it('swallows following words into a list option, as argparse does', async () => {
    const box = sandbox(() => ({ events: [] }));
    const run = await box.run('aws logs filter-log-events --log-stream-names a b --log-group-name g');
    expect(run.requests[0].input).toEqual({ logStreamNames: ['a', 'b'], logGroupName: 'g' });
    const json = await box.run(`aws logs filter-log-events --log-group-name g --log-stream-names '["c", "d"]'`);
    expect(json.requests[0].input).toEqual({ logGroupName: 'g', logStreamNames: ['c', 'd'] });
  });

  it('says plainly when a real command is not in the sandbox yet', async () => {
    const box = sandbox();
    const run = await box.run('aws lambda invoke-async --function-name f --invoke-args fileb://event.json');
    expect(run.rc).toBe(255);
    expect(run.stderr).toContain("'aws lambda invoke-async' is a real AWS CLI command, but this sandbox does not offer it yet.");
    for (const line of ['aws sqs add-permission --queue-url u', 'aws sns confirm-subscription --topic-arn t', 'aws lambda wizard']) {
      expect((await box.run(line)).stderr).toContain('is a real AWS CLI command, but this sandbox does not offer it yet.');
    }
    expect(box.requests).toHaveLength(0);
  });

  it('prints the version', async () => {
    const run = await sandbox().run('aws --version');
    expect(run.rc).toBe(0);
    expect(run.stdout).toMatch(/^aws-cli\/2\.\d+\.\d+ Python\/3\.\d+\.\d+ /);
  });
});

describe('help', () => {
  it('lists services, commands and an operation\'s parameters with types and first sentences', async () => {
    const box = sandbox();
    const top = await box.run('aws help');
    expect(top.rc).toBe(0);
    expect(top.stdout).toContain(`AVAILABLE SERVICES\n${Object.keys(SERVICES).map((n) => `       o ${n}\n`).join('\n')}`);
    const service = await box.run('aws lambda help');
    expect(service.stdout).toContain('AVAILABLE COMMANDS\n');
    expect(service.stdout).toContain('       o invoke\n');
    const op = await box.run('aws lambda invoke help');
    expect(op.stdout).toContain('INVOKE()');
    expect(op.stdout).toContain('       --function-name (string)\n          The name or ARN of the Lambda function, version, or alias.\n');
    expect(op.stdout).toContain('       --payload (blob)\n          The JSON that you want to provide to your Lambda function as input.\n');
    expect(op.stdout).toContain('          Possible values:\n\n          o None\n\n          o Tail\n');
    expect(op.stdout).toContain('          --function-name <value>\n');
    expect(op.stdout).toContain('          <outfile>\n');
    const create = await box.run('aws lambda create-function help');
    expect(create.stdout).toContain('       --publish | --no-publish (boolean)\n');
    expect(create.stdout).toContain('          Shorthand Syntax:\n\n             Variables={KeyName1=string,KeyName2=string}\n');
    expect(box.requests).toHaveLength(0);
  });

  it('shows help even when required arguments are missing', async () => {
    const run = await sandbox().run('aws logs get-log-events help');
    expect(run.rc).toBe(0);
    expect(run.stdout).toContain('--log-stream-name (string)');
  });
});
