/** `aws s3api` and `aws s3` over a real cloud's S3 engine, for the CLI tests: requests are recorded and answered by S3's actions. */
import { createAwsCommand } from '../../../sandbox/cli/aws/index.ts';
import type { CommandContext } from '../../../sandbox/cli/aws/context.ts';
import { identityForAccessKey } from '../../../sandbox/cloud/accounts.ts';
import type { ServiceRequest } from '../../../sandbox/cloud/api.ts';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { s3Actions } from '../../../sandbox/cloud/s3/index.ts';
import { s3Cloud } from '../s3/helpers.ts';
import { CONFIG, CREDENTIALS, MemoryFs, shellWords } from './harness.ts';

export interface S3Run {
  rc: number;
  stdout: string;
  stderr: string;
  requests: ServiceRequest[];
}

export interface S3Box {
  cloud: Cloud;
  fs: MemoryFs;
  requests: ServiceRequest[];
  run(line: string, options?: { stdin?: string; cwd?: string }): Promise<S3Run>;
  dispose(): void;
}

const CWD = '/home/learner/project';

export function s3Box(files: Record<string, string | Uint8Array> = {}): S3Box {
  const cloud = s3Cloud();
  const fs = new MemoryFs({ '/home/learner/.aws/config': CONFIG, '/home/learner/.aws/credentials': CREDENTIALS, ...files });
  fs.dirs.add(CWD);
  const box: S3Box = {
    cloud,
    fs,
    requests: [],
    dispose: () => cloud.dispose(),
    async run(line, options = {}) {
      const requests: ServiceRequest[] = [];
      const deps = {
        call: async (request: ServiceRequest) => {
          requests.push(request);
          box.requests.push(request);
          if (request.service !== 's3') throw new Error(`unexpected service ${request.service}`);
          const action = s3Actions[request.action];
          if (!action) throw new Error(`no S3 action ${request.action}`);
          return (await action({ cloud, identity: identityForAccessKey(request.accessKeyId), region: request.region ?? 'us-east-1' }, request.input)) as Record<string, unknown>;
        },
        now: () => cloud.clock.now(),
      };
      let stdout = '';
      let stderr = '';
      const cwd = options.cwd ?? CWD;
      const ctx: CommandContext = {
        argv: shellWords(line),
        cwd,
        home: '/home/learner',
        env: { HOME: '/home/learner' },
        fs,
        stdin: options.stdin ?? '',
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
        resolve: (path) => {
          const p = path.startsWith('~/') ? '/home/learner' + path.slice(1) : path;
          const abs = p.startsWith('/') ? p : `${cwd}/${p}`;
          const out: string[] = [];
          for (const part of abs.split('/')) {
            if (part === '' || part === '.') continue;
            if (part === '..') out.pop();
            else out.push(part);
          }
          return '/' + out.join('/');
        },
      };
      const rc = await createAwsCommand(deps)(ctx);
      return { rc, stdout, stderr, requests };
    },
  };
  return box;
}
