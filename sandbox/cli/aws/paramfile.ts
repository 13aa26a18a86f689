/**
 * `file://` and `fileb://` parameter values (awscli/paramfile.py): any parameter may be read from a
 * file — as text (universal newlines, UTF-8) or as raw bytes. The path is relative to the current
 * directory, with `~` and `$VAR` expanded as Python's expanduser/expandvars do. Failures read like
 * Python's OSError: `Unable to load paramfile fileb://nope.zip: [Errno 2] No such file or directory: 'nope.zip'`.
 */
import type { CommandContext } from './context.ts';
import { fsErrorCode } from './context.ts';
import { utf8DecodeStrict } from './base64.ts';
import { pyStrRepr } from './pyrepr.ts';

const ERRNO: Record<string, [number, string]> = {
  ENOENT: [2, 'No such file or directory'],
  EISDIR: [21, 'Is a directory'],
  ENOTDIR: [20, 'Not a directory'],
  EACCES: [13, 'Permission denied'],
  EEXIST: [17, 'File exists'],
};

/** Python's str(OSError) for a failed open(): `[Errno 2] No such file or directory: 'x'`. */
export function osErrorText(error: unknown, path: string): string {
  const code = fsErrorCode(error);
  const [errno, text] = (code && ERRNO[code]) || [5, 'Input/output error'];
  return `[Errno ${errno}] ${text}: ${pyStrRepr(path)}`;
}

/** A file that could not be read as a parameter; the caller wraps it as `Error parsing parameter`. */
export class ResourceLoadingError extends Error {}

/** os.path.expanduser + os.path.expandvars. */
export function expandPath(ctx: CommandContext, path: string): string {
  const home = ctx.env.HOME || ctx.home;
  let out = path;
  if (out === '~' || out.startsWith('~/')) out = home + out.slice(1);
  return out.replace(/\$(\w+)|\$\{([^}]*)\}/g, (whole, a: string | undefined, b: string | undefined) => {
    const name = a ?? b ?? '';
    return name in ctx.env ? ctx.env[name] : whole;
  });
}

async function readBytes(ctx: CommandContext, prefix: string, value: string): Promise<[Uint8Array, string]> {
  const filePath = expandPath(ctx, value.slice(prefix.length));
  try {
    const abs = ctx.resolve(filePath);
    const stat = await ctx.fs.stat(abs);
    if (stat?.type === 'dir') throw Object.assign(new Error('Is a directory'), { code: 'EISDIR' });
    return [await ctx.fs.readFile(abs), filePath];
  } catch (error) {
    if (fsErrorCode(error) === undefined) throw error;
    throw new ResourceLoadingError(`Unable to load paramfile ${value}: ${osErrorText(error, filePath)}`);
  }
}

/**
 * The contents a `file://` / `fileb://` value refers to, or undefined when the value is not a
 * paramfile reference. Text has its line endings normalised, as Python's text mode does.
 */
export async function loadParamfile(ctx: CommandContext, value: unknown): Promise<string | Uint8Array | undefined> {
  if (Array.isArray(value) && value.length === 1) value = value[0];
  if (typeof value !== 'string') return undefined;
  if (value.startsWith('fileb://')) return (await readBytes(ctx, 'fileb://', value))[0];
  if (value.startsWith('file://')) {
    const [bytes, filePath] = await readBytes(ctx, 'file://', value);
    const text = utf8DecodeStrict(bytes);
    if (text === null) {
      throw new ResourceLoadingError(
        `Unable to load paramfile (${filePath}), text contents could not be decoded.  If this is a binary file, please use the fileb:// prefix instead of the file:// prefix.`,
      );
    }
    return text.replace(/\r\n?/g, '\n');
  }
  return undefined;
}
