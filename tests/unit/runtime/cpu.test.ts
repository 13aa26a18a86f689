import { describe, expect, it } from 'vitest';
import { phaseTimer } from '../../../sandbox/runtime/realm.ts';
import { startRealm } from './realm-driver.ts';

describe('CPU time beside wall time (for the memory-proportional CPU model)', () => {
  it('counts CPU time from the injected clock, clamped to [0, wall]', () => {
    let wall = 100;
    let cpu = 50;
    const timer = phaseTimer(() => wall, () => cpu);
    wall += 40;
    cpu += 10;
    expect(timer()).toEqual({ durationMs: 40, cpuMs: 10 });
    cpu += 100; // coarser CPU clock than wall clock
    expect(timer()).toEqual({ durationMs: 40, cpuMs: 40 });
  });

  it('takes CPU time to be wall time where there is no CPU clock (Web Worker)', () => {
    let wall = 0;
    const timer = phaseTimer(() => wall);
    wall = 25;
    expect(timer()).toEqual({ durationMs: 25, cpuMs: 25 });
  });

  it('reports cpuMs on init-done and invoke-done: near the duration when computing, near zero when waiting', async () => {
    const realm = await startRealm({
      'index.mjs': `export const handler = async (event) => {
  if (event.spin) { const end = Date.now() + 200; while (Date.now() < end) {} }
  else await new Promise((r) => setTimeout(r, 200));
  return 'done';
};`,
    });
    try {
      expect(realm.initDone).toMatchObject({ ok: true, cpuMs: expect.any(Number) });
      expect(realm.initDone.cpuMs as number).toBeLessThanOrEqual(realm.initDone.durationMs as number);
      const busy = await realm.invoke({ spin: true });
      const idle = await realm.invoke({ spin: false });
      for (const done of [busy, idle]) {
        expect(done).toMatchObject({ ok: true, payload: '"done"', cpuMs: expect.any(Number) });
        expect(done.cpuMs as number).toBeGreaterThanOrEqual(0);
        expect(done.cpuMs as number).toBeLessThanOrEqual(done.durationMs as number);
        expect(done.durationMs as number).toBeGreaterThanOrEqual(195);
      }
      // On a loaded machine a spinning thread gets less than a whole core, so compare shares, not absolutes.
      expect(idle.cpuMs as number).toBeLessThan(50);
      expect(busy.cpuMs as number).toBeGreaterThan(idle.cpuMs as number);
      expect((busy.cpuMs as number) / (busy.durationMs as number)).toBeGreaterThan(0.1);
    } finally {
      realm.dispose();
    }
  });
});
