import { browser } from 'wxt/browser';

/** The tab the popup describes: its id (for the findings and to start checking in it) and its address. */
export interface PopupTarget {
  tabId: number | undefined;
  url: string | undefined;
}

/**
 * The popup describes the active tab: opening it from the toolbar grants `activeTab`, which makes that tab's
 * address readable without access to every tab's. Opened as a page of its own (`popup.html?tab=12&url=…`,
 * e.g. in a tab for keyboard or screen-reader users, or by the end-to-end tests) it describes the tab named.
 */
export async function resolvePopupTarget(search: string): Promise<PopupTarget> {
  const params = new URLSearchParams(search);
  const tab = Number(params.get('tab'));
  if (params.has('tab') && Number.isInteger(tab) && tab >= 0) {
    return { tabId: tab, url: params.get('url') ?? undefined };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: active?.id, url: active?.url };
}
