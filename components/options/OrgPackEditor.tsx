import { useState } from 'react';
import { packHistory, phiGuardDb, savePackVersion } from '@/lib/db';
import { t } from '@/lib/i18n';
import { asNextVersion, draftProblems, packFileName, packFileText } from '@/lib/options/org-pack';
import type { Pack } from '@/lib/policy/schema';
import { useDraft } from './draft';
import { downloadText } from './download';
import { ProblemList } from './ProblemList';

/**
 * The organisation pack being written on this page: its name and id, and saving it as a new version (which
 * the checks use at once) or exporting it as the JSON file an admin validates, signs and publishes.
 */
export function OrgPackEditor() {
  const draft = useDraft((s) => s.draft);
  const baseVersion = useDraft((s) => s.baseVersion);
  const dirty = useDraft((s) => s.dirty);
  const problems = useDraft((s) => s.problems);
  const edit = useDraft((s) => s.edit);
  const setProblems = useDraft((s) => s.setProblems);
  const saved = useDraft((s) => s.saved);
  const [notice, setNotice] = useState<string>();
  if (!draft) return null;

  const nextVersion = async (): Promise<Pack | undefined> => {
    const stored = await packHistory(phiGuardDb(), draft.id);
    const foreign = stored.find((r) => r.source !== 'options');
    if (foreign) {
      setProblems([{ path: 'id', message: `pack "${draft.id}" already comes from elsewhere (${foreign.source}); give this pack its own id` }]);
      return undefined;
    }
    const next = asNextVersion(draft, stored.map((r) => r.version), Date.now());
    const found = draftProblems(next);
    setProblems(found);
    return found.length ? undefined : next;
  };

  const save = async () => {
    setNotice(undefined);
    const next = await nextVersion();
    if (!next) return;
    const record = await savePackVersion(phiGuardDb(), { pack: next, source: 'options', signature: 'unsigned' });
    saved(record.pack);
    setNotice(t('orgSavedNotice', String(record.version)));
  };

  const exportDraft = async () => {
    setNotice(undefined);
    const pack = dirty || baseVersion === null ? await nextVersion() : draft;
    if (pack) downloadText(packFileName(pack), packFileText(pack), 'application/json');
  };

  return (
    <section aria-labelledby="org-title" className="card">
      <h2 id="org-title">{t('optionsNavOrgPack')}</h2>
      <p className="hint">{t('orgHint')}</p>
      <div className="grid">
        <label>
          {t('orgPackId')}
          <input value={draft.id} onChange={(e) => edit((d) => ({ ...d, id: e.target.value }))} spellCheck={false} />
        </label>
        <label>
          {t('orgName')}
          <input value={draft.name} onChange={(e) => edit((d) => ({ ...d, name: e.target.value }))} />
        </label>
        <label>
          {t('orgPublisher')}
          <input value={draft.publisher.name} onChange={(e) => edit((d) => ({ ...d, publisher: { ...d.publisher, name: e.target.value } }))} />
        </label>
      </div>
      <p className="status-line" data-testid="draft-status">
        {baseVersion === null ? t('orgNotSaved') : t('orgSavedVersion', String(baseVersion))}
        {dirty ? ` ${t('orgUnsaved')}` : ''}
      </p>
      <div className="buttons">
        <button type="button" className="primary" onClick={() => void save()} disabled={!dirty && baseVersion !== null} data-testid="save-pack">
          {t('orgSave')}
        </button>
        <button type="button" onClick={() => void exportDraft()} data-testid="export-draft">
          {t('packsExport')}
        </button>
      </div>
      <p role="status" data-testid="save-notice">{notice}</p>
      <ProblemList problems={problems} title={t('orgProblemsTitle')}
 testId="draft-problems" />
    </section>
  );
}
