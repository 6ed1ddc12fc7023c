import type { Finding } from '../engine/finding';
import { t } from '../i18n';
import type { FindingRef } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import type { ComposerSession } from './composer-session';
import { findingRef } from './finding-ref';
import {
  decideSubmit,
  DEFAULT_GUARD,
  overrideProblem,
  overrideReason,
  type GuardSettings,
  type OverrideChoice,
} from './guard-decision';
import { findingKey, uiStore } from './store';
import { installSubmitGuard } from './submit-guard';

export interface GuardActions {
  /** The dialog is on screen (the guard falls back to the fail mode when it never gets this). */
  guardShown(): void;
  /** Closes the dialog and opens the findings with the first blocking one focused. */
  guardReview(): void;
  /** Closes the dialog and gives focus back to the editor; the post stays held. */
  guardCancel(): void;
  /** Records the override and lets the held post through once; resolves with a problem to show, or null. */
  guardPostAnyway(choice: OverrideChoice): Promise<string | null>;
  /** Checks again after a failed check (fail-closed) and lets the post through if nothing blocks it. */
  guardRetry(): Promise<void>;
}

interface Deps {
  site: string;
  sessions: ReadonlyMap<string, ComposerSession>;
  settings: GuardSettings | null;
  signal: AbortSignal;
}

/** A check still running after this long counts as failed, so a stuck background never traps the user. */
const CHECK_TIMEOUT_MS = 4_000;
/** How long the dialog may take to appear before the guard treats the page UI as broken. */
const UI_TIMEOUT_MS = 1_500;
/** How long after a let-through submit the guard looks for the site having posted (draft cleared or gone). */
const SUBMIT_WATCH_MS = 4_000;

/**
 * The pre-submit guard for one page: decides on every submit attempt (see guard-decision.ts), shows the
 * dialog for a held one, records overrides and submissions in the audit log (finding references only, never
 * the draft), and lets a held post through exactly once when the user chooses to.
 */
export function createGuardController({ site, sessions, settings: initial, signal }: Deps) {
  let settings = initial;
  // The held attempt the open dialog is about.
  let held: { session: ComposerSession; resubmit: () => void } | null = null;
  let shownTimer: ReturnType<typeof setTimeout> | undefined;

  const audit = (session: ComposerSession, kind: 'overridden' | 'submitted', findings: FindingRef[], reason?: string) =>
    void sendToBackground({
      type: 'audit',
      kind,
      findings,
      site,
      surface: session.composer.surface,
      ...(reason ? { reason } : {}),
      ...(kind === 'submitted' ? { draftKey: session.draftKey } : {}),
    }).catch(() => undefined);

  /** A draft went out without a check (fail-open): no findings are known, so none are reported. */
  const auditUnchecked = (session: ComposerSession) =>
    void sendToBackground({
      type: 'audit',
      kind: 'submitted-unchecked',
      site,
      surface: session.composer.surface,
      draftKey: session.draftKey,
    }).catch(() => undefined);

  /**
   * After a submit went through, waits for the site to post (the draft empties or the composer goes away)
   * and records the submission with the findings it went out with, or as unchecked.
   */
  const watchSubmission = (session: ComposerSession, unchecked: boolean) => {
    const text = session.text;
    const refs = session.currentFindings.map((f) => findingRef(text, f));
    if (!text.trim()) return;
    const started = Date.now();
    const poll = () => {
      const element = session.composer.element;
      if (!element.isConnected || !session.text.trim()) return unchecked ? auditUnchecked(session) : audit(session, 'submitted', refs);
      if (Date.now() - started < SUBMIT_WATCH_MS) setTimeout(poll, 200);
    };
    setTimeout(poll, 0);
  };

  const closeDialog = () => {
    clearTimeout(shownTimer);
    held = null;
    uiStore.setState({ guard: null });
  };

  /** What to do when the dialog cannot be shown or the check cannot run: the policy's fail mode. */
  const failSafe = (session: ComposerSession, resubmit: () => void, uiAvailable: boolean) => {
    if ((settings ?? DEFAULT_GUARD).failMode === 'open') {
      closeDialog();
      if (session.checkState() !== 'current') unchecked.add(session);
      resubmit();
      return;
    }
    if (uiAvailable) {
      held = { session, resubmit };
      showDialog(session, 'unavailable', []);
    } else {
      window.alert(t('guardClosedAlert'));
    }
  };

  // Sessions whose next let-through submit is recorded as unchecked (fail-open).
  const unchecked = new Set<ComposerSession>();

  const showDialog = (session: ComposerSession, kind: 'blocked' | 'unavailable', findings: Finding[]) => {
    uiStore.setState({
      openId: null,
      picker: null,
      guard: { composerId: session.id, kind, findings, text: session.text, settings: settings ?? DEFAULT_GUARD },
    });
    clearTimeout(shownTimer);
    const attempt = held;
    // The dialog did not appear (the page UI failed): never trap the user, follow the fail mode instead.
    shownTimer = setTimeout(() => {
      if (attempt && held === attempt) {
        uiStore.setState({ guard: null });
        held = null;
        failSafe(attempt.session, attempt.resubmit, false);
      }
    }, UI_TIMEOUT_MS);
  };

  /** Brings the check up to date (one more try after a failure: the background may have restarted). */
  const checkWithin = async (session: ComposerSession) => {
    for (let attempt = 0; attempt < 2 && session.checkState() !== 'current'; attempt++) {
      await Promise.race([session.checkNow({ complete: true }), new Promise((done) => setTimeout(done, CHECK_TIMEOUT_MS))]);
    }
    const state = session.checkState();
    return state === 'pending' ? 'failed' : state;
  };

  const resolveHeld = async (session: ComposerSession, resubmit: () => void) => {
    if (held) return;
    held = { session, resubmit };
    const check = await checkWithin(session);
    const verdict = decideSubmit({ settings, findings: session.currentFindings, check, uiAvailable: true });
    switch (verdict.action) {
      case 'allow':
        held = null;
        resubmit();
        return;
      case 'hold':
        showDialog(session, 'blocked', verdict.blocking);
        return;
      case 'wait':
      case 'fail-open':
      case 'fail-closed':
        held = null;
        failSafe(session, resubmit, true);
        return;
    }
  };

  installSubmitGuard(
    {
      sessions: () => sessions.values(),
      shouldHold(session) {
        if (held || uiStore.getState().guard) return true;
        const verdict = decideSubmit({
          settings,
          findings: session.currentFindings,
          check: session.checkState(),
          uiAvailable: true,
        });
        return verdict.action !== 'allow';
      },
      onHeld: (session, resubmit) => void resolveHeld(session, resubmit),
      onPassed(session) {
        const wasUnchecked = unchecked.delete(session);
        watchSubmission(session, wasUnchecked);
      },
    },
    signal,
  );

  const actions: GuardActions = {
    guardShown() {
      clearTimeout(shownTimer);
    },
    guardReview() {
      const state = uiStore.getState().guard;
      closeDialog();
      if (!state) return;
      const first = state.findings[0];
      uiStore.setState({ openId: state.composerId, reviewKey: first ? findingKey(first) : null });
    },
    guardCancel() {
      const state = uiStore.getState().guard;
      closeDialog();
      if (state) sessions.get(state.composerId)?.composer.element.focus({ preventScroll: true });
    },
    async guardPostAnyway(choice) {
      const attempt = held;
      const state = uiStore.getState().guard;
      if (!attempt || !state) return null;
      const problem = overrideProblem(state.settings, choice);
      if (problem) return problem;
      const free = choice.freeText.trim();
      if (free) {
        // The free text goes to the audit log: never if it names or numbers anyone.
        let containsPhi: boolean;
        try {
          // A screening: its findings are not the draft's, so the background logs none of them as shown.
          const screened = await sendToBackground({
            type: 'check',
            text: free,
            context: {},
            draftKey: `${attempt.session.draftKey}-reason`,
            screening: true,
          });
          containsPhi = screened.findings.some((f) => f.category === 'phi');
        } catch {
          return t('guardReasonUncheckable');
        }
        if (containsPhi) {
          return t('guardReasonHasPhi');
        }
      }
      const text = attempt.session.text;
      audit(attempt.session, 'overridden', state.findings.map((f) => findingRef(text, f)), overrideReason(choice));
      closeDialog();
      attempt.resubmit();
      return null;
    },
    async guardRetry() {
      const attempt = held;
      if (!attempt) return;
      closeDialog();
      await attempt.session.checkNow({ complete: true });
      void resolveHeld(attempt.session, attempt.resubmit);
    },
  };

  return {
    actions,
    updateSettings(next: GuardSettings) {
      settings = next;
    },
  };
}
