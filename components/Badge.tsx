import type { Severity } from '@/lib/engine/finding';
import { t } from '@/lib/i18n';

interface BadgeProps {
  count: number;
  severity: Severity | null;
  checking?: boolean;
  error?: string;
  expanded: boolean;
  onToggle(): void;
}

/** The small round button at the composer's corner: how many findings, coloured by the worst one. */
export function Badge({ count, severity, error, expanded, onToggle }: BadgeProps) {
  const label = error
    ? t('badgeError', error)
    : count === 0
      ? t('badgeClean')
      : count === 1
        ? t('badgeOne')
        : t('badgeMany', String(count));

  return (
    <button
      type="button"
      className="pg-badge"
      data-testid="phi-guard-badge"
      data-severity={error ? 'error' : (severity ?? 'none')}
      aria-label={label}
      aria-expanded={expanded}
      title={label}
      onClick={onToggle}
    >
      {error ? '!' : count === 0 ? '✓' : count}
    </button>
  );
}
