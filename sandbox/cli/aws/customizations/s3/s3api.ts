/**
 * What the real CLI does around `aws s3api` beyond the model:
 *   - a streaming blob (`put-object --body`) is a plain file path, opened and sent as bytes
 *     (awscli/argprocess.py unpack_scalar_cli_arg): `Blob values must be a path to a file.`;
 *   - botocore checks bucket names before any request (handlers.validate_bucket_name);
 *   - botocore asks GetObject for the object's checksum (flexible checksums,
 *     response_checksum_validation = when_supported), so get-object prints it.
 */
import { findArgument, setArgument, type ArgumentTable } from '../../arguments.ts';
import { fsErrorCode } from '../../context.ts';
import { BotocoreParamValidationError, ParamError } from '../../errors.ts';
import { s3apiModel } from '../../models/s3api.ts';
import { expandPath } from '../../paramfile.ts';
import { xformName } from '../../names.ts';

const BLOB_PATH_ERROR = 'Blob values must be a path to a file.';

/** The `--body` of put-object: read from the named file. */
function streamingBlob(argName: string) {
  return (table: ArgumentTable) => {
    const original = findArgument(table, argName);
    if (!original) return;
    setArgument(table, {
      ...original,
      typeName: 'streaming blob',
      async addToParams(params, value, ctx) {
        if (value === null || value === undefined) return;
        const cliName = `--${argName}`;
        if (typeof value !== 'string') throw new ParamError(cliName, BLOB_PATH_ERROR);
        const path = ctx.resolve(expandPath(ctx, value));
        try {
          const stat = await ctx.fs.stat(path);
          if (!stat || stat.type !== 'file') throw new ParamError(cliName, BLOB_PATH_ERROR);
          params[original.memberName ?? 'Body'] = await ctx.fs.readFile(path);
        } catch (error) {
          if (fsErrorCode(error) !== undefined) throw new ParamError(cliName, BLOB_PATH_ERROR);
          throw error;
        }
      },
    });
  };
}

const VALID_BUCKET = /^[a-zA-Z0-9.\-_]{1,255}$/;
const VALID_S3_ARN =
  /^arn:(aws).*:(s3|s3-object-lambda):[a-z\-0-9]*:[0-9]{12}:accesspoint[/:][a-zA-Z0-9\-.]{1,63}$|^arn:(aws).*:s3-outposts:[a-z\-0-9]+:[0-9]{12}:outpost[/:][a-zA-Z0-9\-]{1,63}[/:]accesspoint[/:][a-zA-Z0-9\-]{1,63}$/;

/** botocore.handlers.validate_bucket_name, word for word. */
export function checkBucketName(bucket: string): void {
  if (VALID_BUCKET.test(bucket) || VALID_S3_ARN.test(bucket)) return;
  throw new BotocoreParamValidationError(
    `Invalid bucket name "${bucket}": Bucket name must match the regex "^[a-zA-Z0-9.\\-_]{1,255}$" or be an ARN matching the regex "^arn:(aws).*:(s3|s3-object-lambda):[a-z\\-0-9]*:[0-9]{12}:accesspoint[/:][a-zA-Z0-9\\-.]{1,63}$|^arn:(aws).*:s3-outposts:[a-z\\-0-9]+:[0-9]{12}:outpost[/:][a-zA-Z0-9\\-]{1,63}[/:]accesspoint[/:][a-zA-Z0-9\\-]{1,63}$"`,
  );
}

function bucketCheck(table: ArgumentTable): void {
  const original = findArgument(table, 'bucket');
  if (!original) return;
  setArgument(table, {
    ...original,
    addToParams(params, value, ctx) {
      if (typeof value === 'string') checkBucketName(value);
      return original.addToParams(params, value, ctx);
    },
  });
}

/** GetObject is sent with ChecksumMode=ENABLED unless the command line chose otherwise. */
function askForChecksum(table: ArgumentTable): void {
  const original = findArgument(table, 'key');
  if (!original) return;
  setArgument(table, {
    ...original,
    addToParams(params, value, ctx) {
      params.ChecksumMode ??= 'ENABLED';
      return original.addToParams(params, value, ctx);
    },
  });
}

/** Argument-table edits per `s3api` command (the driver's `building-argument-table.s3api.*`). */
export const S3API_ARGUMENT_EDITS: Record<string, Array<(table: ArgumentTable) => void>> = {};
for (const op of Object.values(s3apiModel.operations)) {
  if (op.input && 'Bucket' in op.input.members) (S3API_ARGUMENT_EDITS[xformName(op.name)] ??= []).push(bucketCheck);
}
S3API_ARGUMENT_EDITS['put-object']!.push(streamingBlob('body'));
S3API_ARGUMENT_EDITS['get-object']!.push(askForChecksum);
