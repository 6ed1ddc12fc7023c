// Accessibility of everything PHI Guard shows, in the production build in real Chromium: axe-core's WCAG 2.1
// A/AA rules find no violation at all in the in-page UI (badge, findings panel with its cards, template
// picker, pre-submit guard dialog and its reasons form, the textarea mirror; judged inside our shadow roots
// only, never the site's own markup) on X (desktop and mobile layouts), Facebook, LinkedIn and a site of the
// generic adapter, in the site's dark theme too where the fixture has one (colour contrast is judged against
// what the overlay then draws), nor in the popup or the options page in either colour scheme. Each of those
// in-page surfaces closes on Escape, and the badge works from the keyboard alone: Tab from the editor reaches
// it, Enter opens the panel with focus inside, Escape closes it and gives the editor its focus back.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseRgb, relativeLuminance } from '../../components/page-theme';
import { GENERIC_SITES } from '../fixtures/generic/sites';
import { situationComment, situationStatusId } from '../fixtures/shared/situations';
import {
  fixtureEditor,
  fixtureSubmit,
  openFixture,
  waitForComposer,
} from './harness';
import { useFixtureSession } from './fixture-session';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The host element of PHI Guard's shadow root on a page (WXT's createShadowRootUi name). */
const OVERLAY_HOST = 'phi-guard-ui';
/** The host of the mirror that draws a textarea's underlines (its own shadow root, laid over the textarea). */
const MIRROR_HOST = 'phi-guard-mirror';

/** A reply with a phone number (blocks a post) and a name (warns), so the panel and the guard have content. */
const DRAFT = 'Thanks Mr. Alvarez, call 617-555-0134 and we will sort it out.';
const REPLY = { id: 'x-reply', url: `https://x.com/${situationComment('general-question')!.handle}/status/${situationStatusId('general-question')}` };

// The extension APIs the test reaches, in the service worker and in chrome://extensions (no @types/chrome here).
declare const chrome: {
  tabs: { query(filter: object): Promise<{ id?: number }[]> };
  developerPrivate: { addHostPermission(extensionId: string, host: string): Promise<void> };
};

const session = useFixtureSession();

interface Violation {
  rule: string;
  impact: string | null;
  help: string;
  /** Each failing node: its selector and what axe measured there (e.g. the contrast ratio and colours). */
  nodes: { target: string; detail: string }[];
}

interface AxeReport {
  violations: Violation[];
  /** Selectors of nodes that passed a rule: proof that axe looked inside the scope at all. */
  passedTargets: string[];
  /** How many nodes passed the colour-contrast rule: proof that contrast was measured, not skipped. */
  contrastPasses: number;
}

/**
 * Runs axe-core's WCAG 2.1 A/AA rules in `page`, limited to the elements `include` selects (and their
 * shadow trees) when given. Extension pages forbid inline scripts, and Playwright injects
 * `addScriptTag({ path })` inline, so there axe is evaluated over DevTools instead, which the page's CSP
 * does not govern.
 */
async function runAxe(page: Page, include?: string[]): Promise<AxeReport> {
  const loaded = () => page.evaluate(() => 'axe' in window);
  if (!(await loaded())) {
    await page.addScriptTag({ path: AXE_SOURCE }).catch(() => undefined);
    if (!(await loaded())) await page.evaluate(await readFile(AXE_SOURCE, 'utf8'));
  }
  return page.evaluate(
    async ({ include, tags }) => {
      // Shadow-DOM targets come back as arrays of selectors (host, then inside); join them to read as a path.
      const selector = (target: unknown): string => (Array.isArray(target) ? target.map(selector).join(' >>> ') : String(target));
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      // Only the hosts present now: axe refuses a context whose include matches nothing.
      const present = include?.filter((s) => document.querySelector(s));
      const context = present ? { include: present.map((s) => [s]) } : document;
      const results = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
      return {
        violations: results.violations.map((v) => ({
          rule: v.id,
          impact: v.impact ?? null,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: selector(n.target), detail: [...n.any, ...n.all, ...n.none][0]?.message ?? '' })),
        })),
        passedTargets: results.passes.flatMap((p) => p.nodes.map((n) => selector(n.target))),
        contrastPasses: results.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0,
      };
    },
    { include, tags: WCAG_21_AA },
  );
}

/** Every violation, one line per rule with every node it failed on. */
function describeViolations(report: AxeReport): string[] {
  return report.violations.map((v) =>
    [`${v.rule} (${v.impact ?? 'no impact'}): ${v.help}`, ...v.nodes.map((n) => `    ${n.target}: ${n.detail}`)].join('\n'),
  );
}

function expectNoViolations(problems: string[], what: string): void {
  expect(problems, `${what}: WCAG 2.1 A/AA violations:\n${problems.join('\n')}`).toEqual([]);
}

async function expectAccessible(page: Page, what: string): Promise<AxeReport> {
  const report = await runAxe(page);
  expectNoViolations(describeViolations(report), what);
  return report;
}

/** The element focused inside our shadow root (the page's activeElement is then the host). */
function overlayFocus(page: Page): Promise<{ testId: string | null; inPanel: boolean } | null> {
  return page.evaluate((host) => {
    const outer = document.activeElement;
    if (outer?.localName !== host) return null;
    const inner = outer.shadowRoot?.activeElement;
    if (!inner) return null;
    return { testId: inner.getAttribute('data-testid'), inPanel: Boolean(inner.closest('[data-testid="phi-guard-panel"]')) };
  }, OVERLAY_HOST);
}

/** The theme the overlay drew itself in (components/page-theme.ts). */
function overlayTheme(page: Page): Promise<string | null> {
  return page.evaluate((host) => document.querySelector(host)?.shadowRoot?.querySelector('.pg-root')?.getAttribute('data-theme') ?? null, OVERLAY_HOST);
}

/** WCAG's contrast ratio of two opaque computed colours (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). */
function contrastRatio(foreground: string, background: string): number {
  const [fg, bg] = [foreground, background].map((colour) => {
    const rgb = parseRgb(colour);
    if (!rgb || rgb[3] < 1) throw new Error(`not an opaque colour: ${colour}`);
    return relativeLuminance(rgb[0], rgb[1], rgb[2]);
  }) as [number, number];
  return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
}

/**
 * The badge's text and fill for every severity it can show. axe leaves the badge's contrast undecided (its
 * text is one character), so it is measured here: the badge is shown in each severity for the moment of a
 * style read and then put back.
 */
function badgeColours(page: Page): Promise<Record<string, { color: string; background: string }>> {
  return page.getByTestId('phi-guard-badge').evaluate((badge) => {
    const shown = badge.getAttribute('data-severity');
    const colours: Record<string, { color: string; background: string }> = {};
    for (const severity of ['none', 'info', 'warn', 'block', 'error']) {
      badge.setAttribute('data-severity', severity);
      const style = getComputedStyle(badge);
      colours[severity] = { color: style.color, background: style.backgroundColor };
    }
    if (shown !== null) badge.setAttribute('data-severity', shown);
    return colours;
  });
}

function editorHasFocus(page: Page, id: string): Promise<boolean> {
  return fixtureEditor(page, id).evaluate((editor) => editor === document.activeElement || editor.contains(document.activeElement));
}

type Theme = 'light' | 'dark';

/** One composer of one fixture site, and how its draft is posted there. */
interface SiteCase {
  name: string;
  url: string;
  id: string;
  /** The box the draft is typed in; the composer's contenteditable unless given. */
  editor?(page: Page): Locator;
  /** Posts the draft the way the site does (the guard holds it). */
  submit(page: Page): Promise<void>;
  /** Themes the fixture can show: it follows the system's colour scheme where it lists 'dark'. */
  themes: Theme[];
  /** The host of a generic-adapter site, which the user must switch on first. */
  genericHost?: string;
  /** A phone-sized viewport, for a site's mobile layout. */
  viewport?: { width: number; height: number };
}

const clickSubmit = (id: string) => (page: Page) => fixtureSubmit(page, id).click();
const mastodon = GENERIC_SITES.find((site) => site.id === 'mastodon')!;

const SITES: SiteCase[] = [
  { name: 'X reply (Draft.js)', url: REPLY.url, id: REPLY.id, submit: clickSubmit(REPLY.id), themes: ['light', 'dark'] },
  // Enter posts a Facebook comment; the guard holds that keystroke.
  { name: 'Facebook comment (Lexical)', url: 'https://www.facebook.com/', id: 'fb-comment', submit: (page) => page.keyboard.press('Enter'), themes: ['light', 'dark'] },
  { name: 'LinkedIn comment (TipTap)', url: 'https://www.linkedin.com/feed/', id: 'li-comment', submit: clickSubmit('li-comment'), themes: ['light', 'dark'] },
  {
    name: 'Mastodon, a generic-adapter site (textarea)',
    url: `https://${mastodon.host}/`,
    id: mastodon.id,
    editor: (page) => page.locator(`[data-fixture-composer="${mastodon.id}"] textarea`),
    submit: clickSubmit(mastodon.id),
    themes: ['light'],
    genericHost: mastodon.host,
  },
  {
    name: 'X mobile layout (textarea)',
    url: 'https://x.com/compose/post',
    id: 'x-mobile-compose',
    editor: (page) => page.locator('[data-fixture-composer="x-mobile-compose"] textarea'),
    submit: clickSubmit('x-mobile-compose'),
    themes: ['light', 'dark'],
    viewport: { width: 390, height: 844 },
  },
];

/** What a user does in chrome://extensions → Details → Site access → "Add a site" (generic-sites.test.ts explains). */
async function allowInSiteAccessSettings(host: string): Promise<void> {
  const settings = await session.context.newPage();
  try {
    await settings.goto('chrome://extensions');
    await settings.evaluate(([id, origin]) => chrome.developerPrivate.addHostPermission(id, origin), [session.extensionId, `https://${host}/*`] as const);
  } finally {
    await settings.close();
  }
}

/** Switches a generic-adapter site on from the popup, as the user does, for the tab `tabId` shows `url` in. */
async function switchSiteOn(tabId: number, url: string): Promise<void> {
  const popup = await session.context.newPage();
  try {
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`);
    const toggle = popup.getByTestId('site-switch');
    if ((await toggle.getAttribute('aria-checked')) === 'true') return;
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
  } finally {
    await popup.close();
  }
}

function newestTabId(): Promise<number> {
  return session.serviceWorker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((tab) => tab.id ?? -1)));
}

/** Opens the site in `theme` (the system colour scheme the fixture follows), types DRAFT and waits for its check. */
async function openChecked(site: SiteCase, theme: Theme = 'light'): Promise<Page> {
  const page = await session.context.newPage();
  await page.emulateMedia({ colorScheme: theme });
  if (site.viewport) await page.setViewportSize(site.viewport);
  await page.goto(site.url);
  await page.waitForFunction(() => window.__fixture !== undefined);
  if (site.genericHost) {
    const tabId = await newestTabId();
    await allowInSiteAccessSettings(site.genericHost);
    await switchSiteOn(tabId, site.url);
  }
  await waitForComposer(page, site.id);
  await (site.editor?.(page) ?? fixtureEditor(page, site.id)).click();
  await page.keyboard.type(DRAFT);
  await expect.poll(() => page.getByTestId('phi-guard-badge').getAttribute('data-severity'), { timeout: 10_000 }).toBe('block');
  return page;
}

function openCheckedReply(): Promise<Page> {
  return openChecked(SITES[0]!);
}

describe.each(SITES.flatMap((site) => site.themes.map((theme) => ({ ...site, theme }))))('PHI Guard on $name, $theme theme', (site) => {
  it('has no WCAG 2.1 A/AA violation in the badge, the findings panel, the template picker and the guard dialog, each closing on Escape', async () => {
    const page = await openChecked(site, site.theme);
    const editor = site.editor?.(page) ?? fixtureEditor(page, site.id);
    // Every state is judged before the verdict, so one failure does not hide the others.
    const problems: string[] = [];
    const judge = async (state: string): Promise<AxeReport> => {
      const report = await runAxe(page, [OVERLAY_HOST, MIRROR_HOST]);
      problems.push(...describeViolations(report).map((p) => `[${state}] ${p}`));
      return report;
    };
    try {
      expect(await overlayTheme(page)).toBe(site.theme);
      for (const [severity, { color, background }] of Object.entries(await badgeColours(page))) {
        const ratio = contrastRatio(color, background);
        if (ratio < 4.5) problems.push(`[badge] ${severity}: contrast ${ratio.toFixed(2)} of ${color} on ${background}, below 4.5:1`);
      }
      await page.getByTestId('phi-guard-badge').click();
      await page.getByTestId('phi-guard-card').first().waitFor();
      const panel = await judge('findings panel');
      // axe judged our own UI, inside the shadow root, and nothing of the page around it, contrast included.
      expect(panel.passedTargets.some((t) => t.startsWith(`${OVERLAY_HOST} >>> `))).toBe(true);
      expect(panel.passedTargets.every((t) => t.startsWith(OVERLAY_HOST) || t.startsWith(MIRROR_HOST))).toBe(true);
      expect(panel.contrastPasses).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('phi-guard-panel').count()).toBe(0);

      await editor.focus();
      await page.keyboard.press('Alt+Shift+T');
      await page.getByTestId('phi-guard-template-option').first().waitFor();
      await judge('template picker');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('phi-guard-picker').count()).toBe(0);

      const dialog = page.getByTestId('phi-guard-submit-dialog');
      await editor.focus();
      await site.submit(page);
      await dialog.waitFor();
      await judge('guard dialog');
      // The reasons form behind "Post anyway": radio buttons and the free-text reason.
      await dialog.getByTestId('phi-guard-post-anyway').click();
      await dialog.getByTestId('phi-guard-override-reasons').waitFor();
      await judge('guard dialog, override reasons');
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      expectNoViolations(problems, `PHI Guard on ${site.name}, ${site.theme} theme`);
    } finally {
      await page.close();
    }
  });
});

describe('PHI Guard from the keyboard', () => {
  it('opens and closes the findings panel from the keyboard, giving focus back to the editor', async () => {
    const page = await openCheckedReply();
    try {
      // Tab from the editor reaches the badge (our UI comes last in the page's tab order).
      let reached = false;
      for (let presses = 0; presses < 40 && !reached; presses++) {
        await page.keyboard.press('Tab');
        reached = (await overlayFocus(page))?.testId === 'phi-guard-badge';
      }
      expect(reached, 'Tab from the editor never reached the badge').toBe(true);
      // Shift+Tab steps back out of our UI and Tab returns to the badge: it is an ordinary tab stop.
      await page.keyboard.press('Shift+Tab');
      expect((await overlayFocus(page))?.testId).not.toBe('phi-guard-badge');
      await page.keyboard.press('Tab');
      expect((await overlayFocus(page))?.testId).toBe('phi-guard-badge');

      await page.keyboard.press('Enter');
      await page.getByTestId('phi-guard-panel').waitFor();
      await expect.poll(async () => (await overlayFocus(page))?.inPanel).toBe(true);
      expect(await page.getByTestId('phi-guard-badge').getAttribute('aria-expanded')).toBe('true');

      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('phi-guard-panel').count()).toBe(0);
      await expect.poll(() => editorHasFocus(page, REPLY.id)).toBe(true);
      expect(await page.getByTestId('phi-guard-badge').getAttribute('aria-expanded')).toBe('false');
    } finally {
      await page.close();
    }
  });
});

// Both follow the system's colour scheme.
describe.each(['light', 'dark'] as const)('extension pages, %s colour scheme', (theme) => {
  it('the popup, for a tab with a checked draft, has no WCAG 2.1 A/AA violation', async () => {
    const page = await openCheckedReply();
    const tabId = await newestTabId();
    const popup = await session.context.newPage();
    try {
      await popup.emulateMedia({ colorScheme: theme });
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}&url=${encodeURIComponent(REPLY.url)}`);
      // Judged as it looks with something to report: the summary names the problems found.
      await expect.poll(() => popup.getByTestId('findings-summary').textContent()).toMatch(/problems found/);
      expect((await expectAccessible(popup, `popup (${theme})`)).contrastPasses).toBeGreaterThan(0);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('the options page has no WCAG 2.1 A/AA violation', async () => {
    const page = await session.context.newPage();
    try {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`chrome-extension://${session.extensionId}/options.html`);
      await page.getByRole('heading', { level: 1, name: 'PHI Guard options' }).waitFor();
      expect((await expectAccessible(page, `options page (${theme})`)).contrastPasses).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
