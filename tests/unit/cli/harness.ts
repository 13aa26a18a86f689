/**
 * Test doubles for the `aws` command: a Map-based file system that fails like the real one
 * (FsError-shaped ENOENT / EISDIR), a ServiceCaller that records every request and answers from a
 * script, and a runner that takes a command line as a learner would type it.
 */
import { createAwsCommand } from '../../../sandbox/cli/aws/index.ts';
import type { ServiceRequest } from '../../../sandbox/cloud/api.ts';
import type { CommandContext, FileSystem } from '../../../sandbox/cli/aws/context.ts';

const encoder = new TextEncoder();

function fsError(code: string, path: string): Error {
  return Object.assign(new Error(code), { code, path });
}

export class MemoryFs implements FileSystem {
  readonly files = new Map<string, Uint8Array>();
  readonly dirs = new Set<string>(['/']);

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, data] of Object.entries(files)) this.put(path, data);
  }

  put(path: string, data: string | Uint8Array): void {
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) this.dirs.add('/' + parts.slice(0, i).join('/'));
    this.files.set(path, typeof data === 'string' ? encoder.encode(data) : data);
  }

  text(path: string): string | undefined {
    const data = this.files.get(path);
    return data === undefined ? undefined : new TextDecoder().decode(data);
  }

  async readFile(path: string): Promise<Uint8Array> {
    if (this.dirs.has(path)) throw fsError('EISDIR', path);
    const data = this.files.get(path);
    if (!data) throw fsError('ENOENT', path);
    return new Uint8Array(data);
  }

  async writeFile(path: string, data: Uint8Array | string): Promise<void> {
    if (this.dirs.has(path)) throw fsError('EISDIR', path);
    const parent = path.slice(0, path.lastIndexOf('/')) || '/';
    if (!this.dirs.has(parent)) throw fsError('ENOENT', path);
    this.files.set(path, typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data));
  }

  async stat(path: string) {
    if (this.dirs.has(path)) return { type: 'dir' as const, size: 4096, mtimeMs: 0 };
    const data = this.files.get(path);
    return data ? { type: 'file' as const, size: data.length, mtimeMs: 0 } : null;
  }

  async readdir(path: string): Promise<string[]> {
    const prefix = path === '/' ? '/' : path + '/';
    const names = new Set<string>();
    for (const p of [...this.files.keys(), ...this.dirs]) {
      if (p.startsWith(prefix) && p !== path) names.add(p.slice(prefix.length).split('/')[0]);
    }
    return [...names].sort();
  }

  async mkdir(path: string): Promise<void> {
    this.dirs.add(path);
  }

  async rm(path: string): Promise<void> {
    this.files.delete(path);
    this.dirs.delete(path);
  }
}

export const CONFIG = `[default]
region = us-east-1
output = json
cli_binary_format = raw-in-base64-out

[profile partner]
region = eu-west-1
output = json
cli_binary_format = raw-in-base64-out

[profile b64]
region = us-east-1
`;

export const CREDENTIALS = `[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

[partner]
aws_access_key_id = AKIAI44QH8DHBEXAMPLE
aws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY

[b64]
aws_access_key_id = AKIAB64EXAMPLE
`;

export type Responder = (request: ServiceRequest) => Record<string, unknown> | Promise<Record<string, unknown>>;

/** Splits a command line the way a POSIX shell would for these tests: quotes and backslashes. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end + 1;
    } else if (ch === '"') {
      let j = i + 1;
      let text = '';
      while (line[j] !== '"') {
        if (line[j] === '\\' && '"\\$`'.includes(line[j + 1])) j++;
        text += line[j++];
      }
      word = (word ?? '') + text;
      i = j + 1;
    } else if (ch === '\\') {
      word = (word ?? '') + line[i + 1];
      i += 2;
    } else if (/\s/.test(ch)) {
      if (word !== null) words.push(word);
      word = null;
      i++;
    } else {
      word = (word ?? '') + ch;
      i++;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

export interface Run {
  rc: number;
  stdout: string;
  stderr: string;
  requests: ServiceRequest[];
}

export interface Sandbox {
  fs: MemoryFs;
  requests: ServiceRequest[];
  respond: Responder;
  env: Record<string, string>;
  now: number;
  run(line: string | string[], options?: { env?: Record<string, string>; terminal?: boolean }): Promise<Run>;
}

export function sandbox(respond: Responder = () => ({}), files: Record<string, string | Uint8Array> = {}): Sandbox {
  const fs = new MemoryFs({
    '/home/learner/.aws/config': CONFIG,
    '/home/learner/.aws/credentials': CREDENTIALS,
    ...files,
  });
  fs.dirs.add('/home/learner/project');
  const box: Sandbox = {
    fs,
    requests: [],
    respond,
    env: { HOME: '/home/learner' },
    now: Date.UTC(2026, 10, 28, 6, 11, 2, 345),
    async run(line, options = {}) {
      const argv = Array.isArray(line) ? line : shellWords(line);
      const requests: ServiceRequest[] = [];
      const command = createAwsCommand({
        call: async (request) => {
          requests.push(request);
          box.requests.push(request);
          return box.respond(request);
        },
        now: () => box.now,
      });
      let stdout = '';
      let stderr = '';
      const cwd = '/home/learner/project';
      const ctx: CommandContext = {
        argv,
        cwd,
        home: '/home/learner',
        env: { ...box.env, ...options.env },
        fs,
        stdin: '',
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
        resolve: (path) => {
          const p = path.startsWith('~/') ? '/home/learner' + path.slice(1) : path;
          const abs = p.startsWith('/') ? p : `${cwd}/${p}`;
          const out: string[] = [];
          for (const part of abs.split('/')) {
            if (part === '' || part === '.') continue;
            if (part === '..') out.pop();
            else out.push(part);
          }
          return '/' + out.join('/');
        },
        terminal: options.terminal ? { columns: 80 } : undefined,
      };
      const rc = await command(ctx);
      return { rc, stdout, stderr, requests };
    },
  };
  return box;
}

/** A minimal valid zip archive (one stored file `index.js`). */
export function tinyZip(): Uint8Array {
  const name = encoder.encode('index.js');
  const body = encoder.encode('exports.handler = async () => 1;\n');
  const local = new Uint8Array(30 + name.length + body.length);
  const dv = new DataView(local.buffer);
  dv.setUint32(0, 0x04034b50, true);
  dv.setUint16(26, name.length, true);
  dv.setUint32(18, body.length, true);
  dv.setUint32(22, body.length, true);
  local.set(name, 30);
  local.set(body, 30 + name.length);
  const central = new Uint8Array(46 + name.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(28, name.length, true);
  cv.setUint32(20, body.length, true);
  cv.setUint32(24, body.length, true);
  central.set(name, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length, true);
  const zip = new Uint8Array(local.length + central.length + end.length);
  zip.set(local, 0);
  zip.set(central, local.length);
  zip.set(end, local.length + central.length);
  return zip;
}
