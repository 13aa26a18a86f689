/**
 * `aws help`, `aws <service> help`, `aws <service> <command> help`: plain-text pages laid out like
 * the CLI's man pages (NAME, DESCRIPTION, SYNOPSIS, OPTIONS, with types, possible values and the
 * shorthand / JSON syntax of structured parameters), generated from the same models that drive
 * parsing — so help can never disagree with what the command accepts.
 */
import type { CliArgument } from './arguments.ts';
import { cliName } from './arguments.ts';
import type { ServiceModel, Shape } from './models/shapes.ts';
import { isScalar } from './models/shapes.ts';
import { GLOBAL_OPTION_DOCS } from './globals.ts';

const INDENT = '       ';
const WIDTH = 78;

function wrap(text: string, indent: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

function header(title: string): string {
  const mark = `${title.toUpperCase()}()`;
  return mark + ' '.repeat(Math.max(1, WIDTH - mark.length * 2)) + mark + '\n\n\n\n';
}

function section(name: string, body: string[]): string {
  return `${name}\n${body.join('\n')}\n\n`;
}

function globalOptionsBody(): string[] {
  const lines: string[] = [];
  for (const option of GLOBAL_OPTION_DOCS) {
    lines.push(`${INDENT}${option.flag} (${option.type})`, ...wrap(option.doc, INDENT + '   '), '');
  }
  lines.pop();
  return lines;
}

export function providerHelp(services: readonly ServiceModel[]): string {
  return header('aws') +
    section('NAME', [`${INDENT}aws -`]) +
    section('DESCRIPTION', wrap('The AWS Command Line Interface is a unified tool to manage your AWS services. This sandbox answers for the services listed below.', INDENT)) +
    section('SYNOPSIS', [
      `${INDENT}   aws [options] <command> <subcommand> [parameters]`, '',
      ...wrap('Use aws <command> help for information on a specific command. The synopsis for each command shows its parameters and their usage. Optional parameters are shown in square brackets.', INDENT),
    ]) +
    section('GLOBAL OPTIONS', globalOptionsBody()) +
    section('AVAILABLE SERVICES', services.flatMap((s) => [`${INDENT}o ${s.cliName}`, '']).slice(0, -1));
}

export function serviceHelp(service: ServiceModel, available: readonly string[]): string {
  const others = service.commands.length - available.length;
  const body = available.flatMap((name) => [`${INDENT}o ${name}`, '']);
  if (others > 0) {
    body.push(...wrap(`The other ${others} aws ${service.cliName} commands of the real CLI are not available in this sandbox yet.`, INDENT));
  } else {
    body.pop();
  }
  return header(service.cliName) +
    section('NAME', [`${INDENT}${service.cliName} -`]) +
    section('DESCRIPTION', wrap(`${service.fullName}. ${service.doc}`, INDENT)) +
    section('AVAILABLE COMMANDS', body);
}

/** ParamShorthandDocGen: `S3Bucket=string,S3Key=string`, `Variables={KeyName1=string,KeyName2=string}`. */
export function shorthandSyntax(shape: Shape): string | null {
  const complex = shape.type === 'structure' || shape.type === 'map' || (shape.type === 'list' && !isScalar(shape.member));
  if (!complex) return null;
  const docs = (s: Shape, stack: string[]): string => {
    if (stack.length > 3) throw new Error('too complex');
    switch (s.type) {
      case 'structure': {
        const inner = Object.entries(s.members).map(([name, m]) => {
          stack.push(m.shape.name ?? name);
          try {
            return `${name}=${docs(m.shape, stack)}`;
          } finally {
            stack.pop();
          }
        }).join(',');
        return stack.length === 0 ? inner : `{${inner}}`;
      }
      case 'list': {
        stack.push(s.member.name ?? 'member');
        let element: string;
        try {
          element = docs(s.member, stack);
        } finally {
          stack.pop();
        }
        return !isScalar(s.member) || stack.length > 1 ? `[${element},${element}]` : `${element},${element}`;
      }
      case 'map': {
        const value = docs(s.value, stack);
        let start = `KeyName1=${value},KeyName2=${value}`;
        const keys = s.key.type === 'string' ? s.key.enum : undefined;
        if (keys && stack.length === 0) {
          start += '\n\nWhere valid key names are:\n' + keys.map((key) => `  ${key}\n`).join('');
        } else if (stack.length > 0) {
          start = `{${start}}`;
        }
        return start;
      }
      default:
        return s.type;
    }
  };
  try {
    return shape.type === 'list' ? `${docs(shape.member, [])} ...` : docs(shape, []);
  } catch {
    return '';
  }
}

function jsonSyntax(shape: Shape, indent: string, seen: readonly string[] = []): string {
  switch (shape.type) {
    case 'structure': {
      // A recursive shape (DynamoDB's AttributeValue) is shown once, then as botocore's docs show it.
      if (shape.name && seen.includes(shape.name)) return '{...recursive...}';
      const inner = shape.name ? [...seen, shape.name] : seen;
      const entries = Object.entries(shape.members).map(([name, m]) => `${indent}  "${name}": ${jsonSyntax(m.shape, indent + '  ', inner)}`);
      return entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n${indent}}`;
    }
    case 'list':
      return `[${jsonSyntax(shape.member, indent, seen)}, ...]`;
    case 'map':
      return `{${jsonSyntax(shape.key, indent, seen)}: ${jsonSyntax(shape.value, indent + '  ', seen)}\n${indent}  ...}`;
    case 'string':
      return shape.enum ? shape.enum.map((v) => `"${v}"`).join('|') : '"string"';
    case 'boolean':
      return 'true|false';
    default:
      return shape.type;
  }
}

function optionEntry(arg: CliArgument, table: readonly CliArgument[]): string[] {
  const twin = table.find((other) => other.name === `no-${arg.name}`);
  const title = twin ? `--${arg.name} | --no-${arg.name}` : cliName(arg);
  const lines = [`${INDENT}${title} (${arg.typeName})`, ...wrap(arg.doc, INDENT + '   ')];
  const shape = arg.shape;
  if (!shape) return lines;
  const enumValues = shape.type === 'string' ? shape.enum : shape.type === 'list' && shape.member.type === 'string' ? shape.member.enum : undefined;
  if (enumValues) {
    lines.push('', `${INDENT}   Possible values:`);
    for (const value of enumValues) lines.push('', `${INDENT}   o ${value}`);
  }
  if (shape.type === 'list' && isScalar(shape.member)) {
    const type = shape.member.type === 'string' ? '"string"' : shape.member.type;
    lines.push('', `${INDENT}   Syntax:`, '', `${INDENT}      ${type} ${type} ...`);
  }
  const shorthand = shorthandSyntax(shape);
  if (shorthand) {
    const block = shorthand.replace(/\n$/, '').split('\n').map((line) => (line ? `${INDENT}      ${line}` : ''));
    lines.push('', `${INDENT}   Shorthand Syntax:`, '', ...block);
  }
  if (!isScalar(shape) && !(shape.type === 'list' && isScalar(shape.member))) {
    const json = jsonSyntax(shape, '');
    lines.push('', `${INDENT}   JSON Syntax:`, '', ...json.split('\n').map((l) => `${INDENT}      ${l}`));
  }
  return lines;
}

/** The page for one operation or customization, from its argument table. */
export function operationHelp(name: string, description: string, table: readonly CliArgument[]): string {
  const documented = table.filter((arg) => arg.documented);
  const synopsis: string[] = [`${INDENT}     ${name}`];
  const skipped = new Set<string>();
  for (const arg of documented) {
    if (skipped.has(arg.name)) continue;
    if (arg.name === 'cli-input-json' && documented.some((a) => a.name === 'cli-input-yaml')) {
      synopsis.push(`${INDENT}   [--cli-input-json | --cli-input-yaml]`);
      skipped.add('cli-input-yaml');
      continue;
    }
    const twin = table.some((other) => other.name === `no-${arg.name}`);
    const text = arg.positional ? `<${arg.name}>` : twin ? `--${arg.name} | --no-${arg.name}` : `--${arg.name} <value>`;
    synopsis.push(`${INDENT}   ${arg.required || arg.positional ? text : `[${text}]`}`);
  }
  for (const option of GLOBAL_OPTION_DOCS) {
    synopsis.push(`${INDENT}   [${option.flag}${option.type === 'boolean' ? '' : ' <value>'}]`);
  }
  const options: string[] = [];
  for (const arg of documented) options.push(...optionEntry(arg, table), '');
  if (options.length === 0) options.push(`${INDENT}None`, '');
  options.pop();
  return header(name) +
    section('NAME', [`${INDENT}${name} -`]) +
    section('DESCRIPTION', [...wrap(description, INDENT), '', ...wrap("See 'aws help' for descriptions of global parameters.", INDENT)]) +
    section('SYNOPSIS', synopsis) +
    section('OPTIONS', options) +
    section('GLOBAL OPTIONS', [`${INDENT}See 'aws help' for descriptions of global parameters.`]);
}
