import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installEnglishMessages } from '@/tests/unit/english-messages';
import { savePackVersion } from '../db';
import type { RequestOf } from '../messaging/protocol';
import { setEngineLoader, type OptionalEngines } from '../policy/optional-engines';
import { makeTestPack } from '../policy/test-pack';
import { checkDraft } from './check-service';
import type { BackgroundContext } from './context';
import { installedContext } from './test-setup';

// A pack engine still loading on a woken worker: the first check answers without its rules (and says so), a
// check that must be whole waits for it, and once it is in every check has its rules. The nlp engine is not
// loaded up front in unit tests (tests/unit/optional-engines-setup.ts), so this file controls its loading.

const nlpPack = makeTestPack({
  id: 'org.example.claims',
  rules: [
    {
      id: 'org.cure-claims', category: 'policy', type: 'misinformation', severity: 'block', message: 'Cure claim',
      explanation: 'Example policy 2.1', match: { kind: 'nlp', pattern: '(cures|cured) #Noun' },
    },
  ],
});

const DRAFT = 'Thanks to the night team! Call (617) 555-0134. Honey never cured cancer.';

const request = (extra: Partial<RequestOf<'check'>> = {}): RequestOf<'check'> => ({
  type: 'check', text: DRAFT, context: { site: 'x', surface: 'post' }, draftKey: 'x:post:claims', ...extra,
});

async function answer(ctx: BackgroundContext, extra: Partial<RequestOf<'check'>> = {}) {
  const response = await checkDraft(ctx, request(extra));
  if (!response.ok) throw new Error(response.error.message);
  return { incomplete: response.incomplete ?? false, spans: response.findings.map((f) => `${f.ruleId}: ${DRAFT.slice(f.start, f.end)}`) };
}

let ctx: BackgroundContext;
beforeEach(async () => {
  installEnglishMessages();
  ctx = await installedContext({ withOrgPack: false });
  await savePackVersion(ctx.db, { pack: nlpPack, source: 'options', signature: 'unsigned' });
});
afterEach(async () => {
  await ctx.deferred.settled();
  ctx.state.dispose();
  ctx.db.close();
});

describe('a check while a pack engine loads', () => {
  it('answers at once without that engine\'s rules, marked incomplete; a complete check waits; then all run', async () => {
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    setEngineLoader('nlp', async () => {
      await released;
      return (await import('compromise')).default as OptionalEngines['nlp'];
    });

    const first = await answer(ctx);
    expect(first.incomplete).toBe(true);
    expect(first.spans.some((s) => s.startsWith('phi.phone'))).toBe(true);
    expect(first.spans.some((s) => s.startsWith('org.cure-claims'))).toBe(false);

    let completed = false;
    const whole = answer(ctx, { complete: true }).then((r) => ((completed = true), r));
    await new Promise((done) => setTimeout(done, 50));
    expect(completed).toBe(false);
    release();
    expect(await whole).toEqual({ incomplete: false, spans: expect.arrayContaining(['org.cure-claims: cured cancer']) });

    expect(await answer(ctx)).toEqual({ incomplete: false, spans: expect.arrayContaining(['org.cure-claims: cured cancer']) });
  });
});
