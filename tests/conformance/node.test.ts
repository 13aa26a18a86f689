/**
 * The engine conformance suite (sandbox/conformance) in Node: every scenario on a fresh cloud with
 * worker-thread environments. The same scenarios run in Chromium's engine worker in
 * tests/e2e/conformance.spec.ts, which also checks that both platforms return the same summaries.
 */
import { describe, it } from 'vitest';
import { Cloud } from '../../sandbox/cloud/cloud.ts';
import { runScenario, SCENARIOS } from '../../sandbox/conformance/run.ts';
import { NodeHost } from '../../sandbox/runtime/hosts/node-host.ts';

describe('engine conformance (NodeHost)', () => {
  for (const scenario of SCENARIOS) {
    const reason = scenario.skip?.node;
    if (reason !== undefined) {
      it.skip(`${scenario.name} — skipped in Node: ${reason}`, () => {});
      continue;
    }
    it(scenario.name, async () => {
      const result = await runScenario(scenario, (settings) => new Cloud({ host: new NodeHost(), ...settings }), { platform: 'node' });
      if (result.failure) {
        const { step, message } = result.failure;
        const returned = result.steps.find((s) => s.step === step);
        throw new Error(`${message}${returned ? `\n\nthe step returned (normalized):\n${JSON.stringify(returned, null, 2)}` : ''}`);
      }
    });
  }
});
