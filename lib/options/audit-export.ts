import type { AuditEntry, AuditKind } from '../db/database';

/**
 * Filtering and exporting the audit log. Entries hold no draft text (rule ids, kinds, sites, a salted hash
 * of the matched value), and the exports write exactly those fields, named, so nothing else can slip in.
 */

export interface AuditFilter {
  kind?: AuditKind | undefined;
  ruleId?: string | undefined;
  site?: string | undefined;
  /** Epoch ms, inclusive. */
  from?: number | undefined;
  /** Epoch ms, exclusive. */
  to?: number | undefined;
}

export function filterAudit(entries: readonly AuditEntry[], filter: AuditFilter): AuditEntry[] {
  return entries.filter(
    (e) =>
      (!filter.kind || e.kind === filter.kind) &&
      (!filter.ruleId || e.ruleId === filter.ruleId) &&
      (!filter.site || e.site === filter.site) &&
      (filter.from === undefined || e.time >= filter.from) &&
      (filter.to === undefined || e.time < filter.to),
  );
}

/** The values a filter can take, from the entries themselves (for the filter menus). */
export function auditFacets(entries: readonly AuditEntry[]): { ruleIds: string[]; sites: string[] } {
  const ruleIds = new Set<string>();
  const sites = new Set<string>();
  for (const e of entries) {
    ruleIds.add(e.ruleId);
    if (e.site) sites.add(e.site);
  }
  return { ruleIds: [...ruleIds].sort(), sites: [...sites].sort() };
}

export const AUDIT_COLUMNS = ['seq', 'time', 'kind', 'ruleId', 'type', 'severity', 'category', 'site', 'surface', 'reason', 'valueHash'] as const;
type Column = (typeof AUDIT_COLUMNS)[number];

function exported(entry: AuditEntry): Record<Column, string | number | undefined> {
  return {
    seq: entry.seq,
    time: new Date(entry.time).toISOString(),
    kind: entry.kind,
    ruleId: entry.ruleId,
    type: entry.type,
    severity: entry.severity,
    category: entry.category,
    site: entry.site,
    surface: entry.surface,
    reason: entry.reason,
    valueHash: entry.valueHash,
  };
}

/** RFC 4180 CSV with a header row and CRLF line ends. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((entry) => {
    const row = exported(entry);
    return AUDIT_COLUMNS.map((column) => csvCell(row[column])).join(',');
  });
  return [AUDIT_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  // A cell starting with = + - @ is a formula to spreadsheet programs (CSV injection); a leading quote
  // makes it text. Override reasons are the only free-ish text here, but any field could be hostile.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A JSON array of the entries with the same fields as the CSV (absent fields left out). */
export function auditJson(entries: readonly AuditEntry[]): string {
  const rows = entries.map((entry) => Object.fromEntries(Object.entries(exported(entry)).filter(([, v]) => v !== undefined)));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** `from` and `to` of a filter from two `<input type="date">` values (local days; `to` includes its day). */
export function dayRange(from: string, to: string): { from?: number; to?: number } {
  const start = parseDay(from);
  const end = parseDay(to);
  return {
    ...(start ? { from: start.getTime() } : {}),
    ...(end ? { to: new Date(end.getFullYear(), end.getMonth(), end.getDate() + 1).getTime() } : {}),
  };
}

function parseDay(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}
