/**
 * Turning a flag's text into the API value (awscli/argprocess.py). For a structure, map or list of
 * structures the CLI first tries shorthand unless the text looks like JSON (`{` or `[`); scalars
 * are converted with Python's int()/float(); lists take several words or one JSON array.
 */
import type { Shape } from './models/shapes.ts';
import { isScalar } from './models/shapes.ts';
import { ParamError } from './errors.ts';
import { pyJsonLoads, JsonDecodeError } from './pyjson.ts';
import { pyBytesRepr, pyFloatParse, pyInt, pyStrip, PyValueError } from './pyrepr.ts';
import { ShorthandParseError, ShorthandParser, applyShapeToShorthand } from './shorthand.ts';

export type RawValue = string | string[] | Uint8Array | boolean | number | null;

function isComplex(shape: Shape): boolean {
  if (shape.type === 'structure' || shape.type === 'map') return true;
  return shape.type === 'list' && !isScalar(shape.member);
}

function shouldParseAsShorthand(shape: Shape, value: RawValue): boolean {
  const check = Array.isArray(value) && value.length > 0 ? value[0] : value;
  if (typeof check !== 'string') return false;
  const stripped = pyStrip(check);
  if (stripped.startsWith('[') || stripped.startsWith('{')) return false;
  return isComplex(shape);
}

function parseShorthand(shape: Shape, value: string | string[], cliName: string): unknown {
  // `--x shutdown` for a structure whose only member is a string named Value.
  if (
    shape.type === 'structure' && Object.keys(shape.members).length === 1 && 'Value' in shape.members &&
    shape.members.Value.shape.type === 'string' && typeof value === 'string' && !value.includes('=')
  ) {
    return { Value: value };
  }
  const parser = new ShorthandParser();
  try {
    const parsed = Array.isArray(value) ? value.map((v) => parser.parse(v)) : parser.parse(value);
    return applyShapeToShorthand(parsed, shape);
  } catch (error) {
    if (error instanceof ShorthandParseError) throw new ParamError(cliName, error.message);
    throw error;
  }
}

function unpackJson(value: string, cliName: string): unknown {
  try {
    return pyJsonLoads(value);
  } catch (error) {
    if (error instanceof JsonDecodeError) throw new ParamError(cliName, `Invalid JSON: ${error.message}\nJSON received: ${value}`);
    throw error;
  }
}

function unpackScalar(shape: Shape, value: RawValue): unknown {
  switch (shape.type) {
    case 'integer':
    case 'long':
      return pyInt(value);
    case 'float':
    case 'double':
      return pyFloatParse(value);
    case 'boolean':
      if (typeof value === 'string' && value.toLowerCase() === 'false') return false;
      return typeof value === 'string' ? value.length > 0 : Boolean(value);
    default:
      return value;
  }
}

function unpackCli(shape: Shape, value: RawValue, cliName: string): unknown {
  if (isScalar(shape)) return unpackScalar(shape, value);
  if (shape.type === 'structure' || shape.type === 'map') {
    const text = value instanceof Uint8Array ? pyBytesRepr(value) : String(value);
    if (typeof value === 'string' && value.trimStart().startsWith('{')) return unpackJson(value, cliName);
    throw new ParamError(cliName, `Invalid JSON:\n${text}`);
  }
  // A list.
  if (typeof value === 'string' && value.trimStart().startsWith('[')) return unpackJson(value, cliName);
  if (Array.isArray(value) && value.length === 1 && value[0].trim().startsWith('[')) return unpackJson(value[0], cliName);
  // Either words for a list of scalars or one JSON object per element; a string here is iterated
  // character by character exactly as Python would.
  const items: string[] = typeof value === 'string' ? Array.from(value) : Array.isArray(value) ? value : [];
  try {
    return items.map((item) => unpackCli(shape.member, item, cliName));
  } catch (error) {
    if (error instanceof PyValueError) throw new ParamError(cliName, items[0]);
    throw error;
  }
}

/** The API value for one flag (after any paramfile has been loaded). */
export function unpackArgument(shape: Shape, value: RawValue, cliName: string): unknown {
  if (shouldParseAsShorthand(shape, value)) return parseShorthand(shape, value as string | string[], cliName);
  return unpackCli(shape, value, cliName);
}
