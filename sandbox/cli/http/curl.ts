/**
 * `curl` in the sandbox shell. The sandbox has no internet: the only hosts that answer are the
 * execute-api endpoints of the cloud's APIs, reached through `deps.handle` (API Gateway's data
 * plane). Anything else fails as curl does offline — `curl: (6) Could not resolve host: example.com`.
 * Output follows curl 8 over HTTP/2: the body on stdout; -i puts `HTTP/2 200` and lower-case headers
 * first; -v writes the exchange to stderr. No progress meter is drawn.
 */
import type { HttpRequest, HttpResponse } from '../../cloud/apigateway/http/request.ts';
import type { Command, CommandContext } from '../../shell/index.ts';
import { CurlUsageError, parseCurlArgs, type CurlOptions, type DataPart } from './args.ts';

export interface CurlDeps {
  /** Answers a request, or throws UnknownHostError / ConnectionRefusedError (by name). */
  handle(req: HttpRequest): Promise<HttpResponse>;
}

export const CURL_VERSION = '8.5.0';
const TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n";
/** The made-up address execute-api hosts resolve to in -v output. */
const API_IP = '198.51.100.20';

const USAGE = `Usage: curl [options...] <url>
 -d, --data <data>          HTTP POST data
     --data-binary <data>   HTTP POST binary data
     --data-raw <data>      HTTP POST data, '@' allowed
 -f, --fail                 Fail fast with no output on HTTP errors
 -H, --header <header/@file> Pass custom header(s) to server
 -I, --head                 Show document info only
 -i, --include              Include protocol response headers in the output
     --json <data>          HTTP POST JSON
 -o, --output <file>        Write to file instead of stdout
 -X, --request <method>     Specify request method to use
 -S, --show-error           Show error even when -s is used
 -s, --silent               Silent mode
 -A, --user-agent <name>    Send User-Agent <name> to server
 -v, --verbose              Make the operation more talkative
 -w, --write-out <format>   Use output FORMAT after completion

This sandbox has no internet: only the API Gateway endpoints of your APIs answer,
https://<api-id>.execute-api.<region>.amazonaws.com/...
`;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** One -d/--data-binary/--json value, reading `@file` (`@-` is stdin) where curl would. */
async function dataBytes(ctx: CommandContext, part: DataPart, warn: (text: string) => void): Promise<Uint8Array> {
  if (part.kind === 'raw' || !part.value.startsWith('@')) return encoder.encode(part.value);
  const name = part.value.slice(1);
  let bytes: Uint8Array;
  try {
    bytes = name === '-' ? encoder.encode(ctx.stdin) : await ctx.fs.readFile(ctx.resolve(name));
  } catch {
    warn(`Warning: Couldn't read data from file "${name}", this makes an empty \nWarning: POST.\n`);
    return new Uint8Array();
  }
  // -d @file sends the file without its carriage returns and newlines; --data-binary keeps them.
  return part.kind === 'ascii' ? bytes.filter((b) => b !== 10 && b !== 13) : bytes;
}

/** curl's default headers, then the user's (`Name:` removes one, a repeated name replaces it). */
function requestHeaders(o: CurlOptions, host: string, hasBody: boolean, json: boolean): Array<[string, string]> {
  const headers: Array<[string, string]> = [['Host', host], ['User-Agent', o.userAgent ?? `curl/${CURL_VERSION}`], ['Accept', json ? 'application/json' : '*/*']];
  if (hasBody) headers.push(['Content-Type', json ? 'application/json' : 'application/x-www-form-urlencoded']);
  for (const h of o.headers) {
    const i = h.indexOf(':');
    if (i < 0) continue;
    const name = h.slice(0, i).trim();
    const value = h.slice(i + 1).trim();
    const at = headers.findIndex(([k]) => k.toLowerCase() === name.toLowerCase());
    if (value === '') {
      if (at >= 0) headers.splice(at, 1);
    } else if (at >= 0) headers[at] = [name, value];
    else headers.push([name, value]);
  }
  return headers;
}

function writeOut(format: string, res: HttpResponse, url: string, method: string): string {
  const header = (name: string) => res.headers.find(([k]) => k.toLowerCase() === name)?.[1] ?? '';
  const vars: Record<string, string> = {
    http_code: String(res.status).padStart(3, '0'),
    response_code: String(res.status),
    content_type: header('content-type'),
    size_download: String(res.body.length),
    size_header: '0',
    url_effective: url,
    url,
    method,
    http_version: '2',
    num_headers: String(res.headers.length),
    time_total: '0.000000',
  };
  return format
    .replace(/\\n/g, '\n')
    .replace(/\\t/g, '\t')
    .replace(/\\r/g, '\r')
    .replace(/%\{([a-z_]+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

function headerBlock(res: HttpResponse): string {
  return `HTTP/2 ${res.status} \r\n${res.headers.map(([k, v]) => `${k.toLowerCase()}: ${v}\r\n`).join('')}\r\n`;
}

export function createCurlCommand(deps: CurlDeps): Command {
  return async (ctx) => {
    let o: CurlOptions;
    try {
      o = parseCurlArgs(ctx.argv.slice(1));
    } catch (error) {
      if (!(error instanceof CurlUsageError)) throw error;
      ctx.stderr(`curl: ${error.message}\n${TRY}`);
      return 2;
    }
    if (o.help) {
      ctx.stdout(USAGE);
      return 0;
    }
    if (o.urls.length === 0) {
      ctx.stderr(`curl: no URL specified!\n${TRY}`);
      return 2;
    }
    const quiet = o.silent && !o.showError;
    const fail = (code: number, message: string) => {
      if (!quiet) ctx.stderr(`curl: (${code}) ${message}\n`);
      return code;
    };
    let rc = 0;
    for (const raw of o.urls) {
      const url = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(raw) ? raw : `http://${raw}`;
      const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#:]*)/.exec(url)!;
      const scheme = m[1]!.toLowerCase();
      const host = m[2]!.replace(/^[^@]*@/, '');
      if (scheme !== 'http' && scheme !== 'https') {
        rc = fail(1, `Protocol "${scheme}" not supported`);
        continue;
      }
      if (host === '') {
        rc = fail(3, 'URL rejected: No host part in the URL');
        continue;
      }
      const json = o.data.some((d) => d.kind === 'json');
      const parts = await Promise.all(o.data.map((d) => dataBytes(ctx, d, (t) => !quiet && ctx.stderr(t))));
      const body = o.data.length ? concat(parts.flatMap((p, i) => (i === 0 || json ? [p] : [encoder.encode('&'), p]))) : undefined;
      const method = o.method ?? (o.head ? 'HEAD' : body ? 'POST' : 'GET');
      const headers = requestHeaders(o, host, body !== undefined, json);
      if (body) headers.push(['Content-Length', String(body.length)]);
      let res: HttpResponse;
      try {
        res = await deps.handle({ method, url, headers, ...(body ? { body } : {}) });
      } catch (error) {
        const name = (error as { name?: string })?.name;
        if (name === 'UnknownHostError') rc = fail(6, `Could not resolve host: ${host}`);
        else if (name === 'ConnectionRefusedError') rc = fail(7, `Failed to connect to ${host} port ${(error as { port?: number }).port ?? 80} after 0 ms: Couldn't connect to server`);
        else rc = fail(56, 'Failure when receiving data from the peer');
        continue;
      }
      if (o.verbose) {
        const target = url.replace(/^[a-z]+:\/\/[^/?#]*/i, '') || '/';
        ctx.stderr(
          `* Host ${host}:443 was resolved.\n*   Trying ${API_IP}:443...\n* Connected to ${host} (${API_IP}) port 443\n* using HTTP/2\n` +
            `> ${method} ${target.startsWith('/') ? target : `/${target}`} HTTP/2\r\n${headers.map(([k, v]) => `> ${k}: ${v}\r\n`).join('')}> \r\n` +
            headerBlock(res).split('\r\n').slice(0, -1).map((l) => `< ${l}\r\n`).join(''),
        );
      }
      if (o.fail && res.status >= 400) {
        rc = fail(22, `The requested URL returned error: ${res.status}`);
        continue;
      }
      const head = o.include || o.head ? headerBlock(res) : '';
      const text = method === 'HEAD' || o.head ? '' : decoder.decode(res.body);
      if (o.output !== undefined && o.output !== '/dev/null') {
        try {
          await ctx.fs.writeFile(ctx.resolve(o.output), head + text);
        } catch {
          rc = fail(23, `Failure writing output to destination, passed ${res.body.length} returned 0`);
          continue;
        }
      } else if (o.output === undefined) {
        ctx.stdout(head + text);
      }
      if (o.verbose) ctx.stderr(`* Connection #0 to host ${host} left intact\n`);
      if (o.writeOut !== undefined) ctx.stdout(writeOut(o.writeOut, res, url, method));
    }
    return rc;
  };
}
