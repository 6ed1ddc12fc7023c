import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { AUDIT_KINDS, auditCount, clearAudit, phiGuardDb, type AuditKind } from '@/lib/db';
import { auditCsv, auditFacets, auditJson, dayRange, filterAudit } from '@/lib/options/audit-export';
import { downloadText, formatTime } from './download';

/** Rows shown at once; the exports always hold every entry the filter matches. */
const SHOWN_ROWS = 200;

/** The audit log: what was flagged, fixed, dismissed or overridden where (never the draft), filtered and exported. */
export function AuditSection({ locked }: { locked: boolean }) {
  const db = phiGuardDb();
  const entries = useLiveQuery(() => db.audit.orderBy('time').reverse().toArray(), []);
  const count = useLiveQuery(() => auditCount(db), []);
  const [kind, setKind] = useState<AuditKind | ''>('');
  const [ruleId, setRuleId] = useState('');
  const [site, setSite] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [confirming, setConfirming] = useState(false);

  const facets = useMemo(() => auditFacets(entries ?? []), [entries]);
  const filtered = useMemo(
    () => filterAudit(entries ?? [], { kind: kind || undefined, ruleId: ruleId || undefined, site: site || undefined, ...dayRange(from, to) }),
    [entries, kind, ruleId, site, from, to],
  );
  const stamp = new Date().toISOString().slice(0, 10);
  // Exported oldest first, as logs are read.
  const exportRows = () => [...filtered].reverse();

  return (
    <section aria-labelledby="audit-title" className="card">
      <h2 id="audit-title">Audit log</h2>
      <p className="hint">
        What PHI Guard flagged and what was done about it. Entries hold rule ids, sites and a salted hash of the
        flagged words — never the draft itself.
      </p>
      <div className="grid filters" role="group" aria-label="Filter the audit log">
        <label>
          Event
          <select value={kind} onChange={(e) => setKind(e.target.value as AuditKind | '')} data-testid="audit-kind">
            <option value="">All</option>
            {AUDIT_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
          </select>
        </label>
        <label>
          Rule
          <select value={ruleId} onChange={(e) => setRuleId(e.target.value)} data-testid="audit-rule">
            <option value="">All</option>
            {facets.ruleIds.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </label>
        <label>
          Site
          <select value={site} onChange={(e) => setSite(e.target.value)} data-testid="audit-site">
            <option value="">All</option>
            {facets.sites.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label>
          From
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          To
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      <p aria-live="polite" data-testid="audit-count">
        {filtered.length} of {count ?? 0} entries{filtered.length > SHOWN_ROWS ? `; the newest ${SHOWN_ROWS} are shown` : ''}.
      </p>
      <div className="buttons">
        <button type="button" disabled={!filtered.length} onClick={() => downloadText(`phi-guard-audit-${stamp}.csv`, auditCsv(exportRows()), 'text/csv')} data-testid="audit-export-csv">
          Export CSV
        </button>
        <button type="button" disabled={!filtered.length} onClick={() => downloadText(`phi-guard-audit-${stamp}.json`, auditJson(exportRows()), 'application/json')} data-testid="audit-export-json">
          Export JSON
        </button>
        {confirming ? (
          <>
            <button type="button" className="danger" onClick={() => void clearAudit(db).then(() => setConfirming(false))} data-testid="audit-clear-confirm">
              Delete all {count} entries
            </button>
            <button type="button" onClick={() => setConfirming(false)}>Keep them</button>
          </>
        ) : (
          <button type="button" disabled={locked || !count} onClick={() => setConfirming(true)} data-testid="audit-clear">
            Clear log…
          </button>
        )}
      </div>
      <div className="table-scroll" role="region" aria-labelledby="audit-title" tabIndex={0}>
        <table className="audit" data-testid="audit-table">
          <caption className="visually-hidden">Audit entries, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Event</th>
              <th scope="col">Rule</th>
              <th scope="col">Severity</th>
              <th scope="col">Site</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {filtered.slice(0, SHOWN_ROWS).map((e) => (
              <tr key={e.seq}>
                <td>{formatTime(e.time)}</td>
                <td>{e.kind}</td>
                <td><code>{e.ruleId}</code></td>
                <td className={`sev-${e.severity}`}>{e.severity}</td>
                <td>{e.site ?? '—'}{e.surface ? ` (${e.surface})` : ''}</td>
                <td>{e.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
