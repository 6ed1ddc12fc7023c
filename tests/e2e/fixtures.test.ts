// Smoke test of the end-to-end setup itself: the extension's service worker runs, and every fixture
// composer behaves like the site's editor under real keystrokes — the model holds exactly what was typed,
// the counter and submit state follow it, undo works, and a submit posts exactly once.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  fixtureCount,
  fixtureEditor,
  fixtureSubmissions,
  fixtureSubmit,
  fixtureSubmitEnabled,
  fixtureText,
  openFixture,
  recordRequests,
  restartServiceWorker,
  waitForComposer,
} from './harness';
import { useFixtureSession } from './fixture-session';

const session = useFixtureSession();

async function withPage(url: string, run: (page: Page) => Promise<void>): Promise<void> {
  const page = await openFixture(session.context, url);
  try {
    await run(page);
  } finally {
    await page.close();
  }
}

async function isDisabled(button: Locator): Promise<boolean> {
  return (await button.getAttribute('aria-disabled')) === 'true' || (await button.isDisabled());
}

interface ComposerCase {
  id: string;
  /** Typed with page.keyboard; '\n' presses Enter (a new block in editors where Enter does not submit). */
  text: string;
  /** What the site's counter should show for `text`, where the site has a counter. */
  count?: number;
  submit(page: Page): Promise<void>;
  /** Dialogs close after posting; inline boxes stay, empty. */
  closesOnSubmit: boolean;
}

/** Types, checks model/counter/submit state, undoes, types again and submits. */
async function exercise(page: Page, composer: ComposerCase): Promise<void> {
  const { id, text } = composer;
  await waitForComposer(page, id);
  const submitButton = fixtureSubmit(page, id);
  const hasButton = (await submitButton.count()) > 0;
  expect(await fixtureSubmitEnabled(page, id)).toBe(false);
  if (hasButton) expect(await isDisabled(submitButton)).toBe(true);

  await fixtureEditor(page, id).click();
  await page.keyboard.type(text);
  expect(await fixtureText(page, id)).toBe(text);
  expect(await fixtureSubmitEnabled(page, id)).toBe(true);
  if (hasButton) expect(await isDisabled(submitButton)).toBe(false);
  if (composer.count !== undefined) {
    expect(await fixtureCount(page, id)).toBe(composer.count);
    expect(await page.locator(`[data-fixture-counter="${id}"]`).getAttribute('data-count')).toBe(String(composer.count));
  }

  // Editors group quick keystrokes into one undo step; whatever the grouping, undo only ever removes text.
  for (let step = 0; step < 10 && (await fixtureText(page, id)) !== ''; step += 1) {
    const before = await fixtureText(page, id);
    await page.keyboard.press('Control+z');
    const after = await fixtureText(page, id);
    expect(after.length).toBeLessThan(before.length);
    expect(text.startsWith(after)).toBe(true);
  }
  expect(await fixtureText(page, id)).toBe('');
  expect(await fixtureSubmitEnabled(page, id)).toBe(false);

  await page.keyboard.type(text);
  expect(await fixtureText(page, id)).toBe(text);
  await composer.submit(page);
  // PHI Guard's pre-submit guard may finish a pending check of the draft before letting the post through.
  await expect.poll(() => fixtureSubmissions(page)).toEqual([{ composer: id, text }]);
  if (composer.closesOnSubmit) {
    await page.waitForFunction((gone) => !window.__fixture.composers().includes(gone), id);
  } else {
    await expect.poll(() => fixtureText(page, id)).toBe('');
    expect(await fixtureSubmitEnabled(page, id)).toBe(false);
  }
  await expect.poll(() => page.locator('[data-fixture-post]').allTextContents()).toEqual([text]);
}

const clickSubmit = (id: string) => (page: Page) => fixtureSubmit(page, id).click();
const pressEnter = (page: Page) => page.keyboard.press('Enter');

describe('extension', () => {
  it('runs its service worker, and survives a restart', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    await session.serviceWorker.evaluate(() => {
      (globalThis as { restartMarker?: boolean }).restartMarker = true;
    });
    const worker = await restartServiceWorker(session.context);
    expect(await worker.evaluate(() => (globalThis as { restartMarker?: boolean }).restartMarker ?? false)).toBe(false);
  });
});

describe('fixture serving', () => {
  it('serves fixtures at the real hostnames and answers everything else with 404', async () => {
    const recorder = recordRequests(session.context);
    await withPage('https://twitter.com/home', async (page) => {
      expect(await page.evaluate(() => window.__fixture.site)).toBe('x');
      expect(await page.evaluate(() => fetch('https://example.org/collect', { method: 'POST', body: 'probe' }).then((r) => r.status))).toBe(404);
    });
    recorder.stop();
    expect(recorder.requests.some((r) => r.url === 'https://twitter.com/__fixture/x.js')).toBe(true);
    expect(recorder.mentioning('probe').map((r) => r.url)).toEqual(['https://example.org/collect']);
  });
});

describe('X fixture (Draft.js)', () => {
  // 'See ', the URL (23 whatever its length), ' now', newline, 'ok'.
  const text = 'See https://example.org/h now\nok';
  const count = 4 + 23 + 4 + 1 + 2;

  it('home: inline composer', async () => {
    await withPage('https://x.com/home', async (page) => {
      expect(await page.locator('[data-fixture-composer="x-home"] .DraftEditor-root [data-testid="tweetTextarea_0"].public-DraftEditor-content').count()).toBe(1);
      await exercise(page, { id: 'x-home', text, count, submit: clickSubmit('x-home'), closesOnSubmit: false });
      expect(await fixtureSubmit(page, 'x-home').getAttribute('data-testid')).toBe('tweetButtonInline');
    });
  });

  it('compose modal under #layers, over the 280 limit the button disables', async () => {
    await withPage('https://x.com/compose/post', async (page) => {
      await waitForComposer(page, 'x-compose');
      expect(await page.locator('#layers [role="dialog"] [data-testid="tweetTextarea_0"]').count()).toBe(1);
      const submit = page.locator('#layers [data-testid="tweetButton"]');
      await fixtureEditor(page, 'x-compose').click();
      await page.keyboard.type('x'.repeat(20));
      await page.evaluate(() => {
        const data = new DataTransfer();
        data.setData('text/plain', 'y'.repeat(270));
        document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      expect(await fixtureCount(page, 'x-compose')).toBe(290);
      expect(await isDisabled(submit)).toBe(true);
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Backspace');
      await exercise(page, { id: 'x-compose', text, count, submit: () => submit.click(), closesOnSubmit: true });
      expect(new URL(page.url()).pathname).toBe('/home');
    });
  });

  it('reply page: the post replied to sits above the composer', async () => {
    await withPage('https://x.com/harbourclinic/status/1790000000000000001', async (page) => {
      expect(await page.locator('article[data-testid="tweet"] [data-testid="tweetText"]').textContent()).toContain('walk-in hours');
      await exercise(page, { id: 'x-reply', text, count, submit: clickSubmit('x-reply'), closesOnSubmit: false });
    });
  });

  it('navigates client-side to a reply page and mounts late composers', async () => {
    await withPage('https://x.com/home', async (page) => {
      const loads: string[] = [];
      page.on('load', () => loads.push(page.url()));
      await page.locator('article[data-testid="tweet"] a[href$="/status/1790000000000000002"]').click();
      await waitForComposer(page, 'x-reply');
      expect(new URL(page.url()).pathname).toBe('/riverbendnurses/status/1790000000000000002');
      expect(await page.evaluate(() => window.__fixture.composers())).toEqual(['x-reply']);
      await page.locator('[data-fixture-action="mount-late"]').click();
      await waitForComposer(page, 'x-late-1');
      await fixtureEditor(page, 'x-late-1').click();
      await page.keyboard.type('late one');
      expect(await fixtureText(page, 'x-late-1')).toBe('late one');
      expect(loads).toEqual([]);
    });
  });
});

describe('Facebook fixture (Lexical)', () => {
  it('create post dialog', async () => {
    await withPage('https://www.facebook.com/', async (page) => {
      await page.getByRole('button', { name: "What's on your mind, Jane?" }).click();
      expect(await page.locator('[role="dialog"] div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]').count()).toBe(1);
      const submit = page.locator('[role="dialog"] div[role="button"][aria-label="Post"]');
      await exercise(page, { id: 'fb-post', text: 'Evening clinic\nstarts Thursday.', submit: () => submit.click(), closesOnSubmit: true });
    });
  });

  it('comment box submits on Enter, under the comment it answers', async () => {
    await withPage('https://www.facebook.com/', async (page) => {
      const box = page.locator('[aria-label="Write a comment…"][data-lexical-editor="true"]');
      expect(await box.count()).toBe(1);
      expect(await page.locator('[role="article"][aria-label="Comment by Dana Reyes"]').count()).toBe(1);
      await exercise(page, { id: 'fb-comment', text: 'Online booking works too.', submit: pressEnter, closesOnSubmit: false });
      expect(await page.locator('[role="article"][aria-label="Comment by Jane Doe"]').textContent()).toContain('Online booking works too.');
    });
  });

  it('navigates client-side to the post page and mounts late composers', async () => {
    await withPage('https://www.facebook.com/', async (page) => {
      await page.locator('a[href="/harbourclinic/posts/pfbid02Kx7Qm"]').first().click();
      await waitForComposer(page, 'fb-permalink-comment');
      expect(await page.evaluate(() => window.__fixture.composers())).toEqual(['fb-permalink-comment']);
      await page.locator('[data-fixture-action="mount-late"]').click();
      await waitForComposer(page, 'fb-late-1');
      await fixtureEditor(page, 'fb-late-1').click();
      await page.keyboard.type('late one');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('two');
      expect(await fixtureText(page, 'fb-late-1')).toBe('late one\ntwo');
    });
  });
});

describe('LinkedIn fixture (Quill, TipTap, messaging)', () => {
  it('share dialog (Quill)', async () => {
    await withPage('https://www.linkedin.com/feed/', async (page) => {
      await page.getByRole('button', { name: 'Start a post' }).click();
      expect(await page.locator('[role="dialog"] .share-creation-state__text-editor div.ql-editor[contenteditable="true"][role="textbox"][aria-label="Text editor for creating content"]').count()).toBe(1);
      const submit = page.locator('[role="dialog"] .share-actions__primary-action');
      const text = 'Night-shift roles\nopen now.';
      await exercise(page, { id: 'li-post', text, count: text.length, submit: () => submit.click(), closesOnSubmit: true });
    });
  });

  it('comment box (TipTap)', async () => {
    await withPage('https://www.linkedin.com/feed/', async (page) => {
      expect(await page.locator('[data-view-name="comment-box"] div.tiptap.ProseMirror[contenteditable="true"]').count()).toBe(1);
      const submit = page.locator('[data-view-name="feed-comment-button"]');
      await exercise(page, { id: 'li-comment', text: 'Sharing with\nmy team.', submit: () => submit.click(), closesOnSubmit: false });
    });
  });

  it('messaging, reached by client-side navigation', async () => {
    await withPage('https://www.linkedin.com/feed/', async (page) => {
      await page.getByRole('link', { name: 'Messaging' }).click();
      await waitForComposer(page, 'li-message');
      expect(await page.locator('.msg-form__contenteditable[contenteditable="true"]').count()).toBe(1);
      await exercise(page, { id: 'li-message', text: 'Yes, Thursday works.', submit: pressEnter, closesOnSubmit: false });
      await page.locator('[data-fixture-action="mount-late"]').click();
      await waitForComposer(page, 'li-late-1');
    });
  });
});
