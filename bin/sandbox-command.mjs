// Runs one of the sandbox shell's commands (sandbox/shell/types.ts `Command`) as a Node program over
// the real file system: how `aws`, `zip` and `unzip` exist where the engine runs as `lab serve` (a
// WebContainer has no zip, and its `aws` must be the sandbox's). The sources are TypeScript that Node
// runs directly: Node >= 22.18 strips types by itself; 22.12–22.17 need --experimental-strip-types.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

/** `entry` is the bin's import.meta.url; `load` gives the command once TypeScript can be imported. */
export async function runSandboxCommand(name, entry, load) {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    console.error(`${name}: Lambda Lab needs Node.js 22.12 or later; this is ${process.version}.`);
    process.exit(1);
  }
  if (!process.features.typescript) {
    const result = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', fileURLToPath(entry), ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exit(result.status ?? 1);
  }
  const { NodeFS } = await import('../sandbox/workspace/node-fs.ts');
  const { withAwsDefaults } = await import('../sandbox/workspace/aws-defaults.ts');
  const { resolve } = await import('../sandbox/workspace/path.ts');
  const command = await load();
  const home = process.env.HOME || os.homedir();
  const cwd = process.cwd();
  process.exitCode = await command({
    argv: [name, ...process.argv.slice(2)],
    cwd,
    home,
    env: { ...process.env },
    // The whole file system, with the sandbox's default ~/.aws profiles where there are none.
    fs: withAwsDefaults(new NodeFS({ dir: '/', root: '/' }), home),
    stdin: '',
    resolve: (p) => resolve(cwd, p, home),
    terminal: process.stdout.isTTY ? { columns: process.stdout.columns || 80 } : undefined,
    now: () => Date.now(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
