import type { Severity } from '@/lib/engine/finding';

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
    ? `PHI Guard could not check this draft: ${error}`
    : count === 0
      ? 'PHI Guard: no problems found'
      : `PHI Guard: ${count} ${count === 1 ? 'problem' : 'problems'} found, open details`;
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
