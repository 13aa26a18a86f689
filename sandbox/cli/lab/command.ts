/**
 * `lab` inside the sandbox shell: the sandbox's own controls, apart from AWS's. `lab clock` shows and
 * moves the virtual clock; `lab state` summarises the cloud; `lab check` grades the exercise where
 * the host offers it.
 */
import type { Cloud } from '../../cloud/cloud.ts';
import { parseDuration } from '../../cloud/clock.ts';
import type { Command, CommandContext } from '../../shell/index.ts';

export interface LabCommandDeps {
  cloud: () => Cloud;
  /** Grades the exercise and prints the report; absent where no exercise is loaded. */
  check?: (ctx: CommandContext) => Promise<number>;
}

const USAGE = `usage: lab <command> [arguments]

Commands:
  lab clock now              print the cloud's current time
  lab clock advance <time>   move the clock forward (e.g. 90s, 2m, 1h) and run what came due
  lab state                  list what exists in the cloud (functions, log groups)
  lab check                  run the exercise's checks
  lab help                   this text
`;

export function createLabCommand(deps: LabCommandDeps): Command {
  return async (ctx) => {
    const [, sub, ...rest] = ctx.argv;
    const cloud = deps.cloud();
    switch (sub) {
      case undefined:
      case 'help':
      case '--help':
        ctx.stdout(USAGE);
        return 0;
      case 'clock': {
        if (rest[0] === undefined || rest[0] === 'now') {
          ctx.stdout(`${new Date(cloud.clock.now()).toISOString()}\n`);
          return 0;
        }
        if (rest[0] === 'advance') {
          const ms = rest[1] === undefined ? null : parseDuration(rest[1]);
          if (ms === null) {
            ctx.stderr(`lab: clock advance needs a duration such as 30s, 2m or 1h (got ${rest[1] === undefined ? 'nothing' : `'${rest[1]}'`})\n`);
            return 2;
          }
          cloud.clock.advance(ms);
          await cloud.settled();
          ctx.stdout(`${new Date(cloud.clock.now()).toISOString()}\n`);
          return 0;
        }
        ctx.stderr(`lab: unknown clock command '${rest[0]}'\n${USAGE}`);
        return 2;
      }
      case 'state': {
        const fns = Object.values(cloud.state.lambda.functions);
        const groups = Object.values(cloud.state.logs.groups);
        ctx.stdout(`Functions (${fns.length}):\n${fns.map((f) => `  ${f.name}  ${f.config.Runtime}  ${f.config.Handler}\n`).join('') || '  none\n'}`);
        ctx.stdout(`Log groups (${groups.length}):\n${groups.map((g) => `  ${g.logGroupName}  ${Object.keys(g.streams).length} stream(s)\n`).join('') || '  none\n'}`);
        return 0;
      }
      case 'check':
        if (!deps.check) {
          ctx.stderr('lab: there is no exercise loaded here; use the Check button on a lesson page, or `lab check --workspace DIR --exercise PATH` in a terminal.\n');
          return 2;
        }
        return deps.check(ctx);
      default:
        ctx.stderr(`lab: unknown command '${sub}'\n${USAGE}`);
        return 2;
    }
  };
}
