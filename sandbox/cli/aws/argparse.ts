/**
 * The parts of Python's argparse the CLI relies on, with the same behaviour learners meet on a real
 * machine: options anywhere on the line, unambiguous prefixes (`--function` for `--function-name`),
 * `--opt=value`, list options that swallow every following word (`--layers a b out.json` leaves no
 * outfile), and argparse's exact error sentences. Parsing is "known args" style: what no spec claims
 * is returned in `extras` for the next parser down (global → service → operation).
 */
import { getCloseMatches } from './difflib.ts';
import { ArgParseError } from './errors.ts';
import { pyFloatParse, pyInt, pyRepr, PyValueError } from './pyrepr.ts';

export interface ArgSpec {
  /** Key of the parsed value. Several specs may share one (`--publish` / `--no-publish`). */
  dest: string;
  /** `['--function-name']` for an option; empty for a positional. */
  optionStrings: readonly string[];
  /** undefined: exactly one value. */
  nargs?: '?' | '*' | '+';
  action?: 'store' | 'store_true' | 'store_false' | 'version';
  /** argparse `type=int` / `type=float`: converted while parsing, with argparse's "invalid int value" error. */
  type?: 'int' | 'float';
  choices?: readonly string[];
  required?: boolean;
  default?: unknown;
  /** Value of a `nargs='?'` option given without a value. */
  const?: unknown;
  metavar?: string;
  /** Text printed by a `version` action. */
  version?: string;
}

export interface ParseResult {
  values: Record<string, unknown>;
  extras: string[];
}

/** `aws --version`: argparse prints the version and exits 0. */
export class VersionRequested {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

interface OptionMatch {
  spec?: ArgSpec;
  optionString: string;
  explicitArg?: string;
}

const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

/** Name of an action in messages: its option strings, else metavar, else dest. */
export function actionName(spec: ArgSpec): string {
  if (spec.optionStrings.length > 0) return spec.optionStrings.join('/');
  return spec.metavar ?? spec.dest;
}

/** CLIArgParser._check_value: choices two per line, 40 columns each, plus close matches. */
export function invalidChoiceMessage(value: string, choices: readonly string[]): string {
  const lines = ['Invalid choice, valid choices are:\n'];
  for (let i = 0; i < choices.length; i += 2) {
    lines.push(choices.slice(i, i + 2).map((c) => c.padEnd(40)).join(' | '));
  }
  const possible = getCloseMatches(value, choices, 3, 0.8);
  if (possible.length > 0) {
    lines.push(`\n\nInvalid choice: ${pyRepr(value)}, maybe you meant:\n`);
    for (const word of possible) lines.push(`  * ${word}`);
  }
  return lines.join('\n');
}

function argumentError(spec: ArgSpec, message: string): ArgParseError {
  return new ArgParseError(`argument ${actionName(spec)}: ${message}`);
}

function takesNoValue(spec: ArgSpec): boolean {
  return spec.action === 'store_true' || spec.action === 'store_false' || spec.action === 'version';
}

export class ArgParser {
  private readonly specs: readonly ArgSpec[];
  private readonly options = new Map<string, ArgSpec>();

  constructor(specs: readonly ArgSpec[]) {
    this.specs = specs;
    for (const spec of specs) for (const option of spec.optionStrings) this.options.set(option, spec);
  }

  private matchOption(arg: string): OptionMatch | null {
    if (!arg || arg[0] !== '-') return null;
    const exact = this.options.get(arg);
    if (exact) return { spec: exact, optionString: arg };
    if (arg.length === 1) return null;
    if (arg.includes('=')) {
      const [optionString, explicitArg] = [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)];
      const spec = this.options.get(optionString);
      if (spec) return { spec, optionString, explicitArg };
    }
    // Abbreviations: any unambiguous prefix of a known option.
    const prefix = arg.includes('=') && arg.startsWith('--') ? arg.slice(0, arg.indexOf('=')) : arg;
    const explicitArg = arg.includes('=') && arg.startsWith('--') ? arg.slice(arg.indexOf('=') + 1) : undefined;
    const matches = [...this.options.keys()].filter((option) => option.startsWith(prefix));
    if (matches.length > 1) {
      throw new ArgParseError(`ambiguous option: ${prefix} could match ${matches.join(', ')}`);
    }
    if (matches.length === 1) return { spec: this.options.get(matches[0]), optionString: matches[0], explicitArg };
    if (NEGATIVE_NUMBER.test(arg)) return null;
    if (arg.includes(' ')) return null;
    return { optionString: arg };
  }

  private convert(spec: ArgSpec, value: string): unknown {
    let converted: unknown = value;
    if (spec.type !== undefined) {
      try {
        converted = spec.type === 'int' ? pyInt(value) : pyFloatParse(value);
      } catch (error) {
        if (error instanceof PyValueError) throw argumentError(spec, `invalid ${spec.type} value: ${pyRepr(value)}`);
        throw error;
      }
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw argumentError(spec, invalidChoiceMessage(value, spec.choices));
    }
    return converted;
  }

  private valuesFor(spec: ArgSpec, strings: string[]): unknown {
    strings = strings.filter((s) => s !== '--');
    if (spec.action === 'store_true') return true;
    if (spec.action === 'store_false') return false;
    if (spec.nargs === undefined) return this.convert(spec, strings[0]);
    if (spec.nargs === '?') {
      if (strings.length === 0) return spec.optionStrings.length > 0 ? spec.const ?? null : spec.default ?? null;
      return this.convert(spec, strings[0]);
    }
    return strings.map((s) => this.convert(spec, s));
  }

  /** How many of the following argument kinds an option consumes ('A' value, 'O' option). */
  private countForOption(spec: ArgSpec, pattern: string): number {
    if (takesNoValue(spec)) return 0;
    const leading = /^A*/.exec(pattern)?.[0].length ?? 0;
    switch (spec.nargs) {
      case undefined:
        if (leading < 1) throw argumentError(spec, 'expected one argument');
        return 1;
      case '?':
        return Math.min(leading, 1);
      case '*':
        return leading;
      default:
        if (leading < 1) throw argumentError(spec, 'expected at least one argument');
        return leading;
    }
  }

  parseKnownArgs(args: readonly string[]): ParseResult {
    const values: Record<string, unknown> = {};
    for (const spec of this.specs) {
      if (spec.action === 'version' || spec.dest in values) continue;
      values[spec.dest] = spec.default !== undefined ? spec.default
        : spec.action === 'store_true' ? false : spec.action === 'store_false' ? true : null;
    }
    const seen = new Set<ArgSpec>();
    const extras: string[] = [];
    const optionAt = new Map<number, OptionMatch>();
    let pattern = '';
    let afterDashes = false;
    args.forEach((arg, i) => {
      if (afterDashes) {
        pattern += 'A';
      } else if (arg === '--') {
        pattern += '-';
        afterDashes = true;
      } else {
        const match = this.matchOption(arg);
        if (match) {
          optionAt.set(i, match);
          pattern += 'O';
        } else {
          pattern += 'A';
        }
      }
    });

    const take = (spec: ArgSpec, strings: string[]) => {
      seen.add(spec);
      if (spec.action === 'version') throw new VersionRequested(spec.version ?? '');
      values[spec.dest] = this.valuesFor(spec, strings);
    };

    const positionals = this.specs.filter((s) => s.optionStrings.length === 0);
    const consumePositionals = (start: number): number => {
      const sub = pattern.slice(start);
      for (let n = positionals.length; n > 0; n--) {
        const regex = new RegExp('^' + positionals.slice(0, n).map((p) => {
          switch (p.nargs) {
            case undefined: return '(-*A-*)';
            case '?': return '(-*A?-*)';
            case '*': return '(-*[A-]*)';
            default: return '(-*A[A-]*)';
          }
        }).join(''));
        const m = regex.exec(sub);
        if (!m) continue;
        let index = start;
        for (let k = 0; k < n; k++) {
          const count = m[k + 1].length;
          take(positionals[k], args.slice(index, index + count));
          index += count;
        }
        positionals.splice(0, n);
        return index;
      }
      return start;
    };

    const consumeOptional = (start: number): number => {
      const { spec, explicitArg } = optionAt.get(start) as OptionMatch;
      if (!spec) {
        extras.push(args[start]);
        return start + 1;
      }
      if (explicitArg !== undefined) {
        if (takesNoValue(spec)) throw argumentError(spec, `ignored explicit argument ${pyRepr(explicitArg)}`);
        take(spec, [explicitArg]);
        return start + 1;
      }
      const count = this.countForOption(spec, pattern.slice(start + 1));
      take(spec, args.slice(start + 1, start + 1 + count));
      return start + 1 + count;
    };

    const optionIndices = [...optionAt.keys()].sort((a, b) => a - b);
    const maxOption = optionIndices.length > 0 ? optionIndices[optionIndices.length - 1] : -1;
    let start = 0;
    while (start <= maxOption) {
      const next = optionIndices.find((i) => i >= start) as number;
      if (start !== next) {
        const end = consumePositionals(start);
        if (end > start) {
          start = end;
          continue;
        }
        start = end;
      }
      if (!optionAt.has(start)) {
        extras.push(...args.slice(start, next));
        start = next;
      }
      start = consumeOptional(start);
    }
    const stop = consumePositionals(start);
    extras.push(...args.slice(stop).filter((a, i) => !(a === '--' && pattern[stop + i] === '-')));

    const missing = this.specs
      .filter((spec) => !seen.has(spec) && (spec.required || (spec.optionStrings.length === 0 && (spec.nargs === undefined || spec.nargs === '+'))))
      .map(actionName);
    if (missing.length > 0) throw new ArgParseError(`the following arguments are required: ${missing.join(', ')}`);
    return { values, extras };
  }
}
