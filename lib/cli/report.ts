import type { Finding, Severity } from '../engine';
import { LineIndex } from './positions';

/** One checked text and its findings: a file, stdin, or a calendar row. */
export interface CheckedText {
  /** Shown before each finding: a path, "<stdin>", or "posts.csv row 4". */
  source: string;
  text: string;
  findings: Finding[];
}

/** A finding with where it sits in its text, for reports people and code-scanning tools read. */
export interface LocatedFinding extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The flagged words themselves. */
  excerpt: string;
}

export function locate(text: string, findings: readonly Finding[], index = new LineIndex(text)): LocatedFinding[] {
  return findings.map((f) => {
    const start = index.position(f.start);
    const end = index.position(f.end);
    return {
      ...f,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      excerpt: text.slice(f.start, f.end),
    };
  });
}

export function hasBlocking(results: readonly CheckedText[]): boolean {
  return results.some((r) => r.findings.some((f) => f.severity === 'block'));
}

const EXCERPT_CHARS = 60;

/**
 * The human-readable report: `file:line:col  severity  rule  message  "words"`, fixes indented below.
 * `indent` nests the lines under a heading (calendar rows), where the source is already named.
 */
export function formatFindings(result: CheckedText, indent = ''): string {
  const prefix = indent ? indent : `${result.source}:`;
  let out = '';
  for (const f of locate(result.text, result.findings)) {
    out += `${prefix}${f.line}:${f.column}  ${f.severity.padEnd(5)}  ${f.ruleId}  ${f.message}  ${quote(f.excerpt)}\n`;
    for (const fix of f.fixes ?? []) {
      // Labels often already quote their replacement ('Replace with "the patient"'); say it once.
      const shown = fix.label.includes(fix.replacement) ? fix.label : `${fix.label} → ${quote(fix.replacement)}`;
      out += `${indent}    fix: ${shown}\n`;
    }
  }
  return out;
}

export function formatSummary(results: readonly CheckedText[], noun = 'text'): string {
  const counts: Record<Severity, number> = { block: 0, warn: 0, info: 0 };
  for (const r of results) for (const f of r.findings) counts[f.severity]++;
  const total = counts.block + counts.warn + counts.info;
  const where = `${results.length} ${noun}${results.length === 1 ? '' : 's'}`;
  if (!total) return `No findings in ${where}.\n`;
  const parts = (['block', 'warn', 'info'] as const).filter((s) => counts[s]).map((s) => `${counts[s]} ${s}`);
  return `${total} finding${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${where}.\n`;
}

/** One line, bounded: multi-line spans are folded and long ones shortened in the middle. */
function quote(words: string): string {
  let flat = words.replace(/\s+/g, ' ');
  if (flat.length > EXCERPT_CHARS) flat = `${flat.slice(0, EXCERPT_CHARS / 2 - 1)}…${flat.slice(-(EXCERPT_CHARS / 2 - 1))}`;
  return JSON.stringify(flat);
}
