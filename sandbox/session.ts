/**
 * One sandbox session: a cloud, a shell over the learner's files, and the `aws` and `lab` commands
 * wired between them. The built-in Web Worker, `lab shell` and the tests all start here, so what a
 * learner types behaves the same everywhere.
 */
import { Cloud, type CloudState } from './cloud/cloud.ts';
import { createAwsCommand } from './cli/aws/index.ts';
import { createLabCommand } from './cli/lab/command.ts';
import { createCurlCommand } from './cli/http/index.ts';
import { handleHttpRequest } from './cloud/apigateway/index.ts';
import { Shell, type CommandContext, type CommandIO, type RunOptions } from './shell/index.ts';
import { withAwsDefaults } from './workspace/aws-defaults.ts';
import type { FileSystem } from './workspace/fs.ts';
import type { ExecutionHost } from './runtime/types.ts';

export const HOME = '/home/learner';

export interface SessionOptions {
  /** The learner's workspace, mounted as the home directory. */
  fs: FileSystem;
  host: ExecutionHost;
  time: () => number;
  seed?: number;
  state?: CloudState;
  /** `lab check` inside the shell, where an exercise is loaded. */
  check?: (ctx: CommandContext) => Promise<number>;
}

/** The learner-facing sentence for a trace event AWS would not print in the terminal, if any. */
function noticeFor(event: { type: string; [key: string]: unknown }): string | undefined {
  const name = String(String(event.functionArn ?? '').split(':function:')[1]).replace(/:\$LATEST$/, '');
  if (event.type === 'logs.denied') return `no logs were delivered for ${name}. ${String(event.reason)}`;
  if (event.type === 'destination.failed' || event.type === 'dlq.failed') {
    return `${event.type === 'dlq.failed' ? 'the dead-letter queue' : 'the destination'} ${String(event.target)} of ${String(event.functionArn ?? '').split(':function:')[1]} did not receive the event: ${String(event.message)}`;
  }
  if (event.type === 'invoke.denied') return `${String(event.principal)} could not invoke ${name}: ${String(event.reason)}.`;
  return undefined;
}

export class Session {
  readonly cloud: Cloud;
  readonly shell: Shell;

  constructor(options: SessionOptions) {
    this.cloud = new Cloud({ host: options.host, time: options.time, seed: options.seed, state: options.state });
    this.shell = new Shell({ fs: withAwsDefaults(options.fs, HOME), home: HOME, cwd: HOME, user: 'learner', host: 'lambda-lab' });
    this.shell.register('aws', createAwsCommand({ call: (request) => this.cloud.call(request), now: () => this.cloud.clock.now() }), 'the AWS CLI (v2 syntax): lambda, logs, sts');
    this.shell.register('curl', createCurlCommand({ handle: (req) => handleHttpRequest(this.cloud, req) }), 'transfer a URL (only your API Gateway endpoints answer: the sandbox has no internet)');
    this.shell.register('lab', createLabCommand({ cloud: () => this.cloud, check: options.check }), "the sandbox's own controls: clock, state, check");
  }

  /**
   * Runs a command line. Afterwards the sandbox says what AWS would only show in a console or a metric:
   * logs that a function's role could not deliver, and service deliveries its policy refused.
   */
  async run(line: string, io: CommandIO, options?: RunOptions): Promise<number> {
    const seen = this.cloud.state.trace.length;
    const status = await this.shell.run(line, io, options);
    for (const event of this.cloud.state.trace.slice(seen)) {
      const notice = noticeFor(event);
      if (notice) io.stderr(`\x1b[2mlab: ${notice}\x1b[0m\n`);
    }
    return status;
  }

  dispose(): void {
    this.cloud.dispose();
  }
}
