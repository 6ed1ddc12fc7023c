import { afterEach, beforeEach } from 'vitest';
import { installEnglishMessages } from '@/tests/unit/english-messages';
import { savePackVersion } from '../db';
import type { RequestOf } from '../messaging/protocol';
import { makeTestPack } from '../policy/test-pack';
import { checkDraft } from './check-service';
import type { BackgroundContext } from './context';
import { installedContext } from './test-setup';

/**
 * Test support for the engine-loading tests: an installed extension whose only organisation pack has an nlp
 * rule (the nlp engine is not loaded up front in unit tests, so each test file controls its loading), a
 * draft with a phone number and a cure claim, and a check that reports its rule ids and spans.
 */
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

/** Registers the per-test set-up and returns the current test's context. */
export function withNlpPackContext(): () => BackgroundContext {
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
  return () => ctx;
}

/** Checks the draft; `spans` are "rule id: matched words". */
export async function checkClaimsDraft(ctx: BackgroundContext, extra: Partial<RequestOf<'check'>> = {}) {
  const request: RequestOf<'check'> = { type: 'check', text: DRAFT, context: { site: 'x', surface: 'post' }, draftKey: 'x:post:claims', ...extra };
  const response = await checkDraft(ctx, request);
  if (!response.ok) throw new Error(response.error.message);
  return { incomplete: response.incomplete ?? false, spans: response.findings.map((f) => `${f.ruleId}: ${DRAFT.slice(f.start, f.end)}`) };
}
