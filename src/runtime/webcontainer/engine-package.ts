/**
 * The engine as a Node package for a WebContainer, built from this repository (Node only: the
 * site's build serves it, the tests write it to a folder). It holds exactly what `lab` and `aws` load:
 * the files reached from bin/lab.mjs and bin/aws.mjs by their imports (TypeScript as it is: Node
 * 22.18+ strips the types, and WebContainer's Node is newer), the exercises' checks, the prebuilt SDK
 * bundle the execution environments provide, and node_modules/ with the packages those files import
 * and their dependencies. Nothing for the browser (web hosts, polyfills) and no build tools: no
 * esbuild, whose native binary would not run there anyway.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { runtimeSdkPath } from '../../../sandbox/runtime/aws-sdk/bundle.ts';
import { RUNTIME_SDK_FILE, treeFromFiles, type FileSystemTree } from './mount-tree.ts';

export interface EnginePackage {
  /** Package-relative path → contents (text where the bytes are UTF-8). */
  files: Record<string, string | Uint8Array>;
  /** The npm packages in node_modules/, name → version. */
  dependencies: Record<string, string>;
}

/** What the package runs: its bins (a WebContainer has no zip, and its `aws` must be the sandbox's) and the grader the checks import. */
export const BINS = { lab: 'bin/lab.mjs', aws: 'bin/aws.mjs', zip: 'bin/zip.mjs', unzip: 'bin/unzip.mjs' } as const;
const ENTRIES = [...Object.values(BINS), 'sandbox/grader/index.ts'];
const SOURCE = /\.(ts|mts|cts|mjs|cjs|js)$/;

/** The module specifiers a source file loads at run time (type-only imports are erased, so they do not count). */
export function runtimeSpecifiers(source: string): string[] {
  const out: string[] = [];
  const statement = /(^|[;\s}])(import|export)(\s+type)?\s[^'";]*?\sfrom\s*['"]([^'"]+)['"]/g;
  for (const m of source.matchAll(statement)) if (!m[3]) out.push(m[4]!);
  for (const m of source.matchAll(/(^|[;\s])import\s*['"]([^'"]+)['"]/g)) out.push(m[2]!);
  for (const m of source.matchAll(/(typeof\s+)?\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) if (!m[1]) out.push(m[2]!);
  for (const m of source.matchAll(/new URL\(\s*['"](\.[^'"]+)['"]\s*,\s*import\.meta\.url/g)) out.push(m[1]!);
  for (const m of source.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

const packageName = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

function resolveRelative(from: string, specifier: string, root: string): string {
  const base = path.resolve(path.dirname(path.join(root, from)), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.js`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return path.relative(root, candidate).split(path.sep).join('/');
  }
  throw new Error(`${from} imports '${specifier}', which is not in the repository: the engine package would be incomplete.`);
}

/** Package files worth shipping: code, JSON and licences, not docs, maps or type declarations. */
const shipped = (name: string) => !/\.(md|markdown|map|d\.ts|d\.mts|d\.cts|tsbuildinfo)$/i.test(name) || /^licen[cs]e/i.test(name);

function packageFiles(dir: string, prefix: string, into: Record<string, Uint8Array>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const rel = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) packageFiles(full, rel, into);
    else if (entry.isFile() && shipped(entry.name)) into[rel] = readFileSync(full);
  }
}

/** Finds a package the way Node does: the nearest node_modules folder upward from `fromDir`. */
function findPackage(name: string, fromDir: string, root: string): string {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.relative(root, dir) === '' || dir === path.dirname(dir)) break;
  }
  throw new Error(`The engine needs the package '${name}', which is not installed: run npm install.`);
}

const decoder = new TextDecoder('utf-8', { fatal: true });
function asText(bytes: Uint8Array): string | Uint8Array {
  try {
    return decoder.decode(bytes);
  } catch {
    return bytes;
  }
}

/** Builds the engine package from the repository at `root`. */
export function buildEnginePackage(root: string): EnginePackage {
  const files: Record<string, Uint8Array> = {};
  const seen = new Set<string>();
  const bare = new Set<string>();
  const queue = [...ENTRIES];

  // The exercises' checks, at the same paths as in the repository (content/lessons/LESSON/EXERCISE/check.ts).
  const lessons = path.join(root, 'content/lessons');
  for (const lesson of readdirSync(lessons, { withFileTypes: true })) {
    if (!lesson.isDirectory()) continue;
    for (const exercise of readdirSync(path.join(lessons, lesson.name), { withFileTypes: true })) {
      const check = `content/lessons/${lesson.name}/${exercise.name}/check.ts`;
      if (exercise.isDirectory() && existsSync(path.join(root, check))) queue.push(check);
    }
  }

  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const bytes = readFileSync(path.join(root, file));
    files[file] = bytes;
    if (!SOURCE.test(file)) continue;
    for (const specifier of runtimeSpecifiers(new TextDecoder().decode(bytes))) {
      if (specifier.startsWith('node:') || specifier === 'lambda-lab/grader') continue;
      if (specifier.startsWith('.')) queue.push(resolveRelative(file, specifier, root));
      else if (specifier.startsWith('lab:')) continue; // Vite-only aliases (the browser's SDK asset)
      else bare.add(packageName(specifier));
    }
  }
  // Only the SDK bundle path's builder needs esbuild, and the bundle ships prebuilt.
  bare.delete('esbuild');

  // npm packages and, transitively, their dependencies.
  const dependencies: Record<string, string> = {};
  const pending = [...bare].map((name) => ({ name, from: root }));
  while (pending.length) {
    const { name, from } = pending.pop()!;
    const dir = findPackage(name, from, root);
    const rel = path.relative(root, dir).split(path.sep).join('/');
    if (files[`${rel}/package.json`]) continue;
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string; dependencies?: Record<string, string> };
    if (rel === `node_modules/${name}`) dependencies[name] = manifest.version;
    packageFiles(dir, rel, files);
    for (const dep of Object.keys(manifest.dependencies ?? {})) pending.push({ name: dep, from: dir });
  }

  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; license: string };
  const out: Record<string, string | Uint8Array> = {};
  for (const [p, bytes] of Object.entries(files)) out[p] = asText(bytes);
  out['package.json'] = `${JSON.stringify(
    {
      name: 'lambda-lab',
      version: pkg.version,
      private: true,
      description: 'The Lambda Lab engine as mounted into a WebContainer: lab serve, lab check and the sandbox AWS CLI.',
      type: 'module',
      license: pkg.license,
      engines: { node: '>=22.18.0' },
      bin: BINS,
      // Checks import the grader by the package's name; inside the package that is a self-reference.
      exports: { './grader': './sandbox/grader/index.ts', './package.json': './package.json' },
      dependencies,
    },
    null,
    2,
  )}\n`;
  out[RUNTIME_SDK_FILE] = readFileSync(runtimeSdkPath(), 'utf8');
  return { files: out, dependencies };
}

/** The engine package as a FileSystemTree, with node_modules/.bin/ linking the bins as npm would (the runtime puts that folder on PATH). */
export function engineTree(root: string): FileSystemTree {
  const { files } = buildEnginePackage(root);
  const tree = treeFromFiles(files);
  const nodeModules = tree.node_modules;
  if (nodeModules && 'directory' in nodeModules) {
    nodeModules.directory['.bin'] = {
      directory: Object.fromEntries(Object.entries(BINS).map(([name, file]) => [name, { file: { symlink: `../../${file}` } }])),
    };
  }
  return tree;
}
