import { useEffect } from 'react';
import { FindingsSummary } from '@/components/popup/FindingsSummary';
import { PackList } from '@/components/popup/PackList';
import { SiteSwitch } from '@/components/popup/SiteSwitch';
import { isCheckingSite, usePopupState } from '@/components/popup/use-popup-state';
import { t } from '@/lib/i18n';

/** The toolbar popup: this site's switch, what the current draft holds, the packs in force, and options. */
export function App({ search }: { search: string }) {
  const { state, toggleSite, openOptions } = usePopupState(search);
  const theme = state.phase === 'ready' ? state.data.theme : 'system';

  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <main className="popup" aria-busy={state.phase === 'loading' || (state.phase === 'ready' && state.busy)}>
      <h1>{t('extName')}</h1>
      {state.phase === 'loading' ? <p className="status">{t('popupLoading')}</p> : null}
      {state.phase === 'failed' ? (
        <p role="alert">{t('popupNotResponding')}</p>
      ) : null}
      {state.phase === 'ready' ? (
        <>
          <SiteSwitch data={state.data} busy={state.busy} onToggle={(on) => void toggleSite(on)} />
          <p className="notice" role="status" data-testid="popup-notice" hidden={!state.notice}>
            {state.notice}
          </p>
          {state.data.site.kind === 'unsupported' ? null : (
            <FindingsSummary summary={state.data.findings} checking={isCheckingSite(state.data)} />
          )}
          <PackList packs={state.data.status.packs} />
        </>
      ) : null}
      <button type="button" className="options" data-testid="open-options" onClick={openOptions}>
        {t('popupOptions')}
      </button>
    </main>
  );
}
