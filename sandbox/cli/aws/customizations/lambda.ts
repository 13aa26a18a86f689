/**
 * awscli/customizations/awslambda.py: `create-function` (and `publish-layer-version`) take the
 * package as a top-level `--zip-file fileb://function.zip`, which lands in `Code.ZipFile`; the
 * nested `--code` keeps its other members but refuses `ZipFile`. The bytes must be a zip archive —
 * checked before the request, with the CLI's own message.
 */
import type { ArgumentTable, CliArgument } from '../arguments.ts';
import { customArgument, findArgument, setArgument } from '../arguments.ts';
import { unpackArgument, type RawValue } from '../argprocess.ts';
import { utf8Encode } from '../base64.ts';
import { ParamValidationError } from '../errors.ts';
import type { StructureShape } from '../models/shapes.ts';
import { looksLikeZip } from './zip-check.ts';

const NOT_A_ZIP = '--zip-file must be a zip file with the fileb:// prefix.\nExample usage:  --zip-file fileb://path/to/file.zip';

function requireZipContent(value: unknown): void {
  const bytes = value instanceof Uint8Array ? value : utf8Encode(String(value));
  if (!looksLikeZip(bytes)) throw new ParamValidationError(NOT_A_ZIP);
}

/** ZipFileArgumentHoister: `--zip-file` at the top, `--code` without its ZipFile member. */
export function hoistZipFile(serializedName: string): (table: ArgumentTable) => void {
  const paramName = serializedName.toLowerCase();
  return (table) => {
    table.args.push(customArgument({
      name: 'zip-file',
      typeName: 'blob',
      doc: `The path to the zip file of the ${paramName} you are uploading. Specify --zip-file or --${paramName}, but not both. Example: fileb://${paramName}.zip`,
      addToParams(params, value) {
        if (value === null || value === undefined) return;
        requireZipContent(value);
        const existing = params[serializedName] as Record<string, unknown> | undefined;
        params[serializedName] = existing ? Object.assign(existing, { ZipFile: value }) : { ZipFile: value };
      },
    }));
    const original = findArgument(table, paramName);
    if (!original || original.shape?.type !== 'structure') return;
    const members = Object.fromEntries(Object.entries(original.shape.members).filter(([name]) => name !== 'ZipFile'));
    const shape: StructureShape = { ...original.shape, members };
    const cliName = `--${paramName}`;
    const replaced: CliArgument = {
      ...original,
      shape,
      required: false,
      spec: () => ({ dest: original.dest, optionStrings: [cliName], required: replaced.required }),
      addToParams(params, value) {
        if (value === null || value === undefined) return;
        const unpacked = unpackArgument(shape, value as RawValue, cliName) as Record<string, unknown>;
        if (typeof unpacked === 'object' && unpacked !== null && 'ZipFile' in unpacked) {
          throw new ParamValidationError(
            `ZipFile cannot be provided as part of the ${cliName} argument.  Please use the '--zip-file' option instead to specify a zip file.`,
          );
        }
        const existing = params[serializedName] as Record<string, unknown> | undefined;
        params[serializedName] = existing ? Object.assign(existing, unpacked) : unpacked;
      },
    };
    setArgument(table, replaced);
  };
}

/** Argument-table edits per `<service>.<command>`. */
export const LAMBDA_ARGUMENT_EDITS: Record<string, Array<(table: ArgumentTable) => void>> = {
  'create-function': [hoistZipFile('Code')],
  'publish-layer-version': [hoistZipFile('Content')],
};
