/**
 * The engine half of the module loader: turns a function's files into modules a realm can evaluate.
 * ES modules are rewritten to a CommonJS-shaped body with Sucrase (which keeps line numbers, so stack
 * traces point at the learner's lines); CommonJS needs no change. Done once per code version and
 * cached by the caller, so realms start without a parser.
 */
import { transform } from 'sucrase';
import type { CompiledModule, CompiledPackage } from '../types.ts';

const decoder = new TextDecoder();
const JS = /\.(m|c)?js$/;

function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** Nearest package.json "type" wins for .js files, as in Node. */
function typeOf(path: string, packageJson: CompiledPackage['packageJson'], root: string): 'module' | 'commonjs' {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const pkg = packageJson[dir];
    if (pkg) return pkg.type === 'module' ? 'module' : 'commonjs';
    if (dir === root || dir === '/' || dir.endsWith('/node_modules')) return 'commonjs';
  }
}

export function compileModule(path: string, source: string, format: 'cjs' | 'esm'): CompiledModule {
  if (format === 'cjs') return { path, format, code: source };
  try {
    const { code } = transform(source, { transforms: ['imports'], filePath: path, preserveDynamicImport: false });
    // import.meta has no meaning inside a function body; the realm passes an object in its place.
    return { path, format, code: code.replace(/\bimport\.meta\b/g, '__lab_import_meta') };
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, '') : String(error);
    return { path, format, code: '', syntaxError: message };
  }
}

/**
 * Compiles every JS/JSON file of a package mounted at `root` (/var/task). Files are keyed by their
 * path inside the zip (`index.mjs`, `lib/util.js`).
 */
export function compilePackage(files: Record<string, Uint8Array>, root = '/var/task'): CompiledPackage {
  const paths = Object.keys(files).filter((p) => !p.endsWith('/'));
  const abs = (p: string) => `${root}/${p.replace(/^\.?\//, '')}`;
  const packageJson: CompiledPackage['packageJson'] = {};
  for (const p of paths) {
    if (p === 'package.json' || p.endsWith('/package.json')) {
      try {
        const parsed = JSON.parse(decoder.decode(files[p]!));
        packageJson[dirname(abs(p))] = { main: parsed.main, type: parsed.type, exports: parsed.exports };
      } catch {
        packageJson[dirname(abs(p))] = {};
      }
    }
  }
  const modules: Record<string, CompiledModule> = {};
  for (const p of paths) {
    const path = abs(p);
    const text = () => decoder.decode(files[p]!);
    if (p.endsWith('.json')) modules[path] = { path, format: 'json', code: text() };
    else if (p.endsWith('.mjs')) modules[path] = compileModule(path, text(), 'esm');
    else if (p.endsWith('.cjs')) modules[path] = compileModule(path, text(), 'cjs');
    else if (JS.test(p)) modules[path] = compileModule(path, text(), typeOf(path, packageJson, root) === 'module' ? 'esm' : 'cjs');
  }
  const raw: Record<string, Uint8Array> = {};
  for (const p of paths) raw[abs(p)] = files[p]!;
  return { modules, files: paths.map(abs), packageJson, raw };
}
