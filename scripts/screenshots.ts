// Takes the README's screenshots: each site fixture with a draft checked and its findings panel open, from the
// production build in headless Chromium.   npm run build && node scripts/browser-script.mjs scripts/screenshots.ts
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { fixtureEditor, launchWithExtension, openFixture, serveFixtures, waitForComposer } from '../tests/e2e/harness';

const DRAFT = 'Tough night in bay 4: Mr. Alvarez (92) finally went home to Cedar Falls on March 3. Call his daughter on 617-555-0134.';

const SHOTS: { file: string; url: string; id: string; open?: (page: Page) => Promise<void> }[] = [
  { file: 'x-post', url: 'https://x.com/home', id: 'x-home' },
  {
    file: 'facebook-post',
    url: 'https://www.facebook.com/',
    id: 'fb-post',
    open: (page) => page.getByRole('button', { name: /What's on your mind/ }).click(),
  },
  {
    file: 'linkedin-post',
    url: 'https://www.linkedin.com/feed/',
    id: 'li-post',
    open: (page) => page.getByRole('button', { name: 'Start a post' }).click(),
  },
];

export default async function takeScreenshots(): Promise<void> {
  mkdirSync('docs/screenshots', { recursive: true });
  const session = await launchWithExtension();
  try {
    await serveFixtures(session.context);
    for (const shot of SHOTS) {
      const page = await openFixture(session.context, shot.url);
      await page.setViewportSize({ width: 1280, height: 800 });
      await shot.open?.(page);
      await waitForComposer(page, shot.id);
      await fixtureEditor(page, shot.id).click();
      await page.keyboard.type(DRAFT);
      await page.getByTestId('phi-guard-badge').waitFor();
      await page.waitForFunction(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) >= 4);
      await page.getByTestId('phi-guard-badge').click();
      await page.getByTestId('phi-guard-card').first().hover();
      await page.screenshot({ path: `docs/screenshots/${shot.file}.png` });
      console.log(`docs/screenshots/${shot.file}.png`);
      await page.close();
    }
  } finally {
    await session.close();
  }
}
