// Figures from headless Chromium on the production build: time from navigation to a ready prompt on
// the lesson page, page weight, and invoke latency inside the built-in engine worker (warm p50/p95,
// cold p50). Figures only; nothing asserts.
//
//   npm run build && node bench/browser.mjs [--loads 5] [--warm 1000] [--cold 10]
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from '../scripts/find-chromium.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const LOADS = arg('loads', 5);
const WARM = arg('warm', 1000);
const COLD = arg('cold', 10);
const PORT = 4323;
const URL = `http://127.0.0.1:${PORT}/lessons/01-first-function/`;

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

const executablePath = await findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

const server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {}
};
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(URL)).ok) break;
    } catch {}
    if (i > 100) throw new Error('the preview server did not start (run `npm run build` first)');
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const ready = [];
  let bytes = 0;
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Every body is read before the weight is summed: reading is asynchronous, and a body still
    // being read when the page went idle would otherwise be left out.
    const bodies = [];
    context.on('response', (r) => bodies.push(r.body().then((b) => b.length, () => 0)));
    await page.goto(URL);
    await page.waitForFunction(() => performance.getEntriesByName('lab:prompt-ready').length > 0, null, { timeout: 30_000 });
    ready.push(await page.evaluate(() => performance.getEntriesByName('lab:prompt-ready')[0].startTime));
    await page.waitForLoadState('networkidle');
    bytes = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
    if (i < LOADS - 1) await context.close();
    else {
      const result = await page.evaluate(({ warm, cold }) => document.querySelector('[data-testid="sandbox"]').labRuntime.benchmark({ warm, cold }), { warm: WARM, cold: COLD });
      console.log(`Chromium ${browser.version()}, ${LOADS} page loads, ${WARM} warm invokes, ${COLD} cold starts`);
      const rows = [
        ['navigation → ready prompt, p50', `${pct(ready, 50).toFixed(0)} ms`],
        ['navigation → ready prompt, max', `${Math.max(...ready).toFixed(0)} ms`],
        ['lesson page weight (uncompressed bytes fetched)', `${(bytes / 1024).toFixed(0)} KiB`],
        ['engine worker → Web Worker environment, warm p50', `${pct(result.warm, 50).toFixed(3)} ms`],
        ['engine worker → Web Worker environment, warm p95', `${pct(result.warm, 95).toFixed(3)} ms`],
        ['cold start p50 (invoke latency, new environment)', `${pct(result.cold, 50).toFixed(2)} ms`],
        ['cold start p50 Init Duration (module load + init)', `${pct(result.init, 50).toFixed(2)} ms`],
        ['SDK cold start p50 (imports @aws-sdk/client-sts, one call)', `${pct(result.sdkCold, 50).toFixed(2)} ms (first ${result.sdkCold[0].toFixed(2)} ms, fetching the bundle)`],
        ['SDK cold start p50 Init Duration', `${pct(result.sdkInit, 50).toFixed(2)} ms`],
        ['warm invoke with one SDK call, p50', `${pct(result.sdkWarm, 50).toFixed(3)} ms`],
      ];
      for (const [k, v] of rows) console.log(`${k.padEnd(54)} ${v}`);
      await context.close();
    }
  }
  await browser.close();
} finally {
  stop();
}
