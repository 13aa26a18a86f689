import { describe, expect, it } from 'vitest';
import { toText } from '../../../sandbox/workspace/fs.ts';
import {
  DEFAULT_ACCESS_KEY_ID,
  DEFAULT_AWS_CONFIG,
  DEFAULT_AWS_CREDENTIALS,
  PARTNER_ACCESS_KEY_ID,
  withAwsDefaults,
} from '../../../sandbox/workspace/aws-defaults.ts';
import { MemoryFS } from '../../../sandbox/workspace/memory-fs.ts';

const HOME = '/home/learner';

describe('withAwsDefaults', () => {
  it('answers for ~/.aws/config and ~/.aws/credentials when the workspace has none', async () => {
    const base = MemoryFS.fromFiles(HOME, { 'index.mjs': '' });
    const fs = withAwsDefaults(base, HOME);
    expect(toText(await fs.readFile(`${HOME}/.aws/config`))).toBe(DEFAULT_AWS_CONFIG);
    expect(toText(await fs.readFile(`${HOME}/.aws/credentials`))).toBe(DEFAULT_AWS_CREDENTIALS);
    expect(DEFAULT_AWS_CONFIG).toContain('[profile partner]');
    expect(DEFAULT_AWS_CONFIG).toContain('cli_binary_format = raw-in-base64-out');
    expect(DEFAULT_AWS_CREDENTIALS).toContain(`aws_access_key_id = ${DEFAULT_ACCESS_KEY_ID}`);
    expect(DEFAULT_AWS_CREDENTIALS).toContain(`[partner]\naws_access_key_id = ${PARTNER_ACCESS_KEY_ID}`);
    expect(await fs.stat(`${HOME}/.aws`)).toMatchObject({ type: 'dir' });
    expect(await fs.stat(`${HOME}/.aws/config`)).toMatchObject({ type: 'file', size: DEFAULT_AWS_CONFIG.length });
    expect(await fs.readdir(`${HOME}/.aws`)).toEqual(['config', 'credentials']);
    // Not listed in ~, so `zip -r function.zip .` never packages credentials.
    expect(await fs.readdir(HOME)).toEqual(['index.mjs']);
    expect(await base.stat(`${HOME}/.aws`)).toBeNull();
  });

  it('lets the learner override a default, and brings it back when the override is removed', async () => {
    const base = MemoryFS.fromFiles(HOME, {});
    const fs = withAwsDefaults(base, HOME);
    await fs.writeFile(`${HOME}/.aws/config`, '[default]\nregion = eu-west-1\n');
    expect(toText(await base.readFile(`${HOME}/.aws/config`))).toContain('eu-west-1');
    expect(toText(await fs.readFile(`${HOME}/.aws/config`))).toContain('eu-west-1');
    expect(toText(await fs.readFile(`${HOME}/.aws/credentials`))).toBe(DEFAULT_AWS_CREDENTIALS);
    expect(await fs.readdir(`${HOME}/.aws`)).toEqual(['config', 'credentials']);
    await fs.rm(`${HOME}/.aws/config`);
    expect(toText(await fs.readFile(`${HOME}/.aws/config`))).toBe(DEFAULT_AWS_CONFIG);
    // Removing a default that was never overridden is not an error.
    await fs.rm(`${HOME}/.aws/credentials`);
    expect(toText(await fs.readFile(`${HOME}/.aws/credentials`))).toBe(DEFAULT_AWS_CREDENTIALS);
  });

  it('passes everything else through', async () => {
    const base = MemoryFS.fromFiles(HOME, { 'a.txt': 'a' });
    const fs = withAwsDefaults(base, HOME);
    await fs.writeFile(`${HOME}/b.txt`, 'b');
    expect(toText(await base.readFile(`${HOME}/b.txt`))).toBe('b');
    await fs.mkdir(`${HOME}/d`);
    await fs.rm(`${HOME}/a.txt`);
    expect(await fs.readdir(HOME)).toEqual(['b.txt', 'd']);
    await expect(fs.readFile(`${HOME}/a.txt`)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
