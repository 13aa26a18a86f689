import { afterEach, describe, expect, it } from 'vitest';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { createFunction, invoke, newCloud } from '../../helpers/cloud.ts';

describe('runaway handlers end their own environment, not the engine', () => {
  let cloud: Cloud;
  afterEach(() => cloud?.dispose());

  it('endless allocation is Runtime.OutOfMemory, and the next function still runs', async () => {
    cloud = newCloud();
    // A long timeout, so it is the heap cap (resourceLimits) that ends the realm, not the clock.
    await createFunction(cloud, 'hog', { 'index.mjs': 'export const handler = async () => { const a = []; while (true) a.push(new Array(1e6).fill(1)); };' }, { Timeout: 60 });
    const out = await invoke(cloud, 'hog');
    expect(out.FunctionError).toBe('Unhandled');
    expect(['Runtime.OutOfMemory', 'Runtime.ExitError']).toContain(out.json.errorType);
    expect(cloud.executor.describe().filter((e) => e.key.includes('hog'))).toHaveLength(0);
    await createFunction(cloud, 'fine', { 'index.mjs': 'export const handler = async () => "still serving";' });
    expect((await invoke(cloud, 'fine')).json).toBe('still serving');
  }, 15_000);
});
