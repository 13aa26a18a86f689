/** Stream names and ARNs, and finding the stream a request names (by StreamName or StreamARN). */
import type { Cloud } from '../cloud.ts';
import type { ServiceContext } from '../service.ts';
import { accessDenied, invalidArgument, streamNotFound, validationError } from './errors.ts';
import { initialKinesisState, type KinesisState, type StreamRecord } from './state.ts';

export const streamArn = (region: string, account: string, name: string) => `arn:aws:kinesis:${region}:${account}:stream/${name}`;

/** The Kinesis part of the cloud's state (created on first use, so older snapshots still load). */
export function kinesisState(cloud: Cloud): KinesisState {
  const state = cloud.state as unknown as { kinesis?: KinesisState };
  return (state.kinesis ??= initialKinesisState());
}

export function parseStreamArn(arn: string): { region: string; account: string; name: string } | null {
  const m = /^arn:aws[a-z-]*:kinesis:([a-z0-9-]+):(\d{12}):stream\/([a-zA-Z0-9_.-]+)$/.exec(arn);
  return m ? { region: m[1]!, account: m[2]!, name: m[3]! } : null;
}

export function findStreamByArn(cloud: Cloud, arn: string): StreamRecord | undefined {
  return kinesisState(cloud).streams[arn];
}

/** StreamName: 1–128 of [a-zA-Z0-9_.-], checked as the service's validation layer words it. */
export function checkStreamName(name: unknown, member = 'streamName'): string {
  if (typeof name !== 'string' || name === '') {
    throw validationError([{ value: name === '' ? '' : undefined, member, constraint: name === '' ? 'Member must have length greater than or equal to 1' : 'Member must not be null' }]);
  }
  if (name.length > 128) throw validationError([{ value: name, member, constraint: 'Member must have length less than or equal to 128' }]);
  if (!/^[a-zA-Z0-9_.-]+$/.test(name)) {
    throw validationError([{ value: name, member, constraint: 'Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+' }]);
  }
  return name;
}

/**
 * The stream a request names. StreamARN wins when both are given (AWS recommends the ARN); an ARN in
 * another account is refused, as no resource policy can grant access in the sandbox yet.
 */
export function resolveStream(ctx: ServiceContext, input: Record<string, unknown>, action: string): StreamRecord {
  const state = kinesisState(ctx.cloud);
  if (typeof input.StreamARN === 'string' && input.StreamARN !== '') {
    const parsed = parseStreamArn(input.StreamARN);
    if (!parsed) {
      throw validationError([{ value: input.StreamARN, member: 'streamARN', constraint: 'Member must satisfy regular expression pattern: arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+' }]);
    }
    if (parsed.account !== ctx.identity.account) throw accessDenied(ctx.identity.arn, action, input.StreamARN);
    const stream = state.streams[input.StreamARN];
    if (!stream) throw streamNotFound(parsed.name, parsed.account);
    return stream;
  }
  if (input.StreamName === undefined || input.StreamName === null) {
    throw invalidArgument('Either StreamName or StreamARN should be provided.');
  }
  const name = checkStreamName(input.StreamName);
  const stream = state.streams[streamArn(ctx.region, ctx.identity.account, name)];
  if (!stream) throw streamNotFound(name, ctx.identity.account);
  return stream;
}
