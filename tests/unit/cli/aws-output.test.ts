/** What `aws` prints and returns: JSON, text, table, yaml, pagination, invoke's outfile, errors. */
import { describe, expect, it } from 'vitest';
import { AwsError } from '../../../sandbox/cloud/errors.ts';
import { sandbox } from './harness.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('aws lambda invoke', () => {
  it('writes the payload to the outfile and prints the rest of the response', async () => {
    const box = sandbox(() => ({ StatusCode: 200, Payload: bytes('{"greeting":"héllo"}'), ExecutedVersion: '$LATEST' }));
    const run = await box.run(`aws lambda invoke --function-name hello --payload '{}' response.json`);
    expect(run.rc).toBe(0);
    expect(run.stdout).toBe('{\n    "StatusCode": 200,\n    "ExecutedVersion": "$LATEST"\n}\n');
    expect(run.stderr).toBe('');
    expect(box.fs.text('/home/learner/project/response.json')).toBe('{"greeting":"héllo"}');
    expect(run.requests[0]).toMatchObject({ service: 'lambda', action: 'Invoke', input: { FunctionName: 'hello' } });
  });

  it('prints FunctionError and the base64 LogResult of --log-type Tail', async () => {
    const log = btoa('START RequestId: 1 Version: $LATEST\n');
    const box = sandbox(() => ({ StatusCode: 200, FunctionError: 'Unhandled', LogResult: log, ExecutedVersion: '$LATEST', Payload: bytes('{"errorType":"Error"}') }));
    const run = await box.run('aws lambda invoke --function-name f --log-type Tail out.json');
    expect(run.stdout).toBe(`{\n    "StatusCode": 200,\n    "FunctionError": "Unhandled",\n    "LogResult": "${log}",\n    "ExecutedVersion": "$LATEST"\n}\n`);
    expect(run.requests[0].input).toEqual({ FunctionName: 'f', LogType: 'Tail' });
    const text = await box.run('aws lambda invoke --function-name f --log-type Tail out.json --query LogResult --output text');
    expect(text.stdout).toBe(`${log}\n`);
  });

  it('requires the outfile and reports an unwritable one as Python would', async () => {
    const box = sandbox(() => ({ StatusCode: 200, Payload: bytes('1') }));
    const missing = await box.run('aws lambda invoke --function-name f');
    expect(missing.rc).toBe(252);
    expect(missing.stderr).toContain('aws: error: the following arguments are required: outfile\n');
    const bad = await box.run('aws lambda invoke --function-name f nodir/out.json');
    expect(bad).toMatchObject({ rc: 255, stderr: "\n[Errno 2] No such file or directory: 'nodir/out.json'\n" });
  });
});

describe('service errors', () => {
  it('prints the ClientError line and exits 254', async () => {
    const box = sandbox(() => {
      throw new AwsError('ResourceNotFoundException', 'Function not found: arn:aws:lambda:us-east-1:111111111111:function:nope', 404);
    });
    const run = await box.run('aws lambda invoke --function-name nope out.json');
    expect(run.rc).toBe(254);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      '\nAn error occurred (ResourceNotFoundException) when calling the Invoke operation: Function not found: arn:aws:lambda:us-east-1:111111111111:function:nope\n',
    );
    expect(box.fs.text('/home/learner/project/out.json')).toBeUndefined();
  });

  it('retries throttling like botocore standard mode and says so', async () => {
    const box = sandbox(() => {
      throw new AwsError('TooManyRequestsException', 'Rate Exceeded.', 429, 'User', { Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded' });
    });
    const run = await box.run('aws lambda invoke --function-name f out.json');
    expect(box.requests).toHaveLength(3);
    expect(run.rc).toBe(254);
    expect(run.stderr).toBe('\nAn error occurred (TooManyRequestsException) when calling the Invoke operation (reached max retries: 2): Rate Exceeded.\n');
  });

  it('turns anything unexpected into one line and status 255, never a stack trace', async () => {
    const box = sandbox(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'arn')");
    });
    const run = await box.run('aws lambda get-function --function-name f');
    expect(run).toMatchObject({ rc: 255, stdout: '', stderr: "\nCannot read properties of undefined (reading 'arn')\n" });
  });
});

describe('output formats', () => {
  const config = {
    FunctionName: 'hello',
    FunctionArn: 'arn:aws:lambda:us-east-1:111111111111:function:hello',
    Runtime: 'nodejs22.x',
    MemorySize: 128,
    Description: 'Grüße ✓',
    Layers: [],
    Environment: { Variables: { A: '1' } },
  };

  it('prints JSON with 4-space indent, key order as returned and non-ASCII kept', async () => {
    const run = await sandbox(() => config).run('aws lambda get-function-configuration --function-name hello');
    expect(run.stdout).toBe(
      '{\n    "FunctionName": "hello",\n    "FunctionArn": "arn:aws:lambda:us-east-1:111111111111:function:hello",\n' +
        '    "Runtime": "nodejs22.x",\n    "MemorySize": 128,\n    "Description": "Grüße ✓",\n    "Layers": [],\n' +
        '    "Environment": {\n        "Variables": {\n            "A": "1"\n        }\n    }\n}\n',
    );
  });

  it('prints nothing for an empty response', async () => {
    const run = await sandbox(() => ({})).run('aws lambda delete-function --function-name hello');
    expect(run).toMatchObject({ rc: 0, stdout: '', stderr: '' });
  });

  it('applies --query and prints text for $(…) scripts', async () => {
    const box = sandbox(() => config);
    expect((await box.run('aws lambda get-function-configuration --function-name hello --query FunctionArn --output text')).stdout)
      .toBe('arn:aws:lambda:us-east-1:111111111111:function:hello\n');
    expect((await box.run("aws lambda get-function-configuration --function-name hello --query '[FunctionName, MemorySize]' --output text")).stdout)
      .toBe('hello\t128\n');
    expect((await box.run('aws lambda get-function-configuration --function-name hello --query FunctionArn')).stdout)
      .toBe('"arn:aws:lambda:us-east-1:111111111111:function:hello"\n');
    expect((await box.run('aws lambda get-function-configuration --function-name hello --query Missing')).stdout).toBe('null\n');
    expect((await box.run('aws lambda get-function-configuration --function-name hello --output text')).stdout)
      .toBe('Grüße ✓\tarn:aws:lambda:us-east-1:111111111111:function:hello\thello\t128\tnodejs22.x\nVARIABLES\t1\n');
  });

  it('rejects a malformed --query before calling', async () => {
    const box = sandbox(() => config);
    const run = await box.run("aws lambda get-function-configuration --function-name hello --query 'Functions[?'");
    expect(run.rc).toBe(252);
    expect(run.stderr).toMatch(/^\nError parsing parameter 'query': Bad value for --query Functions\[\?: /);
    expect(box.requests).toHaveLength(0);
  });

  it('prints a table and yaml', async () => {
    const box = sandbox(() => ({ Account: '111111111111', UserId: 'AIDAEXAMPLE', Arn: 'arn:aws:iam::111111111111:user/learner' }));
    expect((await box.run('aws sts get-caller-identity --output table')).stdout).toBe(
      '---------------------------------------------------------------------------\n' +
      '|                            GetCallerIdentity                            |\n' +
      '+--------------+------------------------------------------+---------------+\n' +
      '|    Account   |                   Arn                    |    UserId     |\n' +
      '+--------------+------------------------------------------+---------------+\n' +
      '|  111111111111|  arn:aws:iam::111111111111:user/learner  |  AIDAEXAMPLE  |\n' +
      '+--------------+------------------------------------------+---------------+\n',
    );
    expect((await box.run('aws sts get-caller-identity --output yaml')).stdout).toBe(
      'Account: \'111111111111\'\nUserId: AIDAEXAMPLE\nArn: arn:aws:iam::111111111111:user/learner\n',
    );
  });
});

describe('pagination', () => {
  const pages: Record<string, Record<string, unknown>> = {
    '': { Functions: [{ FunctionName: 'a' }, { FunctionName: 'b' }], NextMarker: 'm1' },
    m1: { Functions: [{ FunctionName: 'c' }], NextMarker: 'm2' },
    m2: { Functions: [{ FunctionName: 'd' }] },
  };
  const listing = () => sandbox((request) => pages[(request.input.Marker as string | undefined) ?? '']);

  it('follows NextMarker and merges Functions', async () => {
    const box = listing();
    const run = await box.run('aws lambda list-functions');
    expect(box.requests.map((r) => r.input)).toEqual([{}, { Marker: 'm1' }, { Marker: 'm2' }]);
    expect(JSON.parse(run.stdout)).toEqual({ Functions: [{ FunctionName: 'a' }, { FunctionName: 'b' }, { FunctionName: 'c' }, { FunctionName: 'd' }] });
  });

  it('prints text page by page, the query applied to each page', async () => {
    const run = await listing().run("aws lambda list-functions --query 'Functions[].FunctionName' --output text");
    expect(run.stdout).toBe('a\tb\nc\nd\n');
  });

  it('truncates at --max-items with a NextToken that --starting-token resumes from', async () => {
    const box = listing();
    const first = await box.run('aws lambda list-functions --max-items 1');
    const { Functions, NextToken } = JSON.parse(first.stdout);
    expect(Functions).toEqual([{ FunctionName: 'a' }]);
    expect(atob(NextToken)).toBe('{"Marker": null, "boto_truncate_amount": 1}');
    const rest = await box.run(`aws lambda list-functions --starting-token ${NextToken}`);
    expect(JSON.parse(rest.stdout).Functions.map((f: { FunctionName: string }) => f.FunctionName)).toEqual(['b', 'c', 'd']);
  });

  it('makes one call with --no-paginate or the operation\'s own --marker', async () => {
    const box = listing();
    const one = await box.run('aws lambda list-functions --no-paginate --max-items 2');
    expect(box.requests.map((r) => r.input)).toEqual([{ MaxItems: 2 }]);
    expect(JSON.parse(one.stdout).NextMarker).toBe('m1');
    const marker = await box.run('aws lambda list-functions --marker m1');
    expect(marker.requests.map((r) => r.input)).toEqual([{ Marker: 'm1' }]);
    const both = await box.run('aws lambda list-functions --no-paginate --page-size 2');
    expect(both).toMatchObject({ rc: 252, stderr: '\nCannot specify --no-paginate along with pagination arguments: --page-size\n' });
  });
});

describe('invoke output order', () => {
  it('prints the header members in the model order whatever order the cloud used', async () => {
    const box = sandbox(() => ({ ExecutedVersion: '1', Payload: bytes('null'), FunctionError: 'Unhandled', StatusCode: 200 }));
    const run = await box.run('aws lambda invoke --function-name f:1 out.json');
    expect(run.stdout).toBe('{\n    "StatusCode": 200,\n    "FunctionError": "Unhandled",\n    "ExecutedVersion": "1"\n}\n');
  });
});
