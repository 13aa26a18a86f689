#!/usr/bin/env node
// `lab`: Lambda Lab in a terminal. The sources are TypeScript that Node runs directly: Node >= 22.18
// strips types by itself; 22.12–22.17 need --experimental-strip-types, so re-run with it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`lab: Lambda Lab needs Node.js 22.12 or later; this is ${process.version}.`);
  process.exit(1);
}
if (!process.features.typescript) {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
const { main } = await import('../sandbox/cli/lab/main.ts');
process.exitCode = await main(process.argv.slice(2));
