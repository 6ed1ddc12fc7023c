import type { Finding, Fix } from '@/lib/engine/finding';
import { t } from '@/lib/i18n';
import { SEVERITY_LABELS, typeLabel } from './finding-labels';

interface FindingCardProps {
  finding: Finding;
  /** Identifies the card in the panel (the guard's "Review" focuses it). */
  cardKey: string;
  /** The flagged words, quoted on the card so the user sees what is meant. */
  words: string;
  onApplyFix(fix: Fix): void;
  onDismiss(): void;
  onFocus(): void;
  /** Opens the template picker; offered when the rule names approved replies for this problem. */
  onOpenTemplates(): void;
}

/** One finding: what and why, the rule or HIPAA clause behind it, and what to do about it. */
export function FindingCard({ finding, cardKey, words, onApplyFix, onDismiss, onFocus, onOpenTemplates }: FindingCardProps) {
  const titleId = `pg-card-${finding.ruleId}-${finding.start}`;
  return (
    <li
      className="pg-card"
      data-testid="phi-guard-card"
      data-severity={finding.severity}
      data-rule={finding.ruleId}
      data-key={cardKey}
      aria-labelledby={titleId}
      onMouseEnter={onFocus}
      onFocus={onFocus}
    >
      <div className="pg-card-head">
        <span className="pg-chip" data-severity={finding.severity}>
          {typeLabel(finding.type)}
        </span>
        <span className="pg-severity">{SEVERITY_LABELS[finding.severity]}</span>
      </div>
      <p className="pg-card-title" id={titleId}>
        {finding.message}
      </p>
      <p className="pg-words">
        <q>{words.length > 80 ? `${words.slice(0, 77)}…` : words}</q>
      </p>
      {finding.explanation ? <p className="pg-explanation">{finding.explanation}</p> : null}
      <div className="pg-actions">
        {finding.fixes?.map((fix) => (
          <button
            key={fix.label}
            type="button"
            className="pg-button pg-primary"
            data-testid="phi-guard-fix"
            onClick={() => onApplyFix(fix)}
          >
            {fix.label}
          </button>
        ))}
        {finding.templates?.length ? (
          <button type="button" className="pg-button" data-testid="phi-guard-card-templates" onClick={onOpenTemplates}>
            {t('cardUseApprovedReply')}
          </button>
        ) : null}
        <button type="button" className="pg-button" data-testid="phi-guard-ignore" onClick={onDismiss}>
          {t('cardIgnoreOnce')}

        </button>
      </div>
    </li>
  );
}
