/**
 * `--output yaml`: block style as the CLI's ruamel.yaml safe dumper writes it — two-space mappings,
 * sequences at their key's indentation, quotes only where a plain scalar would be misread. Long
 * strings are not folded at 80 columns as ruamel does (a known simplification).
 */
import { pyNumber } from './pyrepr.ts';

const RESERVED = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|=|<<)$/;
const NUMBERISH = /^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|0[xob][0-9a-fA-F_]+|\.inf|\.Inf|\.INF|\.nan|\.NaN|\.NAN|\d+(?::[0-5]?\d)+(?:\.\d*)?)$/;

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value === true) return 'true';
  if (value === false) return 'false';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    return pyNumber(value);
  }
  const text = String(value);
  if (/[\u0000-\u0008\u000b-\u001f\u007f\n\t\r]/.test(text)) {
    return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r')
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0')) + '"';
  }
  const needsQuotes = text === '' || RESERVED.test(text) || NUMBERISH.test(text) || /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) ||
    /\s$/.test(text) || /: |:$| #/.test(text) || /^(?:---|\.\.\.)/.test(text);
  if (!needsQuotes) return text;
  return "'" + text.replace(/'/g, "''") + "'";
}

function isDict(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function emit(value: unknown, indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  if (isDict(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      if (isDict(item) && Object.keys(item).length > 0) {
        out.push(`${pad}${scalar(key)}:\n`);
        emit(item, indent + 2, out);
      } else if (Array.isArray(item) && item.length > 0) {
        out.push(`${pad}${scalar(key)}:\n`);
        emit(item, indent, out);
      } else {
        out.push(`${pad}${scalar(key)}: ${inline(item)}\n`);
      }
    }
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      if ((isDict(item) && Object.keys(item).length > 0) || (Array.isArray(item) && item.length > 0)) {
        const nested: string[] = [];
        emit(item, indent + 2, nested);
        const text = nested.join('');
        out.push(`${pad}- ${text.slice(indent + 2)}`);
      } else {
        out.push(`${pad}- ${inline(item)}\n`);
      }
    }
  }
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return '[]';
  if (isDict(value)) return '{}';
  return scalar(value);
}

export function toYaml(value: unknown): string {
  if ((isDict(value) && Object.keys(value).length > 0) || (Array.isArray(value) && value.length > 0)) {
    const out: string[] = [];
    emit(value, 0, out);
    return out.join('');
  }
  const text = inline(value);
  // A bare scalar document ends with an explicit end marker.
  return isDict(value) || Array.isArray(value) ? `${text}\n` : `${text}\n...\n`;
}
