import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getSettings, latestPacks, phiGuardDb, stopUsingPack, usePack, type PackRecord } from '@/lib/db';
import { packSyncState, type PackSourceStatus } from '@/lib/db/pack-sync-state';
import { packFileName, packFileText } from '@/lib/options/org-pack';
import { downloadText, formatTime } from './download';
import { PackHistory } from './PackHistory';
import { PackImport } from './PackImport';

const SOURCE_LABELS: Record<PackRecord['source'], string> = {
  builtin: 'Built in',
  file: 'Imported file',
  url: 'Pack URL',
  managed: 'Organisation policy',
  options: 'Written here',
};
const SIGNATURE_LABELS: Record<PackRecord['signature'], string> = {
  builtin: 'Built in',
  verified: 'Signature verified',
  unsigned: 'Not signed',
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
      <h2 id="packs-title">Policy packs</h2>
      <p className="hint">Packs in use are merged in order; later packs change what earlier ones say.</p>
      <table className="packs" data-testid="packs-table">
        <caption className="visually-hidden">Stored policy packs</caption>
        <thead>
          <tr>
            <th scope="col">Pack</th>
            <th scope="col">Active version</th>
            <th scope="col">Source</th>
            <th scope="col">Signature</th>
            <th scope="col">Last sync</th>
            <th scope="col">In use</th>
            <th scope="col">Actions</th>
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
                <td>{SOURCE_LABELS[record.source]}{record.url ? <div className="muted">{record.url}</div> : null}</td>
                <td>{SIGNATURE_LABELS[record.signature]}</td>
                <td>{status ? <SyncStatus status={status} /> : formatTime(record.fetchedAt)}</td>
                <td>{using ? 'Yes' : 'No'}</td>
                <td>
                  <div className="actions">
                    <button type="button" onClick={() => downloadText(packFileName(record.pack), packFileText(record.pack), 'application/json')} data-testid={`export-pack-${record.id}`}>
                      Export JSON<span className="visually-hidden"> of {record.pack.name}</span>
                    </button>
                    <button type="button" aria-expanded={historyOf === record.id} onClick={() => setHistoryOf(historyOf === record.id ? undefined : record.id)}>
                      History<span className="visually-hidden"> of {record.pack.name}</span>
                    </button>
                    <button type="button" disabled={locked} onClick={() => void switchUse(record.id, !using)}>
                      {using ? 'Stop using' : 'Use'}<span className="visually-hidden"> {record.pack.name}</span>
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

      <h3>Organisation sync</h3>
      {sources.length ? (
        <ul className="sources" data-testid="sync-sources">
          {sources.map(([source, status]) => (
            <li key={source}>
              <code>{source}</code> — <SyncStatus status={status} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No pack is distributed by your organisation’s policy.</p>
      )}
      {sync?.lastSyncAt ? (
        <p className="muted">
          Last sync {formatTime(sync.lastSyncAt)}{sync.nextSyncAt ? `; next ${formatTime(sync.nextSyncAt)}` : ''}.
        </p>
      ) : null}
      {sync?.policyProblems.length ? (
        <div role="alert" className="problems">
          <p>Policy settings ignored:</p>
          <ul>{sync.policyProblems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      ) : null}

      <PackImport locked={locked} trustedKeys={trustedKeys} />
    </section>
  );
}

const STATUS_WORDS: Record<PackSourceStatus['status'], string> = {
  active: 'updated',
  unchanged: 'up to date',
  refused: 'refused',
  failed: 'failed',
};

function SyncStatus({ status }: { status: PackSourceStatus }) {
  return (
    <span className={`sync sync-${status.status}`}>
      {STATUS_WORDS[status.status]}
      {status.version !== undefined ? ` (version ${status.version})` : ''} at {formatTime(status.lastAttemptAt)}
      {status.reason ? <span className="reason">: {status.reason}</span> : null}
      {status.status !== 'active' && status.status !== 'unchanged' && status.lastSuccessAt
        ? <span className="muted"> — last good sync {formatTime(status.lastSuccessAt)}</span>
        : null}
    </span>
  );
}
