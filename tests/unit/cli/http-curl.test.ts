/** `curl`: the request it sends, what it prints (-i, -I, -v, -s, -f, -o, -w), and hosts that do not resolve. */
import { afterEach, describe, expect, it } from 'vitest';
import { createCurlCommand } from '../../../sandbox/cli/http/index.ts';
import { apigatewayv2Actions, handleHttpRequest, type HttpRequest, type HttpResponse } from '../../../sandbox/cloud/apigateway/index.ts';
import { UnknownHostError } from '../../../sandbox/cloud/apigateway/index.ts';
import { LEARNER } from '../../../sandbox/cloud/accounts.ts';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import type { CommandContext } from '../../../sandbox/shell/index.ts';
import { createFunction, newCloud } from '../../helpers/cloud.ts';
import { MemoryFs, shellWords } from './harness.ts';

const API = 'https://abc123defg.execute-api.us-east-1.amazonaws.com';
const utf8 = (t: string) => new TextEncoder().encode(t);

function reply(status: number, body: string, headers: Array<[string, string]> = []): HttpResponse {
  return { status, headers: [['date', 'Thu, 01 Jan 2026 00:00:00 GMT'], ['content-type', 'application/json'], ['content-length', String(utf8(body).length)], ...headers, ['apigw-requestid', 'BitA2hMuNjMEPFQ=']], body: utf8(body) };
}

async function curl(line: string, answer: (req: HttpRequest) => HttpResponse | Promise<HttpResponse> = () => reply(200, '{"id":"1"}'), fs = new MemoryFs()) {
  const requests: HttpRequest[] = [];
  const command = createCurlCommand({
    handle: async (req) => {
      requests.push(req);
      return answer(req);
    },
  });
  let stdout = '';
  let stderr = '';
  fs.dirs.add('/home/learner');
  const ctx: CommandContext = {
    argv: shellWords(line),
    cwd: '/home/learner',
    home: '/home/learner',
    env: {},
    fs: fs as unknown as CommandContext['fs'],
    stdin: 'from stdin',
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    resolve: (p) => (p.startsWith('/') ? p : `/home/learner/${p}`),
  };
  const rc = await command(ctx);
  return { rc, stdout, stderr, requests, fs };
}

const unknownHost = (req: HttpRequest): HttpResponse => {
  throw new UnknownHostError(new URL(req.url).hostname);
};

describe('curl', () => {
  it('GET prints the body only, and sends curl\'s default headers', async () => {
    const run = await curl(`curl ${API}/items/1`);
    expect(run).toMatchObject({ rc: 0, stdout: '{"id":"1"}', stderr: '' });
    expect(run.requests).toEqual([{ method: 'GET', url: `${API}/items/1`, headers: [['Host', 'abc123defg.execute-api.us-east-1.amazonaws.com'], ['User-Agent', 'curl/8.5.0'], ['Accept', '*/*']] }]);
  });

  it('-X POST -H -d sends the body with the given content type; -d alone means POST with a form content type', async () => {
    const run = await curl(`curl -X POST -H 'content-type: application/json' -d '{"a":1}' ${API}/items`);
    const [req] = run.requests;
    expect(req!.method).toBe('POST');
    expect(req!.headers).toEqual([['Host', 'abc123defg.execute-api.us-east-1.amazonaws.com'], ['User-Agent', 'curl/8.5.0'], ['Accept', '*/*'], ['content-type', 'application/json'], ['Content-Length', '7']]);
    expect(new TextDecoder().decode(req!.body as Uint8Array)).toBe('{"a":1}');
    const form = await curl(`curl -d a=1 -d b=2 ${API}/form`);
    expect(form.requests[0]!.method).toBe('POST');
    expect(form.requests[0]!.headers).toContainEqual(['Content-Type', 'application/x-www-form-urlencoded']);
    expect(new TextDecoder().decode(form.requests[0]!.body as Uint8Array)).toBe('a=1&b=2');
    const json = await curl(`curl --json '{"b":2}' ${API}/items`);
    expect(json.requests[0]!.headers).toContainEqual(['Content-Type', 'application/json']);
    expect(json.requests[0]!.headers).toContainEqual(['Accept', 'application/json']);
  });

  it('-d @file drops newlines, --data-binary @file keeps them, @- reads stdin', async () => {
    const fs = new MemoryFs({ '/home/learner/event.json': '{\n  "a": 1\n}\n' });
    const body = async (line: string) => new TextDecoder().decode((await curl(line, undefined, fs)).requests[0]!.body as Uint8Array);
    expect(await body(`curl -d @event.json ${API}/`)).toBe('{  "a": 1}');
    expect(await body(`curl --data-binary @event.json ${API}/`)).toBe('{\n  "a": 1\n}\n');
    expect(await body(`curl --data-raw @event.json ${API}/`)).toBe('@event.json');
    expect(await body(`curl -d @- ${API}/`)).toBe('from stdin');
  });

  it('-i prints the HTTP/2 status line and lower-case headers before the body', async () => {
    const run = await curl(`curl -i ${API}/items/1`, () => reply(201, 'made', [['X-Custom', 'yes']]));
    expect(run.stdout).toBe(
      'HTTP/2 201 \r\ndate: Thu, 01 Jan 2026 00:00:00 GMT\r\ncontent-type: application/json\r\ncontent-length: 4\r\nx-custom: yes\r\napigw-requestid: BitA2hMuNjMEPFQ=\r\n\r\nmade',
    );
    const head = await curl(`curl -I ${API}/items/1`);
    expect(head.requests[0]!.method).toBe('HEAD');
    expect(head.stdout.startsWith('HTTP/2 200 \r\n')).toBe(true);
    expect(head.stdout.endsWith('\r\n\r\n')).toBe(true);
  });

  it('-v writes the exchange to stderr', async () => {
    const run = await curl(`curl -v ${API}/items/1`);
    expect(run.stdout).toBe('{"id":"1"}');
    expect(run.stderr).toContain('> GET /items/1 HTTP/2\r\n> Host: abc123defg.execute-api.us-east-1.amazonaws.com\r\n> User-Agent: curl/8.5.0\r\n> Accept: */*\r\n> \r\n< HTTP/2 200 \r\n< date: ');
    expect(run.stderr.endsWith('* Connection #0 to host abc123defg.execute-api.us-east-1.amazonaws.com left intact\n')).toBe(true);
  });

  it('the sandbox has no internet: other hosts do not resolve; -s hides the message, -sS shows it', async () => {
    const run = await curl('curl https://example.com/', unknownHost);
    expect(run).toMatchObject({ rc: 6, stdout: '', stderr: 'curl: (6) Could not resolve host: example.com\n' });
    expect((await curl('curl -s https://example.com/', unknownHost)).stderr).toBe('');
    expect((await curl('curl -sS https://example.com/', unknownHost)).stderr).toBe('curl: (6) Could not resolve host: example.com\n');
    expect((await curl('curl example.com', unknownHost)).requests[0]!.url).toBe('http://example.com');
  });

  it('-f fails on an HTTP error with status 22; -o writes the body to a file; -w prints the status code', async () => {
    const failed = await curl(`curl -f ${API}/nope`, () => reply(404, '{"message":"Not Found"}'));
    expect(failed).toMatchObject({ rc: 22, stdout: '', stderr: 'curl: (22) The requested URL returned error: 404\n' });
    const saved = await curl(`curl -s -o out.json ${API}/items/1`);
    expect(saved.stdout).toBe('');
    expect(saved.fs.text('/home/learner/out.json')).toBe('{"id":"1"}');
    const code = await curl(`curl -s -o /dev/null -w '%{http_code}\\n' ${API}/items/1`, () => reply(502, '{"message": "Internal server error"}'));
    expect(code).toMatchObject({ rc: 0, stdout: '502\n' });
  });

  it("usage errors in curl's words", async () => {
    expect(await curl('curl')).toMatchObject({ rc: 2, stderr: "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n" });
    expect(await curl(`curl --bogus ${API}`)).toMatchObject({ rc: 2, stderr: "curl: option --bogus: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n" });
    expect(await curl(`curl ${API} -X`)).toMatchObject({ rc: 2, stderr: "curl: option -X: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n" });
    expect((await curl(`curl -XDELETE ${API}/items/1`)).requests[0]!.method).toBe('DELETE');
    expect(await curl('curl ftp://files.example.com/x')).toMatchObject({ rc: 1, stderr: 'curl: (1) Protocol "ftp" not supported\n' });
  });
});

describe('curl against the cloud', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('reaches a quick-created HTTP API and its function; http:// is refused', async () => {
    cloud = newCloud();
    const fn = await createFunction(cloud, 'hello', { 'index.js': 'exports.handler = async (e) => ({ statusCode: 200, body: `hello ${e.pathParameters.name}` });' });
    const { ApiId } = (await apigatewayv2Actions.CreateApi!({ cloud, identity: LEARNER, region: 'us-east-1' }, { Name: 'hi', ProtocolType: 'HTTP', Target: fn.FunctionArn, RouteKey: 'GET /hello/{name}' })) as { ApiId: string };
    await cloud.call({ service: 'lambda', action: 'AddPermission', input: { FunctionName: 'hello', StatementId: 'apigw', Action: 'lambda:InvokeFunction', Principal: 'apigateway.amazonaws.com', SourceArn: `arn:aws:execute-api:us-east-1:111111111111:${ApiId}/*/GET/hello/{name}` } });
    const handle = (req: HttpRequest) => handleHttpRequest(cloud, req);
    const command = createCurlCommand({ handle });
    const run = async (line: string) => {
      let stdout = '';
      let stderr = '';
      const rc = await command({ argv: shellWords(line), cwd: '/', home: '/', env: {}, fs: new MemoryFs() as unknown as CommandContext['fs'], stdin: '', stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), resolve: (p) => p });
      return { rc, stdout, stderr };
    };
    expect(await run(`curl https://${ApiId}.execute-api.us-east-1.amazonaws.com/hello/ada`)).toEqual({ rc: 0, stdout: 'hello ada', stderr: '' });
    expect(await run(`curl -s https://${ApiId}.execute-api.us-east-1.amazonaws.com/nope -w ' %{http_code}'`)).toEqual({ rc: 0, stdout: '{"message":"Not Found"} 404', stderr: '' });
    expect(await run(`curl http://${ApiId}.execute-api.us-east-1.amazonaws.com/hello/ada`)).toEqual({
      rc: 7,
      stdout: '',
      stderr: `curl: (7) Failed to connect to ${ApiId}.execute-api.us-east-1.amazonaws.com port 80 after 0 ms: Couldn't connect to server\n`,
    });
    expect((await run('curl https://zzzzzzzzzz.execute-api.us-east-1.amazonaws.com/')).rc).toBe(6);
  });
});
