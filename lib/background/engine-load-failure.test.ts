import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installEnglishMessages } from '@/tests/unit/english-messages';
import { savePackVersion } from '../db';
import type { RequestOf } from '../messaging/protocol';
import { setEngineLoader } from '../policy/optional-engines';
import { makeTestPack } from '../policy/test-pack';
import { checkDraft } from './check-service';
import type { BackgroundContext } from './context';
import { ENGINE_LOAD_DELAY_MS } from './active-state';
import { installedContext } from './test-setup';

// A pack engine that fails to load on a woken worker: after the one incomplete answer, checks stop saying
// incomplete (no endless rechecks) and run every other rule. A file of its own: engines are per module
// instance, and engine-loading.test.ts loads this one.

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

describe('a pack engine that fails to load', () => {
  it('stops saying incomplete once the engine has failed to load, and reports its rules as not run', async () => {
    setEngineLoader('nlp', () => Promise.reject(new Error('/nlp-engine.js failed to load')));
    expect((await answer(ctx)).incomplete).toBe(true);
    await new Promise((done) => setTimeout(done, ENGINE_LOAD_DELAY_MS + 50));
    const after = await answer(ctx);
    expect(after.incomplete).toBe(false);
    expect(after.spans.some((s) => s.startsWith('org.cure-claims'))).toBe(false);
    expect(after.spans.some((s) => s.startsWith('phi.phone'))).toBe(true);
  });

});
