#!/usr/bin/env node
// `unzip` as the sandbox shell has it, for where there is no unzip (a WebContainer).
import { runSandboxCommand } from './sandbox-command.mjs';

await runSandboxCommand('unzip', import.meta.url, async () => (await import('../sandbox/shell/commands/unzip.ts')).unzip);
