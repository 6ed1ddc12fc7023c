import { t } from '../i18n';
import { sendToBackground } from '../messaging/send';
import { adapterFor } from '../sites';
import { watchAttachedPhotos } from './attached-photos';
import { copyToClipboard } from './clipboard';
import { ComposerSession } from './composer-session';
import { onComposerShortcut } from './composer-shortcut';
import { findingRef } from './finding-ref';
import { HighlightLayer } from './highlights';
import { findingKey, removeComposer, uiStore, upsertComposer } from './store';
import { watchComposers } from './watch-composers';
import { createGuardController } from './guard-controller';
import { createTemplateActions } from './template-actions';
import type { OverlayActions } from '@/components/PageOverlay';

/**
 * The content script's work on one page: find the site's composers, keep each one checked through the
 * background, hold the site's submit while blocking findings are open, and carry out what the user chooses
 * on a card, in the template picker or in the guard's dialog. Returns null when checking is off for this site.
 */
export async function startComposerChecks(signal: AbortSignal): Promise<{ actions: OverlayActions } | null> {
  const adapter = adapterFor(location.hostname);
  const status = await sendToBackground({ type: 'getStatus', site: adapter.id });
  if (!status.siteEnabled) return null;

  const highlights = new HighlightLayer(document);
  signal.addEventListener('abort', () => highlights.dispose());
  const sessions = new Map<string, ComposerSession>();
  const guard = createGuardController({ site: adapter.id, sessions, settings: status.guard, signal });

  const watcher = watchComposers(
    adapter,
    (composer, composerSignal) => {
      const session = new ComposerSession(
        composer,
        {
          site: adapter.id,
          highlights,
          // The same message keeps the guard's settings current when the policy changes.
          wake: () =>
            void sendToBackground({ type: 'getStatus', site: adapter.id }).then(
              (s) => guard.updateSettings(s.guard),
              () => undefined,
            ),
          async checkDraft(text, context, draftKey, { complete }) {
            const response = await sendToBackground({ type: 'check', text, context, draftKey, ...(complete ? { complete } : {}) });
            return { findings: response.enabled ? response.findings : [], incomplete: response.incomplete === true };
          },
          publish: (snapshot) => upsertComposer({ ...snapshot, anchor: composer.element }),
        },
        composerSignal,
      );
      sessions.set(session.id, session);
      composerSignal.addEventListener('abort', () => {
        sessions.delete(session.id);
        removeComposer(session.id);
      });
    },
    signal,
  );
  // Photos attached to a composer are read here, in the tab, for location and camera serials.
  watchAttachedPhotos(adapter.id, sessions, signal);
  // SPA navigation can turn the same composer into a reply box: describe everything afresh.
  window.addEventListener(
    'wxt:locationchange',
    () => {
      watcher.detachAll();
      watcher.rescan();
    },
    { signal },
  );

  // Alt+Shift+F in a composer opens its findings (Escape goes back to the editor): the badge without reaching
  // for the mouse. No browser, X, Facebook or LinkedIn shortcut uses it. The first card is named as the one to
  // review, so focus lands on it rather than on the panel's close button.
  onComposerShortcut(
    'KeyF',
    sessions,
    (session) => {
      const first = session.currentFindings[0];
      uiStore.setState({ openId: session.id, reviewKey: first ? findingKey(first) : null, picker: null });
    },
    signal,
  );

  const templates = createTemplateActions({ site: adapter.id, sessions, signal });

  const actions: OverlayActions = {
    async applyFix(id, finding, fix) {
      const session = sessions.get(id);
      if (!session) return;
      const value = findingRef(session.text, finding);
      const outcome = await session.applyFix(finding, fix.replacement);
      if (outcome.ok) {
        uiStore.setState({ notice: t('noticeFixApplied') });
        void sendToBackground({
          type: 'audit',
          kind: 'fixed',
          findings: [value],
          site: adapter.id,
          surface: session.composer.surface,
        }).catch(() => undefined);
        return;
      }
      // Never leave a half-edited draft: the editor is unchanged, and the fix goes to the clipboard.
      const copied = await copyToClipboard(fix.replacement);
      uiStore.setState({
        notice: copied ? t('noticeFixOnClipboard') : t('noticeFixByHand'),
      });
    },
    dismiss(id, finding) {
      const session = sessions.get(id);
      if (!session) return;
      const value = findingRef(session.text, finding);
      session.dismiss(finding);
      void sendToBackground({
        type: 'dismiss',
        draftKey: session.draftKey,
        finding: value,
        site: adapter.id,
        surface: session.composer.surface,
      }).catch(() => undefined);
    },
    focusFinding(id, finding) {
      const session = sessions.get(id);
      highlights.focus(session && finding ? session.rangeOf(finding) : null);
    },
    returnFocus(id) {
      sessions.get(id)?.composer.element.focus({ preventScroll: true });
    },
    ...templates,
    ...guard.actions,
  };
  return { actions };
}
