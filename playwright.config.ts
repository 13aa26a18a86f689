import { defineConfig } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with the test script and the benchmarks
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from './scripts/find-chromium.mjs';

const executablePath = await findChromium();
if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);

const PORT = 4322;

// The end-to-end tests run against the production build, as a learner would get it.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  retries: 0,
  workers: 1,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx astro build && npx astro preview --port ${PORT} --host 127.0.0.1`,
    url: `http://localhost:${PORT}/`,
    timeout: 180_000,
    reuseExistingServer: false,
  },
});
