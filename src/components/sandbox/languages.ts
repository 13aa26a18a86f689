import type { Extension } from '@codemirror/state';
import { javascript } from '@codemirror/lang-javascript';
import { json } from '@codemirror/lang-json';

/** The CodeMirror language for a workspace file, by extension; plain text when there is none. */
export function languageFor(path: string): Extension {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  switch (extension) {
    case 'js':
    case 'mjs':
    case 'cjs':
      return javascript();
    case 'ts':
    case 'mts':
    case 'cts':
      return javascript({ typescript: true });
    case 'json':
      return json();
    default:
      return [];
  }
}

/** A short badge for the file tree and tabs. */
export function badgeFor(path: string, binary = false): { text: string; kind: string } {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  if (binary || extension === 'zip') return { text: 'ZIP', kind: 'zip' };
  if (['js', 'mjs', 'cjs'].includes(extension)) return { text: 'JS', kind: 'js' };
  if (['ts', 'mts', 'cts'].includes(extension)) return { text: 'TS', kind: 'ts' };
  if (extension === 'json') return { text: '{}', kind: 'json' };
  if (extension === 'md') return { text: 'MD', kind: 'md' };
  return { text: '·', kind: 'text' };
}
