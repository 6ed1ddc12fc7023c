import { SEVERITY_LABELS } from '@/components/finding-labels';
import type { TabFindingSummary } from './use-popup-state';

/** What the latest check of the tab's active composer found: counts and the worst severity, never text. */
export function FindingsSummary({ summary, checking }: { summary: TabFindingSummary; checking: boolean }) {
  return (
    <section className="findings" aria-labelledby="findings-heading" data-testid="findings-summary">
      <h2 id="findings-heading">Current draft</h2>
      <p className={summary?.worst ? `severity severity-${summary.worst}` : 'severity'}>{describe(summary, checking)}</p>
    </section>
  );
}

function describe(summary: TabFindingSummary, checking: boolean): string {
  if (!checking) return 'Not checked here.';
  if (!summary) return 'No draft checked on this page yet.';
  if (!summary.total || !summary.worst) return 'No problems found.';
  const count = summary.total === 1 ? '1 problem' : `${summary.total} problems`;
  return `${count} found. Most serious: ${SEVERITY_LABELS[summary.worst].toLowerCase()}.`;
}
