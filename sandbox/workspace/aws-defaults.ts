/**
 * The learner's ~/.aws/config and ~/.aws/credentials, built in. A new sandbox has two profiles —
 * `default` (the learner, account 111111111111) and `partner` (admin of 222222222222, for
 * cross-account lessons) — without any file in the workspace. This overlay answers for those two
 * files while the workspace has none; a learner who writes one overrides the default (writes go to
 * the underlying file system), and deleting the override brings the default back.
 * A virtual ~/.aws answers stat and readdir but is left out of the home directory's listing.
 */
import { FsError, toBytes, type FileStat, type FileSystem } from './fs.ts';
import { join, normalize } from './path.ts';

export const DEFAULT_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
export const DEFAULT_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
export const PARTNER_ACCESS_KEY_ID = 'AKIAI44QH8DHBEXAMPLE';
export const PARTNER_SECRET_ACCESS_KEY = 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY';

export const DEFAULT_AWS_CONFIG = `[default]
region = us-east-1
output = json
cli_binary_format = raw-in-base64-out

[profile partner]
region = us-east-1
output = json
cli_binary_format = raw-in-base64-out
`;

export const DEFAULT_AWS_CREDENTIALS = `[default]
aws_access_key_id = ${DEFAULT_ACCESS_KEY_ID}
aws_secret_access_key = ${DEFAULT_SECRET_ACCESS_KEY}

[partner]
aws_access_key_id = ${PARTNER_ACCESS_KEY_ID}
aws_secret_access_key = ${PARTNER_SECRET_ACCESS_KEY}
`;

/** Wraps `fs` so that `${home}/.aws/config` and `${home}/.aws/credentials` exist with the defaults above. */
export function withAwsDefaults(fs: FileSystem, home: string): FileSystem {
  const homeDir = normalize('/' + home);
  const awsDir = join(homeDir, '.aws');
  const defaults = new Map<string, Uint8Array>([
    [join(awsDir, 'config'), toBytes(DEFAULT_AWS_CONFIG)],
    [join(awsDir, 'credentials'), toBytes(DEFAULT_AWS_CREDENTIALS)],
  ]);
  const abs = (p: string) => normalize('/' + p);

  /** The default for `p` when the underlying fs has nothing there. */
  async function fallback(p: string): Promise<Uint8Array | null> {
    const data = defaults.get(p);
    if (!data) return null;
    return (await fs.stat(p)) === null ? data : null;
  }

  /** The overlay shows ~/.aws as a directory even when the workspace has none: make it real before writing into it. */
  async function ensureAwsDir(): Promise<void> {
    if ((await fs.stat(awsDir)) === null) await fs.mkdir(awsDir, { recursive: true });
  }

  return {
    async readFile(path) {
      const p = abs(path);
      const data = await fallback(p);
      return data ? new Uint8Array(data) : fs.readFile(p);
    },

    async writeFile(path, data) {
      const p = abs(path);
      if (p.startsWith(awsDir + '/')) await ensureAwsDir();
      return fs.writeFile(p, data);
    },

    async stat(path): Promise<FileStat | null> {
      const p = abs(path);
      const data = await fallback(p);
      if (data) return { type: 'file', size: data.length, mtimeMs: 0 };
      const real = await fs.stat(p);
      if (real === null && p === awsDir && (await fs.stat(homeDir))?.type === 'dir') return { type: 'dir', size: 4096, mtimeMs: 0 };
      return real;
    },

    async readdir(path) {
      const p = abs(path);
      if (p === awsDir) {
        const real = (await fs.stat(awsDir)) === null ? [] : await fs.readdir(awsDir);
        return [...new Set([...real, 'config', 'credentials'])].sort();
      }
      // A ~/.aws that exists only here is not listed in ~: `zip -r function.zip .` in the home
      // directory must not package the learner's credentials. It is there for cd, ls ~/.aws and cat.
      return fs.readdir(p);
    },

    async mkdir(path, options) {
      const p = abs(path);
      if (p === awsDir && (await fs.stat(awsDir)) === null) {
        if (!options?.recursive) throw new FsError('EEXIST', p);
        return fs.mkdir(p, options);
      }
      if (p.startsWith(awsDir + '/')) await ensureAwsDir();
      return fs.mkdir(p, options);
    },

    async rm(path, options) {
      const p = abs(path);
      // The defaults are built in: removing one that was never overridden is a no-op, not an error.
      if (defaults.has(p) && (await fs.stat(p)) === null) return;
      if (p === awsDir && (await fs.stat(awsDir)) === null) {
        if (!options?.recursive) throw new FsError('EISDIR', p);
        return;
      }
      return fs.rm(p, options);
    },
  };
}
