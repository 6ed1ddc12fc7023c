import { compareSeverity, type Finding, type FindingType } from './finding';

// Lower is more specific: an exact identifier beats a generic "other id", which beats a combination finding.
const GENERIC: Partial<Record<FindingType, number>> = { 'other-id': 1, 'quasi-identifier': 2 };

function outranks(a: Finding, b: Finding): boolean {
  const severity = compareSeverity(a.severity, b.severity);
  if (severity !== 0) return severity > 0;
  const specificity = (GENERIC[b.type] ?? 0) - (GENERIC[a.type] ?? 0);
  if (specificity !== 0) return specificity > 0;
  return a.end - a.start > b.end - b.start;
}

/**
 * Sorts findings and merges overlapping ones of the same category into one: the more severe, then the more
 * specific, then the longer finding wins and keeps its message and fixes. When the merged findings are of the
 * same type the span grows to cover them all ("Dr." + "Jane Roe" → "Dr. Jane Roe"); otherwise the winner
 * keeps its own span, so a fix never rewrites words it does not explain. PHI and policy findings never merge
 * with each other: a sentence can be both a cure claim and contain a name.
 */
export function mergeFindings(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  const lastOf: Partial<Record<Finding['category'], number>> = {};
  for (const f of sorted) {
    const index = lastOf[f.category];
    const prev = index === undefined ? undefined : out[index];
    if (!prev || f.start >= prev.end) {
      lastOf[f.category] = out.length;
      out.push(f);
      continue;
    }
    const winner = outranks(f, prev) ? f : prev;
    if (f.type !== prev.type) {
      out[index!] = winner;
      continue;
    }
    const start = Math.min(f.start, prev.start);
    const end = Math.max(f.end, prev.end);
    // A fix is a rewrite of its own span; keep the one that covers the merged span, if either does.
    const covering = [winner, f, prev].find((x) => x.start === start && x.end === end);
    const merged: Finding = { ...winner, start, end };
    if (covering?.fixes) merged.fixes = covering.fixes;
    else delete merged.fixes;
    out[index!] = merged;
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}
