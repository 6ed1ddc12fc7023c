// X's mobile web layout, end to end in the production build: on a phone-sized viewport x.com's composer is a
// React-controlled <textarea data-testid="tweetTextarea_0">, not Draft.js. A draft typed there is checked
// (badge), underlined by the mirror laid over the textarea, and a fix rewrites exactly the flagged words
// through the textarea so that React's state, X's counter and Post button agree, the caret sits after the
// replacement, and the browser's own undo takes the fix back. The reply box under a post is a reply.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { situationComment, situationStatusId } from '../fixtures/shared/situations';
import {
  fixtureCount,
  fixtureSubmitEnabled,
  fixtureText,
  waitForComposer,
} from './harness';
import { useFixtureSession } from './fixture-session';

/** A phone's viewport: below X's 500 px breakpoint, so the fixture shows the mobile layout. */
const PHONE_VIEWPORT = { width: 390, height: 844 };
const DRAFT = 'Thanks Mr. Alvarez, call 617-555-0134 and we will sort it out.';
const PHONE = '617-555-0134';
const REPLACEMENT = '[phone removed]';
const FIXED = DRAFT.replace(PHONE, REPLACEMENT);

const session = useFixtureSession();

async function openMobile(path: string, id: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(PHONE_VIEWPORT);
  await page.goto(`https://x.com${path}`);
  await page.waitForFunction(() => window.__fixture !== undefined);
  await waitForComposer(page, id);
  return page;
}

function textarea(page: Page, id: string): Locator {
  return page.locator(`[data-fixture-composer="${id}"] textarea[data-testid="tweetTextarea_0"]`);
}

/** The mirror's runs drawn with a severity: the words underlined over the textarea. */
function mirrorUnderlines(page: Page): Promise<{ text: string; severity: string }[]> {
  return page
    .getByTestId('phi-guard-mirror')
    .locator('span[data-severity]')
    .evaluateAll((spans) => spans.map((span) => ({ text: span.textContent ?? '', severity: span.getAttribute('data-severity') ?? '' })))
    .catch(() => []);
}

/** Whether the mirror's run of `words` lies inside the textarea's box on screen (drawn over it, not elsewhere). */
function underlineOverTextarea(page: Page, id: string, words: string): Promise<boolean> {
  return page.evaluate(
    ([composerId, w]) => {
      const field = document.querySelector(`[data-fixture-composer="${composerId}"] textarea`);
      const span = [...(document.querySelector('phi-guard-mirror')?.shadowRoot?.querySelectorAll('span') ?? [])].find((s) => s.textContent === w);
      if (!field || !span) return false;
      const box = field.getBoundingClientRect();
      const run = span.getBoundingClientRect();
      return run.width > 0 && run.left >= box.left && run.right <= box.right && run.top >= box.top && run.bottom <= box.bottom;
    },
    [id, words] as const,
  );
}

function selection(field: Locator): Promise<{ value: string; start: number; end: number; focused: boolean }> {
  return field.evaluate((el: HTMLTextAreaElement) => ({
    value: el.value,
    start: el.selectionStart,
    end: el.selectionEnd,
    focused: el === document.activeElement,
  }));
}

describe('X mobile layout (textarea composer)', () => {
  it('checks and underlines a draft, and a fix keeps the value, caret and undo sane', async () => {
    const id = 'x-mobile-compose';
    const page = await openMobile('/compose/post', id);
    try {
      const field = textarea(page, id);
      await field.click();
      await page.keyboard.type(DRAFT);

      await expect.poll(() => page.getByTestId('phi-guard-badge').getAttribute('data-severity'), { timeout: 10_000 }).toBe('block');
      await expect.poll(() => mirrorUnderlines(page), { timeout: 10_000 }).toContainEqual({ text: PHONE, severity: 'block' });
      expect(await underlineOverTextarea(page, id, PHONE)).toBe(true);
      // The browser groups quick typing into one undo step; pausing keeps the fix a step of its own.
      await page.waitForTimeout(1100);

      await page.getByTestId('phi-guard-badge').click();
      await page.getByTestId('phi-guard-card').filter({ hasText: PHONE }).getByTestId('phi-guard-fix').first().click();

      // The textarea, React's state behind it and X's counter all hold the fixed draft; Post stays enabled.
      await expect.poll(() => fixtureText(page, id)).toBe(FIXED);
      const afterFix = await selection(field);
      expect(afterFix.value).toBe(FIXED);
      expect(await fixtureCount(page, id)).toBe(FIXED.length);
      expect(await fixtureSubmitEnabled(page, id)).toBe(true);
      // Focus is back in the textarea with the caret right after the replacement, nothing selected.
      const caret = FIXED.indexOf(REPLACEMENT) + REPLACEMENT.length;
      expect(afterFix).toMatchObject({ start: caret, end: caret, focused: true });
      // The fixed words are no longer underlined.
      await expect.poll(async () => (await mirrorUnderlines(page)).map((u) => u.text)).not.toContain(PHONE);

      // Typing continues at the caret, and Backspace takes it away again.
      await page.keyboard.type('!');
      await expect.poll(() => fixtureText(page, id)).toBe(FIXED.replace(REPLACEMENT, `${REPLACEMENT}!`));
      await page.keyboard.press('Backspace');
      await expect.poll(() => fixtureText(page, id)).toBe(FIXED);

      // The textarea's own undo takes the fix back (after the typing above), and the draft is checked again.
      for (let i = 0; i < 4 && !(await fixtureText(page, id)).includes(PHONE); i++) {
        await page.keyboard.press('Control+z');
      }
      await expect.poll(() => fixtureText(page, id)).toBe(DRAFT);
      expect((await selection(field)).value).toBe(DRAFT);
      expect(await fixtureCount(page, id)).toBe(DRAFT.length);
      await expect.poll(() => mirrorUnderlines(page), { timeout: 10_000 }).toContainEqual({ text: PHONE, severity: 'block' });
    } finally {
      await page.close();
    }
  });

  it('treats the reply box under a post as a reply, with the approved-reply button', async () => {
    const comment = situationComment('general-question')!;
    const id = 'x-mobile-reply';
    const page = await openMobile(`/${comment.handle}/status/${situationStatusId('general-question')}`, id);
    try {
      // Replies get the template button before anything is typed; posts do not.
      await textarea(page, id).click();
      await page.getByTestId('phi-guard-template-button').waitFor({ timeout: 10_000 });
      await page.keyboard.type(DRAFT);
      await expect.poll(() => mirrorUnderlines(page), { timeout: 10_000 }).toContainEqual({ text: PHONE, severity: 'block' });
    } finally {
      await page.close();
    }
  });
});
