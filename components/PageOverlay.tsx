import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { Finding, Fix } from '@/lib/engine/finding';
import type { GuardActions } from '@/lib/content/guard-controller';
import { uiStore, type ComposerEntry } from '@/lib/content/store';
import { t } from '@/lib/i18n';
import type { TemplateActions } from '@/lib/content/template-actions';
import { Badge } from './Badge';
import { FindingsPanel } from './FindingsPanel';
import { SubmitGuardDialog } from './SubmitGuardDialog';
import { TemplatePicker } from './TemplatePicker';
import { worstSeverity } from './finding-labels';
import { usePageTheme } from './page-theme';
import { useAnchorRect } from './use-anchor-rect';

export interface OverlayActions extends TemplateActions, GuardActions {
  applyFix(composerId: string, finding: Finding, fix: Fix): void;
  dismiss(composerId: string, finding: Finding): void;
  focusFinding(composerId: string, finding: Finding | null): void;
  /** Gives focus back to the composer's editor. */
  returnFocus(composerId: string): void;
}

/** How long a visible notice stays on screen (it stays in the live region for screen readers until replaced). */
const NOTICE_MS = 8_000;

/**
 * Everything PHI Guard draws on a page, in its own shadow root: a badge per composer, the open panel, the
 * template picker and the pre-submit guard's dialog.
 */
export function PageOverlay({ actions }: { actions: OverlayActions }) {
  const composers = useStore(uiStore, (s) => s.composers);
  const openId = useStore(uiStore, (s) => s.openId);
  const notice = useStore(uiStore, (s) => s.notice);
  const picker = useStore(uiStore, (s) => s.picker);
  const typedValues = useStore(uiStore, (s) => s.typedValues);
  const guard = useStore(uiStore, (s) => s.guard);
  const total = Object.values(composers).reduce((n, c) => n + c.findings.length, 0);
  const visibleNotice = useVisibleNotice(notice);
  const theme = usePageTheme();
  return (
    <div className="pg-root" data-theme={theme}>

      {Object.values(composers).map((entry) => (
        <ComposerOverlay key={entry.id} entry={entry} open={entry.id === openId} actions={actions} />
      ))}
      {picker ? (
        <TemplatePicker
          key={picker.composerId}
          state={picker}
          remembered={typedValues}
          onRemember={(values) => uiStore.setState((s) => ({ typedValues: { ...s.typedValues, ...values } }))}
          onInsert={(text, mode) => void actions.insertTemplate(picker.composerId, text, mode)}
          onClose={() => actions.closePicker(picker.composerId)}
        />
      ) : null}
      {guard ? (
        <SubmitGuardDialog
          key={guard.composerId}
          state={guard}
          onShown={actions.guardShown}
          onReview={actions.guardReview}
          onCancel={actions.guardCancel}
          onPostAnyway={actions.guardPostAnyway}
          onRetry={() => void actions.guardRetry()}
        />
      ) : null}
      {visibleNotice ? (
        <div className="pg-toast" data-testid="phi-guard-notice" aria-hidden="true">
          {visibleNotice}
        </div>
      ) : null}
      {/* Screen readers hear the count change without focus moving out of the editor. */}
      <div className="pg-sr-only" role="status" aria-live="polite" data-testid="phi-guard-status">
        {notice ?? (total === 0 ? '' : total === 1 ? t('overlayStatusOne') : t('overlayStatusMany', String(total)))}
      </div>
    </div>
  );
}

/** The notice for sighted users too (a clipboard fallback must be seen), hidden again after a while. */
function useVisibleNotice(notice: string | null): string | null {
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => uiStore.setState((s) => (s.notice === notice ? { notice: null } : {})), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return notice;
}

/** Replies and comments get the template button even before anything is typed: that is when it is needed. */
const ANSWERS = new Set(['reply', 'comment', 'message']);

function ComposerOverlay({ entry, open, actions }: { entry: ComposerEntry; open: boolean; actions: OverlayActions }) {
  const rect = useAnchorRect(entry.anchor);
  const reviewKey = useStore(uiStore, (s) => s.reviewKey);
  const anchor = useRef<HTMLDivElement>(null);
  // A press anywhere else on the page closes the panel, so it never sits over the site's Post button.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (anchor.current && event.composedPath().includes(anchor.current)) return;
      uiStore.setState({ openId: null, reviewKey: null });
      actions.focusFinding(entry.id, null);
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);
  const empty = !entry.text.trim() && !entry.findings.length && !entry.error;
  const answers = ANSWERS.has(entry.surface);
  if (empty && !answers) return null;
  const severity = worstSeverity(entry.findings.map((f) => f.severity));
  const top = Math.max(0, rect.bottom - 30);
  const left = Math.max(0, rect.right - 30);
  const close = () => {
    uiStore.setState({ openId: null, reviewKey: null });
    actions.focusFinding(entry.id, null);
    actions.returnFocus(entry.id);
  };
  return (
    <div
      ref={anchor}
      className="pg-anchor"
      style={{ top, left }}
      data-composer={entry.id}
      // Near the bottom of the viewport the panel opens upwards so it stays on screen.
      data-open-up={rect.bottom > window.innerHeight - 360 ? 'true' : undefined}
    >
      {answers ? (
        <button
          type="button"
          className="pg-template-button"
          data-testid="phi-guard-template-button"
          aria-label={t('overlayTemplateButton')}
          title={t('overlayTemplateButton')}

          onClick={() => actions.openPicker(entry.id)}
        >
          ✎
        </button>
      ) : null}
      {empty ? null : (
        <Badge
          count={entry.findings.length}
          severity={severity}
          error={entry.error}
          expanded={open}
          onToggle={() => (open ? close() : uiStore.setState({ openId: entry.id, reviewKey: null }))}
        />
      )}
      {open ? (
        <FindingsPanel
          text={entry.text}
          findings={entry.findings}
          error={entry.error}
          onApplyFix={(finding, fix) => actions.applyFix(entry.id, finding, fix)}
          onDismiss={(finding) => actions.dismiss(entry.id, finding)}
          onFocusFinding={(finding) => actions.focusFinding(entry.id, finding)}
          onOpenTemplates={() => actions.openPicker(entry.id)}
          reviewKey={reviewKey}
          onClose={close}
        />
      ) : null}
    </div>
  );
}
