/**
 * Builds the AWS SDK the execution environments provide: the Node.js build of the v3 clients in
 * RUNTIME_SDK_PACKAGES, bundled by esbuild into one CommonJS file that a realm evaluates the first
 * time a handler imports one of them. Node built-ins stay imports (each realm supplies its own), and
 * @smithy/node-http-handler becomes ./http-handler.cjs, which sends requests to the engine.
 *
 * Node only (esbuild, fs). The bundle is cached under node_modules/.cache, keyed by the versions of
 * what goes into it, so it is built once per machine and SDK version (about a second).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HTTP_HANDLER_PACKAGE, RUNTIME_SDK_PACKAGES } from './packages.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const require = createRequire(import.meta.url);
const SHIM = path.join(here, 'http-handler.cjs');

function version(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'missing';
  }
}

function cacheKey(): string {
  const h = createHash('sha256');
  for (const p of [...RUNTIME_SDK_PACKAGES, 'esbuild', '@smithy/core']) h.update(`${p}@${version(p)}\n`);
  h.update(readFileSync(SHIM));
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  return h.digest('hex').slice(0, 16);
}

const ENTRY = `module.exports = {\n${[...RUNTIME_SDK_PACKAGES, HTTP_HANDLER_PACKAGE].map((p) => `  ${JSON.stringify(p)}: () => require(${JSON.stringify(p)}),`).join('\n')}\n};\n`;

/** The bundle's source, freshly built. */
export function buildRuntimeSdk(): string {
  const esbuild = require('esbuild') as typeof import('esbuild');
  const result = esbuild.buildSync({
    stdin: { contents: ENTRY, resolveDir: root, sourcefile: 'aws-sdk-entry.cjs', loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    // Whitespace and syntax only: the SDK's class and error names stay as the SDK has them.
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
    legalComments: 'none',
    logLevel: 'silent',
    alias: { '@smithy/node-http-handler': SHIM },
  });
  return result.outputFiles[0]!.text;
}

let memo: string | undefined;

/** The cached bundle's path, building it first when this machine has not yet. */
export function runtimeSdkPath(): string {
  if (memo) return memo;
  // A prebuilt bundle, where esbuild and the SDK's packages are not installed: the engine package
  // mounted into a WebContainer (src/runtime/webcontainer) ships the bundle and names it here.
  if (process.env.LAB_RUNTIME_SDK) return (memo = process.env.LAB_RUNTIME_SDK);
  const dir = path.join(root, 'node_modules', '.cache', 'lambda-lab');
  const file = path.join(dir, `aws-sdk-${cacheKey()}.cjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, buildRuntimeSdk());
    // Test workers may build at once: the rename makes one whole file win.
    renameSync(tmp, file);
  }
  memo = file;
  return file;
}
