import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { getSettings, latestPacks, phiGuardDb } from '@/lib/db';
import { t, type MessageKey } from '@/lib/i18n';
import { newOrgPack } from '@/lib/options/org-pack';
import { AllowListsSection } from './AllowListsSection';
import { AuditSection } from './AuditSection';
import { draftStore } from './draft';
import { ManagedBanner } from './ManagedBanner';
import { OrgPackEditor } from './OrgPackEditor';
import { PacksSection } from './PacksSection';
import { RulesSection } from './RulesSection';
import { SitesSection } from './SitesSection';
import { TemplatesSection } from './TemplatesSection';
import { useManagedPolicy } from './use-managed-policy';
import { VariablesSection } from './VariablesSection';

const CONTENTS: [string, MessageKey][] = [
  ['packs-title', 'optionsNavPacks'],
  ['org-title', 'optionsNavOrgPack'],
  ['rules-title', 'optionsNavRules'],
  ['templates-title', 'optionsNavTemplates'],
  ['allow-title', 'optionsNavAllowLists'],
  ['variables-title', 'optionsNavVariables'],
  ['sites-title', 'optionsNavSites'],
  ['audit-title', 'optionsNavAudit'],
];

/**
 * The options page. Reads and writes Dexie directly (the background notices every change); the organisation
 * pack is edited as a draft and stored only when saved. Under the organisation's lock every control that
 * could weaken the checks is disabled.
 */
export function OptionsPage() {
  const db = phiGuardDb();
  const managed = useManagedPolicy();
  const packs = useLiveQuery(() => latestPacks(db), []);
  const theme = useLiveQuery(async () => (await getSettings(db)).ui.theme, []);

  useEffect(() => {
    if (!packs || draftStore.getState().draft) return;
    const mine = packs.filter((r) => r.source === 'options').sort((a, b) => b.fetchedAt - a.fetchedAt)[0];
    draftStore.getState().load(mine?.pack ?? newOrgPack(Date.now()), mine?.version ?? null);
  }, [packs]);

  useEffect(() => {
    if (!theme || theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  if (!managed) return <p className="loading">{t('optionsLoading')}</p>;
  const locked = managed.policy.lock;

  return (
    <div className="options-page">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <nav aria-label={t('optionsSectionsLabel')}>
          <ul>
            {CONTENTS.map(([id, label]) => (
              <li key={id}><a href={`#${id}`}>{t(label)}</a></li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <ManagedBanner managed={managed} />
        <PacksSection locked={locked} trustedKeys={managed.policy.trustedKeys} />
        <fieldset className="authoring" disabled={locked} data-testid="authoring">
          <legend className="visually-hidden">{locked ? t('optionsAuthoringLegendLocked') : t('optionsAuthoringLegend')}</legend>

          <OrgPackEditor />
          <RulesSection />
          <TemplatesSection />
          <AllowListsSection />
          <VariablesSection locked={locked} />
        </fieldset>
        <SitesSection policy={managed.policy} />
        <AuditSection locked={locked} />
      </main>
    </div>
  );
}
