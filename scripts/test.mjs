// `npm test`: everything, in order — type check, unit, content (every exercise), end to end.
// Stops at the first failing stage and says which.
import { spawnSync } from 'node:child_process';
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';

const stages = [
  ['astro sync (content types)', 'npx', ['astro', 'sync']],
  ['type check', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['unit tests', 'npx', ['vitest', 'run', '--project', 'unit']],
  ['content tests', 'npx', ['vitest', 'run', '--project', 'content']],
  ['conformance tests', 'npx', ['vitest', 'run', '--project', 'conformance']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

for (const [name, cmd, args] of stages) {
  if (name === 'end-to-end tests' && !(await findChromium())) {
    console.error(`\n${HOW_TO_GET_CHROMIUM}\n`);
    process.exit(1);
  }
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed`);
    process.exit(r.status ?? 1);
  }
}
console.log('\n✓ all tests passed');
