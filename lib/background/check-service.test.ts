import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installEnglishMessages } from '@/tests/unit/english-messages';
import { setSiteEnabled, saveSettings } from '../db';
import { checkWithReport } from '../engine/check';
import type { Finding } from '../engine/finding';
import type { CheckResponse, ErrorResponse, RequestOf } from '../messaging/protocol';
import { recordAuditEvent, dismissInDraft } from './audit-service';
import { checkDraft } from './check-service';
import type { BackgroundContext } from './context';
import { installedContext, restartedContext } from './test-setup';

vi.mock('../engine/check', async (importOriginal) => {
  const real = await importOriginal<typeof import('../engine/check')>();
  return { ...real, checkWithReport: vi.fn(real.checkWithReport) };
});

const DRAFT = 'Maria Alvarez in bed 12 asked us to call her at (617) 555-0134, SSN 123-45-6789.';
const SECRETS = ['Maria', 'Alvarez', '555-0134', '(617)', '123-45-6789', 'bed 12'];

const contexts: BackgroundContext[] = [];
async function setUp() {
  const ctx = await installedContext();
  contexts.push(ctx);
  return ctx;
}
beforeEach(installEnglishMessages);

afterEach(() => {
  for (const ctx of contexts.splice(0)) {
    ctx.state.dispose();
    ctx.db.close();
  }
  vi.restoreAllMocks();
});

function checkRequest(text: string, draftKey = 'x:post:1', extra: Partial<RequestOf<'check'>['context']> = {}): RequestOf<'check'> {
  return { type: 'check', text, context: { site: 'x', surface: 'post', ...extra }, draftKey };
}

async function findingsOf(ctx: BackgroundContext, request: RequestOf<'check'>) {
  const response = await checkDraft(ctx, request);
  await ctx.deferred.settled();
  if (!response.ok) throw new Error(response.error.message);
  return response;
}

const spans = (r: CheckResponse) => r.findings.map((f) => `${f.ruleId}:${DRAFT.slice(f.start, f.end)}`);
/** The finding over `words` (whichever rule won the merge: the organisation's or the baseline's). */
const findingOver = (r: CheckResponse, words: string, text = DRAFT) => {
  const found = r.findings.find((f) => text.slice(f.start, f.end) === words);
  if (!found) throw new Error(`no finding over "${words}"`);
  return found;
};

describe('checkDraft', () => {
  it('finds the identifiers with the active packs', async () => {
    const ctx = await setUp();
    const response = await findingsOf(ctx, checkRequest(DRAFT));
    expect(response.enabled).toBe(true);
    expect(response.policyKey).toContain('org.example.social@1');
    const found = response.findings.map((f) => DRAFT.slice(f.start, f.end));
    expect(found).toEqual(expect.arrayContaining(['Maria Alvarez', 'bed 12', '(617) 555-0134']));
  });

  it('flags a phone number and an SSN with the built-in baseline alone', async () => {
    const ctx = await installedContext({ withOrgPack: false });
    contexts.push(ctx);
    const text = 'Please call (617) 555-0134 today. SSN 123-45-6789.';
    const response = await findingsOf(ctx, checkRequest(text));
    expect(response.policyKey).toMatch(/^phi-guard\.baseline@/);
    expect(findingOver(response, '(617) 555-0134', text).type).toBe('phone');
    expect(findingOver(response, '123-45-6789', text).type).toBe('ssn');
  });

  it('never writes the draft or the matched words to the audit log, draft state or console', async () => {
    const ctx = await setUp();
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const response = await findingsOf(ctx, checkRequest(DRAFT));
    const name = findingOver(response, 'Maria Alvarez');
    const phone = findingOver(response, '(617) 555-0134');
    const ref = (f: Finding) => ({ ...f, value: DRAFT.slice(f.start, f.end) });
    await dismissInDraft(ctx, { type: 'dismiss', draftKey: 'x:post:1', finding: ref(name), reason: 'Maria Alvarez is my aunt' });
    await recordAuditEvent(ctx, { type: 'audit', kind: 'overridden', findings: [ref(phone)], reason: DRAFT });
    await recordAuditEvent(ctx, { type: 'audit', kind: 'submitted', findings: [ref(phone)], draftKey: 'x:post:1' });

    const audit = await ctx.db.audit.toArray();
    expect(new Set(audit.map((row) => row.kind))).toEqual(new Set(['shown', 'dismissed', 'overridden', 'submitted']));
    const stored = JSON.stringify([audit, await ctx.db.dismissals.toArray(), await ctx.db.shownFindings.toArray()]);
    const printed = JSON.stringify([log.mock.calls, warn.mock.calls, error.mock.calls]);
    for (const secret of SECRETS) {
      expect(stored).not.toContain(secret);
      expect(printed).not.toContain(secret);
    }
    expect(audit.every((row) => /^[0-9a-f]{64}$/.test(row.valueHash ?? ''))).toBe(true);
  });

  it('logs each finding as shown once per draft, however often the draft is re-checked', async () => {
    const ctx = await setUp();
    const first = await findingsOf(ctx, checkRequest(DRAFT));
    await findingsOf(ctx, checkRequest(DRAFT));
    await findingsOf(ctx, checkRequest(`${DRAFT} More text.`));
    expect(await ctx.db.audit.where('kind').equals('shown').count()).toBe(first.findings.length);
    await findingsOf(ctx, checkRequest(DRAFT, 'x:post:2'));
    expect(await ctx.db.audit.where('kind').equals('shown').count()).toBe(2 * first.findings.length);
  });

  it('screens an override reason for PHI without logging its findings as shown', async () => {
    const ctx = await setUp();
    const reason = 'Maria Alvarez said it was fine, call (617) 555-0134';
    const screened = await findingsOf(ctx, { ...checkRequest(reason, 'x:post:1-reason'), screening: true });
    expect(screened.findings.map((f) => f.category)).toContain('phi');
    expect(await ctx.db.audit.count()).toBe(0);
    expect(await ctx.db.shownFindings.count()).toBe(0);
    // The same text as a draft is logged: only the screening flag keeps it out.
    await findingsOf(ctx, checkRequest(reason, 'x:post:1-reason'));
    expect(await ctx.db.audit.where('kind').equals('shown').count()).toBe(screened.findings.length);
  });

  it('returns the same findings after a worker restart, without logging them again', async () => {
    const ctx = await setUp();
    const before = await findingsOf(ctx, checkRequest(DRAFT));
    const shownBefore = await ctx.db.audit.count();
    ctx.state.dispose();
    ctx.db.close();

    const restarted = restartedContext(ctx.factory);
    contexts.push(restarted);
    const after = await findingsOf(restarted, checkRequest(DRAFT));
    expect(after.findings).toEqual(before.findings);
    expect(after.policyKey).toBe(before.policyKey);
    expect(await restarted.db.audit.count()).toBe(shownBefore);
  });

  it('hides exactly the dismissed finding in that draft, and only until the draft is submitted', async () => {
    const ctx = await setUp();
    const before = await findingsOf(ctx, checkRequest(DRAFT));
    const bed = findingOver(before, 'bed 12');
    await dismissInDraft(ctx, {
      type: 'dismiss',
      draftKey: 'x:post:1',
      finding: { ...bed, value: DRAFT.slice(bed.start, bed.end) },
    });

    const after = await findingsOf(ctx, checkRequest(DRAFT));
    expect(spans(after)).toEqual(spans(before).filter((s) => s !== `${bed.ruleId}:bed 12`));
    // A different bed number is a different finding; another draft is unaffected.
    const otherDraft = DRAFT.replace('bed 12', 'bed 14');
    findingOver(await findingsOf(ctx, checkRequest(otherDraft)), 'bed 14', otherDraft);
    expect(spans(await findingsOf(ctx, checkRequest(DRAFT, 'x:post:2')))).toEqual(spans(before));

    await recordAuditEvent(ctx, { type: 'audit', kind: 'submitted', findings: [], draftKey: 'x:post:1' });
    expect(spans(await findingsOf(ctx, checkRequest(DRAFT)))).toEqual(spans(before));
  });

  it('lets a dismissal expire', async () => {
    let now = 1_800_000_000_000;
    const ctx = await installedContext({ now: () => now });
    contexts.push(ctx);
    const before = await findingsOf(ctx, checkRequest(DRAFT));
    const name = findingOver(before, 'Maria Alvarez');
    await dismissInDraft(ctx, { type: 'dismiss', draftKey: 'x:post:1', finding: { ...name, value: 'Maria Alvarez' } });
    expect((await findingsOf(ctx, checkRequest(DRAFT))).findings).toHaveLength(before.findings.length - 1);
    now += 25 * 60 * 60 * 1000;
    expect((await findingsOf(ctx, checkRequest(DRAFT))).findings).toHaveLength(before.findings.length);
  });

  it('checks nothing on a site the user switched off, and picks the change up at once', async () => {
    const ctx = await setUp();
    await findingsOf(ctx, checkRequest(DRAFT));
    await setSiteEnabled(ctx.db, 'x', false);
    const off = await findingsOf(ctx, checkRequest(DRAFT));
    expect(off).toMatchObject({ enabled: false, findings: [] });
    expect((await findingsOf(ctx, checkRequest(DRAFT, 'fb:1', { site: 'facebook' }))).enabled).toBe(true);
  });

  it('suggests the templates for the situation of the comment being replied to', async () => {
    const ctx = await setUp();
    await saveSettings(ctx.db, { variables: { orgPhone: '(555) 010-9999' } });
    const response = await findingsOf(
      ctx,
      checkRequest('Thanks for reaching out.', 'x:reply:1', { surface: 'reply', replyTo: 'Where are my test results?' }),
    );
    expect(response.situations).toContain('phi-inquiry');
    expect(response.suggestedTemplates?.map((t) => t.id)).toContain('org.secure-channel');
    expect(response.variables?.orgPhone).toBe('(555) 010-9999');
  });

  it('answers an engine failure with an error that does not quote the draft', async () => {
    const ctx = await setUp();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.mocked(checkWithReport).mockImplementationOnce((text) => {
      throw new Error(`cannot handle ${text}`);
    });
    const response = (await checkDraft(ctx, checkRequest(DRAFT))) as ErrorResponse;
    expect(response).toMatchObject({ ok: false, error: { code: 'check-failed' } });
    const everything = JSON.stringify([response, warn.mock.calls]);
    for (const secret of SECRETS) expect(everything).not.toContain(secret);
  });
});

describe('recordAuditEvent', () => {
  it('keeps a reason from the policy and records any other reason as "other"', async () => {
    const ctx = await setUp();
    const finding = {
      ruleId: 'org.test.patient-name', type: 'name', severity: 'block', category: 'phi', value: 'Maria Alvarez',
    } as const;
    const policyReason = 'The person gave written consent (authorization on file)';
    await recordAuditEvent(ctx, { type: 'audit', kind: 'overridden', findings: [finding], reason: policyReason, site: 'x' });
    await recordAuditEvent(ctx, { type: 'audit', kind: 'overridden', findings: [finding], reason: 'she said ok' });
    await recordAuditEvent(ctx, { type: 'audit', kind: 'fixed', findings: [finding], reason: policyReason });
    const rows = await ctx.db.audit.toArray();
    expect(rows.map((r) => [r.kind, r.reason])).toEqual([
      ['overridden', policyReason],
      ['overridden', 'other'],
      ['fixed', undefined],
    ]);
    expect(rows[0]).toMatchObject({ ruleId: 'org.test.patient-name', type: 'name', site: 'x', time: 1_800_000_000_000 });
  });
});
