#!/usr/bin/env node
// `aws` where the engine runs as `lab serve` (a WebContainer, or a terminal beside one): the sandbox's
// model-driven AWS CLI (sandbox/cli/aws) — the same command lines, output and exit statuses as in the
// built-in shell — with each request sent to lab serve's POST /_lab/call as the cloud takes it
// (sandbox/api/lab-call.ts). LAB_ENDPOINT says where lab serve listens (http://localhost:4566 by default).
import { runSandboxCommand } from './sandbox-command.mjs';

await runSandboxCommand('aws', import.meta.url, async () => {
  const { createAwsCommand } = await import('../sandbox/cli/aws/index.ts');
  const { GeneralError } = await import('../sandbox/cli/aws/errors.ts');
  const { AwsError } = await import('../sandbox/cloud/errors.ts');
  const { decodeLabJson, encodeLabJson, LAB_CALL_PATH } = await import('../sandbox/api/lab-call.ts');

  const endpoint = (process.env.LAB_ENDPOINT || 'http://localhost:4566').replace(/\/+$/, '');
  const url = `${endpoint}${LAB_CALL_PATH}`;
  // The cloud's clock as lab serve last reported it (it runs ahead of the wall clock after `lab clock advance`).
  let cloudNow = Date.now();

  /** The ServiceCaller: one request to lab serve; an AwsError comes back as one, for the CLI's retries and error lines. */
  async function call(request) {
    let res;
    try {
      res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: encodeLabJson(request) });
    } catch {
      // botocore's EndpointConnectionError, and what to do about it.
      throw new GeneralError(`Could not connect to the endpoint URL: "${url}"\n(lab serve is not answering at ${endpoint}: start it with \`lab serve --workspace .\`, or set LAB_ENDPOINT)`);
    }
    const answer = decodeLabJson(await res.text());
    if (typeof answer?.now === 'number') cloudNow = answer.now;
    if (answer?.error) throw new AwsError(answer.error.code, answer.error.message, answer.error.status, answer.error.type, answer.error.extra);
    return answer.output;
  }

  return createAwsCommand({ call, now: () => cloudNow });
});
