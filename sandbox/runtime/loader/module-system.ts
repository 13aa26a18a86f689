/**
 * The realm half of the module loader: require/import over a compiled package, with Node's
 * resolution (relative paths, extensions, directories with package.json "main"/index, node_modules
 * walking up to the task root, then the layers' /opt/nodejs paths) and an allow-list of built-ins.
 * The same code runs in a worker thread and in a Web Worker.
 */
import type { CompiledModule, CompiledPackage } from '../types.ts';
import { HTTP_HANDLER_PACKAGE, RUNTIME_SDK_BUNDLE, RUNTIME_SDK_PACKAGES } from '../aws-sdk/packages.ts';

export interface ModuleSystemOptions {
  pkg: CompiledPackage;
  /** A Node built-in by bare name (`util`, `crypto`…), or undefined when not allowed here. */
  builtin(name: string): unknown;
  /** Evaluates a script and returns its completion value; `filename` names it in stack traces. */
  evaluate(code: string, filename: string): unknown;
  /** Node major of the runtime, for /opt/nodejs/nodeXX/node_modules. */
  nodeMajor: number;
  /**
   * The source of the runtime's AWS SDK bundle (../aws-sdk), read the first time a handler imports
   * one of its packages; without it the packages are not there, as in a runtime without the SDK.
   */
  runtimeSdk?: () => string;
}

/**
 * The runtime's own packages at /var/runtime/node_modules (Lambda's NODE_PATH ends there): one
 * small index.js per SDK package, each taking its client from the shared bundle.
 */
function runtimeModules(source: (() => string) | undefined): {
  modules: Record<string, () => CompiledModule>;
  packageJson: Record<string, { main: string }>;
} {
  if (!source) return { modules: {}, packageJson: {} };
  const modules: Record<string, () => CompiledModule> = {
    [RUNTIME_SDK_BUNDLE]: () => ({ path: RUNTIME_SDK_BUNDLE, format: 'cjs', code: source() }),
  };
  const packageJson: Record<string, { main: string }> = {};
  for (const name of [...RUNTIME_SDK_PACKAGES, HTTP_HANDLER_PACKAGE]) {
    const dir = `/var/runtime/node_modules/${name}`;
    packageJson[dir] = { main: 'index.js' };
    modules[`${dir}/package.json`] = () => ({ path: `${dir}/package.json`, format: 'json', code: JSON.stringify({ name, main: 'index.js' }) });
    modules[`${dir}/index.js`] = () => ({ path: `${dir}/index.js`, format: 'cjs', code: `module.exports = require(${JSON.stringify(RUNTIME_SDK_BUNDLE)})[${JSON.stringify(name)}]();` });
  }
  return { modules, packageJson };
}

interface ModuleRecord {
  exports: unknown;
  loaded: boolean;
  /** Settles when an ES module's body (which may await at top level) has finished. */
  evaluation?: Promise<void>;
}

/** A Node-style resolution failure; `code` is what Node sets. */
export class ModuleNotFound extends Error {
  code: string;
  constructor(message: string, code = 'MODULE_NOT_FOUND') {
    super(message);
    this.code = code;
  }
}

const EXTENSIONS = ['.js', '.mjs', '.cjs', '.json'];

function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

/** Picks a target from package.json "exports" for `.` or a subpath, with import/require/node/default conditions. */
function fromExports(exportsField: unknown, subpath: string, esm: boolean): string | undefined {
  const pick = (target: unknown): string | undefined => {
    if (typeof target === 'string') return target;
    if (Array.isArray(target)) return target.map(pick).find(Boolean);
    if (target && typeof target === 'object') {
      for (const [cond, value] of Object.entries(target)) {
        if (cond === (esm ? 'import' : 'require') || cond === 'node' || cond === 'default') {
          const r = pick(value);
          if (r) return r;
        }
      }
    }
    return undefined;
  };
  if (typeof exportsField === 'string' || Array.isArray(exportsField)) return subpath === '.' ? pick(exportsField) : undefined;
  if (exportsField && typeof exportsField === 'object') {
    const keys = Object.keys(exportsField);
    if (keys.length && !keys[0]!.startsWith('.')) return subpath === '.' ? pick(exportsField) : undefined;
    const map = exportsField as Record<string, unknown>;
    if (map[subpath] !== undefined) return pick(map[subpath]);
    for (const k of keys) {
      if (k.endsWith('/*') && subpath.startsWith(k.slice(0, -1))) {
        const t = pick(map[k]);
        return t?.replace('*', subpath.slice(k.length - 1));
      }
    }
  }
  return undefined;
}

export function createModuleSystem(options: ModuleSystemOptions) {
  const { pkg } = options;
  const files = new Set(pkg.files);
  const cache = new Map<string, ModuleRecord>();
  const runtime = runtimeModules(options.runtimeSdk);

  const isFile = (p: string) => files.has(p) || Object.hasOwn(runtime.modules, p);
  const packageJsonOf = (dir: string) => pkg.packageJson[dir] ?? runtime.packageJson[dir];

  function asFile(p: string): string | undefined {
    if (isFile(p)) return p;
    for (const ext of EXTENSIONS) if (isFile(p + ext)) return p + ext;
    return undefined;
  }

  function asDirectory(dir: string, esm: boolean): string | undefined {
    const meta = packageJsonOf(dir);
    if (meta && 'exports' in meta && meta.exports !== undefined) {
      const t = fromExports(meta.exports, '.', esm);
      if (t) return asFile(normalize(`${dir}/${t}`));
    }
    if (meta?.main) {
      const main = normalize(`${dir}/${meta.main}`);
      const found = asFile(main) ?? asFile(`${main}/index`);
      if (found) return found;
    }
    return asFile(`${dir}/index`);
  }

  function nodeModulesDirs(from: string): string[] {
    const dirs: string[] = [];
    for (let dir = from; ; dir = dirname(dir)) {
      if (!dir.endsWith('/node_modules')) dirs.push(`${dir === '/' ? '' : dir}/node_modules`);
      if (dir === '/') break;
    }
    dirs.push('/opt/nodejs/node_modules', `/opt/nodejs/node${options.nodeMajor}/node_modules`, '/var/runtime/node_modules');
    return dirs;
  }

  /** Resolves a specifier from a module; returns `builtin:<name>` for built-ins. */
  function resolve(specifier: string, fromPath: string, esm: boolean): string {
    const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
    if (options.builtin(bare) !== undefined) return `builtin:${bare}`;
    if (specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/')) {
      const target = normalize(specifier.startsWith('/') ? specifier : `${dirname(fromPath)}/${specifier}`);
      const found = asFile(target) ?? asDirectory(target, esm);
      if (found) return found;
    } else {
      const parts = specifier.split('/');
      const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
      const sub = specifier.slice(name.length);
      // A function's own SDK sends its requests through the runtime's HTTP handler (see aws-sdk/packages.ts).
      if (name === HTTP_HANDLER_PACKAGE && !sub && options.runtimeSdk) return `/var/runtime/node_modules/${HTTP_HANDLER_PACKAGE}/index.js`;
      for (const dir of nodeModulesDirs(dirname(fromPath))) {
        const root = `${dir}/${name}`;
        const meta = packageJsonOf(root);
        if (sub && meta && 'exports' in meta && meta.exports !== undefined) {
          const t = fromExports(meta.exports, `.${sub}`, esm);
          const found = t && asFile(normalize(`${root}/${t}`));
          if (found) return found;
        }
        const found = sub ? (asFile(root + sub) ?? asDirectory(root + sub, esm)) : asDirectory(root, esm);
        if (found) return found;
      }
    }
    if (esm) {
      const isPackage = !specifier.startsWith('.') && !specifier.startsWith('/');
      throw new ModuleNotFound(
        isPackage ? `Cannot find package '${specifier}' imported from ${fromPath}` : `Cannot find module '${normalize(`${dirname(fromPath)}/${specifier}`)}' imported from ${fromPath}`,
        'ERR_MODULE_NOT_FOUND',
      );
    }
    throw new ModuleNotFound(`Cannot find module '${specifier}'\nRequire stack:\n- ${fromPath}`);
  }

  function syntaxError(mod: CompiledModule): SyntaxError {
    const e = new SyntaxError(mod.syntaxError);
    e.stack = `SyntaxError: ${mod.syntaxError}\n    at ${mod.path}`;
    return e;
  }

  function load(path: string): ModuleRecord {
    const cached = cache.get(path);
    if (cached) return cached;
    if (path.startsWith('builtin:')) {
      const record = { exports: options.builtin(path.slice(8)), loaded: true };
      cache.set(path, record);
      return record;
    }
    const mod = pkg.modules[path] ?? (Object.hasOwn(runtime.modules, path) ? runtime.modules[path]!() : undefined);
    if (!mod) throw new ModuleNotFound(`Cannot find module '${path}'`);
    if (mod.syntaxError) throw syntaxError(mod);
    const module = { exports: {} as unknown, loaded: false, id: path, filename: path };
    const record: ModuleRecord = { exports: module.exports, loaded: false };
    cache.set(path, record);
    if (mod.format === 'json') {
      record.exports = module.exports = JSON.parse(mod.code);
      record.loaded = true;
      return record;
    }
    const esm = mod.format === 'esm';
    const require = makeRequire(path, esm);
    const meta = { url: `file://${path}`, filename: path, dirname: dirname(path), resolve: (s: string) => `file://${resolve(s, path, true)}` };
    // One line of wrapper before the body keeps the learner's line numbers in stack traces.
    const head = esm
      ? '(async function (exports, require, module, __lab_import_meta) {'
      : '(function (exports, require, module, __filename, __dirname) {';
    const fn = options.evaluate(`${head}${mod.code}\n})`, path) as (...args: unknown[]) => unknown;
    try {
      const result = esm ? fn(module.exports, require, module, meta) : fn(module.exports, require, module, path, dirname(path));
      if (esm) {
        record.evaluation = (result as Promise<void>).then(() => {
          record.exports = module.exports;
          record.loaded = true;
        });
      }
    } catch (error) {
      cache.delete(path);
      throw error;
    }
    record.exports = module.exports;
    if (!esm) record.loaded = true;
    return record;
  }

  function makeRequire(fromPath: string, esm: boolean) {
    const require = (specifier: string) => load(resolve(String(specifier), fromPath, esm)).exports;
    require.resolve = (specifier: string) => resolve(String(specifier), fromPath, esm);
    require.cache = {};
    return require;
  }

  return {
    resolve,
    /** Loads a module and waits for its top-level await, as the runtime awaits import(). */
    async import(path: string): Promise<unknown> {
      const record = load(path);
      await record.evaluation;
      return record.exports;
    },
    has: isFile,
  };
}

export type ModuleSystem = ReturnType<typeof createModuleSystem>;
