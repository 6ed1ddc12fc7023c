// Photos attached to a composer through the site's own hidden file input, in real Chromium on the fixture
// pages: a photo whose Exif holds GPS coordinates and a camera serial gets a notice naming both plus the
// consent reminder, a clean photo gets the consent reminder only, the notice neither blocks posting nor
// traps the keyboard, the audit log records which identifiers it named and nothing of the file, and no
// request the browser makes carries the file's bytes.
import { readFileSync } from 'node:fs';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildTiff, gpsFields, jpegWithExif } from '../../lib/media/exif-test-writer';
import {
  type RequestRecorder,
  fixtureEditor,
  fixtureSubmissions,
  fixtureSubmit,
  openFixture,
  readExtensionStore,
  recordRequests,
  waitForComposer,
} from './harness';
import { useFixtureSession } from './fixture-session';

const PLAIN = readFileSync(new URL('../fixtures/images/plain.jpg', import.meta.url));
const SERIAL = 'SN48213377';
const TAGGED = Buffer.from(
  jpegWithExif(
    PLAIN,
    buildTiff({
      ifd0: [{ tag: 0x010f, ascii: 'Lumera' }],
      exif: [{ tag: 0xa431, ascii: SERIAL }],
      gps: gpsFields(41.8781, -87.6298),
    }),
  ),
);
const DRAFT = 'Our new garden courtyard opened today.';

let recorder: RequestRecorder;
/** Every request body as bytes, to look for the photo's own bytes (the harness keeps bodies as text). */
const bodies: Buffer[] = [];
const keepBody = (request: Request) => {
  const body = request.postDataBuffer();
  if (body) bodies.push(body);
};

const session = useFixtureSession(({ context }) => {
  recorder = recordRequests(context);
  context.on('request', keepBody);
});

interface SiteCase {
  name: string;
  url: string;
  id: string;
  /** The site's hidden photo input for this composer. */
  input: string;
  open?(page: Page): Promise<void>;
}

const SITES: SiteCase[] = [
  { name: 'X inline post', url: 'https://x.com/home', id: 'x-home', input: '[data-testid="fileInput"]' },
  {
    name: 'Facebook post dialog',
    url: 'https://www.facebook.com/',
    id: 'fb-post',
    input: '[role="dialog"] input[type="file"]',
    open: (page) => page.getByRole('button', { name: /What's on your mind/ }).click(),
  },
  {
    name: 'LinkedIn post dialog',
    url: 'https://www.linkedin.com/feed/',
    id: 'li-post',
    input: '#media-editor-file-selector__file-input',
    open: (page) => page.getByRole('button', { name: 'Start a post' }).click(),
  },
];

/** Opens the site, types a clean draft and waits for its badge: the composer is then being checked. */
async function composerReady(site: SiteCase): Promise<Page> {
  const page = await openFixture(session.context, site.url);
  await site.open?.(page);
  await waitForComposer(page, site.id);
  await fixtureEditor(page, site.id).click();
  await page.keyboard.type(DRAFT);
  await page.getByTestId('phi-guard-badge').waitFor();
  return page;
}

/** The extension's audit log, read straight from its IndexedDB in the service worker. */
function auditRows(): Promise<{ kind: string; ruleId: string; [key: string]: unknown }[]> {
  return readExtensionStore(session.serviceWorker, 'audit');
}

describe.each(SITES)('$name', (site) => {
  it('names the GPS position and the camera serial of an attached photo, with the consent reminder', async () => {
    const page = await composerReady(site);
    try {
      await page.locator(site.input).setInputFiles({ name: 'courtyard.jpg', mimeType: 'image/jpeg', buffer: TAGGED });
      const notice = page.getByTestId('phi-guard-photo-notice');
      await notice.waitFor();
      await expect.poll(() => notice.getByTestId('phi-guard-photo-location').textContent()).toContain('GPS coordinates');
      expect(await notice.getByTestId('phi-guard-photo-location').textContent()).toContain('164.514(b)(2)(i)(B)');
      expect(await notice.getByTestId('phi-guard-photo-serial').textContent()).toContain("camera's serial number");
      expect(await notice.getByTestId('phi-guard-photo-consent').textContent()).toContain('164.514(b)(2)(i)(Q)');
      expect(await page.getByRole('region', { name: 'Photo check' }).count()).toBe(1);
      // The site got the file as usual.
      expect(await page.locator('img[data-fixture-photo="courtyard.jpg"]').count()).toBe(1);
      // Screen readers hear it without focus leaving the composer.
      expect(await page.getByTestId('phi-guard-photo-status').textContent()).toContain('GPS coordinates');
      // It leaves the site's Post button uncovered.
      const card = (await notice.boundingBox())!;
      const post = (await fixtureSubmit(page, site.id).boundingBox())!;
      const overlaps =
        card.x < post.x + post.width && post.x < card.x + card.width && card.y < post.y + post.height && post.y < card.y + card.height;
      expect(overlaps).toBe(false);
    } finally {
      await page.close();
    }
  });
});

describe('X inline post', () => {
  const x = SITES[0]!;

  it('records the notice in the audit log once, by which identifiers it named and nothing from the file', async () => {
    const before = (await auditRows()).length;
    const page = await composerReady(x);
    try {
      await page.locator(x.input).setInputFiles({ name: 'courtyard.jpg', mimeType: 'image/jpeg', buffer: TAGGED });
      await page.getByTestId('phi-guard-photo-notice').waitFor();
      const photoRows = async () => (await auditRows()).slice(before).filter((row) => row.kind === 'photo-warned' && row.site === 'x');
      await expect.poll(async () => (await photoRows()).map((row) => row.ruleId)).toEqual(['photo.location', 'photo.serial', 'photo.consent']);
      expect((await photoRows())[0]).toMatchObject({ type: 'location', severity: 'warn', category: 'phi', site: 'x', surface: 'post' });
      const log = JSON.stringify(await auditRows());
      for (const secret of ['courtyard', SERIAL, '41.87', '87.62']) expect(log).not.toContain(secret);
    } finally {
      await page.close();
    }
  });

  it('gives a photo without metadata only the consent reminder', async () => {
    const page = await composerReady(x);
    try {
      await page.locator(x.input).setInputFiles({ name: 'plain.jpg', mimeType: 'image/jpeg', buffer: PLAIN });
      const notice = page.getByTestId('phi-guard-photo-notice');
      await notice.getByTestId('phi-guard-photo-consent').waitFor();
      expect(await notice.getByTestId('phi-guard-photo-location').count()).toBe(0);
      expect(await notice.getByTestId('phi-guard-photo-serial').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('leaves Post usable, and is reached with Alt+Shift+P and dismissed with Escape', async () => {
    const page = await composerReady(x);
    try {
      await page.locator(x.input).setInputFiles({ name: 'courtyard.jpg', mimeType: 'image/jpeg', buffer: TAGGED });
      const notice = page.getByTestId('phi-guard-photo-notice');
      await notice.waitFor();

      await fixtureEditor(page, x.id).click();
      await page.keyboard.press('End');
      await page.keyboard.press('Alt+Shift+KeyP');
      await expect.poll(() => page.getByTestId('phi-guard-photo-dismiss').evaluate((b) => b.matches(':focus'))).toBe(true);
      await page.keyboard.press('Escape');
      await notice.waitFor({ state: 'detached' });
      // Focus is back in the editor with the caret where it was: typing continues the draft.
      await page.keyboard.type(' Come visit!');

      await page.getByTestId('tweetButtonInline').click();
      await expect.poll(() => fixtureSubmissions(page)).toEqual([{ composer: x.id, text: `${DRAFT} Come visit!` }]);
    } finally {
      await page.close();
    }
  });
});

describe('photos dropped or pasted into the editor', () => {
  const linkedin = SITES[2]!;

  for (const how of ['drop', 'paste'] as const) {
    it(`reads a photo ${how === 'drop' ? 'dropped onto' : 'pasted into'} the LinkedIn post editor`, async () => {
      const page = await composerReady(linkedin);
      try {
        // The page's own script makes the event, as the browser does for a real drop or paste of a file.
        await page.evaluate(
          ({ kind, bytes }) => {
            const data = new DataTransfer();
            data.items.add(new File([new Uint8Array(bytes)], 'courtyard.jpg', { type: 'image/jpeg' }));
            const editor = document.querySelector('[data-fixture-composer="li-post"] [contenteditable="true"]')!;
            const event =
              kind === 'drop'
                ? new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true })
                : new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
            editor.dispatchEvent(event);
          },
          { kind: how, bytes: [...TAGGED] },
        );
        await page.getByTestId('phi-guard-photo-location').waitFor();
        expect(await page.getByTestId('phi-guard-photo-serial').count()).toBe(1);
      } finally {
        await page.close();
      }
    });
  }
});

describe('privacy', () => {
  it('sends none of the photo’s bytes anywhere', () => {
    // Runs after the attachments above (vitest keeps file order).
    expect(recorder.requests.length).toBeGreaterThan(0);
    expect(recorder.mentioning(SERIAL)).toEqual([]);
    const exifHeader = TAGGED.subarray(TAGGED.indexOf('Exif'), TAGGED.indexOf('Exif') + 32);
    for (const body of bodies) {
      expect(body.includes(exifHeader)).toBe(false);
      expect(body.includes(Buffer.from(SERIAL))).toBe(false);
    }
  });
});
