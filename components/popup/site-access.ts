import { browser } from 'wxt/browser';
import { COMPOSER_SCRIPT_FILE, originPattern } from '@/lib/background/generic-sites';
import { sendToBackground } from '@/lib/messaging/send';
import { adapterFor, ownAdapterFor } from '@/lib/sites';

/** The page the popup speaks about, as far as PHI Guard is concerned. */
export type PopupSite =
  /** A page PHI Guard never runs on (browser pages, local files, plain http). */
  | { kind: 'unsupported' }
  /** One of the three target sites: always reachable, switched by the user's setting alone. */
  | { kind: 'target'; id: string; host: string }
  /** Any other https site: needs the user's grant of its origin, then the generic adapter checks it. */
  | { kind: 'generic'; id: string; host: string; origin: string };

export function siteOf(url: string | undefined): PopupSite {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return { kind: 'unsupported' };
  }
  const host = parsed.hostname;
  // http pages and IP addresses are left out on purpose: the optional permission is https only.
  if (parsed.protocol !== 'https:' || !host.includes('.')) return { kind: 'unsupported' };
  const own = ownAdapterFor(host);
  if (own) return { kind: 'target', id: own.id, host };
  return { kind: 'generic', id: adapterFor(host).id, host, origin: originPattern(host) };
}

/** Whether the origin of a generic site is granted (target sites always are). */
export async function hasSiteAccess(site: PopupSite): Promise<boolean> {
  if (site.kind === 'unsupported') return false;
  if (site.kind === 'target') return true;
  return browser.permissions.contains({ origins: [site.origin] });
}

export type SwitchOutcome = { ok: true } | { ok: false; reason: 'declined' | 'refused'; message?: string };

/**
 * Switches checking on `site` on or off. For a generic site, switching on asks for its origin first — this
 * must run straight from the user's click, before anything else is awaited, or the browser refuses the
 * request — and switching off gives the origin back, so PHI Guard keeps no access it does not use. The
 * background registers or unregisters the content script when the grant changes.
 */
export async function switchSite(site: Exclude<PopupSite, { kind: 'unsupported' }>, on: boolean, tabId: number | undefined): Promise<SwitchOutcome> {
  if (on && site.kind === 'generic') {
    const granted = await browser.permissions.request({ origins: [site.origin] });
    if (!granted) return { ok: false, reason: 'declined' };
  }
  try {
    await sendToBackground({ type: 'setSiteEnabled', site: site.id, enabled: on });
  } catch (error) {
    // The organisation's policy decides this switch (the background names the reason).
    return { ok: false, reason: 'refused', ...(error instanceof Error ? { message: error.message } : {}) };
  }
  if (!on && site.kind === 'generic') await browser.permissions.remove({ origins: [site.origin] });
  if (on && tabId !== undefined) await startInTab(tabId);
  return { ok: true };
}

/**
 * Starts checking in the open tab at once, so the draft already being written is checked without a reload.
 * A copy already running there stops itself when the new one starts (WXT's content-script context).
 */
async function startInTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [`/${COMPOSER_SCRIPT_FILE}`] }).catch((error: unknown) => {
    // The tab may have navigated away or closed; the next page load gets the registered script.
    console.warn('PHI Guard: starting in the open tab failed', error instanceof Error ? error.message : '');
  });
}
