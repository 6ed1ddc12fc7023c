import { describe, expect, it } from 'vitest';
import { setEngineLoader } from '../policy/optional-engines';
import { ENGINE_LOAD_DELAY_MS } from './active-state';
import { checkClaimsDraft, withNlpPackContext } from './nlp-pack-fixture';

// A pack engine that fails to load on a woken worker: after the one incomplete answer, checks stop saying
// incomplete (no endless rechecks) and run every other rule. A file of its own: engines are per module
// instance, and engine-loading.test.ts loads this one.

const ctx = withNlpPackContext();

describe('a pack engine that fails to load', () => {
  it('stops saying incomplete once the engine has failed to load, and reports its rules as not run', async () => {
    setEngineLoader('nlp', () => Promise.reject(new Error('/nlp-engine.js failed to load')));
    expect((await checkClaimsDraft(ctx())).incomplete).toBe(true);
    await new Promise((done) => setTimeout(done, ENGINE_LOAD_DELAY_MS + 50));
    const after = await checkClaimsDraft(ctx());
    expect(after.incomplete).toBe(false);
    expect(after.spans.some((s) => s.startsWith('org.cure-claims'))).toBe(false);
    expect(after.spans.some((s) => s.startsWith('phi.phone'))).toBe(true);
  });

});
