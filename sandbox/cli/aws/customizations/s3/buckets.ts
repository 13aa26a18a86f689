/**
 * `aws s3 mb` and `aws s3 rb` (MbCommand, RbCommand): one CreateBucket / DeleteBucket. Outside
 * us-east-1 mb names the client's region as LocationConstraint. Success prints
 * `make_bucket: NAME` / `remove_bucket: NAME`; a failure prints `make_bucket failed: s3://NAME <error>`
 * to stderr with status 1, not the usual 254.
 */
import { createClient, type Invocation } from '../../client.ts';
import { CliError, GeneralError, ParamValidationError } from '../../errors.ts';
import { s3apiModel } from '../../models/s3api.ts';
import { COMMAND_DEFINITIONS, parseCommand } from './args.ts';
import { splitS3BucketKey } from './paths.ts';
import { runTransfer } from './transfer.ts';

const errorText = (error: unknown) => (error instanceof CliError || error instanceof Error ? error.message : String(error));

export async function runMb(invocation: Invocation, args: readonly string[]): Promise<number> {
  const { ctx } = invocation;
  const parsed = await parseCommand(ctx, COMMAND_DEFINITIONS.mb!, args);
  if (!parsed) return 0;
  const path = String(parsed.values.path);
  if (!path.startsWith('s3://')) throw new ParamValidationError('<S3Uri>\nError: Invalid argument type');
  const [bucket] = splitS3BucketKey(path);
  const client = await createClient(invocation, s3apiModel);
  const params: Record<string, unknown> = { Bucket: bucket };
  if (client.region !== 'us-east-1') params.CreateBucketConfiguration = { LocationConstraint: client.region };
  try {
    await client.call(s3apiModel.operations.CreateBucket!, params);
    ctx.stdout(`make_bucket: ${bucket}\n`);
    return 0;
  } catch (error) {
    ctx.stderr(`make_bucket failed: ${path} ${errorText(error)}\n`);
    return 1;
  }
}

export async function runRb(invocation: Invocation, args: readonly string[]): Promise<number> {
  const { ctx } = invocation;
  const parsed = await parseCommand(ctx, COMMAND_DEFINITIONS.rb!, args);
  if (!parsed) return 0;
  const path = String(parsed.values.path);
  if (!path.startsWith('s3://')) throw new ParamValidationError('<S3Uri>\nError: Invalid argument type');
  const [bucket, key] = splitS3BucketKey(path);
  if (key) throw new ParamValidationError(`Please specify a valid bucket name only. E.g. s3://${bucket}`);
  if (parsed.values.force === true) {
    const rc = await runTransfer(invocation, 'rm', [path, '--recursive']);
    if (rc !== 0) throw new GeneralError('remove_bucket failed: Unable to delete all objects in the bucket, bucket will not be deleted.');
  }
  const client = await createClient(invocation, s3apiModel);
  try {
    await client.call(s3apiModel.operations.DeleteBucket!, { Bucket: bucket });
    ctx.stdout(`remove_bucket: ${bucket}\n`);
    return 0;
  } catch (error) {
    ctx.stderr(`remove_bucket failed: ${path} ${errorText(error)}\n`);
    return 1;
  }
}
