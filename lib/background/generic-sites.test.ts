import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import {
  COMPOSER_SCRIPT_FILE,
  GENERIC_RELAY_ID,
  GENERIC_SCRIPT_ID,
  PASTE_RELAY_SCRIPT_FILE,
  genericSiteOrigins,
  manifestScriptHosts,
  syncGenericSiteScripts,
} from './generic-sites';

type Registered = Browser.scripting.RegisteredContentScript;

const TARGET_HOSTS = new Set(['x.com', 'twitter.com', 'www.facebook.com', 'www.linkedin.com']);

/** The browser's permission and registration state, as the real APIs keep it. */
let granted: string[];
let registered: Registered[];

beforeEach(() => {
  granted = [];
  registered = [];
  Object.assign(fakeBrowser.permissions, {
    getAll: vi.fn(async () => ({ origins: [...granted], permissions: ['storage', 'scripting'] })),
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id))),
    registerContentScripts: vi.fn(async (scripts: Registered[]) => {
      if (scripts.some((s) => registered.some((r) => r.id === s.id))) throw new Error('duplicate script id');
      registered.push(...scripts.map((s) => structuredClone(s)));
    }),
    updateContentScripts: vi.fn(async (scripts: Registered[]) => {
      for (const s of scripts) Object.assign(registered.find((r) => r.id === s.id)!, s);
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      registered = registered.filter((s) => !ids.includes(s.id));
    }),
  });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'PHI Guard',
    version: '0.1.0',
    content_scripts: [{ matches: ['https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*', 'https://www.linkedin.com/*'], js: [COMPOSER_SCRIPT_FILE] }],
  });
});
afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('which granted origins get the content script', () => {
  it('keeps single https hosts and leaves the target sites to the manifest', () => {
    expect(
      genericSiteOrigins(['https://bsky.app/*', 'https://x.com/*', 'https://www.linkedin.com/*', 'https://mastodon.social/*'], TARGET_HOSTS),
    ).toEqual(['https://bsky.app/*', 'https://mastodon.social/*']);
  });

  it('does not take a wildcard grant as a request to run on every site', () => {
    expect(genericSiteOrigins(['https://*/*', '<all_urls>', 'https://*.example.org/*', 'http://bsky.app/*'], TARGET_HOSTS)).toEqual([]);
  });

  it('reads the hosts of the manifest content scripts', () => {
    expect(manifestScriptHosts(fakeBrowser.runtime.getManifest())).toEqual(TARGET_HOSTS);
  });
});

describe('registering the composer script and its paste relay', () => {
  it('registers both for the granted origins, the relay in the page world, persisting across restarts', async () => {
    granted = ['https://x.com/*', 'https://bsky.app/*'];
    expect(await syncGenericSiteScripts()).toEqual(['https://bsky.app/*']);
    expect(registered).toEqual([
      { id: GENERIC_SCRIPT_ID, js: [COMPOSER_SCRIPT_FILE], matches: ['https://bsky.app/*'], runAt: 'document_idle', persistAcrossSessions: true },
      {
        id: GENERIC_RELAY_ID,
        js: [PASTE_RELAY_SCRIPT_FILE],
        matches: ['https://bsky.app/*'],
        runAt: 'document_start',
        world: 'MAIN',
        persistAcrossSessions: true,
      },
    ]);
  });

  it('adds the relay next to a composer registration made without it', async () => {
    registered = [
      { id: GENERIC_SCRIPT_ID, js: [COMPOSER_SCRIPT_FILE], matches: ['https://bsky.app/*'], runAt: 'document_idle', persistAcrossSessions: true },
    ];
    granted = ['https://bsky.app/*'];
    await syncGenericSiteScripts();
    expect(registered.map((s) => [s.id, s.matches])).toEqual([
      [GENERIC_SCRIPT_ID, ['https://bsky.app/*']],
      [GENERIC_RELAY_ID, ['https://bsky.app/*']],
    ]);
    expect(fakeBrowser.scripting.updateContentScripts).not.toHaveBeenCalled();
  });

  it('follows later grants and revocations, and unregisters when none is left', async () => {
    granted = ['https://bsky.app/*'];
    await syncGenericSiteScripts();
    granted = ['https://bsky.app/*', 'https://studio.youtube.com/*'];
    await syncGenericSiteScripts();
    const both = ['https://bsky.app/*', 'https://studio.youtube.com/*'];
    expect(registered.map((s) => s.matches)).toEqual([both, both]);
    granted = ['https://studio.youtube.com/*'];
    await syncGenericSiteScripts();
    expect(registered.map((s) => s.matches)).toEqual([['https://studio.youtube.com/*'], ['https://studio.youtube.com/*']]);
    granted = [];
    await syncGenericSiteScripts();
    expect(registered).toEqual([]);
  });

  it('leaves a registration that already matches the grants alone', async () => {
    granted = ['https://bsky.app/*'];
    await syncGenericSiteScripts();
    await syncGenericSiteScripts();
    expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.scripting.updateContentScripts).not.toHaveBeenCalled();
  });
});
