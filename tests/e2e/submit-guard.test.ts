// The pre-submit guard in real Chromium, on each site's own editor and submit button: a draft with a blocking
// finding is held whether the user clicks the site's Post button or presses Ctrl+Enter (or Enter where the
// site posts on Enter); "Review" leads to the finding; "Post anyway" with a reason posts exactly once and
// writes one `overridden` audit entry without any draft text; once the finding is fixed the button posts
// normally, with no dialog.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  fixtureEditor,
  fixtureSubmissions,
  fixtureSubmit,
  fixtureText,
  openFixture,
  readExtensionStore,
  waitForComposer,
} from './harness';
import { useFixtureSession } from './fixture-session';

/** One blocking finding (the phone number), so an override writes exactly one entry. */
const BLOCKED = 'Please call 617-555-0134 for news.';
const FIXED = 'Please call [phone removed] for news.';
const FIRST_REASON = 'The person gave written consent (authorization on file)';

const session = useFixtureSession();

interface AuditRow {
  kind: string;
  ruleId: string;
  reason?: string;
  valueHash: string;
  [key: string]: unknown;
}

/** The extension's audit log, read straight from its IndexedDB in the service worker. */
function auditRows(): Promise<AuditRow[]> {
  return readExtensionStore(session.serviceWorker, 'audit');
}

interface GuardCase {
  name: string;
  url: string;
  id: string;
  /** Opens the composer where a click is needed first (a dialog). */
  open?(page: Page): Promise<void>;
  /** The keyboard submit this site honours in this box. */
  submitKey: 'Control+Enter' | 'Enter';
  /** Whether the box has a submit button to click (Facebook comment boxes post on Enter only). */
  hasButton: boolean;
}

const CASES: GuardCase[] = [
  { name: 'X inline post (Draft.js)', url: 'https://x.com/home', id: 'x-home', submitKey: 'Control+Enter', hasButton: true },
  {
    name: 'Facebook post dialog (Lexical)',
    url: 'https://www.facebook.com/',
    id: 'fb-post',
    open: (page) => page.getByRole('button', { name: /What's on your mind/ }).click(),
    submitKey: 'Control+Enter',
    hasButton: true,
  },
  { name: 'Facebook comment (Lexical, Enter posts)', url: 'https://www.facebook.com/', id: 'fb-comment', submitKey: 'Enter', hasButton: false },
  { name: 'LinkedIn comment (TipTap)', url: 'https://www.linkedin.com/feed/', id: 'li-comment', submitKey: 'Control+Enter', hasButton: true },
  {
    name: 'LinkedIn post dialog (Quill)',
    url: 'https://www.linkedin.com/feed/',
    id: 'li-post',
    open: (page) => page.getByRole('button', { name: 'Start a post' }).click(),
    submitKey: 'Control+Enter',
    hasButton: true,
  },
];

async function typeBlockedDraft(page: Page, c: GuardCase): Promise<void> {
  await c.open?.(page);
  await waitForComposer(page, c.id);
  await fixtureEditor(page, c.id).click();
  await page.keyboard.type(BLOCKED);
  await expect.poll(() => page.getByTestId('phi-guard-badge').first().getAttribute('data-severity'), { timeout: 10_000 }).toBe('block');
}

const dialog = (page: Page) => page.getByTestId('phi-guard-submit-dialog');

/** Nothing was posted, and stays so a moment later (a held event is not replayed behind our back). */
async function expectNothingPosted(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  expect(await fixtureSubmissions(page)).toEqual([]);
}

describe.each(CASES)('$name', (c) => {
  it('holds the button and the keyboard submit, posts once after "Post anyway" with a reason, and audits it', async () => {
    const page = await openFixture(session.context, c.url);
    try {
      await typeBlockedDraft(page, c);

      if (c.hasButton) {
        await fixtureSubmit(page, c.id).click();
        await dialog(page).waitFor();
        await expectNothingPosted(page);
        expect(await dialog(page).getByTestId('phi-guard-submit-finding').textContent()).toContain('617-555-0134');
        // Escape closes the dialog and gives the editor back; the draft is untouched.
        await page.keyboard.press('Escape');
        await expect.poll(() => dialog(page).count()).toBe(0);
        expect(await fixtureText(page, c.id)).toBe(BLOCKED);
        await fixtureEditor(page, c.id).click();
      }

      await page.keyboard.press(c.submitKey);
      await dialog(page).waitFor();
      await expectNothingPosted(page);
      expect(await fixtureText(page, c.id)).toBe(BLOCKED);

      const before = (await auditRows()).filter((r) => r.kind === 'overridden').length;
      const submittedBefore = (await auditRows()).filter((r) => r.kind === 'submitted').length;
      await dialog(page).getByTestId('phi-guard-post-anyway').click();
      // A reason is required: confirming without one explains what is missing and posts nothing.
      await dialog(page).getByTestId('phi-guard-confirm-override').click();
      await expect.poll(() => dialog(page).getByRole('alert').textContent()).toMatch(/reason/i);
      await expectNothingPosted(page);
      await dialog(page).getByLabel(FIRST_REASON).check();
      await dialog(page).getByTestId('phi-guard-confirm-override').click();

      await expect.poll(() => fixtureSubmissions(page)).toEqual([{ composer: c.id, text: BLOCKED }]);
      await page.waitForTimeout(500);
      expect(await fixtureSubmissions(page)).toHaveLength(1);
      expect(await dialog(page).count()).toBe(0);

      await expect.poll(async () => (await auditRows()).filter((r) => r.kind === 'overridden').length).toBe(before + 1);
      const entry = (await auditRows()).filter((r) => r.kind === 'overridden').at(-1)!;
      expect(entry).toMatchObject({ ruleId: 'phi.phone', reason: FIRST_REASON });
      // The post went out with that finding: one `submitted` entry for it as well.
      await expect
        .poll(async () => (await auditRows()).filter((r) => r.kind === 'submitted').slice(submittedBefore).map((r) => r.ruleId))
        .toEqual(['phi.phone']);
      // No draft text in the audit log: only a hash of the flagged words.
      expect(JSON.stringify(await auditRows())).not.toContain('555-0134');
    } finally {
      await page.close();
    }
  });

  it('posts normally, with no dialog, once the finding is fixed', async () => {
    const page = await openFixture(session.context, c.url);
    try {
      await typeBlockedDraft(page, c);
      await page.getByTestId('phi-guard-badge').first().click();
      await page.getByTestId('phi-guard-card').filter({ hasText: '617-555-0134' }).getByTestId('phi-guard-fix').first().click();
      await expect.poll(() => fixtureText(page, c.id)).toBe(FIXED);

      await fixtureEditor(page, c.id).click();
      if (c.hasButton) await fixtureSubmit(page, c.id).click();
      else await page.keyboard.press(c.submitKey);
      await expect.poll(() => fixtureSubmissions(page)).toEqual([{ composer: c.id, text: FIXED }]);
      expect(await dialog(page).count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});

describe('the guard dialog', () => {
  it('"Review" closes it and focuses the blocking finding\'s card', async () => {
    const c = CASES[0]!;
    const page = await openFixture(session.context, c.url);
    try {
      await typeBlockedDraft(page, c);
      await fixtureSubmit(page, c.id).click();
      await dialog(page).waitFor();
      // Focus starts on "Review" and Tab stays inside the dialog.
      await expect.poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent ?? '')).toContain('Review');
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.shadowRoot?.activeElement?.closest('[data-testid="phi-guard-submit-dialog"]')))).toBe(true);

      await dialog(page).getByTestId('phi-guard-review').click();
      await expect.poll(() => dialog(page).count()).toBe(0);
      await expect
        .poll(() =>
          page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.closest('[data-testid="phi-guard-card"]')?.getAttribute('data-rule')),
        )
        .toBe('phi.phone');
      expect(await fixtureSubmissions(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('never stores a free-text reason that contains PHI, and posts once with a clean one', async () => {
    const c = CASES[0]!;
    const page = await openFixture(session.context, c.url);
    try {
      await typeBlockedDraft(page, c);
      await page.keyboard.press('Control+Enter');
      await dialog(page).waitFor();
      const shown = async () => (await auditRows()).filter((r) => r.kind === 'shown').length;
      const shownBefore = await shown();
      await dialog(page).getByTestId('phi-guard-post-anyway').click();
      await dialog(page).getByLabel('Another reason').check();
      await dialog(page).getByTestId('phi-guard-override-text').fill('Mrs. Okonkwo said it was fine on March 3');
      await dialog(page).getByTestId('phi-guard-confirm-override').click();
      await expect.poll(() => dialog(page).getByRole('alert').textContent()).toMatch(/personal information/i);
      await expectNothingPosted(page);
      // Screening the reason found a name and a date, and logged neither as shown.
      expect(await shown()).toBe(shownBefore);

      const before = (await auditRows()).filter((r) => r.kind === 'overridden').length;
      await dialog(page).getByTestId('phi-guard-override-text').fill('Approved by the communications lead');
      await dialog(page).getByTestId('phi-guard-confirm-override').click();
      await expect.poll(() => fixtureSubmissions(page)).toEqual([{ composer: c.id, text: BLOCKED }]);
      await expect.poll(async () => (await auditRows()).filter((r) => r.kind === 'overridden').length).toBe(before + 1);
      const rows = JSON.stringify(await auditRows());
      expect(rows).not.toContain('Okonkwo');
      expect(rows).not.toContain('communications lead');
      expect((await auditRows()).filter((r) => r.kind === 'overridden').at(-1)).toMatchObject({ reason: 'other' });
    } finally {
      await page.close();
    }
  });
});
