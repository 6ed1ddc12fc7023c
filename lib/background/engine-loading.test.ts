import { describe, expect, it } from 'vitest';
import { setEngineLoader, type OptionalEngines } from '../policy/optional-engines';
import { checkClaimsDraft, withNlpPackContext } from './nlp-pack-fixture';

// A pack engine still loading on a woken worker: the first check answers without its rules (and says so), a
// check that must be whole waits for it, and once it is in every check has its rules. The nlp engine is not
// loaded up front in unit tests (tests/unit/optional-engines-setup.ts), so this file controls its loading.

const ctx = withNlpPackContext();

describe('a check while a pack engine loads', () => {
  it('answers at once without that engine\'s rules, marked incomplete; a complete check waits; then all run', async () => {
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    setEngineLoader('nlp', async () => {
      await released;
      return (await import('compromise')).default as OptionalEngines['nlp'];
    });

    const first = await checkClaimsDraft(ctx());
    expect(first.incomplete).toBe(true);
    expect(first.spans.some((s) => s.startsWith('phi.phone'))).toBe(true);
    expect(first.spans.some((s) => s.startsWith('org.cure-claims'))).toBe(false);

    let completed = false;
    const whole = checkClaimsDraft(ctx(), { complete: true }).then((r) => ((completed = true), r));
    await new Promise((done) => setTimeout(done, 50));
    expect(completed).toBe(false);
    release();
    expect(await whole).toEqual({ incomplete: false, spans: expect.arrayContaining(['org.cure-claims: cured cancer']) });

    expect(await checkClaimsDraft(ctx())).toEqual({ incomplete: false, spans: expect.arrayContaining(['org.cure-claims: cured cancer']) });
  });
});
