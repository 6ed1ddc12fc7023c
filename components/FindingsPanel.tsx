import { useEffect, useRef } from 'react';
import type { Finding, Fix } from '@/lib/engine/finding';
import { findingKey } from '@/lib/content/store';
import { t } from '@/lib/i18n';
import { FindingCard } from './FindingCard';

interface FindingsPanelProps {
  text: string;
  findings: readonly Finding[];
  error?: string;
  onApplyFix(finding: Finding, fix: Fix): void;
  onDismiss(finding: Finding): void;
  onFocusFinding(finding: Finding | null): void;
  onOpenTemplates(): void;
  /** The card to focus on opening (the guard's "Review"); otherwise the first card's first action. */
  reviewKey?: string | null;
  onClose(): void;
}

/**
 * The list of cards for one composer. Opens with focus on the first card's first action, closes on Escape
 * and gives focus back to the editor (the caller does that in onClose).
 */
export function FindingsPanel({
  text,
  findings,
  error,
  onApplyFix,
  onDismiss,
  onFocusFinding,
  onOpenTemplates,
  reviewKey,
  onClose,
}: FindingsPanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const reviewed = reviewKey ? findings.find((f) => findingKey(f) === reviewKey) : undefined;
    const card = reviewed ? ref.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(reviewKey!)}"]`) : null;
    // The first card's first action, not the close button that precedes the cards in document order.
    const first = ref.current?.querySelector<HTMLElement>('.pg-cards button') ?? ref.current?.querySelector<HTMLElement>('button');
    (card?.querySelector<HTMLElement>('button') ?? first)?.focus();
    if (reviewed) onFocusFinding(reviewed);
  }, []);
  return (
    <div
      ref={ref}
      className="pg-panel"
      role="dialog"
      aria-label={t('panelLabel')}
      data-testid="phi-guard-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
      onMouseLeave={() => onFocusFinding(null)}
    >
      <div className="pg-panel-head">
        <strong>{t('extName')}</strong>
        <button type="button" className="pg-close" aria-label={t('panelClose')} onClick={onClose}>
          ×
        </button>
      </div>
      {error ? <p className="pg-error">{t('panelError', error)}</p> : null}
      {findings.length === 0 && !error ? <p className="pg-empty">{t('panelEmpty')}</p> : null}
      <ul className="pg-cards">
        {findings.map((f) => (
          <FindingCard
            key={findingKey(f)}
            cardKey={findingKey(f)}
            finding={f}
            words={text.slice(f.start, f.end)}
            onApplyFix={(fix) => onApplyFix(f, fix)}
            onDismiss={() => onDismiss(f)}
            onFocus={() => onFocusFinding(f)}
            onOpenTemplates={onOpenTemplates}
          />
        ))}
      </ul>
      <div className="pg-panel-foot">
        <button type="button" className="pg-button" data-testid="phi-guard-panel-templates" onClick={onOpenTemplates}>
          {t('panelTemplates')}

        </button>
      </div>
    </div>
  );
}
