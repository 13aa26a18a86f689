/**
 * The function's own file system, as the realm mounts it: /var/task and /opt from the package (and
 * layers), a fresh /tmp of the function's ephemeral storage size, and the `fs` and `fs/promises`
 * modules over them. One per execution environment, so /tmp survives warm invocations and goes with
 * the environment. Nothing here touches the host's disk, in either host.
 */
import { createNodeFs, type BufferClass } from './node-fs.ts';
import { createPosixPath, type PosixPath } from './path.ts';
import { Volume } from './volume.ts';

/** Lambda's default ephemeral storage (/tmp), in MB. */
export const DEFAULT_EPHEMERAL_STORAGE_MB = 512;

/** The built-in modules this file system provides (bare names; the module system maps `node:x` to `x`). */
export const FS_MODULES = ['fs', 'fs/promises'] as const;

export interface FunctionFileSystemOptions {
  /** Every file of the package and its layers by absolute path (CompiledPackage.raw). */
  files: Record<string, Uint8Array>;
  ephemeralStorageMb?: number;
  /** process.cwd() of the environment (/var/task). */
  cwd?: () => string;
  /** The environment's clock, epoch ms, for file times. */
  clock: () => number;
  /** Node's Buffer where the realm has it; without it, bytes are Uint8Arrays that print as text. */
  Buffer?: BufferClass;
  random?: () => number;
}

export interface FunctionFileSystem {
  volume: Volume;
  path: PosixPath;
  /** `fs` and `fs/promises` by bare module name. */
  modules: Record<(typeof FS_MODULES)[number], unknown>;
}

export function createFunctionFileSystem(options: FunctionFileSystemOptions): FunctionFileSystem {
  const cwd = options.cwd ?? (() => '/var/task');
  const mb = options.ephemeralStorageMb ?? DEFAULT_EPHEMERAL_STORAGE_MB;
  const volume = new Volume({ files: options.files, tmpCapacity: mb * 1024 * 1024, cwd, clock: options.clock });
  const path = createPosixPath(cwd);
  const { fs, promises } = createNodeFs({ volume, path, Buffer: options.Buffer, random: options.random });
  return { volume, path, modules: { fs, 'fs/promises': promises } };
}
