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
function typeOf(path: string, packageJson: CompiledPackage['packageJson']): 'module' | 'commonjs' {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const pkg = packageJson[dir];
    if (pkg) return pkg.type === 'module' ? 'module' : 'commonjs';
    if (dir === '/' || dir.endsWith('/node_modules')) return 'commonjs';
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

/** Where a zip's files appear in the environment: the function at /var/task, its layers at /opt. */
export interface Mount {
  root: string;
  /** Paths inside the zip (`index.mjs`, `nodejs/node_modules/x/index.js`) → bytes. */
  files: Record<string, Uint8Array>;
}

/**
 * Compiles every JS/JSON file of the mounted zips. Mounts later in the list overwrite earlier ones at
 * the same path, as Lambda extracts layers to /opt in order.
 */
export function compilePackage(files: Record<string, Uint8Array> | Mount[], root = '/var/task'): CompiledPackage {
  const mounts = Array.isArray(files) ? files : [{ root, files }];
  const byPath: Record<string, Uint8Array> = {};
  for (const m of mounts) {
    for (const [p, bytes] of Object.entries(m.files)) if (!p.endsWith('/')) byPath[`${m.root}/${p.replace(/^\.?\//, '')}`] = bytes;
  }
  return compileFiles(byPath);
}

/** Compiles files already keyed by their absolute path in the environment. */
function compileFiles(files: Record<string, Uint8Array>): CompiledPackage {
  const paths = Object.keys(files);
  const packageJson: CompiledPackage['packageJson'] = {};
  for (const p of paths) {
    if (p === 'package.json' || p.endsWith('/package.json')) {
      try {
        const parsed = JSON.parse(decoder.decode(files[p]!));
        packageJson[dirname(p)] = { main: parsed.main, type: parsed.type, exports: parsed.exports };
      } catch {
        packageJson[dirname(p)] = {};
      }
    }
  }
  const modules: Record<string, CompiledModule> = {};
  for (const path of paths) {
    const text = () => decoder.decode(files[path]!);
    if (path.endsWith('.json')) modules[path] = { path, format: 'json', code: text() };
    else if (path.endsWith('.mjs')) modules[path] = compileModule(path, text(), 'esm');
    else if (path.endsWith('.cjs')) modules[path] = compileModule(path, text(), 'cjs');
    else if (JS.test(path)) modules[path] = compileModule(path, text(), typeOf(path, packageJson) === 'module' ? 'esm' : 'cjs');
  }
  return { modules, files: paths, packageJson, raw: { ...files } };
}
