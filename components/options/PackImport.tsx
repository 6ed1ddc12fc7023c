import { useState, type ChangeEvent } from 'react';
import { activePacks, latestPacks, phiGuardDb, savePackVersion } from '@/lib/db';
import { t } from '@/lib/i18n';
import { checkImportedPack } from '@/lib/options/import-pack';
import type { PackProblem } from '@/lib/policy/schema';
import { ProblemList } from './ProblemList';

/**
 * Imports a pack file (JSON, or a signed .jws verified against the organisation's trusted keys). Nothing is
 * stored unless the whole file passes: every problem is listed with its JSON path instead.
 */
export function PackImport({ locked, trustedKeys }: { locked: boolean; trustedKeys: unknown }) {
  const [problems, setProblems] = useState<PackProblem[]>([]);
  const [notice, setNotice] = useState<string>();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setProblems([]);
    setNotice(undefined);
    const db = phiGuardDb();
    const stored = await latestPacks(db);
    const result = await checkImportedPack(await file.text(), {
      trustedKeys,
      now: Date.now(),
      activeOf: (id) => stored.find((r) => r.id === id),
    });
    input.value = '';
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    if (result.unchanged) {
      setNotice(t('importAlreadyActive', [result.pack.name, String(result.pack.version)]));
      return;
    }
    await savePackVersion(db, { pack: result.pack, source: 'file', signature: result.signature });
    const inUse = (await activePacks(db)).some((r) => r.id === result.pack.id);
    setNotice(t(inUse ? 'importDoneInUse' : 'importDone', [result.pack.name, String(result.pack.version)]));
  };

  return (
    <div className="import">
      <h3>{t('importHeading')}</h3>
      <label>
        {t('importFileLabel')}
        <input type="file" accept=".json,.jws,application/json,application/jose" disabled={locked} onChange={(e) => void onFile(e)} data-testid="import-pack" />
      </label>
      <p role="status" data-testid="import-notice">{notice}</p>
      <ProblemList problems={problems} title={t('importProblemsTitle')}
 testId="import-problems" />
    </div>
  );
}
