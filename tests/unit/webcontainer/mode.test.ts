import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decideMode, fallbackNotice, isSupportedBrowser, preferenceOf } from '../../../src/runtime/mode.ts';
import { FallbackRuntime } from '../../../src/runtime/fallback.ts';
import { headersFile, vercelConfig } from '../../../src/runtime/webcontainer/isolation.ts';
import type { SandboxRuntime } from '../../../src/runtime/types.ts';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36';
const SAFARI_15 = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Safari/605.1.15';
const isolated = { crossOriginIsolated: true, sharedArrayBuffer: true, userAgent: CHROME };

describe('which runtime a sandbox starts', () => {
  it('takes the highest-priority preference that is not auto: URL, then learner, then lesson, then site', () => {
    expect(preferenceOf({ site: 'auto' })).toBe('auto');
    expect(preferenceOf({ site: 'webcontainer', lesson: 'builtin' })).toBe('builtin');
    expect(preferenceOf({ site: 'auto', lesson: 'webcontainer', learner: 'auto' })).toBe('webcontainer');
    expect(preferenceOf({ site: 'auto', lesson: 'webcontainer', learner: 'builtin' })).toBe('builtin');
    expect(preferenceOf({ site: 'builtin', learner: 'builtin', url: 'webcontainer' })).toBe('webcontainer');
  });

  it('auto is the built-in runtime unless a lesson or learner asks for WebContainer, and WebContainer runs only isolated in a supported browser', () => {
    expect(decideMode({ site: 'auto' }, isolated)).toEqual({ mode: 'builtin' });
    expect(decideMode({ site: 'auto', lesson: 'webcontainer' }, isolated)).toEqual({ mode: 'webcontainer' });
    expect(decideMode({ site: 'auto', learner: 'webcontainer' }, { ...isolated, crossOriginIsolated: false })).toEqual({ mode: 'builtin', fallback: 'not-isolated' });
    expect(decideMode({ site: 'auto', url: 'webcontainer' }, { ...isolated, userAgent: SAFARI_15 })).toEqual({ mode: 'builtin', fallback: 'unsupported-browser' });
  });

  it('knows the browsers WebContainer supports', () => {
    expect(isSupportedBrowser(CHROME)).toBe(true);
    expect(isSupportedBrowser('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe(true);
    expect(isSupportedBrowser('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15')).toBe(true);
    expect(isSupportedBrowser(SAFARI_15)).toBe(false);
    expect(isSupportedBrowser('Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36')).toBe(false);
  });

  it('words each fallback plainly', () => {
    expect(fallbackNotice('timed-out', '15 s')).toBe('WebContainer did not start within 15 s (it loads from StackBlitz, which may be unreachable from here). The built-in runtime runs this lesson instead: everything in it works.');
    expect(fallbackNotice('not-isolated')).toMatch(/^WebContainer needs a page served with cross-origin isolation headers/);
  });
});

function fakeRuntime(mode: 'builtin' | 'webcontainer', ready: Promise<void> = Promise.resolve()): SandboxRuntime & { disposed: boolean } {
  return {
    mode, ready, disposed: false,
    listFiles: async () => [], readFile: async () => mode, writeFile: async () => {}, deleteFile: async () => {},
    onFilesChanged: () => () => {}, prompt: async () => `${mode}$ `, isComplete: () => true,
    run: async (line, write) => (write(`${mode}: ${line}`), 0), check: async () => ({ exercise: mode, passed: true, checks: [] }),
    dispose() { this.disposed = true; },
  };
}

describe('the watchdog around WebContainer', () => {
  it('falls back to the built-in runtime when boot never settles, aborting the attempt, and says why', async () => {
    let fire!: () => void;
    let signal!: AbortSignal;
    const runtime = new FallbackRuntime({
      timeoutMs: 2000,
      setTimer: (_ms, fn) => ((fire = fn), () => {}),
      start: (s) => ((signal = s), new Promise<never>(() => {})),
      fallback: () => fakeRuntime('builtin'),
    });
    expect(runtime.mode).toBe('webcontainer');
    const prompt = runtime.prompt();
    fire();
    await runtime.ready;
    expect(runtime.mode).toBe('builtin');
    expect(signal.aborted).toBe(true);
    expect(runtime.notice).toBe(fallbackNotice('timed-out', '2 s'));
    expect(await prompt).toBe('builtin$ ');
  });

  it('uses WebContainer when it is ready in time, with no notice', async () => {
    const runtime = new FallbackRuntime({ timeoutMs: 2000, setTimer: () => () => {}, start: async () => fakeRuntime('webcontainer'), fallback: () => fakeRuntime('builtin') });
    await runtime.ready;
    expect(runtime.mode).toBe('webcontainer');
    expect(runtime.notice).toBeUndefined();
    expect(await runtime.readFile('x')).toBe('webcontainer');
  });

  it('falls back when WebContainer fails, with its reason', async () => {
    const runtime = new FallbackRuntime({ timeoutMs: 2000, setTimer: () => () => {}, start: async () => { throw new Error('the engine package could not be loaded'); }, fallback: () => fakeRuntime('builtin') });
    await runtime.ready;
    expect(runtime.mode).toBe('builtin');
    expect(runtime.notice).toBe('WebContainer could not start: the engine package could not be loaded. The built-in runtime runs this lesson instead: everything in it works.');
  });
});

describe('the isolation headers', () => {
  it('vercel.json at the repository root says what the build emits for Netlify and Cloudflare Pages', () => {
    expect(JSON.parse(readFileSync(new URL('../../../vercel.json', import.meta.url), 'utf8'))).toEqual(vercelConfig());
    expect(headersFile()).toContain('/*\n  Cross-Origin-Opener-Policy: same-origin\n  Cross-Origin-Embedder-Policy: require-corp\n');
  });
});
