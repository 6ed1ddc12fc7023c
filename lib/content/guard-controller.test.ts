// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../engine/finding';
import type { ComposerSession } from './composer-session';
import type { CheckState, GuardSettings } from './guard-decision';
import { installEnglishMessages } from '@/tests/unit/english-messages';

const send = vi.hoisted(() => vi.fn());
vi.mock('../messaging/send', () => ({ sendToBackground: send }));

const { createGuardController } = await import('./guard-controller');
const { uiStore } = await import('./store');

const PHONE: Finding = { ruleId: 'phi.phone', category: 'phi', type: 'phone', severity: 'block', start: 5, end: 17, message: 'Telephone number' };
const settings = (over: Partial<GuardSettings> = {}): GuardSettings => ({
  blockOnSubmit: true,
  overrideReasonRequired: true,
  overrideReasons: ['Consent on file'],
  failMode: 'open',
  ...over,
});

let controller: AbortController;
let posted: string[];

/** A stand-in for one composer's session: a draft, its findings and check state, and the site's button. */
function fakeSession(state: { check: CheckState; findings: Finding[] }) {
  const element = document.createElement('div');
  const button = document.createElement('button');
  document.body.append(element, button);
  const session = {
    id: 'composer-1',
    draftKey: 'draft-1',
    text: 'Call 617-555-0134 today',
    get currentFindings() {
      return state.findings;
    },
    checkState: () => state.check,
    checkNow: vi.fn(async () => undefined),
    composer: {
      element,
      editor: 'contenteditable',
      surface: 'post',
      replyTo: () => undefined,
      replyAuthor: () => undefined,
      submitButton: () => button,
      submitsOnEnter: false,
    },
  };
  // The site posts on click and clears the draft.
  button.addEventListener('click', () => {
    posted.push(session.text);
    session.text = '';
  });
  return { session: session as unknown as ComposerSession, button };
}

function start(session: ComposerSession, guard: GuardSettings) {
  return createGuardController({ site: 'x', sessions: new Map([[session.id, session]]), settings: guard, signal: controller.signal });
}

const audits = () => send.mock.calls.map(([m]) => m).filter((m) => m.type === 'audit');

beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
  posted = [];
  send.mockReset();
  send.mockResolvedValue({ ok: true, written: 1 });
  uiStore.setState({ guard: null, picker: null, openId: null });
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

beforeAll(installEnglishMessages);

describe('the guard controller', () => {
  it('holds a blocked draft and shows the dialog with what blocks it', async () => {
    const { session, button } = fakeSession({ check: 'current', findings: [PHONE] });
    start(session, settings());
    button.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(posted).toEqual([]);
    expect(uiStore.getState().guard).toMatchObject({ kind: 'blocked', findings: [PHONE] });
  });

  it('never traps the user when the dialog does not appear: fail open posts, fail closed says why', async () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    const open = fakeSession({ check: 'current', findings: [PHONE] });
    start(open.session, settings({ failMode: 'open' }));
    open.button.click();
    // Nobody calls guardShown: the page UI failed.
    await vi.advanceTimersByTimeAsync(2_000);
    expect(posted).toEqual(['Call 617-555-0134 today']);
    expect(audits()).toEqual([expect.objectContaining({ kind: 'submitted', findings: [expect.objectContaining({ ruleId: 'phi.phone' })] })]);

    controller.abort();
    controller = new AbortController();
    posted = [];
    const closed = fakeSession({ check: 'current', findings: [PHONE] });
    start(closed.session, settings({ failMode: 'closed' }));
    closed.button.click();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(posted).toEqual([]);
    expect(alert).toHaveBeenCalledWith(expect.stringMatching(/could not check/));
  });

  it('posts a draft it could not check when the policy fails open, and records it as unchecked', async () => {
    const { session, button } = fakeSession({ check: 'failed', findings: [] });
    start(session, settings({ failMode: 'open' }));
    button.click();
    await vi.advanceTimersByTimeAsync(500);
    expect(session.checkNow).toHaveBeenCalled();
    expect(posted).toEqual(['Call 617-555-0134 today']);
    // One event of its own, with no made-up finding.
    expect(audits()).toEqual([{ type: 'audit', kind: 'submitted-unchecked', site: 'x', surface: 'post', draftKey: 'draft-1' }]);
  });

  it('holds a draft it could not check when the policy fails closed, and posts once a retry succeeds', async () => {
    const state = { check: 'failed' as CheckState, findings: [] as Finding[] };
    const { session, button } = fakeSession(state);
    const guard = start(session, settings({ failMode: 'closed' }));
    button.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(posted).toEqual([]);
    expect(uiStore.getState().guard?.kind).toBe('unavailable');
    guard.actions.guardShown();

    state.check = 'current';
    await guard.actions.guardRetry();
    await vi.advanceTimersByTimeAsync(0);
    expect(posted).toEqual(['Call 617-555-0134 today']);
    expect(uiStore.getState().guard).toBeNull();
  });

  it('refuses a free-text reason with PHI, sending it nowhere but the check, and posts once with a clean one', async () => {
    const { session, button } = fakeSession({ check: 'current', findings: [PHONE] });
    const guard = start(session, settings());
    button.click();
    await vi.advanceTimersByTimeAsync(0);
    guard.actions.guardShown();

    send.mockImplementation(async (m: { type: string; text?: string }) =>
      m.type === 'check'
        ? { ok: true, enabled: true, findings: m.text?.includes('Okonkwo') ? [{ ...PHONE, type: 'name', ruleId: 'phi.name' }] : [], policyKey: 'k', failedRules: [] }
        : { ok: true, written: 1 },
    );
    const refused = await guard.actions.guardPostAnyway({ reason: 'other', freeText: 'Mrs. Okonkwo agreed' });
    expect(refused).toMatch(/personal information/);
    expect(posted).toEqual([]);
    expect(audits()).toEqual([]);
    // Screened, not checked as a draft: the background logs nothing about the reason.
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'check', text: 'Mrs. Okonkwo agreed', screening: true }));

    expect(await guard.actions.guardPostAnyway({ reason: 'other', freeText: 'Approved by legal' })).toBeNull();
    await vi.advanceTimersByTimeAsync(500);
    expect(posted).toEqual(['Call 617-555-0134 today']);
    expect(audits().map((a) => [a.kind, a.reason])).toEqual([
      ['overridden', 'Approved by legal'],
      ['submitted', undefined],
    ]);
  });
});
