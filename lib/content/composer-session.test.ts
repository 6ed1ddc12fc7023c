// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../engine/finding';
import type { Composer } from '../sites/adapter';
import { CHECK_DEBOUNCE_MS, ComposerSession, INCOMPLETE_RECHECK_MS, type DraftCheck, type SessionDeps } from './composer-session';
import { HighlightLayer } from './highlights';

const DRAFT = 'Honey never cured cancer, call 617-555-0134';
const phone: Finding = {
  start: 31, end: 43, ruleId: 'phi.phone', category: 'phi', type: 'phone', severity: 'block',
  message: 'Phone number', explanation: '45 CFR 164.514(b)(2)(i)(D)', fixes: [],
};
const claim: Finding = { ...phone, start: 12, end: 24, ruleId: 'org.cure-claims', category: 'policy', type: 'misinformation', severity: 'warn' };

function textareaComposer(): Composer {
  const element = document.createElement('textarea');
  document.body.append(element);
  element.value = DRAFT;
  return { element, editor: 'textarea', surface: 'post', replyTo: () => undefined, replyAuthor: () => undefined, submitButton: () => null, submitsOnEnter: false };
}

let controller: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  document.body.replaceChildren();
});

function session(answers: DraftCheck[]) {
  const checkDraft = vi.fn<SessionDeps['checkDraft']>(async () => answers.shift() ?? { findings: [], incomplete: false });
  const deps: SessionDeps = { site: 'x', wake: () => undefined, checkDraft, highlights: new HighlightLayer(document), publish: () => undefined };
  return { checkDraft, session: new ComposerSession(textareaComposer(), deps, controller.signal) };
}

describe('ComposerSession after an incomplete answer (a woken worker still loading a pack engine)', () => {
  it('shows the findings it has, counts the draft as not checked yet, and checks again shortly', async () => {
    const { checkDraft, session: s } = session([
      { findings: [phone], incomplete: true },
      { findings: [claim, phone], incomplete: false },
    ]);
    s.schedule();
    await vi.advanceTimersByTimeAsync(CHECK_DEBOUNCE_MS);
    expect(s.currentFindings.map((f) => f.ruleId)).toEqual(['phi.phone']);
    expect(s.checkState()).toBe('pending');
    await vi.advanceTimersByTimeAsync(INCOMPLETE_RECHECK_MS);
    expect(checkDraft).toHaveBeenCalledTimes(2);
    expect(s.currentFindings.map((f) => f.ruleId)).toEqual(['org.cure-claims', 'phi.phone']);
    expect(s.checkState()).toBe('current');
    await vi.advanceTimersByTimeAsync(INCOMPLETE_RECHECK_MS * 3);
    expect(checkDraft).toHaveBeenCalledTimes(2);
  });

  it('asks for a complete answer when told to (the pre-submit guard), and then has nothing left to check', async () => {
    const { checkDraft, session: s } = session([{ findings: [claim, phone], incomplete: false }]);
    await s.checkNow({ complete: true });
    expect(checkDraft).toHaveBeenCalledWith(DRAFT, expect.objectContaining({ site: 'x' }), s.draftKey, { complete: true });
    expect(s.checkState()).toBe('current');
  });
});
