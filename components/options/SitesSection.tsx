import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getSettings, phiGuardDb, saveSettings } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { ManagedPolicy } from '@/lib/background/managed-policy';
import { managedSiteState } from '@/lib/options/managed-summary';
import { sendToBackground } from '@/lib/messaging/send';

const SITE_NAMES: Record<string, string> = { x: 'X (Twitter)', facebook: 'Facebook', linkedin: 'LinkedIn' };

/**
 * The master switch and one switch per site. Site switches go through the background, which applies the
 * organisation's policy (and registers the checks on sites the user added from the popup).
 */
export function SitesSection({ policy }: { policy: ManagedPolicy }) {
  const db = phiGuardDb();
  const settings = useLiveQuery(() => getSettings(db), []);
  const [error, setError] = useState<string>();
  if (!settings) return null;
  const sites = [...new Set([...Object.keys(SITE_NAMES), ...Object.keys(settings.sites), ...policy.enabledSites, ...policy.disabledSites])];

  const switchSite = async (site: string, enabled: boolean) => {
    setError(undefined);
    try {
      await sendToBackground({ type: 'setSiteEnabled', site, enabled });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-labelledby="sites-title" className="card">
      <h2 id="sites-title">{t('optionsNavSites')}</h2>
      <label className="switch-row">
        <input
          type="checkbox"
          checked={settings.enabled}
          disabled={policy.lock}
          onChange={(e) => void saveSettings(db, { enabled: e.target.checked })}
          data-testid="master-switch"
        />
        {t('sitesMasterSwitch')}
        {policy.lock ? <span className="managed-tag">{t('sitesManagedTag')}</span> : null}
      </label>
      <ul className="site-list">
        {sites.map((site) => {
          const forced = managedSiteState(policy, site);
          const on = forced ? forced === 'on' : (settings.sites[site] ?? true);
          const locked = forced !== undefined || (policy.lock && on);
          return (
            <li key={site}>
              <label className="switch-row">
                <input
                  type="checkbox"
                  checked={on}
                  disabled={!settings.enabled || locked}
                  onChange={(e) => void switchSite(site, e.target.checked)}
                  data-testid={`site-${site}`}
                />
                {SITE_NAMES[site] ?? site}
                {forced || policy.lock ? <span className="managed-tag">{t('sitesManagedTag')}</span> : null}

              </label>
            </li>
          );
        })}
      </ul>
      {error ? <p role="alert" className="error">{error}</p> : null}
    </section>
  );
}
