/**
 * What `aws` needs from its surroundings. The shell owns these contracts (sandbox/shell/types.ts,
 * sandbox/workspace/fs.ts); they are imported as types only, so this module tree has no runtime
 * dependency on the shell and runs unchanged in a Web Worker, in Node and in tests.
 */
import type { Command, CommandContext } from '../../shell/types.ts';
import type { FileSystem } from '../../workspace/fs.ts';
import type { ServiceCaller } from '../../cloud/api.ts';

export type { Command, CommandContext, FileSystem, ServiceCaller };

/** What createAwsCommand is given: the way into the cloud and the cloud's virtual clock. */
export interface AwsCommandDeps {
  call: ServiceCaller;
  /** Epoch milliseconds of the cloud's virtual clock (`aws logs tail --since 10m` counts back from it). */
  now: () => number;
}

/** The errno name of a failed file operation, read structurally (FsError may have crossed a realm). */
export function fsErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string') {
    return (error as { code: string }).code;
  }
  return undefined;
}
