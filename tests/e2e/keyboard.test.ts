// The findings of the focused composer from the keyboard alone: Alt+Shift+F in the editor opens its panel with
// focus on the first card, Escape gives the editor its focus back, and neither keystroke reaches the draft.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  fixtureEditor,
  fixtureText,
  openFixture,
  waitForComposer,
} from './harness';
import { useFixtureSession } from './fixture-session';

const COMPOSER = 'x-home';
const DRAFT = 'Visiting hours for Mr. Lindqvist changed, ring 312-555-0187 to confirm.';

const session = useFixtureSession();

/** Where focus is inside our shadow root: the card it sits in (by its place among the cards), if any. */
function focusedCard(page: Page): Promise<{ inPanel: boolean; cardIndex: number } | null> {
  return page.evaluate(() => {
    const inner = document.activeElement?.shadowRoot?.activeElement;
    if (!inner) return null;
    const card = inner.closest('[data-testid="phi-guard-card"]');
    const cards = [...(inner.getRootNode() as ShadowRoot).querySelectorAll('[data-testid="phi-guard-card"]')];
    return { inPanel: Boolean(inner.closest('[data-testid="phi-guard-panel"]')), cardIndex: card ? cards.indexOf(card) : -1 };
  });
}

function editorHasFocus(page: Page): Promise<boolean> {
  return fixtureEditor(page, COMPOSER).evaluate((editor) => editor === document.activeElement || editor.contains(document.activeElement));
}

describe('Alt+Shift+F', () => {
  it('opens the focused composer’s findings on the first card, and Escape returns to the editor', async () => {
    const page = await openFixture(session.context, 'https://x.com/home');
    try {
      await waitForComposer(page, COMPOSER);
      await fixtureEditor(page, COMPOSER).click();
      await page.keyboard.type(DRAFT);
      await expect.poll(() => page.getByTestId('phi-guard-badge').getAttribute('data-severity'), { timeout: 10_000 }).toBe('block');

      await page.keyboard.press('Alt+Shift+F');
      await page.getByTestId('phi-guard-panel').waitFor();
      await expect.poll(() => focusedCard(page)).toEqual({ inPanel: true, cardIndex: 0 });
      expect(await page.getByTestId('phi-guard-badge').getAttribute('aria-expanded')).toBe('true');

      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('phi-guard-panel').count()).toBe(0);
      await expect.poll(() => editorHasFocus(page)).toBe(true);
      // The shortcut was ours alone: the draft holds exactly what was typed.
      expect(await fixtureText(page, COMPOSER)).toBe(DRAFT);
    } finally {
      await page.close();
    }
  });

  it('does nothing when no composer has focus', async () => {
    const page = await openFixture(session.context, 'https://x.com/home');
    try {
      await waitForComposer(page, COMPOSER);
      await fixtureEditor(page, COMPOSER).click();
      await page.keyboard.type(DRAFT);
      await page.getByTestId('phi-guard-badge').waitFor({ timeout: 10_000 });
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

      await page.keyboard.press('Alt+Shift+F');
      // Long enough for the panel to render had the keystroke opened it.
      await page.waitForTimeout(300);
      expect(await page.getByTestId('phi-guard-panel').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
