import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { activatePackVersion, packHistory, phiGuardDb } from '@/lib/db';
import { t, type MessageKey } from '@/lib/i18n';
import { diffRuleIds, isEmptyDiff, type RuleDiff } from '@/lib/options/rule-diff';
import { richMessage } from '../rich-message';
import { formatTime } from './download';

const DIFF_LABELS: [keyof RuleDiff, MessageKey][] = [
  ['added', 'historyAdded'],
  ['removed', 'historyRemoved'],
  ['changed', 'historyChanged'],
  ['disabled', 'historyDisabled'],
  ['reenabled', 'historyReenabled'],
];

/** Every stored version of one pack, newest first, each with the rule ids it changed from the one before. */
export function PackHistory({ packId, locked }: { packId: string; locked: boolean }) {
  const db = phiGuardDb();
  const versions = useLiveQuery(() => packHistory(db, packId), [packId]);
  const [error, setError] = useState<string>();
  const activate = async (version: number) => {
    setError(undefined);
    try {
      await activatePackVersion(db, packId, version);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="history" data-testid="pack-history">
      <h3>{richMessage('historyHeading', <code>{packId}</code>)}</h3>
      {error ? <p role="alert" className="error">{error}</p> : null}
      <ol>
        {(versions ?? []).map((record, i) => {
          const diff = diffRuleIds(versions?.[i + 1]?.pack, record.pack);
          return (
            <li key={record.version}>
              <strong>{t(record.active ? 'historyVersionActive' : 'historyVersion', String(record.version))}</strong>
              {' — '}{t('historyDates', [record.pack.publishedAt, formatTime(record.fetchedAt)])}
              {isEmptyDiff(diff) ? (
                <p className="muted">{t('historyNoChanges')}</p>
              ) : (
                <ul className="diff">
                  {DIFF_LABELS.filter(([key]) => diff[key].length).map(([key, label]) => (
                    <li key={key} className={`diff-${key}`}>
                      {t(label)} {diff[key].map((id) => <code key={id}>{id}</code>)}
                    </li>
                  ))}
                </ul>
              )}
              {record.active ? null : (
                <button type="button" disabled={locked} onClick={() => void activate(record.version)}>
                  {t('historyActivate', String(record.version))}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
