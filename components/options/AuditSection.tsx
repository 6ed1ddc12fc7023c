import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { AUDIT_KINDS, auditCount, clearAudit, phiGuardDb, type AuditKind } from '@/lib/db';
import { t, type MessageKey } from '@/lib/i18n';
import { auditCsv, auditFacets, auditJson, dayRange, filterAudit } from '@/lib/options/audit-export';
import { SEVERITY_LABELS } from '../finding-labels';
import { downloadText, formatTime } from './download';

/** Rows shown at once; the exports always hold every entry the filter matches. */
const SHOWN_ROWS = 200;

/** Plain names for the audit log's events; the exports keep the ids. */
const KIND_LABELS: Record<AuditKind, MessageKey> = {
  shown: 'auditKindShown',
  fixed: 'auditKindFixed',
  dismissed: 'auditKindDismissed',
  overridden: 'auditKindOverridden',
  submitted: 'auditKindSubmitted',
  'submitted-unchecked': 'auditKindSubmittedUnchecked',
  'photo-warned': 'auditKindPhotoWarned',
};

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
      <h2 id="audit-title">{t('optionsNavAudit')}</h2>
      <p className="hint">{t('auditHint')}</p>
      <div className="grid filters" role="group" aria-label={t('auditFiltersLabel')}>
        <label>
          {t('auditFilterEvent')}
          <select value={kind} onChange={(e) => setKind(e.target.value as AuditKind | '')} data-testid="audit-kind">
            <option value="">{t('auditFilterAll')}</option>
            {AUDIT_KINDS.map((k) => <option key={k} value={k}>{t(KIND_LABELS[k])}</option>)}
          </select>
        </label>
        <label>
          {t('auditFilterRule')}
          <select value={ruleId} onChange={(e) => setRuleId(e.target.value)} data-testid="audit-rule">
            <option value="">{t('auditFilterAll')}</option>
            {facets.ruleIds.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </label>
        <label>
          {t('auditFilterSite')}
          <select value={site} onChange={(e) => setSite(e.target.value)} data-testid="audit-site">
            <option value="">{t('auditFilterAll')}</option>
            {facets.sites.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label>
          {t('auditFilterFrom')}
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('auditFilterTo')}
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      <p aria-live="polite" data-testid="audit-count">
        {count === 1 ? t('auditCountOne', String(filtered.length)) : t('auditCountMany', [String(filtered.length), String(count ?? 0)])}
        {filtered.length > SHOWN_ROWS ? ` ${t('auditCountNewest', String(SHOWN_ROWS))}` : ''}
      </p>
      <div className="buttons">
        <button type="button" disabled={!filtered.length} onClick={() => downloadText(`phi-guard-audit-${stamp}.csv`, auditCsv(exportRows()), 'text/csv')} data-testid="audit-export-csv">
          {t('auditExportCsv')}
        </button>
        <button type="button" disabled={!filtered.length} onClick={() => downloadText(`phi-guard-audit-${stamp}.json`, auditJson(exportRows()), 'application/json')} data-testid="audit-export-json">
          {t('auditExportJson')}
        </button>
        {confirming ? (
          <>
            <button type="button" className="danger" onClick={() => void clearAudit(db).then(() => setConfirming(false))} data-testid="audit-clear-confirm">
              {count === 1 ? t('auditClearConfirmOne') : t('auditClearConfirmMany', String(count ?? 0))}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>{t('auditClearCancel')}</button>
          </>
        ) : (
          <button type="button" disabled={locked || !count} onClick={() => setConfirming(true)} data-testid="audit-clear">
            {t('auditClear')}
          </button>
        )}
      </div>
      <div className="table-scroll" role="region" aria-labelledby="audit-title" tabIndex={0}>
        <table className="audit" data-testid="audit-table">
          <caption className="visually-hidden">{t('auditCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('auditColTime')}</th>
              <th scope="col">{t('auditColEvent')}</th>
              <th scope="col">{t('auditColRule')}</th>
              <th scope="col">{t('auditColSeverity')}</th>
              <th scope="col">{t('auditColSite')}</th>
              <th scope="col">{t('auditColReason')}</th>
            </tr>
          </thead>
          <tbody>
            {filtered.slice(0, SHOWN_ROWS).map((e) => (
              <tr key={e.seq}>
                <td>{formatTime(e.time)}</td>
                <td>{t(KIND_LABELS[e.kind])}</td>
                <td><code>{e.ruleId}</code></td>
                {/* An unchecked submission has no finding, so no severity. */}
                {e.severity ? <td className={`sev-${e.severity}`}>{SEVERITY_LABELS[e.severity]}</td> : <td>—</td>}
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
