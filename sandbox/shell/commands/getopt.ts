/**
 * Option parsing the GNU way: clustered short options (`-rf`), values attached or separate
 * (`-n5`, `-n 5`, `--lines=5`, `--lines 5`), unique prefixes of long options, options after operands
 * (`ls dir -l`), and `--` to end them. Failures come back as coreutils' own words.
 */
export interface OptionSpec {
  /** Short options without a value, e.g. `alF1`. */
  flags?: string;
  /** Short options that take a value, e.g. `n`. */
  values?: string;
  /**
   * Long options → the short letter they stand for, or their own name when they have none.
   * A key ending in `=` takes a value (`'lines=': 'n'`).
   */
  long?: Record<string, string>;
  /** Stop at the first operand (POSIX order) instead of permuting. */
  stopAtOperand?: boolean;
}

export interface ParsedArgs {
  /** How many times each flag was given (`-qq` → 2), by short letter or long name. */
  flags: Record<string, number>;
  /** The last value given for each option that takes one. */
  values: Record<string, string>;
  operands: string[];
}

export function getopt(args: string[], spec: OptionSpec): ParsedArgs | { error: string } {
  const flags: Record<string, number> = {};
  const values: Record<string, string> = {};
  const operands: string[] = [];
  const long: Record<string, string> = { help: 'help', ...spec.long };
  const shortFlags = spec.flags ?? '';
  const shortValues = spec.values ?? '';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = arg.includes('=') ? [arg.slice(2, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg.slice(2), undefined];
      const keys = Object.keys(long);
      const exact = keys.find((k) => k.replace(/=$/, '') === name);
      const candidates = exact ? [exact] : keys.filter((k) => k.startsWith(name));
      if (candidates.length === 0) return { error: `unrecognized option '${arg}'` };
      if (candidates.length > 1) return { error: `option '${arg}' is ambiguous` };
      const key = candidates[0];
      const full = key.replace(/=$/, '');
      const target = long[key];
      if (key.endsWith('=')) {
        const value = inline ?? args[++i];
        if (value === undefined) return { error: `option '--${full}' requires an argument` };
        values[target] = value;
      } else {
        if (inline !== undefined) return { error: `option '--${full}' doesn't allow an argument` };
        flags[target] = (flags[target] ?? 0) + 1;
      }
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const c = arg[j];
        if (shortValues.includes(c)) {
          const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
          if (value === undefined) return { error: `option requires an argument -- '${c}'` };
          values[c] = value;
          break;
        }
        if (!shortFlags.includes(c)) return { error: `invalid option -- '${c}'` };
        flags[c] = (flags[c] ?? 0) + 1;
      }
      continue;
    }
    operands.push(arg);
    if (spec.stopAtOperand) {
      operands.push(...args.slice(i + 1));
      break;
    }
  }
  return { flags, values, operands };
}
