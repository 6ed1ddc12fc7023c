import type { Finding, Severity } from '../engine/finding';

/** A run of a textarea's text: plain, or part of a finding and drawn with its severity. */
export interface MirrorSegment {
  text: string;
  severity?: Severity;
}

/**
 * Splits a textarea's text into plain and flagged runs for the mirror that draws its underlines. Runs cover
 * the text exactly, in order, so the mirror wraps lines where the textarea does. Where findings overlap, the
 * one starting first keeps the shared characters (a character can carry one underline); offsets past the end
 * of the text are clipped.
 */
export function mirrorSegments(text: string, findings: readonly Pick<Finding, 'start' | 'end' | 'severity'>[]): MirrorSegment[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: MirrorSegment[] = [];
  let cursor = 0;
  for (const finding of sorted) {
    const start = Math.max(cursor, finding.start);
    const end = Math.min(text.length, finding.end);
    if (end <= start) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start) });
    segments.push({ text: text.slice(start, end), severity: finding.severity });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
