/**
 * Conformance across platforms: the engine suite (sandbox/conformance) runs in Chromium's built-in
 * engine worker through the self-test page, and in Node in this test process; every scenario that
 * runs in Chromium passes, and both platforms return the same normalized summaries.
 */
import { expect, test } from '@playwright/test';
import { Cloud } from '../../sandbox/cloud/cloud.ts';
import { comparable, runConformance } from '../../sandbox/conformance/run.ts';
import type { ScenarioResult } from '../../sandbox/conformance/types.ts';
import { NodeHost } from '../../sandbox/runtime/hosts/node-host.ts';

test.use({ viewport: { width: 1440, height: 900 } });

/** JSON with members sorted, for an order-insensitive comparison. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

test('the engine conformance suite passes in Chromium and matches the run in Node', async ({ page }) => {
  test.setTimeout(300_000);
  // One platform at a time: the timeout scenarios measure real time, so they get the machine to themselves.
  const node = await runConformance((settings) => new Cloud({ host: new NodeHost(), ...settings }), { platform: 'node' });
  expect(node.filter((r) => r.status === 'fail').map((r) => `${r.name}: ${r.failure?.message}`), 'scenarios failing in Node').toEqual([]);

  await page.goto('/self-test/');
  const root = page.getByTestId('self-test');
  await expect(root).toHaveAttribute('data-done', 'true', { timeout: 180_000 });
  const web = JSON.parse((await page.locator('#self-test-results').textContent()) ?? 'null') as ScenarioResult[];
  expect(Array.isArray(web), `the page reported ${JSON.stringify(web)}`).toBe(true);
  await page.screenshot({ path: test.info().outputPath('self-test.png'), fullPage: true });

  // (a) Every scenario not skipped in Chromium passes there; a skip always gives its reason.
  expect(web.map((r) => r.name)).toEqual(node.map((r) => r.name));
  expect(web.filter((r) => r.status === 'fail').map((r) => `${r.name} — step ${r.failure?.step}: ${r.failure?.message}`), 'scenarios failing in Chromium').toEqual([]);
  for (const skipped of web.filter((r) => r.status === 'skip')) expect(skipped.reason, skipped.name).toBeTruthy();
  await expect(root).toHaveAttribute('data-state', 'passed');
  await expect(page.getByTestId('self-test-summary')).toContainText(/^All \d+ scenarios pass in this browser$/);

  // (b) What each step returned, and every log line, is the same in Chromium as in Node.
  // Member order is not compared (process.env lists its variables in a platform's own order).
  const both = web.flatMap((result, i) => (result.status === 'skip' || node[i]!.status === 'skip' ? [] : [{ web: comparable(result), node: comparable(node[i]!) }]));
  expect(both.filter((r) => canonical(r.web) !== canonical(r.node)).map((r) => r.web.name), 'scenarios whose results differ between Chromium and Node').toEqual([]);
  for (const r of both) expect(r.web, `"${r.web.name}" in Chromium vs Node`).toEqual(r.node);
});
