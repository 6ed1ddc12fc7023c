import { browser, type Browser } from 'wxt/browser';

/**
 * Sites without an adapter of their own (Instagram, Bluesky, Mastodon, …) are checked only where the user
 * switched them on: the popup asks for the optional host permission of that one origin, and this module
 * registers the composer content script for exactly the origins granted — on every worker start and whenever
 * a grant is added or removed (from the popup or from the browser's own site-access settings), together with
 * the main-world paste relay the composer script writes through. The three target sites are covered by the
 * manifest's content scripts and are never registered here.
 */

export const GENERIC_SCRIPT_ID = 'phi-guard-generic-sites';
/** Where the build puts the composer content script (entrypoints/composer.content). */
export const COMPOSER_SCRIPT_FILE = 'content-scripts/composer.js';
export const GENERIC_RELAY_ID = 'phi-guard-generic-sites-paste-relay';
/** Where the build puts the main-world paste relay (entrypoints/paste-relay.content.ts). */
export const PASTE_RELAY_SCRIPT_FILE = 'content-scripts/paste-relay.js';

interface GenericScript {
  id: string;
  js: string[];
  runAt: Browser.extensionTypes.RunAt;
  world?: 'MAIN';
  persistAcrossSessions: true;
}

/** The scripts every enabled origin gets. */
const GENERIC_SCRIPTS: readonly GenericScript[] = [
  { id: GENERIC_SCRIPT_ID, js: [COMPOSER_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
  { id: GENERIC_RELAY_ID, js: [PASTE_RELAY_SCRIPT_FILE], runAt: 'document_start', world: 'MAIN', persistAcrossSessions: true },
];

/** `https://<host>/*` for one host: what the popup requests and what registration accepts. */
export function originPattern(hostname: string): string {
  return `https://${hostname}/*`;
}

const SINGLE_HOST = /^https:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/\*$/;

/**
 * The granted origins to register: single https hosts only. A wildcard grant (the user picked "on all
 * sites" in the browser's settings) is not taken as a request to run on every site; hosts the manifest's
 * content script already covers are left to it, so no page gets the script twice.
 */
export function genericSiteOrigins(granted: readonly string[], manifestHosts: ReadonlySet<string>): string[] {
  const origins = new Set<string>();
  for (const pattern of granted) {
    const host = SINGLE_HOST.exec(pattern)?.[1];
    if (host && !manifestHosts.has(host)) origins.add(originPattern(host));
  }
  return [...origins].sort();
}

/** Hostnames the manifest's content scripts match (`https://x.com/*` → `x.com`). */
export function manifestScriptHosts(manifest: Browser.runtime.Manifest): Set<string> {
  const hosts = new Set<string>();
  for (const script of manifest.content_scripts ?? []) {
    for (const match of script.matches ?? []) {
      const host = /^https?:\/\/([^/*]+)\//.exec(match)?.[1];
      if (host) hosts.add(host);
    }
  }
  return hosts;
}

/** Brings the registered content scripts in line with the granted origins; returns the origins they cover. */
export async function syncGenericSiteScripts(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = genericSiteOrigins(origins, manifestScriptHosts(browser.runtime.getManifest()));
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: GENERIC_SCRIPTS.map((s) => s.id) });
  const isRegistered = (id: string) => registered.find((s) => s.id === id);
  if (!matches.length) {
    const ids = registered.map((s) => s.id);
    if (ids.length) await browser.scripting.unregisterContentScripts({ ids });
    return matches;
  }
  // A registration from a version without the relay gets the relay added next to it.
  const missing = GENERIC_SCRIPTS.filter((s) => !isRegistered(s.id));
  if (missing.length) await browser.scripting.registerContentScripts(missing.map((s) => ({ ...s, matches })));
  const outdated = GENERIC_SCRIPTS.filter((s) => {
    const current = isRegistered(s.id);
    return current && !sameList(current.matches ?? [], matches);
  });
  if (outdated.length) {
    await browser.scripting.updateContentScripts(outdated.map(({ id, js }) => ({ id, js, matches })));
  }
  return matches;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((value, i) => value === b[i]);
}

/**
 * Keeps the registration in step with the grants. Registers its listeners synchronously (call at the top of
 * the worker); syncs run one at a time, so a grant arriving during a startup sync is applied after it.
 */
export function startGenericSites(): { synced: () => Promise<string[]> } {
  let queue: Promise<string[]> = Promise.resolve([]);
  const sync = () => {
    queue = queue.catch(() => []).then(syncGenericSiteScripts);
    queue.catch((error: unknown) => {
      console.warn('PHI Guard: registering the content scripts for enabled sites failed', error instanceof Error ? error.message : '');
    });
    return queue;
  };
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
  void sync();
  return { synced: () => queue };
}
