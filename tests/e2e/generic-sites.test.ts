// Sites checked through the generic adapter, end to end in the production build: nothing runs on a site the
// user has not switched on; the popup's switch asks for that one origin, starts checking the open draft at
// once and, through the background's registration, every later page load; switching off gives the origin
// back and the site is left alone again. The popup's switch also reflects and changes a target site's state.
//
// Granting an origin headless: Chromium shows `permissions.request`'s prompt as browser UI, which neither
// Playwright nor the DevTools protocol can answer (Browser.grantPermissions covers web permissions such as
// geolocation, not extension host permissions). The user can instead allow a site in the extension's
// site-access settings (chrome://extensions → Details → Site access → add a site); that page does it through
// `chrome.developerPrivate.addHostPermission`, and the test calls the same function on that page. The origin
// is then known to the browser, so the popup's `permissions.request` — still made from a real, trusted click
// on the switch — resolves `true` without a prompt, and the extension's own code path runs unchanged.
import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GENERIC_SITES, type GenericSite } from '../fixtures/generic/sites';
import { openFixture, waitForComposer } from './harness';
import { useFixtureSession } from './fixture-session';

// The extension APIs the test reaches in the service worker and in chrome://extensions (no @types/chrome here).
declare const chrome: {
  tabs: { query(filter: object): Promise<{ id?: number }[]> };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
  developerPrivate: { addHostPermission(extensionId: string, host: string): Promise<void> };
};

const DRAFT = 'Mrs. Okafor in bed 14 asked us to call her daughter at 617-555-0142 after the March 9 scan.';
// The identifiers with a fixed shape; whether the name is caught is the name detector's business, tested elsewhere.
const PHONE = '617-555-0142';
const FLAGGED = [PHONE, 'March 9'];
/** How long a page gets to show anything after typing where nothing should show (the debounce is shorter). */
const QUIET_MS = 1200;

const session = useFixtureSession();

function editor(page: Page, id: string) {
  return page.locator(`[data-fixture-composer="${id}"] textarea, [data-fixture-composer="${id}"] [contenteditable="true"]`);
}

async function typeDraft(page: Page, site: GenericSite): Promise<void> {
  await waitForComposer(page, site.id);
  await editor(page, site.id).click();
  await page.keyboard.type(DRAFT);
}

/** Whether anything of PHI Guard is in the page: its UI host element or any highlight of its own. */
function injected(page: Page): Promise<{ ui: boolean; highlights: number }> {
  return page.evaluate(() => ({
    ui: document.querySelector('phi-guard-ui') !== null,
    highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('phi-guard')).length,
  }));
}

/** The words PHI Guard underlines in the page (its focus highlight aside). */
async function waitForUnderlines(page: Page, words: string[]): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const seen = new Set<string>();
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('phi-guard') || name === 'phi-guard-focus') continue;
        for (const range of highlight) seen.add((range as Range).toString());
      }
      return expected.every((w) => seen.has(w));
    },
    words,
    { timeout: 10_000 },
  );
}

async function waitForBadgeCount(page: Page, atLeast: number): Promise<number> {
  const badge = page.getByTestId('phi-guard-badge');
  await badge.waitFor({ timeout: 10_000 });
  await expect.poll(async () => Number(await badge.textContent()), { timeout: 10_000 }).toBeGreaterThanOrEqual(atLeast);
  return Number(await badge.textContent());
}

/** A draft with PHI is caught: counted on the badge and underlined on its words. */
async function expectChecked(page: Page, site: GenericSite): Promise<void> {
  await waitForBadgeCount(page, FLAGGED.length);
  // A textarea's text cannot carry CSS highlights (it has no DOM ranges inside): its underlines are drawn
  // by the mirror laid over it, one span per finding.
  if (site.field === 'contenteditable') await waitForUnderlines(page, FLAGGED);
  else await expect.poll(() => mirrorSeverity(page, PHONE), { timeout: 10_000 }).toBe('block');
}

/** The severity the textarea mirror draws `words` with, or null when it holds no span of exactly those words. */
function mirrorSeverity(page: Page, words: string): Promise<string | null> {
  return page
    .getByTestId('phi-guard-mirror')
    .locator('span')
    .evaluateAll((spans, w) => spans.find((span) => span.textContent === w)?.getAttribute('data-severity') ?? null, words)
    .catch(() => null);
}

/** The browser's id of the tab a page is in: the newest tab, asked right after the page was opened. */
async function newestTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((tab) => tab.id ?? -1)));
}

/** What a user does in chrome://extensions → Details → Site access → "Add a site" (see the header). */
async function allowInSiteAccessSettings(host: string): Promise<void> {
  const settings = await session.context.newPage();
  try {
    await settings.goto('chrome://extensions');
    await settings.evaluate(
      ([id, origin]) => chrome.developerPrivate.addHostPermission(id, origin),
      [session.extensionId, `https://${host}/*`] as const,
    );
  } finally {
    await settings.close();
  }
}

/** The popup for one tab, opened as a page (what the toolbar button shows, with the tab named). */
async function openPopup(tabId: number, url: string): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`);
  await popup.getByTestId('site-switch').waitFor();
  return popup;
}

async function registeredMatches(): Promise<string[]> {
  return session.serviceWorker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []),
  );
}

const bluesky = GENERIC_SITES.find((site) => site.id === 'bluesky')!;

describe('sites served by the generic adapter', () => {
  it('run nothing on a site the user has not switched on', async () => {
    const page = await openFixture(session.context, `https://${bluesky.host}/`);
    try {
      await typeDraft(page, bluesky);
      await page.waitForTimeout(QUIET_MS);
      expect(await injected(page)).toEqual({ ui: false, highlights: 0 });
      expect(await registeredMatches()).toEqual([]);
    } finally {
      await page.close();
    }
  });

  describe.each(GENERIC_SITES)('$title ($host)', (site) => {
    it('is switched on from the popup, checks the open draft at once and every later page load', async () => {
      const url = `https://${site.host}/`;
      const page = await openFixture(session.context, url);
      const tabId = await newestTabId(session.serviceWorker);
      try {
        await typeDraft(page, site);
        await page.waitForTimeout(QUIET_MS);
        expect((await injected(page)).ui).toBe(false);

        await allowInSiteAccessSettings(site.host);
        const popup = await openPopup(tabId, url);
        try {
          const toggle = popup.getByTestId('site-switch');
          expect(await toggle.getAttribute('aria-checked')).toBe('false');
          await toggle.click();
          await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
          await expect.poll(() => popup.getByTestId('popup-notice').textContent()).toBe(`Checking drafts on ${site.host}.`);
        } finally {
          await popup.close();
        }

        // The draft already in the box is checked without a reload.
        await expectChecked(page, site);
        await expect.poll(registeredMatches).toContain(`${url}*`);

        // A new page load gets the script from the background's registration.
        await page.reload();
        await page.waitForFunction(() => window.__fixture !== undefined);
        await typeDraft(page, site);
        await expectChecked(page, site);
      } finally {
        await page.close();
      }
    });
  });

  it('tells in the popup what the current draft holds', async () => {
    const url = `https://${bluesky.host}/`;
    const page = await openFixture(session.context, url);
    const tabId = await newestTabId(session.serviceWorker);
    try {
      await typeDraft(page, bluesky);
      const count = await waitForBadgeCount(page, FLAGGED.length);
      const popup = await openPopup(tabId, url);
      try {
        await expect
          .poll(() => popup.getByTestId('findings-summary').textContent())
          .toContain(`${count} problems found. Most serious: must fix before posting.`);
        expect(await popup.getByTestId('pack-list').textContent()).toMatch(/version \d+/);
      } finally {
        await popup.close();
      }
    } finally {
      await page.close();
    }
  });

  it('is switched off from the popup: the open draft is left alone and later page loads get nothing', async () => {
    const url = `https://${bluesky.host}/`;
    const page = await openFixture(session.context, url);
    const tabId = await newestTabId(session.serviceWorker);
    try {
      await typeDraft(page, bluesky);
      await expectChecked(page, bluesky);

      const popup = await openPopup(tabId, url);
      try {
        const toggle = popup.getByTestId('site-switch');
        expect(await toggle.getAttribute('aria-checked')).toBe('true');
        await toggle.click();
        await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
      } finally {
        await popup.close();
      }
      // The origin is given back and the registration follows.
      expect(await session.serviceWorker.evaluate(() => chrome.permissions.contains({ origins: ['https://bsky.app/*'] }))).toBe(false);
      await expect.poll(registeredMatches).not.toContain(`${url}*`);

      // The copy already running in the tab stops finding anything at the next edit.
      await page.keyboard.type(' Thanks.');
      await page.waitForFunction(() => ![...CSS.highlights.keys()].some((name) => name.startsWith('phi-guard') && name !== 'phi-guard-focus' && CSS.highlights.get(name)!.size > 0), null, { timeout: 10_000 });

      await page.reload();
      await page.waitForFunction(() => window.__fixture !== undefined);
      await typeDraft(page, bluesky);
      await page.waitForTimeout(QUIET_MS);
      expect(await injected(page)).toEqual({ ui: false, highlights: 0 });
    } finally {
      await page.close();
    }
  });
});

describe('the popup on a target site', () => {
  it('reflects and changes the site’s switch', async () => {
    const url = 'https://x.com/home';
    const page = await openFixture(session.context, url);
    const tabId = await newestTabId(session.serviceWorker);
    try {
      let popup = await openPopup(tabId, url);
      const state = () => popup.getByTestId('site-switch').getAttribute('aria-checked');
      expect(await state()).toBe('true');
      await popup.getByTestId('site-switch').click();
      await expect.poll(state).toBe('false');
      await popup.close();

      // The background kept it: a fresh popup shows it, and a page load of the site runs no checks.
      popup = await openPopup(tabId, url);
      expect(await state()).toBe('false');
      await page.reload();
      await page.waitForFunction(() => window.__fixture !== undefined);
      await waitForComposer(page, 'x-home');
      await page.locator('[data-fixture-composer="x-home"] [contenteditable="true"]').click();
      await page.keyboard.type(DRAFT);
      await page.waitForTimeout(QUIET_MS);
      expect((await injected(page)).highlights).toBe(0);

      // Switching it back on checks the open draft at once.
      await popup.getByTestId('site-switch').click();
      await expect.poll(state).toBe('true');
      await popup.close();
      await waitForUnderlines(page, FLAGGED);
    } finally {
      await page.close();
    }
  });
});
