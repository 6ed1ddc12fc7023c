// The reply assistant in real Chromium, on each site's own editor: the comment being answered decides which
// approved templates come first (crisis first, with the escalation path), the picker is searchable and
// keyboard driven, and the chosen template lands in the editor's model exactly, variables filled, with the
// site's submit button enabled and the editor's undo able to take it back. A template with a variable the
// policy leaves empty is never inserted with a `{{...}}`: the picker asks for the value first.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { templates as baselineTemplates } from '../../lib/policy/baseline/templates';
import { situationComment, situationStatusId } from '../fixtures/shared/situations';
import {
  fixtureEditor,
  fixtureSubmitEnabled,
  fixtureText,
  openFixture,
  waitForComposer,
} from './harness';
import { useFixtureSession } from './fixture-session';

const session = useFixtureSession();

/** The baseline template for each situation, as the picker should list it first. */
const FIRST_TEMPLATE: Record<string, string> = {
  crisis: 'crisis-support',
  'phi-inquiry': 'phi-secure-channel',
  billing: 'billing-question',
  appointment: 'appointment-request',
  'negative-experience': 'negative-experience',
  praise: 'praise-thanks',
  misinformation: 'misinformation-correction',
  'media-inquiry': 'media-inquiry',
  'job-inquiry': 'job-inquiry',
  'general-question': 'general-question',
};

/** The baseline's only variable value: everything else is left for the organisation to fill in. */
const ORG_NAME = 'our hospital';

function body(id: string): string {
  const template = baselineTemplates.find((t) => t.id === id);
  if (!template) throw new Error(`no baseline template ${id}`);
  return template.body;
}

interface SiteCase {
  name: string;
  id: string;
  url(situation: string): string;
  situations: string[];
}

const SITES: SiteCase[] = [
  {
    name: 'X reply (Draft.js)',
    id: 'x-reply',
    url: (key) => `https://x.com/${situationComment(key)!.handle}/status/${situationStatusId(key)}`,
    situations: ['crisis', 'phi-inquiry', 'misinformation', 'media-inquiry'],
  },
  {
    name: 'Facebook reply to a comment (Lexical)',
    id: 'fb-reply',
    url: (key) => `https://www.facebook.com/harbourclinic/posts/pfbid02Kx7Qm?comment_id=${key}`,
    situations: ['crisis', 'billing', 'negative-experience', 'appointment'],
  },
  {
    name: 'LinkedIn comment on a post (TipTap)',
    id: 'li-update-comment',
    url: (key) => `https://www.linkedin.com/feed/update/urn:li:activity:${key}/`,
    situations: ['crisis', 'job-inquiry', 'praise', 'general-question'],
  },
];

async function openReply(site: SiteCase, situation: string): Promise<Page> {
  const page = await openFixture(session.context, site.url(situation));
  await waitForComposer(page, site.id);
  // A reply box gets the template button as soon as PHI Guard is running on the page.
  await page.getByTestId('phi-guard-template-button').first().waitFor();
  await fixtureEditor(page, site.id).click();
  return page;
}

/** The template button at the corner of composer `id` (a page can have several reply boxes). */
async function templateButtonFor(page: Page, id: string) {
  const editor = await fixtureEditor(page, id).boundingBox();
  const buttons = page.getByTestId('phi-guard-template-button');
  let best = 0;
  let bestDistance = Infinity;
  for (let i = 0; i < (await buttons.count()); i++) {
    const box = await buttons.nth(i).boundingBox();
    if (!box || !editor) continue;
    // The button sits just inside the editor's bottom-right corner, left of the badge.
    const distance = Math.hypot(box.x - (editor.x + editor.width - 62), box.y - (editor.y + editor.height - 30));
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  }
  return buttons.nth(best);
}

/** Opens the picker with the keyboard shortcut and waits until its templates have loaded. */
async function openPicker(page: Page): Promise<void> {
  await page.keyboard.press('Alt+Shift+T');
  await page.getByTestId('phi-guard-picker').waitFor();
  await page.getByTestId('phi-guard-template-option').first().waitFor();
}

async function listedTemplates(page: Page): Promise<{ id: string; suggested: boolean }[]> {
  const options = page.getByTestId('phi-guard-template-option');
  return options.evaluateAll((nodes) =>
    nodes.map((n) => ({ id: (n as HTMLElement).dataset.templateId!, suggested: (n as HTMLElement).dataset.suggested === 'true' })),
  );
}

describe.each(SITES)('$name', (site) => {
  it.each(site.situations)('lists the templates for a %s comment first', async (situation) => {
    const page = await openReply(site, situation);
    try {
      await openPicker(page);
      await expect.poll(async () => (await listedTemplates(page))[0]?.id).toBe(FIRST_TEMPLATE[situation]);
      const listed = await listedTemplates(page);
      expect(listed[0]).toEqual({ id: FIRST_TEMPLATE[situation], suggested: true });
      // Every template of the policy is there, the suggested ones before the rest.
      expect(new Set(listed.map((t) => t.id))).toEqual(new Set(baselineTemplates.map((t) => t.id)));
      const firstOther = listed.findIndex((t) => !t.suggested);
      expect(listed.slice(firstOther).every((t) => !t.suggested)).toBe(true);
      const banner = page.getByTestId('phi-guard-crisis-banner');
      if (situation === 'crisis') await expect.poll(() => banner.textContent()).toMatch(/escalation path/i);
      else expect(await banner.count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('inserts a template with its variables filled, keeps the Post button enabled, and undoes it', async () => {
    const page = await openReply(site, 'praise');
    try {
      // The badge's template button opens the same picker as the shortcut.
      await (await templateButtonFor(page, site.id)).click();
      await page.getByTestId('phi-guard-template-option').first().waitFor();
      await expect.poll(async () => (await listedTemplates(page))[0]?.id).toBe('praise-thanks');
      await page.keyboard.press('Enter');

      const expected = body('praise-thanks').replace('{{orgName}}', ORG_NAME);
      await expect.poll(() => fixtureText(page, site.id)).toBe(expected);
      expect(await page.getByTestId('phi-guard-picker').count()).toBe(0);
      expect(await fixtureSubmitEnabled(page, site.id)).toBe(true);
      // The inserted text is checked like typed text: the badge reports on it.
      await page.getByTestId('phi-guard-badge').waitFor();

      // The editor's own undo takes the whole insertion back.
      await fixtureEditor(page, site.id).focus();
      for (let i = 0; i < 3 && (await fixtureText(page, site.id)) !== ''; i++) await page.keyboard.press('Control+z');
      expect(await fixtureText(page, site.id)).toBe('');
    } finally {
      await page.close();
    }
  });

  it('asks for a missing variable instead of inserting a placeholder, then inserts at the caret', async () => {
    const page = await openReply(site, 'phi-inquiry');
    try {
      await page.keyboard.type('Hello there.');
      await openPicker(page);
      await expect.poll(async () => (await listedTemplates(page))[0]?.id).toBe('phi-secure-channel');
      const preview = page.getByTestId('phi-guard-template-preview');
      await expect.poll(() => preview.locator('[data-missing]').count()).toBe(2);
      expect(await preview.textContent()).not.toContain('{{');

      // Enter with values missing inserts nothing and points at the first missing one.
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Fill in' }).count()).toBe(1);
      expect(await fixtureText(page, site.id)).toBe('Hello there.');

      await page.getByTestId('phi-guard-variable-orgPhone').fill('(555) 010-4477');
      await page.getByTestId('phi-guard-variable-portalUrl').fill('portal.example.org');
      await page.getByTestId('phi-guard-template-insert').click();

      const filled = body('phi-secure-channel').replace('{{orgPhone}}', '(555) 010-4477').replace('{{portalUrl}}', 'portal.example.org');
      await expect.poll(() => fixtureText(page, site.id)).toBe(`Hello there. ${filled}`);
      expect(await fixtureSubmitEnabled(page, site.id)).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('the picker', () => {
  it('is searchable and keyboard navigable, and Escape returns to the editor untouched', async () => {
    const site = SITES[0]!;
    const page = await openReply(site, 'media-inquiry');
    try {
      await openPicker(page);
      await page.keyboard.type('careers');
      await expect.poll(async () => (await listedTemplates(page)).map((t) => t.id)).toEqual(['job-inquiry']);
      await page.getByTestId('phi-guard-template-search').fill('');
      await expect.poll(async () => (await listedTemplates(page)).length).toBe(baselineTemplates.length);

      // ↓ moves the choice to the second template; the preview follows it.
      const listed = await listedTemplates(page);
      await page.keyboard.press('ArrowDown');
      const second = baselineTemplates.find((t) => t.id === listed[1]!.id)!;
      await expect.poll(() => page.locator(`[data-template-id="${second.id}"]`).getAttribute('aria-selected')).toBe('true');
      expect(await page.getByTestId('phi-guard-template-preview').textContent()).toContain(second.body.slice(0, 30));

      await page.keyboard.press('Escape');
      expect(await page.getByTestId('phi-guard-picker').count()).toBe(0);
      expect(await fixtureText(page, site.id)).toBe('');
      // Focus is back in the editor: typing goes on there.
      await page.keyboard.type('Thanks');
      await expect.poll(() => fixtureText(page, site.id)).toBe('Thanks');
    } finally {
      await page.close();
    }
  });
});
