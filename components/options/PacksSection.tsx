import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getSettings, latestPacks, phiGuardDb, stopUsingPack, usePack, type PackRecord } from '@/lib/db';
import { packSyncState, type PackSourceStatus } from '@/lib/db/pack-sync-state';
import { t, type MessageKey } from '@/lib/i18n';
import { packFileName, packFileText } from '@/lib/options/org-pack';
import { downloadText, formatTime } from './download';
import { PackHistory } from './PackHistory';
import { PackImport } from './PackImport';

const SOURCE_LABELS: Record<PackRecord['source'], MessageKey> = {
  builtin: 'packSourceBuiltin',
  file: 'packSourceFile',
  url: 'packSourceUrl',
  managed: 'packSourceManaged',
  options: 'packSourceOptions',
};
const SIGNATURE_LABELS: Record<PackRecord['signature'], MessageKey> = {
  builtin: 'packSignatureBuiltin',
  verified: 'packSignatureVerified',
  unsigned: 'packSignatureUnsigned',
};

/** The stored packs (active version, source, signature, in use), the organisation's sync status, import. */
export function PacksSection({ locked, trustedKeys }: { locked: boolean; trustedKeys: unknown }) {
  const db = phiGuardDb();
  const packs = useLiveQuery(() => latestPacks(db), []);
  const inUse = useLiveQuery(async () => (await getSettings(db)).activePackIds, []);
  const sync = useLiveQuery(() => packSyncState(db), []);
  const [historyOf, setHistoryOf] = useState<string>();
  const [error, setError] = useState<string>();

  const switchUse = async (id: string, use: boolean) => {
    setError(undefined);
    try {
      await (use ? usePack(db, id) : stopUsingPack(db, id));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const sources = Object.entries(sync?.sources ?? {});

  return (
    <section aria-labelledby="packs-title" className="card">
      <h2 id="packs-title">{t('optionsNavPacks')}</h2>
      <p className="hint">{t('packsHint')}</p>
      <table className="packs" data-testid="packs-table">
        <caption className="visually-hidden">{t('packsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('packsColPack')}</th>
            <th scope="col">{t('packsColVersion')}</th>
            <th scope="col">{t('packsColSource')}</th>
            <th scope="col">{t('packsColSignature')}</th>
            <th scope="col">{t('packsColLastSync')}</th>
            <th scope="col">{t('packsColInUse')}</th>
            <th scope="col">{t('packsColActions')}</th>
          </tr>
        </thead>
        <tbody>
          {(packs ?? []).map((record) => {
            const status = sources.find(([, s]) => s.packId === record.id)?.[1];
            const using = inUse?.includes(record.id) ?? false;
            return (
              <tr key={record.id} data-testid={`pack-row-${record.id}`}>
                <th scope="row">
                  {record.pack.name}
                  <div className="muted"><code>{record.id}</code></div>
                </th>
                <td data-testid="pack-version">{record.version}</td>
                <td>{t(SOURCE_LABELS[record.source])}{record.url ? <div className="muted">{record.url}</div> : null}</td>
                <td>{t(SIGNATURE_LABELS[record.signature])}</td>
                <td>{status ? <SyncStatus status={status} /> : formatTime(record.fetchedAt)}</td>
                <td>{using ? t('packsInUseYes') : t('packsInUseNo')}</td>
                <td>
                  <div className="actions">
                    <button type="button" onClick={() => downloadText(packFileName(record.pack), packFileText(record.pack), 'application/json')} data-testid={`export-pack-${record.id}`}>
                      {t('packsExport')}<span className="visually-hidden"> {t('packsOfName', record.pack.name)}</span>
                    </button>
                    <button type="button" aria-expanded={historyOf === record.id} onClick={() => setHistoryOf(historyOf === record.id ? undefined : record.id)}>
                      {t('packsHistory')}<span className="visually-hidden"> {t('packsOfName', record.pack.name)}</span>
                    </button>
                    <button type="button" disabled={locked} onClick={() => void switchUse(record.id, !using)}>
                      {using ? t('packsStopUsing') : t('packsUse')}<span className="visually-hidden"> {record.pack.name}</span>
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {error ? <p role="alert" className="error">{error}</p> : null}
      {historyOf ? <PackHistory packId={historyOf} locked={locked} /> : null}

      <h3>{t('packsSyncHeading')}</h3>
      {sources.length ? (
        <ul className="sources" data-testid="sync-sources">
          {sources.map(([source, status]) => (
            <li key={source}>
              <code>{source}</code> — <SyncStatus status={status} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('packsNoManagedSources')}</p>
      )}
      {sync?.lastSyncAt ? (
        <p className="muted">
          {sync.nextSyncAt
            ? t('packsLastAndNextSync', [formatTime(sync.lastSyncAt), formatTime(sync.nextSyncAt)])
            : t('packsLastSync', formatTime(sync.lastSyncAt))}
        </p>
      ) : null}
      {sync?.policyProblems.length ? (
        <div role="alert" className="problems">
          <p>{t('packsPolicyIgnored')}</p>
          <ul>{sync.policyProblems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      ) : null}

      <PackImport locked={locked} trustedKeys={trustedKeys} />
    </section>
  );
}

const STATUS_WORDS: Record<PackSourceStatus['status'], MessageKey> = {
  active: 'syncActive',
  unchanged: 'syncUnchanged',
  refused: 'syncRefused',
  failed: 'syncFailed',
};

function SyncStatus({ status }: { status: PackSourceStatus }) {
  return (
    <span className={`sync sync-${status.status}`}>
      {t(STATUS_WORDS[status.status])}
      {status.version !== undefined ? ` ${t('syncVersion', String(status.version))}` : ''} {t('syncAt', formatTime(status.lastAttemptAt))}
      {status.reason ? <span className="reason">: {status.reason}</span> : null}
      {status.status !== 'active' && status.status !== 'unchanged' && status.lastSuccessAt
        ? <span className="muted"> {t('syncLastGood', formatTime(status.lastSuccessAt))}</span>


        : null}
    </span>
  );
}
