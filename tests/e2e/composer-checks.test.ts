// The extension's core experience in real Chromium, on fixture pages that run each site's own editor at the
// site's real hostname: a draft with PHI is underlined on the exact words, the badge counts the findings,
// a fix goes through the editor so its own model, counter and Post button agree, the caret, typing and undo
// still work, late and SPA-mounted composers are checked, a restarted service worker keeps checking, and no
// request the browser makes carries any part of the draft.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type RequestRecorder,
  fixtureCount,
  fixtureEditor,
  fixtureSubmitEnabled,
  fixtureText,
  openFixture,
  recordRequests,
  restartServiceWorker,
  waitForComposer,
} from './harness';
import { useFixtureSession } from './fixture-session';

const DRAFT = 'Tough night: Mr. Alvarez went home to Cedar Falls on March 3. Call 617-555-0134 for news.';
const FLAGGED = ['Mr. Alvarez', 'Cedar Falls', 'March 3', '617-555-0134'];
/** Every fragment of every draft typed in this file: none may appear in any request. */
const SECRETS = ['Alvarez', 'Cedar Falls', '617-555-0134', '555-0134', 'Okonkwo', 'Brightwater', '508-555-0199'];

let recorder: RequestRecorder;
const session = useFixtureSession(({ context }) => {
  recorder = recordRequests(context);
});

/** The words each CSS highlight covers, as the page's own highlight registry holds them. */
function underlined(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) out[name] = [...highlight].map((r) => (r as Range).toString());
    return out;
  });
}

async function waitForUnderlines(page: Page, words: string[]): Promise<string[]> {
  await page.waitForFunction(
    (expected) => {
      const seen = new Set<string>();
      for (const [name, highlight] of CSS.highlights) {
        if (name === 'phi-guard-focus') continue;
        for (const range of highlight) seen.add((range as Range).toString());
      }
      return expected.every((w) => seen.has(w));
    },
    words,
    { timeout: 10_000 },
  );
  const all = await underlined(page);
  return Object.entries(all).filter(([name]) => name !== 'phi-guard-focus').flatMap(([, words]) => words);
}

async function badgeCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('phi-guard-badge').textContent());
}

interface SurfaceCase {
  name: string;
  url: string;
  id: string;
  /** Opens the composer where a click is needed first (a dialog). */
  open?(page: Page): Promise<void>;
}

const SURFACES: SurfaceCase[] = [
  { name: 'X inline post (Draft.js)', url: 'https://x.com/home', id: 'x-home' },
  { name: 'X post in the compose modal (Draft.js)', url: 'https://x.com/compose/post', id: 'x-compose' },
  { name: 'X reply (Draft.js)', url: 'https://x.com/harbourclinic/status/1790000000000000001', id: 'x-reply' },
  {
    name: 'Facebook post dialog (Lexical)',
    url: 'https://www.facebook.com/',
    id: 'fb-post',
    open: (page) => page.getByRole('button', { name: /What's on your mind/ }).click(),
  },
  { name: 'Facebook comment (Lexical)', url: 'https://www.facebook.com/', id: 'fb-comment' },
  {
    name: 'LinkedIn post dialog (Quill)',
    url: 'https://www.linkedin.com/feed/',
    id: 'li-post',
    open: (page) => page.getByRole('button', { name: 'Start a post' }).click(),
  },
  { name: 'LinkedIn comment (TipTap)', url: 'https://www.linkedin.com/feed/', id: 'li-comment' },
  { name: 'LinkedIn messaging', url: 'https://www.linkedin.com/messaging/thread/2-abc/', id: 'li-message' },
];

describe.each(SURFACES)('$name', ({ url, id, open }) => {
  it('underlines the PHI, counts it on the badge, and applies a fix through the editor', async () => {
    const page = await openFixture(session.context, url);
    try {
      await open?.(page);
      await waitForComposer(page, id);
      await fixtureEditor(page, id).click();
      await page.keyboard.type(DRAFT);

      const words = await waitForUnderlines(page, FLAGGED);
      expect(await badgeCount(page)).toBe(words.length);
      // Editors merge edits made within about a second into one undo step (Quill: 1 s). Pausing keeps the
      // fix a step of its own, as it is when a person reads the card before clicking.
      await page.waitForTimeout(1100);

      // The card for the phone number offers its fix; applying it rewrites exactly those words.
      await page.getByTestId('phi-guard-badge').click();
      const card = page.getByTestId('phi-guard-card').filter({ hasText: '617-555-0134' });
      await card.getByTestId('phi-guard-fix').first().click();
      const fixed = DRAFT.replace('617-555-0134', '[phone removed]');
      await expect.poll(() => fixtureText(page, id)).toBe(fixed);
      expect(await fixtureSubmitEnabled(page, id)).toBe(true);
      const counter = await fixtureCount(page, id);
      if (counter !== null) expect(counter).toBe(fixed.length);

      // The fixed words are no longer underlined; the others still are.
      await page.waitForFunction(() => ![...CSS.highlights.values()].some((h) => [...h].some((r) => (r as Range).toString() === '617-555-0134')));
      expect((await underlined(page))['phi-guard-block']).toContain('Mr. Alvarez');

      // The caret sits after the inserted text: typing continues there, Backspace removes it again.
      await page.keyboard.type('!');
      await expect.poll(() => fixtureText(page, id)).toBe(fixed.replace('[phone removed]', '[phone removed]!'));
      await page.keyboard.press('Backspace');
      await expect.poll(() => fixtureText(page, id)).toBe(fixed);

      // The editor's own undo takes the fix back. Each undo is given time to land before the next is decided
      // on: on a loaded machine a read straight after the key can still see the text before it.
      for (let i = 0; i < 4 && !(await fixtureText(page, id)).includes('617-555-0134'); i++) {
        const before = await fixtureText(page, id);
        await page.keyboard.press('Control+z');
        for (let waited = 0; waited < 1000 && (await fixtureText(page, id)) === before; waited += 50) await page.waitForTimeout(50);
      }
      expect(await fixtureText(page, id)).toContain('617-555-0134');
    } finally {
      await page.close();
    }
  });
});

describe('composers that arrive later', () => {
  it('checks a composer mounted after load and one reached by SPA navigation', async () => {
    const page = await openFixture(session.context, 'https://x.com/home');
    try {
      await page.locator('[data-fixture-action="mount-late"]').click();
      await waitForComposer(page, 'x-late-1');
      await fixtureEditor(page, 'x-late-1').click();
      await page.keyboard.type('Visiting Mrs. Okonkwo later.');
      await waitForUnderlines(page, ['Mrs. Okonkwo']);

      await page.evaluate(() => window.__fixture.navigate('/harbourclinic/status/1790000000000000002'));
      await waitForComposer(page, 'x-reply');
      await fixtureEditor(page, 'x-reply').click();
      await page.keyboard.type('She lives at 14 Brightwater Lane.');
      await waitForUnderlines(page, ['14 Brightwater Lane']);
    } finally {
      await page.close();
    }
  });
});

describe('service worker restarts', () => {
  it('keeps checking after the worker was stopped mid-session', async () => {
    const page = await openFixture(session.context, 'https://www.linkedin.com/feed/');
    try {
      await fixtureEditor(page, 'li-comment').click();
      await page.keyboard.type('Call 617-555-0134 ');
      await waitForUnderlines(page, ['617-555-0134']);
      await restartServiceWorker(session.context);
      await page.keyboard.type('or 508-555-0199.');
      await waitForUnderlines(page, ['617-555-0134', '508-555-0199']);
    } finally {
      await page.close();
    }
  });
});

describe('privacy', () => {
  it('sends no part of any draft in any request the browser made', () => {
    // Runs last in this file: by now every draft above has been typed, checked, fixed and undone.
    expect(recorder.requests.length).toBeGreaterThan(0);
    for (const secret of SECRETS) expect(recorder.mentioning(secret)).toEqual([]);
  });
});
