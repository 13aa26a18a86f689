/**
 * `aws s3 ls` (ListCommand in awscli/customizations/s3/subcommands.py): buckets, or one "directory"
 * level of a bucket (ListObjectsV2 with Delimiter `/`), or everything under a prefix with
 * `--recursive`. Lines are fixed-width:
 *   `2026-11-28 06:01:02       1234 photo.jpg`   (19-char time, size right-aligned in 10)
 *   `                           PRE photos/`       ("PRE" right-aligned in 30)
 * Times are shown in the machine's zone; the sandbox's machine runs on UTC.
 */
import { createClient, type Invocation } from '../../client.ts';
import { s3apiModel } from '../../models/s3api.ts';
import type { OperationModel, PaginatorModel } from '../../models/shapes.ts';
import { COMMAND_DEFINITIONS, parseCommand } from './args.ts';
import { findBucketKey } from './paths.ts';

const SUFFIXES = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/** utils.human_readable_size. */
export function humanReadableSize(value: number): string {
  if (value === 1) return '1 Byte';
  if (value < 1024) return `${Math.trunc(value)} Bytes`;
  for (let i = 0; i < SUFFIXES.length; i++) {
    const unit = 1024 ** (i + 2);
    if (Math.round((value / unit) * 1024) < 1024) return `${((1024 * value) / unit).toFixed(1)} ${SUFFIXES[i]}`;
  }
  return `${((1024 * value) / 1024 ** (SUFFIXES.length + 1)).toFixed(1)} EiB`;
}

/** `2026-11-28 06:01:02` from the ISO timestamp the service returns. */
export function lastModifiedString(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`.padEnd(19, ' ');
}

interface Content {
  Key: string;
  LastModified: string;
  Size: number;
}

export async function runLs(invocation: Invocation, args: readonly string[]): Promise<number> {
  const { ctx } = invocation;
  const parsed = await parseCommand(ctx, COMMAND_DEFINITIONS.ls!, args);
  if (!parsed) return 0;
  const { values } = parsed;
  const client = await createClient(invocation, s3apiModel);
  let path = String(values.paths ?? 's3://');
  if (path.startsWith('s3://')) path = path.slice(5);
  const [bucket, key] = findBucketKey(path);
  const human = values.human_readable === true;
  let out = '';
  let total = 0;
  let count = 0;

  if (!bucket) {
    const params: Record<string, unknown> = {};
    if (values.bucket_name_prefix !== null && values.bucket_name_prefix !== undefined) params.Prefix = values.bucket_name_prefix;
    if (values.bucket_region !== null && values.bucket_region !== undefined) params.BucketRegion = values.bucket_region;
    const op = s3apiModel.operations.ListBuckets as OperationModel & { paginator: PaginatorModel };
    const pages = await client.paginate(op, params, values.page_size ? { PageSize: Number(values.page_size) } : {});
    for (const page of pages.pages) {
      for (const b of (page.Buckets as Array<{ Name: string; CreationDate: string }> | undefined) ?? []) out += `${lastModifiedString(b.CreationDate)} ${b.Name}\n`;
    }
    ctx.stdout(out);
    return 0;
  }

  const recursive = values.dir_op === true;
  const params: Record<string, unknown> = { Bucket: bucket, Prefix: key, ...(recursive ? {} : { Delimiter: '/' }) };
  if (values.request_payer !== null && values.request_payer !== undefined) params.RequestPayer = values.request_payer;
  const op = s3apiModel.operations.ListObjectsV2 as OperationModel & { paginator: PaginatorModel };
  const pages = await client.paginate(op, params, values.page_size ? { PageSize: Number(values.page_size) } : {});
  let emptyFirstPage = false;
  pages.pages.forEach((page, index) => {
    const prefixes = (page.CommonPrefixes as Array<{ Prefix: string }> | undefined) ?? [];
    const contents = (page.Contents as Content[] | undefined) ?? [];
    if (!contents.length && !prefixes.length) {
      if (index === 0) emptyFirstPage = true;
      return;
    }
    for (const p of prefixes) {
      const parts = p.Prefix.split('/');
      out += `${'PRE'.padStart(30, ' ')} ${parts[parts.length - 2]}/\n`;
    }
    for (const c of contents) {
      total += Number(c.Size);
      count += 1;
      const size = (human ? humanReadableSize(Number(c.Size)) : String(c.Size)).padStart(10, ' ');
      const name = recursive ? c.Key : c.Key.slice(c.Key.lastIndexOf('/') + 1);
      out += `${lastModifiedString(c.LastModified)} ${size} ${name}\n`;
    }
  });
  if (values.summarize === true) {
    out += `${'\nTotal Objects: '.padStart(15, ' ')}${count}\n`;
    out += `${'Total Size: '.padStart(15, ' ')}${human ? humanReadableSize(total) : total}\n`;
  }
  ctx.stdout(out);
  // A key that lists nothing is "not found": status 1, as the real command.
  return key && emptyFirstPage ? 1 : 0;
}
