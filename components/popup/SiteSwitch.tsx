import { t } from '@/lib/i18n';
import type { PopupData } from './use-popup-state';
import { canSwitchSite, isCheckingSite } from './use-popup-state';

interface Props {
  data: PopupData;
  busy: boolean;
  onToggle(on: boolean): void;
}

/** The site's on/off switch, with a line that says why it is as it is. */
export function SiteSwitch({ data, busy, onToggle }: Props) {
  const { site, status } = data;
  if (site.kind === 'unsupported') {
    return (
      <p className="status" data-testid="site-status">
        {t('popupUnsupported')}
      </p>
    );
  }
  const on = isCheckingSite(data);
  const organisation = status.organisation;
  const managed = organisation?.site !== undefined || (organisation?.locked && on);
  return (
    <section className="site" aria-labelledby="site-switch-label">
      <div className="switch-row">
        <label id="site-switch-label" htmlFor="site-switch">
          {t('popupSiteSwitchLabel', site.host)}
        </label>
        <button
          id="site-switch"
          type="button"
          role="switch"
          className="switch"
          aria-checked={on}
          aria-describedby="site-status"
          disabled={busy || !canSwitchSite(data)}
          data-testid="site-switch"
          onClick={() => onToggle(!on)}
        >
          <span className="switch-thumb" aria-hidden="true" />
        </button>
      </div>
      <p id="site-status" className="status" data-testid="site-status">
        {statusLine(data, on)}
      </p>
      {managed ? (
        <p className="managed" data-testid="organisation-note">
          {t('popupManaged')}
        </p>
      ) : null}
    </section>
  );
}

function statusLine({ site, status, access }: PopupData, on: boolean): string {
  if (!status.enabled) return t('popupStatusAllOff');
  if (on) return t('popupStatusOn');
  if (site.kind === 'generic' && status.siteEnabled && !access) return t('popupStatusNeedsAccess');
  return t('popupStatusOff');
}
