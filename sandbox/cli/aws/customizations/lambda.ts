/**
 * awscli/customizations/awslambda.py: `create-function` and `publish-layer-version` take the package
 * as a top-level `--zip-file fileb://function.zip`, which lands in `Code.ZipFile` (`Content.ZipFile`);
 * the nested `--code` (`--content`) keeps its other members but refuses `ZipFile`. The bytes must be
 * a zip archive — checked before the request, with the CLI's own message. `update-function-code`
 * has `--zip-file` from the model already; the CLI only checks it is a zip and replaces its help
 * text (with the template left unformatted, `{param_type}` and all, exactly as the CLI prints it).
 */
import type { ArgumentTable, CliArgument } from '../arguments.ts';
import { customArgument, findArgument, setArgument } from '../arguments.ts';
import { unpackArgument, type RawValue } from '../argprocess.ts';
import { utf8Encode } from '../base64.ts';
import { ParamValidationError } from '../errors.ts';
import type { StructureShape } from '../models/shapes.ts';
import { looksLikeZip } from './zip-check.ts';

const NOT_A_ZIP = '--zip-file must be a zip file with the fileb:// prefix.\nExample usage:  --zip-file fileb://path/to/file.zip';

/** The help of update-function-code's `--zip-file`: awslambda.py assigns ZIP_DOCSTRING without formatting it. */
const ZIP_DOCSTRING =
  'The path to the zip file of the {param_type} you are uploading. Specify --zip-file or --{param_type}, but not both. Example: fileb://{param_type}.zip';

/** _should_contain_zip_content: text is encoded as UTF-8 and must open as a zip archive too. */
export function requireZipContent(value: unknown): void {
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

/**
 * update-function-code: _modify_zipfile_docstring and validate_is_zip_file (a `process-cli-arg`
 * handler, so the check runs when the argument's value is turned into its parameter).
 */
export function checkZipFile(table: ArgumentTable): void {
  const original = findArgument(table, 'zip-file');
  if (!original) return;
  setArgument(table, {
    ...original,
    doc: ZIP_DOCSTRING,
    addToParams(params, value, ctx) {
      if (value === null || value === undefined) return;
      requireZipContent(value);
      return original.addToParams(params, value, ctx);
    },
  });
}

/** Argument-table edits per `<service>.<command>`. */
export const LAMBDA_ARGUMENT_EDITS: Record<string, Array<(table: ArgumentTable) => void>> = {
  'create-function': [hoistZipFile('Code')],
  'publish-layer-version': [hoistZipFile('Content')],
  'update-function-code': [checkZipFile],
};
