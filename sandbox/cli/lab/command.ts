/**
 * `lab` inside the sandbox shell: the sandbox's own controls, apart from AWS's. `lab clock` shows and
 * moves the virtual clock; `lab state` summarises the cloud; `lab check` grades the exercise where
 * the host offers it.
 */
import type { Cloud } from '../../cloud/cloud.ts';
import { parseDuration } from '../../cloud/clock.ts';
import { PRICE_PER_GB_SECOND, PRICE_PER_REQUEST } from '../../cloud/lambda/report.ts';
import type { Command, CommandContext } from '../../shell/index.ts';
import { labDeploy, labEdit } from './console-editor.ts';

export interface LabCommandDeps {
  cloud: () => Cloud;
  /** Grades the exercise and prints the report; absent where no exercise is loaded. */
  check?: (ctx: CommandContext) => Promise<number>;
}

const USAGE = `usage: lab <command> [arguments]

Commands:
  lab clock now              print the cloud's current time
  lab clock advance <time>   move the clock forward (e.g. 90s, 2m, 1h) and run what came due
  lab state                  list what exists in the cloud, by service
  lab bill                   what the functions' invocations would cost on AWS (us-east-1, x86)
  lab edit <function> [dir]  open a function's deployed code in the workspace, as the console editor does
  lab deploy <function> [dir] zip that folder and update the function's code (the console's Deploy)
  lab check                  run the exercise's checks
  lab help                   this text
`;

/** What exists in the cloud, by service, one line each — the sandbox's "console home". */
export function stateText(cloud: Cloud): string {
  const st = cloud.state;
  const names = (record: Record<string, unknown> | undefined, name: (v: never) => string) => Object.values(record ?? {}).map((v) => name(v as never));
  const sections: Array<[string, string[]]> = [
    ['Functions', Object.values(st.lambda.functions).map((f) => {
      const versions = Object.keys(f.versions ?? {});
      const aliases = Object.values(f.aliases ?? {}).map((a) => `${a.name}→${a.functionVersion}`);
      return `${f.name}  ${f.config.Runtime}  ${f.config.Handler}${versions.length ? `  versions ${versions.join(',')}` : ''}${aliases.length ? `  aliases ${aliases.join(',')}` : ''}`;
    })],
    ['Layers', Object.values(st.lambda.layers ?? {}).map((l) => `${l.name}  ${Object.values(l.versions).filter((v) => !v.deleted).length} version(s)`)],
    ['Event-source mappings', Object.values(st.lambda.eventSourceMappings ?? {}).map((m) => `${m.uuid}  ${m.eventSourceArn.split(':').pop()} → ${m.functionArn.split(':function:')[1]}  ${m.enabled ? 'Enabled' : 'Disabled'}`)],
    ['Queued asynchronous events', Object.keys(st.lambda.asyncEvents ?? {}).length ? [`${Object.keys(st.lambda.asyncEvents ?? {}).length} waiting`] : []],
    ['Log groups', Object.values(st.logs.groups).map((g) => `${g.logGroupName}  ${Object.keys(g.streams).length} stream(s)`)],
    ['IAM roles', names(st.iam.roles as Record<string, unknown>, (r: { RoleName: string; Arn: string }) => `${r.RoleName}  ${r.Arn.split(':')[4]}`)],
    ['S3 buckets', names(st.s3?.buckets, (b: { name: string }) => b.name)],
    ['SQS queues', names(st.sqs?.queues, (q: { name: string }) => q.name)],
    ['SNS topics', names(st.sns?.topics, (t: { name: string }) => t.name)],
    ['Kinesis streams', names(st.kinesis?.streams, (k: { name: string }) => k.name)],
    ['DynamoDB tables', names(st.dynamodb?.tables, (t: { name: string }) => t.name)],
    ['HTTP APIs', names(st.apigateway?.apis, (a: { name: string; apiId: string }) => `${a.name}  ${a.apiId}`)],
    ['EventBridge rules', names(st.events?.rules, (r: { name: string; scheduleExpression?: string }) => `${r.name}${r.scheduleExpression ? `  ${r.scheduleExpression}` : ''}`)],
  ];
  return sections.map(([title, lines]) => `${title} (${lines.length}):\n${lines.map((l) => `  ${l}\n`).join('') || '  none\n'}`).join('');
}

/** A per-function cost summary: requests and GB-seconds at Lambda's us-east-1 x86 prices. */
export function billText(cloud: Cloud): string {
  const rows = Object.entries(cloud.state.lambda.usage ?? {}).map(([arn, u]) => {
    const requestsUsd = u.requests * PRICE_PER_REQUEST;
    const durationUsd = u.gbSeconds * PRICE_PER_GB_SECOND;
    return [arn.split(':').pop()!, `${u.memoryMb} MB`, String(u.requests), `${u.billedMs} ms`, u.gbSeconds.toFixed(6), `$${(requestsUsd + durationUsd).toFixed(8)}`];
  });
  if (rows.length === 0) return 'No invocations yet: nothing to bill.\n';
  const head = ['Function', 'Memory', 'Requests', 'Billed duration', 'GB-seconds', 'Cost (USD)'];
  const total = rows.reduce((n, r) => n + Number(r[5]!.slice(1)), 0);
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return `${[line(head), ...rows.map(line)].join('\n')}\n\nTotal: $${total.toFixed(8)} — $0.20 per 1M requests + $0.0000166667 per GB-second (us-east-1, x86), before the free tier.\n`;
}

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
          await cloud.advance(ms);
          ctx.stdout(`${new Date(cloud.clock.now()).toISOString()}\n`);
          return 0;
        }
        ctx.stderr(`lab: unknown clock command '${rest[0]}'\n${USAGE}`);
        return 2;
      }
      case 'state':
        ctx.stdout(stateText(cloud));
        return 0;
      case 'edit':
        return labEdit(ctx, cloud, rest[0], rest[1]);
      case 'deploy':
        return labDeploy(ctx, cloud, rest[0], rest[1]);
      case 'bill':
        ctx.stdout(billText(cloud));
        return 0;
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
