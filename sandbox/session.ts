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
  // A service whose delivery a queue or topic refused: nothing arrives, and AWS says so only in metrics.
  if (event.type === 'sns.delivery-denied' || event.type === 's3.event-denied' || event.type === 'events.target-denied') {
    const target = String(event.endpoint ?? event.destination ?? event.targetArn ?? '');
    return `${String(event.principal)} could not deliver to ${target}: ${String(event.reason)}.`;
  }
  if (event.type === 'invoke.recursion-stopped') {
    return `Lambda detected a recursive loop and did not run invocation ${Number(event.chain) + 1} of ${name} in one chain of requests (at most 16 run); if the loop is intended, aws lambda put-function-recursion-config --function-name ${name} --recursive-loop Allow.`;
  }
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

  /** The newest trace event whose notice, if any, has been printed. */
  #reported: object | undefined;
  /** Whether the events of a restored cloud have been passed over (they were told in an earlier session). */
  #primed = false;

  /** Trace events not yet looked at for notices (the trace keeps its newest events only, so by identity). */
  #unreported(): Array<{ type: string; [key: string]: unknown }> {
    const trace = this.cloud.state.trace as unknown as Array<{ type: string; [key: string]: unknown }>;
    const at = this.#reported ? trace.lastIndexOf(this.#reported as (typeof trace)[number]) : -1;
    const fresh = trace.slice(at + 1);
    if (trace.length) this.#reported = trace[trace.length - 1];
    return fresh;
  }

  /**
   * Runs a command line. Around it the sandbox says what AWS would only show in a console or a metric:
   * logs that a function's role could not deliver, service deliveries a policy refused, recursive loops
   * Lambda stopped — what happened while the command ran, and what background work did since the last one.
   */
  async run(line: string, io: CommandIO, options?: RunOptions): Promise<number> {
    const tell = () => {
      for (const event of this.#unreported()) {
        const notice = noticeFor(event);
        if (notice) io.stderr(`\x1b[2mlab: ${notice}\x1b[0m\n`);
      }
    };
    if (this.#primed) tell();
    else this.#unreported();
    this.#primed = true;
    const status = await this.shell.run(line, io, options);
    tell();
    return status;
  }

  dispose(): void {
    this.cloud.dispose();
  }
}
