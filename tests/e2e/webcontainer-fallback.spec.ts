/**
 * WebContainer mode where WebContainer cannot boot (no internet: its runtime loads from StackBlitz).
 * The preview server sends the isolation headers, so the page is cross-origin isolated and the
 * sandbox really tries; boot() never settles, the watchdog (shortened by ?webcontainer-timeout=) falls
 * back to the built-in runtime, the notice says why, and the lesson works as always.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const LIMIT_MS = 3000;
const SHOTS = 'test-results/webcontainer-fallback';

async function terminalText(page: Page): Promise<string> {
  return page.getByTestId('terminal').evaluate((el) => (el as HTMLElement & { labTranscript: () => string }).labTranscript());
}

for (const viewport of [
  { name: 'wide', width: 1440, height: 900 },
  { name: 'narrow', width: 390, height: 844 },
]) {
  test(`?runtime=webcontainer falls back to the built-in runtime within the watchdog's limit, with a notice (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const response = await page.goto(`/lessons/01-first-function/?runtime=webcontainer&webcontainer-timeout=${LIMIT_MS}`);
    expect(response?.headers()['cross-origin-opener-policy']).toBe('same-origin');
    expect(response?.headers()['cross-origin-embedder-policy']).toBe('require-corp');
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);

    const sandbox = page.getByTestId('sandbox');
    const started = Date.now();
    await expect(page.getByTestId('runtime-status')).toContainText('WebContainer · booting…');
    await expect(sandbox).toHaveAttribute('data-state', 'ready', { timeout: LIMIT_MS + 15_000 });
    // Within the limit plus the built-in runtime's own start.
    expect(Date.now() - started).toBeLessThan(LIMIT_MS + 12_000);

    const notice = page.getByTestId('runtime-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveText(/WebContainer did not start within 3 s \(it loads from StackBlitz, which may be unreachable from here\)\. The built-in runtime runs this lesson instead: everything in it works\./);
    await expect(page.getByTestId('runtime-status')).toContainText('Built-in runtime · ready');
    await expect(page.getByTestId('runtime-select')).toHaveValue('webcontainer');

    // The lesson keeps working: the prompt comes up and a command answers.
    await expect.poll(() => terminalText(page), { timeout: 20_000 }).toMatch(/learner@lambda-lab:~\$/);
    await page.getByTestId('terminal').click();
    await page.keyboard.type('aws sts get-caller-identity');
    await page.keyboard.press('Enter');
    await expect.poll(() => terminalText(page)).toContain('"Arn": "arn:aws:iam::111111111111:user/learner"');

    mkdirSync(SHOTS, { recursive: true });
    await sandbox.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${viewport.name}.png` });
    await notice.screenshot({ path: `${SHOTS}/${viewport.name}-notice.png` });
  });
}

test('the built-in runtime stays the default under the isolation headers, with no notice, and the self-test page runs', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  await page.goto('/lessons/01-first-function/');
  await expect(page.getByTestId('sandbox')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('runtime-status')).toContainText('Built-in runtime · ready');
  await expect(page.getByTestId('runtime-notice')).toBeHidden();
  // Fonts and assets are all same-origin: COEP blocks nothing.
  expect(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => new URL(u).origin !== location.origin))).toEqual([]);
  // The engine package is not part of a lesson page in the built-in mode.
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/webcontainer/engine.json')))).toBe(false);

  await page.goto('/self-test/');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  // It ran to the end under COEP (workers, nested workers and the SDK asset all loaded).
  await expect(page.getByTestId('self-test')).toHaveAttribute('data-state', /passed|failed/, { timeout: 80_000 });
  await expect(page.getByTestId('self-test')).toHaveAttribute('data-state', 'passed');
  expect(failed).toEqual([]);
});
