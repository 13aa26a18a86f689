/**
 * The Lambda console's code editor, as shell commands: `lab edit NAME` opens a function's deployed
 * code in the workspace (a folder the editor shows), `lab deploy NAME` zips that folder and updates
 * the function — the console's Deploy button. Like the console, it refuses packages over 3 MB.
 */
import { unzipSync, zipSync } from 'fflate';
import type { Cloud } from '../../cloud/cloud.ts';
import { AwsError } from '../../cloud/errors.ts';
import { decodeCode, resolveFunction } from '../../cloud/lambda/functions.ts';
import { LEARNER } from '../../cloud/accounts.ts';
import type { CommandContext } from '../../shell/index.ts';

/** The console edits packages up to 3 MB inline. */
export const CONSOLE_EDITOR_LIMIT = 3 * 1024 * 1024;

const tooLarge = (name: string) =>
  `The deployment package of your Lambda function "${name}" is too large to enable inline code editing. However, you can still invoke your function.`;

async function walk(ctx: CommandContext, dir: string, prefix = ''): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {};
  for (const name of await ctx.fs.readdir(dir)) {
    const path = `${dir}/${name}`;
    const stat = await ctx.fs.stat(path);
    if (stat?.type === 'dir') Object.assign(out, await walk(ctx, path, `${prefix}${name}/`));
    else if (stat?.type === 'file') out[`${prefix}${name}`] = await ctx.fs.readFile(path);
  }
  return out;
}

function fail(ctx: CommandContext, error: unknown): number {
  ctx.stderr(`lab: ${error instanceof AwsError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}

export async function labEdit(ctx: CommandContext, cloud: Cloud, name: string | undefined, dir: string | undefined): Promise<number> {
  if (!name) {
    ctx.stderr('usage: lab edit FUNCTION [DIR]   (opens the deployed code of FUNCTION in DIR, default ~/FUNCTION)\n');
    return 2;
  }
  try {
    const { fn } = resolveFunction({ cloud, identity: LEARNER, region: 'us-east-1' }, { FunctionName: name });
    if (fn.code.size > CONSOLE_EDITOR_LIMIT) {
      ctx.stderr(`lab: ${tooLarge(fn.name)}\n`);
      return 1;
    }
    const target = ctx.resolve(dir ?? `~/${fn.name}`);
    const files = unzipSync(decodeCode(fn.code));
    for (const [path, bytes] of Object.entries(files)) {
      if (path.endsWith('/')) continue;
      const full = `${target}/${path}`;
      await ctx.fs.mkdir(full.slice(0, full.lastIndexOf('/')), { recursive: true });
      await ctx.fs.writeFile(full, bytes);
    }
    ctx.stdout(`Opened the code of ${fn.name} ($LATEST) in ${dir ?? `~/${fn.name}`}. Edit it, then run: lab deploy ${fn.name}\n`);
    return 0;
  } catch (error) {
    return fail(ctx, error);
  }
}

export async function labDeploy(ctx: CommandContext, cloud: Cloud, name: string | undefined, dir: string | undefined): Promise<number> {
  if (!name) {
    ctx.stderr('usage: lab deploy FUNCTION [DIR]   (zips DIR, default ~/FUNCTION, and updates FUNCTION\'s code)\n');
    return 2;
  }
  try {
    const source = ctx.resolve(dir ?? `~/${name}`);
    if ((await ctx.fs.stat(source))?.type !== 'dir') {
      ctx.stderr(`lab: ${dir ?? `~/${name}`} is not a folder; run lab edit ${name} first\n`);
      return 1;
    }
    const zip = zipSync(await walk(ctx, source));
    if (zip.length > CONSOLE_EDITOR_LIMIT) {
      ctx.stderr(`lab: ${tooLarge(name)}\n`);
      return 1;
    }
    await cloud.call({ service: 'lambda', action: 'UpdateFunctionCode', input: { FunctionName: name, ZipFile: zip } });
    ctx.stdout(`Successfully updated the function ${name}.\n`);
    return 0;
  } catch (error) {
    return fail(ctx, error);
  }
}
