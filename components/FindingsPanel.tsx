import { useEffect, useRef } from 'react';
import type { Finding, Fix } from '@/lib/engine/finding';
import { FindingCard } from './FindingCard';

interface FindingsPanelProps {
  text: string;
  findings: readonly Finding[];
  error?: string;
  onApplyFix(finding: Finding, fix: Fix): void;
  onDismiss(finding: Finding): void;
  onFocusFinding(finding: Finding | null): void;
  onClose(): void;
}

/**
 * The list of cards for one composer. Opens with focus on the first card's first action, closes on Escape
 * and gives focus back to the editor (the caller does that in onClose).
 */
export function FindingsPanel({ text, findings, error, onApplyFix, onDismiss, onFocusFinding, onClose }: FindingsPanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('button')?.focus();
  }, []);
  return (
    <div
      ref={ref}
      className="pg-panel"
      role="dialog"
      aria-label="PHI Guard findings"
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
        <strong>PHI Guard</strong>
        <button type="button" className="pg-close" aria-label="Close findings" onClick={onClose}>
          ×
        </button>
      </div>
      {error ? <p className="pg-error">This draft could not be checked: {error}</p> : null}
      {findings.length === 0 && !error ? <p className="pg-empty">No problems found in this draft.</p> : null}
      <ul className="pg-cards">
        {findings.map((f) => (
          <FindingCard
            key={`${f.ruleId}:${f.start}:${f.end}`}
            finding={f}
            words={text.slice(f.start, f.end)}
            onApplyFix={(fix) => onApplyFix(f, fix)}
            onDismiss={() => onDismiss(f)}
            onFocus={() => onFocusFinding(f)}
          />
        ))}
      </ul>
    </div>
  );
}
