import { SEVERITY_LABELS } from '@/components/finding-labels';
import { t } from '@/lib/i18n';
import type { TabFindingSummary } from './use-popup-state';

/** What the latest check of the tab's active composer found: counts and the worst severity, never text. */
export function FindingsSummary({ summary, checking }: { summary: TabFindingSummary; checking: boolean }) {
  return (
    <section className="findings" aria-labelledby="findings-heading" data-testid="findings-summary">
      <h2 id="findings-heading">{t('popupFindingsHeading')}</h2>
      <p className={summary?.worst ? `severity severity-${summary.worst}` : 'severity'}>{describe(summary, checking)}</p>
    </section>
  );
}

function describe(summary: TabFindingSummary, checking: boolean): string {
  if (!checking) return t('popupFindingsNotChecked');
  if (!summary) return t('popupFindingsNoDraft');
  if (!summary.total || !summary.worst) return t('popupFindingsClean');
  const worst = SEVERITY_LABELS[summary.worst].toLowerCase();
  return summary.total === 1 ? t('popupFindingsOne', worst) : t('popupFindingsMany', [String(summary.total), worst]);
}
