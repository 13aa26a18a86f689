/**
 * `aws` — the AWS CLI v2 for the sandbox. The same command lines, output, error text and exit
 * statuses as the real CLI for the services modeled in ./models, answered by the sandbox cloud
 * through one ServiceCaller. Nothing here throws at the learner: every failure becomes the CLI's own
 * stderr text and exit status (252 usage, 253 configuration, 254 service error, 255 other).
 */
import type { AwsCommandDeps, Command } from './context.ts';
import { runAws } from './driver.ts';
import { renderError } from './errors.ts';

export type { AwsCommandDeps } from './context.ts';
export { SERVICES } from './models/index.ts';

export function createAwsCommand(deps: AwsCommandDeps): Command {
  return async (ctx) => {
    try {
      return await runAws(ctx, deps);
    } catch (error) {
      const { text, rc } = renderError(error);
      ctx.stderr(text);
      return rc;
    }
  };
}
