/**
 * `aws s3` — the CLI's high-level S3 commands (awscli/customizations/s3). They have no model of
 * their own: each command is code over s3api operations. `s3Model` (./model.ts) gives the driver
 * the command name, its help and the real command list; `S3_COMMANDS` are the commands it runs.
 */
import type { Invocation } from '../../client.ts';
import { runMb, runRb } from './buckets.ts';
import { runLs } from './ls.ts';
import { runTransfer } from './transfer.ts';

export const S3_COMMANDS: Record<string, (invocation: Invocation, args: readonly string[]) => Promise<number>> = {
  cp: (invocation, args) => runTransfer(invocation, 'cp', args),
  ls: runLs,
  mb: runMb,
  mv: (invocation, args) => runTransfer(invocation, 'mv', args),
  rb: runRb,
  rm: (invocation, args) => runTransfer(invocation, 'rm', args),
  sync: (invocation, args) => runTransfer(invocation, 'sync', args),
};

export { s3Model } from './model.ts';
export { S3API_ARGUMENT_EDITS, checkBucketName } from './s3api.ts';
export { humanReadableSize } from './ls.ts';
