/**
 * A compact, hand-derived form of botocore's service-2.json: enough of each shape for the CLI to map
 * flags to input, validate it client-side as botocore does (types, required members, `min`), and
 * print help. Member names are the API's own (PascalCase for Lambda, SQS and SNS, camelCase for
 * Logs); the flag name is always derived from them with xform_name, never written by hand (the CLI's
 * own renames, such as SNS's `--notification-endpoint`, are customizations).
 */

export type ScalarType = 'string' | 'integer' | 'long' | 'boolean' | 'blob' | 'timestamp' | 'double' | 'float';

interface ShapeBase {
  /** The shape's name in service-2.json (recursion guards and help use it). */
  name?: string;
}

export interface ScalarShape extends ShapeBase {
  type: ScalarType;
  min?: number;
  max?: number;
  enum?: readonly string[];
}

export interface ListShape extends ShapeBase {
  type: 'list';
  member: Shape;
  min?: number;
  max?: number;
}

export interface MapShape extends ShapeBase {
  type: 'map';
  key: Shape;
  value: Shape;
  min?: number;
  max?: number;
}

export interface Member {
  shape: Shape;
  /** First sentence of the member's documentation, shown by `help`. */
  doc: string;
  /** Marked deprecated in the model: still accepted, hidden from help. */
  deprecated?: boolean;
}

export interface StructureShape extends ShapeBase {
  type: 'structure';
  members: Readonly<Record<string, Member>>;
  required?: readonly string[];
}

export type Shape = ScalarShape | ListShape | MapShape | StructureShape;

/** botocore paginators-1.json entry. */
export interface PaginatorModel {
  inputToken: readonly string[];
  outputToken: readonly string[];
  limitKey?: string;
  resultKeys: readonly string[];
  nonAggregateKeys?: readonly string[];
}

export interface OperationModel {
  /** The API action, e.g. `CreateFunction`. */
  name: string;
  /** First sentence of the operation's documentation. */
  doc: string;
  input?: StructureShape;
  paginator?: PaginatorModel;
  /**
   * The output member sent as the raw HTTP body when it is a blob (Invoke's `Payload`). The CLI
   * treats such operations as streaming: a positional `outfile` receives those bytes.
   */
  streamingOutput?: string;
  /**
   * The output members in the model's order. botocore builds the parsed response in this order; it
   * matters where members come from HTTP headers (Invoke), whose order the caller cannot rely on.
   */
  outputOrder?: readonly string[];
  deprecated?: boolean;
}

export interface ServiceModel {
  /** The command name, e.g. `lambda`. */
  cliName: string;
  /** Endpoint prefix: what ServiceRequest.service carries. */
  endpointPrefix: string;
  /** serviceFullName from the model. */
  fullName: string;
  /** One-paragraph description for `aws <service> help`. */
  doc: string;
  /** Modeled operations, keyed by API name, in the model's order. */
  operations: Readonly<Record<string, OperationModel>>;
  /**
   * Every command name the real CLI offers for this service (operations, then customizations such
   * as `wait` or `tail`), in its order. Invalid-choice messages list them; those not modeled here
   * answer that the sandbox does not offer them yet, instead of pretending they do not exist.
   */
  commands: readonly string[];
}

/* Builders keep the model files close to the JSON they transcribe. */

export function string(options: { min?: number; max?: number; enum?: readonly string[]; name?: string } = {}): ScalarShape {
  return { type: 'string', ...options };
}

export function integer(options: { min?: number; max?: number; name?: string } = {}): ScalarShape {
  return { type: 'integer', ...options };
}

export function long(options: { min?: number; max?: number; name?: string } = {}): ScalarShape {
  return { type: 'long', ...options };
}

export function double(options: { min?: number; max?: number; name?: string } = {}): ScalarShape {
  return { type: 'double', ...options };
}

export const boolean: ScalarShape = { type: 'boolean', name: 'Boolean' };
export const blob: ScalarShape = { type: 'blob', name: 'Blob' };
export const timestamp: ScalarShape = { type: 'timestamp', name: 'Timestamp' };

export function list(member: Shape, options: { min?: number; max?: number; name?: string } = {}): ListShape {
  return { type: 'list', member, ...options };
}

export function map(key: Shape, value: Shape, options: { name?: string } = {}): MapShape {
  return { type: 'map', key, value, ...options };
}

export function structure(
  members: Record<string, Member>,
  options: { required?: readonly string[]; name?: string } = {},
): StructureShape {
  return { type: 'structure', members, ...options };
}

export function member(shape: Shape, doc: string, options: { deprecated?: boolean } = {}): Member {
  return { shape, doc, ...options };
}

const SCALARS = new Set<string>(['string', 'integer', 'long', 'boolean', 'blob', 'timestamp', 'double', 'float']);

export function isScalar(shape: Shape): shape is ScalarShape {
  return SCALARS.has(shape.type);
}
