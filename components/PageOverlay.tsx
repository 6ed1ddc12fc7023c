import { useStore } from 'zustand';
import type { Finding, Fix } from '@/lib/engine/finding';
import { uiStore, type ComposerEntry } from '@/lib/content/store';
import { Badge } from './Badge';
import { FindingsPanel } from './FindingsPanel';
import { worstSeverity } from './finding-labels';
import { useAnchorRect } from './use-anchor-rect';

export interface OverlayActions {
  applyFix(composerId: string, finding: Finding, fix: Fix): void;
  dismiss(composerId: string, finding: Finding): void;
  focusFinding(composerId: string, finding: Finding | null): void;
  /** Gives focus back to the composer's editor. */
  returnFocus(composerId: string): void;
}

/** Everything PHI Guard draws on a page, in its own shadow root: a badge per composer and the open panel. */
export function PageOverlay({ actions }: { actions: OverlayActions }) {
  const composers = useStore(uiStore, (s) => s.composers);
  const openId = useStore(uiStore, (s) => s.openId);
  const notice = useStore(uiStore, (s) => s.notice);
  const total = Object.values(composers).reduce((n, c) => n + c.findings.length, 0);
  return (
    <div className="pg-root">
      {Object.values(composers).map((entry) => (
        <ComposerOverlay key={entry.id} entry={entry} open={entry.id === openId} actions={actions} />
      ))}
      {/* Screen readers hear the count change without focus moving out of the editor. */}
      <div className="pg-sr-only" role="status" aria-live="polite" data-testid="phi-guard-status">
        {notice ?? (total ? `PHI Guard: ${total} ${total === 1 ? 'problem' : 'problems'} in your draft` : '')}
      </div>
    </div>
  );
}

function ComposerOverlay({ entry, open, actions }: { entry: ComposerEntry; open: boolean; actions: OverlayActions }) {
  const rect = useAnchorRect(entry.anchor);
  if (!entry.text.trim() && !entry.findings.length && !entry.error) return null;
  const severity = worstSeverity(entry.findings.map((f) => f.severity));
  const top = Math.max(0, rect.bottom - 30);
  const left = Math.max(0, rect.right - 30);
  const close = () => {
    uiStore.setState({ openId: null });
    actions.focusFinding(entry.id, null);
    actions.returnFocus(entry.id);
  };
  return (
    <div
      className="pg-anchor"
      style={{ top, left }}
      data-composer={entry.id}
      // Near the bottom of the viewport the panel opens upwards so it stays on screen.
      data-open-up={rect.bottom > window.innerHeight - 360 ? 'true' : undefined}
    >
      <Badge
        count={entry.findings.length}
        severity={severity}
        error={entry.error}
        expanded={open}
        onToggle={() => (open ? close() : uiStore.setState({ openId: entry.id }))}
      />
      {open ? (
        <FindingsPanel
          text={entry.text}
          findings={entry.findings}
          error={entry.error}
          onApplyFix={(finding, fix) => actions.applyFix(entry.id, finding, fix)}
          onDismiss={(finding) => actions.dismiss(entry.id, finding)}
          onFocusFinding={(finding) => actions.focusFinding(entry.id, finding)}
          onClose={close}
        />
      ) : null}
    </div>
  );
}
