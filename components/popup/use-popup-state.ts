import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/send';
import type { PublicSettings, ResponseOf, StatusResponse } from '@/lib/messaging/protocol';
import { resolvePopupTarget } from './popup-target';
import { hasSiteAccess, siteOf, switchSite, type PopupSite } from './site-access';

export type TabFindingSummary = ResponseOf<'getTabFindings'>['summary'];

export interface PopupData {
  site: PopupSite;
  tabId: number | undefined;
  /** Status for the site (PHI Guard's master switch, the site's switch, packs, the organisation's say). */
  status: StatusResponse;
  /** Generic sites: the user granted the origin. Target sites: always. */
  access: boolean;
  findings: TabFindingSummary;
  theme: PublicSettings['ui']['theme'];
}

export type PopupState =
  | { phase: 'loading' }
  | { phase: 'failed' }
  | { phase: 'ready'; data: PopupData; busy: boolean; notice: string | undefined };

/** Drafts on the site are checked: PHI Guard on, the site on, and (generic sites) its origin granted. */
export function isCheckingSite(data: PopupData): boolean {
  return data.site.kind !== 'unsupported' && data.status.enabled && data.status.siteEnabled && data.access;
}

/**
 * Whether the user may flip the site's switch: not when the organisation sets the site, nor switch it off
 * under the lock. One exception: a generic site the organisation turns on still needs the user's grant of
 * its origin (no policy can grant it), so switching it on stays possible.
 */
export function canSwitchSite(data: PopupData): boolean {
  if (data.site.kind === 'unsupported' || !data.status.enabled) return false;
  const on = isCheckingSite(data);
  const organisation = data.status.organisation;
  if (organisation?.site === 'on') return !on && data.site.kind === 'generic';
  if (organisation?.site === 'off') return false;
  return !(organisation?.locked && on);
}

async function load(search: string): Promise<PopupData> {
  const { tabId, url } = await resolvePopupTarget(search);
  const site = siteOf(url);
  const siteId = site.kind === 'unsupported' ? undefined : site.id;
  const [status, settings, findings, access] = await Promise.all([
    sendToBackground({ type: 'getStatus', ...(siteId ? { site: siteId } : {}) }),
    sendToBackground({ type: 'getSettings' }),
    tabId === undefined ? Promise.resolve({ ok: true as const, summary: null }) : sendToBackground({ type: 'getTabFindings', tabId }),
    hasSiteAccess(site),
  ]);
  return { site, tabId, status, access, findings: findings.summary, theme: settings.settings.ui.theme };
}

/** The popup's state and what its controls do. Loads once when it opens; the popup lives only seconds. */
export function usePopupState(search: string) {
  const [state, setState] = useState<PopupState>({ phase: 'loading' });

  const reload = useCallback(
    async (notice?: string) => {
      try {
        const data = await load(search);
        setState({ phase: 'ready', data, busy: false, notice });
      } catch (error) {
        console.warn('PHI Guard: the popup could not reach the background', error instanceof Error ? error.message : '');
        setState({ phase: 'failed' });
      }
    },
    [search],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Called straight from the click: the permission request inside needs the user's gesture. */
  const toggleSite = useCallback(
    async (on: boolean) => {
      if (state.phase !== 'ready' || state.data.site.kind === 'unsupported') return;
      const { site, tabId } = state.data;
      const pending = switchSite(site, on, tabId);
      setState({ ...state, busy: true, notice: undefined });
      const outcome = await pending.catch(() => ({ ok: false as const, reason: 'refused' as const, message: undefined }));
      if (outcome.ok) {
        await reload(t(on ? 'popupNoticeOn' : 'popupNoticeOff', site.host));
      } else if (outcome.reason === 'declined') {
        await reload(t('popupNoticeDeclined', site.host));
      } else {
        await reload(outcome.message ?? t('popupNoticeFailed'));
      }
    },
    [state, reload],
  );

  const openOptions = useCallback(() => {
    void browser.runtime.openOptionsPage().catch(() => {
      if (state.phase === 'ready') setState({ ...state, notice: t('popupNoticeNoOptions') });
    });
  }, [state]);

  return { state, toggleSite, openOptions };
}
