// Accessibility of everything PHI Guard shows, in the production build in real Chromium: axe-core's WCAG 2.1
// A/AA rules find nothing serious or critical in the in-page UI (badge, findings panel, template picker,
// pre-submit guard dialog; judged inside our shadow root only, never the site's own markup), the popup or the
// options page; and the badge works from the keyboard alone: Tab from the editor reaches it, Enter opens the
// panel with focus inside, Escape closes it and gives the editor its focus back.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { situationComment, situationStatusId } from '../fixtures/shared/situations';
import { type ExtensionSession, fixtureEditor, fixtureSubmit, launchWithExtension, openFixture, serveFixtures, waitForComposer } from './harness';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);
/** The host element of PHI Guard's shadow root on a page (WXT's createShadowRootUi name). */
const OVERLAY_HOST = 'phi-guard-ui';

/** A reply with a phone number (blocks a post) and a name (warns), so the panel and the guard have content. */
const DRAFT = 'Thanks Mr. Alvarez, call 617-555-0134 and we will sort it out.';
const REPLY = { id: 'x-reply', url: `https://x.com/${situationComment('general-question')!.handle}/status/${situationStatusId('general-question')}` };

// The one extension API the test reaches, in the service worker (no @types/chrome here).
declare const chrome: { tabs: { query(filter: object): Promise<{ id?: number }[]> } };

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
  await serveFixtures(session.context);
});

afterAll(async () => {
  await session?.close();
});

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
}

/**
 * Runs axe-core's WCAG 2.1 A/AA rules in `page`, limited to `include` when given. Extension pages forbid
 * inline scripts, and Playwright injects `addScriptTag({ path })` inline, so there axe is evaluated over
 * DevTools instead, which the page's CSP does not govern.
 */
async function runAxe(page: Page, include?: string): Promise<AxeReport> {
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
      const results = await axe.run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: tags } });
      return {
        violations: results.violations.map((v) => ({
          rule: v.id,
          impact: v.impact ?? null,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: selector(n.target), detail: [...n.any, ...n.all, ...n.none][0]?.message ?? '' })),
        })),
        passedTargets: results.passes.flatMap((p) => p.nodes.map((n) => selector(n.target))),
      };
    },
    { include, tags: WCAG_21_AA },
  );
}

/** Serious and critical violations, one line per rule with every node it failed on. */
function blocking(report: AxeReport): string[] {
  return report.violations
    .filter((v) => v.impact !== null && BLOCKING_IMPACTS.has(v.impact))
    .map((v) => [`${v.rule} (${v.impact}): ${v.help}`, ...v.nodes.map((n) => `    ${n.target}: ${n.detail}`)].join('\n'));
}

function expectNoBlocking(problems: string[], what: string): void {
  expect(problems, `${what}: serious/critical WCAG 2.1 A/AA violations:\n${problems.join('\n')}`).toEqual([]);
}

async function expectAccessible(page: Page, what: string, include?: string): Promise<AxeReport> {
  const report = await runAxe(page, include);
  expectNoBlocking(blocking(report), what);
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

function editorHasFocus(page: Page, id: string): Promise<boolean> {
  return fixtureEditor(page, id).evaluate((editor) => editor === document.activeElement || editor.contains(document.activeElement));
}

async function openCheckedReply(): Promise<Page> {
  const page = await openFixture(session.context, REPLY.url);
  await waitForComposer(page, REPLY.id);
  await fixtureEditor(page, REPLY.id).click();
  await page.keyboard.type(DRAFT);
  await expect.poll(() => page.getByTestId('phi-guard-badge').getAttribute('data-severity'), { timeout: 10_000 }).toBe('block');
  return page;
}

describe('PHI Guard on a site', () => {
  it('has no serious WCAG 2.1 A/AA violations in the badge, the findings panel, the template picker and the guard dialog', async () => {
    const page = await openCheckedReply();
    // Every state is judged before the verdict, so one failure does not hide the others.
    const problems: string[] = [];
    const judge = async (state: string): Promise<AxeReport> => {
      const report = await runAxe(page, OVERLAY_HOST);
      problems.push(...blocking(report).map((p) => `[${state}] ${p}`));
      return report;
    };
    try {
      await page.getByTestId('phi-guard-badge').click();
      await page.getByTestId('phi-guard-card').first().waitFor();
      const panel = await judge('findings panel');
      // axe judged our own UI, inside the shadow root, and nothing of the page around it.
      expect(panel.passedTargets.some((t) => t.startsWith(`${OVERLAY_HOST} >>> `))).toBe(true);
      expect(panel.passedTargets.every((t) => t.startsWith(OVERLAY_HOST))).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('phi-guard-panel').count()).toBe(0);

      await fixtureEditor(page, REPLY.id).focus();
      await page.keyboard.press('Alt+Shift+T');
      await page.getByTestId('phi-guard-template-option').first().waitFor();
      await judge('template picker');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('phi-guard-picker').count()).toBe(0);

      const dialog = page.getByTestId('phi-guard-submit-dialog');
      await fixtureSubmit(page, REPLY.id).click();
      await dialog.waitFor();
      await judge('guard dialog');
      // The reasons form behind "Post anyway": radio buttons and the free-text reason.
      await dialog.getByTestId('phi-guard-post-anyway').click();
      await dialog.getByTestId('phi-guard-override-reasons').waitFor();
      await judge('guard dialog, override reasons');
      expectNoBlocking(problems, 'PHI Guard in-page UI');
    } finally {
      await page.close();
    }
  });

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

describe('extension pages', () => {
  it('the popup, for a tab with a checked draft, has no serious WCAG 2.1 A/AA violations', async () => {
    const page = await openCheckedReply();
    const tabId = await session.serviceWorker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((tab) => tab.id ?? -1)));
    const popup = await session.context.newPage();
    try {
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}&url=${encodeURIComponent(REPLY.url)}`);
      // Judged as it looks with something to report: the summary names the problems found.
      await expect.poll(() => popup.getByTestId('findings-summary').textContent()).toMatch(/problems found/);
      await expectAccessible(popup, 'popup');
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('the options page has no serious WCAG 2.1 A/AA violations', async () => {
    const page = await session.context.newPage();
    try {
      await page.goto(`chrome-extension://${session.extensionId}/options.html`);
      await page.getByRole('heading', { level: 1, name: 'PHI Guard options' }).waitFor();
      await expectAccessible(page, 'options page');
    } finally {
      await page.close();
    }
  });
});
