#!/usr/bin/env node
// `zip` as the sandbox shell has it (Info-ZIP's output), for where there is no zip (a WebContainer).
import { runSandboxCommand } from './sandbox-command.mjs';

await runSandboxCommand('zip', import.meta.url, async () => (await import('../sandbox/shell/commands/zip.ts')).zip);
