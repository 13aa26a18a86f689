// Which Chromium the end-to-end tests and benchmarks drive: PLAYWRIGHT_CHROMIUM_EXECUTABLE, then
// Debian's /usr/bin/chromium, then Playwright's own download if one exists.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--no-first-run'];

export async function findChromium() {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const { chromium } = await import('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* no Playwright browser either */
  }
  return undefined;
}

export const HOW_TO_GET_CHROMIUM = `No Chromium found for the end-to-end tests. Any one of these works:
  - Debian/Ubuntu:  sudo apt-get install -y chromium        (then /usr/bin/chromium is used)
  - any system:     PLAYWRIGHT_CHROMIUM_EXECUTABLE=/path/to/chrome npm test
  - with internet:  npx playwright install chromium`;
